#include "query/planner.h"

#include <doctest/doctest.h>

#include "query/fixture.h"

namespace entente::query {
namespace {

struct Fixture : testing::QueryWorld {
  Plan plan(std::string_view text) { return Planner(catalog).plan(bound(text)); }
};

using Scans = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("allies and opponents rank the ties of one node") {
  Fixture f;
  const Plan plan = f.plan("opponents of Iran since 2019 decay 1y");
  const TieRanking& ranking = std::get<TieRanking>(plan.operation);
  CHECK(ranking.opponents);
  CHECK(ranking.node.id == "IRN");
  CHECK(ranking.ties.relations.all());
  REQUIRE(ranking.ties.window);
  CHECK(ranking.ties.window->first == Date::from_ymd(2019, 1, 1));
  CHECK(ranking.ties.decay.has_value());
  CHECK(plan.scope.limit == 20);
}

TEST_CASE("relations between name both sides, the window and the period") {
  Fixture f;
  const PairSeries series = std::get<PairSeries>(
      f.plan("relations between Pompeo and Iran by year since 2019 at country level").operation);
  CHECK(series.first.id == "USA");
  CHECK(series.second.id == "IRN");
  CHECK(series.level == Level::kCountry);
  CHECK(series.by == Period::kYear);
  CHECK(series.window->first == Date::from_ymd(2019, 1, 1));
}

TEST_CASE("events scan each member pair, or each source member and filter targets") {
  Fixture f;
  CHECK(std::get<EventScan>(f.plan("events").operation).scans == Scans{{"", ""}});
  CHECK(std::get<EventScan>(f.plan("events from Iran to Syria").operation).scans == Scans{{"IRN", "SYR"}});
  CHECK(std::get<EventScan>(f.plan("events to Iran").operation).scans == Scans{{"", "IRN"}});
  const EventScan from_usa = std::get<EventScan>(f.plan("events from USA at country level").operation);
  CHECK(from_usa.scans == Scans{{"USA", ""}, {"mike-pompeo", ""}});
  const EventScan to_usa = std::get<EventScan>(f.plan("events from Iran to USA at country level").operation);
  CHECK(to_usa.scans == Scans{{"IRN", ""}});
  CHECK(to_usa.target_node == f.catalog.find_node(Level::kCountry, "USA"));
  CHECK(std::get<EventScan>(f.plan("events to USA at country level").operation).scans ==
        Scans{{"", "USA"}, {"", "mike-pompeo"}});
  const EventScan hostile = std::get<EventScan>(f.plan("events hostile since 2019-05-02").operation);
  CHECK(hostile.relations == relations_of_sign(-1));
  CHECK(hostile.days->first == Date::from_ymd(2019, 5, 2));
  // An actor never stored has no events: nothing to scan.
  CHECK(std::get<EventScan>(f.plan("events from France").operation).scans.empty());
}

TEST_CASE("walks over the graph read the tie graph of their relations") {
  Fixture f;
  const GraphWalk path = std::get<GraphWalk>(f.plan("path from Iran to Israel via friendly").operation);
  CHECK(path.ties.relations == relations_of_sign(+1));
  CHECK(std::holds_alternative<BoundPath>(path.walk));
  const GraphWalk blocs = std::get<GraphWalk>(f.plan("blocs at country level").operation);
  CHECK(blocs.ties.level == Level::kCountry);
  CHECK(blocs.ties.relations.all());
  CHECK(std::holds_alternative<BoundWalk>(
      std::get<GraphWalk>(f.plan("friends of friends of Iran").operation).walk));
  CHECK(std::holds_alternative<BoundNeighbours>(
      std::get<GraphWalk>(f.plan("neighbours of Iran").operation).walk));
}

}  // namespace entente::query
