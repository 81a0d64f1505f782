// Actors as events name them: the entity a mention resolved to and its scoring key
// (CODING.md section 3).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

// Stored on disk as its numeric value: do not reorder; add new types at the end.
enum class EntityType : std::uint8_t {
  kState = 0,   // a sovereign or de facto state: key ISO3
  kIgo = 1,     // an intergovernmental organisation or one of its bodies: key "un", "nato"
  kGroup = 2,   // a non-state group, named ("hezbollah") or unnamed ("SYR:REB")
  kPerson = 3,  // a person, keyed by the role held on the event's date
  kAgency = 4,  // a state body with its own name (a ministry, an intelligence service): key ISO3
};

std::string_view entity_type_name(EntityType type);  // "state", "igo", ...
std::optional<EntityType> parse_entity_type(std::string_view name);

// One side of an event: which entity, how it scores, and how the text named it.
struct ActorRef {
  std::string id;       // entity id: "SYR", "mike-pompeo", "hezbollah", "SYR:REB"
  std::string name;     // canonical name: "Syria", "Mike Pompeo"
  std::string key;      // scoring key on the event's date: "SYR", "USA", "hezbollah", "SYR:REB"
  std::string country;  // ISO3 of the home state, empty for IGOs
  std::string sector;   // "GOV", "MIL", "REB", ... or empty
  EntityType type = EntityType::kState;
  std::string mention;  // the words of the text that named it: "the Syrian regime"

  // The key at country level: ISO3 for anything with a home state, else the key itself.
  std::string_view country_key() const { return country.empty() ? std::string_view(key) : country; }
};

}  // namespace entente
