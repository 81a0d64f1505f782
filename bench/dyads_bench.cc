// dyads_bench: how fast a store answers Store::scan_dyads, the read behind "allies of X".
//
//   dyads_bench DB_DIR [ACTOR_ID]
//
// Times the scan of the actor with most events (or ACTOR_ID): all its dyads, the same with
// counts per month, and its last year only. Prints the first call (cold cache) and the median of
// 21 more, in milliseconds. Target: <= 5 ms for all dyads on the 1M-article store.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "graph/store.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Timing {
  double first_ms = 0;
  double median_ms = 0;
  std::size_t rows = 0;
  std::size_t months = 0;
};

Timing time_scan(const entente::Store& store, const std::string& actor, const entente::DyadScan& scan) {
  Timing timing;
  std::vector<double> ms;
  for (int i = 0; i < 22; ++i) {
    timing.rows = timing.months = 0;
    const Clock::time_point start = Clock::now();
    const entente::Status s = store.scan_dyads(actor, scan, [&](const entente::DyadAggregate& d) {
      ++timing.rows;
      timing.months += d.months.size();
      return true;
    });
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (!s.ok()) fmt::print(stderr, "dyads_bench: {}\n", s.message());
  }
  timing.first_ms = ms.front();
  ms.erase(ms.begin());
  std::nth_element(ms.begin(), ms.begin() + ms.size() / 2, ms.end());
  timing.median_ms = ms[ms.size() / 2];
  return timing;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    fmt::print(stderr, "usage: dyads_bench DB_DIR [ACTOR_ID]\n");
    return 2;
  }
  auto opened = entente::Store::open(argv[1], entente::Store::Mode::kReadOnly);
  if (!opened.ok()) {
    fmt::print(stderr, "dyads_bench: {}\n", opened.status().message());
    return 1;
  }
  const entente::Store& store = **opened;
  const auto stats = store.stats();
  if (!stats.ok() || stats->top_actors.empty()) {
    fmt::print(stderr, "dyads_bench: no events stored\n");
    return 1;
  }
  const std::string actor = argc == 3 ? argv[2] : stats->top_actors.front().id;
  entente::DyadScan all;
  entente::DyadScan months;
  months.months = true;
  entente::DyadScan year;
  year.window = entente::DateRange{entente::Date::from_ymd(stats->last_date.year(), 1, 1), stats->last_date};
  fmt::print("store of {} articles, {} events; scan_dyads of {} (target <= 5 ms for all dyads)\n",
             stats->articles, stats->events, actor);
  for (auto [name, scan] : {std::pair{"all dyads", all}, {"with months", months}, {"last year", year}}) {
    const Timing t = time_scan(store, actor, scan);
    fmt::print("  {:<12} {:>5} rows {:>6} months  {:7.2f} ms first  {:7.2f} ms median\n", name, t.rows,
               t.months, t.first_ms, t.median_ms);
  }
  return 0;
}
