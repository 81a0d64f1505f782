#include "query/query.h"

#include <optional>

#include "graph/actor_catalog.h"
#include "query/binder.h"
#include "query/executor.h"
#include "query/parser.h"
#include "query/planner.h"

namespace entente {

class QuerySession::Impl {
 public:
  Impl(const Store& store, const Dictionary& dictionary) : store_(store), dictionary_(dictionary) {}

  // Parses, binds, plans and executes the next statement of `parser`.
  Result<QueryResult> next(query::Parser& parser, std::string_view text) {
    Result<query::Statement> parsed = parser.next();
    if (!parsed.ok()) return parsed.status();
    if (!catalog_) {
      Result<ActorCatalog> read = ActorCatalog::read(store_, &dictionary_);
      if (!read.ok()) return read.status();
      catalog_ = std::move(*read);
    }
    Result<query::BoundStatement> bound = query::Binder(text, dictionary_, *catalog_).bind(*parsed);
    if (!bound.ok()) return bound.status();
    const query::Plan plan = query::Planner(*catalog_).plan(*bound);
    Result<query::Answer> answer = query::Executor(store_, *catalog_, graphs_).execute(plan);
    if (!answer.ok()) return answer.status();
    return std::move(answer->table);
  }

 private:
  const Store& store_;
  const Dictionary& dictionary_;
  std::optional<ActorCatalog> catalog_;  // read with the first statement
  query::TieGraphCache graphs_;
};

QuerySession::QuerySession(const Store& store, const Dictionary& dictionary)
    : impl_(std::make_unique<Impl>(store, dictionary)) {}
QuerySession::~QuerySession() = default;

void QuerySession::run_script(std::string_view script, const Done& done) {
  query::Parser parser(script);
  while (!parser.done()) {
    Result<QueryResult> result = impl_->next(parser, script);
    done(parser.last_statement(), result);
  }
}

Result<QueryResult> QuerySession::run(std::string_view statement) {
  query::Parser parser(statement);
  if (parser.done()) return query::error_at(statement, query::Position{}, "expected a statement");
  Result<QueryResult> result = impl_->next(parser, statement);
  if (result.ok() && !parser.done()) {
    return query::error_at(statement, query::Position{}, "expected one statement, found several");
  }
  return result;
}

}  // namespace entente
