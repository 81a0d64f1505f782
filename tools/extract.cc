// entente extract: code articles and print their events.
#include <fmt/format.h>

#include "ingest/ingest.h"
#include "tools/command.h"
#include "tools/common.h"

namespace entente::cli {
namespace {

// One readable line per event, aligned in columns.
void print_plain(const Event& e) {
  fmt::print("{}  {:<14} {:<9} {:<14} {}#{}\n", e.date.to_string(), e.source.key, relation_name(e.relation),
             e.target.key, e.article, e.sentence);
  if (!e.explanation.empty()) fmt::print("    why: {}\n", e.explanation);
}

class ExtractCommand final : public Command {
 public:
  std::string_view name() const override { return "extract"; }
  std::string_view summary() const override { return "code articles and print their events"; }
  std::string_view usage() const override {
    return "entente extract [OPTIONS] PATH...\n\n"
           "Codes the articles in PATHs (plain-text or JSON Lines files, directories, or - for\n"
           "standard input) and prints one event per line, or JSON Lines with --json.";
  }
  void declare(Flags& flags) const override {
    flags.boolean("json", "print one JSON object per event");
    flags.boolean("explain", "say why each event was coded: trigger, rule, actor resolutions");
    flags.value("date", "YYYY-MM-DD", "date for articles whose file carries none");
    declare_dictionary_flags(flags);
  }

  int run(const Flags& flags) override {
    if (flags.positional().empty()) {
      fmt::print(stderr, "entente extract: no input PATH given\nTry 'entente extract --help'.\n");
      return kExitUsage;
    }
    bool bad_date = false;
    ReaderOptions reader_options{parse_date_flag("extract", flags, "date", bad_date)};
    if (bad_date) return kExitUsage;
    Diagnostics diagnostics;
    Result<Dictionary> dictionary = load_dictionary(flags, diagnostics);
    if (!dictionary.ok()) {
      fmt::print(stderr, "entente extract: {}\n", dictionary.status().message());
      return kExitFailure;
    }
    const std::unique_ptr<Lexicon> lexicon = builtin_lexicon(diagnostics);
    Coder coder(*dictionary, *lexicon, CoderOptions{flags.has("explain")});
    ArticleReader reader(flags.positional(), reader_options, diagnostics);
    const bool json = flags.has("json");
    Article article;
    std::vector<Event> events;
    while (reader.next(article)) {
      events.clear();
      coder.code(article, events);
      for (const Event& e : events) {
        if (json) {
          fmt::print("{}\n", event_to_json(e));
        } else {
          print_plain(e);
        }
      }
    }
    std::fflush(stdout);
    print_diagnostics("extract", diagnostics);
    return diagnostics.errors() > 0 ? kExitFailure : kExitOk;
  }
};

}  // namespace

std::unique_ptr<Command> make_extract_command() {
  return std::make_unique<ExtractCommand>();
}

}  // namespace entente::cli
