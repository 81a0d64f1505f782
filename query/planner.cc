#include "query/planner.h"

namespace entente::query {

Plan Planner::plan(const BoundStatement& statement) const {
  const Scope& scope = statement.scope;
  auto operation =
      std::visit(Overloaded{
                     [&](const BoundAllies& s) -> decltype(Plan::operation) {
                       return TieRanking{s.actor, scope.ties(), s.opponents};
                     },
                     [&](const BoundRelations& s) -> decltype(Plan::operation) {
                       return PairSeries{s.first, s.second, scope.window, scope.level, s.by};
                     },
                     [&](const BoundEvents& s) -> decltype(Plan::operation) { return events(s, scope); },
                     [&](const BoundPath& s) -> decltype(Plan::operation) {
                       return GraphWalk{scope.ties(s.via), s};
                     },
                     [&](const BoundNeighbours& s) -> decltype(Plan::operation) {
                       return GraphWalk{scope.ties(s.via), s};
                     },
                     [&](const BoundWalk& s) -> decltype(Plan::operation) {
                       return GraphWalk{scope.ties(), s};
                     },
                     [&](const BoundBlocs& s) -> decltype(Plan::operation) {
                       return GraphWalk{scope.ties(), s};
                     },
                 },
                 statement.query);
  return Plan{std::move(operation), scope};
}

EventScan Planner::events(const BoundEvents& events, const Scope& scope) const {
  EventScan scan;
  scan.level = scope.level;
  scan.relations = events.relations;
  scan.days = scope.window;
  if ((events.from && !events.from->index) || (events.to && !events.to->index)) return scan;  // no events
  const auto nodes = catalog_.nodes(scope.level);
  auto member_ids = [&](const std::optional<BoundNode>& node) {
    std::vector<std::string> ids;
    if (!node) return std::vector<std::string>{""};
    for (ActorIndex member : nodes[*node->index].members) ids.push_back(catalog_.actors()[member].id);
    return ids;
  };
  const std::vector<std::string> sources = member_ids(events.from);
  std::vector<std::string> targets = member_ids(events.to);
  // Many sources and targets: scan each source once and keep the targets of the node.
  if (events.from && targets.size() > 1) {
    scan.target_node = events.to->index;
    targets = {""};
  }
  for (const std::string& source : sources) {
    for (const std::string& target : targets) scan.scans.emplace_back(source, target);
  }
  return scan;
}

}  // namespace entente::query
