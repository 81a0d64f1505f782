#include "ingest/pairing.h"

#include <algorithm>

#include "ingest/grammar.h"
#include "ingest/pairer.h"
#include "ingest/triggers.h"

namespace entente::detail {
namespace {

constexpr std::string_view kActive = "active: SOURCE VERB TARGET";
constexpr std::string_view kSlot = "active: SOURCE VERB ... PREPOSITION TARGET";
constexpr std::string_view kPlace = "active: SOURCE VERB ... in TARGET (the place stands for its state)";
constexpr std::string_view kComplement = "speech act: SOURCE VERB (that) TARGET ...";
constexpr std::string_view kFronted = "speech act: '... TARGET ...,' SOURCE VERB";
constexpr std::string_view kRelativeObject = "relative: TARGET, which SOURCE VERB";
constexpr std::string_view kPassive = "passive: TARGET was VERB-ed by SOURCE";
constexpr std::string_view kPassiveNoun = "passive: TARGET was VERB-ed in SOURCE's NOUN";
constexpr std::string_view kPassiveImplied =
    "passive: TARGET was VERB-ed (by the attacker of the sentence before)";
constexpr std::string_view kRefusal = "refusal: SOURCE refused to VERB TARGET";
constexpr std::string_view kAmong = "mutual: SOURCE and TARGET VERB/NOUN (each with the other)";

}  // namespace

void Pairer::trigger_token(std::uint32_t first_trigger, std::uint32_t end_trigger) {
  const TriggerMatch& head = s_.triggers[first_trigger];
  const std::uint32_t c = s_.info[head.first].clause;
  if (verbs_.hypothetical(c)) return;
  const bool noun = reads_as_noun(s_, head);
  for (std::uint32_t t = first_trigger; t < end_trigger; ++t) {
    const TriggerKind kind = s_.triggers[t].phrase->trigger.kind;
    if ((kind == TriggerKind::kVerb) == noun) continue;
    const std::size_t before = out_.size();
    if (kind == TriggerKind::kVerb) {
      verb(t, c);
    } else if (kind == TriggerKind::kNoun) {
      nominal(t, c);
    } else {
      role(t, c);
    }
    if (out_.size() > before) return;
  }
}

bool Pairer::emit_among(std::uint32_t t, std::uint32_t c, Relation relation, const Group& sources) {
  if (sources.size < 2 || sources.inherited) return false;
  // "X and Y met separately with Z", "X and Y fought battles against Z": the other side is
  // named after all.
  const TriggerMatch& tm = s_.triggers[t];
  for (std::uint32_t i = tm.last; i < s_.size() && s_.info[i].clause == c; ++i) {
    if (s_.norm(i) == "with" || s_.norm(i) == "between" || s_.norm(i) == "against") return false;
  }
  for (std::uint32_t a = 0; a < sources.size; ++a) {
    for (std::uint32_t b = a + 1; b < sources.size; ++b) {
      out_.push_back({t, relation, sources.members[a], sources.members[b], kAmong, false, false});
      out_.push_back({t, relation, sources.members[b], sources.members[a], kAmong, false, true});
    }
  }
  return true;
}

bool Pairer::countered(const TriggerMatch& tm, std::uint32_t c) const {
  if (tm.phrase->trigger.relation != Relation::kStrike) return false;
  for (const TriggerMatch& earlier : s_.triggers) {
    if (earlier.first > tm.first) break;
    // "repelled an attack, killing 30 militants": a participle continues the clause before it.
    const std::uint32_t clause = s_.info[earlier.first].clause;
    if (earlier.phrase->trigger.counter &&
        (clause == c || (s_.clauses[c].kind == ClauseKind::kParticipial && clause == s_.clauses[c].parent)))
      return true;
  }
  return false;
}

// "Russia, Iran and Turkey welcomed their ...": a plural pronoun resolved to one of several
// sources refers to them together, and names no other party.
bool Pairer::names_sources_together(const Group& sources, std::uint32_t target) const {
  const Mention& m = s_.mentions[target];
  if (sources.size < 2 || m.kind != MentionKind::kPronoun || !(m.pronoun & kPlural) || m.entity == kNone)
    return false;
  return std::any_of(sources.begin(), sources.end(),
                     [&](std::uint32_t source) { return s_.mentions[source].entity == m.entity; });
}

void Pairer::emit(std::uint32_t t, Relation relation, const Group& sources, const Group& targets,
                  std::string_view rule, bool mutual) {
  for (std::uint32_t source : sources) {
    for (std::uint32_t target : targets) {
      if (source == target || names_sources_together(sources, target)) continue;
      out_.push_back({t, relation, source, target, rule, sources.inherited, false});
      if (mutual) out_.push_back({t, relation, target, source, rule, sources.inherited, true});
    }
  }
}

void Pairer::verb(std::uint32_t t, std::uint32_t c) {
  const TriggerMatch& tm = s_.triggers[t];
  const Trigger& trigger = tm.phrase->trigger;
  const VerbGroup g = verbs_.group(tm.first);
  if (g.negated || g.modal) return;
  // "the besieged city", "in occupied territory", "their negotiating team", "the visiting
  // president": a participle used as an adjective.
  if (trigger.form == VerbForm::kPast && tm.first > 0 && !g.be &&
      (s_.is(tm.first - 1, kDeterminer | kPreposition | kQuantifier) ||
       s_.tokens[tm.first - 1].kind == TokenKind::kNumber)) {
    return;
  }
  if (trigger.form == VerbForm::kGerund && tm.first > 0 && s_.is(tm.first - 1, kDeterminer)) return;
  Relation relation = trigger.relation;
  std::string_view rule = tm.phrase->slot.empty() ? kActive : kSlot;
  if (g.infinitive) {
    if (g.governor == kNone) return;
    const std::uint8_t classes = s_.info[g.governor].verb_classes;
    const VerbGroup outer = verbs_.group(g.governor);
    if (outer.negated || outer.modal || unreal_means(g.governor, c)) return;
    if (classes & kRefuse) {
      // Refusing a hostile act ("refused to condemn Russia") spares the target: no rejection of it.
      if (relation_info(relation).sign < 0) return;
      relation = Relation::kReject;
      rule = kRefusal;
    } else if (!(classes & kProceed)) {
      return;  // plans, intentions, demands to act: the act itself did not happen
    }
  }
  Group sources, targets;
  const std::uint32_t before = tm.first > 0 ? tm.first - 1 : kNone;
  if (trigger.form == VerbForm::kGerund && before != kNone) {
    std::uint32_t p = before;
    while (p > 0 && s_.is(p, kAdverb)) --p;
    const std::string_view prev = s_.norm(p);
    if (prev == "without" || (s_.info[p].verb_classes & kDeny)) return;
    // "refrained from condemning": the act did not happen.
    if (prev == "from" && p >= 1 && (s_.info[p - 1].verb_classes & kDeny)) return;
    if (unreal_means(tm.first, c)) return;
    bool no_event = false;
    sources = gerund_subject(p, c, 0, no_event);
    if (sources.empty() && !no_event) sources = phrase_before_gerund(p, c, no_event);
    if (no_event) return;
  }
  if (tm.phrase->slot.empty() && verbs_.passive(tm, g)) {
    // "regime forces and rebels backed by Hezbollah", "Afghanistan, invaded by US-led forces": a
    // participle right after a noun phrase, or after the comma closing it, modifies that phrase
    // alone.
    std::uint32_t end = g.be ? 0 : g.start;
    if (end > 1 && s_.norm(end - 1) == ",") --end;
    const std::uint32_t modified = end == 0 ? kNone : s_.info[end - 1].mention;
    if (modified != kNone && args_.usable(modified)) {
      targets.add(args_.head(modified));
    } else {
      targets = args_.subject(c, g.start);
    }
    std::uint32_t agent = agent_after(tm.last, c);
    if (agent != kNone) {
      sources = args_.group(agent);
      rule = kPassive;
    } else {
      sources = agent_noun(tm.last, c);
      if (sources.empty()) sources = coordinated_agent(tm.last);
      rule = kPassiveNoun;
    }
    if (sources.empty() && relation == Relation::kStrike && attacker_implied(tm.last, c)) {
      for (const std::uint32_t target : targets) {
        Candidate implied{t, relation, target, target, kPassiveImplied};
        implied.implied_source = true;
        out_.push_back(implied);
      }
      return;
    }
    emit(t, relation, sources, targets, rule, trigger.mutual || trigger.counter);
    return;
  }
  if (sources.empty()) {
    const std::uint32_t end = subject_end(c, g.start, trigger.form);
    // "a helicopter was shot down near Afrin killing three civilians": the subject of a
    // passive suffered the act; a gerund after it is not its doing, unless it is the fight the
    // subject was in ("three soldiers were killed fighting IS").
    if (trigger.form == VerbForm::kGerund && !trigger.mutual && end != g.start && passive_before(c, g.start))
      return;
    sources = args_.subject(c, end);
  }
  if (sources.size == 1 && place_of_war(sources.members[0])) return;
  // "repelled an attack by X", "foiled X's offensive": the attackers of the act repelled.
  if (trigger.counter) targets = agent_noun(tm.last, c);
  if (targets.empty()) targets = args_.object(c, tm.last, tm.phrase->slot);
  if (relation == Relation::kAccuse && !targets.empty()) {
    // "condemned the Iraqi invasion of Kuwait": the one blamed is the act's doer, if named.
    const std::uint32_t act = act_suffered_by(s_.mentions[targets.members[0]].first);
    if (act != kNone) targets = args_.modifier(act);
  }
  for (std::size_t p = 0;
       targets.empty() && tm.phrase->slot.empty() && p < lexicon_.verb_places(relation).size(); ++p) {
    targets = args_.object(c, tm.last, lexicon_.verb_places(relation)[p]);
    rule = kPlace;
  }
  if (targets.empty() && lexicon_.takes_complement(relation) && tm.phrase->slot.empty()) {
    targets = args_.in_complement_clause(c, tm.last - 1,
                                         sources.empty() ? kNone : s_.mentions[sources.members[0]].entity);
    rule = kComplement;
  }
  // "Violence would derail the process, a US diplomat warned": the speech act's content came first.
  if (targets.empty() && lexicon_.takes_complement(relation) && !sources.empty() && !sources.inherited) {
    targets = fronted_content(s_.mentions[sources.members[0]].first, s_.mentions[sources.members[0]].entity);
    rule = kFronted;
  }
  const Clause& clause = s_.clauses[c];
  if (targets.empty() && clause.kind == ClauseKind::kRelative && !sources.inherited &&
      args_.relative_antecedent(clause)) {
    targets = args_.group(clause.antecedent);
    rule = kRelativeObject;
  }
  if (targets.empty() && relation == Relation::kCoerce && people_under(t, sources, tm.last)) {
    return;
  }
  if (targets.empty() && trigger.mutual && relation == trigger.relation &&
      emit_among(t, c, relation, sources))
    return;
  const std::size_t first = out_.size();
  const bool both_ways = relation == trigger.relation && (trigger.mutual || countered(tm, c));
  emit(t, relation, sources, targets, rule, both_ways);
  for (std::size_t k = first; k < out_.size(); ++k) out_[k].place = rule == kPlace;
}

bool Pairer::unreal_means(std::uint32_t gerund, std::uint32_t c) const {
  std::uint32_t p = gerund;
  while (p > 0 && s_.is(p - 1, kAdverb)) --p;
  if (p == 0 || s_.norm(p - 1) != "by") return false;
  for (std::uint32_t k = p - 1; k-- > s_.clauses[c].first;) {
    // "to retaliate": an infinitive the lexicon does not know is a verb all the same.
    const bool infinitive =
        k > 0 && s_.is(k - 1, kTo) && s_.tokens[k].kind == TokenKind::kWord && s_.info[k].classes == 0;
    if (s_.info[k].clause != c || !(is_verb_like(s_, k) || verbs_.participle(k) || infinitive)) continue;
    const VerbGroup act = verbs_.group(k);
    if (act.modal || act.negated) return true;
    // "threatened to retaliate by refusing": a threatened act has not happened.
    const std::uint32_t t = act.infinitive && act.governor != kNone ? s_.info[act.governor].trigger : kNone;
    return t != kNone && s_.triggers[t].phrase->trigger.relation == Relation::kThreaten;
  }
  return false;
}

bool Pairer::passive_before(std::uint32_t c, std::uint32_t before) const {
  for (std::uint32_t k = s_.clauses[c].first; k < before; ++k) {
    if (s_.info[k].clause != c || s_.is(k, kBe | kHave | kDo | kModal)) continue;
    if (is_verb_like(s_, k) || verbs_.participle(k)) return verbs_.participle(k) && verbs_.group(k).be;
  }
  return false;
}

// The first actor other than `not_entity` before the speaker at `speaker_first`, when what
// precedes the speaker ends with a comma: '"...," a US diplomat warned'.
Group Pairer::fronted_content(std::uint32_t speaker_first, std::uint32_t not_entity) const {
  std::uint32_t k = speaker_first;
  while (k > 0 && args_.noun_phrase_word(k - 1)) --k;
  if (k == 0 || (s_.norm(k - 1) != "," && s_.norm(k - 1) != "\"")) return {};
  for (std::uint32_t i = 0; i + 1 < k; ++i) {
    const std::uint32_t m = s_.info[i].mention;
    if (m == kNone) continue;
    i = s_.mentions[m].last - 1;
    if (args_.usable(m) && s_.mentions[m].entity != not_entity) return args_.group(m);
  }
  return {};
}

// The subject of a gerund after the word at `p`, when its context names one: "accused Syria
// of attacking" (Syria), "accused Y of orchestrating the conflict by supporting rebels" and
// "by harassing journalists and seizing their equipment" (the subject of the gerund before).
// Sets `no_event` when the act is not to be coded: it did not happen ("no intention of attacking or
// invading"), or the one blamed for it is no actor ("accused foreign actors of ...").
Group Pairer::gerund_subject(std::uint32_t p, std::uint32_t c, std::uint32_t depth, bool& no_event) const {
  const std::string_view prev = s_.norm(p);
  if (prev == "of" && p > 0 && (s_.info[p - 1].verb_classes & kHypothetical)) {
    no_event = true;
    return {};
  }
  if (prev == "of" || prev == "for") {
    // "accused foreign actors of orchestrating ...": the one blamed is known, and no actor.
    bool blamed = false;
    Group g = accused(p, c, blamed);
    no_event = no_event || (blamed && g.empty());
    return g;
  }
  if (depth > 2 || (prev != "by" && prev != "and" && prev != "or")) return {};
  for (std::uint32_t k = p; k > s_.clauses[c].first && k + 12 > p;) {
    --k;
    if (s_.info[k].clause != c || !s_.norm(k).ends_with("ing") || s_.info[k].mention != kNone ||
        (s_.info[k].classes & ~kAdverb) != 0) {
      continue;
    }
    std::uint32_t q = k;
    while (q > 0 && s_.is(q - 1, kAdverb)) --q;
    if (q == 0) return {};
    Group g = gerund_subject(q - 1, c, depth + 1, no_event);
    return g.empty() ? args_.subject(c, verbs_.group(k).start) : g;
  }
  return {};
}

// "condemned the killing of X", "denounced the arrest of a Y official": X suffered the act
// condemned, and is not the one blamed for it. Returns the token of the act's noun, or kNone.
std::uint32_t Pairer::act_suffered_by(std::uint32_t first) const {
  std::uint32_t of = first;
  while (of > 0 && s_.info[of - 1].mention == kNone && s_.is(of - 1, kDeterminer | kQuantifier)) --of;
  if (of < 2 || s_.norm(of - 1) != "of") return kNone;
  const std::uint32_t noun = of - 2;
  for (std::uint32_t t = s_.info[noun].trigger;
       t != kNone && t < s_.triggers.size() && s_.triggers[t].first == noun; ++t) {
    const Trigger& act = s_.triggers[t].phrase->trigger;
    if (act.kind == TriggerKind::kNoun &&
        (act.relation == Relation::kStrike || act.relation == Relation::kCoerce))
      return noun;
  }
  return kNone;
}

// Where the subject of the verb group at `start` ends: before the group, or for a gerund inside
// its clause ("rebels fired rockets into a district of the capital killing four soldiers"),
// before the clause's first verb group.
std::uint32_t Pairer::subject_end(std::uint32_t c, std::uint32_t start, VerbForm form) const {
  if (form != VerbForm::kGerund) return start;
  for (std::uint32_t i = s_.clauses[c].first; i < start; ++i) {
    if (s_.info[i].clause == c && is_verb_like(s_, i)) return i;
  }
  return start;
}

// "US airstrikes targeting IS", "the coalition fighting IS": a gerund right after a noun phrase
// modifies it, and the actor in that phrase does the act, not the clause's subject ("civilians
// were killed in US airstrikes targeting IS"). An act without an actor inside a prepositional
// phrase ("killed in airstrikes targeting IS") has no known doer (`no_event`); other phrases let
// the clause's subject do it ("rebels launched an offensive targeting the airport", "fired
// rockets at the capital killing seven", where a place heads the phrase).
Group Pairer::phrase_before_gerund(std::uint32_t p, std::uint32_t c, bool& no_event) const {
  if (s_.info[p].clause != c || !args_.noun_phrase_word(p) || s_.is(p, kDeterminer | kQuantifier | kTime) ||
      s_.tokens[p].kind == TokenKind::kNumber) {
    return {};
  }
  std::uint32_t first = p;
  while (first > s_.clauses[c].first && first + 6 > p && args_.noun_phrase_word(first - 1)) --first;
  const std::string_view before = first > 0 ? s_.norm(first - 1) : std::string_view();
  const bool governed = first > 0 && s_.is(first - 1, kPreposition) && s_.info[first - 1].mention == kNone &&
                        before != "by" && before != "from";
  for (std::uint32_t k = p + 1; k > first; --k) {
    const std::uint32_t m = s_.info[k - 1].mention;
    if (m == kNone || !args_.usable(m)) continue;
    // "fired rockets at the capital killing seven", "in a district of Damascus killing", "into
    // government districts killing": a place, or its owner, is not what the gerund describes;
    // an act ("in US airstrikes targeting"), a plural group ("a bastion of rebels fighting") or
    // the agent of "by" or "from" is.
    const Mention& mention = s_.mentions[m];
    if (mention.attributive) return {};
    const bool heads = mention.last == p + 1;
    if (governed && (heads ? !mention.plural : s_.info[p].trigger == kNone)) return {};
    return args_.group(args_.first_coordinated(m));
  }
  // "many of the bomb attacks targeting civilians": a part of the acts has the doer of the clause.
  // "the violence our troops face is the same violence threatening X": what an act without an
  // actor is said to be has no doer either.
  no_event =
      s_.info[p].trigger != kNone && ((governed && before != "of") || (first > 0 && s_.is(first - 1, kBe)));
  return {};
}

// "X accused Y of attacking", "Y was accused of attacking": the one blamed for the act.
Group Pairer::accused(std::uint32_t preposition, std::uint32_t c, bool& blamed) const {
  for (std::uint32_t k = preposition; k > s_.clauses[c].first;) {
    --k;
    const std::uint32_t t = s_.info[k].trigger;
    if (t == kNone || s_.triggers[t].first != k || s_.info[k].clause != c) continue;
    const TriggerMatch& tm = s_.triggers[t];
    if (tm.phrase->trigger.kind != TriggerKind::kVerb) continue;
    const VerbGroup g = verbs_.group(k);
    blamed = true;
    // "was accused of", "stands accused of": the one blamed is the subject.
    if (tm.phrase->trigger.form == VerbForm::kPast &&
        (g.be || (tm.last < s_.size() && s_.norm(tm.last) == "of")))
      return args_.subject(c, g.start);
    return args_.object(c, tm.last, "");
  }
  return {};
}

// The actor after "by" following a passive verb.
std::uint32_t Pairer::agent_after(std::uint32_t from, std::uint32_t c) const {
  for (std::uint32_t i = from; i < s_.size() && i < from + 10; ++i) {
    if (s_.info[i].clause != c || is_verb_like(s_, i)) return kNone;
    if (s_.norm(i) != "by" || s_.info[i].mention != kNone) continue;
    // "in support of the army by targeting IS": "by" and a gerund is a means, not an agent.
    if (i + 1 < s_.size() && s_.norm(i + 1).ends_with("ing") && s_.info[i + 1].mention == kNone &&
        !s_.tokens[i + 1].has(kCapitalized)) {
      return kNone;
    }
    for (std::uint32_t j = i + 1; j < s_.size() && j < i + 8 && args_.noun_phrase_word(j); ++j) {
      const std::uint32_t m = s_.info[j].mention;
      if (m != kNone && args_.usable(m)) return m;
    }
    return kNone;
  }
  return kNone;
}

// "were killed in Syrian and Russian air strikes": the owners of an act named after the verb.
Group Pairer::agent_noun(std::uint32_t from, std::uint32_t c) const {
  for (std::uint32_t i = from; i < s_.size() && i < from + 10; ++i) {
    if (s_.info[i].clause != c || is_verb_like(s_, i)) return {};
    const std::uint32_t t = s_.info[i].trigger;
    if (t == kNone || s_.triggers[t].first != i || !reads_as_noun(s_, s_.triggers[t])) continue;
    Group owners = args_.modifier(i);
    if (owners.size == 1 && place_of_war(owners.members[0])) owners = {};
    // "killed in air strikes carried out by Russian jets": the agent of the act.
    if (owners.empty()) {
      std::uint32_t j = s_.triggers[t].last;
      while (j < s_.size() && j < s_.triggers[t].last + 4 &&
             (s_.is(j, kAdverb) || s_.norm(j) == "out" || verbs_.participle(j))) {
        ++j;
      }
      if (const std::uint32_t agent = j < s_.size() && s_.norm(j) == "by" ? agent_after(j, c) : kNone;
          agent != kNone) {
        owners = args_.group(agent);
      }
    }
    // "killed in clashes with regime troops", "in fighting against IS": the other side of a
    // mutual act in which the target fell ("criticized for declaring the fight against
    // guerrillas" is no such act).
    if (owners.empty() && s_.triggers[t].phrase->trigger.mutual && fell_in(i)) {
      static const std::string kOtherSide[] = {"with", "against"};
      owners = args_.complement(c, s_.triggers[t].last, kOtherSide);
    }
    return owners;
  }
  return {};
}

Group Pairer::coordinated_agent(std::uint32_t from) const {
  std::uint32_t i = from;
  while (i < s_.size() && s_.is(i, kAdverb | kTime)) ++i;
  if (i >= s_.size() || !s_.is(i, kCoordinator) || s_.norm(i) != "and") return {};
  for (std::uint32_t k = i + 1; k < s_.size() && k < i + 6; ++k) {
    if (s_.punct(k)) return {};
    if (!verbs_.participle(k)) continue;
    const std::uint32_t c = s_.info[k].clause;
    const std::uint32_t agent = agent_after(k + 1, c);
    return agent != kNone ? args_.group(agent) : agent_noun(k + 1, c);
  }
  return {};
}

void pair_triggers(const Sentence& sentence, const Lexicon& lexicon, std::vector<Candidate>& out) {
  if (sentence.question) return;
  Pairer pairer(sentence, lexicon, out);
  const auto n = static_cast<std::uint32_t>(sentence.triggers.size());
  for (std::uint32_t t = 0; t < n;) {
    std::uint32_t end = t + 1;
    while (end < n && sentence.triggers[end].first == sentence.triggers[t].first) ++end;
    pairer.trigger_token(t, end);
    t = end;
  }
  pairer.backed();
  pairer.stances();
}

}  // namespace entente::detail
