#include "query/parser.h"

#include <fmt/format.h>

#include <charconv>

#include "core/text.h"

namespace entente::query {
namespace {

// Words that end an unquoted actor name: "events from United States to Iran".
bool is_keyword(std::string_view word) {
  for (std::string_view k : {"from", "to", "limit", "events"}) {
    if (equals_ignore_case(word, k)) return true;
  }
  return false;
}

std::string describe(const QueryToken& token) {
  return token.kind == QueryToken::Kind::kEnd ? "end of statement" : fmt::format("'{}'", token.text);
}

}  // namespace

bool Parser::accept(std::string_view keyword) {
  if (peek().kind == QueryToken::Kind::kWord && equals_ignore_case(peek().text, keyword)) {
    ++at_;
    return true;
  }
  return false;
}

Status Parser::error(const QueryToken& token, std::string_view message) const {
  return error_at(text_, token.position, message);
}

Result<Statement> Parser::parse() {
  Result<std::vector<QueryToken>> lexed = lex(text_);
  if (!lexed.ok()) return lexed.status();
  tokens_ = std::move(*lexed);
  if (accept("events")) {
    Result<EventsStatement> statement = events();
    if (!statement.ok()) return statement.status();
    if (peek().kind != QueryToken::Kind::kEnd) {
      return error(peek(), fmt::format("unexpected {} (expected from, to or limit)", describe(peek())));
    }
    return Statement(std::move(*statement));
  }
  return error(peek(), fmt::format("unknown statement {} (expected events)", describe(peek())));
}

// An actor name: one quoted string, or words up to the next keyword.
Result<ActorName> Parser::actor_name() {
  const QueryToken& first = peek();
  if (first.kind == QueryToken::Kind::kString) {
    take();
    return ActorName{first.text, first.position};
  }
  if (first.kind != QueryToken::Kind::kWord || is_keyword(first.text)) {
    return error(first, fmt::format("expected an actor name, found {}", describe(first)));
  }
  ActorName name{first.text, first.position};
  take();
  while (peek().kind == QueryToken::Kind::kWord && !is_keyword(peek().text)) {
    name.text += ' ';
    name.text += take().text;
  }
  return name;
}

Result<EventsStatement> Parser::events() {
  EventsStatement statement;
  while (peek().kind != QueryToken::Kind::kEnd) {
    const QueryToken& keyword = peek();
    if (accept("from") || accept("to")) {
      std::optional<ActorName>& slot =
          equals_ignore_case(keyword.text, "from") ? statement.from : statement.to;
      if (slot) return error(keyword, fmt::format("'{}' given twice", keyword.text));
      Result<ActorName> name = actor_name();
      if (!name.ok()) return name.status();
      slot = std::move(*name);
    } else if (accept("limit")) {
      const QueryToken& number = take();
      std::uint64_t n = 0;
      const auto [end, ec] = std::from_chars(number.text.data(), number.text.data() + number.text.size(), n);
      if (number.kind != QueryToken::Kind::kNumber || ec != std::errc() ||
          end != number.text.data() + number.text.size() || n == 0) {
        return error(number, "limit needs a positive whole number");
      }
      statement.limit = n;
    } else {
      break;
    }
  }
  return statement;
}

}  // namespace entente::query
