// How `entente ingest` shows its progress: a bar redrawn on a terminal (articles, events, MB/s,
// ETA), nothing elsewhere; the command prints its one summary line at the end either way.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace entente::cli {

struct ProgressFigures {
  std::uint64_t bytes = 0;        // input consumed
  std::uint64_t total_bytes = 0;  // input in all, 0 when unknown (standard input)
  std::uint64_t articles = 0;
  std::uint64_t events = 0;
  double seconds = 0;
};

// One line of the bar: "[#####-----]  45%  1,234 articles  567 events  11.2 MB/s  ETA 0:42",
// without the percentage, the bar and the ETA when the total is unknown, and without the ETA in
// the first second.
std::string format_progress(const ProgressFigures& figures);

// "1,234,567".
std::string with_thousands(std::uint64_t n);

// Bytes in the article files under `paths` (files, and directories read recursively for .txt,
// .jsonl and .json, as ArticleReader reads them); 0 when a path is standard input.
std::uint64_t input_bytes(const std::vector<std::string>& paths);

class Progress {
 public:
  // Draws on `out` (stderr) only when `terminal`.
  Progress(std::FILE* out, bool terminal, std::uint64_t total_bytes);

  // Redraws at most ten times a second.
  void update(std::uint64_t bytes, std::uint64_t articles, std::uint64_t events);
  // Clears the bar, so that the summary and diagnostics follow on a clean line.
  void finish();
  double seconds() const;

 private:
  std::FILE* out_;
  bool terminal_;
  std::uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point drawn_{};
  bool shown_ = false;
};

}  // namespace entente::cli
