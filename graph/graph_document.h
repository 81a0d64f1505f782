// A small graph held in memory with typed attributes on its nodes and edges: what a query
// answered, in the shape that graph/export.h writes as GraphML.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace entente {

struct GraphDocument {
  using Value = std::variant<std::string, std::int64_t, double>;
  struct Attribute {
    std::string name;
    Value value;
  };
  struct Node {
    std::string id;
    std::vector<Attribute> attributes;
  };
  struct Edge {
    std::string source;
    std::string target;
    std::vector<Attribute> attributes;
  };

  bool directed = false;    // events and relations have a direction; ties have none
  std::vector<Node> nodes;  // ids are distinct
  std::vector<Edge> edges;  // their ends are ids of `nodes`
};

}  // namespace entente
