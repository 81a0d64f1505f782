#include "query/executor.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "query/answer.h"
#include "query/fixture.h"

namespace entente::query {
namespace {

using Rows = std::vector<std::vector<std::string>>;

struct Fixture : testing::QueryWorld {
  TieGraphCache graphs;

  Answer answer(std::string_view text) {
    Result<Answer> answer =
        Executor(world.store(), catalog, graphs).execute(Planner(catalog).plan(bound(text)));
    REQUIRE_MESSAGE(answer.ok(), answer.status().message());
    return std::move(*answer);
  }
  Rows rows(std::string_view text) { return answer(text).table.rows; }
};

}  // namespace

TEST_CASE("allies and opponents rank the net ties of an actor") {
  Fixture f;
  const Answer allies = f.answer("allies of Iran");
  CHECK(allies.table.columns.size() == 7);
  CHECK(allies.table.columns[2].name == "net");
  CHECK(allies.table.columns[2].type == QueryResult::Type::kNumber);
  CHECK(allies.table.rows == Rows{{"SYR", "Syria", "15", "15", "0", "2", "2018-05-23"},
                                  {"hezbollah", "Hezbollah", "10", "10", "0", "1", "2019-08-08"}});
  CHECK(f.rows("opponents of Iran") ==
        Rows{{"USA", "United States", "-15", "0", "15", "2", "2020-01-03"},
             {"ISR", "Israel", "-9", "0", "9", "1", "2021-05-21"},
             {"SAU", "Saudi Arabia", "-6", "0", "6", "1", "2019-06-20"},
             {"mike-pompeo", "Mike Pompeo", "-2", "0", "2", "1", "2018-05-25"}});
  CHECK(f.rows("opponents of Iran at country level limit 1") ==
        Rows{{"USA", "United States", "-17", "0", "17", "3", "2020-01-03"}});
  CHECK(f.answer("opponents of Iran limit 1").table.summary ==
        std::vector<std::pair<std::string, std::string>>{{"rows", "1 of 4 (limit 1)"}});
  CHECK(f.rows("allies of Iran since 2019") ==
        Rows{{"hezbollah", "Hezbollah", "10", "10", "0", "1", "2019-08-08"}});
  CHECK(f.rows("allies of France").empty());
  // The answer's graph: the actor and the listed actors, tied.
  CHECK(allies.graph.nodes.size() == 3);
  REQUIRE(allies.graph.edges.size() == 2);
  CHECK_FALSE(allies.graph.directed);
  CHECK(allies.graph.edges[0].source == "IRN");
  CHECK(allies.graph.edges[0].target == "SYR");
}

TEST_CASE("decay weighs recent ties more") {
  Fixture f;
  const Rows decayed = f.rows("opponents of Iran decay 1y");
  REQUIRE(decayed.size() == 4);
  // Israel's one strike (2021-05-21, the present) now outweighs the older American ones.
  CHECK(decayed[0][0] == "ISR");
  CHECK(decayed[0][2] == "-9");
  CHECK(decayed[1][0] == "USA");
  const Decay decay{365.2425, Date::from_ymd(2021, 5, 21)};
  const double usa =
      6 * decay.factor(Date::from_ymd(2019, 1, 10)) + 9 * decay.factor(Date::from_ymd(2020, 1, 3));
  CHECK(decayed[1][2] == query::detail::format_number(-usa));
  CHECK(decayed[1][5] == "2");
}

TEST_CASE("relations between count each way per period, with the net") {
  Fixture f;
  const Answer by_year = f.answer("relations between USA and Iran by year at country level");
  CHECK(by_year.table.columns[1].name == "USA -> IRN");
  CHECK(by_year.table.columns[2].name == "IRN -> USA");
  CHECK(by_year.table.rows == Rows{{"2018", "demand 1", "", "1", "-2"},
                                   {"2019", "sanction 1", "", "1", "-6"},
                                   {"2020", "strike 1", "", "1", "-9"}});
  CHECK(by_year.table.sparkline == 4);
  CHECK(by_year.graph.directed);
  CHECK(by_year.graph.edges.size() == 3);
  // Months with no events between the first and the last are listed too.
  const Rows months = f.rows("relations between Russia and Turkey by month");
  CHECK(months == Rows{{"2020-03", "strike 1", "consult 1", "2", "-6.5"}});
  const Rows gap = f.rows("relations between Iran and Syria by month");
  REQUIRE(gap.size() == 2);
  CHECK(gap[0] == std::vector<std::string>{"2018-04", "aid 1", "", "1", "10"});
  CHECK(gap[1] == std::vector<std::string>{"2018-05", "", "support 1", "1", "5"});
  CHECK(f.rows("relations between Iran and Syria") ==
        Rows{{"2018-04-15..2018-05-23", "aid 1", "support 1", "2", "15"}});
  CHECK(f.rows("relations between Iran and Turkey").empty());
  // Either side may be read (the one with fewer dyads): the answer is the same, mirrored.
  const Rows usa_iran = f.rows("relations between USA and Iran by year");
  const Rows iran_usa = f.rows("relations between Iran and USA by year");
  REQUIRE(usa_iran.size() == iran_usa.size());
  for (std::size_t i = 0; i < usa_iran.size(); ++i) {
    CHECK(usa_iran[i] == std::vector<std::string>{iran_usa[i][0], iran_usa[i][2], iran_usa[i][1],
                                                  iran_usa[i][3], iran_usa[i][4]});
  }
  CHECK(usa_iran.size() == 2);
  CHECK(f.answer("relations between Iran and Syria").table.sparkline == -1);
}

TEST_CASE("events list their evidence, filtered by relation, days and folded actors") {
  Fixture f;
  const Answer hostile = f.answer("events from USA hostile until 2019-01-31");
  CHECK(hostile.table.rows ==
        Rows{{"2018-06-01", "USA", "strike", "SYR", "article-10", "United States and Syria"},
             {"2019-01-10", "USA", "sanction", "IRN", "article-11", "United States and Iran"}});
  CHECK(hostile.graph.directed);
  CHECK(hostile.graph.nodes.size() == 3);
  CHECK(f.rows("events to Iran at country level from USA relation demand").size() == 1);
  CHECK(f.rows("events from USA to Iran").size() == 2);
  const Answer limited = f.answer("events limit 2");
  CHECK(limited.table.rows.size() == 2);
  CHECK(limited.table.summary ==
        std::vector<std::pair<std::string, std::string>>{{"rows", "2 shown (limit 2); more events match"}});
  CHECK(f.rows("events from France").empty());
}

TEST_CASE("path, neighbours, walks and blocs walk the tie graph") {
  Fixture f;
  const Answer path = f.answer("path from Israel to Syria limit 2");
  CHECK(path.table.rows ==
        Rows{{"2", "5.63", "ISR - IRN - SYR", "-9, +15"}, {"2", "5.55", "ISR - USA - SYR", "+14.5, -9"}});
  CHECK(path.graph.nodes.size() == 4);
  CHECK(path.graph.edges.size() == 4);
  CHECK(f.rows("path from Israel to Syria via hostile max 2 hops").empty());

  CHECK(f.rows("neighbours of Turkey depth 2") == Rows{{"RUS", "Russia", "1", "TUR", "-6.5", "2"},
                                                       {"SYR", "Syria", "2", "RUS", "15", "2"},
                                                       {"USA", "United States", "2", "RUS", "-6", "1"}});
  const Answer near = f.answer("neighbours of Turkey depth 2 limit 2");
  CHECK(near.graph.nodes.size() == 3);  // Turkey and the two listed
  CHECK(near.graph.edges.size() == 2);

  CHECK(f.rows("enemies of enemies of USA") == Rows{{"ISR", "Israel", "9", "1", "IRN", "+14.5"},
                                                    {"SAU", "Saudi Arabia", "6", "1", "IRN", "+15"},
                                                    {"TUR", "Turkey", "6", "1", "RUS", ""},
                                                    {"mike-pompeo", "Mike Pompeo", "2", "1", "IRN", ""}});
  const Answer friends = f.answer("friends of enemies of USA limit 1");
  CHECK(friends.table.rows == Rows{{"SYR", "Syria", "21", "2", "IRN, RUS", "-9"}});
  CHECK(friends.graph.edges.size() == 4);  // USA-IRN, USA-RUS, IRN-SYR, RUS-SYR

  const Answer blocs = f.answer("blocs");
  CHECK(blocs.table.rows == Rows{{"1", "SYR", "Syria", "30"},
                                 {"1", "IRN", "Iran", "25"},
                                 {"1", "RUS", "Russia", "15"},
                                 {"1", "hezbollah", "Hezbollah", "10"},
                                 {"2", "USA", "United States", "29.5"},
                                 {"2", "SAU", "Saudi Arabia", "15"},
                                 {"2", "ISR", "Israel", "14.5"}});
  CHECK(blocs.table.summary == std::vector<std::pair<std::string, std::string>>{
                                   {"blocs", "2 of two or more actors; 2 actors with no friendly tie to any"},
                                   {"balanced triangles", "5 of 5 (100.0%)"},
                                   {"ties against the blocs", "0 of 13 signed ties"}});
  CHECK(blocs.graph.nodes.size() == 9);
  CHECK(blocs.graph.edges.size() == 13);
}

TEST_CASE("tie graphs are read once per options and the last four kept") {
  Fixture f;
  const TieOptions hostile{Level::kEntity, relations_of_sign(-1), std::nullopt, std::nullopt};
  Result<const TieGraph*> first = f.graphs.get(f.world.store(), f.catalog, hostile);
  REQUIRE(first.ok());
  CHECK((*first)->tie_count() == 8);
  CHECK(*f.graphs.get(f.world.store(), f.catalog, hostile) == *first);
  CHECK(f.graphs.reads() == 1);
  for (unsigned month = 1; month <= 3; ++month) {
    TieOptions other = hostile;
    other.window = DateRange{Date::from_ymd(2018, month, 1), kMaxDate};
    REQUIRE(f.graphs.get(f.world.store(), f.catalog, other).ok());
  }
  CHECK(*f.graphs.get(f.world.store(), f.catalog, hostile) == *first);  // still kept
  TieOptions fifth = hostile;
  fifth.level = Level::kCountry;
  REQUIRE(f.graphs.get(f.world.store(), f.catalog, fifth).ok());
  CHECK(f.graphs.reads() == 5);
  TieOptions oldest = hostile;
  oldest.window = DateRange{Date::from_ymd(2018, 1, 1), kMaxDate};
  REQUIRE(f.graphs.get(f.world.store(), f.catalog, oldest).ok());
  CHECK(f.graphs.reads() == 6);  // the least recently used was let go and read again
}

TEST_CASE("an answer exports as GraphML, and a failed export is an error") {
  Fixture f;
  testing::TempDir dir;
  const std::string path = dir.file("allies.graphml");
  const Answer answer = f.answer("allies of Iran export graphml '" + path + "'");
  CHECK(answer.table.summary.back().first == "exported");
  CHECK(answer.table.summary.back().second == path + " (3 nodes, 2 edges)");
  std::ifstream in(path);
  std::stringstream xml;
  xml << in.rdbuf();
  CHECK(xml.str().find("<node id=\"hezbollah\">") != std::string::npos);
  CHECK(xml.str().find("edgedefault=\"undirected\"") != std::string::npos);

  const std::string bad = "allies of Iran export graphml '" + dir.file("missing/dir/x.graphml") + "'";
  Parser parser(bad);
  Result<Statement> parsed = parser.next();
  REQUIRE(parsed.ok());
  Result<BoundStatement> bound = Binder(bad, f.dictionary, f.catalog).bind(*parsed);
  REQUIRE(bound.ok());
  const Result<Answer> failed =
      Executor(f.world.store(), f.catalog, f.graphs).execute(Planner(f.catalog).plan(*bound));
  CHECK(failed.status().code() == Status::Code::kIOError);
  CHECK(failed.status().message().starts_with("cannot write"));
}

}  // namespace entente::query
