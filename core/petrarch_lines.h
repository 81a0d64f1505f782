// Internal to the PETRARCH readers: the lines of a PETRARCH file with comments removed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace entente::detail {

// Yields the lines that carry content, without `#` and `;` comments or `<!-- ... -->` comments
// (which may span lines), keeping leading whitespace (an indented line is a date restriction).
class PetrarchLines {
 public:
  explicit PetrarchLines(std::string_view text) : text_(text) {}

  // Returns false at the end of the text.
  bool next(std::string_view& line, std::size_t& number);

 private:
  std::string_view text_;
  std::size_t number_ = 0;
  bool in_comment_ = false;
  std::string joined_;  // a line with an inline <!-- ... --> taken out
};

// PETRARCH phrases join words with `_` or spaces and may end with `_`: "UNITED_NATIONS_" ->
// "UNITED NATIONS".
std::string petrarch_phrase(std::string_view written);

}  // namespace entente::detail
