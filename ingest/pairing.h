// Stage 6 of the coder: each trigger paired with its source and target. Decides the reading
// (verb or noun), the voice (active, passive), whether the act happened (negation, modals,
// plans, conditionals, refusals), and which clause slots hold the actors, then emits one
// candidate per (source, target) pair, both ways for mutual relations.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/analysis.h"
#include "ingest/lexicon.h"

namespace entente::detail {

struct Candidate {
  std::uint32_t trigger = 0;  // index into Sentence::triggers
  Relation relation = Relation::kConsult;
  std::uint32_t source = 0;  // indices into Sentence::mentions
  std::uint32_t target = 0;
  std::string_view rule;   // which rule fired, for --explain
  bool inherited = false;  // the source is the subject of an earlier clause
  bool reversed = false;   // the second direction of a mutual relation
};

// Appends the candidates of `sentence` to `out`.
// REQUIRES: every earlier stage has run, coreference included.
void pair_triggers(const Sentence& sentence, const Lexicon& lexicon, std::vector<Candidate>& out);

}  // namespace entente::detail
