// entente ingest: code articles on several threads and merge their events into the store.
#include "ingest/ingest.h"

#include <fmt/format.h>
#include <unistd.h>

#include <charconv>
#include <thread>

#include "tools/coding_pipeline.h"
#include "tools/command.h"
#include "tools/common.h"
#include "tools/event_files.h"
#include "tools/progress.h"

namespace entente::cli {
namespace {

constexpr int kMaxJobs = 256;

// Where each article went, for the summary line.
struct IngestCounts {
  std::uint64_t articles = 0;
  std::uint64_t added = 0;
  std::uint64_t replaced = 0;
  std::uint64_t unchanged = 0;
  std::uint64_t copies = 0;
  std::uint64_t events = 0;  // coded, in articles that were new or replaced

  void count(PutOutcome outcome, std::size_t coded_events) {
    ++articles;
    switch (outcome) {
      case PutOutcome::kAdded: ++added; break;
      case PutOutcome::kReplaced: ++replaced; break;
      case PutOutcome::kUnchanged: ++unchanged; break;
      case PutOutcome::kCopy: ++copies; break;
    }
    if (outcome == PutOutcome::kAdded || outcome == PutOutcome::kReplaced) events += coded_events;
  }
};

// Stores articles one by one, or only counts them on a dry run. Articles the store refuses are
// rejected inputs; any other store error ends the ingest.
class ArticleSink {
 public:
  explicit ArticleSink(Store* store) : store_(store) {}

  // Returns false when the store failed and nothing more can be written.
  bool put(const ArticleRecord& record, std::span<const Event> events, std::string_view file,
           std::size_t line) {
    if (store_ == nullptr) {
      ++counts.articles;
      counts.events += events.size();
      return true;
    }
    Result<PutOutcome> outcome = store_->put_article(record, events);
    if (outcome.ok()) {
      counts.count(*outcome, events.size());
      return true;
    }
    if (outcome.status().code() == Status::Code::kInvalidArgument) {
      rejected.report(std::string(file), line, outcome.status().message());
      return true;
    }
    // Where the ingest stopped: the articles before this one are stored.
    const Diagnostic stopped{std::string(file), line, outcome.status().message()};
    fmt::print(stderr, "entente ingest: {}\n", stopped.to_string());
    return false;
  }

  IngestCounts counts;
  Diagnostics rejected;

 private:
  Store* store_;
};

class IngestCommand final : public Command {
 public:
  std::string_view name() const override { return "ingest"; }
  std::string_view summary() const override { return "code articles and store their events"; }
  std::string_view usage() const override {
    return "entente ingest [OPTIONS] [PATH...]\n\n"
           "Codes the articles in PATHs on several threads and merges their events into the store,\n"
           "one atomic write per article, in input order. Re-ingesting an unchanged article changes\n"
           "nothing; a changed one replaces its earlier events; the same text under another id is\n"
           "recorded but counted once. --events merges what 'entente extract --json' wrote, perhaps\n"
           "on other machines. Shows a progress bar on a terminal, then one summary line and every\n"
           "rejected input as FILE[:LINE]: reason.\n"
           "Exit status: 0 when every input went in, 1 when some were rejected or the store failed,\n"
           "2 on usage errors.";
  }
  void declare(Flags& flags) const override {
    declare_store_flag(flags);
    flags.value("jobs", "N", "coding threads (default: one per core)");
    flags.value("events", "FILE.jsonl", "store the events of 'entente extract --json' output", true);
    flags.boolean("dry-run", "code the articles and count, without writing the store");
    flags.value("date", "YYYY-MM-DD", "date for articles whose file carries none");
    declare_dictionary_flags(flags);
  }

  int run(const Flags& flags) override {
    const std::vector<std::string>& paths = flags.positional();
    const std::vector<std::string>& event_files = flags.all("events");
    if (paths.empty() && event_files.empty()) {
      fmt::print(stderr,
                 "entente ingest: no input PATH or --events FILE given\nTry 'entente ingest --help'.\n");
      return kExitUsage;
    }
    const std::optional<int> jobs = parse_jobs(flags);
    bool bad_date = false;
    ReaderOptions reader_options{parse_date_flag("ingest", flags, "date", bad_date)};
    if (!jobs || bad_date) return kExitUsage;

    // The store first, so that a second writer hears at once that it is in use.
    std::unique_ptr<Store> store;
    if (!flags.has("dry-run")) {
      store = open_store(flags, Store::Mode::kReadWrite);
      if (!store) return kExitFailure;
    }
    ArticleSink sink(store.get());
    Diagnostics diagnostics;
    std::vector<std::string> all_inputs = paths;
    all_inputs.insert(all_inputs.end(), event_files.begin(), event_files.end());
    Progress progress(stderr, isatty(STDERR_FILENO) == 1, input_bytes(all_inputs));
    std::uint64_t bytes = 0;
    bool store_failed = false;
    if (!paths.empty()) {
      Result<Dictionary> dictionary = load_dictionary(flags, diagnostics);
      if (!dictionary.ok()) {
        fmt::print(stderr, "entente ingest: {}\n", dictionary.status().message());
        return kExitFailure;
      }
      store_failed =
          !code_articles(paths, reader_options, *dictionary, *jobs, sink, progress, bytes, diagnostics);
    }
    if (!store_failed && !event_files.empty()) {
      store_failed = !merge_events(event_files, sink, progress, bytes, diagnostics);
    }
    progress.finish();

    print_summary(sink.counts, bytes, progress.seconds(), store.get());
    print_diagnostics("ingest", diagnostics);
    print_diagnostics("ingest", sink.rejected);
    const std::size_t rejected = diagnostics.errors() + sink.rejected.errors();
    if (rejected > 0) fmt::print(stderr, "entente ingest: {} input(s) rejected\n", rejected);
    return store_failed || rejected > 0 ? kExitFailure : kExitOk;
  }

 private:
  // Codes the articles of `paths` on `jobs` threads into `sink`, adding the input read to `bytes`.
  // Returns false when the store failed.
  static bool code_articles(const std::vector<std::string>& paths, const ReaderOptions& options,
                            const Dictionary& dictionary, int jobs, ArticleSink& sink, Progress& progress,
                            std::uint64_t& bytes, Diagnostics& diagnostics) {
    const std::unique_ptr<Lexicon> lexicon = builtin_lexicon(diagnostics);
    ArticleReader reader(paths, options, diagnostics);
    CodingPipeline pipeline(reader, dictionary, *lexicon, jobs);
    const std::uint64_t before = bytes;
    while (CodedArticle* coded = pipeline.next()) {
      const Article& a = coded->article;
      const ArticleRecord record{a.id, a.file, a.url, a.source, a.date, a.text};
      if (!sink.put(record, coded->events, a.file, a.line)) return false;
      bytes = before + coded->bytes_read;
      progress.update(bytes, sink.counts.articles, sink.counts.events);
    }
    return true;
  }

  // Stores the events of `files` (entente extract --json) into `sink`, as code_articles does.
  static bool merge_events(const std::vector<std::string>& files, ArticleSink& sink, Progress& progress,
                           std::uint64_t& bytes, Diagnostics& diagnostics) {
    EventFileReader reader(files, diagnostics);
    const std::uint64_t before = bytes;
    ArticleEvents article;
    while (reader.next(article)) {
      // The article's own file, as extract saw it; rejections name the events file and line.
      const ArticleRecord record{article.id,     article.events.front().file, "", "", article.date,
                                 article.content};
      if (!sink.put(record, article.events, article.file, article.line)) return false;
      bytes = before + reader.bytes_read();
      progress.update(bytes, sink.counts.articles, sink.counts.events);
    }
    return true;
  }

  static std::optional<int> parse_jobs(const Flags& flags) {
    const std::optional<std::string> value = flags.get("jobs");
    if (!value) return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    int jobs = 0;
    const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), jobs);
    if (error != std::errc() || end != value->data() + value->size() || jobs < 1 || jobs > kMaxJobs) {
      fmt::print(stderr, "entente ingest: --jobs: '{}' is not a number of threads from 1 to {}\n", *value,
                 kMaxJobs);
      return std::nullopt;
    }
    return jobs;
  }

  static void print_summary(const IngestCounts& c, std::uint64_t bytes, double seconds, const Store* store) {
    const double mb = static_cast<double>(bytes) / 1e6;
    const std::string speed =
        fmt::format("{:.1f} MB in {:.1f} s ({:.1f} MB/s)", mb, seconds, seconds > 0 ? mb / seconds : 0);
    if (store == nullptr) {
      fmt::print("coded {} articles with {} events from {}; dry run, nothing stored\n", c.articles, c.events,
                 speed);
      return;
    }
    fmt::print(
        "ingested {} articles ({} new, {} replaced, {} unchanged, {} copies) with {} events from {} into "
        "{}\n",
        c.articles, c.added, c.replaced, c.unchanged, c.copies, c.events, speed, store->dir());
  }
};

}  // namespace

std::unique_ptr<Command> make_ingest_command() {
  return std::make_unique<IngestCommand>();
}

}  // namespace entente::cli
