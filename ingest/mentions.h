// Stage 2 of the coder: the actors a sentence names. Dictionary names, seats and adjectives
// ("Syria", "the Kremlin", "Iranian", by the matching rules of core/name_matcher.h), sector words with or
// without their state ("Syrian rebels", "the regime"), hyphenated compounds ("US-led", "Russian-backed",
// "Britain-based") and pronouns. Bare sector words and pronouns are left for coreference to resolve.
#pragma once

#include <string>
#include <vector>

#include "core/dictionary.h"
#include "core/name_matcher.h"
#include "ingest/analysis.h"

namespace entente::detail {

class MentionFinder {
 public:
  // REQUIRES: `dictionary` outlives the finder.
  explicit MentionFinder(const Dictionary& dictionary) : dictionary_(dictionary), matcher_(dictionary) {}

  // Starts an article of `date`: names shared by persons mean whoever holds office then. Forgets
  // the persons learned from the previous article.
  void start_article(Date date) {
    date_ = date;
    learned_.clear();
  }

  // Fills sentence.mentions (in token order, not overlapping) and TokenInfo::mention.
  // REQUIRES: sentence.tokens and sentence.info are filled (classify_words).
  void find(Sentence& sentence);

 private:
  // The sector word starting at token `i`, or nullptr. REQUIRES: `i` no less than in the call
  // before for the sentence.
  const NameMatch* sector_word_at(std::uint32_t i);
  // Makes `m` a sector mention of sector word `word`, or narrows it by the word.
  void add_sector(const Sentence& s, Mention& m, const NameMatch& word) const;
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
  NameMatcher matcher_;
  Date date_;
  std::vector<NameMatch> names_;         // the names of the sentence, from the matcher
  std::vector<NameMatch> sector_words_;  // the sector words starting at each token
  std::size_t next_sector_word_ = 0;     // sector_words_ before it start before the token looked at
  std::vector<LearnedName> learned_;
};

}  // namespace entente::detail
