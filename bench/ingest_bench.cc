// ingest_bench: the store's speed, memory and size targets (issue 5), measured end to end.
//
//   ingest_bench ENTENTE_BIN DB_DIR [--jobs N] PATH...
//
// Runs `entente ingest --db DB_DIR PATH...` as a child process on a store that must not exist
// yet, then prints the input size, wall and CPU time, MB/s, the child's peak RSS, the store's
// size against its input. Targets: >= 10 MB/s; peak RSS <= 500 MB and store <= 2x input on 1M
// synthetic articles (bench/synth_corpus). bench/dyads_bench then times reads of the store.
#include <fmt/format.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "graph/store.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::uint64_t article_bytes(const std::vector<std::string>& paths) {
  std::uint64_t total = 0;
  for (const std::string& path : paths) {
    if (!fs::is_directory(path)) {
      total += fs::file_size(path);
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(path)) {
      const std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".txt" || ext == ".jsonl" || ext == ".json"))
        total += entry.file_size();
    }
  }
  return total;
}

struct ChildRun {
  int status = 0;
  double wall = 0;
  double cpu = 0;
  double peak_rss_mb = 0;
};

ChildRun run_child(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const Clock::time_point start = Clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    execv(argv[0], argv.data());
    _exit(127);
  }
  ChildRun run;
  rusage usage{};
  wait4(pid, &run.status, 0, &usage);
  run.wall = std::chrono::duration<double>(Clock::now() - start).count();
  run.cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
            static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  run.peak_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB -> MiB
  return run;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    fmt::print(stderr, "usage: ingest_bench ENTENTE_BIN DB_DIR [--jobs N] PATH...\n");
    return 2;
  }
  const std::string db = argv[2];
  if (fs::exists(db)) {
    fmt::print(stderr, "ingest_bench: {} exists; give a new store directory\n", db);
    return 2;
  }
  std::vector<std::string> args = {argv[1], "ingest", "--db", db};
  std::vector<std::string> paths;
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    args.push_back(arg);
    if (arg == "--jobs" && i + 1 < argc) {
      args.push_back(argv[++i]);
    } else {
      paths.push_back(arg);
    }
  }
  const double input_mb = static_cast<double>(article_bytes(paths)) / 1e6;
  const ChildRun run = run_child(args);
  if (!WIFEXITED(run.status) || WEXITSTATUS(run.status) > 1) {
    fmt::print(stderr, "ingest_bench: entente ingest failed (status {})\n", run.status);
    return 1;
  }

  auto opened = entente::Store::open(db, entente::Store::Mode::kReadOnly);
  if (!opened.ok()) {
    fmt::print(stderr, "ingest_bench: {}\n", opened.status().message());
    return 1;
  }
  const entente::Store& store = **opened;
  const auto stats = store.stats();
  if (!stats.ok() || stats->top_actors.empty()) {
    fmt::print(stderr, "ingest_bench: no events stored\n");
    return 1;
  }
  const double store_mb = static_cast<double>(stats->bytes_on_disk) / 1e6;
  fmt::print("input       {:.1f} MB: {} articles ({} copies), {} events, {} mentions, {} actors, {} dyads\n",
             input_mb, stats->articles, stats->copies, stats->events, stats->mentions, stats->actors,
             stats->dyads);
  fmt::print(
      "ingest      {:.1f} s wall, {:.1f} s CPU: {:.1f} MB/s end to end (target >= 10), {:.1f} MB per CPU "
      "second\n",
      run.wall, run.cpu, input_mb / run.wall, input_mb / run.cpu);
  fmt::print("peak RSS    {:.0f} MB (target <= 500 on 1M articles)\n", run.peak_rss_mb);
  fmt::print("store       {:.1f} MB on disk: {:.2f}x the input (target <= 2)\n", store_mb,
             store_mb / input_mb);

  return 0;
}
