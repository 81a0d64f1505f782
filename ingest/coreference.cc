#include "ingest/coreference.h"

#include <algorithm>

#include "ingest/grammar.h"

namespace entente::detail {
namespace {

constexpr std::size_t kMemory = 48;         // antecedents remembered
constexpr std::uint32_t kPronounReach = 3;  // sentences a pronoun may reach back

}  // namespace

Coreference::Coreference(const Dictionary& dictionary) : dictionary_(dictionary) {
  const auto entities = dictionary.entities();
  country_entity_.assign(entities.size(), kNone);
  for (std::uint32_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
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

void Coreference::count(std::uint32_t entity) {
  const std::uint32_t state = country_entity_[entity];
  if (state == kNone) return;
  for (auto& [e, n] : counts_) {
    if (e == state) {
      ++n;
      return;
    }
  }
  counts_.emplace_back(state, 1);
}

bool Coreference::fits(const Antecedent& a, std::uint8_t features) const {
  const EntityType type = dictionary_.entities()[a.entity].type;
  if (features & kGroupOnly)
    return a.sector == kNone && (type == EntityType::kGroup || type == EntityType::kIgo);
  if (features & kPersonal) return a.person;
  if (features & kPlural) return a.plural || dictionary_.entities()[a.entity].type == EntityType::kGroup;
  if (features & kNeuter) return !a.person && !a.plural;
  return false;  // "we": the speaker's side is not guessed
}

const Coreference::Antecedent* Coreference::find(std::uint8_t features, std::uint32_t sentence,
                                                 const std::vector<Antecedent>& in_sentence) const {
  for (auto it = in_sentence.rbegin(); it != in_sentence.rend(); ++it) {
    if (fits(*it, features)) return &*it;
  }
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (it->sentence + kPronounReach < sentence) break;
    if (fits(*it, features)) return &*it;
  }
  // "they" may also be the last state or organisation ("the two countries ... they").
  if (features & kPlural) return find(kNeuter, sentence, in_sentence);
  return nullptr;
}

Coreference::Antecedent Coreference::remember(const Sentence& s, const Mention& m) const {
  const Entity& e = dictionary_.entities()[m.entity];
  return {m.entity,
          m.sector,
          s.index,
          s.info[m.first].clause,
          (e.type == EntityType::kPerson && m.sector == kNone) || m.person,
          before_verb(s, m),
          m.plural,
          m.kind == MentionKind::kPronoun ? m.antecedent : s.surface(m.first, m.last)};
}

// Whether the mention stands before any verb of its clause, where a subject stands.
bool Coreference::before_verb(const Sentence& s, const Mention& m) {
  const std::uint32_t clause = s.info[m.first].clause;
  for (std::uint32_t i = s.clauses[clause].first; i < m.first; ++i) {
    if (s.info[i].clause == clause &&
        (s.info[i].classes & (kBe | kHave | kModal) || s.info[i].trigger != kNone)) {
      return false;
    }
  }
  return true;
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

void Coreference::resolve(Sentence& s) {
  in_sentence_.clear();
  // The sentence's own names count toward the focus before its bare sector words take it:
  // "US-backed rebels attacked Damascus" is about Syria from its first word.
  for (const Mention& m : s.mentions) {
    if (m.entity != kNone && m.resolution == Resolution::kDictionary && !m.modifier_only) count(m.entity);
  }
  for (Mention& m : s.mentions) {
    if (m.kind == MentionKind::kPronoun && (m.pronoun & kCountry)) {
      m.entity = focus();
      if (m.entity != kNone) m.resolution = Resolution::kFocus;
    } else if (m.kind == MentionKind::kPronoun) {
      // "him", "them": an object pronoun is not the subject of its own clause.
      const std::string_view word = s.norm(m.first);
      const bool object = word == "him" || word == "them" || word == "her" ||
                          ((word == "its" || word == "their" || word == "his") && !before_verb(s, m));
      scratch_.clear();
      for (const Antecedent& a : in_sentence_) {
        if (!(object && a.clause == s.info[m.first].clause && a.subject)) scratch_.push_back(a);
      }
      if (const Antecedent* a = find(m.pronoun, s.index, scratch_)) {
        m.entity = a->entity;
        if (m.sector == kNone) m.sector = a->sector;
        m.resolution = Resolution::kAntecedent;
        m.antecedent = a->words;
        m.antecedent_sentence = a->sentence;
      }
    } else if (m.entity == kNone) {
      m.entity = focus();
      if (m.entity != kNone) m.resolution = Resolution::kFocus;
    }
    if (m.entity != kNone && !m.modifier_only && !m.attributive && m.kind != MentionKind::kAdjective) {
      in_sentence_.push_back(remember(s, m));
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
    if (recent_.size() == kMemory) recent_.erase(recent_.begin());
    recent_.push_back(a);
  }
}

}  // namespace entente::detail
