#include "graph/algorithms.h"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <queue>
#include <tuple>
#include <unordered_map>

namespace entente {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::optional<TieSign> sign_of(const Tie& tie) {
  if (tie.net() > 0) return TieSign::kFriendly;
  if (tie.net() < 0) return TieSign::kHostile;
  return std::nullopt;
}

// The cost of crossing a tie; ties without weight cannot be crossed.
double tie_cost(const Tie& tie) {
  return tie.strength() > 0 ? 1.0 / tie.strength() : kInfinity;
}

}  // namespace

std::vector<int> hop_distances(const TieGraph& graph, NodeIndex start) {
  std::vector<int> hops(graph.node_count(), kUnreached);
  hops[start] = 0;
  boost::breadth_first_search(
      graph.graph(), start,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(
          boost::make_iterator_property_map(hops.begin(), boost::get(boost::vertex_index, graph.graph())),
          boost::on_tree_edge()))));
  return hops;
}

std::vector<Reached> neighbourhood(const TieGraph& graph, NodeIndex start, int depth) {
  const std::vector<int> hops = hop_distances(graph, start);
  std::vector<Reached> reached{Reached{start, 0, start, nullptr}};
  for (NodeIndex v = 0; v < hops.size(); ++v) {
    if (hops[v] < 1 || hops[v] > depth) continue;
    Reached r{v, hops[v], start, nullptr};
    graph.for_each_tie(v, [&](NodeIndex u, const Tie& tie) {
      if (hops[u] == hops[v] - 1 && (r.tie == nullptr || tie.strength() > r.tie->strength())) {
        r.via = u;
        r.tie = &tie;
      }
    });
    reached.push_back(r);
  }
  std::sort(reached.begin() + 1, reached.end(), [](const Reached& a, const Reached& b) {
    if (a.hops != b.hops) return a.hops < b.hops;
    if (a.tie->strength() != b.tie->strength()) return a.tie->strength() > b.tie->strength();
    return a.node < b.node;
  });
  return reached;
}

std::vector<TiePath> strongest_paths(const TieGraph& graph, NodeIndex from, NodeIndex to, int max_hops,
                                     std::size_t count, std::size_t max_partial_paths) {
  if (from == to || count == 0 || max_hops < 1) return {};
  const TieGraph::Graph& g = graph.graph();
  // Lower bounds on what remains from any node: the fewest hops and the cheapest cost to `to`.
  const std::vector<int> hops_left = hop_distances(graph, to);
  if (hops_left[from] == kUnreached || hops_left[from] > max_hops) return {};
  std::vector<double> cost_left(graph.node_count(), kInfinity);
  boost::dijkstra_shortest_paths(
      g, to,
      boost::weight_map(boost::make_function_property_map<TieGraph::Edge>(
                            [&g](const TieGraph::Edge& e) { return tie_cost(g[e]); }))
          .distance_map(
              boost::make_iterator_property_map(cost_left.begin(), boost::get(boost::vertex_index, g))));

  // Partial paths as a tree of parent links; the queue orders them by their lower bound.
  struct Partial {
    NodeIndex node;
    std::uint32_t parent;
    int hops;
    double cost;
  };
  constexpr std::uint32_t kRoot = std::numeric_limits<std::uint32_t>::max();
  std::vector<Partial> partials{Partial{from, kRoot, 0, 0.0}};
  using Entry = std::tuple<double, int, std::uint32_t>;  // bound, hops, partial
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
  queue.emplace(cost_left[from], 0, 0);
  auto on_path = [&](std::uint32_t partial, NodeIndex v) {
    for (; partial != kRoot; partial = partials[partial].parent) {
      if (partials[partial].node == v) return true;
    }
    return false;
  };

  std::vector<TiePath> paths;
  while (!queue.empty() && paths.size() < count) {
    const std::uint32_t at = std::get<2>(queue.top());
    queue.pop();
    const Partial p = partials[at];
    if (p.node == to) {
      TiePath path{{}, p.cost};
      for (std::uint32_t i = at; i != kRoot; i = partials[i].parent) path.nodes.push_back(partials[i].node);
      std::reverse(path.nodes.begin(), path.nodes.end());
      paths.push_back(std::move(path));
      continue;
    }
    bool full = false;
    graph.for_each_tie(p.node, [&](NodeIndex v, const Tie& tie) {
      const double cost = p.cost + tie_cost(tie);
      if (full || std::isinf(cost) || hops_left[v] == kUnreached || p.hops + 1 + hops_left[v] > max_hops ||
          on_path(at, v)) {
        return;
      }
      if (partials.size() >= max_partial_paths) {
        full = true;
        return;
      }
      partials.push_back(Partial{v, at, p.hops + 1, cost});
      queue.emplace(cost + cost_left[v], p.hops + 1, static_cast<std::uint32_t>(partials.size() - 1));
    });
    if (full) break;
  }
  return paths;
}

std::vector<WalkEnd> signed_walks(const TieGraph& graph, NodeIndex start, TieSign first, TieSign second) {
  struct End {
    double score = 0;
    std::vector<std::pair<double, NodeIndex>> middles;  // (walk weight, middle node)
  };
  std::unordered_map<NodeIndex, End> ends;
  graph.for_each_tie(start, [&](NodeIndex middle, const Tie& first_tie) {
    if (sign_of(first_tie) != first) return;
    graph.for_each_tie(middle, [&](NodeIndex end, const Tie& second_tie) {
      if (end == start || sign_of(second_tie) != second) return;
      const double weight = std::min(std::abs(first_tie.net()), std::abs(second_tie.net()));
      End& e = ends[end];
      e.score += weight;
      e.middles.emplace_back(weight, middle);
    });
  });
  std::vector<WalkEnd> walks;
  walks.reserve(ends.size());
  for (auto& [node, end] : ends) {
    std::sort(end.middles.begin(), end.middles.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    WalkEnd walk{node, end.score, {}};
    for (const auto& [weight, middle] : end.middles) walk.middles.push_back(middle);
    walks.push_back(std::move(walk));
  }
  std::sort(walks.begin(), walks.end(), [](const WalkEnd& a, const WalkEnd& b) {
    return a.score != b.score ? a.score > b.score : a.node < b.node;
  });
  return walks;
}

BlocPartition partition_blocs(const TieGraph& graph) {
  const std::size_t n = graph.node_count();
  BlocPartition result;
  result.bloc_of.assign(n, BlocPartition::kNoBloc);
  std::vector<double> weight(n, 0.0);  // the absolute net weight of each node's signed ties
  std::vector<NodeIndex> order;
  for (NodeIndex v = 0; v < n; ++v) {
    graph.for_each_tie(v, [&](NodeIndex, const Tie& tie) { weight[v] += std::abs(tie.net()); });
    if (weight[v] > 0) order.push_back(v);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](NodeIndex a, NodeIndex b) { return weight[a] > weight[b]; });

  std::vector<int>& bloc_of = result.bloc_of;
  std::vector<std::size_t> sizes;   // by bloc; blocs emptied by moves stay until renumbering
  std::vector<double> net_with;     // by bloc: the net weight of one node's ties into it
  std::vector<NodeIndex> seen_for;  // by bloc: the node whose ties last touched it
  std::vector<int> touched;
  // The bloc that `v` has the highest net tie with, counting a bloc of its own as 0; its current
  // bloc unless another is strictly better. Returns sizes.size() for a new bloc.
  auto best_bloc = [&](NodeIndex v) {
    net_with.resize(sizes.size(), 0.0);
    seen_for.resize(sizes.size(), static_cast<NodeIndex>(n));
    touched.clear();
    graph.for_each_tie(v, [&](NodeIndex u, const Tie& tie) {
      const int b = bloc_of[u];
      if (b == BlocPartition::kNoBloc || tie.net() == 0) return;
      if (seen_for[b] != v) {
        seen_for[b] = v;
        net_with[b] = 0;
        touched.push_back(b);
      }
      net_with[b] += tie.net();
    });
    const int current = bloc_of[v];
    const int alone = static_cast<int>(sizes.size());
    int best = current == BlocPartition::kNoBloc ? alone : current;
    double best_net = 0;
    if (current != BlocPartition::kNoBloc && sizes[current] > 1) {
      best_net = seen_for[current] == v ? net_with[current] : 0.0;
      if (best_net < 0) {
        best = alone;
        best_net = 0;
      }
    }
    std::sort(touched.begin(), touched.end());
    for (int b : touched) {
      if (b != current && net_with[b] > best_net) {
        best = b;
        best_net = net_with[b];
      }
    }
    for (int b : touched) seen_for[b] = static_cast<NodeIndex>(n);
    return best;
  };
  auto move_to = [&](NodeIndex v, int bloc) {
    if (bloc_of[v] != BlocPartition::kNoBloc) --sizes[bloc_of[v]];
    if (bloc == static_cast<int>(sizes.size())) sizes.push_back(0);
    ++sizes[bloc];
    bloc_of[v] = bloc;
  };
  for (NodeIndex v : order) move_to(v, best_bloc(v));
  // Relocation: each move strictly raises the net weight inside blocs, so the passes end.
  for (bool moved = true; moved;) {
    moved = false;
    for (NodeIndex v : order) {
      const int best = best_bloc(v);
      if (best == bloc_of[v]) continue;
      move_to(v, best);
      moved = true;
    }
  }

  // Number the blocs by size, largest first; equal sizes by their first node.
  std::vector<int> first_node(sizes.size(), std::numeric_limits<int>::max());
  for (NodeIndex v : order)
    first_node[bloc_of[v]] = std::min<int>(first_node[bloc_of[v]], static_cast<int>(v));
  std::vector<int> blocs;
  for (int b = 0; b < static_cast<int>(sizes.size()); ++b) {
    if (sizes[b] > 0) blocs.push_back(b);
  }
  std::sort(blocs.begin(), blocs.end(), [&](int a, int b) {
    return sizes[a] != sizes[b] ? sizes[a] > sizes[b] : first_node[a] < first_node[b];
  });
  std::vector<int> number(sizes.size(), BlocPartition::kNoBloc);
  for (int i = 0; i < static_cast<int>(blocs.size()); ++i) number[blocs[i]] = i;
  for (NodeIndex v : order) bloc_of[v] = number[bloc_of[v]];
  result.blocs = static_cast<int>(blocs.size());

  for (NodeIndex v : order) {
    graph.for_each_tie(v, [&](NodeIndex u, const Tie& tie) {
      if (u < v || tie.net() == 0) return;  // each tie once
      ++result.signed_ties;
      if ((tie.net() > 0) != (bloc_of[u] == bloc_of[v])) {
        ++result.frustrated_ties;
        result.frustration += std::abs(tie.net());
      }
    });
  }
  return result;
}

TriangleBalance triangle_balance(const TieGraph& graph) {
  const std::size_t n = graph.node_count();
  // Each triangle is found once, from its lowest node in the order (signed degree, index).
  std::vector<std::size_t> degree(n, 0);
  for (NodeIndex v = 0; v < n; ++v) {
    graph.for_each_tie(v, [&](NodeIndex, const Tie& tie) { degree[v] += tie.net() != 0; });
  }
  auto before = [&](NodeIndex a, NodeIndex b) {
    return degree[a] != degree[b] ? degree[a] < degree[b] : a < b;
  };
  std::vector<std::vector<std::pair<NodeIndex, int>>> later(n);  // signed ties to later nodes
  for (NodeIndex v = 0; v < n; ++v) {
    graph.for_each_tie(v, [&](NodeIndex u, const Tie& tie) {
      if (tie.net() != 0 && before(v, u)) later[v].emplace_back(u, tie.net() > 0 ? 1 : -1);
    });
  }
  TriangleBalance balance;
  std::vector<int> sign_from(n, 0);
  for (NodeIndex v = 0; v < n; ++v) {
    for (const auto& [u, sign] : later[v]) sign_from[u] = sign;
    for (const auto& [u, vu] : later[v]) {
      for (const auto& [w, uw] : later[u]) {
        if (sign_from[w] == 0) continue;
        ++balance.triangles;
        balance.balanced += vu * uw * sign_from[w] > 0;
      }
    }
    for (const auto& [u, sign] : later[v]) sign_from[u] = 0;
  }
  return balance;
}

}  // namespace entente
