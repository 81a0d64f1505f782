// Actor dictionaries: who the named entities are, what they are called, and which role a person
// holds on a date. The coder resolves mentions with lookup(); the query binder resolves the
// actors a user names. The text format is documented in docs/dictionaries.md.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/actor.h"
#include "core/date.h"
#include "core/diagnostics.h"
#include "core/embedded.h"
#include "core/status.h"

namespace entente {

struct SourceLine {
  std::string file;
  std::size_t line = 0;
};

// A dated role of a person: Mike Pompeo, USA, "Secretary of State", 2018-04-26..2021-01-20.
struct Role {
  std::string key;    // the scoring key the person takes while in the role
  std::string title;  // "Secretary of State"
  DateRange dates;    // inclusive; the file's TO date is the day after `dates.last`
  SourceLine origin;
};

struct Entity {
  std::string id;  // unique across all loaded dictionaries
  std::string name;
  EntityType type = EntityType::kState;
  std::string key;      // scoring key; for persons, the key outside any role (may be empty)
  std::string country;  // home state ISO3; empty for IGOs
  std::string sector;   // "GOV", "MIL", ... for agencies; empty otherwise
  std::vector<Role> roles;
  SourceLine origin;

  // Returns the role held on `date`, or nullptr.
  const Role* role_on(Date date) const;
};

// A sector word's meaning: "army" (MIL, folds into its state), "rebels" (REB, a domestic group
// keyed ISO3:REB).
struct Sector {
  std::string code;  // "REB"
  std::string name;  // "rebels"
  bool domestic = false;
  SourceLine origin;
};

enum class NameKind : std::uint8_t {
  kName,        // a name or alias of an entity: "Syria", "Pompeo"
  kAdjective,   // an adjective or demonym of an entity: "Syrian", "Syrians"
  kSeat,        // a capital or seat standing for its state: "Damascus", "the Kremlin"
  kSectorWord,  // a word naming a sector: "regime", "rebels"; index is into sectors()
};

struct NameEntry {
  std::uint32_t index = 0;  // into entities() or, for kSectorWord, sectors()
  NameKind kind = NameKind::kName;
  bool acronym = false;  // written in capitals in the dictionary: matches only capitals in text
};

class Dictionary {
 public:
  // The dictionaries shipped in data/actors/, compiled into the binary. Problems in them are
  // reported to `diagnostics` (and fail `entente actors --check`).
  static Dictionary builtin(Diagnostics& diagnostics);

  // Adds the entities and sectors in `text`, in our format, read from `file`. An entity or
  // sector whose id was loaded before replaces it. Bad lines are reported as file:line and
  // skipped.
  void add_text(std::string_view file, std::string_view text, Diagnostics& diagnostics);
  // As add_text for the contents of `path`; returns IOError if it cannot be read.
  Status add_file(const std::string& path, Diagnostics& diagnostics);

  std::span<const Entity> entities() const { return entities_; }
  std::span<const Sector> sectors() const { return sectors_; }
  // Returns the entity with this id, or nullptr.
  const Entity* find(std::string_view id) const;
  const Sector* find_sector(std::string_view code) const;

  // Returns what the normalized phrase (normalize_phrase) names; empty when nothing.
  std::span<const NameEntry> lookup(std::string_view phrase) const;
  // The most tokens in any name, which bounds the n-grams the coder needs to look up.
  std::size_t max_phrase_tokens() const { return max_phrase_tokens_; }

  // The actor that `entity` is on `date`: for persons, keyed by the role held then.
  ActorRef resolve(const Entity& entity, Date date) const;

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using NameIndex = std::unordered_map<std::string, std::vector<NameEntry>, StringHash, std::equal_to<>>;

  // Insert or replace by id; return the index.
  std::uint32_t put_entity(Entity entity);
  std::uint32_t put_sector(Sector sector);
  void add_name(std::string_view written, std::uint32_t index, NameKind kind);
  // Removes the names of the entity (or, for kSectorWord, the sector) at `index`.
  void remove_names(std::uint32_t index, NameKind kind);

  std::vector<Entity> entities_;
  std::vector<Sector> sectors_;
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> entity_ids_;
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> sector_codes_;
  NameIndex names_;
  std::size_t max_phrase_tokens_ = 0;

  friend class DictionaryParser;
};

}  // namespace entente
