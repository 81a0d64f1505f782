// The query lexer: words, quoted strings, numbers and punctuation, each with its position.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace entente::query {

struct Position {
  int line = 1;
  int column = 1;
};

struct QueryToken {
  enum class Kind { kWord, kString, kNumber, kPunct, kEnd };
  Kind kind = Kind::kEnd;
  std::string text;  // unquoted for strings
  Position position;
};

// Splits `text` into tokens ending with one kEnd token. Returns InvalidArgument for an
// unterminated string or a character that no token can start with.
Result<std::vector<QueryToken>> lex(std::string_view text);

// "line L, col C: message", the source line, and a caret under the column.
Status error_at(std::string_view text, Position position, std::string_view message);

}  // namespace entente::query
