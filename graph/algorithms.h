// Algorithms over a TieGraph (graph/graph_view.h): k-hop neighbourhoods, the strongest short
// paths between two nodes, two-step signed walks ("enemies of my enemies"), and a partition into
// camps by structural balance (Heider; Cartwright and Harary). A tie is friendly when its net
// weight is positive and hostile when negative; ties netting zero have no sign.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/graph_view.h"

namespace entente {

// Hops from `start` to every node: 0 for the start, kUnreached when not connected.
inline constexpr int kUnreached = -1;
std::vector<int> hop_distances(const TieGraph& graph, NodeIndex start);

struct Reached {
  NodeIndex node = 0;
  int hops = 0;  // 0 for the start
  // For hops >= 1: the node one hop nearer the start that `node` is most strongly tied to, and
  // that tie.
  NodeIndex via = 0;
  const Tie* tie = nullptr;
};

// The nodes within `depth` hops of `start`, the start first, then by hops, by the strength of
// their tie with `via` (strongest first) and by node.
std::vector<Reached> neighbourhood(const TieGraph& graph, NodeIndex start, int depth);

struct TiePath {
  std::vector<NodeIndex> nodes;  // `from` first, `to` last
  double cost = 0;
};

// The `count` cheapest simple paths from `from` to `to` of at most `max_hops` ties, where a tie
// of strength s costs 1/s (the distance of weighted network analysis: strong ties are short).
// Cheapest first; equal costs by fewer hops, then in the order found. Found by a best-first
// search bounded below by each node's cheapest distance to `to` (Dijkstra), so that the first
// complete paths are the cheapest. The search gives up after `max_partial_paths` partial paths
// and returns what it found.
std::vector<TiePath> strongest_paths(const TieGraph& graph, NodeIndex from, NodeIndex to, int max_hops,
                                     std::size_t count, std::size_t max_partial_paths = 4'000'000);

struct WalkEnd {
  NodeIndex node = 0;
  // Over the walks start - middle - node: the sum of the weaker tie's absolute net weight.
  double score = 0;
  std::vector<NodeIndex> middles;  // strongest walk first
};

// Where two-step walks from `start` end: first along a tie of sign `first`, then along a tie of
// sign `second`, ending anywhere but `start`. Ordered by score (highest first), then by node.
std::vector<WalkEnd> signed_walks(const TieGraph& graph, NodeIndex start, TieSign first, TieSign second);

struct BlocPartition {
  static constexpr int kNoBloc = -1;
  std::vector<int> bloc_of;  // by node; kNoBloc for nodes without a signed tie
  int blocs = 0;             // numbered from 0 by size, largest first
  std::uint64_t signed_ties = 0;
  std::uint64_t frustrated_ties = 0;  // friendly ties across blocs and hostile ties within one
  double frustration = 0;             // their absolute net weight
};

// Camps that keep friends together and enemies apart: each node in turn (strongest ties first)
// joins the bloc it has the highest net tie with, or a bloc of its own when that net is not
// positive; then nodes move between blocs while a move lowers the frustration (the relocation
// heuristic of Doreian and Mrvar). Deterministic.
BlocPartition partition_blocs(const TieGraph& graph);

struct TriangleBalance {
  std::uint64_t triangles = 0;  // of three signed ties
  std::uint64_t balanced = 0;   // with an even number of hostile ties
};

TriangleBalance triangle_balance(const TieGraph& graph);

}  // namespace entente
