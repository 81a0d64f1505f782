// The statements answered by walking the tie graph of a whole level: path, neighbours, signed
// walks and blocs.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "graph/algorithms.h"
#include "query/answer.h"
#include "query/executor.h"

namespace entente::query {
namespace {

using detail::format_number;
using detail::format_signed;

using Nodes = std::span<const GraphNode>;

// The answer's graph: the given nodes, and the ties among them that `keep` accepts.
template <class Keep>
GraphDocument subgraph(const TieGraph& graph, Nodes nodes, const std::set<NodeIndex>& members, Keep&& keep) {
  GraphDocument document;
  for (NodeIndex v : members) {
    document.nodes.push_back(detail::node_document(nodes[v]));
    graph.for_each_tie(v, [&](NodeIndex u, const Tie& tie) {
      if (v < u && members.count(u) != 0 && keep(v, u)) {
        document.edges.push_back(detail::tie_document(nodes[v].id, nodes[u].id, tie));
      }
    });
  }
  return document;
}

Answer paths(const TieGraph& graph, Nodes nodes, const BoundPath& path, const Scope& scope) {
  Answer answer;
  QueryResult& table = answer.table;
  table.columns = {
      {"hops", QueryResult::Type::kInteger}, {"strength", QueryResult::Type::kNumber}, {"path"}, {"ties"}};
  if (!path.from.index || !path.to.index) return answer;
  const std::size_t count = scope.limit == 0 ? 100 : scope.limit;
  const std::vector<TiePath> found =
      strongest_paths(graph, *path.from.index, *path.to.index, path.max_hops, count);
  std::set<NodeIndex> members;
  std::set<std::pair<NodeIndex, NodeIndex>> steps;
  for (const TiePath& p : found) {
    std::string route, ties;
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
      members.insert(p.nodes[i]);
      route += (i == 0 ? "" : " - ") + nodes[p.nodes[i]].id;
      if (i == 0) continue;
      const Tie* tie = graph.tie(p.nodes[i - 1], p.nodes[i]);
      ties += (i == 1 ? "" : ", ") + format_signed(tie->net());
      steps.insert(std::minmax(p.nodes[i - 1], p.nodes[i]));
    }
    // The strength of the one tie that would cost as much as the path: its ties' strengths
    // added like resistors in series.
    table.rows.push_back({std::to_string(p.nodes.size() - 1), format_number(1 / p.cost), route, ties});
  }
  answer.graph = subgraph(graph, nodes, members, [&](NodeIndex a, NodeIndex b) {
    return steps.count({a, b}) != 0;
  });
  return answer;
}

Answer neighbours(const TieGraph& graph, Nodes nodes, const BoundNeighbours& query, const Scope& scope) {
  Answer answer;
  QueryResult& table = answer.table;
  table.columns = {{"actor"},
                   {"name"},
                   {"hops", QueryResult::Type::kInteger},
                   {"via"},
                   {"net", QueryResult::Type::kNumber},
                   {"events", QueryResult::Type::kInteger}};
  if (!query.actor.index) return answer;
  const std::vector<Reached> reached = neighbourhood(graph, *query.actor.index, query.depth);
  for (std::size_t i = 1; i < reached.size(); ++i) {
    const Reached& r = reached[i];
    table.rows.push_back({nodes[r.node].id, nodes[r.node].name, std::to_string(r.hops), nodes[r.via].id,
                          format_number(r.tie->net()), std::to_string(r.tie->events)});
  }
  detail::limit_rows(table, scope.limit);
  std::set<NodeIndex> members;
  for (std::size_t i = 0; i <= table.rows.size(); ++i) members.insert(reached[i].node);
  answer.graph = subgraph(graph, nodes, members, [](NodeIndex, NodeIndex) { return true; });
  return answer;
}

Answer walks(const TieGraph& graph, Nodes nodes, const BoundWalk& walk, const Scope& scope) {
  constexpr std::size_t kMiddlesShown = 5;
  Answer answer;
  QueryResult& table = answer.table;
  table.columns = {{"actor"},
                   {"name"},
                   {"score", QueryResult::Type::kNumber},
                   {"walks", QueryResult::Type::kInteger},
                   {"through"},
                   {"direct", QueryResult::Type::kNumber}};
  if (!walk.actor.index) return answer;
  const NodeIndex start = *walk.actor.index;
  const std::vector<WalkEnd> ends = signed_walks(graph, start, walk.first, walk.second);
  for (const WalkEnd& end : ends) {
    std::string through;
    for (std::size_t i = 0; i < end.middles.size() && i < kMiddlesShown; ++i) {
      through += (i == 0 ? "" : ", ") + nodes[end.middles[i]].id;
    }
    if (end.middles.size() > kMiddlesShown)
      through += fmt::format(" and {} more", end.middles.size() - kMiddlesShown);
    const Tie* direct = graph.tie(start, end.node);
    table.rows.push_back({nodes[end.node].id, nodes[end.node].name, format_number(end.score),
                          std::to_string(end.middles.size()), through,
                          direct != nullptr ? format_signed(direct->net()) : ""});
  }
  detail::limit_rows(table, scope.limit);
  std::set<NodeIndex> members{start};
  std::set<std::pair<NodeIndex, NodeIndex>> steps;  // start - middle and middle - end
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    members.insert(ends[i].node);
    for (NodeIndex middle : ends[i].middles) {
      members.insert(middle);
      steps.insert(std::minmax(start, middle));
      steps.insert(std::minmax(middle, ends[i].node));
    }
  }
  answer.graph = subgraph(graph, nodes, members, [&](NodeIndex a, NodeIndex b) {
    return steps.count({a, b}) != 0;
  });
  return answer;
}

Answer blocs(const TieGraph& graph, Nodes nodes, const Scope& scope) {
  Answer answer;
  QueryResult& table = answer.table;
  table.columns = {{"bloc", QueryResult::Type::kInteger},
                   {"actor"},
                   {"name"},
                   {"net in bloc", QueryResult::Type::kNumber}};
  const BlocPartition partition = partition_blocs(graph);
  const TriangleBalance balance = triangle_balance(graph);
  struct Member {
    int bloc;
    double net;
    NodeIndex node;
  };
  std::vector<Member> members;
  for (NodeIndex v = 0; v < graph.node_count(); ++v) {
    if (partition.bloc_of[v] == BlocPartition::kNoBloc) continue;
    Member m{partition.bloc_of[v], 0.0, v};
    graph.for_each_tie(v, [&](NodeIndex u, const Tie& tie) {
      if (partition.bloc_of[u] == m.bloc) m.net += tie.net();
    });
    members.push_back(m);
  }
  std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
    if (a.bloc != b.bloc) return a.bloc < b.bloc;
    if (a.net != b.net) return a.net > b.net;
    return a.node < b.node;
  });
  // A bloc of one is an actor with no friendly tie to any camp: counted, not listed.
  std::vector<std::size_t> sizes(static_cast<std::size_t>(partition.blocs), 0);
  for (const Member& m : members) ++sizes[static_cast<std::size_t>(m.bloc)];
  const auto camps =
      static_cast<int>(std::count_if(sizes.begin(), sizes.end(), [](std::size_t n) { return n > 1; }));
  for (const Member& m : members) {
    if (sizes[static_cast<std::size_t>(m.bloc)] < 2) continue;
    table.rows.push_back(
        {std::to_string(m.bloc + 1), nodes[m.node].id, nodes[m.node].name, format_number(m.net)});
  }
  table.summary.emplace_back(
      "blocs", fmt::format("{} of two or more actors; {} actors with no friendly tie to any", camps,
                           partition.blocs - camps));
  table.summary.emplace_back("balanced triangles",
                             balance.triangles == 0
                                 ? "none of 0"
                                 : fmt::format("{} of {} ({:.1f}%)", balance.balanced, balance.triangles,
                                               100.0 * static_cast<double>(balance.balanced) /
                                                   static_cast<double>(balance.triangles)));
  table.summary.emplace_back(
      "ties against the blocs",
      fmt::format("{} of {} signed ties", partition.frustrated_ties, partition.signed_ties));
  detail::limit_rows(table, scope.limit);
  for (const Member& m : members) {
    GraphDocument::Node node = detail::node_document(nodes[m.node]);
    if (sizes[static_cast<std::size_t>(m.bloc)] > 1)
      node.attributes.push_back({"bloc", static_cast<std::int64_t>(m.bloc + 1)});
    answer.graph.nodes.push_back(std::move(node));
    graph.for_each_tie(m.node, [&](NodeIndex u, const Tie& tie) {
      if (m.node < u && tie.net() != 0) {
        answer.graph.edges.push_back(detail::tie_document(nodes[m.node].id, nodes[u].id, tie));
      }
    });
  }
  return answer;
}

}  // namespace

Result<Answer> Executor::walk_graph(const GraphWalk& walk, const Scope& scope) {
  Result<const TieGraph*> graph = graphs_.get(store_, catalog_, walk.ties);
  if (!graph.ok()) return graph.status();
  const Nodes nodes = catalog_.nodes(walk.ties.level);
  return std::visit(Overloaded{
                        [&](const BoundPath& p) { return paths(**graph, nodes, p, scope); },
                        [&](const BoundNeighbours& n) { return neighbours(**graph, nodes, n, scope); },
                        [&](const BoundWalk& w) { return walks(**graph, nodes, w, scope); },
                        [&](const BoundBlocs&) { return blocs(**graph, nodes, scope); },
                    },
                    walk.walk);
}

}  // namespace entente::query
