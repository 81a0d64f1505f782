// Export speed and memory: builds a store of EDGES distinct (source, relation, target) edges
// (default 1,000,000; 1 to 3 events each) with Store::put_article, then times each writer over
// it, and networkx's write_graphml on the same graph (read from the CSV export) in the same run.
// Prints seconds, edges/s, the ratio to networkx, and the peak resident memory of each export
// above the open store, which must not grow with the number of edges written.
//
// usage: export_speed [EDGES] [DIR]   (DIR: where the store and files go; default a temporary
//                                      directory, removed at the end)
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "graph/export.h"

namespace {

namespace fs = std::filesystem;
using namespace entente;

constexpr int kActors = 2000;
constexpr int kStates = 200;  // the first actors are states; the others belong to one of them
constexpr int kEventsPerArticle = 10;

// A figure of /proc/self/status in MiB: VmRSS (resident now) or VmHWM (peak since reset_peak()).
double status_mib(std::string_view field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with(field)) return std::stod(line.substr(field.size())) / 1024.0;
  }
  return 0;
}

void reset_peak() {
  std::ofstream("/proc/self/clear_refs") << "5";
}

ActorRef make_actor(int i) {
  ActorRef a;
  if (i < kStates) {
    a.id = a.key = a.country = fmt::format("S{:03}", i);
    a.name = fmt::format("State {} & S\u00f6hne <{}>", i, i);
    a.type = EntityType::kState;
  } else {
    a.id = fmt::format("person-{:04}", i);
    a.name = fmt::format("Person {} \"P\u00e9rez\"", i);
    a.key = a.country = fmt::format("S{:03}", i % kStates);
    a.type = EntityType::kPerson;
  }
  a.mention = a.name;
  return a;
}

// Edge k joins actor k % kActors to a distinct later actor by relation (k / kActors) % 16; its
// events are 1 to 3, on days spread over ten years.
Status generate(Store& store, std::uint64_t edges) {
  std::vector<ActorRef> actors;
  for (int i = 0; i < kActors; ++i) actors.push_back(make_actor(i));
  const Date start = Date::from_ymd(2015, 1, 1);
  std::vector<Event> batch;
  std::uint64_t article = 0;
  const auto flush = [&]() -> Status {
    if (batch.empty()) return Status();
    const std::string id = fmt::format("synthetic-{}", article++);
    const std::string text = "synthetic article " + id;
    for (Event& e : batch) e.article = id;
    Result<PutOutcome> put = store.put_article(ArticleRecord{id, id, "", "", batch[0].date, text}, batch);
    batch.clear();
    return put.status();
  };
  for (int round = 0; round < 3; ++round) {
    for (std::uint64_t k = 0; k < edges; ++k) {
      if (static_cast<int>(k % 3) < round) continue;
      if (batch.size() == kEventsPerArticle) {
        if (Status s = flush(); !s.ok()) return s;
      }
      const std::uint64_t rest = k / kActors;
      Event e;
      e.date = Date::from_days(start.days() + static_cast<std::int32_t>((article * 7 + round * 1201) % 3650));
      if (!batch.empty()) e.date = batch[0].date;  // an article dates all its events
      e.relation = static_cast<Relation>(rest % kRelationCount);
      e.source = actors[k % kActors];
      e.target = actors[(k % kActors + 1 + rest / kRelationCount) % kActors];
      e.text = "synthetic sentence";
      batch.push_back(std::move(e));
    }
    if (Status s = flush(); !s.ok()) return s;
  }
  return Status();
}

struct Timing {
  double seconds = 0;  // wall clock
  double cpu = 0;      // processor time of the process: steadier on a shared machine
  double before = 0;   // resident MiB with the store open, before the export
  double peak = 0;     // peak resident MiB during the export
};

// Runs `write` on a freshly opened read-only store, so that the peak is the export's own.
Timing measure(const std::string& db, const std::function<Status(const Store&)>& write) {
  Result<std::unique_ptr<Store>> store = Store::open(db, Store::Mode::kReadOnly);
  if (!store.ok()) throw std::runtime_error(store.status().message());
  reset_peak();
  const double before = status_mib("VmRSS:");
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  if (Status s = write(**store); !s.ok()) throw std::runtime_error(s.message());
  return Timing{std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
                static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC, before, status_mib("VmHWM:")};
}

Status to_file(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (Status s = write(out); !s.ok()) return s;
  out.close();
  return out ? Status() : Status::io_error("cannot write " + path);
}

std::uint64_t count_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::uint64_t lines = 0;
  for (std::string line; std::getline(in, line);) ++lines;
  return lines;
}

}  // namespace

int main(int argc, char** argv) {
  const std::uint64_t edges = argc > 1 ? std::stoull(argv[1]) : 1000000;
  const bool temporary = argc <= 2;
  const fs::path dir = temporary
                           ? fs::temp_directory_path() / fmt::format("entente-export-speed-{}", ::getpid())
                           : fs::path(argv[2]);
  fs::create_directories(dir);
  const std::string db = (dir / "store").string();
  try {
    {
      Result<std::unique_ptr<Store>> store = Store::open(db, Store::Mode::kReadWrite);
      if (!store.ok()) throw std::runtime_error(store.status().message());
      const auto start = std::chrono::steady_clock::now();
      if (Status s = generate(**store, edges); !s.ok()) throw std::runtime_error(s.message());
      fmt::print("store: {} edges, {} actors, built in {:.1f} s\n", edges, kActors,
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    // Opening it for writing once more settles the write-ahead log into tables, as the next
    // ingest would, so that the read-only opens below do not replay it.
    if (Status s = Store::open(db, Store::Mode::kReadWrite).status(); !s.ok())
      throw std::runtime_error(s.message());
    const std::string graphml = (dir / "entente.graphml").string();
    const std::string csv = (dir / "csv").string();
    fs::create_directories(csv);
    const ExportOptions all;
    ExportOptions eighth;  // 2 of the 16 relations: an eighth of the edges
    eighth.relations.reset().set(0).set(1);

    const auto report = [&](std::string_view what, std::uint64_t written, const Timing& t) {
      fmt::print(
          "{:<28} {:>7} edges {:>6.2f} s ({:>5.2f} s cpu) {:>7.0f} edges/s  peak {:>5.1f} MiB, {:>4.1f} "
          "above open\n",
          what, written, t.seconds, t.cpu, static_cast<double>(written) / t.seconds, t.peak,
          t.peak - t.before);
    };
    const Timing ours = measure(db, [&](const Store& s) {
      return to_file(graphml, [&](std::ostream& out) { return write_graphml(s, all, out); });
    });
    report("entente GraphML", edges, ours);
    const Timing part = measure(db, [&](const Store& s) {
      return to_file((dir / "eighth.graphml").string(),
                     [&](std::ostream& out) { return write_graphml(s, eighth, out); });
    });
    std::uint64_t eighth_edges = 0;  // the edges of relations 0 and 1, as generate() made them
    for (std::uint64_t k = 0; k < edges; ++k) eighth_edges += (k / kActors) % kRelationCount < 2;
    report("entente GraphML, 2 relations", eighth_edges, part);
    report("entente GEXF", edges, measure(db, [&](const Store& s) {
             return to_file((dir / "entente.gexf").string(),
                            [&](std::ostream& out) { return write_gexf(s, all, out); });
           }));
    report("entente DOT", edges, measure(db, [&](const Store& s) {
             return to_file((dir / "entente.dot").string(),
                            [&](std::ostream& out) { return write_dot(s, all, out); });
           }));
    report("entente CSV", edges, measure(db, [&](const Store& s) {
             std::ofstream nodes(csv + "/nodes.csv"), relationships(csv + "/relationships.csv");
             return write_csv(s, all, nodes, relationships);
           }));
    if (count_lines(csv + "/relationships.csv") != edges + 1)
      throw std::runtime_error("CSV edge count is off");

    // networkx builds the same graph from the CSV files, untimed, then writes it timed.
    const std::string command =
        fmt::format("{} {}/bench/networkx_write_graphml.py {} {}", ENTENTE_DEBIAN_PYTHON, ENTENTE_SOURCE_DIR,
                    csv, (dir / "networkx.graphml").string());
    fmt::print("running: {}\n", command);
    std::FILE* pipe = ::popen(command.c_str(), "r");
    double networkx_seconds = 0, networkx_cpu = 0;
    char line[512];
    while (pipe != nullptr && std::fgets(line, sizeof line, pipe) != nullptr) {
      fmt::print("  {}", line);
      std::sscanf(line, "networkx write_graphml: %lf s (%lf s cpu", &networkx_seconds, &networkx_cpu);
    }
    if (pipe == nullptr || ::pclose(pipe) != 0 || networkx_seconds == 0) {
      fmt::print("networkx did not run; no ratio\n");
    } else {
      fmt::print(
          "GraphML, {} edges: entente {:.2f} s ({:.2f} s cpu), networkx {:.2f} s ({:.2f} s cpu):\n"
          "entente is {:.1f}x faster ({:.1f}x in cpu time)\n",
          edges, ours.seconds, ours.cpu, networkx_seconds, networkx_cpu, networkx_seconds / ours.seconds,
          networkx_cpu / ours.cpu);
    }
  } catch (const std::exception& e) {
    fmt::print(stderr, "export_speed: {}\n", e.what());
    if (temporary) fs::remove_all(dir);
    return 1;
  }
  if (temporary) fs::remove_all(dir);
  return 0;
}
