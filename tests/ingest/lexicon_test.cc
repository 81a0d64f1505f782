#include "ingest/lexicon.h"

#include <doctest/doctest.h>

#include "ingest/ingest.h"

namespace entente {
namespace {

// The phrase of `lexicon` that starts with `first` and continues with `rest` (space-separated).
const LexiconPhrase* phrase(const Lexicon& lexicon, std::string_view first, std::string_view rest = "") {
  const LexiconWord* word = lexicon.word(first);
  if (word == nullptr) return nullptr;
  for (const LexiconPhrase& p : word->phrases) {
    std::string joined;
    for (const std::string& w : p.rest) joined += (joined.empty() ? "" : " ") + w;
    if (joined == rest) return &p;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("regular inflections and plurals") {
  CHECK(detail::inflect("attack").past == "attacked");
  CHECK(detail::inflect("attack").third_person == "attacks");
  CHECK(detail::inflect("bomb").gerund == "bombing");
  CHECK(detail::inflect("ban").past == "banned");
  CHECK(detail::inflect("seize").gerund == "seizing");
  CHECK(detail::inflect("seize").past == "seized");
  CHECK(detail::inflect("deny").third_person == "denies");
  CHECK(detail::inflect("deny").past == "denied");
  CHECK(detail::inflect("press").third_person == "presses");
  CHECK(detail::inflect("visit").past == "visited");
  CHECK(detail::inflect("agree").gerund == "agreeing");
  CHECK(detail::plural("ally") == "allies");
  CHECK(detail::plural("crash") == "crashes");
  CHECK(detail::plural("strike") == "strikes");
}

TEST_CASE("a doubled consonant in an irregular past doubles in the gerund too") {
  CHECK(detail::inflect("expel").past == "expeled");  // the spelling rule cannot see the stress
  CHECK(detail::inflect("expel", "expelled").past == "expelled");
  CHECK(detail::inflect("expel", "expelled").gerund == "expelling");
  CHECK(detail::inflect("expel", "expelled").third_person == "expels");
  CHECK(detail::inflect("strike", "struck").gerund == "striking");
}

TEST_CASE("verbs are inflected, a final preposition is the target's slot, particles must follow") {
  Diagnostics diagnostics;
  Lexicon lexicon;
  lexicon.add_text("lex.txt",
                   "[strike]\nverbs = strike/struck | fire at | clash with (mutual)\nnouns = air strike\n"
                   "targets = on | against\n"
                   "[coerce]\nverbs = crack down on\n",
                   diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(phrase(lexicon, "struck") != nullptr);
  CHECK(phrase(lexicon, "struck")->trigger.form == VerbForm::kPast);
  CHECK(phrase(lexicon, "strikes")->trigger.form == VerbForm::kThirdPerson);
  REQUIRE(phrase(lexicon, "fired") != nullptr);
  CHECK(phrase(lexicon, "fired")->slot == "at");
  CHECK(phrase(lexicon, "fired")->trigger.relation == Relation::kStrike);
  CHECK(phrase(lexicon, "clashed")->trigger.mutual);
  REQUIRE(phrase(lexicon, "cracked", "down") != nullptr);
  CHECK(phrase(lexicon, "cracked", "down")->slot == "on");
  CHECK(phrase(lexicon, "cracking", "down")->trigger.form == VerbForm::kGerund);
  CHECK(phrase(lexicon, "cracked") == nullptr);
  CHECK(phrase(lexicon, "air", "strikes")->trigger.form == VerbForm::kPlural);
  CHECK(phrase(lexicon, "air", "strike")->trigger.kind == TriggerKind::kNoun);
  CHECK(lexicon.noun_targets(Relation::kStrike).size() == 2);
  CHECK(lexicon.lemma(phrase(lexicon, "struck")->trigger) == "strike/struck");
  CHECK(lexicon.origin(phrase(lexicon, "cracked", "down")->trigger).line == 6);
}

TEST_CASE("nouns, roles and options") {
  Diagnostics diagnostics;
  Lexicon lexicon;
  lexicon.add_text(
      "lex.txt",
      "[retreat]\nnouns = withdrawal (of source)\n[support]\nroles = ally\n[threaten]\ncomplement = yes\n"
      "[strike]\nverbs = repel/repelled (counter)\n",
      diagnostics);
  CHECK(diagnostics.empty());
  CHECK(phrase(lexicon, "withdrawals")->trigger.of_source);
  CHECK(phrase(lexicon, "repelling")->trigger.counter);
  CHECK_FALSE(phrase(lexicon, "repelling")->trigger.mutual);
  CHECK(phrase(lexicon, "allies")->trigger.kind == TriggerKind::kRole);
  CHECK(lexicon.takes_complement(Relation::kThreaten));
  CHECK_FALSE(lexicon.takes_complement(Relation::kStrike));
}

TEST_CASE("word classes mark every inflection") {
  Diagnostics diagnostics;
  Lexicon lexicon;
  lexicon.add_text("lex.txt", "[report]\nverbs = say/said | tell/told\n[hypothetical]\nwords = planned\n",
                   diagnostics);
  CHECK(diagnostics.empty());
  CHECK((lexicon.word("said")->classes & kReport) != 0);
  CHECK((lexicon.word("says")->classes & kReport) != 0);
  CHECK((lexicon.word("telling")->classes & kReport) != 0);
  CHECK((lexicon.word("planned")->classes & kHypothetical) != 0);
  CHECK(lexicon.word("sayings") == nullptr);
}

TEST_CASE("bad lexicon lines are reported as file:line") {
  Diagnostics diagnostics;
  Lexicon lexicon;
  lexicon.add_text(
      "lex.txt", "verbs = orphan\n[smile]\nverbs = grin\n[agree]\nadverbs = x\nverbs = accept (sometimes)\n",
      diagnostics);
  REQUIRE(diagnostics.errors() == 4);
  CHECK(diagnostics.items()[0].line == 1);
  CHECK(diagnostics.items()[1].line == 2);
  CHECK(diagnostics.items()[2].line == 5);
  CHECK(diagnostics.items()[3].line == 6);
  CHECK(lexicon.word("grin") == nullptr);
}

TEST_CASE("the shipped lexicon loads cleanly") {
  Diagnostics diagnostics;
  const auto lexicon = builtin_lexicon(diagnostics);
  for (const Diagnostic& d : diagnostics.items()) FAIL_CHECK(d.to_string());
  REQUIRE(lexicon->word("attacked") != nullptr);
  CHECK(lexicon->word("attacked")->phrases.front().trigger.relation == Relation::kStrike);
  CHECK((lexicon->word("said")->classes & kReport) != 0);
}

}  // namespace entente
