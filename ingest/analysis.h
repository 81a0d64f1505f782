// The coder's working view of one sentence, filled stage by stage: tokens (core/text.h), word
// classes (grammar.h, lexicon.h), actor mentions (mentions.h), relation triggers (triggers.h),
// clauses (clauses.h); coreference (coreference.h) resolves mentions, and pairing (pairing.h)
// turns triggers into events. Internal to ingest/.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "ingest/lexicon.h"

namespace entente::detail {

inline constexpr std::uint32_t kNone = 0xFFFFFFFF;

struct TokenInfo {
  std::uint32_t classes = 0;          // WordClass bits (grammar.h)
  std::uint8_t pronoun = 0;           // PronounFeature bits
  std::uint8_t verb_classes = 0;      // VerbClass bits (lexicon.h)
  const LexiconWord* word = nullptr;  // the lexicon entry of the word, looked up once
  std::uint32_t mention = kNone;      // the mention covering the token
  std::uint32_t trigger = kNone;      // the trigger starting at or covering the token
  std::uint32_t clause = 0;           // the clause the token belongs to
};

enum class MentionKind : std::uint8_t {
  kName,       // a dictionary name or seat: "Syria", "Pompeo", "Hezbollah", "the Kremlin"
  kAdjective,  // an entity's adjective before an ordinary noun: "Iranian targets"
  kSector,     // a sector, with or without its state: "Syrian rebels", "the regime", "civilians"
  kPronoun,    // he, it, they, we: resolved by coreference
};

// How a mention came to name its entity, for --explain.
enum class Resolution : std::uint8_t {
  kDictionary,  // the words are a dictionary name (or an adjective and a sector word)
  kFocus,       // a bare sector word, given the country the article is about
  kAntecedent,  // a pronoun or description, given the entity of an earlier mention
  kCompanion,   // a description of several groups, given one named beside its antecedent
  kUnresolved,
};

struct Mention {
  std::uint32_t first = 0;  // tokens [first, last)
  std::uint32_t last = 0;
  MentionKind kind = MentionKind::kName;
  std::uint32_t entity = kNone;  // index into Dictionary::entities(), once resolved
  std::uint32_t sector = kNone;  // index into Dictionary::sectors(), or kNone
  bool possessive = false;       // "Syria's", "its"
  bool plural = false;           // "rebels", "they", a state's plural demonym
  bool modifier_only = false;    // "US-backed", "Britain-based", "military zone": no actor here
  bool attributive = false;      // "rebel-held", "Iranian military presence": names an owner
  bool anti = false;             // "anti-government": opposed by what the phrase names
  bool pro = false;              // "pro-Syrian": supported by what the phrase names
  bool person = false;           // a person without a dictionary entry, speaking for a state
  std::uint8_t pronoun = 0;      // PronounFeature bits for pronouns
  std::uint32_t backed = kNone;  // for "X-backed" modifiers: the token after the hyphenated word
  Resolution resolution = Resolution::kDictionary;
  std::string_view antecedent;  // the words a pronoun or description was resolved through
  std::uint32_t antecedent_sentence = kNone;
  // The entities a description names together with `entity`, kNone where unused: "the
  // militants" after "Nusra and Faylaq al-Sham mounted an attack" are both groups.
  std::array<std::uint32_t, 2> companions{kNone, kNone};
};

// A trigger in the sentence: tokens [first, last) matched one lexicon phrase.
struct TriggerMatch {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  const LexiconPhrase* phrase = nullptr;
};

enum class ClauseKind : std::uint8_t {
  kMain,           // the sentence, or an independent part of it
  kReported,       // what a reporting verb introduces: "said (that) ..."
  kCoordinated,    // "... and VERB": shares the subject of the clause before
  kParticipial,    // ", killing ...": shares the subject of the clause before
  kSubordinate,    // "after ...", "when ...", "because ..."
  kConditional,    // "if ...", "unless ...": hypothetical
  kRelative,       // "who ...", "which ...": its subject or object is the antecedent
  kApposition,     // ", the deputy foreign minister,": describes the antecedent
  kParenthetical,  // "( ... )", "-- ... --"
};

struct Clause {
  ClauseKind kind = ClauseKind::kMain;
  std::uint32_t first = 0;           // first token
  std::uint32_t parent = kNone;      // the clause it hangs from, for a shared subject
  std::uint32_t antecedent = kNone;  // relative clauses and appositions: the mention described
  bool denied = false;               // "denied that ...": what it reports did not happen
};

struct Sentence {
  std::string_view text;  // the whole article; token offsets index it
  std::uint32_t index = 0;
  TokenBuffer tokens;
  std::vector<TokenInfo> info;
  std::vector<Mention> mentions;
  std::vector<TriggerMatch> triggers;
  std::vector<Clause> clauses;
  bool question = false;
  bool headline = false;        // title case: capitals do not mark proper names
  std::uint32_t focus = kNone;  // the state entity the article is about so far

  std::uint32_t size() const { return static_cast<std::uint32_t>(tokens.size()); }
  std::string_view norm(std::uint32_t i) const { return tokens.norm(i); }
  bool is(std::uint32_t i, std::uint32_t word_class) const { return (info[i].classes & word_class) != 0; }
  bool punct(std::uint32_t i) const { return tokens[i].kind == TokenKind::kPunct; }
  std::string_view surface(std::uint32_t first, std::uint32_t last) const {
    return text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
  }
  const Mention* mention_at(std::uint32_t i) const {
    return info[i].mention == kNone ? nullptr : &mentions[info[i].mention];
  }
};

}  // namespace entente::detail
