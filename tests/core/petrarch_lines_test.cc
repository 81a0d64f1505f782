#include "core/petrarch_lines.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace entente::detail {

TEST_CASE("PETRARCH lines lose comments of every kind and keep their indentation") {
  PetrarchLines lines(
      "<!-- one-line comment -->\n"
      "# hash comment\n"
      "<!-- opens\n"
      "inside -->\n"
      "PHRASE [CODE] # trailing\n"
      "\t[CODE 010101-020202] ; TABARI comment\r\n"
      "KEEP <!-- inline --> THIS\n"
      "   \n"
      "LAST");
  std::vector<std::string> got;
  std::vector<std::size_t> numbers;
  std::string_view line;
  std::size_t number = 0;
  while (lines.next(line, number)) {
    got.emplace_back(line);
    numbers.push_back(number);
  }
  CHECK(got == std::vector<std::string>{"PHRASE [CODE]", "\t[CODE 010101-020202]", "KEEP  THIS", "LAST"});
  CHECK(numbers == std::vector<std::size_t>{5, 6, 7, 9});
}

TEST_CASE("PETRARCH phrases turn underscores into spaces") {
  CHECK(petrarch_phrase(" UNITED_NATIONS_ ") == "UNITED NATIONS");
  CHECK(petrarch_phrase("HAMAS WING") == "HAMAS WING");
  CHECK(petrarch_phrase("_") == "");
}

}  // namespace entente::detail
