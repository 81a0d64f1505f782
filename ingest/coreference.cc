#include "ingest/coreference.h"

#include <algorithm>

#include "ingest/arguments.h"
#include "ingest/grammar.h"
#include "ingest/triggers.h"

namespace entente::detail {
namespace {

constexpr std::size_t kMemory = 48;             // antecedents remembered
constexpr std::uint32_t kPronounReach = 3;      // sentences a pronoun may reach back
constexpr std::uint32_t kDescriptionReach = 1;  // sentences "the militants" may reach back

}  // namespace

Coreference::Coreference(const Dictionary& dictionary) : dictionary_(dictionary) {
  const auto entities = dictionary.entities();
  country_entity_.assign(entities.size(), kNone);
  group_sector_.assign(entities.size(), kNone);
  for (std::uint32_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    if (const Sector* sector = e.sector.empty() ? nullptr : dictionary.find_sector(e.sector);
        sector != nullptr && e.type == EntityType::kGroup) {
      group_sector_[i] = static_cast<std::uint32_t>(sector - dictionary.sectors().data());
    }
    if (e.type == EntityType::kState) {
      country_entity_[i] = i;
      continue;
    }
    const std::string_view country = !e.country.empty() ? std::string_view(e.country)
                                     : !e.roles.empty() ? std::string_view(e.roles.front().key).substr(0, 3)
                                                        : std::string_view();
    if (country.empty()) continue;
    if (const Entity* state = dictionary.find(country);
        state != nullptr && state->type == EntityType::kState) {
      country_entity_[i] = static_cast<std::uint32_t>(state - entities.data());
    }
  }
}

void Coreference::start_article() {
  last_speaker_ = kNone;
  recent_.clear();
  counts_.clear();
}

std::uint32_t Coreference::focus() const {
  std::uint32_t best = kNone, most = 0;
  for (const auto& [entity, n] : counts_) {
    if (n > most) {
      best = entity;
      most = n;
    }
  }
  return best;
}

void Coreference::count(std::uint32_t entity, std::uint32_t weight) {
  const std::uint32_t state = country_entity_[entity];
  if (state == kNone) return;
  for (auto& [e, n] : counts_) {
    if (e == state) {
      n += weight;
      return;
    }
  }
  counts_.emplace_back(state, weight);
}

// The mention that leads a sector word ("US-led forces"), kUnknownLeader for a leader the
// dictionary does not know ("Kurdish-led forces"), or kNone when no "-led" word precedes it.
std::uint32_t Coreference::led_by(const Sentence& s, const Mention& m) {
  if (m.kind != MentionKind::kSector || m.first < 2 || s.norm(m.first - 1) != "led" ||
      !s.tokens[m.first - 2].has(kHyphenNext)) {
    return kNone;
  }
  const std::uint32_t leader = s.info[m.first - 1].mention;
  return leader != kNone && s.mentions[leader].entity != kNone ? leader : kUnknownLeader;
}

// Whether the phrase at `first` is a place: "in northern Syria", "across Iraq".
bool Coreference::place_of(const Sentence& s, std::uint32_t first) {
  std::uint32_t i = first;
  while (i > 0 && i + 3 > first && (s.is(i - 1, kDeterminer) || s.info[i - 1].classes == 0) &&
         s.info[i - 1].mention == kNone && s.tokens[i - 1].kind == TokenKind::kWord) {
    --i;
  }
  if (i == 0) return false;
  const std::string_view w = s.norm(i - 1);
  return w == "in" || w == "inside" || w == "across" || w == "throughout";
}

// The state named right after a bare sector word as its place: "civilians in Syria".
std::uint32_t Coreference::state_after(const Sentence& s, const Mention& m) const {
  if (m.kind != MentionKind::kSector || m.last + 1 >= s.size()) return kNone;
  const std::string_view w = s.norm(m.last);
  if (w != "in" && w != "inside" && w != "from") return kNone;
  for (std::uint32_t i = m.last + 1; i < s.size() && i < m.last + 4; ++i) {
    if (const std::uint32_t other = s.info[i].mention; other != kNone) {
      const Mention& place = s.mentions[other];
      if (place.entity == kNone || place.sector != kNone || place.kind != MentionKind::kName) return kNone;
      return dictionary_.entities()[place.entity].type == EntityType::kState ? place.entity : kNone;
    }
    if (!s.is(i, kDeterminer) && (s.info[i].classes != 0 || s.tokens[i].kind != TokenKind::kWord))
      return kNone;
  }
  return kNone;
}

bool Coreference::fits(const Antecedent& a, std::uint8_t features) const {
  // An actor left unresolved ("Kurdish-led forces") still takes "it" or "they" away from others.
  if (a.entity == kNone) return (features & kPlural) ? a.plural : (features & kNeuter) && !a.plural;
  const EntityType type = dictionary_.entities()[a.entity].type;
  if (features & kGroupOnly)
    return a.sector == kNone && (type == EntityType::kGroup || type == EntityType::kIgo);
  if (features & kPersonal) return a.person;
  if (features & kPlural) return a.plural || type == EntityType::kGroup;
  if (features & kNeuter) return !a.person && !a.plural;
  return false;  // "we": the speaker's side is not guessed
}

const Coreference::Antecedent* Coreference::find(std::uint8_t features, std::uint32_t sentence,
                                                 const std::vector<Antecedent>& in_sentence,
                                                 Excluded excluded, bool prefer_subject) const {
  auto allowed = [&](const Antecedent& a, std::uint8_t f) {
    return !(a.entity == excluded.entity && a.sector == excluded.sector) && fits(a, f);
  };
  const Antecedent* found = nullptr;
  for (auto it = in_sentence.rbegin(); it != in_sentence.rend(); ++it) {
    if (!allowed(*it, features)) continue;
    if (!prefer_subject) {
      found = &*it;
      break;
    }
    if (found == nullptr || (it->subject && !found->subject)) found = &*it;
  }
  if (found != nullptr) return found->entity == kNone ? nullptr : found;
  // In the nearest earlier sentence with a fitting actor, its subject before the others:
  // "Boucher met Musharraf and Aziz. He also met ..." is Boucher.
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (it->sentence + kPronounReach < sentence || (found != nullptr && it->sentence != found->sentence))
      break;
    if (!allowed(*it, features)) continue;
    if (found == nullptr || (it->subject && !found->subject)) found = &*it;
  }
  if (found != nullptr) return found;
  // "they" may also be the last state or organisation ("the two countries ... they").
  if (features & kPlural) return find(kNeuter, sentence, in_sentence, excluded, prefer_subject);
  return nullptr;
}

Coreference::Antecedent Coreference::remember(const Sentence& s, const Mention& m) const {
  const bool person_entity =
      m.entity != kNone && dictionary_.entities()[m.entity].type == EntityType::kPerson;
  const bool early = before_verb(s, m);
  return {static_cast<std::uint32_t>(&m - s.mentions.data()),
          m.entity,
          m.sector,
          s.index,
          s.info[m.first].clause,
          (person_entity && m.sector == kNone) || m.person,
          early && Arguments(s).governing_preposition(m.first) == kNone,
          early,
          s.clauses[s.info[m.first].clause].kind == ClauseKind::kParenthetical,
          m.kind == MentionKind::kPronoun,
          m.plural,
          m.kind == MentionKind::kPronoun ? m.antecedent : s.surface(m.first, m.last)};
}

// Whether the mention stands before any verb of its clause. Outside prepositional phrases that
// is where a subject stands ("During the talks with Assad, Putin urged him": Putin is the
// subject, the noun "talks" no verb and Assad the object of "with").
bool Coreference::before_verb(const Sentence& s, const Mention& m) {
  const std::uint32_t clause = s.info[m.first].clause;
  for (std::uint32_t i = s.clauses[clause].first; i < m.first; ++i) {
    if (s.info[i].clause != clause) continue;
    if (s.info[i].classes & (kBe | kHave | kModal)) return false;
    if (s.info[i].trigger != kNone && s.triggers[s.info[i].trigger].first == i &&
        !reads_as_noun(s, s.triggers[s.info[i].trigger])) {
      return false;
    }
  }
  return true;
}

bool Coreference::refer_to_group(const Sentence& s, Mention& m) const {
  if (m.kind != MentionKind::kSector || m.sector == kNone || m.attributive) return false;
  // The description's word ends its noun phrase ("the insurgent groups" is no description) ...
  const std::vector<std::string>& words = dictionary_.sectors()[m.sector].descriptions;
  if (std::find(words.begin(), words.end(), s.norm(m.last - 1)) == words.end()) return false;
  if (m.last < s.size() && s.tokens[m.last].kind == TokenKind::kWord && s.info[m.last].classes == 0)
    return false;
  // ... after a determiner or a number: "the militants", "29 extremists", not "militants fired".
  std::uint32_t i = m.first;
  while (i > 0 && i + 2 > m.first && s.tokens[i - 1].kind == TokenKind::kWord && s.info[i - 1].classes == 0 &&
         s.info[i - 1].mention == kNone && !s.tokens[i - 1].has(kCapitalized)) {
    --i;
  }
  if (i == 0 || !(s.is(i - 1, kDeterminer) || s.tokens[i - 1].kind == TokenKind::kNumber)) return false;
  // A group of the sector, of the country the article is about (Hezbollah fighting in Syria is
  // no Syrian rebel), named in the sentence just before outside an aside ("Nusra (al-Qaeda's
  // branch)") and not yet in this one ("Hezbollah ... killing 23 militants" are not its own).
  const std::uint32_t country = focus();
  const std::uint32_t sector = m.sector;  // the mention becomes the group's
  auto fits = [&](const Antecedent& a) {
    return a.sentence + kDescriptionReach >= s.index && a.entity != kNone &&
           group_sector_[a.entity] == sector && !a.aside &&
           (country_entity_[a.entity] == kNone || country_entity_[a.entity] == country) && !a.pronoun &&
           std::none_of(in_sentence_.begin(), in_sentence_.end(), [&](const Antecedent& here) {
             return here.entity == a.entity && s.mentions[here.mention].kind != MentionKind::kPronoun;
           });
  };
  // Of the latest sentence with one, the latest group before its verb ("Nusra, the branch of
  // al-Qaeda, attacked": Nusra), else the latest.
  auto latest = std::find_if(recent_.rbegin(), recent_.rend(), fits);
  if (latest == recent_.rend()) return false;
  for (auto it = latest; it != recent_.rend() && it->sentence == latest->sentence; ++it) {
    if (it->before_verb && fits(*it)) {
      latest = it;
      break;
    }
  }
  m.entity = latest->entity;
  m.sector = kNone;
  m.resolution = Resolution::kAntecedent;
  m.antecedent = latest->words;
  m.antecedent_sentence = latest->sentence;
  if (!latest->before_verb) return true;
  // Groups that act together stand before their verbs; a group after a verb may be their
  // enemy ("Nusra fought IS").
  std::size_t n = 0;
  for (const Antecedent& a : recent_) {
    if (n < m.companions.size() && a.sentence == latest->sentence && a.before_verb && fits(a) &&
        a.entity != latest->entity &&
        std::find(m.companions.begin(), m.companions.end(), a.entity) == m.companions.end()) {
      m.companions[n++] = a.entity;
    }
  }
  return true;
}

// The verb of the hostile act whose object the mention is ("attacked its army", "accused their
// forces"), which an actor does not aim at itself (unlike "mobilized their forces", "deployed its
// troops"), or kNone.
std::uint32_t Coreference::hostile_verb(const Sentence& s, const Mention& m) {
  const std::uint32_t clause = s.info[m.first].clause;
  for (std::uint32_t i = m.first; i-- > s.clauses[clause].first;) {
    if (s.info[i].clause != clause) continue;
    const std::uint32_t t = s.info[i].trigger;
    if (t == kNone || s.triggers[t].first != i || reads_as_noun(s, s.triggers[t])) continue;
    const Relation relation = s.triggers[t].phrase->trigger.relation;
    return relation_info(relation).sign < 0 && relation != Relation::kMobilize ? i : kNone;
  }
  return kNone;
}

// "Musharraf and Aziz": actors coordinated with the mention before them.
bool Coreference::coordinated(const Sentence& s, const Mention& previous, const Mention& m) {
  std::uint32_t i = previous.last;
  if (i < m.first && (s.norm(i) == "and" || s.norm(i) == ",")) ++i;
  while (i < m.first && s.is(i, kDeterminer)) ++i;
  return i == m.first && previous.last < m.first;
}

// The speaker of a sentence: the actor next to its reporting verb ("he said", "said Lehne").
std::uint32_t Coreference::speaker(const Sentence& s) const {
  for (std::uint32_t i = 0; i < s.size(); ++i) {
    if (!(s.info[i].verb_classes & kReport)) continue;
    for (const std::uint32_t at : {i > 0 ? i - 1 : kNone, i + 1}) {
      if (at == kNone || at >= s.size() || s.info[at].mention == kNone) continue;
      const Mention& m = s.mentions[s.info[at].mention];
      if (m.entity != kNone && m.kind != MentionKind::kAdjective) return m.entity;
    }
  }
  return kNone;
}

// "BEIRUT A US-led coalition air strike ...", "MOSCOW (Sputnik)": a place in capitals before the
// sentence proper is a dateline, not an actor.
bool Coreference::dateline(const Sentence& s, const Mention& m) const {
  if (m.kind != MentionKind::kName || m.entity == kNone || m.last >= s.size() || s.headline ||
      s.norm(m.first).size() < 4 || dictionary_.entities()[m.entity].type != EntityType::kState) {
    return false;
  }
  for (std::uint32_t i = m.first; i < m.last; ++i) {
    if (!s.tokens[i].has(kAllUpper)) return false;
  }
  const Token& next = s.tokens[m.last];
  return s.norm(m.last) == "(" ||
         (next.kind == TokenKind::kWord && next.has(kCapitalized) && !next.has(kAllUpper));
}

void Coreference::resolve(Sentence& s) {
  in_sentence_.clear();
  for (Mention& m : s.mentions) {
    if (dateline(s, m)) m.modifier_only = true;
  }
  // The sentence's own names count toward the focus before its bare sector words take it:
  // "US-backed rebels attacked Damascus" is about Syria from its first word.
  for (const Mention& m : s.mentions) {
    if (m.entity == kNone || m.resolution != Resolution::kDictionary || m.modifier_only) continue;
    // "US-led", "Russian-backed" modify; the places where things happen weigh most.
    if (m.last >= 2 && s.tokens[m.last - 2].has(kHyphenNext) && m.attributive) continue;
    count(m.entity, place_of(s, m.first) ? 2 : 1);
  }
  for (Mention& m : s.mentions) {
    if (m.kind == MentionKind::kPronoun && (m.pronoun & kCountry)) {
      m.entity = focus();
      if (m.entity != kNone) m.resolution = Resolution::kFocus;
    } else if (m.kind == MentionKind::kPronoun) {
      // "him", "them", "attacked its army": an object actor is not the subject of its own
      // clause, nor the same actor ("Putin met Assad. Putin urged him" is Assad). Any other
      // possessive prefers a subject: "Russia resumed its bombardment", "Tehran insists its
      // programme is peaceful", "Iran accused Israel of attacking its forces".
      const std::string_view word = s.norm(m.first);
      const bool possessive = word == "its" || word == "their" || word == "his" || word == "her";
      const bool object = word == "him" || word == "them" || word == "her";
      // The agent of the hostile act: the actor nearest before its verb ("Israel attacked",
      // "accused Israel of attacking").
      const std::uint32_t hostile = possessive && m.sector != kNone ? hostile_verb(s, m) : kNone;
      const Antecedent* agent = nullptr;
      for (const Antecedent& a : in_sentence_) {
        if (hostile != kNone && s.mentions[a.mention].first < hostile) agent = &a;
      }
      Excluded excluded;
      scratch_.clear();
      for (const Antecedent& a : in_sentence_) {
        if ((object && a.clause == s.info[m.first].clause && a.subject) || &a == agent) {
          excluded = {a.entity, a.sector};
        } else {
          scratch_.push_back(a);
        }
      }
      // "Washington and its Arab allies", "Assad and his forces", "the regime or its ally": the
      // owner is the actor just before the "and" or "or".
      const Antecedent* owner = nullptr;
      if (possessive && m.first >= 2 && !in_sentence_.empty() &&
          (s.norm(m.first - 1) == "and" || s.norm(m.first - 1) == "or") &&
          s.mentions[in_sentence_.back().mention].last == m.first - 1 &&
          fits(in_sentence_.back(), m.pronoun)) {
        owner = &in_sentence_.back();
      }
      if (const Antecedent* a =
              owner != nullptr ? owner : find(m.pronoun, s.index, scratch_, excluded, possessive)) {
        m.entity = a->entity;
        if (m.sector == kNone) m.sector = a->sector;
        m.resolution = Resolution::kAntecedent;
        m.antecedent = a->words;
        m.antecedent_sentence = a->sentence;
      }
    } else if (m.entity == kNone) {
      // "US-led forces" are the leader's; "Kurdish-led forces" are nobody the dictionary knows.
      // "civilians in Syria": the state the phrase places them in, else the article's focus.
      std::uint32_t leader = led_by(s, m);
      // "Hamas-led government": a party that leads a government does not make it its own.
      if (leader != kNone && leader != kUnknownLeader &&
          dictionary_.entities()[s.mentions[leader].entity].type == EntityType::kGroup) {
        leader = kNone;
      }
      if (leader != kNone) {
        m.entity = leader == kUnknownLeader ? kNone : s.mentions[leader].entity;
      } else {
        m.entity = state_after(s, m);
      }
      if (m.entity != kNone) {
        m.resolution = Resolution::kDictionary;
      } else if (leader == kNone && !refer_to_group(s, m) && (m.entity = focus()) != kNone) {
        m.resolution = Resolution::kFocus;
      }
    }
    const bool unresolved_actor = m.entity == kNone && m.kind == MentionKind::kSector;
    if ((m.entity != kNone || unresolved_actor) && !m.modifier_only && !m.attributive &&
        m.kind != MentionKind::kAdjective) {
      const Mention* previous = in_sentence_.empty() ? nullptr : &s.mentions[in_sentence_.back().mention];
      in_sentence_.push_back(remember(s, m));
      // "they", "them" may refer to coordinated actors together.
      if (previous != nullptr && coordinated(s, *previous, m)) {
        in_sentence_.back().plural = true;
        in_sentence_[in_sentence_.size() - 2].plural = true;
      }
    }
  }
  // "we", "our": the side of whoever speaks in (or last spoke before) the sentence.
  if (const std::uint32_t who = speaker(s); who != kNone) last_speaker_ = who;
  for (Mention& m : s.mentions) {
    if (m.kind != MentionKind::kPronoun || !(m.pronoun & kFirst) || last_speaker_ == kNone) continue;
    m.entity = last_speaker_;
    m.resolution = Resolution::kAntecedent;
    m.antecedent = "the speaker";
    m.antecedent_sentence = s.index;
  }
  for (const Antecedent& a : in_sentence_) {
    if (a.entity == kNone) continue;
    if (recent_.size() == kMemory) recent_.erase(recent_.begin());
    recent_.push_back(a);
  }
}

}  // namespace entente::detail
