#include "query/parser.h"

#include <doctest/doctest.h>

namespace entente::query {
namespace {

Statement parse(std::string_view text) {
  Parser parser(text);
  REQUIRE_FALSE(parser.done());
  Result<Statement> s = parser.next();
  REQUIRE_MESSAGE(s.ok(), s.status().message());
  CHECK(parser.done());
  return std::move(*s);
}

// The first line of the error of parsing `text` as one statement.
std::string error(std::string_view text) {
  Parser parser(text);
  const Result<Statement> s = parser.next();
  REQUIRE_FALSE(s.ok());
  const std::string message = s.status().message();
  return message.substr(0, message.find('\n'));
}

}  // namespace

TEST_CASE("allies and opponents, with every modifier in any order") {
  const Statement s = parse(
      "ALLIES Of United States since 2018 until 2019-06 limit 5 at country level decay 180d export graphml "
      "\"out.graphml\"");
  const auto& allies = std::get<AlliesStatement>(s.query);
  CHECK(allies.actor.value == "United States");
  CHECK(allies.actor.position.column == 11);
  CHECK_FALSE(allies.opponents);
  CHECK(s.modifiers.since->value == "2018");
  CHECK(s.modifiers.until->value == "2019-06");
  CHECK(s.modifiers.limit->value == 5);
  CHECK(s.modifiers.country_level.has_value());
  CHECK(s.modifiers.decay->value == "180d");
  CHECK(s.modifiers.export_graphml->value == "out.graphml");
  CHECK(s.keyword.value == "ALLIES");
  const Statement o = parse("opponents of 'Iran' as of 2020-01-03 at entity level");
  CHECK(std::get<AlliesStatement>(o.query).opponents);
  CHECK(o.modifiers.as_of->value == "2020-01-03");
  CHECK_FALSE(o.modifiers.country_level.has_value());
}

TEST_CASE("relations between two actors, by month or year") {
  const Statement s = parse("relations between Iran and \"United States\" by year since 2019");
  const auto& r = std::get<RelationsStatement>(s.query);
  CHECK(r.first.value == "Iran");
  CHECK(r.second.value == "United States");
  CHECK(r.by == Period::kYear);
  CHECK(std::get<RelationsStatement>(parse("relations between A and B by month").query).by == Period::kMonth);
  CHECK_FALSE(std::get<RelationsStatement>(parse("relations between A and B").query).by);
}

TEST_CASE("events with clauses and modifiers interleaved") {
  const Statement s = parse("events since 2019 from Saudi Arabia relation strike, accuse to Iran limit 3");
  const auto& e = std::get<EventsStatement>(s.query);
  CHECK(e.from->value == "Saudi Arabia");
  CHECK(e.to->value == "Iran");
  REQUIRE(e.relations);
  CHECK(e.relations->kind == RelationChoice::Kind::kList);
  REQUIRE(e.relations->names.size() == 2);
  CHECK(e.relations->names[1].value == "accuse");
  CHECK(s.modifiers.since->value == "2019");
  CHECK(std::get<EventsStatement>(parse("events hostile").query).relations->kind ==
        RelationChoice::Kind::kHostile);
  CHECK(std::get<EventsStatement>(parse("events friendly to X").query).relations->kind ==
        RelationChoice::Kind::kFriendly);
  CHECK_FALSE(std::get<EventsStatement>(parse("events").query).from);
}

TEST_CASE("path, neighbours, signed walks and blocs") {
  const auto p = std::get<PathStatement>(parse("path from Israel to China via hostile max 4 hops").query);
  CHECK(p.from.value == "Israel");
  CHECK(p.to.value == "China");
  CHECK(p.via->kind == RelationChoice::Kind::kHostile);
  CHECK(p.max_hops->value == 4);
  CHECK(std::get<PathStatement>(parse("path from A to B via strike,aid max 1 hop").query).via->names.size() ==
        2);
  CHECK(std::get<PathStatement>(parse("path from A to B via any").query).via->kind ==
        RelationChoice::Kind::kAny);

  const auto n = std::get<NeighboursStatement>(parse("neighbors of Iran via friendly depth 2").query);
  CHECK(n.actor.value == "Iran");
  CHECK(n.depth->value == 2);
  CHECK(n.via->kind == RelationChoice::Kind::kFriendly);

  const auto w = std::get<WalkStatement>(parse("friends of enemies of Iran limit 3").query);
  CHECK(w.first == TieSign::kHostile);  // Iran's enemies first, then their friends
  CHECK(w.second == TieSign::kFriendly);
  CHECK(w.actor.value == "Iran");
  const auto e = std::get<WalkStatement>(parse("enemies of friends of Iran").query);
  CHECK(e.first == TieSign::kFriendly);
  CHECK(e.second == TieSign::kHostile);

  CHECK(std::holds_alternative<BlocsStatement>(parse("blocs since 2019 at country level").query));
}

TEST_CASE("errors name what was expected where it was missing") {
  CHECK(error("alliances of Iran") ==
        "line 1, col 1: unknown statement 'alliances' (expected allies, opponents, relations, events, path, "
        "neighbours, enemies, friends or blocs)");
  CHECK(error("allies Iran") == "line 1, col 8: expected 'of' after 'allies', found 'Iran'");
  CHECK(error("allies of") == "line 1, col 10: expected an actor name, found end of statement");
  CHECK(error("allies of since 2019") == "line 1, col 11: expected an actor name, found 'since'");
  CHECK(error("allies of Iran by year") ==
        "line 1, col 16: unexpected 'by' (expected since, until, as of, limit, at country level, decay or "
        "export)");
  CHECK(error("relations between Iran by year") ==
        "line 1, col 24: expected 'and' after 'relations between A', found 'by'");
  CHECK(error("relations between A and B by day") ==
        "line 1, col 30: expected month or year after 'by', found 'day'");
  CHECK(error("events from Iran from Iraq") == "line 1, col 18: 'from' given twice");
  CHECK(error("events limit 0") == "line 1, col 14: limit needs a positive whole number");
  CHECK(error("events limit 2 limit 3") == "line 1, col 16: 'limit' given twice");
  CHECK(error("events relation") == "line 1, col 16: expected a relation name, found end of statement");
  CHECK(error("events hostile friendly") == "line 1, col 16: relations given twice");
  CHECK(error("events since yesterday") ==
        "line 1, col 14: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), found 'yesterday'");
  CHECK(error("path from A to B max 3") ==
        "line 1, col 23: expected 'hops' after 'max 3', found end of statement");
  CHECK(error("path from A to B via") == "line 1, col 21: expected a relation name, found end of statement");
  CHECK(error("neighbours of A depth x") == "line 1, col 23: depth needs a positive whole number");
  CHECK(
      error("enemies of Iran") ==
      "line 1, col 12: expected enemies or friends after 'enemies of', found 'Iran' (for A's own enemies ask "
      "'opponents of A')");
  CHECK(error("blocs at country") ==
        "line 1, col 17: expected 'level' after 'at country', found end of statement");
  CHECK(error("blocs as 2019") == "line 1, col 10: expected 'of' after 'as', found '2019'");
  CHECK(error("blocs decay soon") == "line 1, col 13: decay needs a half-life such as 180d, 26w, 6m or 1y");
  CHECK(error("blocs export csv") == "line 1, col 14: expected 'graphml' after 'export', found 'csv'");
  CHECK(error("blocs export graphml out") ==
        "line 1, col 22: expected a quoted file name after 'export graphml', found 'out'");
  CHECK(error("blocs export graphml 'x' limit 3") ==
        "line 1, col 26: unexpected 'limit' (expected end of statement after export)");
  CHECK(error("blocs !") == "line 1, col 7: unexpected character '!'");
  CHECK(error("allies of \"\"") == "line 1, col 11: empty actor name");
}

TEST_CASE("a script goes on after a bad statement, and knows each statement's text") {
  Parser parser("blocs; allies of ; # nothing here\n;\n  events limit 2 # two\n");
  REQUIRE(parser.next().ok());
  CHECK(parser.last_statement() == "blocs");
  const Result<Statement> bad = parser.next();
  CHECK_FALSE(bad.ok());
  CHECK(bad.status().message().starts_with("line 1, col 18: expected an actor name"));
  CHECK(parser.last_statement() == "allies of");
  REQUIRE_FALSE(parser.done());
  const Result<Statement> events = parser.next();
  REQUIRE(events.ok());
  CHECK(parser.last_statement() == "events limit 2");
  CHECK(std::get<EventsStatement>(events->query).from == std::nullopt);
  CHECK(parser.done());
  CHECK(Parser("  # only a comment\n;;").done());
}

}  // namespace entente::query
