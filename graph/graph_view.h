// The ties among all the nodes of one level as a Boost.Graph, for the statements that walk the
// graph (paths, neighbourhoods, signed walks, blocs). Ties have no direction: each is stored as
// two arcs of a compressed sparse row graph, so that out_edges(v) are all of v's ties, ordered by
// the other node.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <vector>

#include "graph/ties.h"

namespace entente {

class TieGraph {
 public:
  using Graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Tie,
                                                   boost::no_property, NodeIndex, std::uint32_t>;
  using Edge = boost::graph_traits<Graph>::edge_descriptor;

  // Two nodes and the tie between them.
  struct Link {
    NodeIndex a = 0;
    NodeIndex b = 0;
    Tie tie;
  };

  TieGraph() = default;

  // Reads the ties among every node of catalog.nodes(options.level): one scan of each stored
  // actor's out dyads, so that each dyad is read once. Returns the store's error when reading fails.
  static Result<TieGraph> read(const Store& store, const ActorCatalog& catalog, const TieOptions& options);
  // The graph of `links` over nodes 0..node_count-1; links between the same two nodes add up.
  // REQUIRES: every a and b < node_count, and a != b.
  static TieGraph from_links(std::size_t node_count, std::vector<Link> links);

  const Graph& graph() const { return graph_; }
  std::size_t node_count() const { return boost::num_vertices(graph_); }
  std::size_t tie_count() const { return boost::num_edges(graph_) / 2; }
  // The tie between `a` and `b`, or nullptr when they have none.
  const Tie* tie(NodeIndex a, NodeIndex b) const;
  // The ties of `v` as (other node, tie), ordered by the other node.
  template <class Visit>
  void for_each_tie(NodeIndex v, Visit&& visit) const {
    for (auto [it, end] = boost::out_edges(v, graph_); it != end; ++it)
      visit(boost::target(*it, graph_), graph_[*it]);
  }
  std::size_t degree(NodeIndex v) const { return boost::out_degree(v, graph_); }

 private:
  Graph graph_;
};

}  // namespace entente
