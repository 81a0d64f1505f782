#include "query/lexer.h"

#include <fmt/format.h>

#include "core/text.h"

namespace entente::query {

Status error_at(std::string_view text, Position position, std::string_view message) {
  std::string_view line = text;
  for (int i = 1; i < position.line; ++i) {
    const std::size_t eol = line.find('\n');
    line = eol == std::string_view::npos ? std::string_view() : line.substr(eol + 1);
  }
  line = line.substr(0, line.find('\n'));
  return Status::invalid_argument(
      fmt::format("line {}, col {}: {}\n  {}\n  {}^", position.line, position.column, message, line,
                  std::string(static_cast<std::size_t>(position.column - 1), ' ')));
}

Result<std::vector<QueryToken>> lex(std::string_view text) {
  std::vector<QueryToken> tokens;
  Position pos;
  std::size_t i = 0;
  auto advance = [&](std::size_t n) {
    for (std::size_t k = 0; k < n && i < text.size(); ++k, ++i) {
      if (text[i] == '\n') {
        ++pos.line;
        pos.column = 1;
      } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        ++pos.column;  // count code points, not bytes
      }
    }
  };
  while (i < text.size()) {
    const char c = text[i];
    if (is_ascii_space(c)) {
      advance(1);
      continue;
    }
    QueryToken token;
    token.position = pos;
    if (c == '"' || c == '\'') {
      const std::size_t close = text.find(c, i + 1);
      if (close == std::string_view::npos) return error_at(text, pos, "unterminated string");
      token.kind = QueryToken::Kind::kString;
      token.text = text.substr(i + 1, close - i - 1);
      advance(close + 1 - i);
    } else if (is_ascii_digit(c)) {
      std::size_t end = i;
      while (end < text.size() && (is_ascii_digit(text[end]) || text[end] == '-')) ++end;
      token.kind = QueryToken::Kind::kNumber;
      token.text = text.substr(i, end - i);
      advance(end - i);
    } else if (is_ascii_alpha(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80) {
      std::size_t end = i;
      while (end < text.size() &&
             (is_ascii_alpha(text[end]) || is_ascii_digit(text[end]) || text[end] == '_' ||
              text[end] == '-' || text[end] == ':' || static_cast<unsigned char>(text[end]) >= 0x80)) {
        ++end;
      }
      token.kind = QueryToken::Kind::kWord;
      token.text = text.substr(i, end - i);
      advance(end - i);
    } else if (c == ',' || c == ';' || c == '(' || c == ')') {
      token.kind = QueryToken::Kind::kPunct;
      token.text = std::string(1, c);
      advance(1);
    } else {
      return error_at(text, pos, fmt::format("unexpected character '{}'", c));
    }
    tokens.push_back(std::move(token));
  }
  tokens.push_back(QueryToken{QueryToken::Kind::kEnd, "", pos});
  return tokens;
}

}  // namespace entente::query
