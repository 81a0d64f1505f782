// Fuzz target: our dictionary format (core/dictionary_format.cc) and the checks over what loads.
#include <cstdint>

#include "core/dictionary_check.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace entente;
  Diagnostics diagnostics;
  Dictionary dictionary;
  dictionary.add_text("fuzz.txt", {reinterpret_cast<const char*>(data), size}, diagnostics);
  check_dictionary(dictionary, diagnostics);
  for (const Diagnostic& d : diagnostics.items()) FUZZ_CHECK(d.file == "fuzz.txt" && !d.message.empty());
  for (const Entity& entity : dictionary.entities()) {
    FUZZ_CHECK(dictionary.find(entity.id) == &entity);
    for (const Date date : {Date::from_ymd(1990, 1, 1), Date::from_ymd(2019, 6, 20)}) {
      const ActorRef actor = dictionary.resolve(entity, date);
      if (const Role* role = entity.role_on(date)) FUZZ_CHECK(role->dates.contains(date));
      (void)actor;
    }
  }
  dictionary.for_each_phrase([&](std::string_view phrase, std::span<const NameEntry> entries) {
    // The index by phrase agrees with the list of phrases.
    FUZZ_CHECK(dictionary.lookup_all(phrase).size() == entries.size());
    for (const NameEntry& entry : entries) {
      const std::size_t count =
          entry.kind == NameKind::kSectorWord ? dictionary.sectors().size() : dictionary.entities().size();
      FUZZ_CHECK(entry.index < count);
    }
  });
  return 0;
}
