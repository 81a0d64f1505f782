// PETRARCH and TABARI dictionaries (../shared/peers/petrarch2/dictionaries.rst): actor, agent and
// discard files, such as the Phoenix set. Actors and agents load into a Dictionary, with their
// CAMEO codes mapped to our keys; docs/dictionaries.md ("PETRARCH dictionaries") says how.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/dictionary.h"
#include "core/status.h"

namespace entente {

// What a CAMEO actor code means in our keys.
struct CameoActor {
  std::string key;      // "SYR", "SYR:REB", "un", or the code kept ("HOB", "NGO"); empty: no actor
  std::string country;  // ISO3, the code's own country block when unknown, empty for IGOs
  std::string sector;   // our sector code ("GOV", "REB"), the CAMEO block kept, or empty
  EntityType type = EntityType::kGroup;
  const Entity* entity = nullptr;  // the entity the whole code names (a state, an IGO), if any
};

// Maps a CAMEO actor code: "SYRGOV" -> SYR (sector GOV), "SYRREB" -> SYR:REB, "IGOUNO" -> un when
// an entity claims the code (Entity::cameo; a state claims its ISO3), "---" -> no actor. Codes
// that nothing claims are kept: "HOBGOV" -> HOB, "MORORC" -> MOR:ORC, "NGO" -> NGO.
CameoActor map_cameo_code(const Dictionary& dictionary, std::string_view code);

// Adds a PETRARCH actor dictionary. A record (primary phrase, `+` synonyms, codes with optional
// date restrictions) whose one undated code names an entity of ours adds its phrases as names of
// that entity; any other record becomes an entity "petrarch:PHRASE" whose dated codes are roles.
// Each line that cannot be read is reported as file:line and skipped.
void add_petrarch_actors(Dictionary& dictionary, std::string_view file, std::string_view text,
                         Diagnostics& diagnostics);
// Adds a PETRARCH agent dictionary: each phrase (with its plurals and substitutions) becomes a
// sector word of the sector its code names ("~GOVFRM" -> GOV), creating unknown sectors as
// domestic groups ("~MUS" -> ISO3:MUS).
void add_petrarch_agents(Dictionary& dictionary, std::string_view file, std::string_view text,
                         Diagnostics& diagnostics);
// As above for the file at `path`; return IOError when it cannot be read.
Status add_petrarch_actors_file(Dictionary& dictionary, const std::string& path, Diagnostics& diagnostics);
Status add_petrarch_agents_file(Dictionary& dictionary, const std::string& path, Diagnostics& diagnostics);

// A PETRARCH discard list: phrases that stop a sentence (or, marked `+`, a whole story) from
// being coded, such as sports results.
class DiscardList {
 public:
  struct Discard {
    std::string phrase;        // normalized: "world cup"
    bool whole_story = false;  // `+`: discard the story, not just the sentence
    bool whole_word = false;   // ends with `_`: the last word must end there; else it is a stem
    SourceLine origin;
  };

  // Adds the discards of `text`; unreadable lines are reported as file:line.
  void add_text(std::string_view file, std::string_view text, Diagnostics& diagnostics);
  Status add_file(const std::string& path, Diagnostics& diagnostics);

  // The first discard found in `normalized` (a sentence passed through normalize_phrase), or
  // nullptr.
  const Discard* find(std::string_view normalized) const;
  std::size_t size() const { return discards_.size(); }

 private:
  std::vector<Discard> discards_;
};

}  // namespace entente
