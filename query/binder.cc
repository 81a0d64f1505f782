#include "query/binder.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/text.h"

namespace entente::query {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

Result<BoundStatement> Binder::bind(const Statement& statement) {
  const auto& events = std::get<EventsStatement>(statement);
  BoundEvents bound;
  for (auto [name, slot] : {std::pair{&events.from, &bound.from}, {&events.to, &bound.to}}) {
    if (!*name) continue;
    Result<BoundActor> actor_result = actor(**name);
    if (!actor_result.ok()) return actor_result.status();
    *slot = std::move(*actor_result);
  }
  if (events.limit) bound.limit = *events.limit;
  return BoundStatement(std::move(bound));
}

// By entity id ("SYR", "hezbollah"), then by any name, seat or adjective in the dictionaries,
// then by the ids and names of actors in the store (actors that other dictionaries coded).
Result<BoundActor> Binder::actor(const ActorName& name) {
  if (const Entity* entity = dictionary_.find(name.text)) return BoundActor{entity->id, entity->name};
  for (const NameEntry& entry : dictionary_.lookup(normalize_phrase(name.text))) {
    if (entry.kind == NameKind::kSectorWord) continue;
    const Entity& entity = dictionary_.entities()[entry.index];
    return BoundActor{entity.id, entity.name};
  }
  std::optional<BoundActor> stored;
  Status scanned = store_.scan_actors([&](const StoredActor& a) {
    if (equals_ignore_case(a.id, name.text) || equals_ignore_case(a.name, name.text)) {
      stored = BoundActor{a.id, a.name};
      return false;
    }
    return true;
  });
  if (!scanned.ok()) return scanned;
  if (stored) return *stored;
  const std::string suggested = suggestion(name.text);
  return error_at(text_, name.position,
                  suggested.empty()
                      ? fmt::format("unknown actor '{}'", name.text)
                      : fmt::format("unknown actor '{}' (did you mean {}?)", name.text, suggested));
}

// The dictionary name closest to `written`, if close enough to be a typo.
std::string Binder::suggestion(std::string_view written) const {
  const std::string target = normalize_phrase(written);
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, target.size() / 3) + 1;
  for (const Entity& entity : dictionary_.entities()) {
    const std::size_t d = edit_distance(target, normalize_phrase(entity.name));
    if (d < best_distance) {
      best_distance = d;
      best = entity.name;
    }
  }
  return best;
}

}  // namespace entente::query
