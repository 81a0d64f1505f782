#include "graph/algorithms.h"

#include <doctest/doctest.h>

#include <cmath>

#include "graph/world.h"

namespace entente {
namespace {

// The made-up world's tie graph at entity level, and its nodes by id.
struct Fixture {
  testing::World world;
  ActorCatalog catalog = *ActorCatalog::read(world.store(), nullptr);
  TieGraph graph;

  explicit Fixture(const TieOptions& options = {}) {
    graph = *TieGraph::read(world.store(), catalog, options);
  }
  NodeIndex node(std::string_view id) const { return *catalog.find_node(Level::kEntity, id); }
  std::string id(NodeIndex v) const { return catalog.nodes(Level::kEntity)[v].id; }
  std::string route(const TiePath& path) const {
    std::string text;
    for (NodeIndex v : path.nodes) {
      if (!text.empty()) text += '-';
      text += id(v);
    }
    return text;
  }
};

}  // namespace

TEST_CASE("hop distances and k-hop neighbourhoods") {
  Fixture f;
  const std::vector<int> hops = hop_distances(f.graph, f.node("TUR"));
  CHECK(hops[f.node("TUR")] == 0);
  CHECK(hops[f.node("RUS")] == 1);
  CHECK(hops[f.node("USA")] == 2);
  CHECK(hops[f.node("hezbollah")] == 4);
  const TieGraph split = TieGraph::from_links(3, {{0, 1, testing::tie_of(1)}});
  CHECK(hop_distances(split, 0)[2] == kUnreached);

  const std::vector<Reached> reached = neighbourhood(f.graph, f.node("TUR"), 2);
  REQUIRE(reached.size() == 4);
  CHECK(reached[0].node == f.node("TUR"));
  CHECK(reached[0].hops == 0);
  CHECK(f.id(reached[1].node) == "RUS");
  CHECK(f.id(reached[1].via) == "TUR");
  // Two hops: Syria (tied 15 to Russia) before the United States (6).
  CHECK(f.id(reached[2].node) == "SYR");
  CHECK(f.id(reached[2].via) == "RUS");
  CHECK(reached[2].tie->net() == 15);
  CHECK(f.id(reached[3].node) == "USA");
  CHECK(reached[3].hops == 2);
  // At three hops Iran is tied as strongly to Syria (+15) as to the United States (-15): the
  // first of equally strong ties is the one kept.
  const std::vector<Reached> three = neighbourhood(f.graph, f.node("TUR"), 3);
  const auto iran =
      std::find_if(three.begin(), three.end(), [&](const Reached& r) { return f.id(r.node) == "IRN"; });
  REQUIRE(iran != three.end());
  CHECK(iran->hops == 3);
  CHECK(f.id(iran->via) == "SYR");
  CHECK(iran->tie->strength() == 15);
}

TEST_CASE("strongest paths: cheapest first where a tie of strength s costs 1/s") {
  Fixture f;
  const std::vector<TiePath> paths = strongest_paths(f.graph, f.node("ISR"), f.node("SYR"), 3, 10);
  std::vector<std::string> routes;
  for (const TiePath& p : paths) routes.push_back(f.route(p));
  CHECK(routes == std::vector<std::string>{"ISR-IRN-SYR", "ISR-USA-SYR", "ISR-USA-IRN-SYR",
                                           "ISR-hezbollah-IRN-SYR", "ISR-IRN-USA-SYR", "ISR-USA-RUS-SYR"});
  CHECK(paths[0].cost == doctest::Approx(1 / 9.0 + 1 / 15.0));
  CHECK(paths[1].cost == doctest::Approx(1 / 14.5 + 1 / 9.0));
  for (std::size_t i = 1; i < paths.size(); ++i) CHECK(paths[i - 1].cost <= paths[i].cost);
  // Fewer wanted, fewer hops allowed.
  CHECK(strongest_paths(f.graph, f.node("ISR"), f.node("SYR"), 3, 2).size() == 2);
  CHECK(strongest_paths(f.graph, f.node("ISR"), f.node("SYR"), 2, 10).size() == 2);
  CHECK(strongest_paths(f.graph, f.node("ISR"), f.node("SYR"), 1, 10).empty());
  CHECK(strongest_paths(f.graph, f.node("ISR"), f.node("ISR"), 3, 10).empty());
  // The search gives up when partial paths run out, keeping what it found.
  CHECK(strongest_paths(f.graph, f.node("ISR"), f.node("SYR"), 3, 10, 4).size() < paths.size());
}

TEST_CASE("strongest paths follow only the ties of the relations asked for") {
  TieOptions hostile;
  hostile.relations = relations_of_sign(-1);
  Fixture f(hostile);
  const std::vector<TiePath> paths = strongest_paths(f.graph, f.node("ISR"), f.node("SYR"), 3, 10);
  REQUIRE(paths.size() == 1);
  CHECK(f.route(paths[0]) == "ISR-IRN-USA-SYR");
}

TEST_CASE("a strong detour beats a weak direct tie") {
  const TieGraph graph = TieGraph::from_links(
      3, {{0, 2, testing::tie_of(1)}, {0, 1, testing::tie_of(10)}, {1, 2, testing::tie_of(10)}});
  const std::vector<TiePath> paths = strongest_paths(graph, 0, 2, 3, 5);
  REQUIRE(paths.size() == 2);
  CHECK(paths[0].nodes == std::vector<NodeIndex>{0, 1, 2});
  CHECK(paths[0].cost == doctest::Approx(0.2));
  CHECK(paths[1].nodes == std::vector<NodeIndex>{0, 2});
}

TEST_CASE("two-step signed walks: enemies of enemies and friends of enemies") {
  Fixture f;
  const std::vector<WalkEnd> foes =
      signed_walks(f.graph, f.node("USA"), TieSign::kHostile, TieSign::kHostile);
  REQUIRE(foes.size() == 4);
  CHECK(f.id(foes[0].node) == "ISR");  // through Iran: the weaker of 15 and 9
  CHECK(foes[0].score == 9);
  CHECK(foes[0].middles == std::vector<NodeIndex>{f.node("IRN")});
  CHECK(f.id(foes[1].node) == "SAU");
  CHECK(f.id(foes[2].node) == "TUR");  // through Russia: min(6, 6.5); equal scores by node
  CHECK(foes[2].score == 6);
  CHECK(f.id(foes[3].node) == "mike-pompeo");

  const std::vector<WalkEnd> friends =
      signed_walks(f.graph, f.node("USA"), TieSign::kHostile, TieSign::kFriendly);
  REQUIRE(friends.size() == 4);
  CHECK(f.id(friends[0].node) == "SYR");  // Iran's friend (15) and Russia's (min(6, 15))
  CHECK(friends[0].score == 21);
  CHECK(friends[0].middles == std::vector<NodeIndex>{f.node("IRN"), f.node("RUS")});
  CHECK(f.id(friends[1].node) == "hezbollah");
  CHECK(friends[1].score == 10);
  CHECK(f.id(friends[2].node) == "IRN");
  CHECK(f.id(friends[3].node) == "RUS");
  CHECK(signed_walks(f.graph, f.node("TUR"), TieSign::kFriendly, TieSign::kFriendly).empty());
}

TEST_CASE("blocs keep friends together and enemies apart") {
  Fixture f;
  const BlocPartition blocs = partition_blocs(f.graph);
  auto bloc = [&](std::string_view id) { return blocs.bloc_of[f.node(id)]; };
  CHECK(blocs.blocs == 4);
  CHECK(bloc("IRN") == 0);  // the largest bloc first
  CHECK(bloc("SYR") == 0);
  CHECK(bloc("RUS") == 0);
  CHECK(bloc("hezbollah") == 0);
  CHECK(bloc("USA") == 1);
  CHECK(bloc("ISR") == 1);
  CHECK(bloc("SAU") == 1);
  CHECK(bloc("TUR") >= 2);  // hostile to all it is tied to: a bloc of its own
  CHECK(bloc("mike-pompeo") >= 2);
  CHECK(bloc("TUR") != bloc("mike-pompeo"));
  CHECK(blocs.signed_ties == 13);
  CHECK(blocs.frustrated_ties == 0);
  CHECK(blocs.frustration == 0);

  const TriangleBalance balance = triangle_balance(f.graph);
  CHECK(balance.triangles == 5);
  CHECK(balance.balanced == 5);
}

TEST_CASE("an unbalanced triangle is counted and frustrates any partition") {
  // 0 and 1 are friends, both friends of 2, yet 0 and 2 are enemies: one tie must be frustrated.
  const TieGraph graph = TieGraph::from_links(4, {{0, 1, testing::tie_of(5)},
                                                  {1, 2, testing::tie_of(4)},
                                                  {0, 2, testing::tie_of(-1)},
                                                  {2, 3, testing::tie_of(-2)}});
  const TriangleBalance balance = triangle_balance(graph);
  CHECK(balance.triangles == 1);
  CHECK(balance.balanced == 0);
  const BlocPartition blocs = partition_blocs(graph);
  CHECK(blocs.bloc_of[0] == blocs.bloc_of[1]);
  CHECK(blocs.bloc_of[1] == blocs.bloc_of[2]);  // keeping 4 + 5 together outweighs the enmity of 1
  CHECK(blocs.bloc_of[3] != blocs.bloc_of[2]);
  CHECK(blocs.frustrated_ties == 1);
  CHECK(blocs.frustration == 1);
  // A node with no signed tie has no bloc.
  Tie neutral;
  neutral.cooperative = neutral.hostile = 3;
  const BlocPartition none = partition_blocs(TieGraph::from_links(2, {{0, 1, neutral}}));
  CHECK(none.bloc_of == std::vector<int>{BlocPartition::kNoBloc, BlocPartition::kNoBloc});
  CHECK(none.blocs == 0);
}

}  // namespace entente
