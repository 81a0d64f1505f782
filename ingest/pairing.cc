#include "ingest/pairing.h"

#include <array>

#include "ingest/arguments.h"
#include "ingest/grammar.h"
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
constexpr std::string_view kRefusal = "refusal: SOURCE refused to VERB TARGET";
constexpr std::string_view kNominal = "nominal: SOURCE's/ADJ NOUN PREPOSITION TARGET";
constexpr std::string_view kNominalAgent = "nominal: NOUN PREPOSITION TARGET by SOURCE";
constexpr std::string_view kNominalOf = "nominal: NOUN of SOURCE PREPOSITION TARGET";
constexpr std::string_view kNominalLight =
    "nominal: SOURCE VERB (launched, imposed ...) NOUN PREPOSITION TARGET";
constexpr std::string_view kNominalSetting = "nominal: at/during NOUN with TARGET, SOURCE ...";
constexpr std::string_view kBetween = "nominal: NOUN between SOURCE and TARGET";
constexpr std::string_view kAmong = "mutual: SOURCE and TARGET VERB/NOUN (each with the other)";
constexpr std::string_view kRole = "standing: SOURCE, a NOUN of TARGET";
constexpr std::string_view kBacked = "compound: SOURCE-backed TARGET";
constexpr std::string_view kPro = "stance: SOURCE, the pro-TARGET NOUN";

// The auxiliaries, modals, negations and adverbs before a verb, and what they say about it.
struct VerbGroup {
  std::uint32_t start = 0;  // first token of the group
  bool negated = false;
  bool modal = false;
  bool be = false;
  bool infinitive = false;
  std::uint32_t governor = kNone;  // the verb an infinitive depends on: "refused" in "refused to meet"
};

bool negates(std::string_view w) {
  return w.ends_with("n't");
}

class Pairer {
 public:
  Pairer(const Sentence& s, const Lexicon& lexicon, std::vector<Candidate>& out)
      : s_(s), lexicon_(lexicon), args_(s), out_(out) {}

  void trigger_token(std::uint32_t first_trigger, std::uint32_t end_trigger) {
    const TriggerMatch& head = s_.triggers[first_trigger];
    const std::uint32_t c = s_.info[head.first].clause;
    if (hypothetical(c)) return;
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

  // "Hezbollah and Amal, the main pro-Syrian groups": what the phrase describes supports X.
  void stances() {
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
      for (std::uint32_t next = m + 1;
           next < s_.mentions.size() && s_.mentions[next].pro &&
           s_.info[s_.mentions[next].first].clause == s_.info[stance.first].clause;
           ++next) {
        stance_group.add(next);
        m = next;
      }
      emit(kNone, Relation::kSupport, args_.group(clause.antecedent), stance_group, kPro, false);
    }
  }

  // "US-backed rebels": the backer supports what it modifies.
  void backed() {
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

 private:
  bool hypothetical(std::uint32_t c) const {
    for (std::uint32_t depth = 0; c != kNone && depth < 6; ++depth) {
      if (s_.clauses[c].kind == ClauseKind::kConditional || s_.clauses[c].denied) return true;
      c = s_.clauses[c].parent;
    }
    return false;
  }

  VerbGroup verb_group(std::uint32_t verb) const {
    VerbGroup g;
    std::uint32_t j = verb;
    while (j > 0) {
      const std::uint32_t k = j - 1;
      const TokenInfo& info = s_.info[k];
      if (info.mention != kNone) break;
      if (info.classes & kTo) {
        g.infinitive = true;
        j = k;
        // "refused to meet", "urged Iran to withdraw": the governing verb, past any object.
        for (std::uint32_t x = k; x > 0 && x + 8 > k;) {
          --x;
          if (is_verb_like(s_, x) || (s_.info[x].verb_classes != 0)) {
            g.governor = x;
            break;
          }
          if (!args_.noun_phrase_word(x)) break;
        }
        break;
      }
      if (!(info.classes & (kBe | kHave | kDo | kModal | kNegation | kAdverb)) && !negates(s_.norm(k))) break;
      g.negated = g.negated || (info.classes & kNegation) || negates(s_.norm(k));
      g.modal = g.modal || (info.classes & kModal);
      g.be = g.be || (info.classes & kBe);
      j = k;
    }
    g.start = j;
    return g;
  }

  void emit(std::uint32_t t, Relation relation, const Group& sources, const Group& targets,
            std::string_view rule, bool mutual) {
    for (std::uint32_t source : sources) {
      for (std::uint32_t target : targets) {
        if (source == target) continue;
        out_.push_back({t, relation, source, target, rule, sources.inherited, false});
        if (mutual) out_.push_back({t, relation, target, source, rule, sources.inherited, true});
      }
    }
  }

  void verb(std::uint32_t t, std::uint32_t c) {
    const TriggerMatch& tm = s_.triggers[t];
    const Trigger& trigger = tm.phrase->trigger;
    const VerbGroup g = verb_group(tm.first);
    if (g.negated || g.modal) return;
    // "the besieged city", "in occupied territory": a participle used as an adjective.
    if (trigger.form == VerbForm::kPast && tm.first > 0 && !g.be &&
        (s_.is(tm.first - 1, kDeterminer | kPreposition | kQuantifier) ||
         s_.tokens[tm.first - 1].kind == TokenKind::kNumber)) {
      return;
    }
    Relation relation = trigger.relation;
    std::string_view rule = tm.phrase->slot.empty() ? kActive : kSlot;
    if (g.infinitive) {
      if (g.governor == kNone) return;
      const std::uint8_t classes = s_.info[g.governor].verb_classes;
      const VerbGroup outer = verb_group(g.governor);
      if (outer.negated || outer.modal) return;
      if (classes & kRefuse) {
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
      if (prev == "of" || prev == "for") sources = accused(p, c);  // "accused Syria of attacking ..."
    }
    const bool passive = trigger.form == VerbForm::kPast && tm.phrase->slot.empty() &&
                         (g.be || (tm.last < s_.size() && s_.norm(tm.last) == "by"));
    if (passive) {
      targets = args_.subject(c, g.start);
      std::uint32_t agent = agent_after(tm.last, c);
      if (agent != kNone) {
        sources = args_.group(agent);
        rule = kPassive;
      } else {
        sources = agent_noun(tm.last, c);
        rule = kPassiveNoun;
      }
      emit(t, relation, sources, targets, rule, trigger.mutual);
      return;
    }
    if (sources.empty()) sources = args_.subject(c, g.start);
    targets = args_.object(c, tm.last, tm.phrase->slot);
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
      targets =
          fronted_content(s_.mentions[sources.members[0]].first, s_.mentions[sources.members[0]].entity);
      rule = kFronted;
    }
    const Clause& clause = s_.clauses[c];
    if (targets.empty() && clause.kind == ClauseKind::kRelative && !sources.inherited &&
        clause.antecedent != kNone && args_.usable(clause.antecedent)) {
      targets = args_.group(clause.antecedent);
      rule = kRelativeObject;
    }
    emit(t, relation, sources, targets, rule, trigger.mutual && relation == trigger.relation);
  }

  // The first actor other than `not_entity` before the speaker at `speaker_first`, when what
  // precedes the speaker ends with a comma: '"...," a US diplomat warned'.
  Group fronted_content(std::uint32_t speaker_first, std::uint32_t not_entity) const {
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

  // "X accused Y of attacking", "Y was accused of attacking": the one blamed for the act.
  Group accused(std::uint32_t preposition, std::uint32_t c) const {
    for (std::uint32_t k = preposition; k > s_.clauses[c].first;) {
      --k;
      const std::uint32_t t = s_.info[k].trigger;
      if (t == kNone || s_.triggers[t].first != k || s_.info[k].clause != c) continue;
      const TriggerMatch& tm = s_.triggers[t];
      if (tm.phrase->trigger.kind != TriggerKind::kVerb) continue;
      const VerbGroup g = verb_group(k);
      if (g.be && tm.phrase->trigger.form == VerbForm::kPast) return args_.subject(c, g.start);
      return args_.object(c, tm.last, "");
    }
    return {};
  }

  // The actor after "by" following a passive verb.
  std::uint32_t agent_after(std::uint32_t from, std::uint32_t c) const {
    for (std::uint32_t i = from; i < s_.size() && i < from + 10; ++i) {
      if (s_.info[i].clause != c || is_verb_like(s_, i)) return kNone;
      if (s_.norm(i) != "by" || s_.info[i].mention != kNone) continue;
      for (std::uint32_t j = i + 1; j < s_.size() && j < i + 8 && args_.noun_phrase_word(j); ++j) {
        const std::uint32_t m = s_.info[j].mention;
        if (m != kNone && args_.usable(m)) return m;
      }
      return kNone;
    }
    return kNone;
  }

  // "were killed in Syrian and Russian air strikes": the owners of an act named after the verb.
  Group agent_noun(std::uint32_t from, std::uint32_t c) const {
    for (std::uint32_t i = from; i < s_.size() && i < from + 10; ++i) {
      if (s_.info[i].clause != c || is_verb_like(s_, i)) return {};
      const std::uint32_t t = s_.info[i].trigger;
      if (t == kNone || s_.triggers[t].first != i || !reads_as_noun(s_, s_.triggers[t])) continue;
      Group owners = args_.modifier(i);
      // "killed in clashes with regime troops": the other side of a mutual act.
      if (owners.empty() && s_.triggers[t].phrase->trigger.mutual) {
        static const std::string kWith[] = {"with"};
        owners = args_.complement(c, s_.triggers[t].last, kWith);
      }
      return owners;
    }
    return {};
  }

  // Whether a noun names no act that happened: "will hold talks", "did not launch strikes",
  // "no talks", "planned strikes", "calls for a withdrawal", "the threat of strikes". Sets
  // `governor` to the verb whose object the noun phrase is ("launched a wave of strikes").
  bool unreal_noun(const TriggerMatch& tm, std::uint32_t c, std::uint32_t& governor) const {
    governor = kNone;
    std::uint32_t j = tm.first;
    while (j > 0) {
      const std::uint32_t k = j - 1;
      if (s_.info[k].verb_classes & kHypothetical) return true;
      if (s_.norm(k) == "for" && s_.info[k].mention == kNone) return true;
      if (s_.norm(k) == "of" && k > 0 && (s_.info[k - 1].verb_classes & kHypothetical)) return true;
      if (!args_.noun_phrase_word(k) && s_.norm(k) != "of") break;
      j = k;
    }
    if (j == 0 || s_.info[j - 1].clause != c || !is_verb_like(s_, j - 1)) return false;
    governor = j - 1;
    const VerbGroup g = verb_group(governor);
    return g.negated || g.modal || (s_.info[governor].verb_classes & kIntend) ||
           (g.infinitive && g.governor != kNone && !(s_.info[g.governor].verb_classes & kProceed));
  }

  void nominal(std::uint32_t t, std::uint32_t c) {
    const TriggerMatch& tm = s_.triggers[t];
    const Trigger& trigger = tm.phrase->trigger;
    std::uint32_t governor = kNone;
    if (unreal_noun(tm, c, governor)) return;
    const Relation relation = trigger.relation;
    if (trigger.mutual && tm.last < s_.size() && s_.norm(tm.last) == "between") {
      static const std::string kBetweenWord[] = {"between"};
      const Group both = args_.complement(c, tm.last, kBetweenWord);
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
    if (sources.empty() && governor != kNone && (s_.info[governor].verb_classes & kLight)) {
      sources = args_.subject(c, verb_group(governor).start);
      rule = kNominalLight;
    }
    if (sources.empty() && trigger.mutual) {
      const std::uint32_t prep = args_.governing_preposition(tm.first);
      if (prep != kNone && (s_.norm(prep) == "at" || s_.norm(prep) == "during" || s_.norm(prep) == "in")) {
        sources = args_.subject(c, static_cast<std::uint32_t>(s_.size()));
        rule = kNominalSetting;
      }
    }
    if (sources.empty()) return;
    targets_.clear();
    for (const std::string& prep : lexicon_.noun_targets(relation)) {
      if (!(trigger.of_source && prep == "of")) targets_.push_back(prep);
    }
    const Group targets = args_.complement(c, tm.last, targets_);
    emit(t, relation, sources, targets, rule, trigger.mutual);
  }

  // "Russia, a key ally of Assad", "Britain, a major U.S. ally", "Iran is a backer of Hezbollah".
  void role(std::uint32_t t, std::uint32_t c) {
    const TriggerMatch& tm = s_.triggers[t];
    const Clause& clause = s_.clauses[c];
    Group described;
    if (clause.kind == ClauseKind::kApposition && clause.antecedent != kNone &&
        args_.usable(clause.antecedent)) {
      described = args_.group(clause.antecedent);
    } else {
      std::uint32_t j = tm.first;
      while (j > 0 && args_.noun_phrase_word(j - 1)) --j;
      if (j > 0 && s_.is(j - 1, kBe) && s_.info[j - 1].clause == c)
        described = args_.subject(c, verb_group(j - 1).start);
    }
    if (described.empty()) return;
    Group targets = args_.modifier(tm.first);
    if (targets.empty()) {
      static const std::string kPreps[] = {"of", "to", "for"};
      targets = args_.complement(c, tm.last, kPreps);
    }
    emit(t, tm.phrase->trigger.relation, described, targets, kRole, tm.phrase->trigger.mutual);
  }

  const Sentence& s_;
  const Lexicon& lexicon_;
  Arguments args_;
  std::vector<Candidate>& out_;
  std::vector<std::string> targets_;
};

}  // namespace

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
