// What the exporters share: the stored graph folded and filtered by ExportOptions, read in
// passes that hold one source node's edges at a time, and the attributes every format writes.
// Internal to graph/.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/export.h"
#include "graph/export_text.h"

namespace entente::detail {

// An interval of days in which a node or an edge was active, both ends included.
struct Spell {
  Date start;
  Date end;
};

struct ExportNode {
  std::string id;  // node_id() of its actors
  std::string label;
  std::string key;
  EntityType type = EntityType::kState;
  std::string country;
  std::string sector;
  std::uint64_t events = 0;  // events on the exported edges it is an end of
  Date first = kMaxDate;     // the first and last of those events
  Date last = kMinDate;
};

// One (source, relation, target) with its events, or with ExportOptions::per_event one event.
struct ExportEdge {
  const ExportNode* source = nullptr;
  const ExportNode* target = nullptr;
  Relation relation = Relation::kConsult;
  std::uint64_t count = 0;  // 1 for an event
  Date first;               // for an event, its date
  Date last;
  std::string_view article;       // for an event; empty otherwise
  std::span<const Spell> spells;  // the whole months it was active in; for an event, its day
};

// The attributes the formats write, each under its name with its type.
enum class AttributeType { kString, kInt, kLong, kDouble, kDate };
enum class Field {
  kLabel,
  kKey,
  kType,
  kCountry,
  kSector,
  kEvents,
  kFirst,
  kLast,  // nodes
  kRelation,
  kInteraction,
  kSign,
  kCount,
  kWeight,
  kScore,
  kDate,
  kArticle  // edges
};
struct Attribute {
  Field field;
  std::string_view name;
  AttributeType type;
};

std::span<const Attribute> node_attributes();
// With `per_event` an event's date and article replace the count and first and last dates.
std::span<const Attribute> edge_attributes(bool per_event);
// REQUIRES: `field` is one of node_attributes(), resp. edge_attributes().
AttributeValue attribute_value(const ExportNode& node, Field field);
AttributeValue attribute_value(const ExportEdge& edge, Field field);

// An empty text is a missing value, which GraphML and GEXF leave out.
bool is_missing(const AttributeValue& value);

// Whole months as spells: the run of months from `first`'s to `last`'s.
Spell month_spell(Date first, Date last);

class ExportGraph {
 public:
  // Reads the stored actors, folds them into nodes at options.level, and reads the events once to
  // find each node's events. Returns the store's error when reading fails.
  static Result<ExportGraph> read(const Store& store, const ExportOptions& options);

  // The nodes with at least one exported edge, ordered by id.
  std::span<const ExportNode* const> nodes() const { return kept_; }
  bool per_event() const { return options_.per_event; }

  // Calls `visit` for each exported edge, grouped by source node in id order; aggregated edges
  // come ordered by target id and relation. Spells are filled only when `with_spells`.
  Status scan_edges(bool with_spells, const std::function<void(const ExportEdge&)>& visit) const;

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // The events of one source node, folded per (target node, relation).
  struct Totals {
    std::uint64_t count = 0;
    Date first = kMaxDate;
    Date last = kMinDate;
    std::vector<int> months;  // month_index() of each event, when spells are wanted
  };
  using Aggregates = std::unordered_map<std::uint64_t, Totals>;  // key: target * 16 + relation

  ExportGraph(const Store& store, const ExportOptions& options) : store_(&store), options_(options) {}
  Status read_nodes();
  // Describes a state node that no stored actor is, from options.names when it knows it.
  void describe_state(ExportNode& node) const;
  Status count_node_events();
  // Calls `visit` with each event of `source`'s actors that the options keep, and its target node.
  Status scan_source_events(std::uint32_t source,
                            const std::function<void(const StoredEvent&, std::uint32_t)>& visit) const;
  Status aggregate(std::uint32_t source, bool with_months, Aggregates& out) const;
  Status scan_aggregated(bool with_spells, const std::function<void(const ExportEdge&)>& visit) const;
  Status scan_events(const std::function<void(const ExportEdge&)>& visit) const;

  const Store* store_;
  ExportOptions options_;
  std::vector<ExportNode> nodes_;                  // ordered by id
  std::vector<std::vector<std::string>> members_;  // the actor ids folded into each node
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> node_of_actor_;
  std::vector<const ExportNode*> kept_;
};

}  // namespace entente::detail
