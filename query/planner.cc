#include "query/planner.h"

namespace entente::query {

Plan Planner::plan(const BoundStatement& statement) const {
  const auto& events = std::get<BoundEvents>(statement);
  EventScan scan;
  if (events.from) scan.source_id = events.from->id;
  if (events.to) scan.target_id = events.to->id;
  scan.limit = events.limit;
  return scan;
}

}  // namespace entente::query
