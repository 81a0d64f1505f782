// What the words around a trigger say about its act, without a parser: the verb group before
// a verb (auxiliaries, modals, negation, the infinitive marker and the verb governing it), its
// voice (passive with or without "be"), and whether the act happened at all (conditional or
// denied clauses, planned or hypothetical nouns). Used by pairing (pairing.h). Internal to ingest/.
#pragma once

#include "ingest/analysis.h"
#include "ingest/arguments.h"

namespace entente::detail {

// The auxiliaries, modals, negations and adverbs before a verb.
struct VerbGroup {
  std::uint32_t start = 0;         // first token of the group
  bool negated = false;            // "did not attack", "hasn't met"
  bool modal = false;              // "would strike", "will meet"
  bool be = false;                 // "was struck", "is fighting"
  bool infinitive = false;         // "to meet"
  std::uint32_t governor = kNone;  // the verb an infinitive depends on: "refused" in "refused to meet"
};

class VerbGroups {
 public:
  // REQUIRES: `sentence` and `args` outlive this object.
  VerbGroups(const Sentence& sentence, const Arguments& args) : s_(sentence), args_(args) {}

  // The verb group ending before token `verb`.
  VerbGroup group(std::uint32_t verb) const;
  // Whether token `i` is a past participle: a trigger or verb-class word in its past form, or
  // an ordinary "-ed" word.
  bool participle(std::uint32_t i) const;
  // Whether the past-form verb trigger `tm`, with group `g`, is passive: "was struck", "struck
  // by", "were kidnapped and tortured", "126 soldiers killed in Iraq".
  bool passive(const TriggerMatch& tm, const VerbGroup& g) const;
  // Whether clause `c` or a clause it hangs from is conditional or denied: its acts did not
  // happen as far as the text tells.
  bool hypothetical(std::uint32_t c) const;
  // Whether the act a noun trigger names did not happen: "will hold talks", "did not launch
  // strikes", "no talks", "planned strikes", "calls for a withdrawal", "the threat of
  // strikes". Sets `governor` to the verb whose object the noun phrase is ("launched a wave of
  // strikes"), or kNone.
  bool unreal_noun(const TriggerMatch& tm, std::uint32_t c, std::uint32_t& governor) const;

 private:
  bool reduced_passive(const TriggerMatch& tm, const VerbGroup& g) const;

  const Sentence& s_;
  const Arguments& args_;
};

}  // namespace entente::detail
