// entente query: answer statements of the query language (docs/query.md) from the store: one
// given on the command line, a file of them, standard input, or an interactive prompt.
#include "query/query.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <iterator>

#include "core/file.h"
#include "core/text.h"
#include "tools/command.h"
#include "tools/common.h"
#include "tools/prompt.h"

namespace entente::cli {
namespace {

constexpr std::string_view kPromptHelp =
    "Statements (end them with ';' to put several on a line):\n"
    "  allies of A | opponents of A                 ranked ties, e.g. allies of Russia decay 180d\n"
    "  relations between A and B [by month|year]    counts each way and the net per period\n"
    "  events [from A] [to B] [relation R,...|hostile|friendly]\n"
    "  path from A to B [via hostile|friendly|any|R,...] [max N hops]\n"
    "  neighbours of A [depth N] [via ...]\n"
    "  enemies of enemies of A  (and friends/enemies of friends/enemies of A)\n"
    "  blocs\n"
    "Any statement takes since D, until D, as of D, limit N, at country level, and\n"
    "export graphml \"FILE\". Dates: 2018, 2018-05, 2018-05-23. 'quit' or Ctrl-D leaves.\n";

// Prints results as they come: tables and CSV one after another, JSON as one document (an array
// when the input may hold several statements).
class Printer {
 public:
  Printer(OutputFormat format, bool echo, bool array) : format_(format), echo_(echo), array_(array) {}

  // Prints one statement's result, or its error on stderr prefixed by `where`. Returns whether it
  // succeeded.
  bool print(std::string_view where, std::string_view statement, const Result<QueryResult>& result) {
    if (echo_ && format_ != OutputFormat::kJson) std::fputs(fmt::format("> {}\n", statement).c_str(), stdout);
    if (!result.ok()) {
      std::fflush(stdout);  // so that a transcript of both streams keeps the order
      fmt::print(stderr, "entente query: {}{}\n", where, result.status().message());
      return false;
    }
    std::string text = format_result(*result, format_);
    if (format_ == OutputFormat::kJson) {
      if (array_) text = fmt::format("{}{}", printed_ == 0 ? "[" : ",", text);
    } else if (printed_ > 0 && !echo_) {
      text = "\n" + text;
    }
    std::fputs(text.c_str(), stdout);
    std::fflush(stdout);
    ++printed_;
    return true;
  }

  // Closes the JSON array.
  void finish() {
    if (format_ == OutputFormat::kJson && array_) std::fputs(printed_ == 0 ? "[]\n" : "]\n", stdout);
  }

 private:
  OutputFormat format_;
  bool echo_;
  bool array_;
  int printed_ = 0;
};

class QueryCommand final : public Command {
 public:
  std::string_view name() const override { return "query"; }
  std::string_view summary() const override { return "ask the store a question"; }
  std::string_view usage() const override {
    return "entente query [OPTIONS] ['STATEMENT' | -f FILE]\n\n"
           "Answers statements of the query language (docs/query.md), for example:\n"
           "  entente query 'allies of Russia since 2019 limit 10'\n"
           "  entente query 'relations between Iran and \"United States\" by year'\n"
           "  entente query 'path from Turkey to Iran via hostile'\n"
           "-f FILE runs the statements of FILE, separated by ';' (- for standard input). With\n"
           "neither, on a terminal, an interactive prompt with line editing and history\n"
           "($ENTENTE_HISTORY, else ~/.entente_history).";
  }
  void declare(Flags& flags) const override {
    declare_store_flag(flags);
    flags.value("file", "FILE", "run the statements of FILE (- for standard input)");
    flags.short_name('f', "file");
    flags.boolean("json", "print results as JSON: one object, or an array of them for several statements");
    flags.boolean("csv", "print results as CSV");
    flags.boolean("echo", "print each statement before its result");
    declare_dictionary_flags(flags);
  }

  int run(const Flags& flags) override {
    const std::optional<std::string> file = flags.get("file");
    const bool prompt = !file && flags.positional().empty();
    if (flags.positional().size() > 1 || (file && !flags.positional().empty()) ||
        (prompt && isatty(STDIN_FILENO) == 0)) {
      fmt::print(stderr,
                 "entente query: expected one STATEMENT (quoted) or -f FILE; the prompt needs a terminal\n"
                 "Try 'entente query --help'.\n");
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
    QuerySession session(*store, *dictionary);
    const OutputFormat format = flags.has("json")  ? OutputFormat::kJson
                                : flags.has("csv") ? OutputFormat::kCsv
                                                   : OutputFormat::kTable;
    const bool echo = flags.has("echo");

    if (!flags.positional().empty()) {
      const std::string& statement = flags.positional()[0];
      return run_script(session, Printer(format, echo, statement.find(';') != std::string::npos), "",
                        statement);
    }
    if (!file) return interact(session, format, echo);
    std::string script;
    std::string where;
    if (file && *file != "-") {
      Result<std::string> read = read_file(*file);
      if (!read.ok()) {
        fmt::print(stderr, "entente query: {}\n", read.status().message());
        return kExitFailure;
      }
      script = std::move(*read);
      where = *file + ": ";
    } else {
      script.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
      where = "<stdin>: ";
    }
    return run_script(session, Printer(format, echo, true), where, script);
  }

 private:
  static int run_script(QuerySession& session, Printer printer, std::string_view where,
                        std::string_view script) {
    bool failed = false;
    session.run_script(script, [&](std::string_view statement, const Result<QueryResult>& result) {
      failed |= !printer.print(where, statement, result);
    });
    printer.finish();
    return failed ? kExitFailure : kExitOk;
  }

  static int interact(QuerySession& session, OutputFormat format, bool echo) {
    Prompt prompt(default_history_file());
    fmt::print("Entente query prompt: 'help' lists the statements, 'quit' or Ctrl-D leaves.\n");
    Printer printer(format, echo, false);
    while (const std::optional<std::string> line = prompt.read("entente> ")) {
      const std::string_view command = trim(*line);
      if (equals_ignore_case(command, "quit") || equals_ignore_case(command, "exit")) break;
      if (equals_ignore_case(command, "help")) {
        fmt::print("{}", kPromptHelp);
        continue;
      }
      session.run_script(*line, [&](std::string_view statement, const Result<QueryResult>& result) {
        printer.print("", statement, result);
      });
    }
    return kExitOk;
  }
};

}  // namespace

std::unique_ptr<Command> make_query_command() {
  return std::make_unique<QueryCommand>();
}

}  // namespace entente::cli
