#include "ingest/mentions.h"

#include <algorithm>
#include <array>

#include "ingest/grammar.h"

namespace entente::detail {
namespace {

enum class Suffix { kNone, kLed, kBacked, kPlace };

// The word after a hyphen that says what an actor is to the noun it modifies.
Suffix hyphen_suffix(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kLed = {"led",       "held",         "controlled", "run",
                                                           "dominated", "administered", "commanded"};
  static constexpr std::array<std::string_view, 7> kBacked = {"backed", "sponsored", "supported", "funded",
                                                              "armed",  "trained",   "allied"};
  static constexpr std::array<std::string_view, 6> kPlace = {"based",  "born",       "made",
                                                             "linked", "affiliated", "bound"};
  auto in = [&](const auto& list) { return std::find(list.begin(), list.end(), w) != list.end(); };
  if (in(kLed)) return Suffix::kLed;
  if (in(kBacked)) return Suffix::kBacked;
  if (in(kPlace)) return Suffix::kPlace;
  return Suffix::kNone;
}

// Nouns that, after "the", name the group or organisation named last: "the group", "the monitor".
bool group_noun(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kNouns = {
      "group", "organisation", "organization", "movement", "militia", "monitor", "watchdog"};
  return std::find(kNouns.begin(), kNouns.end(), w) != kNouns.end();
}

bool is_the(const Sentence& s, std::uint32_t i) {
  return s.tokens[i].norm_size == 3 && s.norm(i) == "the";
}

// Words an acronym may leave out: "International Commission of Jurists" is ICJ.
bool acronym_filler(std::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "in" || w == "on" || w == "al" ||
         w == "el" || w == "de";
}

// Where the words that `acronym` abbreviates begin, when they end just before token `end`:
// "Syrian Observatory for Human Rights" before "(SOHR)". kNone when the initials do not match.
std::uint32_t spelled_out(const Sentence& s, std::string_view acronym, std::uint32_t end) {
  std::uint32_t i = end;
  std::size_t letter = acronym.size();
  while (i > 0 && letter > 0) {
    const std::uint32_t k = i - 1;
    if (s.tokens[k].kind != TokenKind::kWord) return kNone;
    const std::string_view w = s.norm(k);
    if (w.front() == acronym[letter - 1] && (s.tokens[k].has(kCapitalized) || !acronym_filler(w))) {
      --letter;
    } else if (!acronym_filler(w)) {
      return kNone;
    }
    i = k;
  }
  return letter == 0 ? i : kNone;
}

}  // namespace

void MentionFinder::define_acronyms(const Sentence& s) {
  for (std::uint32_t i = 1; i + 2 < s.size(); ++i) {
    if (s.tokens[i].kind != TokenKind::kPunct) continue;
    const Token& word = s.tokens[i + 1];
    if (s.norm(i) != "(" || s.norm(i + 2) != ")" || word.kind != TokenKind::kWord || !word.has(kAllUpper) ||
        word.norm_size < 2 || word.norm_size > 6) {
      continue;
    }
    const std::string_view acronym = s.norm(i + 1);
    const std::uint32_t first = spelled_out(s, acronym, i);
    if (first == kNone) continue;
    // The entity of a name that ends at the parenthesis and starts within the spelled-out words.
    std::uint32_t entity = kNone;
    for (const NameMatch& name : names_) {
      if (name.last == i && name.first >= first - (first > 0 && is_the(s, first - 1) ? 1 : 0))
        entity = name.name->index;
    }
    if (entity == kNone) continue;
    if (acronyms_.size() == kMaxAcronyms) acronyms_.erase(acronyms_.begin());
    acronyms_.push_back({std::string(acronym), entity});
  }
}

const MentionFinder::Acronym* MentionFinder::acronym(const Sentence& s, std::uint32_t i) const {
  if (!s.tokens[i].has(kAllUpper)) return nullptr;
  for (const Acronym& a : acronyms_) {
    if (a.word == s.norm(i)) return &a;
  }
  return nullptr;
}

void MentionFinder::add_sector(const Sentence& s, Mention& m, const NameMatch& word) const {
  const auto& sectors = dictionary_.sectors();
  // A domestic sector outranks a state one: "rebel forces" are rebels, "opposition fighters" too.
  if (m.sector == kNone || (!sectors[m.sector].domestic && sectors[word.sector_word->index].domestic)) {
    m.sector = word.sector_word->index;
  }
  m.kind = MentionKind::kSector;
  m.last = word.last;
  m.possessive = s.tokens[m.last - 1].has(kPossessive) || word.stripped_possessive;
  m.plural = s.norm(m.last - 1).ends_with('s');
}

const NameMatch* MentionFinder::sector_word_at(std::uint32_t i) {
  while (next_sector_word_ != sector_words_.size() && sector_words_[next_sector_word_].first < i)
    ++next_sector_word_;
  if (next_sector_word_ == sector_words_.size() || sector_words_[next_sector_word_].first != i)
    return nullptr;
  return &sector_words_[next_sector_word_];
}

void MentionFinder::absorb_sectors(const Sentence& s, Mention& m) {
  while (m.last < s.size() && !s.tokens[m.last - 1].has(kHyphenNext)) {
    const NameMatch* next = sector_word_at(m.last);
    if (next == nullptr) break;
    add_sector(s, m, *next);
    if (m.possessive) break;
  }
}

// "the country", "the capital": the focus state; "the group", "the organisation": the last group.
std::uint8_t MentionFinder::description(const Sentence& s, std::uint32_t i, std::uint32_t& end) const {
  const std::uint32_t n = s.size();
  if (i + 1 >= n || s.norm(i) != "the") return 0;
  std::uint32_t at = i + 1;
  end = at + 1;
  const std::string_view noun = s.norm(at);
  if (noun == "country" || noun == "capital" || noun == "nation") return kCountry;
  // "the Geneva-based group": where the group sits says nothing of who it is, so the place
  // neither stops the description nor becomes an actor (it is inside the description).
  for (std::uint32_t place = at; place < n && place < at + 3 && s.tokens[place].has(kCapitalized); ++place) {
    if (!s.tokens[place].has(kHyphenNext)) continue;
    if (place + 1 < n && s.norm(place + 1) == "based") at = place + 2;  // "the New York-based"
    break;
  }
  // "the Shiite group", "the human rights group": up to two modifiers may stand between, but no
  // name: "the IS jihadist group", "the UN nuclear watchdog" are named, and so is "the group
  // Hezbollah".
  for (std::uint32_t noun_at = at; noun_at < n && noun_at <= at + 2; ++noun_at) {
    const Token& token = s.tokens[noun_at];
    if (token.kind != TokenKind::kWord || s.info[noun_at].classes != 0 ||
        (noun_at > at && token.has(kCapitalized)) || token.has(kHyphenNext) || starts_name(noun_at)) {
      return 0;
    }
    if (group_noun(s.norm(noun_at))) {
      end = noun_at + 1;
      return end < n && starts_name(end) ? 0 : kNeuter | kGroupOnly;
    }
  }
  return 0;
}

// A sector word before an ordinary noun modifies it ("military zone", "civilian casualties",
// "Iranian military presence"): it names the noun's owner at most, not an actor of the clause.
void MentionFinder::attributive(const Sentence& s, Mention& m) const {
  if (m.kind != MentionKind::kSector || m.last >= s.size() || m.possessive) return;
  const std::uint32_t next = m.last;
  if (s.tokens[next].kind != TokenKind::kWord || s.info[next].classes != 0 ||
      s.tokens[next].has(kCapitalized)) {
    return;
  }
  // "regime siege" (the siege's owner), "the government says", "the army controls": not a modifier.
  const std::string_view word = s.norm(next);
  if (s.info[next].word != nullptr || word.ends_with('s') || word.ends_with("ed")) return;
  m.kind = MentionKind::kAdjective;  // "rebel positions" still name the rebels as owners
  m.attributive = true;
}

void MentionFinder::apply_hyphen_suffix(const Sentence& s, Mention& m) const {
  if (!s.tokens[m.last - 1].has(kHyphenNext) || m.last >= s.size()) return;
  const Suffix suffix = hyphen_suffix(s.norm(m.last));
  if (suffix == Suffix::kNone) return;
  ++m.last;  // the suffix word belongs to the mention
  m.attributive = true;
  if (suffix == Suffix::kLed) {
    if (m.kind == MentionKind::kName) m.kind = MentionKind::kAdjective;  // "US-led coalition"
  } else {
    m.modifier_only = true;
    if (suffix == Suffix::kBacked && m.last < s.size()) m.backed = m.last;
  }
}

// Whether the one-word name of a person at `name` is the first name or another part of a longer
// name the dictionary does not know: "Khurshid Kasuri" is not Salman Khurshid.
bool MentionFinder::inside_unknown_name(const Sentence& s, const NameMatch& name) const {
  if (name.last - name.first != 1 || s.headline || name.last >= s.size() || name.stripped_possessive ||
      s.tokens[name.first].has(kPossessive) || s.tokens[name.first].has(kHyphenNext) ||
      dictionary_.entities()[name.name->index].type != EntityType::kPerson) {
    return false;
  }
  const Token& next = s.tokens[name.last];
  // "Putin Monday said", "Obama administration", "Lavrov Kerry": a time word, a sector word or
  // another name may follow.
  return next.kind == TokenKind::kWord && next.has(kCapitalized) && !next.has(kAllUpper) &&
         s.info[name.last].classes == 0 && !s.punct(name.first + 1) && !starts_name_or_sector(name.last);
}

// "Western diplomats", "Kurdish forces", "European foreign ministers": a state's sector after a
// capitalized word the dictionary does not know belongs to someone we cannot name, not to the
// focus country. A domestic group stays the focus country's: "Maoist rebels", "Sunni insurgents";
// so do a title before a name and an unknown acronym. A capital at the start of a sentence counts
// only when it reads as a demonym.
bool MentionFinder::owned_by_unknown(const Sentence& s, const Mention& m) const {
  if (m.first == 0 || s.headline || dictionary_.sectors()[m.sector].domestic) return false;
  // "Foreign Trade Minister Wu Yi": a title before a name, its words capitalized.
  if (m.last < s.size() && s.tokens[m.last].has(kCapitalized)) return false;
  const std::uint32_t before = m.first - 1;
  const Token& token = s.tokens[before];
  if (token.kind != TokenKind::kWord || !token.has(kCapitalized) || token.has(kAllUpper) ||
      token.has(kHyphenNext) || s.info[before].classes != 0 || s.info[before].mention != kNone) {
    return false;
  }
  if (before > 0) return true;
  const std::string_view word = s.norm(before);
  return word.ends_with("an") || word.ends_with("ish") || word.ends_with("ese") || word.ends_with("ern");
}

void MentionFinder::learn_head(const Sentence& s, const Mention& m, std::uint32_t name_last) {
  // A name, or a name narrowed by sector words ("US-led coalition jets").
  if (m.kind == MentionKind::kAdjective || m.kind == MentionKind::kPronoun || m.entity == kNone ||
      name_last - m.first < 2 || s.headline) {
    return;
  }
  const EntityType type = dictionary_.entities()[m.entity].type;
  if (type == EntityType::kPerson || type == EntityType::kState) return;
  // The noun before "of" or "for" heads the name ("Observatory for Human Rights"), else its last
  // word that is no sector word ("US-led coalition jets", matched as one name narrowed).
  auto sector_word = [&](std::uint32_t k) {
    const auto entries = dictionary_.lookup(s.norm(k));
    return std::any_of(entries.begin(), entries.end(),
                       [](const NameEntry& e) { return e.kind == NameKind::kSectorWord; });
  };
  while (name_last - m.first > 1 && sector_word(name_last - 1)) --name_last;
  if (name_last - m.first < 2) return;
  std::uint32_t head = name_last - 1;
  for (std::uint32_t k = m.first + 1; k + 1 < name_last; ++k) {
    if (s.norm(k) == "of" || s.norm(k) == "for") {
      head = k - 1;
      break;
    }
  }
  if (s.tokens[head].kind != TokenKind::kWord || s.info[head].classes != 0 || s.norm(head).size() < 4) return;
  if (heads_.size() == kMaxLearned) heads_.erase(heads_.begin());
  heads_.push_back({std::string(s.norm(head)), m.entity, s.index, s.surface(m.first, m.last)});
}

const MentionFinder::LearnedName* MentionFinder::learned_head(const Sentence& s, std::uint32_t i) const {
  if (s.headline || s.tokens[i].kind != TokenKind::kWord || s.info[i].classes != 0) return nullptr;
  for (auto it = heads_.rbegin(); it != heads_.rend(); ++it) {
    if (it->word == s.norm(i)) return &*it;
  }
  return nullptr;
}

const MentionFinder::LearnedName* MentionFinder::head_after_the(const Sentence& s, std::uint32_t the) const {
  if (heads_.empty() || the + 1 >= s.size()) return nullptr;
  // The head must end its noun phrase: "the coalition forces" are forces.
  const std::uint32_t next = the + 2;
  if (next < s.size() && s.tokens[next].kind == TokenKind::kWord && s.info[next].classes == 0 &&
      s.info[next].word == nullptr && !s.tokens[next].has(kCapitalized)) {
    return nullptr;
  }
  return learned_head(s, the + 1);
}

bool MentionFinder::starts_name(std::uint32_t i) const {
  return std::any_of(names_.begin(), names_.end(), [i](const NameMatch& match) { return match.first == i; });
}

bool MentionFinder::starts_name_or_sector(std::uint32_t i) const {
  return starts_name(i) || std::any_of(sector_words_.begin(), sector_words_.end(),
                                       [i](const NameMatch& match) { return match.first == i; });
}

void MentionFinder::find(Sentence& s) {
  s.mentions.clear();
  const std::uint32_t n = s.size();
  names_.clear();
  sector_words_.clear();
  next_sector_word_ = 0;
  matcher_.find(s.tokens, 0, n, date_, names_, &sector_words_);
  define_acronyms(s);
  auto name = names_.cbegin();
  for (std::uint32_t i = 0; i < n;) {
    const Token& token = s.tokens[i];
    if (token.kind != TokenKind::kWord) {
      ++i;
      continue;
    }
    while (name != names_.cend() && name->first < i) ++name;  // covered by an earlier mention
    const bool pronoun = s.is(i, kPronoun) && !token.has(kAllUpper);
    const bool the = is_the(s, i);
    // Function words start no name, except "the" before a capital ("the Kremlin").
    const bool may_start = (s.info[i].classes & ~(kTime | kAdverb)) == 0 || the;
    const NameMatch* name_here = may_start && name != names_.cend() && name->first == i ? &*name : nullptr;
    if (name_here != nullptr && inside_unknown_name(s, *name_here)) {
      i = name_here->last;
      continue;
    }
    // A person the article named in full outranks others the dictionary calls by the surname.
    const LearnedName* const learned =
        learned_.empty() || !token.has(kCapitalized) || (name_here != nullptr && name_here->last != i + 1)
            ? nullptr
            : learned_name(s, i);
    if (learned != nullptr && name_here != nullptr && name_here->name->index != learned->entity &&
        dictionary_.entities()[name_here->name->index].type == EntityType::kPerson) {
      name_here = nullptr;
    }
    const NameMatch* const sector = may_start && name_here == nullptr ? sector_word_at(i) : nullptr;
    const Acronym* const defined =
        acronyms_.empty() || (name_here != nullptr && name_here->last != i + 1) ? nullptr : acronym(s, i);
    const LearnedName* const head = the && name_here == nullptr ? head_after_the(s, i) : nullptr;
    if (!pronoun && !the && name_here == nullptr && sector == nullptr && defined == nullptr &&
        learned == nullptr) {
      ++i;  // most words start no mention
      continue;
    }
    Mention m;
    m.first = i;
    if (pronoun) {
      m.kind = MentionKind::kPronoun;
      m.pronoun = s.info[i].pronoun;
      m.possessive =
          s.norm(i) == "its" || s.norm(i) == "their" || s.norm(i) == "his" || token.has(kPossessive);
      m.plural = (m.pronoun & (kPlural | kFirst)) != 0;
      m.last = i + 1;
      m.resolution = Resolution::kUnresolved;
      // "its forces", "their government": the owner's sector.
      if (m.possessive && m.last < n) {
        absorb_sectors(s, m);
        m.kind = MentionKind::kPronoun;
      }
    } else if (head != nullptr) {
      m.entity = head->entity;
      m.last = i + 2;
      m.possessive = s.tokens[i + 1].has(kPossessive);
      m.resolution = Resolution::kAntecedent;
      m.antecedent = head->words;
      m.antecedent_sentence = head->sentence;
    } else if (const std::uint8_t described = the ? description(s, i, m.last) : 0) {
      // "the country", "the group": a definite description of an actor named before.
      m.kind = MentionKind::kPronoun;
      m.pronoun = described;
      m.resolution = Resolution::kUnresolved;
    } else {
      if (defined != nullptr) {
        m.entity = defined->entity;
        m.last = i + 1;
        m.possessive = token.has(kPossessive);
        if (!token.has(kHyphenNext) && !m.possessive) absorb_sectors(s, m);  // "SDF fighters"
      } else if (name_here != nullptr) {
        m.entity = name_here->name->index;
        m.kind = name_here->name->kind == NameKind::kAdjective ? MentionKind::kAdjective : MentionKind::kName;
        m.last = name_here->last;
        m.possessive = s.tokens[m.last - 1].has(kPossessive) || name_here->stripped_possessive;
        m.plural = name_here->name->kind == NameKind::kAdjective && s.norm(m.last - 1).ends_with('s');
        if (name_here->sector_word != nullptr) add_sector(s, m, *name);  // "Syrian rebels"
        if (!s.tokens[m.last - 1].has(kHyphenNext) && (name_here->sector_word == nullptr || !m.possessive))
          absorb_sectors(s, m);
      } else if (sector != nullptr) {
        add_sector(s, m, *sector);
        m.resolution = Resolution::kUnresolved;
        absorb_sectors(s, m);
        // "coalition aircraft" after "the US-led coalition": the owner the article named.
        if (const LearnedName* owner = i > 0 && !heads_.empty() ? learned_head(s, i - 1) : nullptr;
            owner != nullptr && s.info[i - 1].mention == kNone) {
          m.first = i - 1;
          m.entity = owner->entity;
          m.resolution = Resolution::kAntecedent;
          m.antecedent = owner->words;
          m.antecedent_sentence = owner->sentence;
        } else {
          m.modifier_only = owned_by_unknown(s, m);
        }
      } else if (learned != nullptr) {
        m.entity = learned->entity;
        m.person = true;
        m.last = i + 1;
        m.possessive = token.has(kPossessive);
        m.resolution = Resolution::kAntecedent;
        m.antecedent = learned->words;
        m.antecedent_sentence = learned->sentence;
        if (!token.has(kHyphenNext) && !m.possessive) absorb_sectors(s, m);  // "the Siniora government"
      } else {
        ++i;
        continue;
      }
      apply_hyphen_suffix(s, m);
      attributive(s, m);
      if (!m.modifier_only && !m.attributive && m.resolution == Resolution::kDictionary) {
        affiliated_person(s, m);
        learn_surname(s, m);
        learn_head(s, m, name_here != nullptr ? name_here->last : m.last);
      }
    }
    // "anti-Syrian", "pro-Iranian": a stance of whatever the phrase names, not an actor in it.
    if (i > 0 && s.tokens[i - 1].has(kHyphenNext) && (s.norm(i - 1) == "anti" || s.norm(i - 1) == "pro")) {
      m.anti = s.norm(i - 1) == "anti";
      m.pro = !m.anti;
      m.modifier_only = true;
    }
    const auto index = static_cast<std::uint32_t>(s.mentions.size());
    for (std::uint32_t t = m.first; t < m.last; ++t) s.info[t].mention = index;
    i = m.last;
    s.mentions.push_back(m);
  }
  introduce_persons(s);
}

}  // namespace entente::detail
