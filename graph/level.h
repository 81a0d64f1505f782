// The level a graph is drawn at: one node per actor, or one per state with its people, bodies and
// domestic groups folded in. Exports and queries fold the same way.
#pragma once

#include <optional>
#include <string_view>

#include "graph/store.h"

namespace entente {

enum class Level {
  kEntity,   // one node per actor id: "mike-pompeo", "USA", "SYR:REB"
  kCountry,  // actors with a home state become that state: "mike-pompeo" -> "USA"
};

std::string_view level_name(Level level);  // "entity", "country"
// Returns the level named `name`, or nullopt.
std::optional<Level> parse_level(std::string_view name);

// The node that `actor` is at `level`: its own id at entity level; at country level its home
// state when it has one (persons, agencies, sectors, groups with a country), else its own id
// (IGOs, groups without a country). The result points into `actor`.
std::string_view node_id(const StoredActor& actor, Level level);

}  // namespace entente
