// Stage 2 of the coder: the actors a sentence names. Dictionary names, seats and adjectives
// ("Syria", "the Kremlin", "Iranian"), sector words with or without their state ("Syrian
// rebels", "the regime"), hyphenated compounds ("US-led", "Russian-backed", "Britain-based") and
// pronouns. Bare sector words and pronouns are left for coreference to resolve.
#pragma once

#include <string>
#include <vector>

#include "core/dictionary.h"
#include "ingest/analysis.h"

namespace entente::detail {

class MentionFinder {
 public:
  // REQUIRES: `dictionary` and `lexicon` outlive the finder.
  MentionFinder(const Dictionary& dictionary, const Lexicon& lexicon)
      : dictionary_(dictionary), lexicon_(lexicon) {}

  // Forgets the persons learned from the previous article.
  void start_article() { learned_.clear(); }

  // Fills sentence.mentions (in token order, not overlapping) and TokenInfo::mention.
  // REQUIRES: sentence.tokens and sentence.info are filled.
  void find(Sentence& sentence);

 private:
  struct Match {
    std::uint32_t end = 0;  // one past the last token
    const NameEntry* entry = nullptr;
    bool possessive = false;  // the match dropped a trailing "s" whose apostrophe was stripped
  };
  // The most tokens of a dictionary phrase that can start at `first` (0: none starts there).
  std::uint32_t reach(const Sentence& s, std::uint32_t first);
  // The longest dictionary match of at most `max` tokens starting at `first`, of entities or of
  // sector words.
  Match longest(const Sentence& s, std::uint32_t first, bool sectors, std::uint32_t max);
  const NameEntry* lookup(const Sentence& s, std::uint32_t first, std::uint32_t last, bool sectors) const;
  // Extends `m` over sector words that follow it: "Syrian" + "government forces".
  void absorb_sectors(const Sentence& s, Mention& m);
  // "US-led", "Russian-backed", "Britain-based": what the hyphenated word after `m` makes of it.
  void apply_hyphen_suffix(const Sentence& s, Mention& m) const;
  // "military zone": a sector word that only modifies the noun after it.
  void attributive(const Sentence& s, Mention& m) const;
  // The pronoun features of a definite description at `i` ("the country"), or 0.
  // `end` receives the token after the description.
  std::uint8_t description(const Sentence& s, std::uint32_t i, std::uint32_t& end) const;
  // "US Assistant Secretary of State Richard Boucher": a person who speaks for a state.
  void affiliated_person(const Sentence& s, Mention& m);
  struct LearnedName {
    std::string surname;  // normalized: "boucher"
    std::uint32_t entity;
    std::uint32_t sentence;
    std::string_view words;  // where the article named the person in full
  };
  static constexpr std::size_t kMaxLearned = 16;
  // The person of this article whose surname is the capitalized word at `i`, or nullptr.
  const LearnedName* learned_name(const Sentence& s, std::uint32_t i) const;

  const Dictionary& dictionary_;
  const Lexicon& lexicon_;
  std::string phrase_;
  std::vector<LearnedName> learned_;
};

}  // namespace entente::detail
