#include "query/executor.h"

namespace entente::query {

Result<QueryResult> Executor::execute(const Plan& plan) const {
  const auto& scan = std::get<EventScan>(plan);
  QueryResult result;
  result.columns = {"date", "source", "relation", "target", "article", "sentence"};
  Status status = store_.scan_events(scan.source_id, scan.target_id, [&](const StoredEvent& e) {
    result.rows.push_back({e.date.to_string(), e.source_id, std::string(relation_name(e.relation)),
                           e.target_id, e.article, e.text});
    return scan.limit == 0 || result.rows.size() < scan.limit;
  });
  if (!status.ok()) return status;
  return result;
}

}  // namespace entente::query
