#include "tools/progress.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace entente::cli {
namespace fs = std::filesystem;

std::string with_thousands(std::uint64_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string format_progress(const ProgressFigures& f) {
  const double rate = f.seconds > 0 ? static_cast<double>(f.bytes) / 1e6 / f.seconds : 0;
  std::string line;
  if (f.total_bytes > 0) {
    constexpr int kWidth = 24;
    const double done = std::min(1.0, static_cast<double>(f.bytes) / static_cast<double>(f.total_bytes));
    const int filled = static_cast<int>(done * kWidth);
    line = fmt::format("[{}{}] {:3.0f}%  ", std::string(filled, '#'), std::string(kWidth - filled, '-'),
                       done * 100);
  }
  line += fmt::format("{} articles  {} events  {:.1f} MB/s", with_thousands(f.articles),
                      with_thousands(f.events), rate);
  if (f.total_bytes > 0 && rate > 0 && f.bytes < f.total_bytes && f.seconds >= 1) {  // a rate worth trusting
    const auto eta = static_cast<std::uint64_t>(static_cast<double>(f.total_bytes - f.bytes) / 1e6 / rate);
    line += fmt::format("  ETA {}:{:02}", eta / 60, eta % 60);
  }
  return line;
}

std::uint64_t input_bytes(const std::vector<std::string>& paths) {
  std::uint64_t total = 0;
  std::error_code ec;
  const auto add = [&](const fs::path& p) {
    const std::uint64_t size = fs::file_size(p, ec);
    if (!ec) total += size;
  };
  for (const std::string& path : paths) {
    if (path == "-") return 0;
    if (!fs::is_directory(path, ec)) {
      add(path);
      continue;
    }
    for (auto it = fs::recursive_directory_iterator(path, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const std::string ext = it->path().extension().string();
      if (it->is_regular_file(ec) && (ext == ".txt" || ext == ".jsonl" || ext == ".json")) add(it->path());
    }
  }
  return total;
}

Progress::Progress(std::FILE* out, bool terminal, std::uint64_t total_bytes)
    : out_(out), terminal_(terminal), total_bytes_(total_bytes) {}

double Progress::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::update(std::uint64_t bytes, std::uint64_t articles, std::uint64_t events) {
  if (!terminal_) return;
  const auto now = std::chrono::steady_clock::now();
  if (shown_ && now - drawn_ < std::chrono::milliseconds(100)) return;
  drawn_ = now;
  shown_ = true;
  fmt::print(out_, "\r{}\x1b[K", format_progress({bytes, total_bytes_, articles, events, seconds()}));
  std::fflush(out_);
}

void Progress::finish() {
  if (!shown_) return;
  fmt::print(out_, "\r\x1b[K");
  std::fflush(out_);
  shown_ = false;
}

}  // namespace entente::cli
