#include "query/parser.h"

#include <fmt/format.h>

#include <charconv>

#include "core/text.h"

namespace entente::query {
namespace {

// Words that end an unquoted actor name: "path from United States to Iran".
constexpr std::string_view kClauseWords[] = {
    "of",  "and", "from",  "to",    "since",    "until",     "as",      "limit",    "at",    "by",
    "via", "max", "depth", "decay", "relation", "relations", "hostile", "friendly", "export"};

constexpr std::string_view kModifiers = "since, until, as of, limit, at country level, decay or export";

bool is_clause_word(std::string_view word) {
  for (std::string_view k : kClauseWords) {
    if (equals_ignore_case(word, k)) return true;
  }
  return false;
}

bool is_end(const QueryToken& token) {
  return token.kind == QueryToken::Kind::kEnd ||
         (token.kind == QueryToken::Kind::kPunct && token.text == ";");
}

std::string describe(const QueryToken& token) {
  return is_end(token) ? "end of statement" : fmt::format("'{}'", token.text);
}

}  // namespace

Parser::Parser(std::string_view text) : text_(text), tokens_(lex(text)) {}

bool Parser::peek_is(std::string_view keyword) const {
  return peek().kind == QueryToken::Kind::kWord && equals_ignore_case(peek().text, keyword);
}

bool Parser::accept(std::string_view keyword) {
  if (!peek_is(keyword)) return false;
  ++at_;
  return true;
}

bool Parser::at_statement_end() const {
  return is_end(peek());
}

Status Parser::error(const QueryToken& token, std::string_view message) const {
  // A token the lexer could not read is the first thing wrong wherever it turns up.
  return error_at(text_, token.position, token.kind == QueryToken::Kind::kError ? token.text : message);
}

Status Parser::unexpected(std::string_view expected) const {
  return error(peek(), fmt::format("unexpected {} (expected {})", describe(peek()), expected));
}

Status Parser::expect(std::string_view keyword, std::string_view after) {
  if (accept(keyword)) return Status();
  return error(peek(), fmt::format("expected '{}' after '{}', found {}", keyword, after, describe(peek())));
}

bool Parser::done() {
  while (peek().kind == QueryToken::Kind::kPunct && peek().text == ";") take();
  return peek().kind == QueryToken::Kind::kEnd;
}

Result<Statement> Parser::next() {
  const std::size_t begin = peek().begin;
  Result<Statement> parsed = statement();
  if (parsed.ok() && !at_statement_end()) parsed = unexpected("end of statement");
  if (!parsed.ok()) {
    while (!at_statement_end()) take();
  }
  last_statement_ = trim(text_.substr(begin, tokens_[at_ > 0 ? at_ - 1 : 0].end - begin));
  if (peek().kind == QueryToken::Kind::kPunct) take();  // the ';'
  return parsed;
}

Result<Statement> Parser::statement() {
  Statement s;
  s.keyword = Located<std::string>{peek().text, peek().position};
  if (peek().kind != QueryToken::Kind::kWord) return error(peek(), "expected a statement");
  auto finish = [&](auto result) -> Result<Statement> {
    if (!result.ok()) return result.status();
    s.query = std::move(*result);
    return std::move(s);
  };
  if (accept("allies")) return finish(allies(false, s.modifiers));
  if (accept("opponents")) return finish(allies(true, s.modifiers));
  if (accept("relations")) return finish(relations(s.modifiers));
  if (accept("events")) return finish(events(s.modifiers));
  if (accept("path")) return finish(path(s.modifiers));
  if (accept("neighbours") || accept("neighbors")) return finish(neighbours(s.modifiers));
  if (accept("enemies")) return finish(walk(TieSign::kHostile, s.modifiers));
  if (accept("friends")) return finish(walk(TieSign::kFriendly, s.modifiers));
  if (accept("blocs")) {
    Status rest = clauses(s.modifiers, "", [](bool&) { return Status(); });
    if (!rest.ok()) return rest;
    s.query = BlocsStatement{};
    return s;
  }
  return error(peek(),
               fmt::format("unknown statement {} (expected allies, opponents, relations, events, path, "
                           "neighbours, enemies, friends or blocs)",
                           describe(peek())));
}

template <class Own>
Status Parser::clauses(Modifiers& modifiers, std::string_view expected, Own&& own) {
  while (!at_statement_end()) {
    bool parsed = false;
    Status status = own(parsed);
    if (!status.ok()) return status;
    if (parsed) continue;
    status = modifier(modifiers, parsed);
    if (!status.ok()) return status;
    if (parsed) {
      if (modifiers.export_graphml && !at_statement_end()) return unexpected("end of statement after export");
      continue;
    }
    return unexpected(expected.empty() ? std::string(kModifiers)
                                       : fmt::format("{}, {}", expected, kModifiers));
  }
  return Status();
}

Status Parser::modifier(Modifiers& m, bool& parsed) {
  const QueryToken& keyword = peek();
  auto once = [&](bool given) {
    return given ? error(keyword, fmt::format("'{}' given twice", keyword.text)) : Status();
  };
  auto date_into = [&](std::optional<Located<std::string>>& slot) -> Status {
    Status status = once(slot.has_value());
    if (!status.ok()) return status;
    Result<Located<std::string>> d = date();
    if (!d.ok()) return d.status();
    slot = std::move(*d);
    return Status();
  };
  parsed = true;
  if (accept("since")) return date_into(m.since);
  if (accept("until")) return date_into(m.until);
  if (accept("as")) {
    Status status = expect("of", "as");
    return status.ok() ? date_into(m.as_of) : status;
  }
  if (accept("limit")) {
    Status status = once(m.limit.has_value());
    if (!status.ok()) return status;
    Result<Located<std::uint64_t>> n = count("limit");
    if (!n.ok()) return n.status();
    m.limit = *n;
    return Status();
  }
  if (accept("at")) {
    Status status = once(m.country_level.has_value());
    if (!status.ok()) return status;
    if (accept("entity")) return expect("level", "at entity");
    status = expect("country", "at");
    if (status.ok()) status = expect("level", "at country");
    if (status.ok()) m.country_level = keyword.position;
    return status;
  }
  if (accept("decay")) {
    Status status = once(m.decay.has_value());
    if (!status.ok()) return status;
    if (peek().kind != QueryToken::Kind::kNumber) {
      return error(peek(), "decay needs a half-life such as 180d, 26w, 6m or 1y");
    }
    m.decay = Located<std::string>{peek().text, peek().position};
    take();
    return Status();
  }
  if (accept("export")) {
    Status status = expect("graphml", "export");
    if (!status.ok()) return status;
    if (peek().kind != QueryToken::Kind::kString) {
      return error(peek(), fmt::format("expected a quoted file name after 'export graphml', found {}",
                                       describe(peek())));
    }
    m.export_graphml = Located<std::string>{peek().text, peek().position};
    take();
    return Status();
  }
  parsed = false;
  return Status();
}

Result<AlliesStatement> Parser::allies(bool opponents, Modifiers& m) {
  Status status = expect("of", opponents ? "opponents" : "allies");
  if (!status.ok()) return status;
  Result<ActorName> actor = actor_name();
  if (!actor.ok()) return actor.status();
  status = clauses(m, "", [](bool&) { return Status(); });
  if (!status.ok()) return status;
  return AlliesStatement{std::move(*actor), opponents};
}

Result<RelationsStatement> Parser::relations(Modifiers& m) {
  Status status = expect("between", "relations");
  if (!status.ok()) return status;
  Result<ActorName> first = actor_name();
  if (!first.ok()) return first.status();
  status = expect("and", "relations between A");
  if (!status.ok()) return status;
  Result<ActorName> second = actor_name();
  if (!second.ok()) return second.status();
  RelationsStatement s{std::move(*first), std::move(*second), std::nullopt};
  status = clauses(m, "by month, by year", [&](bool& parsed) -> Status {
    const QueryToken& by = peek();
    if (!accept("by")) return Status();
    parsed = true;
    if (s.by) return error(by, "'by' given twice");
    if (accept("month")) {
      s.by = Period::kMonth;
    } else if (accept("year")) {
      s.by = Period::kYear;
    } else {
      return error(peek(), fmt::format("expected month or year after 'by', found {}", describe(peek())));
    }
    return Status();
  });
  if (!status.ok()) return status;
  return s;
}

Result<EventsStatement> Parser::events(Modifiers& m) {
  EventsStatement s;
  Status status = clauses(m, "from, to, relation, hostile, friendly", [&](bool& parsed) -> Status {
    const QueryToken& keyword = peek();
    if (accept("from") || accept("to")) {
      parsed = true;
      std::optional<ActorName>& slot = equals_ignore_case(keyword.text, "from") ? s.from : s.to;
      if (slot) return error(keyword, fmt::format("'{}' given twice", keyword.text));
      Result<ActorName> name = actor_name();
      if (!name.ok()) return name.status();
      slot = std::move(*name);
      return Status();
    }
    if (!peek_is("relation") && !peek_is("relations") && !peek_is("hostile") && !peek_is("friendly"))
      return Status();
    parsed = true;
    if (s.relations) return error(keyword, "relations given twice");
    if (!accept("relation")) accept("relations");
    Result<RelationChoice> choice = relation_choice();
    if (!choice.ok()) return choice.status();
    s.relations = std::move(*choice);
    return Status();
  });
  if (!status.ok()) return status;
  return s;
}

Result<PathStatement> Parser::path(Modifiers& m) {
  Status status = expect("from", "path");
  if (!status.ok()) return status;
  Result<ActorName> from = actor_name();
  if (!from.ok()) return from.status();
  status = expect("to", "path from A");
  if (!status.ok()) return status;
  Result<ActorName> to = actor_name();
  if (!to.ok()) return to.status();
  PathStatement s{std::move(*from), std::move(*to), std::nullopt, std::nullopt};
  status = clauses(m, "via, max N hops", [&](bool& parsed) -> Status {
    const QueryToken& keyword = peek();
    if (accept("via")) {
      parsed = true;
      if (s.via) return error(keyword, "'via' given twice");
      Result<RelationChoice> choice = relation_choice();
      if (!choice.ok()) return choice.status();
      s.via = std::move(*choice);
    } else if (accept("max")) {
      parsed = true;
      if (s.max_hops) return error(keyword, "'max' given twice");
      Result<Located<std::uint64_t>> hops = count("max");
      if (!hops.ok()) return hops.status();
      if (!accept("hops") && !accept("hop")) {
        return error(peek(),
                     fmt::format("expected 'hops' after 'max {}', found {}", hops->value, describe(peek())));
      }
      s.max_hops = *hops;
    }
    return Status();
  });
  if (!status.ok()) return status;
  return s;
}

Result<NeighboursStatement> Parser::neighbours(Modifiers& m) {
  Status status = expect("of", "neighbours");
  if (!status.ok()) return status;
  Result<ActorName> actor = actor_name();
  if (!actor.ok()) return actor.status();
  NeighboursStatement s{std::move(*actor), std::nullopt, std::nullopt};
  status = clauses(m, "depth, via", [&](bool& parsed) -> Status {
    const QueryToken& keyword = peek();
    if (accept("depth")) {
      parsed = true;
      if (s.depth) return error(keyword, "'depth' given twice");
      Result<Located<std::uint64_t>> depth = count("depth");
      if (!depth.ok()) return depth.status();
      s.depth = *depth;
    } else if (accept("via")) {
      parsed = true;
      if (s.via) return error(keyword, "'via' given twice");
      Result<RelationChoice> choice = relation_choice();
      if (!choice.ok()) return choice.status();
      s.via = std::move(*choice);
    }
    return Status();
  });
  if (!status.ok()) return status;
  return s;
}

// After "enemies" or "friends": "of enemies of A" or "of friends of A".
Result<WalkStatement> Parser::walk(TieSign second, Modifiers& m) {
  const std::string_view outer = second == TieSign::kHostile ? "enemies" : "friends";
  Status status = expect("of", outer);
  if (!status.ok()) return status;
  WalkStatement s;
  s.second = second;
  if (accept("enemies")) {
    s.first = TieSign::kHostile;
  } else if (accept("friends")) {
    s.first = TieSign::kFriendly;
  } else {
    return error(
        peek(),
        fmt::format("expected enemies or friends after '{} of', found {} (for A's own {} ask "
                    "'{} of A')",
                    outer, describe(peek()), outer, second == TieSign::kHostile ? "opponents" : "allies"));
  }
  status = expect("of", s.first == TieSign::kHostile ? "enemies" : "friends");
  if (!status.ok()) return status;
  Result<ActorName> actor = actor_name();
  if (!actor.ok()) return actor.status();
  s.actor = std::move(*actor);
  status = clauses(m, "", [](bool&) { return Status(); });
  if (!status.ok()) return status;
  return s;
}

// An actor name: one quoted string, or words up to the next clause word.
Result<ActorName> Parser::actor_name() {
  const QueryToken& first = peek();
  if (first.kind == QueryToken::Kind::kString) {
    take();
    if (trim(first.text).empty()) return error(first, "empty actor name");
    return ActorName{first.text, first.position};
  }
  if (first.kind != QueryToken::Kind::kWord || is_clause_word(first.text)) {
    return error(first, fmt::format("expected an actor name, found {}", describe(first)));
  }
  ActorName name{first.text, first.position};
  take();
  while (peek().kind == QueryToken::Kind::kWord && !is_clause_word(peek().text)) {
    name.value += ' ';
    name.value += take().text;
  }
  return name;
}

Result<Located<std::uint64_t>> Parser::count(std::string_view what) {
  const QueryToken& number = peek();
  std::uint64_t n = 0;
  const char* end = number.text.data() + number.text.size();
  const auto [stop, ec] = std::from_chars(number.text.data(), end, n);
  if (number.kind != QueryToken::Kind::kNumber || ec != std::errc() || stop != end || n == 0) {
    return error(number, fmt::format("{} needs a positive whole number", what));
  }
  take();
  return Located<std::uint64_t>{n, number.position};
}

Result<Located<std::string>> Parser::date() {
  const QueryToken& token = peek();
  if (token.kind != QueryToken::Kind::kNumber && token.kind != QueryToken::Kind::kString) {
    return error(token,
                 fmt::format("expected a date (YYYY, YYYY-MM or YYYY-MM-DD), found {}", describe(token)));
  }
  take();
  return Located<std::string>{token.text, token.position};
}

// any | friendly | hostile | R, ...
Result<RelationChoice> Parser::relation_choice() {
  RelationChoice choice;
  choice.position = peek().position;
  if (accept("any")) {
    choice.kind = RelationChoice::Kind::kAny;
  } else if (accept("friendly")) {
    choice.kind = RelationChoice::Kind::kFriendly;
  } else if (accept("hostile")) {
    choice.kind = RelationChoice::Kind::kHostile;
  } else {
    return relation_list();
  }
  return choice;
}

// R, ...
Result<RelationChoice> Parser::relation_list() {
  RelationChoice choice;
  choice.kind = RelationChoice::Kind::kList;
  choice.position = peek().position;
  do {
    if (peek().kind != QueryToken::Kind::kWord) {
      return error(peek(), fmt::format("expected a relation name, found {}", describe(peek())));
    }
    choice.names.push_back(Located<std::string>{peek().text, peek().position});
    take();
  } while (peek().kind == QueryToken::Kind::kPunct && peek().text == "," && (take(), true));
  return choice;
}

}  // namespace entente::query
