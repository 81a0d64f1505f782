// The query language's public surface (docs/query.md). A statement goes through four stages,
// each its own type: Parser (text -> Statement), Binder (names -> actor keys, dates),
// Planner (bound statement -> store scans) and Executor (scans -> a result table).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/dictionary.h"
#include "core/status.h"
#include "graph/store.h"

namespace entente {

// A result as rows of cells; formatters print it as an aligned table, JSON or CSV.
struct QueryResult {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

enum class OutputFormat { kTable, kJson, kCsv };

// Runs one statement. On a malformed or unbindable statement returns InvalidArgument whose
// message is "line L, col C: what is wrong", then the statement line and a caret under the spot.
Result<QueryResult> run_query(std::string_view statement, const Dictionary& dictionary, const Store& store);

std::string format_result(const QueryResult& result, OutputFormat format);

}  // namespace entente
