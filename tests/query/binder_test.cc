#include "query/binder.h"

#include <doctest/doctest.h>

#include "query/fixture.h"

namespace entente::query {
namespace {

struct Fixture : testing::QueryWorld {
  std::string error(std::string_view text) {
    const Result<BoundStatement> b = bind(text);
    REQUIRE_FALSE(b.ok());
    return b.status().message();
  }
};

}  // namespace

TEST_CASE("actors bind by id, name, alias, seat, adjective or stored name") {
  Fixture f;
  for (const char* text : {"allies of IRN", "allies of Iran", "allies of Tehran", "allies of iranian",
                           "allies of 'Islamic Republic of Iran'"}) {
    CAPTURE(text);
    const BoundAllies allies = std::get<BoundAllies>(f.bound(text).query);
    CHECK(allies.actor.id == "IRN");
    CHECK(allies.actor.name == "Iran");
    CHECK(allies.actor.index == f.catalog.find_node(Level::kEntity, "IRN"));
  }
  CHECK(std::get<BoundAllies>(f.bound("allies of Pompeo").query).actor.id == "mike-pompeo");
  CHECK(std::get<BoundAllies>(f.bound("allies of Hizbollah").query).actor.id == "hezbollah");
  // Known to the dictionaries, never stored: bound, with nothing to read.
  const BoundAllies france = std::get<BoundAllies>(f.bound("allies of France").query);
  CHECK(france.actor.id == "FRA");
  CHECK(france.actor.name == "France");
  CHECK_FALSE(france.actor.index);
}

TEST_CASE("at country level actors bind to the node of their state") {
  Fixture f;
  const BoundStatement s = f.bound("opponents of Pompeo at country level");
  CHECK(s.scope.level == Level::kCountry);
  const BoundAllies opponents = std::get<BoundAllies>(s.query);
  CHECK(opponents.opponents);
  CHECK(opponents.actor.id == "USA");
  CHECK(opponents.actor.index == f.catalog.find_node(Level::kCountry, "USA"));
  CHECK(std::get<BoundAllies>(f.bound("allies of Hezbollah at country level").query).actor.id == "LBN");
  // A person the store never saw folds as the dictionaries say.
  CHECK(std::get<BoundAllies>(f.bound("allies of Macron at country level").query).actor.id == "FRA");
}

TEST_CASE("dates make a window; as of also sets the present of decay") {
  Fixture f;
  const Scope since = f.bound("blocs since 2019-02").scope;
  REQUIRE(since.window);
  CHECK(since.window->first == Date::from_ymd(2019, 2, 1));
  CHECK(since.window->last == kMaxDate);
  const Scope between = f.bound("blocs since 2018 until 2019-06-30").scope;
  CHECK(between.window->first == Date::from_ymd(2018, 1, 1));
  CHECK(between.window->last == Date::from_ymd(2019, 6, 30));
  CHECK_FALSE(f.bound("blocs").scope.window);

  const Scope decayed = f.bound("blocs decay 26w").scope;
  REQUIRE(decayed.decay);
  CHECK(decayed.decay->half_life_days == 182);
  CHECK(decayed.decay->present == Date::from_ymd(2021, 5, 21));  // the last day the store saw
  const Scope as_of = f.bound("allies of Iran as of 2019 decay 1y").scope;
  CHECK(as_of.window->last == Date::from_ymd(2019, 12, 31));
  CHECK(as_of.decay->present == Date::from_ymd(2019, 12, 31));
  CHECK(as_of.decay->half_life_days == doctest::Approx(365.2425));
  CHECK(f.bound("blocs decay 6m").scope.decay->half_life_days == doctest::Approx(182.62125));
  CHECK(f.bound("blocs decay 180D").scope.decay->half_life_days == 180);
}

TEST_CASE("defaults: limits per statement, relations, hops and depth") {
  Fixture f;
  CHECK(f.bound("allies of Iran").scope.limit == 20);
  CHECK(f.bound("enemies of enemies of Iran").scope.limit == 20);
  CHECK(f.bound("path from Iran to Israel").scope.limit == 5);
  CHECK(f.bound("events").scope.limit == 100);
  CHECK(f.bound("relations between Iran and Israel").scope.limit == 0);
  CHECK(f.bound("blocs limit 7").scope.limit == 7);
  const BoundPath path = std::get<BoundPath>(f.bound("path from Iran to Israel").query);
  CHECK(path.max_hops == 3);
  CHECK(path.via.all());
  const BoundPath hostile =
      std::get<BoundPath>(f.bound("path from Iran to Israel via hostile max 6 hops").query);
  CHECK(hostile.via == relations_of_sign(-1));
  CHECK(hostile.max_hops == 6);
  const BoundNeighbours n = std::get<BoundNeighbours>(f.bound("neighbours of Iran via strike, aid").query);
  CHECK(n.depth == 1);
  CHECK(n.via.count() == 2);
  CHECK(n.via[static_cast<std::size_t>(Relation::kAid)]);
  const BoundEvents e = std::get<BoundEvents>(f.bound("events friendly").query);
  CHECK(e.relations == relations_of_sign(+1));
  const Scope exported = f.bound("blocs export graphml 'b.graphml'").scope;
  CHECK(exported.export_graphml == "b.graphml");
}

TEST_CASE("binding errors point at the spot with a caret") {
  Fixture f;
  CHECK(f.error("events from Syira") ==
        "line 1, col 13: unknown actor 'Syira' (did you mean Syria?)\n  events from Syira\n              ^");
  CHECK(f.error("allies of Qwertyuiop").starts_with("line 1, col 11: unknown actor 'Qwertyuiop'\n"));
  CHECK(f.error("events relation strik")
            .starts_with("line 1, col 17: unknown relation 'strik' (did you mean strike?)"));
  CHECK(f.error("blocs since 2019-13")
            .starts_with("line 1, col 13: invalid date '2019-13' (expected YYYY, YYYY-MM or YYYY-MM-DD)"));
  CHECK(f.error("blocs since 2020 until 2019").starts_with("line 1, col 13: since 2020 is after until 2019"));
  CHECK(f.error("blocs until 2020 as of 2019")
            .starts_with("line 1, col 24: 'as of' and 'until' both end the window: give one"));
  CHECK(f.error("events decay 180d")
            .starts_with("line 1, col 14: decay weighs ranked ties; it does not apply to 'events'"));
  CHECK(f.error("relations between Iran and Iraq decay 1y")
            .starts_with("line 1, col 39: decay weighs ranked ties; it does not apply to 'relations'"));
  CHECK(f.error("blocs decay 180x")
            .starts_with("line 1, col 13: invalid half-life '180x' (expected days, weeks, months or years: "
                         "180d, 26w, 6m, 1y)"));
  CHECK(f.error("path from Iran to Tehran")
            .starts_with("line 1, col 19: 'Tehran' is IRN again: name two different actors\n"));
  CHECK(f.error("relations between USA and Pompeo at country level")
            .starts_with(
                "line 1, col 27: 'Pompeo' is USA again: name two different actors (at country level)"));
  CHECK(f.error("path from Iran to Iraq max 7 hops")
            .starts_with("line 1, col 28: max 7 is too far: at most 6 hops"));
  CHECK(f.error("neighbours of Iran depth 9")
            .starts_with("line 1, col 26: depth 9 is too far: at most 6 hops"));
}

}  // namespace entente::query
