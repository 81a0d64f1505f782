#include "graph/ties.h"

#include <doctest/doctest.h>

#include "graph/world.h"

namespace entente {
namespace {

struct Fixture {
  testing::World world;
  ActorCatalog catalog = *ActorCatalog::read(world.store(), nullptr);

  // The ties of `id` as "OTHER net events" lines, in node order.
  std::vector<std::string> ties(std::string_view id, const TieOptions& options = {}) {
    const Result<std::vector<NodeTie>> read =
        read_ties(world.store(), catalog, *catalog.find_node(options.level, id), options);
    REQUIRE(read.ok());
    std::vector<std::string> lines;
    for (const NodeTie& t : *read) {
      lines.push_back(catalog.nodes(options.level)[t.other].id + " " + std::to_string(t.tie.net()) + " " +
                      std::to_string(t.tie.events));
    }
    return lines;
  }
};

}  // namespace

TEST_CASE("a tie adds cooperation and hostility in both directions") {
  Fixture f;
  CHECK(f.ties("USA") == std::vector<std::string>{"IRN -15.000000 2", "ISR 14.500000 2", "RUS -6.000000 1",
                                                  "SAU 15.000000 2", "SYR -9.000000 1"});
  CHECK(f.ties("TUR") == std::vector<std::string>{"RUS -6.500000 2"});
  const Result<std::vector<NodeTie>> turkey =
      read_ties(f.world.store(), f.catalog, *f.catalog.find_node(Level::kEntity, "TUR"), {});
  REQUIRE(turkey.ok());
  CHECK((*turkey)[0].tie.cooperative == doctest::Approx(2.5));
  CHECK((*turkey)[0].tie.hostile == doctest::Approx(9));
  CHECK((*turkey)[0].tie.strength() == doctest::Approx(11.5));
  CHECK((*turkey)[0].tie.first == Date::from_ymd(2020, 3, 5));
  CHECK((*turkey)[0].tie.last == Date::from_ymd(2020, 3, 6));
}

TEST_CASE("at country level members' ties add up and ties inside a node vanish") {
  Fixture f;
  TieOptions country;
  country.level = Level::kCountry;
  CHECK(f.ties("USA", country) == std::vector<std::string>{"IRN -17.000000 3", "ISR 14.500000 2",
                                                           "RUS -6.000000 1", "SAU 15.000000 2",
                                                           "SYR -9.000000 1"});
  CHECK(f.ties("LBN", country) == std::vector<std::string>{"IRN 10.000000 1", "ISR -9.000000 1"});
}

TEST_CASE("relation sets and windows of whole months narrow ties") {
  Fixture f;
  TieOptions hostile;
  hostile.relations = relations_of_sign(-1);
  CHECK(f.ties("TUR", hostile) == std::vector<std::string>{"RUS -9.000000 1"});
  TieOptions since_2019;
  since_2019.window = DateRange{Date::from_ymd(2019, 1, 31), kMaxDate};  // counts all of January
  CHECK(f.ties("USA", since_2019) == std::vector<std::string>{"IRN -15.000000 2", "RUS -6.000000 1"});
  TieOptions in_2018;
  in_2018.window = DateRange{Date::from_ymd(2018, 1, 1), Date::from_ymd(2018, 12, 31)};
  CHECK(f.ties("USA", in_2018) ==
        std::vector<std::string>{"ISR 14.500000 2", "SAU 15.000000 2", "SYR -9.000000 1"});
}

TEST_CASE("decay halves a weight every half-life before the present") {
  const Decay decay{100, Date::from_ymd(2020, 1, 1)};
  CHECK(decay.factor(Date::from_ymd(2020, 1, 1)) == 1);
  CHECK(decay.factor(Date::from_ymd(2021, 1, 1)) == 1);  // after the present: not amplified
  CHECK(decay.factor(Date::from_days(Date::from_ymd(2020, 1, 1).days() - 100)) == doctest::Approx(0.5));
  CHECK(decay.factor(Date::from_days(Date::from_ymd(2020, 1, 1).days() - 300)) == doctest::Approx(0.125));

  Fixture f;
  TieOptions decayed;
  decayed.decay = decay;
  const Result<std::vector<NodeTie>> ties =
      read_ties(f.world.store(), f.catalog, *f.catalog.find_node(Level::kEntity, "TUR"), decayed);
  REQUIRE(ties.ok());
  REQUIRE(ties->size() == 1);
  // Each month is aged from its events' middle day: March 5 and March 6, 2020 are after the present.
  CHECK((*ties)[0].tie.net() == doctest::Approx(-6.5));
  decayed.decay->present = Date::from_ymd(2020, 6, 14);
  const Result<std::vector<NodeTie>> later =
      read_ties(f.world.store(), f.catalog, *f.catalog.find_node(Level::kEntity, "TUR"), decayed);
  REQUIRE(later.ok());
  const double consult = 2.5 * decayed.decay->factor(Date::from_ymd(2020, 3, 5));
  const double strike = 9 * decayed.decay->factor(Date::from_ymd(2020, 3, 6));
  CHECK((*later)[0].tie.net() == doctest::Approx(consult - strike));
  CHECK((*later)[0].tie.events == 2);  // events are counted, not weighed
}

}  // namespace entente
