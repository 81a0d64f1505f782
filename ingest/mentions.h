// Stage 2 of the coder: the actors a sentence names. Dictionary names, seats and adjectives
// ("Syria", "the Kremlin", "Iranian", by the matching rules of core/name_matcher.h), sector words with or
// without their state ("Syrian rebels", "the regime"), hyphenated compounds ("US-led", "Russian-backed",
// "Britain-based") and pronouns. Bare sector words and pronouns are left for coreference to resolve.
// The persons who speak for a state or an organisation are found in affiliations.cc.
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
    heads_.clear();
    acronyms_.clear();
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
  // "US Assistant Secretary of State Richard Boucher", "EU envoy Hans van Mierlo": a person who
  // speaks for a state or an organisation.
  void affiliated_person(const Sentence& s, Mention& m);
  // "Stephan Lehne, the EU's envoy to the talks," and "the EU representative to the talks,
  // Stephan Lehne": an unknown person set beside an organisation's or a state's title by a comma
  // speaks for it (CODING.md section 3). Adds the person's mentions and learns the surnames.
  void introduce_persons(Sentence& s);
  // Whether `m` is the state or organisation of a title ("the EU's envoy", "the EU special
  // envoy", "a spokesman for Hamas"); then [start, end) receives the whole phrase.
  bool title_phrase(const Sentence& s, const Mention& m, std::uint32_t& start, std::uint32_t& end) const;
  // "Martin Lee": learns the surname of a dictionary person named in full.
  void learn_surname(const Sentence& s, const Mention& m);
  // Whether a person's one-word name is part of a longer unknown name ("Khurshid Kasuri").
  bool inside_unknown_name(const Sentence& s, const NameMatch& name) const;
  // Whether sector mention `m` follows a capitalized word naming an owner we do not know.
  bool owned_by_unknown(const Sentence& s, const Mention& m) const;
  // Whether a name, or a name or a sector word, starts at token `i` of the sentence being read.
  bool starts_name(std::uint32_t i) const;
  bool starts_name_or_sector(std::uint32_t i) const;
  struct LearnedName {
    std::string word;  // normalized: a person's surname ("boucher"), an organisation's head noun
    std::uint32_t entity;
    std::uint32_t sentence;
    std::string_view words;  // where the article named it in full
  };
  static constexpr std::size_t kMaxLearned = 16;
  // Remembers the person `m` for the article under the word at `surname`.
  void learn(const Sentence& s, const Mention& m, std::uint32_t surname);
  // The person of this article whose surname is the capitalized word at `i`, or nullptr.
  const LearnedName* learned_name(const Sentence& s, std::uint32_t i) const;
  // "the US-led coalition", "the Syrian Observatory for Human Rights": learns the head noun of an
  // organisation's or a group's name of several words, so that "the coalition", "the
  // Observatory" and "coalition aircraft" name it for the rest of the article. The name ends
  // before `name_last` (sector words may follow it in `m`: "US-led coalition jets").
  void learn_head(const Sentence& s, const Mention& m, std::uint32_t name_last);
  // The organisation of this article whose head noun is the word at `i`, or nullptr.
  const LearnedName* learned_head(const Sentence& s, std::uint32_t i) const;
  // "the coalition" after "the US-led coalition": the organisation whose head noun follows the
  // "the" at token `the` and ends its noun phrase, or nullptr.
  const LearnedName* head_after_the(const Sentence& s, std::uint32_t the) const;

  // "the International Commission of Jurists (ICJ)": an acronym defined in parentheses after a
  // dictionary name names that entity for the rest of the article, whatever else the dictionary
  // calls by it (the UN's court). After words the dictionary does not know it keeps its meaning:
  // "International Security Assistance Force (ISAF)" is still NATO's.
  struct Acronym {
    std::string word;  // normalized: "icj"
    std::uint32_t entity;
  };
  static constexpr std::size_t kMaxAcronyms = 16;
  void define_acronyms(const Sentence& s);
  const Acronym* acronym(const Sentence& s, std::uint32_t i) const;

  const Dictionary& dictionary_;
  NameMatcher matcher_;
  Date date_;
  std::vector<NameMatch> names_;         // the names of the sentence, from the matcher
  std::vector<NameMatch> sector_words_;  // the sector words starting at each token
  std::size_t next_sector_word_ = 0;     // sector_words_ before it start before the token looked at
  std::vector<LearnedName> learned_;
  std::vector<LearnedName> heads_;
  std::vector<Acronym> acronyms_;
};

}  // namespace entente::detail
