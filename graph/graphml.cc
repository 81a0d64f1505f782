// GraphML for both graphs export.h writes: the stored graph, streamed, and a graph held in memory
// (a query's answer). One writer of the document's parts, so both escape and declare alike.
#include <map>

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

void begin_graphml(TextSink& sink) {
  sink.raw(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
}

// The key id of attribute `name` of `domain` ("node" or "edge") is DOMAIN_NAME: ids are unique
// in the document, so a node and an edge attribute of one name get distinct ids.
void key_id(TextSink& sink, std::string_view domain, std::string_view name) {
  sink.raw(domain);
  sink.raw("_");
  sink.text(name, Escape::kXml);
}

void declare_key(TextSink& sink, std::string_view domain, std::string_view name, AttributeType type) {
  sink.raw("  <key id=\"");
  key_id(sink, domain, name);
  sink.raw("\" for=\"");
  sink.raw(domain);
  sink.raw("\" attr.name=\"");
  sink.text(name, Escape::kXml);
  sink.raw("\" attr.type=\"");
  sink.raw(graphml_type(type));
  sink.raw("\"/>\n");
}

void begin_graph(TextSink& sink, std::string_view id, bool directed) {
  sink.raw("  <graph id=\"");
  sink.raw(id);
  sink.raw(directed ? "\" edgedefault=\"directed\">\n" : "\" edgedefault=\"undirected\">\n");
}

void begin_node(TextSink& sink, std::string_view id) {
  sink.raw("    <node id=\"");
  sink.text(id, Escape::kXml);
  sink.raw("\">\n");
}

void begin_edge(TextSink& sink, std::uint64_t index, std::string_view source, std::string_view target) {
  sink.format("    <edge id=\"e{}\" source=\"", index);
  sink.text(source, Escape::kXml);
  sink.raw("\" target=\"");
  sink.text(target, Escape::kXml);
  sink.raw("\">\n");
}

void write_data(TextSink& sink, std::string_view domain, std::string_view name, const AttributeValue& value) {
  sink.raw("      <data key=\"");
  key_id(sink, domain, name);
  sink.raw("\">");
  sink.value(value, Escape::kXml);
  sink.raw("</data>\n");
}

void end_graphml(TextSink& sink) {
  sink.raw("  </graph>\n</graphml>\n");
}

// The stored graph's attributes of `item`, leaving out missing values.
template <class Item>
void write_stored_data(TextSink& sink, std::string_view domain, std::span<const Attribute> attributes,
                       const Item& item) {
  for (const Attribute& attribute : attributes) {
    const AttributeValue value = detail::attribute_value(item, attribute.field);
    if (!detail::is_missing(value)) write_data(sink, domain, attribute.name, value);
  }
}

AttributeType document_type(const GraphDocument::Value& value) {
  switch (value.index()) {
    case 0: return AttributeType::kString;
    case 1: return AttributeType::kLong;
    default: return AttributeType::kDouble;
  }
}

AttributeValue document_value(const GraphDocument::Value& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return std::string_view(*text);
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return *integer;
  return std::get<double>(value);
}

// Declares one key per attribute name of `items`, in order of first use, typed by its first value.
template <class Items>
void declare_document_keys(TextSink& sink, std::string_view domain, const Items& items) {
  std::map<std::string_view, bool, std::less<>> declared;
  for (const auto& item : items) {
    for (const GraphDocument::Attribute& attribute : item.attributes) {
      if (declared.emplace(attribute.name, true).second)
        declare_key(sink, domain, attribute.name, document_type(attribute.value));
    }
  }
}

void write_document_data(TextSink& sink, std::string_view domain,
                         const std::vector<GraphDocument::Attribute>& attributes) {
  for (const GraphDocument::Attribute& attribute : attributes) {
    write_data(sink, domain, attribute.name, document_value(attribute.value));
  }
}

}  // namespace

Status write_graphml(const Store& store, const ExportOptions& options, std::ostream& out) {
  Result<detail::ExportGraph> read = detail::ExportGraph::read(store, options);
  if (!read.ok()) return read.status();
  const detail::ExportGraph& graph = *read;
  const std::span<const Attribute> edge_attributes = detail::edge_attributes(graph.per_event());

  TextSink sink(out);
  begin_graphml(sink);
  for (const Attribute& attribute : detail::node_attributes()) {
    declare_key(sink, "node", attribute.name, attribute.type);
  }
  for (const Attribute& attribute : edge_attributes)
    declare_key(sink, "edge", attribute.name, attribute.type);
  begin_graph(sink, "entente", true);
  for (const detail::ExportNode* node : graph.nodes()) {
    begin_node(sink, node->id);
    write_stored_data(sink, "node", detail::node_attributes(), *node);
    sink.raw("    </node>\n");
    sink.flush_if_full();
  }
  std::uint64_t index = 0;
  Status scanned = graph.scan_edges(false, [&](const detail::ExportEdge& edge) {
    begin_edge(sink, index++, edge.source->id, edge.target->id);
    write_stored_data(sink, "edge", edge_attributes, edge);
    sink.raw("    </edge>\n");
    sink.flush_if_full();
  });
  if (!scanned.ok()) return scanned;
  end_graphml(sink);
  return sink.finish();
}

Status write_graphml(const GraphDocument& graph, std::ostream& out) {
  TextSink sink(out);
  begin_graphml(sink);
  declare_document_keys(sink, "node", graph.nodes);
  declare_document_keys(sink, "edge", graph.edges);
  begin_graph(sink, "answer", graph.directed);
  for (const GraphDocument::Node& node : graph.nodes) {
    begin_node(sink, node.id);
    write_document_data(sink, "node", node.attributes);
    sink.raw("    </node>\n");
    sink.flush_if_full();
  }
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const GraphDocument::Edge& edge = graph.edges[i];
    begin_edge(sink, i, edge.source, edge.target);
    write_document_data(sink, "edge", edge.attributes);
    sink.raw("    </edge>\n");
    sink.flush_if_full();
  }
  end_graphml(sink);
  return sink.finish();
}

}  // namespace entente
