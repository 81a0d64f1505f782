// A subcommand of `entente`, in the manner of RocksDB's ldb: each is a small class, and main
// only dispatches.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "tools/flags.h"

namespace entente::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the operation failed or rejected some input
inline constexpr int kExitUsage = 2;    // bad subcommand, flag or argument

class Command {
 public:
  virtual ~Command() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view summary() const = 0;  // one line for `entente --help`
  virtual std::string_view usage() const = 0;    // "entente extract [OPTIONS] PATH..." and a description
  virtual void declare(Flags& flags) const = 0;
  // Runs with parsed flags; returns an exit code. Reports its own errors on stderr.
  virtual int run(const Flags& flags) = 0;
};

std::unique_ptr<Command> make_extract_command();
std::unique_ptr<Command> make_ingest_command();
std::unique_ptr<Command> make_query_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_stats_command();
std::unique_ptr<Command> make_actors_command();

}  // namespace entente::cli
