// Fuzz target: the PETRARCH dictionary readers (core/petrarch_dictionary.h): actors, agents or a
// discard list, chosen by the first byte, loaded over a few of our own entities.
#include <cstdint>

#include "core/petrarch_dictionary.h"
#include "core/text.h"
#include "fuzz/fuzz_check.h"

namespace {

// States, an IGO and sectors that CAMEO codes can map to (docs/dictionaries.md).
constexpr std::string_view kOurs = R"(
[SYR] state Syria
[USA] state United States
cameo = USA
[un] igo United Nations
cameo = IGOUNO
[GOV] sector government
[REB] sector rebels
domestic = yes
cameo = INS
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace entente;
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  Diagnostics diagnostics;
  switch (data[0] % 3) {
    case 0:
    case 1: {
      Dictionary dictionary;
      dictionary.add_text("ours.txt", kOurs, diagnostics);
      FUZZ_CHECK(diagnostics.empty());
      if (data[0] % 3 == 0) {
        add_petrarch_actors(dictionary, "fuzz.actors", text, diagnostics);
      } else {
        add_petrarch_agents(dictionary, "fuzz.agents", text, diagnostics);
      }
      for (const Entity& entity : dictionary.entities()) {
        (void)dictionary.resolve(entity, Date::from_ymd(2019, 6, 20));
        for (const std::string& code : entity.cameo) (void)map_cameo_code(dictionary, code);
      }
      break;
    }
    case 2: {
      DiscardList discards;
      discards.add_text("fuzz.discards", text, diagnostics);
      (void)discards.find(normalize_phrase("the world cup final was played in Damascus"));
      break;
    }
  }
  // Each problem names its line; past 100 of them one last warning counts the rest, for the file.
  for (const Diagnostic& d : diagnostics.items()) {
    FUZZ_CHECK(!d.message.empty());
    FUZZ_CHECK(d.line > 0 || (d.severity == Diagnostic::Severity::kWarning &&
                              d.message.ends_with("not listed") && &d == &diagnostics.items().back()));
  }
  return 0;
}
