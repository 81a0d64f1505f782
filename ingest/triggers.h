// Stage 1 and 3 of the coder. Word classes: each token's closed-class features (grammar.h) and
// lexicon verb classes (reporting, intention, refusal). Triggers: the lexicon phrases that name
// one of the sixteen relations ("attacked", "called on", "air strikes", "ally").
#pragma once

#include "ingest/analysis.h"
#include "ingest/lexicon.h"
#include "ingest/words.h"

namespace entente::detail {

// Sets the tokens' word ids from `words` and fills sentence.info with word classes.
// REQUIRES: sentence.tokens is filled.
void classify_words(Sentence& sentence, const WordTable& words);

// Fills sentence.triggers: every lexicon phrase that matches at a token, longest match per token,
// in token order (a token may start several phrases: "called" for "call on" and "call for"), and
// TokenInfo::trigger with the first trigger covering each token. A word inside a longer trigger
// starts none of its own ("air strikes"); a phrasal verb's noun may follow up to two modifiers
// ("provided crucial support to"); a noun may start at the last word of a mention ("Russia's
// military" + "support"), and a mention that is only its first word becomes modifier-only.
// REQUIRES: words classified, mentions found.
void find_triggers(Sentence& sentence);

// Whether the trigger is read as a noun ("the attack", "Israeli strikes on") rather than a verb
// ("Israel attacks Gaza"), from its entry and the words around it. A word the lexicon knows only
// as a verb reads as a noun where no verb can stand ("the blast", "two roadside bombs", "push
// back"), and then names no act.
bool reads_as_noun(const Sentence& sentence, const TriggerMatch& trigger);

// Whether the word before token `i` makes it a noun: a determiner, preposition, number,
// adjective or possessive ("the call for", "US demand for", "its plan").
bool noun_before(const Sentence& sentence, std::uint32_t i);

// Whether token `i` can head a verb group: an auxiliary, a modal, a verb of a lexicon class, or a
// trigger that can only be a verb here. Clause analysis steers by these.
bool is_verb_like(const Sentence& sentence, std::uint32_t i);

}  // namespace entente::detail
