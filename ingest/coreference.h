// Stage 5 of the coder: what pronouns and bare descriptions refer to, across the sentences of
// one article. "he" takes a person, "it" a state or organisation, "they" a group, a plural
// sector or coordinated actors: the latest of its sentence, else the subject (or the latest) of
// the nearest sentence before that has one; "him", "them" and the possessed object of a hostile
// act are never the actor of their own clause. A bare sector word ("the regime", "rebels",
// "civilians") takes the state its phrase places it in ("civilians in Syria"), the state or
// organisation that leads it ("US-led forces"), a group of the sector named just before
// ("Nusra attacked ... killing 29 extremists"), else the article's focus country: the state it names
// most so far, places counting double. Datelines ("BEIRUT ...") name no actor.
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
    std::uint32_t mention;  // index into the mentions of its sentence
    std::uint32_t entity;
    std::uint32_t sector;
    std::uint32_t sentence;
    std::uint32_t clause;
    bool person;
    bool subject;      // stands before the verbs of its clause, outside prepositional phrases
    bool before_verb;  // stands before the verbs of its clause, in a prepositional phrase or not
    bool aside;        // inside parentheses or dashes
    bool pronoun;      // a pronoun, resolved to `entity`
    bool plural;
    std::string_view words;
  };
  // Whether `m` can be the antecedent of a pronoun with `features`.
  bool fits(const Antecedent& a, std::uint8_t features) const;
  // An actor a pronoun may not refer to: the subject of the clause of "him" or "them".
  struct Excluded {
    std::uint32_t entity = kNone;
    std::uint32_t sector = kNone;
  };
  // The antecedent for a pronoun with `features`: the latest fitting actor of the sentence (its
  // subject first when `prefer_subject`), else the subject or latest fitting actor of the
  // nearest earlier sentence that has one.
  const Antecedent* find(std::uint8_t features, std::uint32_t sentence,
                         const std::vector<Antecedent>& in_sentence, Excluded excluded,
                         bool prefer_subject) const;
  Antecedent remember(const Sentence& s, const Mention& m) const;
  void count(std::uint32_t entity, std::uint32_t weight);
  static bool place_of(const Sentence& s, std::uint32_t first);
  bool dateline(const Sentence& s, const Mention& m) const;
  static constexpr std::uint32_t kUnknownLeader = kNone - 1;
  static std::uint32_t led_by(const Sentence& s, const Mention& m);
  std::uint32_t state_after(const Sentence& s, const Mention& m) const;
  static bool before_verb(const Sentence& s, const Mention& m);
  // "29 extremists", "the militants": a sector's description after a group of the sector named
  // in the sentence before refers to that group, and to the groups of the sector named beside
  // it before their verb ("Nusra and its allies of Faylaq al-Sham attacked"). True when it did.
  bool refer_to_group(const Sentence& s, Mention& m) const;
  static std::uint32_t hostile_verb(const Sentence& s, const Mention& m);
  static bool coordinated(const Sentence& s, const Mention& previous, const Mention& m);
  std::uint32_t speaker(const Sentence& s) const;

  const Dictionary& dictionary_;
  std::vector<std::uint32_t> country_entity_;                    // per entity
  std::vector<std::uint32_t> group_sector_;                      // per entity: a group's sector
  std::vector<Antecedent> recent_;                               // oldest first, bounded
  std::vector<std::pair<std::uint32_t, std::uint32_t>> counts_;  // state entity, mentions
  std::vector<Antecedent> in_sentence_;
  std::vector<Antecedent> scratch_;
  std::uint32_t last_speaker_ = kNone;
};

}  // namespace entente::detail
