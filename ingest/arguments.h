// Where a trigger's actors sit, without a parser: the subject of a clause, a verb's direct
// object or prepositional slot, a noun's modifiers and complements, and coordinated groups
// ("the US and Britain"). Used by pairing (pairing.h). Internal to ingest/.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "ingest/analysis.h"

namespace entente::detail {

// Up to kMaxGroup coordinated mentions (indices into Sentence::mentions): "Iran and Hezbollah".
inline constexpr std::uint32_t kMaxGroup = 4;
struct Group {
  std::uint32_t members[kMaxGroup];
  std::uint32_t size = 0;
  bool inherited = false;  // the subject of an earlier clause, for a clause without its own

  bool empty() const { return size == 0; }
  void add(std::uint32_t mention) {
    if (size < kMaxGroup) members[size++] = mention;
  }
  const std::uint32_t* begin() const { return members; }
  const std::uint32_t* end() const { return members + size; }
};

class Arguments {
 public:
  explicit Arguments(const Sentence& sentence) : s_(sentence) {}

  // Whether token `i` can sit inside a noun phrase: an ordinary word, number, determiner,
  // quantifier or part of a mention; not punctuation, a preposition or a verb group.
  bool noun_phrase_word(std::uint32_t i) const;
  // The preposition governing the noun phrase that contains token `i` ("in" for "in northern
  // Syria"), or kNone when the phrase is a subject or object. Looks no further left than `floor`.
  std::uint32_t governing_preposition(std::uint32_t i, std::uint32_t floor = 0) const;
  // Whether the mention is an actor that can take part in an event.
  bool usable(std::uint32_t mention) const;
  // Whether a relative clause's antecedent is an actor it can refer to: not a place after a
  // preposition of place ("territory in Syria that it seized").
  bool relative_antecedent(const Clause& clause) const;
  // Whether the mention is the object of a preposition of place: "in Syria", "at the capital".
  bool locative(std::uint32_t mention) const;

  // The subject of clause `c` before token `before`: its first actor outside prepositional
  // phrases ("of" aside), or, when it has none, the subject its parent clause lends it.
  Group subject(std::uint32_t c, std::uint32_t before) const;
  // The first actor after token `after` in clause `c` that is a direct object (outside
  // prepositional phrases) or, with a `slot`, the object of that preposition.
  Group object(std::uint32_t c, std::uint32_t after, std::string_view slot) const;
  // The object of the first preposition among `preps` within a few words after `after`:
  // a noun's complement ("attack on Y", "support for Y").
  Group complement(std::uint32_t c, std::uint32_t after, std::span<const std::string> preps) const;
  // The actor modifying the noun phrase that ends before `noun`: "Israel's", "Israeli", "US".
  Group modifier(std::uint32_t noun) const;
  // The first actor other than `not_entity` after a verb at `verb`, in its clause or the clause
  // it introduces: "warned (that) Iran ...", "warned it will not accept an Iranian presence".
  Group in_complement_clause(std::uint32_t c, std::uint32_t verb, std::uint32_t not_entity) const;

  // The mention heading the noun phrase that starts with mention `m`: "Russian President
  // Vladimir Putin" is headed by Putin, "Syria's army" by itself.
  std::uint32_t head(std::uint32_t m) const;
  // `m` and the mentions coordinated with it to its right ("X, Y and Z", "X as well as Y").
  Group group(std::uint32_t m) const;
  // The first of the mentions coordinated with `m` to its left: X for Z in "X, Y and Z".
  std::uint32_t first_coordinated(std::uint32_t m) const;

  // Whether clause `c` has a subject of its own before token `before`, actor or not: a
  // mention, an ordinary noun or a number ("when the two cities were bombed").
  bool has_own_subject(std::uint32_t c, std::uint32_t before) const;

 private:
  // Whether the mention speaks through the reporting verb right after it ("... the Observatory
  // said").
  bool speaker(std::uint32_t mention) const;
  // Whether token `i` starts a gerund trigger read as a verb ("targeting" in "airstrikes
  // targeting Boko Haram").
  bool gerund_verb(std::uint32_t i) const;
  // Whether token `i` ("and", ",", "or") links the actor before it to one after it.
  bool joins_actors(std::uint32_t i) const;
  std::uint32_t clause_of(std::uint32_t mention) const { return s_.info[s_.mentions[mention].first].clause; }
  // The first token after `i` that is a coordinator linking two actors, or kNone.
  std::uint32_t coordination_after(std::uint32_t i, std::uint32_t clause) const;
  // Whether token `i` of clause `c` is a word of a noun phrase that coordination passes over
  // around a head ("faction", "al-Qaeda affiliate"), not a count.
  bool phrase_word(std::uint32_t i, std::uint32_t c) const;

  const Sentence& s_;
};

}  // namespace entente::detail
