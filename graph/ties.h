// Ties: what the events between two nodes add up to, in both directions, as cooperation and
// hostility weighted by CODING.md section 2 (the dyad tallies' weights), optionally restricted to
// some relations and months and decayed with age. Allies, opponents, paths, signed walks and blocs
// all rank ties.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "core/date.h"
#include "core/relation.h"
#include "graph/actor_catalog.h"
#include "graph/store.h"

namespace entente {

struct Tie {
  double cooperative = 0;    // weights of cooperative events, both directions
  double hostile = 0;        // weights of conflictual events, as a positive number
  std::uint64_t events = 0;  // not decayed
  Date first = kMaxDate;     // the first and last day of those events
  Date last = kMinDate;

  double net() const { return cooperative - hostile; }       // > 0 friends, < 0 enemies
  double strength() const { return cooperative + hostile; }  // how much the two deal at all
  // Adds the events of `tally` of `relation`, their weight multiplied by `factor`.
  void add(Relation relation, const EventTally& tally, double factor = 1.0);
  void add(const Tie& other);
};

// Exponential decay with age: an event `half_life_days` older than `present` counts half.
struct Decay {
  double half_life_days = 180;
  Date present;

  // The weight factor of events on `day`; 1 for days at or after the present.
  double factor(Date day) const;
  bool operator==(const Decay&) const = default;
};

// Which events make ties, and between which nodes.
struct TieOptions {
  Level level = Level::kEntity;
  RelationSet relations = RelationSet().set();
  // Only the months that meet this range count (whole months: Store::scan_dyads).
  std::optional<DateRange> window;
  std::optional<Decay> decay;  // ages are counted from each month's events' middle day

  bool operator==(const TieOptions&) const = default;
};

struct NodeTie {
  NodeIndex other = 0;
  Tie tie;
};

// The ties of `node` with every other node at options.level, read from the dyad tallies of its
// member actors in both directions (never from mentions), ordered by the other node. Events
// between two members of `node` are no tie. Returns the store's error when reading fails.
// REQUIRES: node < catalog.nodes(options.level).size()
Result<std::vector<NodeTie>> read_ties(const Store& store, const ActorCatalog& catalog, NodeIndex node,
                                       const TieOptions& options);

// Calls `visit(other node, tie)` for each dyad and relation under `options` that `actor` is the
// source of (with `out`) or the target of (with `in`): the tie made by that dyad's events of that
// relation. Dyads with actors of the same node are skipped. Returns the store's error when reading
// fails. The building block of read_ties and TieGraph::read.
Status scan_actor_ties(const Store& store, const ActorCatalog& catalog, ActorIndex actor, bool out, bool in,
                       const TieOptions& options, const std::function<void(NodeIndex, const Tie&)>& visit);

}  // namespace entente
