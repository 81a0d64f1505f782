#include "query/lexer.h"

#include <fmt/format.h>

#include "core/text.h"

namespace entente::query {
namespace {

bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

bool is_word_char(char c) {
  return is_ascii_alpha(c) || is_ascii_digit(c) || c == '_' || c == '-' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

Status error_at(std::string_view text, Position position, std::string_view message) {
  std::string_view line = text;
  for (int i = 1; i < position.line; ++i) {
    const std::size_t eol = line.find('\n');
    line = eol == std::string_view::npos ? std::string_view() : line.substr(eol + 1);
  }
  line = line.substr(0, line.find('\n'));
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return Status::invalid_argument(
      fmt::format("line {}, col {}: {}\n  {}\n  {}^", position.line, position.column, message, line,
                  std::string(static_cast<std::size_t>(position.column - 1), ' ')));
}

std::vector<QueryToken> lex(std::string_view text) {
  std::vector<QueryToken> tokens;
  Position pos;
  std::size_t i = 0;
  auto advance_to = [&](std::size_t end) {
    for (; i < end && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++pos.line;
        pos.column = 1;
      } else if (!is_continuation(static_cast<unsigned char>(text[i]))) {
        ++pos.column;
      }
    }
  };
  while (i < text.size()) {
    const char c = text[i];
    if (is_ascii_space(c)) {
      advance_to(i + 1);
      continue;
    }
    if (c == '#') {
      advance_to(std::min(text.find('\n', i), text.size()));
      continue;
    }
    QueryToken token;
    token.position = pos;
    token.begin = i;
    if (c == '"' || c == '\'') {
      const std::size_t close = text.find(c, i + 1);
      if (close == std::string_view::npos) {
        tokens.push_back(QueryToken{QueryToken::Kind::kError, "unterminated string", pos, i, text.size()});
        advance_to(text.size());
        break;
      }
      token.kind = QueryToken::Kind::kString;
      token.text = text.substr(i + 1, close - i - 1);
      advance_to(close + 1);
    } else if (is_word_char(c)) {
      std::size_t end = i;
      while (end < text.size() && is_word_char(text[end])) ++end;
      token.kind = is_ascii_digit(c) ? QueryToken::Kind::kNumber : QueryToken::Kind::kWord;
      token.text = text.substr(i, end - i);
      advance_to(end);
    } else if (c == ',' || c == ';' || c == '(' || c == ')') {
      token.kind = QueryToken::Kind::kPunct;
      token.text = std::string(1, c);
      advance_to(i + 1);
    } else {
      std::size_t end = i + 1;
      while (end < text.size() && is_continuation(static_cast<unsigned char>(text[end]))) ++end;
      token.kind = QueryToken::Kind::kError;
      token.text = fmt::format("unexpected character '{}'", text.substr(i, end - i));
      advance_to(end);
    }
    token.end = i;
    tokens.push_back(std::move(token));
  }
  tokens.push_back(QueryToken{QueryToken::Kind::kEnd, "", pos, text.size(), text.size()});
  return tokens;
}

}  // namespace entente::query
