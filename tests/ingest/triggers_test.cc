// Word classes and triggers (ingest/triggers.h), on sentences of our own.
#include "ingest/triggers.h"

#include <doctest/doctest.h>

#include "ingest/analysed.h"
#include "ingest/grammar.h"

namespace entente {
namespace {

using detail::kNone;
using testing::Analysed;

// The words of the trigger starting at `word` in the first sentence, or "" when none starts there.
std::string trigger_at(const Analysed& a, std::string_view word) {
  const detail::Sentence& s = a[0];
  const std::uint32_t i = a.token(0, word);
  const std::uint32_t t = s.info[i].trigger;
  if (t == kNone || s.triggers[t].first != i) return "";
  return std::string(s.surface(s.triggers[t].first, s.triggers[t].last));
}

bool noun_at(const Analysed& a, std::string_view word) {
  const detail::Sentence& s = a[0];
  const std::uint32_t t = s.info[a.token(0, word)].trigger;
  REQUIRE(t != kNone);
  return detail::reads_as_noun(s, s.triggers[t]);
}

}  // namespace

TEST_CASE("the words before a number are part of the quantity, not a preposition") {
  const Analysed a("At least 29 rebels and more than 30 people and up to 30 gunmen were killed.");
  for (const char* word : {"at", "least", "more", "than", "up"}) {
    CHECK_MESSAGE(a[0].is(a.token(0, word), detail::kQuantifier), word);
    CHECK_FALSE(a[0].is(a.token(0, word), detail::kPreposition));
  }
  const Analysed b("The talks ended at dawn.");
  CHECK(b[0].is(b.token(0, "at"), detail::kPreposition));
}

TEST_CASE("a word inside a longer trigger starts none of its own") {
  const Analysed a("Israeli air strikes hit the town.");
  CHECK(trigger_at(a, "air") == "air strikes");
  CHECK(trigger_at(a, "strikes").empty());
}

TEST_CASE("a phrasal trigger admits modifiers before its noun but not before its particle") {
  const Analysed a("Iran has provided crucial support to the government.");
  CHECK(trigger_at(a, "provided") == "provided crucial support");
  // A noun of its own is no modifier: "carried out" + "air strikes".
  const Analysed c("Russia carried out air strikes against the rebels.");
  CHECK(trigger_at(c, "air") == "air strikes");
  const Analysed b("The army fired three rockets at the town.");
  CHECK(trigger_at(b, "fired") == "fired");  // "fire at" keeps its slot, found later
}

TEST_CASE("a noun may start at the last word of a mention") {
  const Analysed a("Russia's military support was praised.");
  CHECK(trigger_at(a, "military") == "military support");
  CHECK(a.entity(0, "military") == "RUS");  // the mention still names Russia
}

TEST_CASE("verbs and nouns are told apart by the words around them") {
  CHECK(noun_at(Analysed("Israeli strikes hit Gaza."), "strikes"));
  CHECK(noun_at(Analysed("Air strikes kill 45 people."), "strikes"));
  CHECK_FALSE(noun_at(Analysed("Israel strikes Gaza."), "strikes"));
  CHECK(noun_at(Analysed("The rebels intensified attacks on the town."), "attacks"));
  // Words the lexicon knows only as verbs, where a verb cannot stand.
  CHECK(noun_at(Analysed("A car bomb blast killed five people."), "blast"));
  CHECK(noun_at(Analysed("The troops tried to push back the rebels."), "back"));
  CHECK_FALSE(noun_at(Analysed("France refused to back the motion."), "back"));
  CHECK(noun_at(Analysed("Two people died in two roadside bombs."), "bombs"));
}

TEST_CASE("verb groups are recognised, class verbs used as nouns are not") {
  const Analysed a("The US demand for a withdrawal was rejected.");
  CHECK_FALSE(detail::is_verb_like(a[0], a.token(0, "demand")));
  const Analysed b("Russia said Iran would demand a withdrawal.");
  CHECK(detail::is_verb_like(b[0], b.token(0, "said")));
  CHECK(detail::is_verb_like(b[0], b.token(0, "demand")));
  const Analysed c("British forces struggle against the Taliban.");
  CHECK(detail::is_verb_like(c[0], c.token(0, "struggle")));
  const Analysed d("Israel struck Iranian targets.");
  CHECK_FALSE(detail::is_verb_like(d[0], d.token(0, "targets")));
}

TEST_CASE("adverbs outside the closed list are adverbs") {
  const Analysed a("Insurgents frequently attack the convoys.");
  CHECK(a[0].is(a.token(0, "frequently"), detail::kAdverb));
}

TEST_CASE("a verb-only word right after an inflected verb or its one-word modifier is its object") {
  CHECK(noun_at(Analysed("North Korea fired shells at the town."), "shells"));
  CHECK(noun_at(Analysed("North Korea fired artillery shells at the town."), "shells"));
  CHECK(noun_at(Analysed("The army fired mortar shells at the town."), "shells"));
  CHECK_FALSE(noun_at(Analysed("The army shells the town every night."), "shells"));
}

}  // namespace entente
