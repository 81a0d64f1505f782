// The relation lexicon: which words trigger which of the sixteen relations. Loaded from text
// (data/lexicon/*.txt, format in docs/lexicon.md), so that linguists can extend it without code.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostics.h"
#include "core/dictionary.h"
#include "core/relation.h"

namespace entente {

enum class TriggerKind : std::uint8_t {
  kVerb,  // "attacked", "called on": source is the subject, target the object
  kNoun,  // "an attack by X on Y", "X's demand for": source and target from the noun phrase
};

// Which inflection of a verb matched; nouns are always kBase.
enum class VerbForm : std::uint8_t { kBase, kThirdPerson, kPast, kGerund };

struct Trigger {
  Relation relation = Relation::kConsult;
  TriggerKind kind = TriggerKind::kVerb;
  VerbForm form = VerbForm::kBase;
  std::uint32_t lemma = 0;  // index into Lexicon::lemmas(): "call on"
};

class Lexicon {
 public:
  // Adds the entries of `text`, read from `file`; bad lines go to `diagnostics` as file:line.
  void add_text(std::string_view file, std::string_view text, Diagnostics& diagnostics);

  // Triggers whose words are the normalized `phrase` ("called on"); empty when none.
  std::span<const Trigger> lookup(std::string_view phrase) const;
  std::size_t max_phrase_tokens() const { return max_phrase_tokens_; }
  // The written lemma of a trigger, and where it was defined.
  std::string_view lemma(const Trigger& trigger) const { return lemmas_[trigger.lemma].text; }
  const SourceLine& origin(const Trigger& trigger) const { return lemmas_[trigger.lemma].origin; }

 private:
  struct Lemma {
    std::string text;
    SourceLine origin;
  };
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  void add_phrase(std::string phrase, Trigger trigger);
  void add_verb(std::string_view written, Relation relation, std::uint32_t lemma);

  std::vector<Lemma> lemmas_;
  std::unordered_map<std::string, std::vector<Trigger>, StringHash, std::equal_to<>> phrases_;
  std::size_t max_phrase_tokens_ = 0;
};

namespace detail {
// The regular inflections of an English verb: {third person, past, gerund}.
struct Inflections {
  std::string third_person;
  std::string past;
  std::string gerund;
};
Inflections inflect(std::string_view verb);
}  // namespace detail

}  // namespace entente
