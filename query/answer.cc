#include "query/answer.h"

#include <fmt/format.h>

#include <cmath>

namespace entente::query::detail {

std::string format_number(double value) {
  const double rounded = std::round(value * 100) / 100;
  std::string text = fmt::format("{:.2f}", rounded == 0 ? 0.0 : rounded);  // no "-0"
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string format_signed(double value) {
  std::string text = format_number(value);
  return text == "0" || text.front() == '-' ? text : "+" + text;
}

void limit_rows(QueryResult& result, std::uint64_t limit) {
  if (limit == 0 || result.rows.size() <= limit) return;
  result.summary.emplace_back("rows", fmt::format("{} of {} (limit {})", limit, result.rows.size(), limit));
  result.rows.resize(limit);
}

GraphDocument::Node node_document(const GraphNode& node) {
  return GraphDocument::Node{node.id,
                             {{"label", node.name}, {"type", std::string(entity_type_name(node.type))}}};
}

GraphDocument::Edge tie_document(std::string_view a, std::string_view b, const Tie& tie) {
  return GraphDocument::Edge{std::string(a),
                             std::string(b),
                             {{"net", tie.net()},
                              {"cooperative", tie.cooperative},
                              {"hostile", tie.hostile},
                              {"events", static_cast<std::int64_t>(tie.events)},
                              {"first", tie.first.to_string()},
                              {"last", tie.last.to_string()}}};
}

}  // namespace entente::query::detail
