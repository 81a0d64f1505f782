// entente: the command line. Dispatches to the subcommands of tools/command.h.
#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "core/file.h"
#include "tools/command.h"

namespace entente::cli {
namespace {

std::vector<std::unique_ptr<Command>> all_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(make_extract_command());
  commands.push_back(make_ingest_command());
  commands.push_back(make_query_command());
  commands.push_back(make_export_command());
  commands.push_back(make_stats_command());
  commands.push_back(make_actors_command());
  return commands;
}

void print_help(const std::vector<std::unique_ptr<Command>>& commands) {
  fmt::print(
      "entente: builds a knowledge graph of who did what to whom from news articles.\n\n"
      "usage: entente COMMAND [OPTIONS] [ARGS]\n       entente --version\n\ncommands:\n");
  for (const auto& c : commands) fmt::print("  {:<8}  {}\n", c->name(), c->summary());
  fmt::print(
      "\nRun 'entente COMMAND --help' for a command's options. Store: --db DIR, $ENTENTE_DB, or "
      "./entente.db.\n");
}

int dispatch(int argc, char** argv) {
  const std::vector<std::unique_ptr<Command>> commands = all_commands();
  if (argc < 2) {
    print_help(commands);
    return kExitUsage;
  }
  const std::string_view first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    print_help(commands);
    return kExitOk;
  }
  if (first == "--version") {
    fmt::print("entente {}\n", ENTENTE_VERSION);
    return kExitOk;
  }
  for (const auto& command : commands) {
    if (command->name() != first) continue;
    Flags flags;
    command->declare(flags);
    flags.boolean("help", "show this help");
    const Status parsed = flags.parse(std::vector<std::string>(argv + 2, argv + argc));
    if (!parsed.ok()) {
      fmt::print(stderr, "entente {}: {}\nTry 'entente {} --help'.\n", first, parsed.message(), first);
      return kExitUsage;
    }
    if (flags.has("help")) {
      fmt::print("usage: {}\n\noptions:\n{}", command->usage(), flags.describe());
      return kExitOk;
    }
    return command->run(flags);
  }
  fmt::print(stderr, "entente: unknown command '{}'\nTry 'entente --help'.\n", first);
  return kExitUsage;
}

}  // namespace
}  // namespace entente::cli

int main(int argc, char** argv) {
  // The one boundary where an operation ends: anything thrown below is a bug or an exhausted
  // resource, reported rather than left to terminate().
  int status;
  try {
    status = entente::cli::dispatch(argc, argv);
  } catch (const std::exception& e) {
    fmt::print(stderr, "entente: fatal: {}\n", e.what());
    status = entente::cli::kExitFailure;
  }
  // Output still buffered when a disk fills up would otherwise be lost without a word, and the
  // exit status would claim success.
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    fmt::print(stderr, "entente: cannot write the output: {}\n", entente::describe_errno(errno));
    return entente::cli::kExitFailure;
  }
  return status;
}
