// The stored actors held in memory for queries: numbered densely, found by id or name, and folded
// into the nodes of a level (graph/level.h). Reading it is one scan of the store's actors; a query
// session reads it once.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dictionary.h"
#include "core/string_map.h"
#include "graph/level.h"
#include "graph/store.h"

namespace entente {

using ActorIndex = std::uint32_t;  // into ActorCatalog::actors()
using NodeIndex = std::uint32_t;   // into ActorCatalog::nodes(level)

// A node of the graph at one level: one actor, or a state with its people, bodies and domestic
// groups folded into it.
struct GraphNode {
  std::string id;  // node_id() of its members: "USA", "mike-pompeo", "hezbollah"
  std::string name;
  EntityType type = EntityType::kState;
  std::vector<ActorIndex> members;  // the stored actors it stands for, ordered by id
};

class ActorCatalog {
 public:
  // Reads every actor of `store`. `names` (may be null) names the state nodes that no stored actor
  // is (a state known only through its officials); without it their name is their id.
  // Returns the store's error when reading fails.
  static Result<ActorCatalog> read(const Store& store, const Dictionary* names);

  // Every stored actor, ordered by id.
  std::span<const StoredActor> actors() const { return actors_; }
  // Returns the index of the stored actor with this id, or nullopt.
  std::optional<ActorIndex> find(std::string_view actor_id) const;
  // Returns the first actor (by id) whose id or name equals `text` ignoring case, or nullopt.
  std::optional<ActorIndex> find_by_name(std::string_view text) const;

  // The nodes at `level`, ordered by id.
  std::span<const GraphNode> nodes(Level level) const { return levels_[index(level)].nodes; }
  // Returns the node with this id at `level`, or nullopt.
  std::optional<NodeIndex> find_node(Level level, std::string_view node_id) const;
  // REQUIRES: actor < actors().size()
  NodeIndex node_of(Level level, ActorIndex actor) const { return levels_[index(level)].node_of[actor]; }
  // The node that the actor with this id is at `level`, or nullopt for an id never stored.
  std::optional<NodeIndex> node_of(Level level, std::string_view actor_id) const;

  // The latest day any actor was seen: "now" for a store, when no date is given.
  Date last_seen() const { return last_seen_; }

 private:
  using IdMap = StringMap<std::uint32_t>;
  struct LevelNodes {
    std::vector<GraphNode> nodes;
    std::vector<NodeIndex> node_of;  // by actor index
    IdMap by_id;
  };
  static std::size_t index(Level level) { return level == Level::kCountry ? 1 : 0; }
  void fold(Level level, const Dictionary* names);

  std::vector<StoredActor> actors_;
  IdMap actor_by_id_;
  LevelNodes levels_[2];
  Date last_seen_ = kMinDate;
};

}  // namespace entente
