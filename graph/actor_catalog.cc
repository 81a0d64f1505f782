#include "graph/actor_catalog.h"

#include <algorithm>
#include <numeric>

#include "core/text.h"

namespace entente {

Result<ActorCatalog> ActorCatalog::read(const Store& store, const Dictionary* names) {
  ActorCatalog catalog;
  Status scanned = store.scan_actors([&](const StoredActor& actor) {
    catalog.actors_.push_back(actor);
    return true;
  });
  if (!scanned.ok()) return scanned;
  for (std::uint32_t i = 0; i < catalog.actors_.size(); ++i) {
    catalog.actor_by_id_.emplace(catalog.actors_[i].id, i);
    catalog.last_seen_ = std::max(catalog.last_seen_, catalog.actors_[i].last_seen);
  }
  catalog.fold(Level::kEntity, names);
  catalog.fold(Level::kCountry, names);
  return catalog;
}

void ActorCatalog::fold(Level level, const Dictionary* names) {
  LevelNodes& folded = levels_[index(level)];
  std::vector<GraphNode> nodes;
  std::vector<NodeIndex> node_of(actors_.size());
  IdMap first_index;
  for (ActorIndex a = 0; a < actors_.size(); ++a) {
    const StoredActor& actor = actors_[a];
    const std::string_view id = node_id(actor, level);
    auto [it, added] = first_index.try_emplace(std::string(id), static_cast<NodeIndex>(nodes.size()));
    if (added) nodes.push_back(GraphNode{std::string(id), {}, EntityType::kState, {}});
    GraphNode& node = nodes[it->second];
    node.members.push_back(a);
    if (actor.id == id) {  // the node is this actor itself
      node.name = actor.name;
      node.type = actor.type;
    }
    node_of[a] = it->second;
  }
  for (GraphNode& node : nodes) {
    if (!node.name.empty()) continue;
    const Entity* entity = names != nullptr ? names->find(node.id) : nullptr;
    node.name = entity != nullptr ? entity->name : node.id;
  }
  // Ordered by id, so that results list nodes in a stable order.
  std::vector<NodeIndex> order(nodes.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](NodeIndex a, NodeIndex b) { return nodes[a].id < nodes[b].id; });
  std::vector<NodeIndex> rank(nodes.size());
  for (NodeIndex i = 0; i < order.size(); ++i) rank[order[i]] = i;
  folded.nodes.clear();
  folded.nodes.reserve(nodes.size());
  for (NodeIndex old : order) folded.nodes.push_back(std::move(nodes[old]));
  for (NodeIndex& n : node_of) n = rank[n];
  folded.node_of = std::move(node_of);
  for (NodeIndex i = 0; i < folded.nodes.size(); ++i) folded.by_id.emplace(folded.nodes[i].id, i);
}

std::optional<ActorIndex> ActorCatalog::find(std::string_view actor_id) const {
  const auto it = actor_by_id_.find(actor_id);
  if (it == actor_by_id_.end()) return std::nullopt;
  return it->second;
}

std::optional<ActorIndex> ActorCatalog::find_by_name(std::string_view text) const {
  for (ActorIndex a = 0; a < actors_.size(); ++a) {
    if (equals_ignore_case(actors_[a].id, text) || equals_ignore_case(actors_[a].name, text)) return a;
  }
  return std::nullopt;
}

std::optional<NodeIndex> ActorCatalog::find_node(Level level, std::string_view node_id) const {
  const IdMap& by_id = levels_[index(level)].by_id;
  const auto it = by_id.find(node_id);
  if (it == by_id.end()) return std::nullopt;
  return it->second;
}

std::optional<NodeIndex> ActorCatalog::node_of(Level level, std::string_view actor_id) const {
  const std::optional<ActorIndex> actor = find(actor_id);
  if (!actor) return std::nullopt;
  return node_of(level, *actor);
}

}  // namespace entente
