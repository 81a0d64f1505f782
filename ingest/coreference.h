// Stage 5 of the coder: what pronouns and bare descriptions refer to, across the sentences of
// one article. "he" takes the last person named, "it" the last state or organisation, "they"
// the last group or plural sector; a bare sector word ("the regime", "rebels", "civilians")
// takes the article's focus country: the state it names most often so far.
#pragma once

#include <string_view>
#include <vector>

#include "core/dictionary.h"
#include "ingest/analysis.h"

namespace entente::detail {

class Coreference {
 public:
  // REQUIRES: `dictionary` outlives this object.
  explicit Coreference(const Dictionary& dictionary);

  // Forgets the previous article.
  void start_article();
  // Resolves the pronouns and bare sector mentions of `sentence` (those left kUnresolved keep
  // entity == kNone), then remembers its actors for the sentences that follow.
  // REQUIRES: mentions found; sentences of one article in order.
  void resolve(Sentence& sentence);

  // The state entity the article is about so far, or kNone.
  std::uint32_t focus() const;
  // The state entity of an entity's home country, or kNone (IGOs, unknown countries).
  std::uint32_t country_of(std::uint32_t entity) const { return country_entity_[entity]; }

 private:
  struct Antecedent {
    std::uint32_t entity;
    std::uint32_t sector;
    std::uint32_t sentence;
    std::uint32_t clause;
    bool person;
    bool subject;  // stands before the verbs of its clause
    bool plural;
    std::string_view words;
  };
  // Whether `m` can be the antecedent of a pronoun with `features`.
  bool fits(const Antecedent& a, std::uint8_t features) const;
  const Antecedent* find(std::uint8_t features, std::uint32_t sentence,
                         const std::vector<Antecedent>& in_sentence) const;
  Antecedent remember(const Sentence& s, const Mention& m) const;
  void count(std::uint32_t entity);
  static bool before_verb(const Sentence& s, const Mention& m);
  std::uint32_t speaker(const Sentence& s) const;

  const Dictionary& dictionary_;
  std::vector<std::uint32_t> country_entity_;                    // per entity
  std::vector<Antecedent> recent_;                               // oldest first, bounded
  std::vector<std::pair<std::uint32_t, std::uint32_t>> counts_;  // state entity, mentions
  std::vector<Antecedent> in_sentence_;
  std::vector<Antecedent> scratch_;
  std::uint32_t last_speaker_ = kNone;
};

}  // namespace entente::detail
