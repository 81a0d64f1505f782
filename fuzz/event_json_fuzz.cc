// Fuzz target: events read back from JSON lines (core/event.h), as `entente ingest --events` reads
// another machine's `entente extract --json`. What parses must survive a round trip unchanged.
#include <cstdint>

#include "core/event.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace entente;
  const Result<Event> event = event_from_json({reinterpret_cast<const char*>(data), size});
  if (!event.ok()) {
    FUZZ_CHECK(!event.status().message().empty());
    return 0;
  }
  const std::string json = event_to_json(*event);
  const Result<Event> again = event_from_json(json);
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(event_to_json(*again) == json);
  return 0;
}
