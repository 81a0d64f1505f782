// query_bench: the query language's speed targets (issue 6) on a store built from the synthetic
// corpus, and networkx answering the same questions on the same graph in the same run.
//
//   query_bench DB_DIR [--samples N] [--python PYTHON]
//
// Build the store first (bench/synth_corpus, then entente ingest):
//   synth_corpus ../shared/corpus /tmp/synth 1000000 && entente ingest --db /tmp/synth.db /tmp/synth
//
// Picks actors from the tie graph: the ten with most ties and more at random (seeded) among
// those with ties; pairs of tied actors for relations; pairs two or three hops apart for paths.
// Times `allies of X`, `relations between A and B by year` and `path from A to B` through one
// QuerySession (parse, bind, plan, execute, as `entente query -f` runs them). The session's first
// statement reads the actor catalog and its first path reads the tie graph: those two are
// printed apart as cold times, the others as p50 / p90 / max. Targets: allies and relations
// p50 <= 5 ms, path p50 <= 50 ms. Then it writes the store's dyad months as TSV, runs
// bench/networkx_queries.py under Debian's python3 (python3-networkx), prints networkx's times,
// the ratios, and whether the answers agree.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <rapidjson/document.h>
#include <rapidjson/istreamwrapper.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "graph/algorithms.h"
#include "query/query.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace entente;

constexpr std::size_t kAllies = 20;  // the statements' default limits, which networkx matches
constexpr std::size_t kPaths = 5;
constexpr int kMaxHops = 3;
constexpr double kNetworkxBudgetSeconds = 20;  // for one path: Yen's algorithm may take far longer

struct Timings {
  std::vector<double> ms;
  double cold_ms = -1;  // the first statement of its kind, when it read more than the others

  double percentile(double p) const {
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.empty()) return 0;
    return sorted[std::min(sorted.size() - 1,
                           static_cast<std::size_t>(p * static_cast<double>(sorted.size())))];
  }
};

double since_ms(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// The sample: actors, tied pairs and pairs a few hops apart, by id.
struct Sample {
  std::vector<std::string> actors;
  std::vector<std::pair<std::string, std::string>> tied;
  std::vector<std::pair<std::string, std::string>> apart;
};

Sample pick(const ActorCatalog& catalog, const TieGraph& graph, std::size_t n) {
  const auto nodes = catalog.nodes(Level::kEntity);
  std::vector<NodeIndex> tied_nodes;
  for (NodeIndex v = 0; v < graph.node_count(); ++v) {
    if (graph.degree(v) > 0) tied_nodes.push_back(v);
  }
  std::stable_sort(tied_nodes.begin(), tied_nodes.end(),
                   [&](NodeIndex a, NodeIndex b) { return graph.degree(a) > graph.degree(b); });
  std::mt19937_64 random(6);
  Sample sample;
  std::vector<NodeIndex> chosen(tied_nodes.begin(),
                                tied_nodes.begin() + std::min<std::size_t>(10, tied_nodes.size()));
  std::uniform_int_distribution<std::size_t> any(0, tied_nodes.size() - 1);
  while (chosen.size() < std::min(n, tied_nodes.size())) chosen.push_back(tied_nodes[any(random)]);
  for (NodeIndex v : chosen) sample.actors.push_back(nodes[v].id);
  for (NodeIndex v : chosen) {
    std::vector<NodeIndex> others;
    graph.for_each_tie(v, [&](NodeIndex u, const Tie&) { others.push_back(u); });
    sample.tied.emplace_back(
        nodes[v].id,
        nodes[others[std::uniform_int_distribution<std::size_t>(0, others.size() - 1)(random)]].id);
  }
  // Path ends: from each chosen node to a random node two or three hops away.
  for (NodeIndex v : chosen) {
    if (sample.apart.size() == std::max<std::size_t>(1, n / 2)) break;
    const std::vector<int> hops = hop_distances(graph, v);
    std::vector<NodeIndex> far;
    for (NodeIndex u = 0; u < hops.size(); ++u) {
      if (hops[u] == 2 || hops[u] == 3) far.push_back(u);
    }
    if (far.empty()) continue;
    sample.apart.emplace_back(
        nodes[v].id, nodes[far[std::uniform_int_distribution<std::size_t>(0, far.size() - 1)(random)]].id);
  }
  return sample;
}

// The store's dyad months, for networkx: source, target, relation, sign, month, events, weight.
std::uint64_t write_dyads(const Store& store, const ActorCatalog& catalog, const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  std::uint64_t lines = 0;
  DyadScan scan;
  scan.in = false;
  scan.months = true;
  for (const StoredActor& actor : catalog.actors()) {
    const Status status = store.scan_dyads(actor.id, scan, [&](const DyadAggregate& d) {
      const RelationInfo& info = relation_info(d.relation);
      for (const MonthTally& m : d.months) {
        out << d.actor_id << '\t' << d.other->id << '\t' << info.name << '\t' << info.sign << '\t'
            << m.month.to_string().substr(0, 7) << '\t' << m.tally.events << '\t'
            << fmt::format("{}", m.tally.weight) << '\n';
        ++lines;
      }
      return true;
    });
    if (!status.ok()) throw std::runtime_error(status.message());
  }
  return lines;
}

std::string quoted(const std::string& id) {
  return fmt::format("\"{}\"", id);
}

// Runs each statement through the session, timing it; returns the results.
std::vector<QueryResult> run_all(QuerySession& session, const std::vector<std::string>& statements,
                                 Timings& t, bool first_is_cold) {
  std::vector<QueryResult> results;
  for (const std::string& statement : statements) {
    const Clock::time_point start = Clock::now();
    Result<QueryResult> r = session.run(statement);
    const double ms = since_ms(start);
    if (!r.ok()) throw std::runtime_error(statement + ": " + r.status().message());
    if (first_is_cold && t.cold_ms < 0) {
      t.cold_ms = ms;
    } else {
      t.ms.push_back(ms);
    }
    results.push_back(std::move(*r));
  }
  return results;
}

// Whether networkx's answers match the session's, statement by statement; the first that does
// not is kept to show.
struct Agreement {
  int agree = 0;
  int total = 0;
  std::string first_difference;
  void count(bool same, const std::string& statement, const std::vector<std::string>& ours,
             const std::vector<std::string>& theirs) {
    agree += same;
    ++total;
    if (same || !first_difference.empty()) return;
    first_difference = fmt::format("{}\n  ours:     {}\n  networkx: {}", statement, fmt::join(ours, ", "),
                                   fmt::join(theirs, ", "));
  }
};

// Our ranking (values printed to two decimals) agrees with networkx's (exact values) when each
// value agrees to the printed precision and each id is networkx's at that rank, but where
// networkx's values tie (equal within float noise) and so may come in either order, or where a
// limit cuts among the last values.
bool same_ranking(const std::vector<std::pair<std::string, double>>& ours,
                  const std::vector<std::pair<std::string, double>>& theirs) {
  constexpr double kPrinted = 0.0051;  // half a hundredth, and a little
  constexpr double kTie = 1e-6;
  if (ours.size() != theirs.size()) return false;
  for (std::size_t i = 0; i < ours.size(); ++i) {
    if (std::abs(ours[i].second - theirs[i].second) > kPrinted) return false;
    if (ours[i].first == theirs[i].first) continue;
    const double value = theirs[i].second;
    const bool swapped = std::any_of(theirs.begin(), theirs.end(), [&](const auto& t) {
      return t.first == ours[i].first && std::abs(t.second - value) < kTie;
    });
    const bool cut = std::abs(value - theirs.back().second) < kTie;
    if (!swapped && !cut) return false;
  }
  return true;
}

std::vector<std::string> shown(const std::vector<std::pair<std::string, double>>& list) {
  std::vector<std::string> out;
  for (const auto& [id, n] : list) out.push_back(fmt::format("{} {:.4f}", id, n));
  return out;
}

Agreement compare_allies(const std::vector<std::string>& statements, const std::vector<QueryResult>& ours,
                         const rapidjson::Value& theirs) {
  Agreement a;
  for (rapidjson::SizeType i = 0; i < theirs.Size(); ++i) {
    std::vector<std::pair<std::string, double>> mine, other;
    for (const auto& row : ours[i].rows) mine.emplace_back(row[0], std::strtod(row[2].c_str(), nullptr));
    for (const auto& entry : theirs[i][1].GetArray())
      other.emplace_back(entry[0].GetString(), entry[1].GetDouble());
    a.count(same_ranking(mine, other), statements[i], shown(mine), shown(other));
  }
  return a;
}

Agreement compare_relations(const std::vector<std::string>& statements, const std::vector<QueryResult>& ours,
                            const rapidjson::Value& theirs) {
  Agreement a;
  for (rapidjson::SizeType i = 0; i < theirs.Size(); ++i) {
    std::vector<std::pair<std::string, double>> mine, other;
    for (const auto& row : ours[i].rows) {
      if (row[4].empty()) continue;  // a year without events
      mine.emplace_back(row[0] + " " + row[3], std::strtod(row[4].c_str(), nullptr));
    }
    for (const auto& year : theirs[i][1].GetArray()) {
      other.emplace_back(fmt::format("{} {}", year[0].GetInt(), year[1].GetInt()), year[2].GetDouble());
    }
    a.count(same_ranking(mine, other), statements[i], shown(mine), shown(other));
  }
  return a;
}

// Paths agree on their costs: our strength is 1 / cost, printed to two decimals.
Agreement compare_paths(const std::vector<std::string>& statements, const std::vector<QueryResult>& ours,
                        const rapidjson::Value& theirs) {
  Agreement a;
  for (rapidjson::SizeType i = 0; i < theirs.Size(); ++i) {
    if (theirs[i][1]["gave_up"].GetBool()) continue;
    std::vector<std::pair<std::string, double>> mine, other;
    for (const auto& row : ours[i].rows) mine.emplace_back(row[2], std::strtod(row[1].c_str(), nullptr));
    for (const auto& found : theirs[i][1]["paths"].GetArray()) {
      std::string route;
      for (const auto& node : found[0].GetArray())
        route += (route.empty() ? "" : " - ") + std::string(node.GetString());
      other.emplace_back(route, 1 / found[1].GetDouble());
    }
    a.count(same_ranking(mine, other), statements[i], shown(mine), shown(other));
  }
  return a;
}

void print_ours(std::string_view what, const Timings& t, std::string_view target) {
  fmt::print("{:<34} p50 {:>8.2f} ms  p90 {:>8.2f}  max {:>8.2f}  {}\n", what, t.percentile(0.5),
             t.percentile(0.9), t.percentile(1.0), target);
}

void print_theirs(std::string_view what, const Timings& ours, const std::vector<double>& theirs_ms,
                  std::string_view note) {
  const Timings theirs{theirs_ms, -1};
  fmt::print("{:<34} p50 {:>8.2f} ms  p90 {:>8.2f}  max {:>8.2f}  ratio to ours at p50: {:.3g}x{}\n", what,
             theirs.percentile(0.5), theirs.percentile(0.9), theirs.percentile(1.0),
             theirs.percentile(0.5) / ours.percentile(0.5), note);
}

int run(const std::string& db, std::size_t samples, const std::string& python) {
  Result<std::unique_ptr<Store>> opened = Store::open(db, Store::Mode::kReadOnly);
  if (!opened.ok()) throw std::runtime_error(opened.status().message());
  const Store& store = **opened;
  Diagnostics diagnostics;
  const Dictionary dictionary = Dictionary::builtin(diagnostics);

  // The sample comes from a catalog and tie graph of the bench's own, so that the session
  // measured below reads its own.
  const Clock::time_point catalog_start = Clock::now();
  Result<ActorCatalog> catalog = ActorCatalog::read(store, &dictionary);
  if (!catalog.ok()) throw std::runtime_error(catalog.status().message());
  const double catalog_ms = since_ms(catalog_start);
  const Clock::time_point graph_start = Clock::now();
  Result<TieGraph> graph = TieGraph::read(store, *catalog, TieOptions{});
  if (!graph.ok()) throw std::runtime_error(graph.status().message());
  const double graph_ms = since_ms(graph_start);
  const Sample sample = pick(*catalog, *graph, samples);
  fmt::print("store {}: {} actors, {} ties; actor catalog read in {:.0f} ms, tie graph in {:.0f} ms\n", db,
             catalog->actors().size(), graph->tie_count(), catalog_ms, graph_ms);
  fmt::print(
      "sample: {} actors (the 10 with most ties, then random), {} tied pairs, {} pairs 2-3 hops apart\n\n",
      sample.actors.size(), sample.tied.size(), sample.apart.size());

  std::vector<std::string> allies, relations, paths;
  for (const std::string& a : sample.actors) allies.push_back("allies of " + quoted(a));
  for (const auto& [a, b] : sample.tied)
    relations.push_back(fmt::format("relations between {} and {} by year", quoted(a), quoted(b)));
  for (const auto& [a, b] : sample.apart)
    paths.push_back(fmt::format("path from {} to {}", quoted(a), quoted(b)));

  QuerySession session(store, dictionary);
  Timings allies_t, relations_t, paths_t;
  const std::vector<QueryResult> allies_r = run_all(session, allies, allies_t, true);
  const std::vector<QueryResult> relations_r = run_all(session, relations, relations_t, false);
  const std::vector<QueryResult> paths_r = run_all(session, paths, paths_t, true);
  fmt::print(
      "cold: first statement (reads the actor catalog) {:.1f} ms; first path (reads the tie graph) {:.1f} "
      "ms\n",
      allies_t.cold_ms, paths_t.cold_ms);
  fmt::print("peak RSS {:.0f} MB\n\n", peak_rss_mb());

  print_ours("allies of X", allies_t, "(target p50 <= 5 ms)");
  print_ours("relations between A and B by year", relations_t, "(target p50 <= 5 ms)");
  print_ours("path from A to B", paths_t, "(target p50 <= 50 ms)");
  std::fflush(stdout);

  // networkx on the same graph.
  const fs::path scratch = fs::temp_directory_path() / fmt::format("query_bench-{}", getpid());
  fs::create_directories(scratch);
  const std::string dyads = (scratch / "dyads.tsv").string();
  const std::string questions = (scratch / "questions.json").string();
  const std::string answers = (scratch / "answers.json").string();
  const std::uint64_t lines = write_dyads(store, *catalog, dyads);
  {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    auto id = [&](const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
    auto pairs = [&](const std::vector<std::pair<std::string, std::string>>& list) {
      w.StartArray();
      for (const auto& [a, b] : list) {
        w.StartArray();
        id(a);
        id(b);
        w.EndArray();
      }
      w.EndArray();
    };
    w.StartObject();
    w.Key("count_allies");
    w.Uint64(kAllies);
    w.Key("count_paths");
    w.Uint64(kPaths);
    w.Key("max_hops");
    w.Int(kMaxHops);
    w.Key("budget_seconds");
    w.Double(kNetworkxBudgetSeconds);
    w.Key("allies");
    w.StartArray();
    for (const std::string& a : sample.actors) id(a);
    w.EndArray();
    w.Key("relations");
    pairs(sample.tied);
    w.Key("path");
    pairs(sample.apart);
    w.EndObject();
    std::ofstream(questions) << buffer.GetString();
  }
  const std::string script = (fs::path(ENTENTE_SOURCE_DIR) / "bench" / "networkx_queries.py").string();
  const std::string command =
      fmt::format("'{}' '{}' '{}' '{}' '{}'", python, script, dyads, questions, answers);
  const int status = std::system(command.c_str());
  if (status != 0) {
    fs::remove_all(scratch);
    throw std::runtime_error(fmt::format("networkx run failed ({}): {}", status, command));
  }
  rapidjson::Document nx;
  {
    std::ifstream in(answers);
    rapidjson::IStreamWrapper wrapper(in);
    nx.ParseStream(wrapper);
  }
  fs::remove_all(scratch);
  if (nx.HasParseError()) throw std::runtime_error("cannot read networkx's answers");
  auto seconds_ms = [&](const char* kind) {
    std::vector<double> ms;
    for (const auto& answer : nx[kind].GetArray()) ms.push_back(answer[0].GetDouble() * 1000);
    return ms;
  };
  fmt::print("networkx {}: built its graphs from {} dyad-month rows in {:.1f} s ({} nodes, {} ties)\n\n",
             python, lines, nx["build_seconds"].GetDouble(), nx["nodes"].GetInt(), nx["ties"].GetInt());
  int gave_up = 0;
  for (const auto& answer : nx["path"].GetArray()) gave_up += answer[1]["gave_up"].GetBool();
  print_theirs("networkx allies", allies_t, seconds_ms("allies"), "");
  print_theirs("networkx relations by year", relations_t, seconds_ms("relations"), "");
  print_theirs("networkx path", paths_t, seconds_ms("path"),
               gave_up == 0 ? std::string()
                            : fmt::format("  ({} of {} gave up after {:.0f} s)", gave_up, nx["path"].Size(),
                                          kNetworkxBudgetSeconds));
  const Agreement a = compare_allies(allies, allies_r, nx["allies"]);
  const Agreement r = compare_relations(relations, relations_r, nx["relations"]);
  const Agreement p = compare_paths(paths, paths_r, nx["path"]);
  fmt::print("\nanswers agree with networkx: allies {}/{}, relations {}/{}, paths {}/{}\n", a.agree, a.total,
             r.agree, r.total, p.agree, p.total);
  for (const Agreement* x : {&a, &r, &p}) {
    if (!x->first_difference.empty()) fmt::print("first difference: {}\n", x->first_difference);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string db, python = "/usr/bin/python3";
  std::size_t samples = 50;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--samples" && i + 1 < args.size()) {
      samples = static_cast<std::size_t>(std::stoul(args[++i]));
    } else if (args[i] == "--python" && i + 1 < args.size()) {
      python = args[++i];
    } else if (db.empty() && !args[i].starts_with("--")) {
      db = args[i];
    } else {
      db.clear();
      break;
    }
  }
  if (db.empty() || samples < 1) {
    fmt::print(stderr, "usage: query_bench DB_DIR [--samples N] [--python PYTHON]\n");
    return 2;
  }
  try {
    return run(db, samples, python);
  } catch (const std::exception& e) {
    fmt::print(stderr, "query_bench: {}\n", e.what());
    return 1;
  }
}
