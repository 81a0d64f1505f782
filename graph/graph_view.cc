#include "graph/graph_view.h"

#include <algorithm>
#include <unordered_map>

namespace entente {

Result<TieGraph> TieGraph::read(const Store& store, const ActorCatalog& catalog, const TieOptions& options) {
  std::unordered_map<std::uint64_t, Tie> ties;  // key: lesser node << 32 | greater node
  for (ActorIndex actor = 0; actor < catalog.actors().size(); ++actor) {
    const NodeIndex self = catalog.node_of(options.level, actor);
    Status scanned =
        scan_actor_ties(store, catalog, actor, true, false, options, [&](NodeIndex other, const Tie& tie) {
          const std::uint64_t key = std::uint64_t{std::min(self, other)} << 32 | std::max(self, other);
          ties[key].add(tie);
        });
    if (!scanned.ok()) return scanned;
  }
  std::vector<Link> links;
  links.reserve(ties.size());
  for (const auto& [key, tie] : ties) {
    links.push_back(Link{static_cast<NodeIndex>(key >> 32), static_cast<NodeIndex>(key & 0xffffffffu), tie});
  }
  return from_links(catalog.nodes(options.level).size(), std::move(links));
}

TieGraph TieGraph::from_links(std::size_t node_count, std::vector<Link> links) {
  // Both arcs of each link, ordered by source and then target, with equal pairs merged.
  std::vector<Link> arcs;
  arcs.reserve(links.size() * 2);
  for (const Link& link : links) {
    arcs.push_back(link);
    arcs.push_back(Link{link.b, link.a, link.tie});
  }
  std::sort(arcs.begin(), arcs.end(),
            [](const Link& x, const Link& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
  std::vector<std::pair<NodeIndex, NodeIndex>> ends;
  std::vector<Tie> properties;
  ends.reserve(arcs.size());
  properties.reserve(arcs.size());
  for (const Link& arc : arcs) {
    if (!ends.empty() && ends.back() == std::pair{arc.a, arc.b}) {
      properties.back().add(arc.tie);
      continue;
    }
    ends.emplace_back(arc.a, arc.b);
    properties.push_back(arc.tie);
  }
  TieGraph view;
  view.graph_ = Graph(boost::edges_are_sorted, ends.begin(), ends.end(), properties.begin(), node_count);
  return view;
}

const Tie* TieGraph::tie(NodeIndex a, NodeIndex b) const {
  const auto [first, last] = boost::adjacent_vertices(a, graph_);
  const auto found = std::lower_bound(first, last, b);
  if (found == last || *found != b) return nullptr;
  const Edge row_start = *boost::out_edges(a, graph_).first;
  return &graph_[Edge(a, row_start.idx + static_cast<std::uint32_t>(found - first))];
}

}  // namespace entente
