#include <cctype>

#include "graph/export.h"
#include "graph/export_graph.h"

namespace entente {
namespace {

using detail::Attribute;
using detail::AttributeType;
using detail::Escape;
using detail::TextSink;

// A header field of neo4j-admin import: the property name and its type (string needs none).
void write_header_field(TextSink& sink, const Attribute& attribute) {
  sink.raw(",");
  sink.raw(attribute.name);
  switch (attribute.type) {
    case AttributeType::kInt: sink.raw(":int"); break;
    case AttributeType::kLong: sink.raw(":long"); break;
    case AttributeType::kDouble: sink.raw(":double"); break;
    case AttributeType::kDate: sink.raw(":date"); break;
    case AttributeType::kString: break;
  }
}

void write_quoted(TextSink& sink, std::string_view text) {
  sink.raw("\"");
  sink.text(text, Escape::kCsv);
  sink.raw("\"");
}

// Writes `,value` for each attribute of `item`; text is quoted, numbers and days are not.
template <class Item>
void write_fields(TextSink& sink, std::span<const Attribute> attributes, const Item& item) {
  for (const Attribute& attribute : attributes) {
    sink.raw(",");
    const detail::AttributeValue value = detail::attribute_value(item, attribute.field);
    if (const auto* text = std::get_if<std::string_view>(&value)) {
      write_quoted(sink, *text);
    } else {
      sink.value(value, Escape::kCsv);
    }
  }
}

// Neo4j labels and relationship types by their convention: Actor;State, STRIKE.
void write_label(TextSink& sink, EntityType type) {
  const std::string_view name = entity_type_name(type);
  sink.format("Actor;{}{}", static_cast<char>(std::toupper(static_cast<unsigned char>(name[0]))),
              name.substr(1));
}

void write_type(TextSink& sink, Relation relation) {
  for (char c : relation_name(relation))
    sink.format("{}", static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
}

}  // namespace

Status write_csv(const Store& store, const ExportOptions& options, std::ostream& nodes,
                 std::ostream& relationships) {
  Result<detail::ExportGraph> read = detail::ExportGraph::read(store, options);
  if (!read.ok()) return read.status();
  const detail::ExportGraph& graph = *read;
  const std::span<const Attribute> edge_attributes = detail::edge_attributes(graph.per_event());

  TextSink node_sink(nodes);
  node_sink.raw("id:ID");
  for (const Attribute& attribute : detail::node_attributes()) write_header_field(node_sink, attribute);
  node_sink.raw(",:LABEL\n");
  for (const detail::ExportNode* node : graph.nodes()) {
    write_quoted(node_sink, node->id);
    write_fields(node_sink, detail::node_attributes(), *node);
    node_sink.raw(",");
    write_label(node_sink, node->type);
    node_sink.raw("\n");
    node_sink.flush_if_full();
  }
  if (Status s = node_sink.finish(); !s.ok()) return s;

  TextSink edge_sink(relationships);
  edge_sink.raw(":START_ID,:END_ID,:TYPE");
  for (const Attribute& attribute : edge_attributes) write_header_field(edge_sink, attribute);
  edge_sink.raw("\n");
  Status scanned = graph.scan_edges(false, [&](const detail::ExportEdge& edge) {
    write_quoted(edge_sink, edge.source->id);
    edge_sink.raw(",");
    write_quoted(edge_sink, edge.target->id);
    edge_sink.raw(",");
    write_type(edge_sink, edge.relation);
    write_fields(edge_sink, edge_attributes, edge);
    edge_sink.raw("\n");
    edge_sink.flush_if_full();
  });
  if (!scanned.ok()) return scanned;
  return edge_sink.finish();
}

}  // namespace entente
