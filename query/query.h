// The query language's public surface (docs/query.md). A statement goes through four stages,
// each its own type: Parser (text -> Statement), Binder (names -> nodes, dates, relation sets),
// Planner (bound statement -> reads of the store) and Executor (reads -> a result table, and the
// graph behind it for `export graphml`).
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/dictionary.h"
#include "core/status.h"
#include "graph/store.h"

namespace entente {

// A result as rows of cells; formatters print it as an aligned table, JSON or CSV.
struct QueryResult {
  enum class Type { kText, kInteger, kNumber };  // how JSON writes a column's cells
  struct Column {
    std::string name;
    Type type = Type::kText;
  };
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;  // an empty cell is a missing value
  // Facts about the whole answer, as (name, value): "blocs" -> "3". Printed under a table and as
  // "summary" in JSON; CSV leaves them out.
  std::vector<std::pair<std::string, std::string>> summary;
  int sparkline = -1;  // a number column that a table also draws as a sparkline, or -1
};

enum class OutputFormat { kTable, kJson, kCsv };

// The result as an aligned table (with its summary and sparkline), one JSON object
// {"columns": [...], "rows": [{column: value}...], "summary": {...}}, or RFC 4180 CSV.
std::string format_result(const QueryResult& result, OutputFormat format);

// Answers statements from one store. The session reads the store's actors once, and keeps the
// last few tie graphs it read, so that later statements over the same graph are fast.
class QuerySession {
 public:
  // REQUIRES: `store` and `dictionary` outlive the session.
  QuerySession(const Store& store, const Dictionary& dictionary);
  ~QuerySession();
  QuerySession(const QuerySession&) = delete;
  QuerySession& operator=(const QuerySession&) = delete;

  // Runs the statements of `script`, separated by ';', in order, calling `done(statement, result)`
  // with each statement's text and its result or error; an error does not stop the statements
  // after it. Errors are InvalidArgument "line L, col C: what is wrong" followed by the line and a
  // caret under the spot (lines and columns of `script`), or the store's error.
  using Done = std::function<void(std::string_view statement, const Result<QueryResult>& result)>;
  void run_script(std::string_view script, const Done& done);

  // Runs `statement`, which must be exactly one statement; errors as for run_script.
  Result<QueryResult> run(std::string_view statement);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace entente
