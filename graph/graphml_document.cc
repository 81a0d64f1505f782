// GraphML for graphs held in memory (graph/export.h).
#include <fmt/format.h>

#include <map>

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

std::string_view type_name(const GraphDocument::Value& value) {
  switch (value.index()) {
    case 0: return "string";
    case 1: return "long";
    default: return "double";
  }
}

std::string value_text(const GraphDocument::Value& value) {
  switch (value.index()) {
    case 0: return xml_escape(std::get<std::string>(value));
    case 1: return std::to_string(std::get<std::int64_t>(value));
    default: return fmt::format("{}", std::get<double>(value));
  }
}

// Attribute names to key ids ("node_label", "edge_net", as the store's GraphML names them) and
// types, in order of first use.
class Keys {
 public:
  explicit Keys(std::string_view domain) : domain_(domain) {}
  template <class Items>
  void declare(const Items& items) {
    for (const auto& item : items) {
      for (const GraphDocument::Attribute& a : item.attributes) {
        if (ids_.count(a.name) != 0) continue;
        ids_.emplace(a.name, fmt::format("{}_{}", domain_, xml_escape(a.name)));
        order_.push_back({a.name, std::string(type_name(a.value))});
      }
    }
  }
  void write(std::string& out) const {
    for (const auto& [name, type] : order_) {
      out += fmt::format("  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n", ids_.at(name),
                         domain_, xml_escape(name), type);
    }
  }
  void data(std::string& out, const std::vector<GraphDocument::Attribute>& attributes) const {
    for (const GraphDocument::Attribute& a : attributes) {
      out += fmt::format("      <data key=\"{}\">{}</data>\n", ids_.at(a.name), value_text(a.value));
    }
  }

 private:
  std::string_view domain_;
  std::map<std::string, std::string, std::less<>> ids_;
  std::vector<std::pair<std::string, std::string>> order_;
};

}  // namespace

Status write_graphml(const GraphDocument& graph, std::ostream& out) {
  Keys node_keys("node"), edge_keys("edge");
  node_keys.declare(graph.nodes);
  edge_keys.declare(graph.edges);
  std::string text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  node_keys.write(text);
  edge_keys.write(text);
  text +=
      fmt::format("  <graph id=\"answer\" edgedefault=\"{}\">\n", graph.directed ? "directed" : "undirected");
  for (const GraphDocument::Node& node : graph.nodes) {
    text += fmt::format("    <node id=\"{}\">\n", xml_escape(node.id));
    node_keys.data(text, node.attributes);
    text += "    </node>\n";
  }
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const GraphDocument::Edge& edge = graph.edges[i];
    text += fmt::format("    <edge id=\"e{}\" source=\"{}\" target=\"{}\">\n", i, xml_escape(edge.source),
                        xml_escape(edge.target));
    edge_keys.data(text, edge.attributes);
    text += "    </edge>\n";
  }
  text += "  </graph>\n</graphml>\n";
  out << text;
  if (!out) return Status::io_error("write failed");
  return Status();
}

}  // namespace entente
