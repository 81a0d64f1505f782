// The persons who speak for a state or an organisation (CODING.md section 3): a title before
// the name ("EU envoy Hans van Mierlo"), a title set beside it by a comma ("Stephan Lehne, the
// EU's envoy", "said a Hamas spokesman, Ismail Radwan"), and the surnames that name them later
// in the article. Part of MentionFinder (mentions.h).
#include <algorithm>
#include <array>

#include "ingest/grammar.h"
#include "ingest/mentions.h"

namespace entente::detail {
namespace {

// Nouns of a person who speaks for an organisation or a state: "the EU's envoy", "a Hamas
// spokesman", "the UN representative".
bool title_word(std::string_view w) {
  static constexpr std::array<std::string_view, 23> kTitles = {
      "official",  "spokesman", "spokeswoman",    "spokesperson", "envoy",     "ambassador",
      "minister",  "diplomat",  "representative", "negotiator",   "delegate",  "adviser",
      "advisor",   "emissary",  "mediator",       "secretary",    "commander", "chief",
      "president", "premier",   "prosecutor",     "head",         "leader"};
  return std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
}

// Words of rank before a title: "Britain's special envoy", "the UN deputy representative".
bool rank_word(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kRanks = {"special",  "top",       "senior", "deputy",
                                                              "personal", "permanent", "acting", "assistant",
                                                              "vice",     "principal", "new"};
  return std::find(kRanks.begin(), kRanks.end(), w) != kRanks.end();
}

// Name particles that stand in lower case inside a person's name: "Hans van Mierlo".
bool name_particle(std::string_view w) {
  return w == "van" || w == "von" || w == "de" || w == "der" || w == "da" || w == "di" || w == "la" ||
         w == "bin" || w == "ibn" || w == "al" || w == "el" || w == "abu";
}

// Whether token `i` may be a word of a name that neither the dictionary nor the grammar knows.
bool unknown_capital(const Sentence& s, std::uint32_t i) {
  const Token& token = s.tokens[i];
  return token.kind == TokenKind::kWord && token.has(kCapitalized) && !token.has(kAllUpper) &&
         s.info[i].classes == 0 && s.info[i].verb_classes == 0 && s.info[i].mention == kNone;
}

bool unknown_name_word(const Sentence& s, std::uint32_t i) {
  return unknown_capital(s, i) || (s.info[i].mention == kNone && name_particle(s.norm(i)));
}

// Whether [first, last) reads as a person's name: "Stephan Lehne", "Hans van Mierlo".
bool person_name(const Sentence& s, std::uint32_t first, std::uint32_t last) {
  return last >= first + 2 && unknown_capital(s, first) && unknown_capital(s, last - 1);
}

// "Stephan Lehne, the EU's envoy": the unknown person's name [first, last) before the comma
// before the title at `start`. After "between Japan and North Korea," the name would read as one
// more of the list; after "in the" it is a place ("in the Gaza Strip, a UN official said").
bool name_before(const Sentence& s, std::uint32_t start, std::uint32_t& first, std::uint32_t& last) {
  if (start < 3 || s.norm(start - 1) != ",") return false;
  last = start - 1;
  first = last;
  while (first > 0 && first + 5 > last && unknown_name_word(s, first - 1)) --first;
  while (first < last && !unknown_capital(s, first)) ++first;
  const bool listed = first >= 2 && s.norm(first - 1) == "," && s.info[first - 2].mention != kNone;
  return person_name(s, first, last) && !listed &&
         !(first > 0 &&
           (s.tokens[first - 1].has(kCapitalized) || s.is(first - 1, kDeterminer | kPreposition)));
}

// "the EU representative to the talks, Stephan Lehne": the name after the comma that follows the
// title ending at `end` and the place of the office.
bool name_after(const Sentence& s, std::uint32_t end, std::uint32_t& first, std::uint32_t& last) {
  const std::uint32_t n = s.size();
  std::uint32_t comma = end;
  if (comma < n && s.is(comma, kPreposition)) {
    while (comma < n && comma < end + 7 && !s.punct(comma) && s.info[comma].verb_classes == 0 &&
           (s.info[comma].classes & ~(kDeterminer | kPreposition | kTo)) == 0) {
      ++comma;
    }
  }
  if (comma + 2 >= n || s.norm(comma) != ",") return false;
  first = comma + 1;
  last = first;
  while (last < n && last < first + 5 && unknown_name_word(s, last)) ++last;
  while (last > first && !unknown_capital(s, last - 1)) --last;
  return person_name(s, first, last) && !(last < n && s.tokens[last].has(kCapitalized));
}

// "Syria's UN envoy", "the Iranian UN ambassador": an organisation's title after an owner is the
// owner's, who sends the person to the organisation; returns the owner, or nullptr. "Turkish
// Cypriot leader" is no such title.
const Mention* title_owner(const Sentence& s, const Mention& m, const Dictionary& dictionary) {
  const Mention* owner = m.first > 0 ? s.mention_at(m.first - 1) : nullptr;
  if (owner == nullptr || !(owner->possessive || owner->kind == MentionKind::kAdjective) ||
      dictionary.entities()[m.entity].type != EntityType::kIgo) {
    return nullptr;
  }
  return owner;
}

}  // namespace

const MentionFinder::LearnedName* MentionFinder::learned_name(const Sentence& s, std::uint32_t i) const {
  if (!s.tokens[i].has(kCapitalized) || s.headline) return nullptr;
  for (auto it = learned_.rbegin(); it != learned_.rend(); ++it) {  // the latest person of the name
    if (it->word == s.norm(i)) return &*it;
  }
  return nullptr;
}

void MentionFinder::learn(const Sentence& s, const Mention& m, std::uint32_t surname) {
  if (learned_.size() == kMaxLearned) learned_.erase(learned_.begin());
  learned_.push_back({std::string(s.norm(surname)), m.entity, s.index, s.surface(m.first, m.last)});
}

// "Martin Lee" makes "Lee" name him for the rest of the article, and a person of the article
// outranks whoever else the dictionary calls by the word.
void MentionFinder::learn_surname(const Sentence& s, const Mention& m) {
  if (m.kind != MentionKind::kName || m.last - m.first < 2 || s.headline) return;
  const std::uint32_t surname = m.last - 1;
  if (s.tokens[surname].kind != TokenKind::kWord || !s.tokens[surname].has(kCapitalized) ||
      s.tokens[surname - 1].has(kHyphenNext) || s.info[surname].classes != 0) {
    return;
  }
  if (dictionary_.entities()[m.entity].type == EntityType::kPerson) learn(s, m, surname);
}

// "US Assistant Secretary of State Richard Boucher", "Syrian Foreign Minister Walid Muallem", "EU
// envoy Hans van Mierlo": a state's or organisation's name or adjective (with its sector words),
// then capitalized words the dictionary does not know, is a person speaking for it (CODING.md
// section 3). Their surname names them later in the article. Not a place: "in Syria Terje
// Roed-Larsen said", where commas were stripped.
void MentionFinder::affiliated_person(const Sentence& s, Mention& m) {
  if (s.headline || m.possessive || m.kind == MentionKind::kPronoun) return;
  const Entity& entity = dictionary_.entities()[m.entity];
  if (entity.type == EntityType::kPerson || (m.sector != kNone && dictionary_.sectors()[m.sector].domestic))
    return;
  if (m.first > 0) {
    const std::string_view before = s.norm(m.first - 1);
    if (before == "in" || before == "inside" || before == "at" || before == "across" || before == "near")
      return;
  }
  // "his UN envoy" is unknown until coreference; "Syria's UN envoy" speaks for Syria.
  const Mention* const owner = title_owner(s, m, dictionary_);
  if (owner != nullptr && owner->entity == kNone) return;
  std::uint32_t end = m.last, capitals = 0;
  while (end < s.size() && end < m.last + 7 && s.info[end].mention == kNone) {
    const Token& token = s.tokens[end];
    const bool word = token.kind == TokenKind::kWord && s.info[end].classes == 0;
    if (word && token.has(kCapitalized)) {
      ++capitals;
    } else if (s.norm(end) != "of" && !(capitals > 0 && name_particle(s.norm(end)))) {
      break;
    }
    ++end;
  }
  // A name needs two capitalized words after the title ("Richard Boucher"); the run must end
  // the phrase, not run into another name.
  if (capitals < 2 || end == m.last || !s.tokens[end - 1].has(kCapitalized) ||
      (end < s.size() && s.info[end].mention != kNone)) {
    return;
  }
  m.last = end;
  if (owner != nullptr) m.entity = owner->entity;
  m.person = true;
  m.kind = MentionKind::kName;
  m.possessive = s.tokens[end - 1].has(kPossessive);
  learn(s, m, end - 1);
}

bool MentionFinder::title_phrase(const Sentence& s, const Mention& m, std::uint32_t& start,
                                 std::uint32_t& end) const {
  if (m.entity == kNone || m.resolution != Resolution::kDictionary || m.modifier_only || m.person ||
      m.plural || dictionary_.entities()[m.entity].type == EntityType::kPerson ||
      (m.sector != kNone && dictionary_.sectors()[m.sector].domestic)) {
    return false;
  }
  const auto plain = [&s](std::uint32_t t) {
    const Token& token = s.tokens[t];
    return token.kind == TokenKind::kWord && !token.has(kCapitalized) && s.info[t].classes == 0 &&
           s.info[t].mention == kNone;
  };
  end = m.kind == MentionKind::kSector && title_word(s.norm(m.last - 1)) ? m.last : kNone;
  // "the EU representative", "Britain's special envoy": a title the sector words lack, after
  // one rank at most ("an Israeli party head" leads a party, not Israel).
  for (std::uint32_t t = m.last; end == kNone && t < s.size() && t <= m.last + 1 && plain(t); ++t) {
    if (title_word(s.norm(t))) {
      end = t + 1;
    } else if (!rank_word(s.norm(t))) {
      break;
    }
  }
  std::uint32_t first = m.first;
  if (end != kNone) {
    // "the UN chief negotiator"
    while (end < s.size() && s.info[end].mention == kNone && title_word(s.norm(end))) ++end;
  } else {
    // "a spokesman for Hamas", "the head of the EU mission": the title before the actor, which
    // must be its head ("the president of the Peruvian subsidiary" speaks for a firm).
    if (m.kind == MentionKind::kAdjective || m.possessive) return false;
    if (first > 0 && s.norm(first - 1) == "the") --first;
    // The title may be a sector word without its state: "spokesman".
    const auto bare_title = [&](std::uint32_t t) {
      const Mention* sector = s.mention_at(t);
      return title_word(s.norm(t)) &&
             (plain(t) || (sector != nullptr && sector->kind == MentionKind::kSector &&
                           sector->entity == kNone && sector->first == t && sector->last == t + 1));
    };
    if (first < 3 || !(s.norm(first - 1) == "for" || s.norm(first - 1) == "of") || !bare_title(first - 2))
      return false;
    first -= 2;
    if (first > 0 && plain(first - 1) && rank_word(s.norm(first - 1))) --first;  // "a senior spokesman"
    end = m.last;
  }
  // "a UN delegate from Qatar" speaks for Qatar, whom we do not guess.
  if (end < s.size() && s.norm(end) == "from") return false;
  // "the former EU envoy" speaks for nobody now.
  for (std::uint32_t t = first; t < end; ++t) {
    if (s.norm(t) == "former") return false;
  }
  if (first > 0 && s.norm(first - 1) == "former") return false;
  start = first > 0 && s.is(first - 1, kDeterminer) ? first - 1 : first;
  return true;
}

void MentionFinder::introduce_persons(Sentence& s) {
  if (s.headline) return;
  for (std::uint32_t k = 0; k < s.mentions.size(); ++k) {
    std::uint32_t start = kNone, end = kNone;
    if (!title_phrase(s, s.mentions[k], start, end)) continue;
    const Mention& title = s.mentions[k];
    const Mention* const owner = title_owner(s, title, dictionary_);
    if (owner != nullptr && owner->entity == kNone) continue;
    if (owner != nullptr)
      start = owner->first > 0 && s.is(owner->first - 1, kDeterminer) ? owner->first - 1 : owner->first;
    std::uint32_t first = kNone, last = kNone;
    if (!name_before(s, start, first, last) && !name_after(s, end, first, last)) continue;
    Mention person;
    person.first = first;
    person.last = last;
    person.entity = owner != nullptr ? owner->entity : title.entity;
    person.sector = title.sector;
    person.person = true;
    person.possessive = s.tokens[last - 1].has(kPossessive);
    person.resolution = Resolution::kAntecedent;
    person.antecedent = s.surface(start, end);
    person.antecedent_sentence = s.index;
    // In token order: "the EU representative to the Kosovo talks, Stephan Lehne" names Kosovo
    // between the title and the person.
    const auto after = std::find_if(s.mentions.begin(), s.mentions.end(),
                                    [first](const Mention& other) { return other.first > first; });
    const auto at = static_cast<std::uint32_t>(after - s.mentions.begin());
    s.mentions.insert(after, person);
    for (TokenInfo& info : s.info) {
      if (info.mention != kNone && info.mention >= at) ++info.mention;
    }
    for (std::uint32_t t = first; t < last; ++t) s.info[t].mention = at;
    learn(s, person, last - 1);
    if (at <= k) ++k;  // the title moved up
  }
}

}  // namespace entente::detail
