#include "graph/export.h"
#include "graph/export_graph.h"

namespace entente {
namespace {

using detail::Attribute;
using detail::Escape;
using detail::TextSink;

constexpr std::string_view kCooperative = "#2e7d32";  // green
constexpr std::string_view kConflictual = "#c62828";  // red

void write_id(TextSink& sink, std::string_view id) {
  sink.raw("\"");
  sink.text(id, Escape::kDot);
  sink.raw("\"");
}

// Our name for an attribute in DOT. Graphviz reads `weight` itself, as a whole-number layout
// hint ("0.83" would become 0), so ours goes under another name.
std::string_view dot_name(const Attribute& attribute) {
  return attribute.name == "weight" ? "entente_weight" : attribute.name;
}

// Writes `name="value"` for each attribute of `item`, separated by commas. Every value is
// quoted: DOT numerals have no exponents.
template <class Item>
void write_attributes(TextSink& sink, std::span<const Attribute> attributes, const Item& item) {
  for (const Attribute& attribute : attributes) {
    if (&attribute != attributes.data()) sink.raw(", ");
    sink.format("{}=\"", dot_name(attribute));
    sink.value(detail::attribute_value(item, attribute.field), Escape::kDot);
    sink.raw("\"");
  }
}

}  // namespace

Status write_dot(const Store& store, const ExportOptions& options, std::ostream& out) {
  Result<detail::ExportGraph> read = detail::ExportGraph::read(store, options);
  if (!read.ok()) return read.status();
  const detail::ExportGraph& graph = *read;
  const std::span<const Attribute> edge_attributes = detail::edge_attributes(graph.per_event());

  TextSink sink(out);
  sink.raw("digraph entente {\n  node [shape=box, style=rounded];\n");
  for (const detail::ExportNode* node : graph.nodes()) {
    sink.raw("  ");
    write_id(sink, node->id);
    sink.raw(" [");
    write_attributes(sink, detail::node_attributes(), *node);
    sink.raw("];\n");
    sink.flush_if_full();
  }
  Status scanned = graph.scan_edges(false, [&](const detail::ExportEdge& edge) {
    const std::string_view colour = relation_info(edge.relation).sign > 0 ? kCooperative : kConflictual;
    sink.raw("  ");
    write_id(sink, edge.source->id);
    sink.raw(" -> ");
    write_id(sink, edge.target->id);
    sink.format(" [label=\"{}\", color=\"{}\", fontcolor=\"{}\", ", relation_name(edge.relation), colour,
                colour);
    write_attributes(sink, edge_attributes, edge);
    sink.raw("];\n");
    sink.flush_if_full();
  });
  if (!scanned.ok()) return scanned;
  sink.raw("}\n");
  return sink.finish();
}

}  // namespace entente
