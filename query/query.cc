#include "query/query.h"

#include "query/binder.h"
#include "query/executor.h"
#include "query/parser.h"
#include "query/planner.h"

namespace entente {

Result<QueryResult> run_query(std::string_view statement, const Dictionary& dictionary, const Store& store) {
  Result<query::Statement> parsed = query::Parser(statement).parse();
  if (!parsed.ok()) return parsed.status();
  Result<query::BoundStatement> bound = query::Binder(statement, dictionary, store).bind(*parsed);
  if (!bound.ok()) return bound.status();
  const query::Plan plan = query::Planner().plan(*bound);
  return query::Executor(store).execute(plan);
}

}  // namespace entente
