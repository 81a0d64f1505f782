// Finding actor names in tokenized text by the matching rules of docs/dictionaries.md: the
// longest name by hashed n-grams of word ids; acronyms only where written in capitals; entity
// names only where some word is capitalized; guarded names ("Jordan", "Chad", one-word seats)
// only where not run together with other capitalized words; excluded phrases ("Michael Jordan")
// naming nothing; an adjective or possessive narrowed by a following sector word ("Syrian
// rebels"); and a word whose apostrophe was stripped ("Syrias") read as a possessive.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/dictionary.h"
#include "core/text.h"

namespace entente {

struct NameMatch {
  std::uint32_t first = 0;  // tokens [first, last) of the buffer
  std::uint32_t last = 0;
  const NameEntry* name = nullptr;         // the entity's name, adjective or seat
  const NameEntry* sector_word = nullptr;  // the sector word that narrows it, or nullptr
  // The last word matched without a final "s" whose apostrophe was stripped upstream ("Syrias",
  // "the regimes"): a possessive, like a token with kPossessive.
  bool stripped_possessive = false;
  bool adjective_only() const { return name->kind == NameKind::kAdjective && sector_word == nullptr; }
};

class NameMatcher {
 public:
  // REQUIRES: `dictionary` outlives the matcher and is not modified while it is used.
  explicit NameMatcher(const Dictionary& dictionary) : dictionary_(dictionary) {}

  // Appends the names found in tokens [first, last) of `tokens` (one sentence, say) to `names`,
  // left to right and not overlapping. When a phrase names several entities, the one that stands
  // for an actor on `date` is chosen: a person in office over one out of office.
  // With `sector_words`, also appends to it the longest sector word that starts at each token
  // ("rebels", "security forces", "the regimes"), in token order, as matches with a null name:
  // for callers that read sector words on their own (these may overlap names and each other).
  // Acronyms among them match only capitals.
  // Tokens whose word ids were set from the dictionary's words() (or a vocabulary extending them)
  // are matched without hashing a string; others are looked up here.
  void find(const TokenBuffer& tokens, std::uint32_t first, std::uint32_t last, Date date,
            std::vector<NameMatch>& names, std::vector<NameMatch>* sector_words = nullptr);

  // The actor a match stands for on `date` (ActorRef::mention is left empty).
  ActorRef resolve(const NameMatch& match, Date date) const;

 private:
  struct Span {
    std::uint32_t first, last;
  };
  // Takes word ids for tokens [first, last) from the tokens or from the dictionary's words.
  void bind(const TokenBuffer& tokens, std::uint32_t first, std::uint32_t last);
  void look_up_words();
  WordId word(std::uint32_t i) const;
  // Whether the token may be a possessive whose apostrophe was stripped ("Syrias").
  bool may_be_stripped(std::uint32_t i) const;
  // The dictionary's id for the token without its final "s", when may_be_stripped.
  // REQUIRES: the dictionary does not know the token itself.
  WordId stripped(std::uint32_t i) const;
  // Entity names and excluded phrases, or sector words.
  enum class Phrases : std::uint8_t { kNames, kSectorWords };
  // The most tokens of a phrase of the kind starting with dictionary word `first`.
  std::uint32_t reach(WordId first, Phrases phrases) const;
  // Whether a phrase of the kind may start at token `i`: one array lookup for most words.
  bool may_start_phrase(std::uint32_t i, Phrases phrases) const;
  // Fills ids_ and keys_ with the n-grams that may start at `at`: keys_[n - 1] is the key of
  // ids_[0, n). Returns how many there are; a stripped possessive can only be the last word.
  // REQUIRES: may_start_phrase(at, phrases).
  std::uint32_t ngrams(std::uint32_t at, Phrases phrases);
  // The longest name starting at `at` that fits the text there; an excluded phrase gives a match
  // with a null name. Returns false when nothing starts there.
  // REQUIRES: may_start_phrase(at, Phrases::kNames).
  bool name_at(std::uint32_t at, Date date, NameMatch& match);
  // The longest sector word starting at `at`: a match with a null sector_word when none does.
  // REQUIRES: may_start_phrase(at, Phrases::kSectorWords).
  NameMatch sector_word_at(std::uint32_t at);
  // The entry of `entries` that the text at `span` can mean on `date`, or nullptr.
  const NameEntry* choose(std::span<const NameEntry> entries, Span span, Date date) const;
  // Whether the words at `span` are all written in capitals, as an acronym must be.
  bool in_capitals(Span span) const;
  // Whether a token of [at, at + count) is capitalized.
  bool capitalized_within(std::uint32_t at, std::uint32_t count) const;
  // Whether a guarded name at `name` stands alone rather than inside a longer proper name.
  bool standalone(Span name) const;

  const Dictionary& dictionary_;
  const TokenBuffer* tokens_ = nullptr;
  Span range_{0, 0};
  std::uint32_t previous_end_ = 0;  // where the last match ended, so "Syria, Jordan" chains
  bool title_case_ = false;         // a headline: capitals say nothing about proper names
  bool own_ids_ = false;            // ids looked up here into token_ids_ rather than the tokens'
  WordId known_words_ = 0;          // ids of the tokens from here on are not the dictionary's
  std::vector<WordId> token_ids_;   // for tokens [range_.first, range_.last) when own_ids_
  // The n-grams at one token (no phrase has more than 255 words, Dictionary::max_tokens_from).
  std::array<WordId, 256> ids_;
  std::array<std::uint64_t, 256> keys_;
  // How many words of the n-grams reach the one whose possessive apostrophe was stripped
  // ("Syrias"), 0 when none: an n-gram of that length ends in a possessive, a longer one has it
  // inside a name ("Peoples Protection Units").
  std::uint32_t stripped_word_ = 0;
};

}  // namespace entente
