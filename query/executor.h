// Plan -> Answer: runs a plan's reads of the store and shapes what they find into a result table,
// and into the graph behind it for `export graphml`.
#pragma once

#include <memory>
#include <utility>
#include <vector>

#include "graph/actor_catalog.h"
#include "graph/graph_document.h"
#include "graph/graph_view.h"
#include "graph/store.h"
#include "query/planner.h"
#include "query/query.h"

namespace entente::query {

struct Answer {
  QueryResult table;
  GraphDocument graph;  // the nodes and ties or events the table is about
};

// The tie graphs read so far, by the options they were read with; the last few are kept.
class TieGraphCache {
 public:
  // Returns the graph of `options`, reading it when it is not kept. Returns the store's error
  // when reading fails.
  Result<const TieGraph*> get(const Store& store, const ActorCatalog& catalog, const TieOptions& options);
  // How many graphs were read from the store.
  std::size_t reads() const { return reads_; }

 private:
  static constexpr std::size_t kKept = 4;
  std::vector<std::pair<TieOptions, std::unique_ptr<TieGraph>>> graphs_;  // most recently used last
  std::size_t reads_ = 0;
};

class Executor {
 public:
  // REQUIRES: all three outlive the executor.
  Executor(const Store& store, const ActorCatalog& catalog, TieGraphCache& graphs)
      : store_(store), catalog_(catalog), graphs_(graphs) {}

  // Returns the store's error when reading fails, or IOError when the export cannot be written.
  Result<Answer> execute(const Plan& plan);

 private:
  Result<Answer> rank_ties(const TieRanking& ranking, const Scope& scope);
  Result<Answer> pair_series(const PairSeries& series, const Scope& scope);
  Result<Answer> list_events(const EventScan& scan, const Scope& scope);
  Result<Answer> walk_graph(const GraphWalk& walk, const Scope& scope);

  const Store& store_;
  const ActorCatalog& catalog_;
  TieGraphCache& graphs_;
};

}  // namespace entente::query
