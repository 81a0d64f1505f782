// entente query: answer a statement of the query language (docs/query.md) from the store.
#include "query/query.h"

#include <fmt/format.h>

#include "tools/command.h"
#include "tools/common.h"

namespace entente::cli {
namespace {

class QueryCommand final : public Command {
 public:
  std::string_view name() const override { return "query"; }
  std::string_view summary() const override { return "ask the store a question"; }
  std::string_view usage() const override {
    return "entente query [OPTIONS] 'STATEMENT'\n\n"
           "Answers a statement of the query language (docs/query.md), for example:\n"
           "  entente query 'events from Syria to \"United States\"'\n"
           "  entente query 'events to Iran limit 10'";
  }
  void declare(Flags& flags) const override {
    declare_store_flag(flags);
    flags.boolean("json", "print the result as one JSON document");
    flags.boolean("csv", "print the result as CSV");
    declare_dictionary_flags(flags);
  }

  int run(const Flags& flags) override {
    if (flags.positional().size() != 1) {
      fmt::print(stderr, "entente query: expected one STATEMENT (quote it)\nTry 'entente query --help'.\n");
      return kExitUsage;
    }
    if (flags.has("json") && flags.has("csv")) {
      fmt::print(stderr, "entente query: --json and --csv exclude each other\n");
      return kExitUsage;
    }
    Diagnostics diagnostics;
    Result<Dictionary> dictionary = load_dictionary(flags, diagnostics);
    print_diagnostics("query", diagnostics);
    if (!dictionary.ok()) {
      fmt::print(stderr, "entente query: {}\n", dictionary.status().message());
      return kExitFailure;
    }
    std::unique_ptr<Store> store = open_store(flags, Store::Mode::kReadOnly);
    if (!store) return kExitFailure;
    Result<QueryResult> result = run_query(flags.positional()[0], *dictionary, *store);
    if (!result.ok()) {
      fmt::print(stderr, "entente query: {}\n", result.status().message());
      return kExitFailure;
    }
    const OutputFormat format = flags.has("json")  ? OutputFormat::kJson
                                : flags.has("csv") ? OutputFormat::kCsv
                                                   : OutputFormat::kTable;
    fmt::print("{}", format_result(*result, format));
    return kExitOk;
  }
};

}  // namespace

std::unique_ptr<Command> make_query_command() {
  return std::make_unique<QueryCommand>();
}

}  // namespace entente::cli
