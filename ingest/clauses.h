// Stage 4 of the coder: clause analysis without a parser. Splits a sentence into clauses at
// reporting verbs ("X said (that) ..."), subordinators ("after ...", "if ..."), relative pronouns,
// coordinated verb groups ("... and killed ..."), participles (", killing ..."), appositions
// (", the deputy foreign minister,") and parentheses, so that each trigger looks for its source
// and target only in its own clause, and a clause without a subject can borrow its parent's.
#pragma once

#include "ingest/analysis.h"

namespace entente::detail {

// Fills sentence.clauses and TokenInfo::clause.
// REQUIRES: words classified, mentions and triggers found.
void find_clauses(Sentence& sentence);

}  // namespace entente::detail
