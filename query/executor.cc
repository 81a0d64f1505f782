#include "query/executor.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/file.h"
#include "graph/export.h"
#include "query/answer.h"

namespace entente::query {
namespace {

// Written beside the target and renamed, so that a failed export leaves no half file.
Status write_export(const GraphDocument& graph, const std::string& path) {
  StagedFile file(path);
  Status written = file.open();
  if (written.ok()) written = write_graphml(graph, file.stream());
  if (written.ok()) written = file.commit();
  if (!written.ok()) return Status::io_error(fmt::format("cannot write {}: {}", path, written.message()));
  return written;
}

}  // namespace

Result<const TieGraph*> TieGraphCache::get(const Store& store, const ActorCatalog& catalog,
                                           const TieOptions& options) {
  const auto kept =
      std::find_if(graphs_.begin(), graphs_.end(), [&](const auto& g) { return g.first == options; });
  if (kept != graphs_.end()) {
    std::rotate(kept, kept + 1, graphs_.end());
    return graphs_.back().second.get();
  }
  Result<TieGraph> read = TieGraph::read(store, catalog, options);
  if (!read.ok()) return read.status();
  ++reads_;
  if (graphs_.size() == kKept) graphs_.erase(graphs_.begin());
  graphs_.emplace_back(options, std::make_unique<TieGraph>(std::move(*read)));
  return graphs_.back().second.get();
}

Result<Answer> Executor::execute(const Plan& plan) {
  Result<Answer> answer = std::visit(Overloaded{
                                         [&](const TieRanking& p) { return rank_ties(p, plan.scope); },
                                         [&](const PairSeries& p) { return pair_series(p, plan.scope); },
                                         [&](const EventScan& p) { return list_events(p, plan.scope); },
                                         [&](const GraphWalk& p) { return walk_graph(p, plan.scope); },
                                     },
                                     plan.operation);
  if (!answer.ok() || !plan.scope.export_graphml) return answer;
  const std::string& path = *plan.scope.export_graphml;
  Status exported = write_export(answer->graph, path);
  if (!exported.ok()) return exported;
  answer->table.summary.emplace_back(
      "exported",
      fmt::format("{} ({} nodes, {} edges)", path, answer->graph.nodes.size(), answer->graph.edges.size()));
  return answer;
}

Result<Answer> Executor::list_events(const EventScan& scan, const Scope& scope) {
  Answer answer;
  QueryResult& table = answer.table;
  table.columns = {{"date"}, {"source"}, {"relation"}, {"target"}, {"article"}, {"sentence"}};
  answer.graph.directed = true;
  std::set<std::string> actors;
  bool more = false;
  for (const auto& [source, target] : scan.scans) {
    Status status = store_.scan_events(source, target, [&](const StoredEvent& e) {
      if (!scan.relations[static_cast<std::size_t>(e.relation)]) return true;
      if (scan.days && !scan.days->contains(e.date)) return true;
      if (scan.target_node && catalog_.node_of(scan.level, e.target_id) != scan.target_node) return true;
      if (scope.limit != 0 && table.rows.size() == scope.limit) {
        more = true;
        return false;
      }
      table.rows.push_back({e.date.to_string(), e.source_id, std::string(relation_name(e.relation)),
                            e.target_id, e.article, e.text});
      actors.insert(e.source_id);
      actors.insert(e.target_id);
      answer.graph.edges.push_back(GraphDocument::Edge{e.source_id,
                                                       e.target_id,
                                                       {{"relation", std::string(relation_name(e.relation))},
                                                        {"date", e.date.to_string()},
                                                        {"article", e.article}}});
      return true;
    });
    if (!status.ok()) return status;
    if (more) break;
  }
  if (more)
    table.summary.emplace_back(
        "rows", fmt::format("{} shown (limit {}); more events match", scope.limit, scope.limit));
  for (const std::string& id : actors) {
    const std::optional<NodeIndex> node = catalog_.node_of(Level::kEntity, id);
    if (node) answer.graph.nodes.push_back(detail::node_document(catalog_.nodes(Level::kEntity)[*node]));
  }
  return answer;
}

}  // namespace entente::query
