#include "query/binder.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

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

// The closest of `candidates` to `written` when it is close enough to be a typo, else "".
template <class Candidates>
std::string closest(std::string_view written, const Candidates& candidates) {
  const std::string target = normalize_phrase(written);
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, target.size() / 3) + 1;
  for (std::string_view candidate : candidates) {
    const std::size_t d = edit_distance(target, normalize_phrase(candidate));
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

// A half-life as written: a whole number of days, weeks, months or years ("180d", "1y").
std::optional<double> parse_half_life(std::string_view text) {
  if (text.size() < 2) return std::nullopt;
  double unit = 0;
  switch (ascii_lower(text.back())) {
    case 'd': unit = 1; break;
    case 'w': unit = 7; break;
    case 'm': unit = 365.2425 / 12; break;
    case 'y': unit = 365.2425; break;
    default: return std::nullopt;
  }
  std::uint32_t n = 0;
  const char* end = text.data() + text.size() - 1;
  const auto [stop, ec] = std::from_chars(text.data(), end, n);
  if (ec != std::errc() || stop != end || n == 0) return std::nullopt;
  return n * unit;
}

}  // namespace

Status Binder::error(Position position, std::string_view message) const {
  return error_at(text_, position, message);
}

Result<BoundStatement> Binder::bind(const Statement& statement) {
  Result<Scope> bound_scope = scope(statement);
  if (!bound_scope.ok()) return bound_scope.status();
  Result<BoundQuery> query = bind_query(statement.query, *bound_scope);
  if (!query.ok()) return query.status();
  return BoundStatement{std::move(*query), std::move(*bound_scope)};
}

Result<Scope> Binder::scope(const Statement& statement) {
  const Modifiers& m = statement.modifiers;
  Scope s;
  if (m.country_level) s.level = Level::kCountry;
  std::optional<DateRange> since, until, as_of;
  for (auto [written, range] : {std::pair{&m.since, &since}, {&m.until, &until}, {&m.as_of, &as_of}}) {
    if (!*written) continue;
    Result<DateRange> parsed = parse_partial_date((*written)->value);
    if (!parsed.ok()) return error((*written)->position, parsed.status().message());
    *range = *parsed;
  }
  if (until && as_of) return error(m.as_of->position, "'as of' and 'until' both end the window: give one");
  const std::optional<DateRange> end = as_of ? as_of : until;
  if (since && end && since->first > end->last) {
    return error(m.since->position,
                 fmt::format("since {} is after {} {}", m.since->value, as_of ? "as of" : "until",
                             as_of ? m.as_of->value : m.until->value));
  }
  if (since || end) s.window = DateRange{since ? since->first : kMinDate, end ? end->last : kMaxDate};

  const bool ranks_ties = !std::holds_alternative<EventsStatement>(statement.query) &&
                          !std::holds_alternative<RelationsStatement>(statement.query);
  if (m.decay) {
    if (!ranks_ties) {
      return error(m.decay->position, fmt::format("decay weighs ranked ties; it does not apply to '{}'",
                                                  statement.keyword.value));
    }
    const std::optional<double> half_life = parse_half_life(m.decay->value);
    if (!half_life) {
      return error(
          m.decay->position,
          fmt::format("invalid half-life '{}' (expected days, weeks, months or years: 180d, 26w, 6m, 1y)",
                      m.decay->value));
    }
    // `as of` is the present it looks back from; otherwise the last day the store saw.
    s.decay = Decay{*half_life, as_of ? as_of->last : catalog_.last_seen()};
  }

  std::visit(
      Overloaded{[&](const AlliesStatement&) { s.limit = 20; }, [&](const WalkStatement&) { s.limit = 20; },
                 [&](const PathStatement&) { s.limit = 5; }, [&](const RelationsStatement&) { s.limit = 0; },
                 [&](const auto&) { s.limit = 100; }},
      statement.query);
  if (m.limit) s.limit = m.limit->value;
  if (m.export_graphml) s.export_graphml = m.export_graphml->value;
  return s;
}

Result<BoundQuery> Binder::bind_query(const Query& query, const Scope& scope) {
  const Level level = scope.level;
  auto distinct = [&](const BoundNode& a, const BoundNode& b, const ActorName& second) -> Status {
    if (a.id != b.id) return Status();
    return error(second.position, fmt::format("'{}' is {} again: name two different actors{}", second.value,
                                              a.id, level == Level::kCountry ? " (at country level)" : ""));
  };
  return std::visit(Overloaded{
                        [&](const AlliesStatement& s) -> Result<BoundQuery> {
                          Result<BoundNode> actor = node(s.actor, level);
                          if (!actor.ok()) return actor.status();
                          return BoundQuery(BoundAllies{std::move(*actor), s.opponents});
                        },
                        [&](const RelationsStatement& s) -> Result<BoundQuery> {
                          Result<BoundNode> first = node(s.first, level);
                          if (!first.ok()) return first.status();
                          Result<BoundNode> second = node(s.second, level);
                          if (!second.ok()) return second.status();
                          Status different = distinct(*first, *second, s.second);
                          if (!different.ok()) return different;
                          return BoundQuery(BoundRelations{std::move(*first), std::move(*second), s.by});
                        },
                        [&](const EventsStatement& s) -> Result<BoundQuery> {
                          BoundEvents bound;
                          for (auto [name, slot] : {std::pair{&s.from, &bound.from}, {&s.to, &bound.to}}) {
                            if (!*name) continue;
                            Result<BoundNode> n = node(**name, level);
                            if (!n.ok()) return n.status();
                            *slot = std::move(*n);
                          }
                          if (s.relations) {
                            Result<RelationSet> set = relations(*s.relations);
                            if (!set.ok()) return set.status();
                            bound.relations = *set;
                          }
                          return BoundQuery(std::move(bound));
                        },
                        [&](const PathStatement& s) -> Result<BoundQuery> {
                          BoundPath bound;
                          Result<BoundNode> from = node(s.from, level);
                          if (!from.ok()) return from.status();
                          Result<BoundNode> to = node(s.to, level);
                          if (!to.ok()) return to.status();
                          Status different = distinct(*from, *to, s.to);
                          if (!different.ok()) return different;
                          bound.from = std::move(*from);
                          bound.to = std::move(*to);
                          if (s.via) {
                            Result<RelationSet> set = relations(*s.via);
                            if (!set.ok()) return set.status();
                            bound.via = *set;
                          }
                          if (s.max_hops) {
                            Result<int> n = hops(*s.max_hops, "max");
                            if (!n.ok()) return n.status();
                            bound.max_hops = *n;
                          }
                          return BoundQuery(std::move(bound));
                        },
                        [&](const NeighboursStatement& s) -> Result<BoundQuery> {
                          BoundNeighbours bound;
                          Result<BoundNode> actor = node(s.actor, level);
                          if (!actor.ok()) return actor.status();
                          bound.actor = std::move(*actor);
                          if (s.via) {
                            Result<RelationSet> set = relations(*s.via);
                            if (!set.ok()) return set.status();
                            bound.via = *set;
                          }
                          if (s.depth) {
                            Result<int> n = hops(*s.depth, "depth");
                            if (!n.ok()) return n.status();
                            bound.depth = *n;
                          }
                          return BoundQuery(std::move(bound));
                        },
                        [&](const WalkStatement& s) -> Result<BoundQuery> {
                          Result<BoundNode> actor = node(s.actor, level);
                          if (!actor.ok()) return actor.status();
                          return BoundQuery(BoundWalk{std::move(*actor), s.first, s.second});
                        },
                        [&](const BlocsStatement&) -> Result<BoundQuery> { return BoundQuery(BoundBlocs{}); },
                    },
                    query);
}

Result<int> Binder::hops(const Located<std::uint64_t>& written, std::string_view what) {
  if (written.value > kMaxHops) {
    return error(written.position,
                 fmt::format("{} {} is too far: at most {} hops", what, written.value, kMaxHops));
  }
  return static_cast<int>(written.value);
}

Result<RelationSet> Binder::relations(const RelationChoice& choice) {
  switch (choice.kind) {
    case RelationChoice::Kind::kAny: return RelationSet().set();
    case RelationChoice::Kind::kFriendly: return relations_of_sign(+1);
    case RelationChoice::Kind::kHostile: return relations_of_sign(-1);
    case RelationChoice::Kind::kList: break;
  }
  RelationSet set;
  for (const Located<std::string>& name : choice.names) {
    const std::optional<Relation> relation = parse_relation(name.value);
    if (!relation) {
      std::vector<std::string_view> names = {"any", "friendly", "hostile"};
      for (const RelationInfo& info : entente::relations()) names.push_back(info.name);
      const std::string suggested = closest(name.value, names);
      return error(name.position, suggested.empty() ? fmt::format("unknown relation '{}'", name.value)
                                                    : fmt::format("unknown relation '{}' (did you mean {}?)",
                                                                  name.value, suggested));
    }
    set.set(static_cast<std::size_t>(*relation));
  }
  return set;
}

// By entity id ("SYR", "hezbollah"), then by any name, seat or adjective in the dictionaries,
// then by the ids and names of stored actors (actors that other dictionaries coded).
Result<BoundNode> Binder::node(const ActorName& name, Level level) {
  const Entity* entity = dictionary_.find(name.value);
  if (entity == nullptr) {
    for (const NameEntry& entry : dictionary_.lookup(normalize_phrase(name.value))) {
      if (entry.kind == NameKind::kSectorWord) continue;
      entity = &dictionary_.entities()[entry.index];
      break;
    }
  }
  std::optional<ActorIndex> stored = catalog_.find(entity != nullptr ? std::string_view(entity->id) : "");
  if (entity == nullptr) {
    stored = catalog_.find_by_name(name.value);
    if (!stored) {
      const std::string suggested = suggestion(name.value);
      return error(name.position, suggested.empty() ? fmt::format("unknown actor '{}'", name.value)
                                                    : fmt::format("unknown actor '{}' (did you mean {}?)",
                                                                  name.value, suggested));
    }
  }
  // The node id: a stored actor folds as the store knows it, an actor the store never saw as its
  // dictionary entry says (graph/level.h).
  std::string id;
  if (stored) {
    id = catalog_.nodes(level)[catalog_.node_of(level, *stored)].id;
  } else {
    id = level == Level::kCountry && !entity->country.empty() ? entity->country : entity->id;
  }
  BoundNode bound{catalog_.find_node(level, id), id, {}};
  if (bound.index) {
    bound.name = catalog_.nodes(level)[*bound.index].name;
  } else {
    const Entity* named = dictionary_.find(id);
    bound.name = named != nullptr ? named->name : id;
  }
  return bound;
}

// The dictionary or stored name closest to `written`, if close enough to be a typo.
std::string Binder::suggestion(std::string_view written) const {
  std::vector<std::string_view> names;
  for (const Entity& entity : dictionary_.entities()) names.push_back(entity.name);
  for (const StoredActor& actor : catalog_.actors()) names.push_back(actor.name);
  return closest(written, names);
}

}  // namespace entente::query
