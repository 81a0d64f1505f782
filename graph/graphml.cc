#include "graph/export.h"
#include "graph/export_graph.h"

namespace entente {
namespace {

using detail::Attribute;
using detail::AttributeType;
using detail::AttributeValue;
using detail::Escape;
using detail::TextSink;

std::string_view graphml_type(AttributeType type) {
  switch (type) {
    case AttributeType::kInt: return "int";
    case AttributeType::kLong: return "long";
    case AttributeType::kDouble: return "double";
    default: return "string";  // GraphML has no date type; days are written YYYY-MM-DD
  }
}

// Key ids are unique in the document, so node and edge attributes of one name get distinct ids.
void declare_keys(TextSink& sink, std::string_view domain, std::span<const Attribute> attributes) {
  for (const Attribute& attribute : attributes) {
    sink.format("  <key id=\"{0}_{1}\" for=\"{0}\" attr.name=\"{1}\" attr.type=\"{2}\"/>\n", domain,
                attribute.name, graphml_type(attribute.type));
  }
}

// Writes the attributes of `item` as <data> elements, leaving out missing values.
template <class Item>
void write_data(TextSink& sink, std::string_view domain, std::span<const Attribute> attributes,
                const Item& item) {
  for (const Attribute& attribute : attributes) {
    const AttributeValue value = detail::attribute_value(item, attribute.field);
    if (detail::is_missing(value)) continue;
    sink.raw("      <data key=\"");
    sink.raw(domain);
    sink.raw("_");
    sink.raw(attribute.name);
    sink.raw("\">");
    sink.value(value, Escape::kXml);
    sink.raw("</data>\n");
  }
}

}  // namespace

Status write_graphml(const Store& store, const ExportOptions& options, std::ostream& out) {
  Result<detail::ExportGraph> read = detail::ExportGraph::read(store, options);
  if (!read.ok()) return read.status();
  const detail::ExportGraph& graph = *read;
  const std::span<const Attribute> edge_attributes = detail::edge_attributes(graph.per_event());

  TextSink sink(out);
  sink.raw(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  declare_keys(sink, "node", detail::node_attributes());
  declare_keys(sink, "edge", edge_attributes);
  sink.raw("  <graph id=\"entente\" edgedefault=\"directed\">\n");
  for (const detail::ExportNode* node : graph.nodes()) {
    sink.raw("    <node id=\"");
    sink.text(node->id, Escape::kXml);
    sink.raw("\">\n");
    write_data(sink, "node", detail::node_attributes(), *node);
    sink.raw("    </node>\n");
    sink.flush_if_full();
  }
  std::uint64_t id = 0;
  Status scanned = graph.scan_edges(false, [&](const detail::ExportEdge& edge) {
    sink.format("    <edge id=\"e{}\" source=\"", id++);
    sink.text(edge.source->id, Escape::kXml);
    sink.raw("\" target=\"");
    sink.text(edge.target->id, Escape::kXml);
    sink.raw("\">\n");
    write_data(sink, "edge", edge_attributes, edge);
    sink.raw("    </edge>\n");
    sink.flush_if_full();
  });
  if (!scanned.ok()) return scanned;
  sink.raw("  </graph>\n</graphml>\n");
  return sink.finish();
}

}  // namespace entente
