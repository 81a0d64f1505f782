// The statements answered from the dyad tallies of one or two nodes: allies, opponents and
// relations between.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "query/answer.h"
#include "query/executor.h"

namespace entente::query {

using detail::format_number;

Result<Answer> Executor::rank_ties(const TieRanking& ranking, const Scope& scope) {
  Answer answer;
  QueryResult& table = answer.table;
  table.columns = {{"actor"},
                   {"name"},
                   {"net", QueryResult::Type::kNumber},
                   {"cooperative", QueryResult::Type::kNumber},
                   {"hostile", QueryResult::Type::kNumber},
                   {"events", QueryResult::Type::kInteger},
                   {"last"}};
  if (!ranking.node.index) return answer;
  Result<std::vector<NodeTie>> read = read_ties(store_, catalog_, *ranking.node.index, ranking.ties);
  if (!read.ok()) return read.status();
  std::vector<NodeTie> ties;
  for (const NodeTie& t : *read) {
    if (ranking.opponents ? t.tie.net() < 0 : t.tie.net() > 0) ties.push_back(t);
  }
  // Most friendly (or most hostile) first; equal nets by node id, as the nodes are ordered.
  std::stable_sort(ties.begin(), ties.end(), [&](const NodeTie& a, const NodeTie& b) {
    return ranking.opponents ? a.tie.net() < b.tie.net() : a.tie.net() > b.tie.net();
  });
  const auto nodes = catalog_.nodes(scope.level);
  for (const NodeTie& t : ties) {
    const GraphNode& other = nodes[t.other];
    table.rows.push_back({other.id, other.name, format_number(t.tie.net()), format_number(t.tie.cooperative),
                          format_number(t.tie.hostile), std::to_string(t.tie.events),
                          t.tie.last.to_string()});
  }
  detail::limit_rows(table, scope.limit);
  const GraphNode& self = nodes[*ranking.node.index];
  answer.graph.nodes.push_back(detail::node_document(self));
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    answer.graph.nodes.push_back(detail::node_document(nodes[ties[i].other]));
    answer.graph.edges.push_back(detail::tie_document(self.id, nodes[ties[i].other].id, ties[i].tie));
  }
  return answer;
}

namespace {

// A period's events between the pair: counts by direction and relation, and the net weight.
struct PeriodCounts {
  std::uint64_t events[2][kRelationCount] = {};  // [0]: first -> second, [1]: second -> first
  double net = 0;
};

// Periods as numbers in order: months since 1970-01, years, or 0 for all time.
int period_of(Date day, std::optional<Period> by) {
  if (!by) return 0;
  return *by == Period::kMonth ? day.month_index() : day.year();
}

std::string period_name(int period, std::optional<Period> by) {
  if (*by == Period::kYear) return std::to_string(period);
  return Date::month_start(period).to_string().substr(0, 7);  // YYYY-MM
}

// "reject 1, accuse 2": the relations of one direction with their events, in relation order.
std::string relation_counts(const std::uint64_t (&events)[kRelationCount]) {
  std::string text;
  for (int r = 0; r < kRelationCount; ++r) {
    if (events[r] == 0) continue;
    if (!text.empty()) text += ", ";
    text += fmt::format("{} {}", relation_name(static_cast<Relation>(r)), events[r]);
  }
  return text;
}

// How many dyads (one per other actor, relation and direction) the members of `node` have,
// counting no further than `cap`. Reads totals only: one range of keys per member.
Result<std::size_t> count_dyads(const Store& store, const ActorCatalog& catalog, const GraphNode& node,
                                std::size_t cap) {
  std::size_t count = 0;
  for (ActorIndex member : node.members) {
    if (count >= cap) break;
    Status status = store.scan_dyads(catalog.actors()[member].id, DyadScan{},
                                     [&](const DyadAggregate&) { return ++count < cap; });
    if (!status.ok()) return status;
  }
  return count;
}

}  // namespace

Result<Answer> Executor::pair_series(const PairSeries& series, const Scope& scope) {
  Answer answer;
  QueryResult& table = answer.table;
  table.columns = {{"period"},
                   {fmt::format("{} -> {}", series.first.id, series.second.id)},
                   {fmt::format("{} -> {}", series.second.id, series.first.id)},
                   {"events", QueryResult::Type::kInteger},
                   {"net", QueryResult::Type::kNumber}};
  if (!series.first.index || !series.second.index) return answer;
  const auto nodes = catalog_.nodes(series.level);
  // Months cost a lookup per dyad: read them on the side with fewer dyads.
  constexpr std::size_t kCountAtMost = 1024;
  const Result<std::size_t> first_dyads =
      count_dyads(store_, catalog_, nodes[*series.first.index], kCountAtMost);
  if (!first_dyads.ok()) return first_dyads.status();
  const Result<std::size_t> second_dyads =
      count_dyads(store_, catalog_, nodes[*series.second.index], *first_dyads + 1);
  if (!second_dyads.ok()) return second_dyads.status();
  const bool scan_second = *second_dyads < *first_dyads;
  const GraphNode& scanned = nodes[scan_second ? *series.second.index : *series.first.index];
  const NodeIndex other = scan_second ? *series.first.index : *series.second.index;

  std::map<int, PeriodCounts> periods;
  // The pair's events per direction and relation over all the periods, for the graph.
  Tie edges[2][kRelationCount];
  DyadScan scan;
  scan.window = series.window;
  scan.months = true;
  for (ActorIndex member : scanned.members) {
    Status status = store_.scan_dyads(catalog_.actors()[member].id, scan, [&](const DyadAggregate& dyad) {
      if (catalog_.node_of(series.level, dyad.other->id) != other) return true;
      // Direction 0 is first -> second: out of the first's members, or into the second's.
      const int direction = (dyad.direction == Direction::kOut) == scan_second ? 1 : 0;
      const RelationInfo& info = relation_info(dyad.relation);
      for (const MonthTally& month : dyad.months) {
        PeriodCounts& counts = periods[period_of(month.month, series.by)];
        counts.events[direction][static_cast<int>(dyad.relation)] += month.tally.events;
        counts.net += info.sign * month.tally.weight;
        edges[direction][static_cast<int>(dyad.relation)].add(dyad.relation, month.tally);
      }
      return true;
    });
    if (!status.ok()) return status;
  }
  if (periods.empty()) return answer;

  if (series.by) {
    // Every period from the first to the last, so that the series has no holes.
    for (int p = periods.begin()->first; p <= periods.rbegin()->first; ++p) periods.try_emplace(p);
    table.sparkline = 4;
  }
  for (const auto& [period, counts] : periods) {
    std::uint64_t events = 0;
    for (const auto& direction : counts.events) {
      for (std::uint64_t n : direction) events += n;
    }
    std::string name;
    if (series.by) {
      name = period_name(period, series.by);
    } else {
      Date first = kMaxDate, last = kMinDate;
      for (const auto& direction : edges) {
        for (const Tie& tie : direction) {
          first = std::min(first, tie.first);
          last = std::max(last, tie.last);
        }
      }
      name = fmt::format("{}..{}", first.to_string(), last.to_string());
    }
    // A period without events has no net: an empty cell, a gap in the sparkline.
    table.rows.push_back({name, relation_counts(counts.events[0]), relation_counts(counts.events[1]),
                          std::to_string(events), events == 0 ? "" : format_number(counts.net)});
  }
  detail::limit_rows(table, scope.limit);

  answer.graph.directed = true;
  const GraphNode* ends[2] = {&nodes[*series.first.index], &nodes[*series.second.index]};
  for (const GraphNode* end : ends) answer.graph.nodes.push_back(detail::node_document(*end));
  for (int direction = 0; direction < 2; ++direction) {
    for (int r = 0; r < kRelationCount; ++r) {
      const Tie& tie = edges[direction][r];
      if (tie.events == 0) continue;
      answer.graph.edges.push_back(
          GraphDocument::Edge{ends[direction]->id,
                              ends[1 - direction]->id,
                              {{"relation", std::string(relation_name(static_cast<Relation>(r)))},
                               {"events", static_cast<std::int64_t>(tie.events)},
                               {"weight", tie.strength()},
                               {"first", tie.first.to_string()},
                               {"last", tie.last.to_string()}}});
    }
  }
  return answer;
}

}  // namespace entente::query
