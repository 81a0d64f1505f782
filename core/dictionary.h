// Actor dictionaries: who the named entities are, what they are called, and which role a person
// holds on a date. The coder resolves mentions with lookup() (or core/name_matcher.h, which applies
// every matching rule of the format); the query binder resolves the actors a user names. The
// text format is documented in docs/dictionaries.md; PETRARCH files load through
// core/petrarch_dictionary.h.
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
#include "core/vocabulary.h"

namespace entente {

namespace detail {
class DictionaryParser;
class PetrarchActorReader;
class PetrarchAgentReader;
}  // namespace detail

struct SourceLine {
  std::string file;
  std::size_t line = 0;
};

// A dated role of a person: Mike Pompeo, USA, "Secretary of State", 2018-04-26..2021-01-20.
struct Role {
  std::string key;    // the scoring key the person takes while in the role; empty: no actor then
  std::string title;  // "Secretary of State"
  DateRange dates;    // inclusive; the file's TO date is the day after `dates.last`
  SourceLine origin;
};

struct Entity {
  std::string id;  // unique across all loaded dictionaries
  std::string name;
  EntityType type = EntityType::kState;
  // The scoring key; for persons, the key outside any role (by default the person's id). Empty
  // when the entity stands for no actor (a PETRARCH null code).
  std::string key;
  std::string country;             // home state ISO3; empty for IGOs
  std::string sector;              // "GOV", "MIL", ... for agencies; empty otherwise
  std::vector<Role> roles;         // in file order; the first that holds on a date wins
  std::vector<std::string> cameo;  // CAMEO actor codes that mean this entity ("IGOUNO")
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
  std::vector<std::string> cameo;  // CAMEO sector codes that mean this sector ("INS", "UAF")
  // Normalized words that, as a description ("the militants", "29 extremists"), refer back to
  // the named group of this sector mentioned just before.
  std::vector<std::string> descriptions;
  SourceLine origin;
};

enum class NameKind : std::uint8_t {
  kName,        // a name or alias of an entity: "Syria", "Pompeo"
  kAdjective,   // an adjective or demonym of an entity: "Syrian", "Syrians"
  kSeat,        // a capital or seat standing for its state: "Damascus", "the Kremlin"
  kSectorWord,  // a word naming a sector: "regime", "rebels"; index is into sectors()
  kExcluded,    // a phrase that names no actor ("Michael Jordan"); index: the entity it excludes
};

struct NameEntry {
  std::uint32_t index = 0;  // into entities() or, for kSectorWord, sectors()
  NameKind kind = NameKind::kName;
  bool acronym = false;  // written in capitals in the dictionary: matches only capitals in text
  // Also a common word, first name or part of other proper names ("Jordan", "Chad", a one-word
  // seat): names the entity only when not run together with other capitalized words.
  bool guarded = false;
  std::uint16_t file = 0;  // index into Dictionary::files() of the file that gave the name
  std::uint32_t line = 0;  // the line that gave the name
};

class Dictionary {
 public:
  Dictionary() = default;
  // Move-only: copies are large and never needed.
  Dictionary(Dictionary&&) = default;
  Dictionary& operator=(Dictionary&&) = default;
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  // The dictionaries shipped in data/actors/, compiled into the binary. Problems in them are
  // reported to `diagnostics` (and fail `entente actors --check`).
  static Dictionary builtin(Diagnostics& diagnostics);

  // Adds the entities and sectors in `text`, in our format, read from `file`. An entity or
  // sector whose id was loaded before replaces it (an override); the same id twice within
  // `text` is reported as a duplicate. Bad lines are reported as file:line and skipped.
  void add_text(std::string_view file, std::string_view text, Diagnostics& diagnostics);
  // As add_text for the contents of `path`; returns IOError if it cannot be read.
  Status add_file(const std::string& path, Diagnostics& diagnostics);

  std::span<const Entity> entities() const { return entities_; }
  std::span<const Sector> sectors() const { return sectors_; }
  // Returns the entity with this id, or nullptr.
  const Entity* find(std::string_view id) const;
  const Sector* find_sector(std::string_view code) const;
  // The entity that claims the longest leading part of a CAMEO actor code, counted in blocks of
  // three letters ("IGOUNOREFHCR" -> un when only "IGOUNO" is claimed); a state claims its ISO3.
  // Returns nullptr when none does; `claimed` receives the length of the claimed part.
  const Entity* find_cameo(std::string_view code, std::size_t& claimed) const;
  // The sector whose CAMEO codes include this three-letter block ("INS" -> REB), or nullptr.
  const Sector* find_cameo_sector(std::string_view block) const;

  // Returns what the normalized phrase (normalize_phrase) names; empty when nothing. Never
  // returns kExcluded entries.
  std::span<const NameEntry> lookup(std::string_view phrase) const;
  // As lookup, followed by the kExcluded entries of the phrase.
  std::span<const NameEntry> lookup_all(std::string_view phrase) const;

  // Every word of every phrase. Text tokenized with these word ids (TokenBuffer::set_words) is
  // matched with the lookups below, which build no strings.
  const Vocabulary& words() const { return words_; }
  // As lookup_all for the phrase of these word ids, whose key is phrase_key(words).
  std::span<const NameEntry> lookup_all(std::span<const WordId> words, std::uint64_t key) const;
  // The most tokens in any entity name or excluded phrase that starts with this word; 0 when none
  // does (or for kUnknownWord), so that most words of a text need no further lookups.
  std::size_t max_tokens_from(WordId first_word) const {
    return first_word < reach_.size() ? reach_[first_word].names : 0;
  }
  // As max_tokens_from, for sector words ("security forces").
  std::size_t max_sector_tokens_from(WordId first_word) const {
    return first_word < reach_.size() ? reach_[first_word].sector_words : 0;
  }
  // The most tokens in any name, which bounds the n-grams the coder needs to look up.
  std::size_t max_phrase_tokens() const { return max_phrase_tokens_; }
  // Every normalized phrase with what it names (kExcluded entries last), in the order first
  // given; for the checks. The phrase's text is valid only during the call.
  template <class Visit>
  void for_each_phrase(Visit visit) const {
    std::string text;
    for (const Phrase& phrase : phrases_) {
      text.clear();
      for (WordId word : phrase_words(phrase)) {
        if (!text.empty()) text.push_back(' ');
        text += words_.word(word);
      }
      visit(std::string_view(text), std::span<const NameEntry>(phrase.entries));
    }
  }

  // The actor that `entity` is on `date`: for persons, keyed by the role held then. An empty
  // key means the entity stands for no actor on that date.
  ActorRef resolve(const Entity& entity, Date date) const;
  // As above, narrowed by a sector word ("Syrian rebels" -> SYR:REB, "the Syrian army" -> SYR
  // with sector MIL).
  ActorRef resolve(const Entity& entity, const Sector* sector, Date date) const;

  // The files names came from, and where a name was given.
  std::span<const std::string> files() const { return files_; }
  SourceLine origin(const NameEntry& entry) const { return SourceLine{files_[entry.file], entry.line}; }

  // Where an id was defined twice within one dictionary layer; filled while loading.
  struct Duplicate {
    std::string id;
    SourceLine first, second;
  };
  std::span<const Duplicate> duplicates() const { return duplicates_; }

 private:
  friend class detail::DictionaryParser;
  friend class detail::PetrarchActorReader;
  friend class detail::PetrarchAgentReader;

  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return hash_word(s); }
  };
  template <class Value>
  using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

  // Files loaded by one call (or all shipped files) form a layer: an id defined again in a later
  // layer overrides, within the same layer it is a duplicate.
  void begin_layer() { ++layer_; }
  // Names added from now on come from `file`.
  void begin_file(std::string_view file);
  // Insert or replace by id; return the index.
  std::uint32_t put_entity(Entity entity);
  std::uint32_t put_sector(Sector sector);
  // Whether a name is an acronym: written in capitals (kDetect, our format), or as the reader says.
  enum class Acronym : std::uint8_t { kDetect, kYes, kNo };
  // Registers `written` (normalized here) as naming entity or sector `index`.
  void add_name(std::string_view written, std::uint32_t index, NameKind kind, std::uint32_t line,
                bool guarded = false, Acronym acronym = Acronym::kDetect);
  void claim_cameo(std::string_view code, std::uint32_t index);
  // Removes everything registered for the entity (or, for sector == true, the sector) at `index`.
  void forget(std::uint32_t index, bool sector);

  // A normalized phrase, as word ids, and what it names.
  struct Phrase {
    std::uint64_t key = 0;  // phrase_key of its words
    std::uint32_t words_begin = 0;
    std::uint32_t size = 0;          // in words
    std::vector<NameEntry> entries;  // kExcluded entries kept after the others
  };
  std::span<const WordId> phrase_words(const Phrase& phrase) const {
    return std::span<const WordId>(phrase_words_).subspan(phrase.words_begin, phrase.size);
  }
  // The phrase of these words, or HashIndex::kAbsent.
  std::uint32_t find_phrase(std::span<const WordId> words, std::uint64_t key) const;

  std::vector<Entity> entities_;
  std::vector<Sector> sectors_;
  StringMap<std::uint32_t> entity_ids_;
  StringMap<std::uint32_t> sector_codes_;
  Vocabulary words_;
  std::vector<Phrase> phrases_;
  std::vector<WordId> phrase_words_;  // the words of every phrase, back to back
  HashIndex phrase_index_;            // phrase key -> index into phrases_
  struct Reach {                      // the most tokens of a phrase starting with a word
    std::uint8_t names = 0;
    std::uint8_t sector_words = 0;
  };
  std::vector<Reach> reach_;  // by word id
  StringMap<std::uint32_t> cameo_entities_;
  StringMap<std::uint32_t> cameo_sectors_;
  // The phrases (indices into phrases_) each entity / sector registered.
  std::vector<std::vector<std::uint32_t>> entity_phrases_, sector_phrases_;
  std::vector<std::uint32_t> entity_layers_, sector_layers_;
  std::vector<Duplicate> duplicates_;
  std::vector<std::string> files_;
  std::uint16_t file_ = 0;  // the file names come from now
  std::uint32_t layer_ = 0;
  std::size_t max_phrase_tokens_ = 0;
};

}  // namespace entente
