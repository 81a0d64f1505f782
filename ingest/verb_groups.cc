#include "ingest/verb_groups.h"

#include "ingest/grammar.h"
#include "ingest/triggers.h"

namespace entente::detail {
namespace {

bool negates(std::string_view w) {
  return w.ends_with("n't");
}

}  // namespace

VerbGroup VerbGroups::group(std::uint32_t verb) const {
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

bool VerbGroups::participle(std::uint32_t i) const {
  if (s_.info[i].mention != kNone || s_.tokens[i].kind != TokenKind::kWord) return false;
  const std::uint32_t t = s_.info[i].trigger;
  if (t != kNone && s_.triggers[t].first == i && s_.triggers[t].phrase->trigger.form == VerbForm::kPast)
    return true;
  return (s_.info[i].classes & ~kAdverb) == 0 && s_.norm(i).ends_with("ed");
}

bool VerbGroups::passive(const TriggerMatch& tm, const VerbGroup& g) const {
  if (tm.phrase->trigger.form != VerbForm::kPast) return false;
  return g.be || (tm.last < s_.size() && s_.norm(tm.last) == "by") || reduced_passive(tm, g);
}

// A past participle without "be" that is passive all the same: after a passive participle and
// "and" ("were kidnapped and tortured"), or after a counted noun phrase (any noun phrase in a
// headline) with no object following ("126 British soldiers killed in Iraq").
bool VerbGroups::reduced_passive(const TriggerMatch& tm, const VerbGroup& g) const {
  const std::uint32_t start = g.start;
  if (start >= 2 && (s_.norm(start - 1) == "and" || s_.norm(start - 1) == "or") && participle(start - 2) &&
      group(start - 2).be) {
    return true;
  }
  if (start == 0 || (s_.info[start - 1].mention == kNone && !args_.noun_phrase_word(start - 1))) return false;
  std::uint32_t k = start;
  while (k > 0 && (args_.noun_phrase_word(k - 1) || s_.norm(k - 1) == "of")) --k;
  // A headline says "Israel attacks" and "Two soldiers killed": there a past participle without
  // an object is a passive even after an uncounted noun phrase.
  const bool numbered = s_.tokens[k].kind == TokenKind::kNumber || s_.is(k, kQuantifier);
  if (numbered && s_.headline) return true;  // "4 Turkish Troopers Killed 4 Wounded"
  const bool counted = numbered || s_.headline;
  const std::uint32_t after = tm.last;
  bool object =
      after < s_.size() && (s_.info[after].mention != kNone || s_.is(after, kDeterminer | kQuantifier) ||
                            s_.tokens[after].kind == TokenKind::kNumber);
  if (object && s_.headline) {
    // "Damascus Shelled 3 Civilians Killed": the phrase after is the subject of the next passive.
    std::uint32_t end = after;
    while (end < s_.size() && end < after + 6 && args_.noun_phrase_word(end)) ++end;
    object = end == after || end >= s_.size() || !participle(end);
  }
  return counted && !object;
}

bool VerbGroups::hypothetical(std::uint32_t c) const {
  for (std::uint32_t depth = 0; c != kNone && depth < 6; ++depth) {
    if (s_.clauses[c].kind == ClauseKind::kConditional || s_.clauses[c].denied) return true;
    c = s_.clauses[c].parent;
  }
  return false;
}

bool VerbGroups::unreal_noun(const TriggerMatch& tm, std::uint32_t c, std::uint32_t& governor) const {
  governor = kNone;
  std::uint32_t j = tm.first;
  while (j > 0) {
    const std::uint32_t k = j - 1;
    if (s_.info[k].verb_classes & kHypothetical) return true;
    if (s_.norm(k) == "for" && s_.info[k].mention == kNone) return true;
    if (s_.norm(k) == "of" && k > 0 && (s_.info[k - 1].verb_classes & kHypothetical)) return true;
    // "launched on Monday military operations": a day between the verb and its object.
    const bool day = s_.norm(k) == "on" && s_.is(k + 1, kTime);
    if (!args_.noun_phrase_word(k) && s_.norm(k) != "of" && !day) break;
    j = k;
  }
  if (j == 0 || s_.info[j - 1].clause != c || !is_verb_like(s_, j - 1)) return false;
  // "the continued support": a participle inside the noun phrase governs nothing.
  if (j >= 2 && s_.is(j - 2, kDeterminer)) return false;
  governor = j - 1;
  const VerbGroup g = group(governor);
  // "it would bring forward a meeting": a modal whose verb the lexicon does not know.
  return g.negated || g.modal || s_.is(governor, kModal) || (s_.info[governor].verb_classes & kIntend) ||
         (g.infinitive && (g.governor == kNone || !(s_.info[g.governor].verb_classes & kProceed)));
}

}  // namespace entente::detail
