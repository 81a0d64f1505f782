#include "core/actor.h"

#include <array>

namespace entente {
namespace {

constexpr std::array<std::string_view, 5> kTypeNames = {"state", "igo", "group", "person", "agency"};

}  // namespace

std::string_view entity_type_name(EntityType type) {
  return kTypeNames[static_cast<std::size_t>(type)];
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
    if (kTypeNames[i] == name) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

}  // namespace entente
