#include "graph/level.h"

namespace entente {

std::string_view level_name(Level level) {
  return level == Level::kCountry ? "country" : "entity";
}

std::optional<Level> parse_level(std::string_view name) {
  for (Level level : {Level::kEntity, Level::kCountry}) {
    if (name == level_name(level)) return level;
  }
  return std::nullopt;
}

std::string_view node_id(const StoredActor& actor, Level level) {
  if (level == Level::kCountry && !actor.country.empty()) return actor.country;
  return actor.id;
}

}  // namespace entente
