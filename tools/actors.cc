// entente actors: how names resolve, and whether the dictionaries are consistent.
#include <fmt/format.h>

#include "core/dictionary_check.h"
#include "core/name_matcher.h"
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
    case NameKind::kExcluded: return "excluded";
  }
  return "";
}

std::string at(const SourceLine& origin) {
  return fmt::format("{}:{}", origin.file, origin.line);
}

class ActorsCommand final : public Command {
 public:
  std::string_view name() const override { return "actors"; }
  std::string_view summary() const override { return "show how a name resolves; check the dictionaries"; }
  std::string_view usage() const override {
    return "entente actors [OPTIONS] NAME\n       entente actors --check [OPTIONS]\n\n"
           "Shows what NAME resolves to on a date (default: today): entity, key, role, and the\n"
           "dictionary lines. NAME may be an id (SYR), a name (Pompeo), or words as an article\n"
           "writes them (\"Syrian rebels\"). --check validates every loaded dictionary\n"
           "(duplicates, conflicting aliases, overlapping roles, unknown keys) and exits 1 on problems.";
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
    std::string name;
    for (const std::string& word : flags.positional()) name += (name.empty() ? "" : " ") + word;
    return show(*dictionary, name, given.value_or(Date::today())) ? kExitOk : kExitFailure;
  }

 private:
  // Prints the entity with this id, the names the matcher finds in `text`, and any other meaning
  // of the whole phrase. Returns false when nothing resolves.
  static bool show(const Dictionary& dictionary, const std::string& text, Date date) {
    bool found = false;
    if (const Entity* entity = dictionary.find(text)) {
      print_entity(dictionary, *entity, "id", date, nullptr);
      found = true;
    }
    TokenBuffer tokens;
    tokenize(text, 0, tokens);
    std::vector<NameMatch> matches;
    NameMatcher matcher(dictionary);
    matcher.find(tokens, 0, static_cast<std::uint32_t>(tokens.size()), date, matches);
    const NameEntry* whole = nullptr;  // the match that covers all of `text`, if one does
    for (const NameMatch& m : matches) {
      if (m.first == 0 && m.last == tokens.size()) whole = m.name;
      const std::string_view words = std::string_view(text).substr(
          tokens[m.first].begin, tokens[m.last - 1].end - tokens[m.first].begin);
      print_match(dictionary, matcher, m, words, date);
      found = true;
    }
    // What else the whole phrase could mean: a namesake out of office, a guarded name that did
    // not stand alone, an exclusion.
    for (const NameEntry& entry : dictionary.lookup_all(normalize_phrase(text))) {
      if (&entry == whole) continue;
      if (entry.kind == NameKind::kSectorWord) {
        const Sector& sector = dictionary.sectors()[entry.index];
        fmt::print("{}: sector word -> {} ({}, {}) at {}\n", text, sector.code, sector.name,
                   sector.domestic ? "domestic group: ISO3:" + sector.code : "folds into its state",
                   at(dictionary.origin(entry)));
      } else if (entry.kind == NameKind::kExcluded) {
        fmt::print("{}: names no actor (excluded by {} at {})\n", text, dictionary.entities()[entry.index].id,
                   at(dictionary.origin(entry)));
      } else {
        print_entity(dictionary, dictionary.entities()[entry.index],
                     fmt::format("{}, not chosen", kind_name(entry.kind)), date, &entry);
      }
      found = true;
    }
    if (!found) fmt::print("'{}' resolves to nothing\n", text);
    return found;
  }

  static void print_match(const Dictionary& dictionary, const NameMatcher& matcher, const NameMatch& m,
                          std::string_view words, Date date) {
    const Entity& entity = dictionary.entities()[m.name->index];
    if (m.sector_word == nullptr) {
      print_entity(dictionary, entity, kind_name(m.name->kind), date, m.name, words);
      return;
    }
    const Sector& sector = dictionary.sectors()[m.sector_word->index];
    const ActorRef actor = matcher.resolve(m, date);
    fmt::print("{} ({} + sector word): {} [{}] key {} on {}, sector {}\n", words, kind_name(m.name->kind),
               actor.id, entity_type_name(actor.type), actor.key, date.to_string(), sector.code);
    fmt::print("  {} at {}; '{}' at {}\n", entity.id, at(dictionary.origin(*m.name)), sector.name,
               at(dictionary.origin(*m.sector_word)));
  }

  static void print_entity(const Dictionary& dictionary, const Entity& entity, std::string_view how,
                           Date date, const NameEntry* name, std::string_view words = {}) {
    const ActorRef actor = dictionary.resolve(entity, date);
    fmt::print("{} ({}): {} [{}] key {} on {}", words.empty() ? std::string_view(entity.name) : words, how,
               entity.id, entity_type_name(entity.type), actor.key.empty() ? "(none: no actor)" : actor.key,
               date.to_string());
    if (const Role* role = entity.role_on(date)) {
      fmt::print(", {} since {}", role->title, role->dates.first.to_string());
    } else if (entity.type == EntityType::kPerson) {
      fmt::print(", in no role");
    }
    fmt::print("\n  defined at {}", at(entity.origin));
    if (name != nullptr && at(dictionary.origin(*name)) != at(entity.origin)) {
      fmt::print(", named at {}", at(dictionary.origin(*name)));
    }
    if (const Role* role = entity.role_on(date)) fmt::print(", role at line {}", role->origin.line);
    fmt::print("\n");
  }
};

}  // namespace

std::unique_ptr<Command> make_actors_command() {
  return std::make_unique<ActorsCommand>();
}

}  // namespace entente::cli
