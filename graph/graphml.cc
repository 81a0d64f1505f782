#include <fmt/format.h>

#include "graph/export.h"

namespace entente {
namespace {

// Escapes XML text and attribute values, dropping characters that XML 1.0 forbids.
std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out.push_back(c);
    }
  }
  return out;
}

struct KeyDecl {
  const char* id;
  const char* domain;
  const char* type;
};

constexpr KeyDecl kKeys[] = {
    {"label", "node", "string"},       {"key", "node", "string"},    {"type", "node", "string"},
    {"country", "node", "string"},     {"sector", "node", "string"}, {"relation", "edge", "string"},
    {"interaction", "edge", "string"}, {"sign", "edge", "int"},      {"count", "edge", "int"},
    {"weight", "edge", "double"},      {"score", "edge", "double"},  {"first", "edge", "string"},
    {"last", "edge", "string"},
};

// The events of one (source, relation, target), folded as the store yields them in key order.
struct EdgeTotals {
  std::string source, target;
  Relation relation = Relation::kConsult;
  std::uint64_t count = 0;
  Date first = kMaxDate, last = kMinDate;

  bool same_edge(const StoredEvent& e) const {
    return count > 0 && e.relation == relation && e.source_id == source && e.target_id == target;
  }
};

void write_edge(std::ostream& out, const EdgeTotals& edge, std::uint64_t id) {
  const RelationInfo& info = relation_info(edge.relation);
  out << fmt::format(
      "    <edge id=\"e{}\" source=\"{}\" target=\"{}\">\n"
      "      <data key=\"relation\">{}</data>\n      <data key=\"interaction\">{}</data>\n"
      "      <data key=\"sign\">{}</data>\n      <data key=\"count\">{}</data>\n"
      "      <data key=\"weight\">{}</data>\n      <data key=\"score\">{}</data>\n"
      "      <data key=\"first\">{}</data>\n      <data key=\"last\">{}</data>\n    </edge>\n",
      id, xml_escape(edge.source), xml_escape(edge.target), info.name, info.name, info.sign, edge.count,
      info.weight * static_cast<double>(edge.count), info.score() * static_cast<double>(edge.count),
      edge.first.to_string(), edge.last.to_string());
}

}  // namespace

Status write_graphml(const Store& store, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeyDecl& key : kKeys) {
    out << fmt::format("  <key id=\"{0}\" for=\"{1}\" attr.name=\"{0}\" attr.type=\"{2}\"/>\n", key.id,
                       key.domain, key.type);
  }
  out << "  <graph id=\"entente\" edgedefault=\"directed\">\n";
  Status nodes = store.scan_actors([&](const StoredActor& a) {
    out << fmt::format(
        "    <node id=\"{}\">\n      <data key=\"label\">{}</data>\n      <data key=\"key\">{}</data>\n"
        "      <data key=\"type\">{}</data>\n      <data key=\"country\">{}</data>\n"
        "      <data key=\"sector\">{}</data>\n    </node>\n",
        xml_escape(a.id), xml_escape(a.name), xml_escape(a.key), entity_type_name(a.type),
        xml_escape(a.country), xml_escape(a.sector));
    return true;
  });
  if (!nodes.ok()) return nodes;

  EdgeTotals edge;
  std::uint64_t edges = 0;
  Status scanned = store.scan_events("", "", [&](const StoredEvent& e) {
    if (!edge.same_edge(e)) {
      if (edge.count > 0) write_edge(out, edge, edges++);
      edge = EdgeTotals{e.source_id, e.target_id, e.relation};
    }
    ++edge.count;
    edge.first = std::min(edge.first, e.date);
    edge.last = std::max(edge.last, e.date);
    return true;
  });
  if (!scanned.ok()) return scanned;
  if (edge.count > 0) write_edge(out, edge, edges);
  out << "  </graph>\n</graphml>\n";
  if (!out) return Status::io_error("write failed");
  return Status();
}

}  // namespace entente
