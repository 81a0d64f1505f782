// What several subcommands share: the dictionaries to load, the store to open, diagnostics.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "core/dictionary.h"
#include "graph/store.h"
#include "tools/flags.h"

namespace entente::cli {

// --actors FILE (repeatable): user dictionaries over the shipped ones; --petrarch-actors FILE and
// --petrarch-agents FILE (repeatable): PETRARCH dictionaries.
void declare_dictionary_flags(Flags& flags);
// The shipped dictionaries, then PETRARCH agents and actors, then the user's own files (which
// override anything before them). Returns an error when a file cannot be read; bad lines go to
// `diagnostics`.
Result<Dictionary> load_dictionary(const Flags& flags, Diagnostics& diagnostics);

// --db DIR.
void declare_store_flag(Flags& flags);
// --db, else $ENTENTE_DB, else ./entente.db.
std::string store_dir(const Flags& flags);
// Opens the store, printing the error on stderr when it fails.
std::unique_ptr<Store> open_store(const Flags& flags, Store::Mode mode);

// Prints each diagnostic on stderr, prefixed by "entente COMMAND: ".
void print_diagnostics(std::string_view command, const Diagnostics& diagnostics);

// Parses --date-like values, printing a usage error on stderr when malformed.
std::optional<Date> parse_date_flag(std::string_view command, const Flags& flags, std::string_view name,
                                    bool& bad);

}  // namespace entente::cli
