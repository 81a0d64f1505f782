#include "graph/export.h"
#include "graph/export_graph.h"

namespace entente {
namespace {

using detail::Attribute;
using detail::AttributeType;
using detail::Escape;
using detail::Field;
using detail::Spell;
using detail::TextSink;

std::string_view gexf_type(AttributeType type) {
  switch (type) {
    case AttributeType::kInt: return "integer";
    case AttributeType::kLong: return "long";
    case AttributeType::kDouble: return "double";
    default: return "string";  // GEXF 1.2 has no date type; days are written YYYY-MM-DD
  }
}

// The node label and the edge weight are GEXF's own XML attributes, not attvalues.
bool is_builtin(Field field) {
  return field == Field::kLabel || field == Field::kWeight;
}

void declare_attributes(TextSink& sink, std::string_view domain, std::span<const Attribute> attributes) {
  sink.format("    <attributes class=\"{}\" mode=\"static\">\n", domain);
  for (const Attribute& attribute : attributes) {
    if (is_builtin(attribute.field)) continue;
    sink.format("      <attribute id=\"{0}\" title=\"{0}\" type=\"{1}\"/>\n", attribute.name,
                gexf_type(attribute.type));
  }
  sink.raw("    </attributes>\n");
}

template <class Item>
void write_attvalues(TextSink& sink, std::span<const Attribute> attributes, const Item& item) {
  sink.raw("        <attvalues>\n");
  for (const Attribute& attribute : attributes) {
    const detail::AttributeValue value = detail::attribute_value(item, attribute.field);
    if (is_builtin(attribute.field) || detail::is_missing(value)) continue;
    sink.format("          <attvalue for=\"{}\" value=\"", attribute.name);
    sink.value(value, Escape::kXml);
    sink.raw("\"/>\n");
  }
  sink.raw("        </attvalues>\n");
}

void write_spells(TextSink& sink, std::span<const Spell> spells) {
  sink.raw("        <spells>\n");
  for (const Spell& spell : spells) {
    sink.raw("          <spell start=\"");
    sink.date(spell.start);
    sink.raw("\" end=\"");
    sink.date(spell.end);
    sink.raw("\"/>\n");
  }
  sink.raw("        </spells>\n");
}

}  // namespace

Status write_gexf(const Store& store, const ExportOptions& options, std::ostream& out) {
  Result<detail::ExportGraph> read = detail::ExportGraph::read(store, options);
  if (!read.ok()) return read.status();
  const detail::ExportGraph& graph = *read;
  const std::span<const Attribute> edge_attributes = detail::edge_attributes(graph.per_event());

  TextSink sink(out);
  sink.raw(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://www.gexf.net/1.2draft\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\"\n"
      "    version=\"1.2\">\n"
      "  <meta>\n    <creator>Entente</creator>\n  </meta>\n"
      "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n");
  declare_attributes(sink, "node", detail::node_attributes());
  declare_attributes(sink, "edge", edge_attributes);
  sink.raw("    <nodes>\n");
  for (const detail::ExportNode* node : graph.nodes()) {
    sink.raw("      <node id=\"");
    sink.text(node->id, Escape::kXml);
    sink.raw("\" label=\"");
    sink.text(node->label, Escape::kXml);
    sink.raw("\">\n");
    write_attvalues(sink, detail::node_attributes(), *node);
    // One spell over all of its edges', so that Gephi never hides an active edge's ends.
    const Spell spell = detail::month_spell(node->first, node->last);
    write_spells(sink, std::span<const Spell>(&spell, 1));
    sink.raw("      </node>\n");
    sink.flush_if_full();
  }
  sink.raw("    </nodes>\n    <edges>\n");
  std::uint64_t id = 0;
  Status scanned = graph.scan_edges(true, [&](const detail::ExportEdge& edge) {
    sink.format("      <edge id=\"{}\" source=\"", id++);
    sink.text(edge.source->id, Escape::kXml);
    sink.raw("\" target=\"");
    sink.text(edge.target->id, Escape::kXml);
    sink.format("\" label=\"{}\" weight=\"", relation_name(edge.relation));
    sink.value(detail::attribute_value(edge, Field::kWeight), Escape::kXml);
    sink.raw("\">\n");
    write_attvalues(sink, edge_attributes, edge);
    write_spells(sink, edge.spells);
    sink.raw("      </edge>\n");
    sink.flush_if_full();
  });
  if (!scanned.ok()) return scanned;
  sink.raw("    </edges>\n  </graph>\n</gexf>\n");
  return sink.finish();
}

}  // namespace entente
