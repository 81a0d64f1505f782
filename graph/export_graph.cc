#include "graph/export_graph.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace entente::detail {
namespace {

using enum AttributeType;

constexpr Attribute kNodeAttributes[] = {
    {Field::kLabel, "label", kString},   {Field::kKey, "key", kString},
    {Field::kType, "type", kString},     {Field::kCountry, "country", kString},
    {Field::kSector, "sector", kString}, {Field::kEvents, "events", kLong},
    {Field::kFirst, "first", kDate},     {Field::kLast, "last", kDate},
};

constexpr Attribute kEdgeAttributes[] = {
    {Field::kRelation, "relation", kString},
    {Field::kInteraction, "interaction", kString},  // the name Cytoscape shows edges by
    {Field::kSign, "sign", kInt},
    {Field::kCount, "count", kLong},
    {Field::kArticles, "articles", kLong},
    {Field::kWeight, "weight", kDouble},
    {Field::kScore, "score", kDouble},
    {Field::kFirst, "first", kDate},
    {Field::kLast, "last", kDate},
};

constexpr Attribute kEventAttributes[] = {
    {Field::kRelation, "relation", kString},
    {Field::kInteraction, "interaction", kString},
    {Field::kSign, "sign", kInt},
    {Field::kArticles, "articles", kLong},
    {Field::kWeight, "weight", kDouble},
    {Field::kScore, "score", kDouble},
    {Field::kDate, "date", kDate},
    {Field::kArticle, "article", kString},
};

// Whole months as spells: each run of consecutive months in `months` becomes one spell.
void month_runs(std::vector<int>& months, std::vector<Spell>& out) {
  std::sort(months.begin(), months.end());
  out.clear();
  for (std::size_t i = 0; i < months.size();) {
    std::size_t j = i;
    while (j + 1 < months.size() && months[j + 1] - months[j] <= 1) ++j;
    out.push_back(
        Spell{Date::month_start(months[i]), Date::from_days(Date::month_start(months[j] + 1).days() - 1)});
    i = j + 1;
  }
}

}  // namespace

std::uint64_t ExportGraph::edge_key(std::uint32_t target, Relation relation) {
  return std::uint64_t{target} * kRelationCount + static_cast<std::uint64_t>(relation);
}

double ExportGraph::event_weight(const StoreEvent& event) {
  return relation_info(event.relation).weight * static_cast<double>(event.confidence) / 1000;
}

std::span<const Attribute> node_attributes() {
  return kNodeAttributes;
}

std::span<const Attribute> edge_attributes(bool per_event) {
  if (per_event) return kEventAttributes;
  return kEdgeAttributes;
}

AttributeValue attribute_value(const ExportNode& node, Field field) {
  switch (field) {
    case Field::kLabel: return node.label;
    case Field::kKey: return node.key;
    case Field::kType: return entity_type_name(node.type);
    case Field::kCountry: return node.country;
    case Field::kSector: return node.sector;
    case Field::kEvents: return static_cast<std::int64_t>(node.events);
    case Field::kFirst: return node.first;
    case Field::kLast: return node.last;
    default: return std::string_view();
  }
}

AttributeValue attribute_value(const ExportEdge& edge, Field field) {
  const RelationInfo& info = relation_info(edge.relation);
  switch (field) {
    case Field::kRelation:
    case Field::kInteraction: return info.name;
    case Field::kSign: return std::int64_t{info.sign};
    case Field::kCount: return static_cast<std::int64_t>(edge.count);
    case Field::kArticles: return static_cast<std::int64_t>(edge.articles);
    case Field::kWeight: return edge.weight;
    case Field::kScore: return info.sign * edge.weight;
    case Field::kFirst:
    case Field::kDate: return edge.first;
    case Field::kLast: return edge.last;
    case Field::kArticle: return edge.article;
    default: return std::string_view();
  }
}

bool is_missing(const AttributeValue& value) {
  const auto* text = std::get_if<std::string_view>(&value);
  return text != nullptr && text->empty();
}

Spell month_spell(Date first, Date last) {
  return Spell{Date::month_start(first.month_index()),
               Date::from_days(Date::month_start(last.month_index() + 1).days() - 1)};
}

Result<ExportGraph> ExportGraph::read(const Store& store, const ExportOptions& options) {
  ExportGraph graph(store, options);
  if (options.dates.first != kMinDate || options.dates.last != kMaxDate) graph.window_ = options.dates;
  // The tallies count whole months; a window that cuts a month needs the mentions' days.
  graph.days_cut_ =
      options.dates.first.day() != 1 || Date::from_days(options.dates.last.days() + 1).day() != 1;
  if (Status s = graph.read_nodes(); !s.ok()) return s;
  if (Status s = graph.count_node_events(); !s.ok()) return s;
  return graph;
}

Status ExportGraph::read_nodes() {
  Result<ActorCatalog> catalog = ActorCatalog::read(*store_, options_.names);
  if (!catalog.ok()) return catalog.status();
  catalog_ = std::move(*catalog);
  const std::span<const GraphNode> folded = catalog_.nodes(options_.level);
  nodes_.reserve(folded.size());
  for (const GraphNode& graph_node : folded) {
    ExportNode& node = nodes_.emplace_back();
    node.id = graph_node.id;
    node.label = graph_node.name;
    node.type = graph_node.type;
    if (const std::optional<ActorIndex> own = catalog_.find(graph_node.id)) {
      const StoredActor& actor = catalog_.actors()[*own];
      node.key = actor.key;
      node.country = actor.country;
      node.sector = actor.sector;
    } else {  // a state that no stored actor is, only its people, bodies and groups
      node.key = node.id;
      node.country = node.id;
    }
  }
  return Status();
}

Status ExportGraph::count_node_events() {
  const auto add = [&](const ExportNode* end, const ExportEdge& edge) {
    ExportNode& node = nodes_[static_cast<std::size_t>(end - nodes_.data())];
    node.events += edge.count;
    node.first = std::min(node.first, edge.first);
    node.last = std::max(node.last, edge.last);
  };
  Status counted = scan_aggregated(false, [&](const ExportEdge& edge) {
    add(edge.source, edge);
    if (edge.target != edge.source) add(edge.target, edge);  // a loop's events count once
  });
  if (!counted.ok()) return counted;
  for (const ExportNode& node : nodes_) {
    if (node.events > 0) kept_.push_back(&node);
  }
  return Status();
}

Result<std::uint32_t> ExportGraph::node_of(std::string_view actor_id) const {
  const std::optional<NodeIndex> node = catalog_.node_of(options_.level, actor_id);
  if (!node) {
    return Status::corruption(
        fmt::format("store {} is damaged: actor '{}' has events but no record", store_->dir(), actor_id));
  }
  return *node;
}

Status ExportGraph::aggregate(std::uint32_t source, bool with_months, Aggregates& out) const {
  out.clear();
  return days_cut_ ? aggregate_events(source, with_months, out) : aggregate_dyads(source, with_months, out);
}

Status ExportGraph::aggregate_dyads(std::uint32_t source, bool with_months, Aggregates& out) const {
  DyadScan scan;
  scan.in = false;  // each dyad once, from its source
  scan.window = window_;
  scan.months = with_months;
  for (const ActorIndex member : catalog_.nodes(options_.level)[source].members) {
    const std::string& actor = catalog_.actors()[member].id;
    Status failed;
    Status scanned = store_->scan_dyads(actor, scan, [&](const DyadAggregate& dyad) {
      if (!options_.relations.test(static_cast<std::size_t>(dyad.relation))) return true;
      const Result<std::uint32_t> target = node_of(dyad.other->id);
      if (!target.ok()) {
        failed = target.status();
        return false;
      }
      Totals& totals = out[edge_key(*target, dyad.relation)];
      totals.count += dyad.total.events;
      totals.articles += dyad.total.articles;
      totals.weight += dyad.total.weight;
      totals.first = std::min(totals.first, dyad.total.first);
      totals.last = std::max(totals.last, dyad.total.last);
      for (const MonthTally& month : dyad.months) totals.months.push_back(month.month.month_index());
      return true;
    });
    if (!scanned.ok()) return scanned;
    if (!failed.ok()) return failed;
  }
  return Status();
}

Status ExportGraph::aggregate_events(std::uint32_t source, bool with_months, Aggregates& out) const {
  return scan_source_events(source, [&](const StoreEvent& event) {
    Totals& totals = out[edge_key(event.target, event.relation)];
    ++totals.count;
    totals.articles += event.articles;
    totals.weight += event_weight(event);
    totals.first = std::min(totals.first, event.date);
    totals.last = std::max(totals.last, event.date);
    // Mentions come by date within a dyad and relation, so a month is pushed about once;
    // month_runs sorts what folding actors interleaves.
    if (with_months && (totals.months.empty() || totals.months.back() != event.date.month_index()))
      totals.months.push_back(event.date.month_index());
  });
}

Status ExportGraph::scan_source_events(std::uint32_t source,
                                       const std::function<void(const StoreEvent&)>& visit) const {
  StoreEvent event;
  std::string event_target;  // the actor id: two actors of one node are two events
  bool pending = false;
  for (const ActorIndex member : catalog_.nodes(options_.level)[source].members) {
    const std::string& actor = catalog_.actors()[member].id;
    Status failed;
    // The mentions of one event come one after the other (docs/storage.md): fold them.
    Status scanned = store_->scan_events(actor, "", [&](const StoredEvent& mention) {
      if (!options_.relations.test(static_cast<std::size_t>(mention.relation)) ||
          !options_.dates.contains(mention.date))
        return true;
      if (pending && (mention.target_id != event_target || mention.relation != event.relation ||
                      mention.date != event.date)) {
        visit(event);
        pending = false;
      }
      if (!pending) {
        const Result<std::uint32_t> target = node_of(mention.target_id);
        if (!target.ok()) {
          failed = target.status();
          return false;
        }
        event = StoreEvent{*target, mention.relation, mention.date, 0, 0, mention.article};
        event_target = mention.target_id;
        pending = true;
      }
      ++event.articles;
      event.confidence += static_cast<std::uint64_t>(std::lround(mention.confidence * 1000));
      return true;
    });
    if (!scanned.ok()) return scanned;
    if (!failed.ok()) return failed;
    if (pending) visit(event);
    pending = false;
  }
  return Status();
}

Status ExportGraph::scan_edges(bool with_spells, const std::function<void(const ExportEdge&)>& visit) const {
  return options_.per_event ? scan_events(visit) : scan_aggregated(with_spells, visit);
}

Status ExportGraph::scan_aggregated(bool with_spells,
                                    const std::function<void(const ExportEdge&)>& visit) const {
  Aggregates aggregates;
  std::vector<std::pair<std::uint64_t, Totals*>> ordered;
  std::vector<Spell> spells;
  for (std::uint32_t source = 0; source < nodes_.size(); ++source) {
    if (Status s = aggregate(source, with_spells, aggregates); !s.ok()) return s;
    ordered.clear();
    for (auto& [key, totals] : aggregates) {
      if (totals.count >= options_.min_events) ordered.emplace_back(key, &totals);
    }
    std::sort(ordered.begin(), ordered.end());
    for (const auto& [key, totals] : ordered) {
      if (with_spells) month_runs(totals->months, spells);
      visit(ExportEdge{&nodes_[source], &nodes_[key / kRelationCount],
                       static_cast<Relation>(key % kRelationCount), totals->count, totals->articles,
                       totals->weight, totals->first, totals->last, std::string_view(), spells});
    }
  }
  return Status();
}

Status ExportGraph::scan_events(const std::function<void(const ExportEdge&)>& visit) const {
  Aggregates aggregates;  // only to leave out the events of edges below min_events
  for (std::uint32_t source = 0; source < nodes_.size(); ++source) {
    if (options_.min_events > 1) {
      if (Status s = aggregate(source, false, aggregates); !s.ok()) return s;
    }
    Status scanned = scan_source_events(source, [&](const StoreEvent& event) {
      if (options_.min_events > 1) {
        const auto edge = aggregates.find(edge_key(event.target, event.relation));
        if (edge == aggregates.end() || edge->second.count < options_.min_events) return;
      }
      const Spell day{event.date, event.date};
      visit(ExportEdge{&nodes_[source], &nodes_[event.target], event.relation, 1, event.articles,
                       event_weight(event), event.date, event.date, event.article,
                       std::span<const Spell>(&day, 1)});
    });
    if (!scanned.ok()) return scanned;
  }
  return Status();
}

}  // namespace entente::detail
