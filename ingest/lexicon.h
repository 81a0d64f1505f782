// The relation lexicon: which words trigger which of the sixteen relations, and the verb classes
// that change what a clause means (reporting, intention, refusal). Loaded from text
// (data/lexicon/*.txt, format in docs/lexicon.md), so that linguists can extend it without code.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/dictionary.h"
#include "core/relation.h"
#include "core/vocabulary.h"

namespace entente {

enum class TriggerKind : std::uint8_t {
  kVerb,  // "attacked", "called on": source is the subject, target the object or slot
  kNoun,  // "an attack by X on Y", "X's demand": source and target from the noun phrase
  kRole,  // "a key ally of Y", "Y's backer": the actor the noun describes is the source
};

// Which inflection matched. Nouns are kBase (singular) or kPlural.
enum class VerbForm : std::uint8_t { kBase, kThirdPerson, kPast, kGerund, kPlural };

struct Trigger {
  Relation relation = Relation::kConsult;
  TriggerKind kind = TriggerKind::kVerb;
  VerbForm form = VerbForm::kBase;
  bool mutual = false;  // "clash with", "talks": the event goes both ways
  // "repelled", "counterattack": answers an attack by the target, so the event goes both ways,
  // and so do the strikes its subject makes in the same clause ("repelled an attack, killing 30
  // militants"); unlike a mutual act it never pairs its own coordinated subjects.
  bool counter = false;
  bool of_source = false;   // nouns: "the withdrawal of X" names the source, not the target
  std::uint32_t lemma = 0;  // index of the written entry: "call on"
};

// Verb classes that are not relations but change how a clause is read.
enum VerbClass : std::uint8_t {
  kReport = 1 << 0,        // said, told, announced: what follows is another clause
  kIntend = 1 << 1,        // plan, intend, seek: an infinitive after it did not happen
  kRefuse = 1 << 2,        // refuse, decline: "refused to meet" is a rejection
  kDeny = 1 << 3,          // deny: "denied attacking" negates the act
  kProceed = 1 << 4,       // continue, begin, resume: an infinitive after it did happen
  kLight = 1 << 5,         // launch, carry out, impose: its subject is the source of its noun
  kHypothetical = 1 << 6,  // planned, possible, threat (of): the act it names did not happen
  kOccur = 1 << 7,         // erupted, continued, broke out: "clashes erupted between X and Y"
};

// A lexicon phrase as matched in text: the first word is the key, `rest` the words that must
// follow contiguously, and `slot` the preposition that introduces a verb's target ("fire at"),
// empty for a direct object.
struct LexiconPhrase {
  std::vector<std::string> rest;
  std::string slot;
  Trigger trigger;
};

// What the lexicon knows about one normalized word.
struct LexiconWord {
  std::vector<LexiconPhrase> phrases;  // phrases starting with the word, longest first
  std::uint8_t classes = 0;            // VerbClass bits
};

class Lexicon {
 public:
  // Adds the entries of `text`, read from `file`; bad lines go to `diagnostics` as file:line.
  void add_text(std::string_view file, std::string_view text, Diagnostics& diagnostics);

  // The entry of a normalized word, or nullptr when the lexicon does not know it.
  const LexiconWord* word(std::string_view norm) const;
  // Every word the lexicon knows with its entry, for tables keyed by word id. Entries stay where
  // they are while the lexicon is not modified.
  template <class Visit>
  void for_each_word(Visit visit) const {
    for (WordId id = 0; id < words_.size(); ++id) visit(words_.word(id), entries_[id]);
  }
  // Prepositions that introduce the target of the relation's nouns ("attack on", "support for").
  std::span<const std::string> noun_targets(Relation relation) const {
    return relations_[static_cast<int>(relation)].noun_targets;
  }
  // Prepositions that may introduce the target of the relation's verbs when they have no direct
  // object: "struck sites in Syria" (LESSONS.md: never "talks in Geneva").
  std::span<const std::string> verb_places(Relation relation) const {
    return relations_[static_cast<int>(relation)].places;
  }
  // Whether the relation's verbs may find their target in a that-clause ("warned Iran would ...").
  bool takes_complement(Relation relation) const { return relations_[static_cast<int>(relation)].complement; }

  // The written lemma of a trigger, and where it was defined.
  std::string_view lemma(const Trigger& trigger) const { return lemmas_[trigger.lemma].text; }
  const SourceLine& origin(const Trigger& trigger) const { return lemmas_[trigger.lemma].origin; }

 private:
  struct Lemma {
    std::string text;
    SourceLine origin;
  };
  struct RelationInfo {
    std::vector<std::string> noun_targets;
    std::vector<std::string> places;
    bool complement = false;
  };
  void add_phrase(std::string_view words, std::string_view slot, Trigger trigger);
  void add_verb(std::string_view written, Trigger trigger, Diagnostics& diagnostics, const SourceLine& where);
  void add_noun(std::string_view written, Trigger trigger);
  void add_class_verb(std::string_view written, std::uint8_t verb_class);
  // The entry of a normalized word, added when new.
  LexiconWord& entry(std::string_view norm);

  std::vector<Lemma> lemmas_;
  std::array<RelationInfo, kRelationCount> relations_;
  Vocabulary words_;
  std::deque<LexiconWord> entries_;  // by word id; a deque, so that entries never move
};

namespace detail {
// The regular inflections of an English verb: {third person, past, gerund}.
struct Inflections {
  std::string third_person;
  std::string past;
  std::string gerund;
};
// `irregular_past`, when given, is the verb's first form after a slash: a doubled final
// consonant there ("expel/expelled", a stressed final syllable the spelling rules cannot see)
// doubles in the gerund too (expelling).
Inflections inflect(std::string_view verb, std::string_view irregular_past = {});
// The regular plural of an English noun: attack -> attacks, ally -> allies, crash -> crashes.
std::string plural(std::string_view noun);
}  // namespace detail

}  // namespace entente
