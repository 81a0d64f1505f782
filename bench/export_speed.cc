// Export speed and memory: builds a store of EDGES distinct (source, relation, target) edges
// (default 1,000,000; 1 to 3 events each) with Store::put_article, then times each writer over
// it, and networkx's write_graphml on the same graph (built from the CSV export) in the same run.
// Each export runs in a fresh process of its own, so that its peak resident memory is its own:
// it must not grow with the number of edges written (compare the whole graph with an eighth, and
// with the store merely opened). Prints wall and cpu seconds, edges/s and the ratio to networkx.
//
// usage: export_speed [EDGES] [DIR]   DIR keeps the store and the files, and a store already in
//                                     it for EDGES is reused; default: a temporary directory
//        export_speed --measure FORMAT all|eighth STORE OUT   one export, as the runs above do
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

// A figure of /proc/self/status in MiB, such as VmHWM, the peak resident memory.
double status_mib(std::string_view field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with(field)) return std::stod(line.substr(field.size())) / 1024.0;
  }
  return 0;
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

// What one export took, as its process reports it.
struct Timing {
  double seconds = 0;  // wall clock
  double cpu = 0;      // processor time of the process: steadier on a shared machine
  double peak = 0;     // peak resident MiB of the whole process
};

Status to_file(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (Status s = write(out); !s.ok()) return s;
  out.close();
  return out ? Status() : Status::io_error("cannot write " + path);
}

// The child: one export of FORMAT (graphml, gexf, dot, csv, or open: only open the store) of all
// edges, of an eighth (2 of the 16 relations) or of every event (--events, read from the
// mentions); prints "seconds cpu peak".
int measure_main(std::string_view format, std::string_view part, const std::string& db,
                 const std::string& out) {
  ExportOptions options;
  if (part == "eighth") options.relations.reset().set(0).set(1);
  options.per_event = part == "events";
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  Result<std::unique_ptr<Store>> opened = Store::open(db, Store::Mode::kReadOnly);
  if (!opened.ok()) throw std::runtime_error(opened.status().message());
  const Store& store = **opened;
  Status written;
  if (format == "csv") {
    fs::create_directories(out);
    std::ofstream nodes(out + "/nodes.csv"), relationships(out + "/relationships.csv");
    written = write_csv(store, options, nodes, relationships);
  } else if (format != "open") {
    using Writer = Status (*)(const Store&, const ExportOptions&, std::ostream&);
    const Writer write = format == "graphml" ? Writer{write_graphml}
                         : format == "gexf"  ? write_gexf
                                             : write_dot;
    written = to_file(out, [&](std::ostream& stream) { return write(store, options, stream); });
  }
  if (!written.ok()) throw std::runtime_error(written.message());
  fmt::print("{} {} {}\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
             static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC, status_mib("VmHWM:"));
  return 0;
}

// Runs `command` and returns the last line it printed.
std::string last_line(const std::string& command, bool echo) {
  std::FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
  std::string last;
  char line[1024];
  while (std::fgets(line, sizeof line, pipe) != nullptr) {
    if (echo) fmt::print("  {}", line);
    last = line;
  }
  if (::pclose(pipe) != 0) throw std::runtime_error("failed: " + command);
  return last;
}

Timing measure(std::string_view format, std::string_view part, const std::string& db,
               const std::string& out) {
  const std::string self = fs::read_symlink("/proc/self/exe").string();
  const std::string line =
      last_line(fmt::format("{} --measure {} {} {} {}", self, format, part, db, out), false);
  Timing t;
  if (std::sscanf(line.c_str(), "%lf %lf %lf", &t.seconds, &t.cpu, &t.peak) != 3)
    throw std::runtime_error("unexpected measurement: " + line);
  return t;
}

std::uint64_t count_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::uint64_t lines = 0;
  for (std::string line; std::getline(in, line);) ++lines;
  return lines;
}

// Builds the store in `db` unless `db` holds one for `edges` already.
void build_store(const fs::path& dir, const std::string& db, std::uint64_t edges) {
  const fs::path marker = dir / "edges";
  std::uint64_t built = 0;
  std::ifstream previous(marker);
  if (previous >> built && built == edges && fs::exists(db)) {
    fmt::print("store: {} edges, reused from {}\n", edges, db);
    return;
  }
  fs::remove_all(db);
  {
    Result<std::unique_ptr<Store>> store = Store::open(db, Store::Mode::kReadWrite);
    if (!store.ok()) throw std::runtime_error(store.status().message());
    const auto start = std::chrono::steady_clock::now();
    if (Status s = generate(**store, edges); !s.ok()) throw std::runtime_error(s.message());
    fmt::print("store: {} edges, {} actors, built in {:.1f} s\n", edges, kActors,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  // Opening it for writing once more settles the write-ahead log into tables, as the next
  // ingest would, so that the read-only opens do not replay it.
  if (Status s = Store::open(db, Store::Mode::kReadWrite).status(); !s.ok())
    throw std::runtime_error(s.message());
  std::ofstream(marker) << edges;
}

std::uint64_t stored_events(const std::string& db) {
  Result<std::unique_ptr<Store>> store = Store::open(db, Store::Mode::kReadOnly);
  if (!store.ok()) throw std::runtime_error(store.status().message());
  Result<StoreStats> stats = (*store)->stats();
  if (!stats.ok()) throw std::runtime_error(stats.status().message());
  return stats->events;
}

int bench_main(std::uint64_t edges, const fs::path& dir) {
  const std::string db = (dir / "store").string();
  build_store(dir, db, edges);
  std::uint64_t eighth_edges = 0;  // the edges of relations 0 and 1, as generate() made them
  for (std::uint64_t k = 0; k < edges; ++k) eighth_edges += (k / kActors) % kRelationCount < 2;

  const auto report = [&](std::string_view what, std::uint64_t written, const Timing& t) {
    fmt::print("{:<30} {:>7} edges {:>6.2f} s ({:>5.2f} s cpu) {:>7.0f} edges/cpu-s  peak {:>5.1f} MiB\n",
               what, written, t.seconds, t.cpu, static_cast<double>(written) / t.cpu, t.peak);
  };
  report("store opened, nothing written", 0, measure("open", "all", db, "-"));
  const Timing ours = measure("graphml", "all", db, (dir / "entente.graphml").string());
  report("entente GraphML", edges, ours);
  report("entente GraphML, 2 relations", eighth_edges,
         measure("graphml", "eighth", db, (dir / "eighth.graphml").string()));
  report("entente GraphML, --events", stored_events(db),
         measure("graphml", "events", db, (dir / "events.graphml").string()));
  report("entente GEXF", edges, measure("gexf", "all", db, (dir / "entente.gexf").string()));
  report("entente DOT", edges, measure("dot", "all", db, (dir / "entente.dot").string()));
  const std::string csv = (dir / "csv").string();
  report("entente CSV", edges, measure("csv", "all", db, csv));
  if (count_lines(csv + "/relationships.csv") != edges + 1) throw std::runtime_error("CSV edge count is off");

  // networkx builds the same graph from the CSV files, untimed, then writes it timed.
  const std::string command =
      fmt::format("{} {}/bench/networkx_write_graphml.py {} {}", ENTENTE_DEBIAN_PYTHON, ENTENTE_SOURCE_DIR,
                  csv, (dir / "networkx.graphml").string());
  fmt::print("running: {}\n", command);
  double networkx_seconds = 0, networkx_cpu = 0;
  if (std::sscanf(last_line(command, true).c_str(), "networkx write_graphml: %lf s (%lf s cpu",
                  &networkx_seconds, &networkx_cpu) != 2) {
    throw std::runtime_error("networkx printed no time");
  }
  fmt::print(
      "GraphML, {} edges: entente {:.2f} s ({:.2f} s cpu), networkx {:.2f} s ({:.2f} s cpu):\n"
      "entente is {:.1f}x faster ({:.1f}x in cpu time)\n",
      edges, ours.seconds, ours.cpu, networkx_seconds, networkx_cpu, networkx_seconds / ours.seconds,
      networkx_cpu / ours.cpu);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    if (argc == 6 && std::string_view(argv[1]) == "--measure")
      return measure_main(argv[2], argv[3], argv[4], argv[5]);
    const std::uint64_t edges = argc > 1 ? std::stoull(argv[1]) : 1000000;
    if (argc > 2) {
      fs::create_directories(argv[2]);
      return bench_main(edges, argv[2]);
    }
    const fs::path dir = fs::temp_directory_path() / fmt::format("entente-export-speed-{}", ::getpid());
    fs::create_directories(dir);
    struct Cleanup {
      fs::path dir;
      ~Cleanup() { fs::remove_all(dir); }
    } cleanup{dir};
    return bench_main(edges, dir);
  } catch (const std::exception& e) {
    fmt::print(stderr, "export_speed: {}\n", e.what());
    return 1;
  }
}
