// What the exporters share: the stored graph folded and filtered by ExportOptions, read in
// passes that hold one source node's edges at a time, and the attributes every format writes.
// Internal to graph/.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/actor_catalog.h"
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
// An event is the store's: a distinct (day, source actor, relation, target actor); folding actors
// into countries relabels its ends and merges nothing.
struct ExportEdge {
  const ExportNode* source = nullptr;
  const ExportNode* target = nullptr;
  Relation relation = Relation::kConsult;
  std::uint64_t count = 0;     // events; 1 for an event
  std::uint64_t articles = 0;  // the counted articles reporting them (syndicated copies once)
  double weight = 0;           // the relation's weight times the summed confidence of those reports
  Date first;                  // for an event, its day
  Date last;
  std::string_view article;       // for an event, the first article reporting it; else empty
  std::span<const Spell> spells;  // the whole months it was active in; for an event, its day
};

// The attributes the formats write, each under its name with its type.
enum class AttributeType { kString, kInt, kLong, kDouble, kDate };
enum class Field {
  // nodes
  kLabel,
  kKey,
  kType,
  kCountry,
  kSector,
  kEvents,
  kFirst,  // and edges
  kLast,   // and edges
  // edges
  kRelation,
  kInteraction,
  kSign,
  kCount,
  kArticles,
  kWeight,
  kScore,
  kDate,
  kArticle,
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
  // Reads the stored actors, folds them into nodes at options.level, and reads the dyad tallies
  // once to find each node's events. Returns the store's error when reading fails.
  static Result<ExportGraph> read(const Store& store, const ExportOptions& options);

  // The nodes with at least one exported edge, ordered by id.
  std::span<const ExportNode* const> nodes() const { return kept_; }
  bool per_event() const { return options_.per_event; }

  // Calls `visit` for each exported edge, grouped by source node in id order; aggregated edges
  // come ordered by target id and relation. Spells are filled only when `with_spells`.
  Status scan_edges(bool with_spells, const std::function<void(const ExportEdge&)>& visit) const;

 private:
  // The events of one source node, folded per (target node, relation).
  struct Totals {
    std::uint64_t count = 0;
    std::uint64_t articles = 0;
    double weight = 0;
    Date first = kMaxDate;
    Date last = kMinDate;
    std::vector<int> months;  // month_index() of the months with events, when spells are wanted
  };
  using Aggregates = std::unordered_map<std::uint64_t, Totals>;  // key: target * 16 + relation
  // One event folded from its mentions.
  struct StoreEvent {
    std::uint32_t target = 0;
    Relation relation = Relation::kConsult;
    Date date;
    std::uint64_t articles = 0;
    std::uint64_t confidence = 0;  // summed, in thousandths, as the store's tallies sum it
    std::string article;
  };

  ExportGraph(const Store& store, const ExportOptions& options) : store_(&store), options_(options) {}
  Status read_nodes();
  Status count_node_events();
  // Looks up the node of a stored actor; Corruption when the store has no such actor.
  Result<std::uint32_t> node_of(std::string_view actor_id) const;
  static std::uint64_t edge_key(std::uint32_t target, Relation relation);  // the key of Aggregates
  static double event_weight(const StoreEvent& event);                     // as the store's tallies weigh it
  // Sums the events of `source`'s actors per (target node, relation) into `out`: from the dyad
  // tallies, or from the mentions when the window cuts a month.
  Status aggregate(std::uint32_t source, bool with_months, Aggregates& out) const;
  Status aggregate_dyads(std::uint32_t source, bool with_months, Aggregates& out) const;
  Status aggregate_events(std::uint32_t source, bool with_months, Aggregates& out) const;
  // Calls `visit` with each event of `source`'s actors, folded from the mentions that report it.
  Status scan_source_events(std::uint32_t source, const std::function<void(const StoreEvent&)>& visit) const;
  Status scan_aggregated(bool with_spells, const std::function<void(const ExportEdge&)>& visit) const;
  Status scan_events(const std::function<void(const ExportEdge&)>& visit) const;

  const Store* store_;
  ExportOptions options_;
  ActorCatalog catalog_;           // the stored actors and their nodes at options_.level
  std::vector<ExportNode> nodes_;  // the catalog's nodes, in its order (by id)
  std::vector<const ExportNode*> kept_;
  std::optional<DateRange> window_;  // options_.dates when bounded
  bool days_cut_ = false;            // options_.dates starts or ends inside a month
};

}  // namespace entente::detail
