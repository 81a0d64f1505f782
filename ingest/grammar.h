// Closed-class English words: the function words that shallow clause analysis steers by
// (determiners, prepositions, conjunctions, pronouns, auxiliaries, modals, negations). These are
// the grammar of the language, not knowledge of the world, so they live here rather than in
// data/; the open classes that matter (trigger verbs, reporting verbs) are in the lexicon.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace entente::detail {

enum WordClass : std::uint32_t {
  kDeterminer = 1u << 0,    // the, a, its, their, this, some
  kPreposition = 1u << 1,   // of, in, on, at, against, by, with, from, to, for
  kCoordinator = 1u << 2,   // and, or, but
  kSubordinator = 1u << 3,  // after, when, while, because, as, since, although, before
  kConditional = 1u << 4,   // if, unless: the clause it opens is hypothetical
  kRelative = 1u << 5,      // who, which, whom, whose (and "that", decided in context)
  kPronoun = 1u << 6,       // he, she, it, they and their object and possessive forms
  kBe = 1u << 7,            // is, are, was, were, be, been, being
  kHave = 1u << 8,          // has, have, had, having
  kDo = 1u << 9,            // do, does, did
  kModal = 1u << 10,        // would, could, might, may, will, should, shall, can, must
  kNegation = 1u << 11,     // not, never, n't, no
  kAdverb = 1u << 12,       // adverbs that sit inside a verb group: also, reportedly, already
  kTime = 1u << 13,         // weekdays, months, "yesterday": heads of time adverbials
  kQuantifier = 1u << 14,   // numbers in words, "several", "dozens": not actors, not verbs
  kThat = 1u << 15,         // "that": a complementizer, a relative pronoun or a determiner
  kTo = 1u << 16,           // "to": a preposition or the infinitive marker
};

// Pronoun features, for coreference.
enum PronounFeature : std::uint8_t {
  kPersonal = 1 << 0,        // he, she, him, her, his: a person
  kNeuter = 1 << 1,          // it, its: a state, an organisation, a group
  kPlural = 1 << 2,          // they, them, their: a group, sector, or several actors
  kPossessiveForm = 1 << 3,  // his, her, its, their
  kFirst = 1 << 4,           // we, our, us (lower case): the speaker's side
  kCountry = 1 << 5,         // "the country", "the capital": the state the article is about
  kGroupOnly = 1 << 6,       // "the group", "the organisation": a group or organisation only
};

struct WordInfo {
  std::uint32_t classes = 0;
  std::uint8_t pronoun = 0;  // PronounFeature bits when classes has kPronoun
};

// The closed-class information of a normalized word ("the", "n't", "was"); zero when none.
WordInfo function_word(std::string_view norm);

struct FunctionWord {
  std::string_view word;
  WordInfo info;
};
// Every word that function_word knows, for tables keyed by word id.
std::span<const FunctionWord> function_words();

}  // namespace entente::detail
