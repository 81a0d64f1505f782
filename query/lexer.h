// The query lexer: words, quoted strings, numbers and punctuation, each with its position.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace entente::query {

struct Position {
  int line = 1;
  int column = 1;  // in code points
};

struct QueryToken {
  enum class Kind {
    kWord,    // letters, digits, '_', '-', ':' and non-ASCII, not starting with a digit
    kString,  // "..." or '...', without the quotes
    kNumber,  // starts with a digit: 5, 2018-05-23, 180d
    kPunct,   // , ; ( )
    kError,   // text that no token can be; `text` says why
    kEnd,
  };
  Kind kind = Kind::kEnd;
  std::string text;
  Position position;
  std::size_t begin = 0;  // byte offsets of the token in the lexed text
  std::size_t end = 0;
};

// Splits `text` into tokens ending with one kEnd token. `#` starts a comment to the end of the
// line. A character that no token starts with becomes a kError token and lexing goes on; an
// unterminated string becomes a kError token that ends the text.
std::vector<QueryToken> lex(std::string_view text);

// InvalidArgument "line L, col C: message", then the line of `text` at `position` and a caret
// under the column, each indented by two spaces.
Status error_at(std::string_view text, Position position, std::string_view message);

}  // namespace entente::query
