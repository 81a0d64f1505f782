// How the executor writes numbers, ties and nodes into result cells and graph documents, and
// trims results to their limit. Internal to query/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/actor_catalog.h"
#include "graph/graph_document.h"
#include "graph/ties.h"
#include "query/query.h"

namespace entente::query::detail {

// At most two decimals, no trailing zeros: 12.5, -4, 0.03.
std::string format_number(double value);
// As format_number with a sign: +12.5, -4, 0.
std::string format_signed(double value);

// Keeps the first `limit` rows (all when 0) and notes in the summary how many were left out.
void limit_rows(QueryResult& result, std::uint64_t limit);

// A node of the answer's graph: its id, label and type.
GraphDocument::Node node_document(const GraphNode& node);
// An undirected edge for a tie, with its weights, events and days.
GraphDocument::Edge tie_document(std::string_view a, std::string_view b, const Tie& tie);

}  // namespace entente::query::detail
