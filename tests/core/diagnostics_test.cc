#include "core/diagnostics.h"

#include <doctest/doctest.h>

#include <string>

namespace entente {

TEST_CASE("diagnostics print as FILE:LINE: message, warnings marked") {
  Diagnostics diagnostics;
  diagnostics.report("feed.jsonl", 3, "invalid JSON");
  diagnostics.warn("a.txt", 0, "1 invalid UTF-8 sequence(s) replaced by U+FFFD");
  REQUIRE(diagnostics.items().size() == 2);
  CHECK(diagnostics.items()[0].to_string() == "feed.jsonl:3: invalid JSON");
  CHECK(diagnostics.items()[1].to_string() ==
        "a.txt: warning: 1 invalid UTF-8 sequence(s) replaced by U+FFFD");
  CHECK(diagnostics.errors() == 1);
}

TEST_CASE("one file's problems beyond kMaxPerFile are counted, not kept, and the next file is listed") {
  Diagnostics diagnostics;
  const std::size_t bad_lines = 100'000;
  for (std::size_t line = 1; line <= bad_lines; ++line)
    diagnostics.report("bad.jsonl", line, "not a JSON object");
  diagnostics.report("other.jsonl", 7, "missing 'id'");
  CHECK(diagnostics.errors() == bad_lines + 1);
  const auto& items = diagnostics.items();
  REQUIRE(items.size() == Diagnostics::kMaxPerFile + 2);
  CHECK(items[Diagnostics::kMaxPerFile - 1].to_string() == "bad.jsonl:100: not a JSON object");
  CHECK(items[Diagnostics::kMaxPerFile].to_string() ==
        "bad.jsonl: warning: " + std::to_string(bad_lines - Diagnostics::kMaxPerFile) +
            " more problem(s) in this file not listed");
  CHECK(items.back().to_string() == "other.jsonl:7: missing 'id'");
  diagnostics.clear();
  CHECK(diagnostics.empty());
  CHECK(diagnostics.errors() == 0);
}

}  // namespace entente
