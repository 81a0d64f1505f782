#include "graph/ties.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace entente {

void Tie::add(Relation relation, const EventTally& tally, double factor) {
  const double weight = tally.weight * factor;
  if (relation_info(relation).sign > 0) {
    cooperative += weight;
  } else {
    hostile += weight;
  }
  events += tally.events;
  first = std::min(first, tally.first);
  last = std::max(last, tally.last);
}

void Tie::add(const Tie& other) {
  cooperative += other.cooperative;
  hostile += other.hostile;
  events += other.events;
  first = std::min(first, other.first);
  last = std::max(last, other.last);
}

double Decay::factor(Date day) const {
  const double age = present.days() - day.days();
  return age <= 0 ? 1.0 : std::exp2(-age / half_life_days);
}

Status scan_actor_ties(const Store& store, const ActorCatalog& catalog, ActorIndex actor, bool out, bool in,
                       const TieOptions& options, const std::function<void(NodeIndex, const Tie&)>& visit) {
  const NodeIndex self = catalog.node_of(options.level, actor);
  DyadScan scan;
  scan.out = out;
  scan.in = in;
  scan.window = options.window;
  scan.months = options.decay.has_value();
  return store.scan_dyads(catalog.actors()[actor].id, scan, [&](const DyadAggregate& dyad) {
    if (!options.relations[static_cast<std::size_t>(dyad.relation)]) return true;
    // An actor stored after the catalog was read is not part of the graph the session sees.
    const std::optional<NodeIndex> other = catalog.node_of(options.level, dyad.other->id);
    if (!other || *other == self) return true;
    Tie tie;
    if (options.decay) {
      for (const MonthTally& month : dyad.months) {
        const Date middle = Date::from_days((month.tally.first.days() + month.tally.last.days()) / 2);
        tie.add(dyad.relation, month.tally, options.decay->factor(middle));
      }
    } else {
      tie.add(dyad.relation, dyad.total);
    }
    visit(*other, tie);
    return true;
  });
}

Result<std::vector<NodeTie>> read_ties(const Store& store, const ActorCatalog& catalog, NodeIndex node,
                                       const TieOptions& options) {
  std::unordered_map<NodeIndex, Tie> ties;
  for (ActorIndex member : catalog.nodes(options.level)[node].members) {
    Status scanned = scan_actor_ties(store, catalog, member, true, true, options,
                                     [&](NodeIndex other, const Tie& tie) { ties[other].add(tie); });
    if (!scanned.ok()) return scanned;
  }
  std::vector<NodeTie> sorted;
  sorted.reserve(ties.size());
  for (const auto& [other, tie] : ties) sorted.push_back(NodeTie{other, tie});
  std::sort(sorted.begin(), sorted.end(),
            [](const NodeTie& a, const NodeTie& b) { return a.other < b.other; });
  return sorted;
}

}  // namespace entente
