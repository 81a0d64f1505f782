// Plan -> QueryResult, reading the store.
#pragma once

#include "graph/store.h"
#include "query/planner.h"
#include "query/query.h"

namespace entente::query {

class Executor {
 public:
  explicit Executor(const Store& store) : store_(store) {}

  Result<QueryResult> execute(const Plan& plan) const;

 private:
  const Store& store_;
};

}  // namespace entente::query
