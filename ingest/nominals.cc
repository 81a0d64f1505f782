// Pairing of nouns, roles, stances and compounds (pairer.h): "Israel's air strikes on Gaza",
// "an attack by Hamas on Israel", "Russia, a key ally of Assad", "the pro-Syrian groups",
// "US-backed rebels"; and the nouns that say where and in what an attack happened ("in Syria's
// war", "in air strikes"), for the verbs of pairing.cc.
#include <algorithm>

#include "ingest/grammar.h"
#include "ingest/pairer.h"
#include "ingest/triggers.h"

namespace entente::detail {
namespace {

constexpr std::string_view kNominal = "nominal: SOURCE's/ADJ NOUN PREPOSITION TARGET";
constexpr std::string_view kNominalAgent = "nominal: NOUN PREPOSITION TARGET by SOURCE";
constexpr std::string_view kNominalFrom = "nominal: NOUN from SOURCE PREPOSITION TARGET";
constexpr std::string_view kNominalBeneficiary = "nominal: TARGET welcomed/appreciated SOURCE's NOUN";
constexpr std::string_view kNominalOf = "nominal: NOUN of SOURCE PREPOSITION TARGET";
constexpr std::string_view kNominalLight =
    "nominal: SOURCE VERB (launched, imposed ...) NOUN PREPOSITION TARGET";
constexpr std::string_view kNominalSetting = "nominal: at/during/after NOUN with TARGET, SOURCE ...";
constexpr std::string_view kBetween = "nominal: NOUN between SOURCE and TARGET";
constexpr std::string_view kRole = "standing: SOURCE, a NOUN of TARGET";
constexpr std::string_view kBacked = "compound: SOURCE-backed TARGET";
constexpr std::string_view kPro = "stance: SOURCE, the pro-TARGET NOUN";
constexpr std::string_view kProtesters = "people: (civilians) anti-TARGET protests, protests against TARGET";
constexpr std::string_view kCoercedPeople =
    "people: SOURCE cracked down on protests, SOURCE's siege of a place";

}  // namespace

void Pairer::nominal(std::uint32_t t, std::uint32_t c) {
  const TriggerMatch& tm = s_.triggers[t];
  const Trigger& trigger = tm.phrase->trigger;
  std::uint32_t governor = kNone;
  if (verbs_.unreal_noun(tm, c, governor)) return;
  const Relation relation = trigger.relation;
  // "war planes", "battle tanks": a mutual noun that only modifies the noun after it.
  if (trigger.mutual && tm.last < s_.size() && s_.tokens[tm.last].kind == TokenKind::kWord &&
      s_.info[tm.last].classes == 0 && s_.info[tm.last].mention == kNone &&
      s_.info[tm.last].trigger == kNone && s_.info[tm.last].verb_classes == 0 &&
      !s_.tokens[tm.last].has(kCapitalized) && !s_.norm(tm.last).ends_with("ed")) {
    return;
  }
  if (const std::uint32_t between = trigger.mutual ? between_after(tm.last) : kNone; between != kNone) {
    static const std::string kBetweenWord[] = {"between"};
    const Group both = args_.complement(s_.info[between].clause, between, kBetweenWord);
    for (std::uint32_t a = 0; a < both.size; ++a) {
      for (std::uint32_t b = a + 1; b < both.size; ++b) {
        Group one, other;
        one.add(both.members[a]);
        other.add(both.members[b]);
        emit(t, relation, one, other, kBetween, true);
      }
    }
    return;
  }
  std::string_view rule = kNominal;
  Group sources = args_.modifier(tm.first);
  if (sources.empty() && trigger.of_source) {
    static const std::string kOf[] = {"of"};
    sources = args_.complement(c, tm.last, kOf);
    rule = kNominalOf;
  }
  if (sources.empty()) {
    const std::uint32_t agent = agent_after(tm.last, c);
    if (agent != kNone) {
      sources = args_.group(agent);
      rule = kNominalAgent;
    }
  }
  // "advisers from Iran", "criticism from China", "a visit from the Iranian president"; not
  // the place an attack or a withdrawal comes from.
  if (sources.empty() && relation != Relation::kStrike && relation != Relation::kRetreat &&
      relation != Relation::kMobilize && relation != Relation::kCoerce) {
    static const std::string kFrom[] = {"from"};
    sources = args_.complement(c, tm.last, kFrom);
    rule = kNominalFrom;
  }
  if (sources.empty() && governor != kNone && (s_.info[governor].verb_classes & kLight)) {
    sources = args_.subject(c, verbs_.group(governor).start);
    rule = kNominalLight;
  }
  if (sources.empty() && trigger.mutual) {
    const std::uint32_t prep = args_.governing_preposition(tm.first);
    const std::string_view setting = prep == kNone ? std::string_view() : s_.norm(prep);
    if (setting == "at" || setting == "during" || setting == "in" || setting == "after" ||
        setting == "following" || setting == "before") {
      // The subject of the clause's verb: "During the talks with Assad, Putin urged him", "after
      // talks with Fino, the envoy said".
      // The verb the setting belongs to, the nearest before the noun or else the first after it,
      // must be real: not "would be appointed after consultations with", "planned to visit ...
      // before meetings with" (a fronted setting happened whatever follows: "During the talks
      // with Assad, Putin encouraged him to ...").
      std::uint32_t verb = kNone;
      for (std::uint32_t i = s_.clauses[c].first; i < s_.size(); ++i) {
        if (s_.info[i].clause != c || !is_verb_like(s_, i)) continue;
        if (i > tm.first && verb != kNone) break;
        verb = i;
        if (i > tm.first) break;
      }
      if (verb == kNone) {
        sources = args_.subject(c, static_cast<std::uint32_t>(s_.size()));
      } else {
        const VerbGroup g = verbs_.group(verb);
        const bool intended = verb < tm.first && (s_.info[verb].verb_classes & kIntend);
        const bool modal = g.modal || s_.is(verb, kModal);
        if (!g.negated && !modal && !g.infinitive && !intended) sources = args_.subject(c, g.start);
      }
      rule = kNominalSetting;
    }
  }
  if (sources.empty()) {
    if (relation == Relation::kProtest) protest(t, c);
    return;
  }
  targets_.clear();
  for (const std::string& prep : lexicon_.noun_targets(relation)) {
    if (!(trigger.of_source && prep == "of")) targets_.push_back(prep);
  }
  // "clashes with", "talks with", "war with": a mutual act names its other side with "with".
  if (trigger.mutual && std::find(targets_.begin(), targets_.end(), "with") == targets_.end()) {
    targets_.emplace_back("with");
  }
  Group targets = args_.complement(c, tm.last, targets_);
  std::uint32_t welcomed = kNone;
  if (targets.empty() && (relation == Relation::kAid || relation == Relation::kSupport)) {
    targets = beneficiary(t, c, welcomed);
    if (!targets.empty()) rule = kNominalBeneficiary;
  }
  if (targets.empty() && relation == Relation::kCoerce && people_under(t, sources, tm.last)) {
    return;
  }
  if (targets.empty() && trigger.mutual && rule == kNominalLight && emit_among(t, c, relation, sources))
    return;
  emit(t, relation, sources, targets, rule, trigger.mutual || trigger.counter);
  // "Syria appreciates the aid from Russia": who welcomes the aid supports who gave it.
  if (welcomed != kNone) emit(welcomed, Relation::kSupport, targets, sources, kNominalBeneficiary, false);
}

std::uint32_t Pairer::between_after(std::uint32_t from) const {
  std::uint32_t j = from;
  auto skip_time = [&] {
    while (j < s_.size() &&
           (s_.is(j, kTime | kAdverb) || (s_.norm(j) == "on" && j + 1 < s_.size() && s_.is(j + 1, kTime))))
      ++j;
  };
  skip_time();
  if (j < s_.size() && (s_.info[j].verb_classes & kOccur) && !s_.is(j, kModal | kNegation)) {
    ++j;
    if (j < s_.size() &&
        (s_.norm(j) == "out" || s_.norm(j) == "place" || s_.norm(j) == "on" || s_.norm(j) == "up"))
      ++j;
    skip_time();
  }
  return j < s_.size() && s_.norm(j) == "between" ? j : kNone;
}

Group Pairer::beneficiary(std::uint32_t t, std::uint32_t c, std::uint32_t& welcomed) const {
  // Back to the verb whose object the noun is, past coordinated objects ("appreciates Russia's
  // support as well as advisers from Iran"), but not past another verb.
  for (std::uint32_t i = s_.triggers[t].first; i-- > s_.clauses[c].first;) {
    if (s_.info[i].clause != c) continue;
    const std::uint32_t v = s_.info[i].trigger;
    if (v != kNone && s_.triggers[v].first == i && !reads_as_noun(s_, s_.triggers[v])) {
      const Trigger& verb = s_.triggers[v].phrase->trigger;
      if (verb.kind != TriggerKind::kVerb || verb.relation != Relation::kSupport) return {};
      const VerbGroup g = verbs_.group(i);
      if (g.negated || g.modal) return {};
      welcomed = v;
      return args_.subject(c, g.start);
    }
    if (is_verb_like(s_, i) || (s_.punct(i) && s_.norm(i) != "\"")) return {};
  }
  return {};
}

bool Pairer::protest(std::uint32_t t, std::uint32_t c) {
  const TriggerMatch& tm = s_.triggers[t];
  // "anti-government protests": the stance before the noun names what is protested.
  std::uint32_t target = kNone;
  for (std::uint32_t j = tm.first; j > 0 && j + 4 > tm.first && target == kNone;) {
    --j;
    if (const Mention* m = s_.mention_at(j); m != nullptr && m->anti && m->entity != kNone) {
      target = s_.info[j].mention;
    } else if (!args_.noun_phrase_word(j)) {
      break;
    }
  }
  if (target == kNone) {
    const Group against = args_.complement(c, tm.last, lexicon_.noun_targets(Relation::kProtest));
    if (against.empty()) return false;
    target = against.members[0];
  }
  emit_people(t, Relation::kProtest, target, People::kSource, kProtesters);
  return true;
}

std::uint32_t Pairer::protest_noun(std::uint32_t from) const {
  // Within six words: "on largely peaceful pro-democracy rallies".
  for (std::uint32_t i = from; i < s_.size() && i < from + 6; ++i) {
    const std::uint32_t t = s_.info[i].trigger;
    if (t != kNone && s_.triggers[t].first == i) {
      return s_.triggers[t].phrase->trigger.relation == Relation::kProtest &&
                     reads_as_noun(s_, s_.triggers[t])
                 ? i
                 : kNone;
    }
    // "cracked down on protests", "a crackdown against pro-democracy demonstrations".
    const std::string_view w = s_.norm(i);
    const bool object_preposition = i == from && (w == "on" || w == "against" || w == "upon");
    const Mention* m = s_.mention_at(i);
    if (!(m != nullptr ? m->modifier_only : args_.noun_phrase_word(i) || object_preposition)) return kNone;
  }
  return kNone;
}

bool Pairer::people_under(std::uint32_t t, const Group& sources, std::uint32_t from) {
  if (sources.empty() || sources.inherited) return false;
  const std::uint32_t source = sources.members[0];
  // "cracked down on protests", "a crackdown on pro-democracy demonstrations": the protesters
  // are coerced, and they protested against the one who coerced them.
  const TriggerMatch& tm = s_.triggers[t];
  if (tm.phrase->trigger.relation != Relation::kCoerce) return false;
  if (const std::uint32_t noun = protest_noun(from); noun != kNone) {
    emit_people(t, s_.triggers[t].phrase->trigger.relation, source, People::kTarget, kCoercedPeople);
    emit_people(s_.info[noun].trigger, Relation::kProtest, source, People::kSource, kProtesters);
    return true;
  }
  // "the regime's siege of the city", "a curfew on the town": a coercion of a place falls on
  // its people.
  if (tm.phrase->trigger.kind != TriggerKind::kNoun) return false;
  if (from >= s_.size() || !(s_.norm(from) == "of" || s_.norm(from) == "on")) return false;
  if (from + 1 >= s_.size() || !(s_.is(from + 1, kDeterminer) || s_.info[from + 1].mention != kNone))
    return false;
  emit_people(t, Relation::kCoerce, source, People::kTarget, kCoercedPeople);
  return true;
}

void Pairer::emit_people(std::uint32_t t, Relation relation, std::uint32_t mention, People people,
                         std::string_view rule) {
  Candidate candidate{t, relation, mention, mention, rule};
  candidate.people = people;
  out_.push_back(candidate);
}

// "Russia, a key ally of Assad", "Britain, a major U.S. ally", "Iran is a backer of Hezbollah".
void Pairer::role(std::uint32_t t, std::uint32_t c) {
  const TriggerMatch& tm = s_.triggers[t];
  const Clause& clause = s_.clauses[c];
  Group described;
  if (clause.kind == ClauseKind::kApposition && clause.antecedent != kNone &&
      args_.usable(clause.antecedent)) {
    described = args_.group(clause.antecedent);
  } else if (const std::uint32_t named = tm.last < s_.size() ? s_.info[tm.last].mention : kNone;
             named != kNone && s_.mentions[named].first == tm.last && args_.usable(named)) {
    // "Syria's backer Russia", "its allies Russia and Iran": the role is the title of the names
    // after it, up to another title ("regime ally Iran and rebel backer Qatar"), and its owner
    // is the one right before it.
    for (const std::uint32_t m : args_.group(named)) {
      bool titled = false;  // "rebel backer Qatar", "opposition-backer Turkey"
      for (std::uint32_t k = tm.last; k < s_.mentions[m].first; ++k) {
        titled = titled || (s_.info[k].trigger != kNone && s_.info[k].mention == kNone) ||
                 s_.tokens[k].has(kHyphenNext);
      }
      if (titled) break;
      described.add(m);
    }
    // The nearest owner, but a possessive before an adjective owns the role ("its Lebanese ally
    // Hezbollah": the adjective is the ally's).
    const Group owners = args_.modifier(tm.first);
    Group owner;
    if (!owners.empty()) {
      std::uint32_t m = owners.members[owners.size - 1];
      const Mention& nearest = s_.mentions[m];
      if (const Mention* before = nearest.first > 0 ? s_.mention_at(nearest.first - 1) : nullptr;
          nearest.kind == MentionKind::kAdjective && before != nullptr && before->possessive) {
        m = s_.info[nearest.first - 1].mention;
      }
      if (args_.usable(m)) owner.add(m);
    }
    emit(t, tm.phrase->trigger.relation, described, owner, kRole, tm.phrase->trigger.mutual);
    return;
  } else {
    std::uint32_t j = tm.first;
    while (j > 0 && args_.noun_phrase_word(j - 1)) --j;
    if (j > 0 && s_.is(j - 1, kBe) && s_.info[j - 1].clause == c)
      described = args_.subject(c, verbs_.group(j - 1).start);
  }
  if (described.empty()) return;
  Group targets = args_.modifier(tm.first);
  if (targets.empty()) {
    static const std::string kPreps[] = {"of", "to", "for"};
    targets = args_.complement(c, tm.last, kPreps);
  }
  // "a critic of the Iraq war": the war's place is not what the role is toward.
  if (targets.size == 1 && place_of_war(targets.members[0])) return;
  emit(t, tm.phrase->trigger.relation, described, targets, kRole, tm.phrase->trigger.mutual);
}

void Pairer::stances() {
  for (std::uint32_t m = 0; m < s_.mentions.size(); ++m) {
    const Mention& stance = s_.mentions[m];
    if (!stance.pro || stance.entity == kNone) continue;
    const Clause& clause = s_.clauses[s_.info[stance.first].clause];
    if (clause.kind != ClauseKind::kApposition || clause.antecedent == kNone ||
        !args_.usable(clause.antecedent)) {
      continue;
    }
    Group stance_group;
    stance_group.add(m);
    // "pro-Syrian and pro-Iranian": each stance of the phrase.
    for (std::uint32_t next = m + 1; next < s_.mentions.size() && s_.mentions[next].pro &&
                                     s_.info[s_.mentions[next].first].clause == s_.info[stance.first].clause;
         ++next) {
      stance_group.add(next);
      m = next;
    }
    // "Hezbollah and Amal, the main pro-Syrian groups": every actor of the coordination.
    emit(kNone, Relation::kSupport, args_.group(args_.first_coordinated(clause.antecedent)), stance_group,
         kPro, false);
  }
}

void Pairer::backed() {
  for (std::uint32_t m = 0; m < s_.mentions.size(); ++m) {
    const Mention& backer = s_.mentions[m];
    if (backer.backed == kNone || backer.entity == kNone) continue;
    for (std::uint32_t j = backer.backed; j < s_.size() && j < backer.backed + 4; ++j) {
      if (!args_.noun_phrase_word(j)) break;
      const std::uint32_t target = s_.info[j].mention;
      if (target == kNone || !args_.usable(target)) continue;
      out_.push_back({kNone, Relation::kSupport, m, args_.head(target), kBacked});
      break;
    }
  }
}

// The nouns that say where and in what an attack happened, for the verbs of pairing.cc.

bool Pairer::fell_in(std::uint32_t noun) const {
  // Back over the noun phrase: "in [their 11th day of heavy] fighting".
  std::uint32_t k = noun;
  while (k > 0 && k + 7 > noun && (s_.info[k - 1].mention == kNone || s_.is(k - 1, kDeterminer)) &&
         s_.tokens[k - 1].kind != TokenKind::kPunct &&
         (!s_.is(k - 1, kPreposition) || s_.norm(k - 1) == "of") && !is_verb_like(s_, k - 1)) {
    --k;
  }
  if (k == 0) return false;
  const std::string_view w = s_.norm(k - 1);
  return w == "in" || w == "during" || w == "amid";
}

bool Pairer::place_of_war(std::uint32_t mention) const {
  const Mention& m = s_.mentions[mention];
  // A possessive or adjective, or a name used as one right before the noun ("the Iraq war").
  const bool name_as_modifier =
      m.kind == MentionKind::kName && m.last < s_.size() && s_.info[m.last].trigger != kNone;
  if (!m.possessive && m.kind != MentionKind::kAdjective && !name_as_modifier) return false;
  for (std::uint32_t i = m.last; i < s_.size() && i < m.last + 3; ++i) {
    const std::uint32_t t = s_.info[i].trigger;
    if (t == kNone) {
      if (s_.info[i].mention == kNone && s_.tokens[i].kind == TokenKind::kWord && s_.info[i].classes == 0)
        continue;
      return false;
    }
    const TriggerMatch& tm = s_.triggers[t];
    if (tm.phrase->trigger.relation != Relation::kStrike || !tm.phrase->trigger.mutual ||
        !reads_as_noun(s_, tm))
      return false;
    if (tm.last >= s_.size()) return true;
    const std::string_view side = s_.norm(tm.last);
    return side != "on" && side != "against" && side != "with" && side != "between";
  }
  return false;
}

bool Pairer::attacker_implied(std::uint32_t from, std::uint32_t c) const {
  // "have been killed since 2011", "since the war began": a toll, not an attack.
  for (std::uint32_t i = from; i < s_.size() && i < from + 12; ++i) {
    if (s_.norm(i) == "since") return false;
  }
  for (std::uint32_t i = from; i < s_.size() && i < from + 6 && s_.info[i].clause == c; ++i) {
    const std::string_view w = s_.norm(i);
    if (w != "in" && w != "by" && w != "during") continue;
    // The cause's noun: past determiners, numbers, owners and ordinary adjectives ("in five
    // separate air raids", "in Syria's war"); a place ("in Aleppo") names no cause. Fighting
    // and war have two sides: either may have done it.
    for (std::uint32_t j = i + 1; j < s_.size() && j < i + 6; ++j) {
      if (s_.info[j].trigger != kNone) {
        // Any of the readings at the word ("raids" is a coercion's verb and a strike's noun).
        for (std::uint32_t t = s_.info[j].trigger; t < s_.triggers.size() && s_.triggers[t].first == j; ++t) {
          const Trigger& cause = s_.triggers[t].phrase->trigger;
          if (cause.relation == Relation::kStrike && reads_as_noun(s_, s_.triggers[t])) return !cause.mutual;
        }
        return false;
      }
      if (const Mention* m = s_.mention_at(j);
          m != nullptr && (m->possessive || m->kind == MentionKind::kAdjective)) {
        j = m->last - 1;
        continue;
      }
      if (s_.info[j].mention != kNone || s_.tokens[j].has(kCapitalized)) return true;
      const bool modifier = s_.is(j, kDeterminer | kQuantifier) || s_.tokens[j].kind == TokenKind::kNumber ||
                            (s_.tokens[j].kind == TokenKind::kWord && s_.info[j].classes == 0 &&
                             j + 1 < s_.size() && s_.tokens[j + 1].kind == TokenKind::kWord);
      if (!modifier) return false;
    }
    return false;
  }
  return true;
}

}  // namespace entente::detail
