// Pairing of nouns, roles, stances and compounds (pairer.h): "Israel's air strikes on Gaza",
// "an attack by Hamas on Israel", "Russia, a key ally of Assad", "the pro-Syrian groups",
// "US-backed rebels".
#include <algorithm>

#include "ingest/grammar.h"
#include "ingest/pairer.h"
#include "ingest/triggers.h"

namespace entente::detail {
namespace {

constexpr std::string_view kNominal = "nominal: SOURCE's/ADJ NOUN PREPOSITION TARGET";
constexpr std::string_view kNominalAgent = "nominal: NOUN PREPOSITION TARGET by SOURCE";
constexpr std::string_view kNominalOf = "nominal: NOUN of SOURCE PREPOSITION TARGET";
constexpr std::string_view kNominalLight =
    "nominal: SOURCE VERB (launched, imposed ...) NOUN PREPOSITION TARGET";
constexpr std::string_view kNominalSetting = "nominal: at/during NOUN with TARGET, SOURCE ...";
constexpr std::string_view kBetween = "nominal: NOUN between SOURCE and TARGET";
constexpr std::string_view kRole = "standing: SOURCE, a NOUN of TARGET";
constexpr std::string_view kBacked = "compound: SOURCE-backed TARGET";
constexpr std::string_view kPro = "stance: SOURCE, the pro-TARGET NOUN";

}  // namespace

void Pairer::nominal(std::uint32_t t, std::uint32_t c) {
  const TriggerMatch& tm = s_.triggers[t];
  const Trigger& trigger = tm.phrase->trigger;
  std::uint32_t governor = kNone;
  if (verbs_.unreal_noun(tm, c, governor)) return;
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
    sources = args_.subject(c, verbs_.group(governor).start);
    rule = kNominalLight;
  }
  if (sources.empty() && trigger.mutual) {
    const std::uint32_t prep = args_.governing_preposition(tm.first);
    if (prep != kNone && (s_.norm(prep) == "at" || s_.norm(prep) == "during" || s_.norm(prep) == "in")) {
      // The subject of the clause's verb: "During the talks with Assad, Putin urged him".
      std::uint32_t verb = static_cast<std::uint32_t>(s_.size());
      for (std::uint32_t i = s_.clauses[c].first; i < s_.size(); ++i) {
        if (s_.info[i].clause == c && is_verb_like(s_, i)) {
          verb = verbs_.group(i).start;
          break;
        }
      }
      sources = args_.subject(c, verb);
      rule = kNominalSetting;
    }
  }
  if (sources.empty()) return;
  targets_.clear();
  for (const std::string& prep : lexicon_.noun_targets(relation)) {
    if (!(trigger.of_source && prep == "of")) targets_.push_back(prep);
  }
  // "clashes with", "talks with", "war with": a mutual act names its other side with "with".
  if (trigger.mutual && std::find(targets_.begin(), targets_.end(), "with") == targets_.end()) {
    targets_.emplace_back("with");
  }
  const Group targets = args_.complement(c, tm.last, targets_);
  emit(t, relation, sources, targets, rule, trigger.mutual);
}

// "Russia, a key ally of Assad", "Britain, a major U.S. ally", "Iran is a backer of Hezbollah".
void Pairer::role(std::uint32_t t, std::uint32_t c) {
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
      described = args_.subject(c, verbs_.group(j - 1).start);
  }
  if (described.empty()) return;
  Group targets = args_.modifier(tm.first);
  if (targets.empty()) {
    static const std::string kPreps[] = {"of", "to", "for"};
    targets = args_.complement(c, tm.last, kPreps);
  }
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
    emit(kNone, Relation::kSupport, args_.group(clause.antecedent), stance_group, kPro, false);
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
}  // namespace entente::detail
