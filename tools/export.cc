// entente export: write the stored graph for Gephi, yEd, Cytoscape, networkx.
#include "graph/export.h"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <iostream>

#include "tools/command.h"
#include "tools/common.h"

namespace entente::cli {
namespace {

class ExportCommand final : public Command {
 public:
  std::string_view name() const override { return "export"; }
  std::string_view summary() const override { return "write the stored graph as GraphML"; }
  std::string_view usage() const override {
    return "entente export [OPTIONS] --graphml FILE\n\n"
           "Writes the stored graph: actors as nodes, one edge per (source, relation, target)\n"
           "with its count, weight, score and first and last dates. FILE - is standard output.";
  }
  void declare(Flags& flags) const override {
    declare_store_flag(flags);
    flags.value("graphml", "FILE", "write GraphML to FILE");
  }

  int run(const Flags& flags) override {
    const std::optional<std::string> path = flags.get("graphml");
    if (!path || !flags.positional().empty()) {
      fmt::print(stderr, "entente export: expected --graphml FILE\nTry 'entente export --help'.\n");
      return kExitUsage;
    }
    std::unique_ptr<Store> store = open_store(flags, Store::Mode::kReadOnly);
    if (!store) return kExitFailure;
    // Written beside the target and renamed, so that a failed export leaves no half file.
    const std::string temporary = *path == "-" ? "" : *path + ".tmp";
    std::ofstream file;
    if (!temporary.empty()) {
      file.open(temporary, std::ios::binary | std::ios::trunc);
      if (!file) {
        fmt::print(stderr, "entente export: cannot write {}\n", temporary);
        return kExitFailure;
      }
    }
    std::ostream& out = temporary.empty() ? std::cout : file;
    Status written = write_graphml(*store, out);
    if (written.ok() && !temporary.empty()) {
      file.close();
      if (!file || std::rename(temporary.c_str(), path->c_str()) != 0)
        written = Status::io_error("write failed");
    }
    if (!written.ok()) {
      if (!temporary.empty()) std::remove(temporary.c_str());
      fmt::print(stderr, "entente export: {}: {}\n", *path, written.message());
      return kExitFailure;
    }
    if (!temporary.empty()) fmt::print(stderr, "entente export: wrote {}\n", *path);
    return kExitOk;
  }
};

}  // namespace

std::unique_ptr<Command> make_export_command() {
  return std::make_unique<ExportCommand>();
}

}  // namespace entente::cli
