#include "graph/graph_view.h"

#include <doctest/doctest.h>

#include "graph/world.h"

namespace entente {
TEST_CASE("a tie graph holds each tie both ways, ordered by the other node") {
  const TieGraph graph = TieGraph::from_links(4, {{2, 0, testing::tie_of(5)},
                                                  {0, 1, testing::tie_of(-3)},
                                                  {1, 0, testing::tie_of(-1)},
                                                  {3, 2, testing::tie_of(2)}});
  CHECK(graph.node_count() == 4);
  CHECK(graph.tie_count() == 3);  // 0-1 given twice adds up
  REQUIRE(graph.tie(0, 1) != nullptr);
  CHECK(graph.tie(0, 1)->net() == -4);
  CHECK(graph.tie(1, 0)->net() == -4);
  CHECK(graph.tie(1, 0)->events == 2);
  CHECK(graph.tie(0, 3) == nullptr);
  CHECK(graph.tie(3, 3) == nullptr);
  std::vector<NodeIndex> others;
  graph.for_each_tie(0, [&](NodeIndex other, const Tie&) { others.push_back(other); });
  CHECK(others == std::vector<NodeIndex>{1, 2});
  CHECK(graph.degree(2) == 2);
  CHECK(graph.degree(3) == 1);
}

TEST_CASE("the tie graph read from a store has the ties read_ties finds") {
  testing::World world;
  const ActorCatalog catalog = *ActorCatalog::read(world.store(), nullptr);
  for (Level level : {Level::kEntity, Level::kCountry}) {
    CAPTURE(level_name(level));
    TieOptions options;
    options.level = level;
    const Result<TieGraph> graph = TieGraph::read(world.store(), catalog, options);
    REQUIRE(graph.ok());
    CHECK(graph->node_count() == catalog.nodes(level).size());
    std::size_t ties = 0;
    for (NodeIndex v = 0; v < graph->node_count(); ++v) {
      const Result<std::vector<NodeTie>> direct = read_ties(world.store(), catalog, v, options);
      REQUIRE(direct.ok());
      CHECK(direct->size() == graph->degree(v));
      for (const NodeTie& t : *direct) {
        const Tie* tie = graph->tie(v, t.other);
        REQUIRE(tie != nullptr);
        CHECK(tie->net() == doctest::Approx(t.tie.net()));
        CHECK(tie->events == t.tie.events);
        CHECK(tie->last == t.tie.last);
      }
      ties += direct->size();
    }
    CHECK(graph->tie_count() * 2 == ties);
  }
}

}  // namespace entente
