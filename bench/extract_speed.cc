// Coder speed: every .txt article under a directory (default ../shared/corpus), read into memory
// once, then coded PASSES times (default 5) on one thread. Prints MB/s, sentences/s, events and
// the resident memory after each pass, which must stay flat. Speeds are given by the wall clock
// and by the CPU time of the process: on a shared machine the second is the steadier figure.
//
// usage: extract_speed [DIR] [PASSES]
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/sentences.h"

namespace {

// Resident set size in MiB, from /proc (0 where unavailable).
double resident_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with("VmRSS:")) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

// CPU time of the process in seconds.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  const std::string dir = argc > 1 ? argv[1] : ENTENTE_SHARED_DIR "/corpus";
  const int passes = argc > 2 ? std::stoi(argv[2]) : 5;
  if (!fs::is_directory(dir)) {
    fmt::print("extract_speed: {} is not a directory; nothing to measure\n", dir);
    return 0;
  }
  std::vector<std::string> paths;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());

  entente::Diagnostics diagnostics;
  entente::ArticleReader reader(paths, entente::ReaderOptions{}, diagnostics);
  std::vector<entente::Article> articles;
  std::uint64_t bytes = 0, sentences = 0;
  std::vector<entente::SentenceSpan> spans;
  for (entente::Article article; reader.next(article);) {
    bytes += article.text.size();
    spans.clear();
    entente::split_sentences(article.text, spans);
    sentences += spans.size();
    articles.push_back(std::move(article));
  }
  const entente::Dictionary dictionary = entente::Dictionary::builtin(diagnostics);
  const std::unique_ptr<entente::Lexicon> lexicon = entente::builtin_lexicon(diagnostics);
  entente::Coder coder(dictionary, *lexicon);
  fmt::print("{} articles, {:.2f} MB, {} sentences, {} passes, {} diagnostics\n", articles.size(),
             bytes / 1e6, sentences, passes, diagnostics.items().size());

  std::vector<entente::Event> events;
  std::uint64_t event_count = 0;
  double seconds = 0, cpu = 0;
  for (int pass = 0; pass < passes; ++pass) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_seconds();
    for (const entente::Article& article : articles) {
      events.clear();
      coder.code(article, events);
      event_count += events.size();
    }
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double used = cpu_seconds() - cpu_start;
    seconds += elapsed;
    cpu += used;
    fmt::print("pass {}: {:.3f} s, {:.1f} MB/s; cpu {:.3f} s, {:.1f} MB/s; resident {:.1f} MiB\n", pass + 1,
               elapsed, bytes / 1e6 / elapsed, used, bytes / 1e6 / used, resident_mib());
  }
  const double total_mb = bytes * passes / 1e6;
  fmt::print("total: {:.2f} MB in {:.3f} s = {:.1f} MB/s, {:.0f} sentences/s, {} events per pass\n", total_mb,
             seconds, total_mb / seconds, sentences * passes / seconds, event_count / std::max(passes, 1));
  fmt::print("cpu:   {:.2f} MB in {:.3f} s = {:.1f} MB/s, {:.0f} sentences/s\n", total_mb, cpu,
             total_mb / cpu, sentences * passes / cpu);
  return 0;
}
