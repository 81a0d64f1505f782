// entente export: write the stored graph for Gephi, yEd, Cytoscape, networkx, igraph, Graphviz
// and graph databases (docs/export.md).
#include "graph/export.h"

#include <fmt/format.h>

#include <charconv>
#include <filesystem>

#include "core/file.h"
#include "tools/command.h"
#include "tools/common.h"

namespace entente::cli {
namespace {

namespace fs = std::filesystem;

using FileWriter = Status (*)(const Store&, const ExportOptions&, std::ostream&);

struct FileFormat {
  std::string_view flag;
  std::string_view help;
  FileWriter write;
};

constexpr FileFormat kFileFormats[] = {
    {"graphml", "write GraphML to FILE (Gephi, yEd, Cytoscape, networkx, igraph)", write_graphml},
    {"gexf", "write GEXF to FILE, with spells for Gephi's timeline", write_gexf},
    {"dot", "write Graphviz DOT to FILE, edges coloured by sign", write_dot},
};

int usage_error(std::string_view message) {
  fmt::print(stderr, "entente export: {}\nTry 'entente export --help'.\n", message);
  return kExitUsage;
}

// Reads the flags that choose what to write into `options`. Returns the message of a usage
// error, or an empty string.
std::string parse_options(const Flags& flags, ExportOptions& options) {
  for (const char* name : {"since", "until"}) {
    const std::optional<std::string> value = flags.get(name);
    if (!value) continue;
    Result<DateRange> range = parse_partial_date(*value);
    if (!range.ok()) return fmt::format("--{}: {}", name, range.status().message());
    if (std::string_view(name) == "since") {
      options.dates.first = range->first;
    } else {
      options.dates.last = range->last;
    }
  }
  if (const std::optional<std::string> value = flags.get("level")) {
    const std::optional<Level> level = parse_level(*value);
    if (!level) return fmt::format("--level: expected country or entity, not '{}'", *value);
    options.level = *level;
  }
  if (const std::optional<std::string> value = flags.get("min-events")) {
    const char* end = value->data() + value->size();
    const std::from_chars_result parsed = std::from_chars(value->data(), end, options.min_events);
    if (parsed.ec != std::errc() || parsed.ptr != end || options.min_events == 0)
      return fmt::format("--min-events: expected a positive number, not '{}'", *value);
  }
  if (const std::optional<std::string> value = flags.get("relations")) {
    options.relations.reset();
    for (std::string_view rest = *value; !rest.empty();) {
      const std::size_t comma = rest.find(',');
      const std::string_view name = rest.substr(0, comma);
      const std::optional<Relation> relation = parse_relation(name);
      if (!relation) return fmt::format("--relations: unknown relation '{}'", name);
      options.relations.set(static_cast<std::size_t>(*relation));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    if (options.relations.none()) return "--relations: expected relation names, as in 'strike,threaten'";
  }
  options.per_event = flags.has("events");
  return "";
}

class ExportCommand final : public Command {
 public:
  std::string_view name() const override { return "export"; }
  std::string_view summary() const override { return "write the graph as GraphML, GEXF, DOT or CSV"; }
  std::string_view usage() const override {
    return "entente export [OPTIONS] (--graphml FILE | --gexf FILE | --dot FILE | --csv DIR)...\n\n"
           "Writes the stored graph (docs/export.md): actors as nodes, one edge per (source,\n"
           "relation, target) with its events, articles, weight, score and first and last dates,\n"
           "or one edge per event with --events. FILE - is standard output. --csv DIR writes\n"
           "nodes.csv and relationships.csv for neo4j-admin database import. D is YYYY, YYYY-MM\n"
           "or YYYY-MM-DD.";
  }
  void declare(Flags& flags) const override {
    declare_store_flag(flags);
    for (const FileFormat& format : kFileFormats)
      flags.value(std::string(format.flag), "FILE", std::string(format.help));
    flags.value("csv", "DIR", "write nodes.csv and relationships.csv to DIR for neo4j-admin import");
    flags.value("since", "D", "leave out events before D");
    flags.value("until", "D", "leave out events after D");
    flags.value("level", "LEVEL",
                "entity (default), or country: fold people, bodies and sectors into their state");
    flags.value("min-events", "N", "leave out edges with fewer than N events");
    flags.value("relations", "R,...", "keep only events of these relations");
    flags.boolean("events", "write one edge per event, with its date and article");
    declare_dictionary_flags(flags);
  }

  int run(const Flags& flags) override {
    if (!flags.positional().empty()) return usage_error("takes no arguments");
    std::vector<std::pair<const FileFormat*, std::string>> files;
    int to_stdout = 0;
    for (const FileFormat& format : kFileFormats) {
      if (std::optional<std::string> path = flags.get(format.flag)) {
        to_stdout += *path == "-";
        files.emplace_back(&format, std::move(*path));
      }
    }
    const std::optional<std::string> csv = flags.get("csv");
    if (files.empty() && !csv) return usage_error("expected --graphml, --gexf, --dot or --csv");
    if (to_stdout > 1) return usage_error("only one format can go to standard output");
    ExportOptions options;
    if (std::string error = parse_options(flags, options); !error.empty()) return usage_error(error);

    Dictionary names;
    if (options.level == Level::kCountry) {
      Diagnostics diagnostics;  // problems of the dictionaries are `entente actors --check`'s to report
      Result<Dictionary> loaded = load_dictionary(flags, diagnostics);
      if (!loaded.ok()) {
        fmt::print(stderr, "entente export: {}\n", loaded.status().message());
        return kExitFailure;
      }
      names = std::move(*loaded);
      options.names = &names;
    }
    std::unique_ptr<Store> store = open_store(flags, Store::Mode::kReadOnly);
    if (!store) return kExitFailure;

    bool failed = false;
    for (const auto& [format, path] : files) {
      StagedFile file(path);
      Status written = file.open();
      if (written.ok()) written = format->write(*store, options, file.stream());
      if (written.ok()) written = file.commit();
      failed |= !report(path, written);
    }
    if (csv) failed |= !report(*csv, write_csv_dir(*store, options, *csv));
    return failed ? kExitFailure : kExitOk;
  }

 private:
  // Prints what became of `path`; returns whether it was written.
  static bool report(const std::string& path, const Status& written) {
    if (!written.ok()) {
      fmt::print(stderr, "entente export: {}: {}\n", path, written.message());
      return false;
    }
    if (path != "-") fmt::print(stderr, "entente export: wrote {}\n", path);
    return true;
  }

  static Status write_csv_dir(const Store& store, const ExportOptions& options, const std::string& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return Status::io_error(fmt::format("cannot create directory: {}", ec.message()));
    StagedFile nodes((fs::path(dir) / "nodes.csv").string());
    StagedFile relationships((fs::path(dir) / "relationships.csv").string());
    for (StagedFile* file : {&nodes, &relationships}) {
      if (Status s = file->open(); !s.ok()) return s;
    }
    if (Status s = write_csv(store, options, nodes.stream(), relationships.stream()); !s.ok()) return s;
    if (Status s = nodes.commit(); !s.ok()) return s;
    return relationships.commit();
  }
};

}  // namespace

std::unique_ptr<Command> make_export_command() {
  return std::make_unique<ExportCommand>();
}

}  // namespace entente::cli
