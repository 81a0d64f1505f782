// Stage 6 of the coder: each trigger paired with its source and target. Decides the reading
// (verb or noun), the voice (active, passive), whether the act happened (negation, modals,
// plans, conditionals, refusals), and which clause slots hold the actors, then emits one
// candidate per (source, target) pair, both ways for mutual relations. The rules are in
// pairer.h (verbs in pairing.cc, nouns, roles and people in nominals.cc); docs/lexicon.md
// describes them.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/analysis.h"
#include "ingest/lexicon.h"

namespace entente::detail {

// An actor the text names only through an act: the civilians behind "anti-government
// protests", the people under "the regime's siege of the city".
enum class People : std::uint8_t {
  kNone,
  kSource,  // the source is the civilians of the target's country ("anti-government protests")
  kTarget,  // the target is the civilians of the source's country ("cracked down on protests")
};

struct Candidate {
  std::uint32_t trigger = 0;  // index into Sentence::triggers
  Relation relation = Relation::kConsult;
  std::uint32_t source = 0;  // indices into Sentence::mentions
  std::uint32_t target = 0;
  std::string_view rule;          // which rule fired, for --explain
  bool inherited = false;         // the source is the subject of an earlier clause
  bool reversed = false;          // the second direction of a mutual relation
  bool place = false;             // the target is the place of the act ("struck targets in Syria"):
                                  // it stands for its state only against a state or organisation
  People people = People::kNone;  // with kSource or kTarget, `source` and `target` are the same
                                  // mention: the one whose country the civilians belong to
  bool implied_source = false;    // agentless ("were killed"): the attacker is the article's, as
                                  // the coder knows it (attacks.h); `source` is `target`
};

// Appends the candidates of `sentence` to `out`.
// REQUIRES: every earlier stage has run, coreference included.
void pair_triggers(const Sentence& sentence, const Lexicon& lexicon, std::vector<Candidate>& out);

}  // namespace entente::detail
