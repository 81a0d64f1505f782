// entente actors: how names resolve, and whether the dictionaries are consistent.
#include <fmt/format.h>

#include "core/dictionary_check.h"
#include "core/text.h"
#include "tools/command.h"
#include "tools/common.h"

namespace entente::cli {
namespace {

std::string_view kind_name(NameKind kind) {
  switch (kind) {
    case NameKind::kName: return "name";
    case NameKind::kAdjective: return "adjective";
    case NameKind::kSeat: return "seat";
    case NameKind::kSectorWord: return "sector word";
  }
  return "";
}

class ActorsCommand final : public Command {
 public:
  std::string_view name() const override { return "actors"; }
  std::string_view summary() const override { return "show how a name resolves; check the dictionaries"; }
  std::string_view usage() const override {
    return "entente actors [OPTIONS] NAME\n       entente actors --check [OPTIONS]\n\n"
           "Shows what NAME resolves to on a date (default: today): entity, key, role, and the\n"
           "dictionary line. --check validates every loaded dictionary and exits 1 on problems.";
  }
  void declare(Flags& flags) const override {
    flags.value("date", "YYYY-MM-DD", "resolve roles as of this date (default: today)");
    flags.boolean("check", "validate the dictionaries");
    declare_dictionary_flags(flags);
  }

  int run(const Flags& flags) override {
    const bool check = flags.has("check");
    if (check == !flags.positional().empty()) {
      fmt::print(stderr, "entente actors: give a NAME or --check\nTry 'entente actors --help'.\n");
      return kExitUsage;
    }
    bool bad_date = false;
    const std::optional<Date> given = parse_date_flag("actors", flags, "date", bad_date);
    if (bad_date) return kExitUsage;
    Diagnostics diagnostics;
    Result<Dictionary> dictionary = load_dictionary(flags, diagnostics);
    if (!dictionary.ok()) {
      fmt::print(stderr, "entente actors: {}\n", dictionary.status().message());
      return kExitFailure;
    }
    if (check) {
      check_dictionary(*dictionary, diagnostics);
      print_diagnostics("actors", diagnostics);
      fmt::print("{} entities, {} sectors, {} problem(s)\n", dictionary->entities().size(),
                 dictionary->sectors().size(), diagnostics.errors());
      return diagnostics.errors() > 0 ? kExitFailure : kExitOk;
    }
    print_diagnostics("actors", diagnostics);
    const Date date = given.value_or(Date::today());
    std::string name;
    for (const std::string& word : flags.positional()) name += (name.empty() ? "" : " ") + word;
    const std::span<const NameEntry> entries = dictionary->lookup(normalize_phrase(name));
    const Entity* by_id = dictionary->find(name);
    if (entries.empty() && by_id == nullptr) {
      fmt::print("'{}' resolves to nothing\n", name);
      return kExitFailure;
    }
    if (by_id != nullptr) print_entity(*dictionary, *by_id, "id", date);
    for (const NameEntry& entry : entries) {
      if (entry.kind == NameKind::kSectorWord) {
        const Sector& sector = dictionary->sectors()[entry.index];
        fmt::print("{}: sector word -> {} ({}, {}) at {}:{}\n", name, sector.code, sector.name,
                   sector.domestic ? "domestic group: ISO3:" + sector.code : "folds into its state",
                   sector.origin.file, sector.origin.line);
      } else {
        print_entity(*dictionary, dictionary->entities()[entry.index], kind_name(entry.kind), date);
      }
    }
    return kExitOk;
  }

 private:
  static void print_entity(const Dictionary& dictionary, const Entity& entity, std::string_view how,
                           Date date) {
    const ActorRef actor = dictionary.resolve(entity, date);
    fmt::print("{} ({}): {} [{}] key {} on {}", entity.name, how, entity.id, entity_type_name(entity.type),
               actor.key, date.to_string());
    if (const Role* role = entity.role_on(date))
      fmt::print(", {} since {}", role->title, role->dates.first.to_string());
    if (entity.type == EntityType::kPerson && entity.role_on(date) == nullptr) fmt::print(", in no role");
    fmt::print("\n  defined at {}:{}\n", entity.origin.file, entity.origin.line);
  }
};

}  // namespace

std::unique_ptr<Command> make_actors_command() {
  return std::make_unique<ActorsCommand>();
}

}  // namespace entente::cli
