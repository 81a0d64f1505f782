// BoundStatement -> Plan: which reads of the store answer a statement. Ties of one node and the
// series of one pair come from the dyad tallies of their member actors; evidence from the
// mentions of member pairs; walks over the graph from a tie graph of the whole level.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "graph/actor_catalog.h"
#include "query/binder.h"

namespace entente::query {

// Rank the ties of one node: read the dyads of each of its member actors.
struct TieRanking {
  BoundNode node;
  TieOptions ties;
  bool opponents = false;
};

// Count the events between two nodes per period, relation and direction: read the dyad months of
// the member actors of one side and keep those with the other. The store reads dyads by actor,
// never by pair, so the executor reads the side with fewer dyads, found by counting each side's
// dyads (totals only, no months) up to the other's count.
struct PairSeries {
  BoundNode first;  // as the statement names them: columns read first -> second, second -> first
  BoundNode second;
  std::optional<DateRange> window;
  Level level = Level::kEntity;
  std::optional<Period> by;
};

// List mentions: one store scan per source actor id (empty: every source) and target actor id
// (empty: every target), keeping the relations, days and target node asked for.
struct EventScan {
  std::vector<std::pair<std::string, std::string>> scans;  // (source id, target id)
  std::optional<NodeIndex> target_node;                    // when targets are filtered after the scan
  Level level = Level::kEntity;
  RelationSet relations = RelationSet().set();
  std::optional<DateRange> days;
};

// Walk the tie graph of the whole level.
struct GraphWalk {
  TieOptions ties;
  std::variant<BoundPath, BoundNeighbours, BoundWalk, BoundBlocs> walk;
};

// An actor the store has never seen (BoundNode::index empty) makes a plan that reads nothing.
struct Plan {
  std::variant<TieRanking, PairSeries, EventScan, GraphWalk> operation;
  Scope scope;
};

class Planner {
 public:
  explicit Planner(const ActorCatalog& catalog) : catalog_(catalog) {}

  Plan plan(const BoundStatement& statement) const;

 private:
  EventScan events(const BoundEvents& events, const Scope& scope) const;

  const ActorCatalog& catalog_;
};

}  // namespace entente::query
