// entente ingest: code articles and merge their events into the store.
#include "ingest/ingest.h"

#include <fmt/format.h>

#include "tools/command.h"
#include "tools/common.h"

namespace entente::cli {
namespace {

class IngestCommand final : public Command {
 public:
  std::string_view name() const override { return "ingest"; }
  std::string_view summary() const override { return "code articles and store their events"; }
  std::string_view usage() const override {
    return "entente ingest [OPTIONS] PATH...\n\n"
           "Codes the articles in PATHs and merges their events into the store. Re-ingesting an\n"
           "unchanged article changes nothing; a changed one replaces its earlier events.\n"
           "Exit status: 0 when every input went in, 1 when some were rejected, 2 on usage errors.";
  }
  void declare(Flags& flags) const override {
    declare_store_flag(flags);
    flags.value("date", "YYYY-MM-DD", "date for articles whose file carries none");
    declare_dictionary_flags(flags);
  }

  int run(const Flags& flags) override {
    if (flags.positional().empty()) {
      fmt::print(stderr, "entente ingest: no input PATH given\nTry 'entente ingest --help'.\n");
      return kExitUsage;
    }
    bool bad_date = false;
    ReaderOptions reader_options{parse_date_flag("ingest", flags, "date", bad_date)};
    if (bad_date) return kExitUsage;
    Diagnostics diagnostics;
    Result<Dictionary> dictionary = load_dictionary(flags, diagnostics);
    if (!dictionary.ok()) {
      fmt::print(stderr, "entente ingest: {}\n", dictionary.status().message());
      return kExitFailure;
    }
    const std::unique_ptr<Lexicon> lexicon = builtin_lexicon(diagnostics);
    std::unique_ptr<Store> store = open_store(flags, Store::Mode::kReadWrite);
    if (!store) return kExitFailure;

    Coder coder(*dictionary, *lexicon);
    ArticleReader reader(flags.positional(), reader_options, diagnostics);
    Article article;
    std::vector<Event> events;
    std::uint64_t articles = 0, added = 0, replaced = 0, unchanged = 0, event_count = 0;
    while (reader.next(article)) {
      events.clear();
      coder.code(article, events);
      const ArticleRecord record{article.id,     article.file, article.url,
                                 article.source, article.date, article.text};
      Result<PutOutcome> outcome = store->put_article(record, events);
      if (!outcome.ok()) {
        fmt::print(stderr, "entente ingest: {}: {}\n", article.file, outcome.status().message());
        return kExitFailure;  // the store failed: later articles would fail the same way
      }
      ++articles;
      event_count += events.size();
      switch (*outcome) {
        case PutOutcome::kAdded: ++added; break;
        case PutOutcome::kReplaced: ++replaced; break;
        case PutOutcome::kUnchanged: ++unchanged; break;
      }
    }
    fmt::print("ingested {} articles ({} new, {} replaced, {} unchanged), {} events, into {}\n", articles,
               added, replaced, unchanged, event_count, store->dir());
    print_diagnostics("ingest", diagnostics);
    if (diagnostics.errors() > 0)
      fmt::print(stderr, "entente ingest: {} input(s) rejected\n", diagnostics.errors());
    return diagnostics.errors() > 0 ? kExitFailure : kExitOk;
  }
};

}  // namespace

std::unique_ptr<Command> make_ingest_command() {
  return std::make_unique<IngestCommand>();
}

}  // namespace entente::cli
