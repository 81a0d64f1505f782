#include "core/dictionary_check.h"

#include <fmt/format.h>

#include <algorithm>

namespace entente {
namespace {

void report(Diagnostics& diagnostics, const SourceLine& at, std::string message) {
  diagnostics.report(at.file, at.line, std::move(message));
}

bool is_state(const Dictionary& dictionary, std::string_view iso3) {
  const Entity* entity = dictionary.find(iso3);
  return entity != nullptr && entity->type == EntityType::kState;
}

// A key is a state (ISO3), a state with a sector (ISO3:SECTOR), or a lower-case slug.
bool is_known_key(const Dictionary& dictionary, std::string_view key) {
  if (key.empty()) return false;
  if (key.front() >= 'a' && key.front() <= 'z') return true;
  const std::size_t colon = key.find(':');
  if (colon == std::string_view::npos) return is_state(dictionary, key);
  return is_state(dictionary, key.substr(0, colon)) &&
         dictionary.find_sector(key.substr(colon + 1)) != nullptr;
}

void check_roles(const Dictionary& dictionary, const Entity& entity, Diagnostics& diagnostics) {
  std::vector<const Role*> roles;
  for (const Role& role : entity.roles) {
    roles.push_back(&role);
    if (!is_known_key(dictionary, role.key)) {
      report(diagnostics, role.origin,
             fmt::format("{}: role key '{}' names no known state", entity.id, role.key));
    }
  }
  std::sort(roles.begin(), roles.end(),
            [](const Role* a, const Role* b) { return a->dates.first < b->dates.first; });
  for (std::size_t i = 1; i < roles.size(); ++i) {
    if (roles[i]->dates.first <= roles[i - 1]->dates.last) {
      report(diagnostics, roles[i]->origin,
             fmt::format("{}: role '{}' overlaps '{}' (line {})", entity.id, roles[i]->title,
                         roles[i - 1]->title, roles[i - 1]->origin.line));
    }
  }
}

}  // namespace

void check_dictionary(const Dictionary& dictionary, Diagnostics& diagnostics) {
  for (const Entity& entity : dictionary.entities()) {
    if (!entity.country.empty() && !is_state(dictionary, entity.country)) {
      report(diagnostics, entity.origin,
             fmt::format("{}: country '{}' is not a state in the dictionaries", entity.id, entity.country));
    }
    if (entity.type != EntityType::kPerson && !is_known_key(dictionary, entity.key)) {
      report(diagnostics, entity.origin,
             fmt::format("{}: key '{}' names no known state", entity.id, entity.key));
    }
    check_roles(dictionary, entity, diagnostics);
  }
}

}  // namespace entente
