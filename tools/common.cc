#include "tools/common.h"

#include <fmt/format.h>

#include <cstdlib>

#include "core/petrarch_dictionary.h"

namespace entente::cli {

void declare_dictionary_flags(Flags& flags) {
  flags.value("actors", "FILE", "add or override actors from a dictionary file (docs/dictionaries.md)", true);
  flags.value("petrarch-actors", "FILE", "add actors from a PETRARCH/TABARI actor dictionary", true);
  flags.value("petrarch-agents", "FILE", "add sector words from a PETRARCH agent dictionary", true);
}

Result<Dictionary> load_dictionary(const Flags& flags, Diagnostics& diagnostics) {
  Dictionary dictionary = Dictionary::builtin(diagnostics);
  // Agents first, so that actor codes see the sectors they add; our own files have the last word.
  for (const std::string& path : flags.all("petrarch-agents")) {
    if (Status s = add_petrarch_agents_file(dictionary, path, diagnostics); !s.ok()) return s;
  }
  for (const std::string& path : flags.all("petrarch-actors")) {
    if (Status s = add_petrarch_actors_file(dictionary, path, diagnostics); !s.ok()) return s;
  }
  for (const std::string& path : flags.all("actors")) {
    if (Status s = dictionary.add_file(path, diagnostics); !s.ok()) return s;
  }
  return dictionary;
}

void declare_store_flag(Flags& flags) {
  flags.value("db", "DIR", "the store directory (default: $ENTENTE_DB, else ./entente.db)");
}

std::string store_dir(const Flags& flags) {
  if (std::optional<std::string> db = flags.get("db")) return *db;
  if (const char* env = std::getenv("ENTENTE_DB"); env != nullptr && *env != '\0') return env;
  return "entente.db";
}

std::unique_ptr<Store> open_store(const Flags& flags, Store::Mode mode) {
  Result<std::unique_ptr<Store>> store = Store::open(store_dir(flags), mode);
  if (!store.ok()) {
    fmt::print(stderr, "entente: {}\n", store.status().message());
    return nullptr;
  }
  return std::move(*store);
}

void print_diagnostics(std::string_view command, const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics.items())
    fmt::print(stderr, "entente {}: {}\n", command, d.to_string());
}

std::optional<Date> parse_date_flag(std::string_view command, const Flags& flags, std::string_view name,
                                    bool& bad) {
  const std::optional<std::string> value = flags.get(name);
  if (!value) return std::nullopt;
  Result<Date> date = Date::parse(*value);
  if (!date.ok()) {
    fmt::print(stderr, "entente {}: --{}: {}\n", command, name, date.status().message());
    bad = true;
    return std::nullopt;
  }
  return *date;
}

}  // namespace entente::cli
