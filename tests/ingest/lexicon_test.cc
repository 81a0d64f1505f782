#include "ingest/lexicon.h"

#include <doctest/doctest.h>

#include "ingest/ingest.h"

namespace entente {

TEST_CASE("regular inflections") {
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
}

TEST_CASE("verbs, irregular forms, phrasal verbs and nouns are looked up by phrase") {
  Diagnostics diagnostics;
  Lexicon lexicon;
  lexicon.add_text("lex.txt",
                   "[strike]\nverbs = strike/struck | fire at\nnouns = air strike\n"
                   "[demand]\nverbs = call on\n",
                   diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(lexicon.lookup("struck").size() == 1);
  CHECK(lexicon.lookup("struck")[0].form == VerbForm::kPast);
  CHECK(lexicon.lookup("strikes")[0].form == VerbForm::kThirdPerson);
  CHECK(lexicon.lookup("fired at")[0].relation == Relation::kStrike);
  CHECK(lexicon.lookup("called on")[0].relation == Relation::kDemand);
  CHECK(lexicon.lookup("calling on")[0].form == VerbForm::kGerund);
  CHECK(lexicon.lookup("air strike")[0].kind == TriggerKind::kNoun);
  CHECK(lexicon.lookup("called").empty());
  CHECK(lexicon.max_phrase_tokens() == 2);
  CHECK(lexicon.lemma(lexicon.lookup("struck")[0]) == "strike/struck");
  CHECK(lexicon.origin(lexicon.lookup("called on")[0]).line == 5);
}

TEST_CASE("bad lexicon lines are reported as file:line") {
  Diagnostics diagnostics;
  Lexicon lexicon;
  lexicon.add_text("lex.txt", "verbs = orphan\n[smile]\nverbs = grin\n[agree]\nadverbs = x\n", diagnostics);
  REQUIRE(diagnostics.errors() == 3);
  CHECK(diagnostics.items()[0].line == 1);
  CHECK(diagnostics.items()[1].line == 2);
  CHECK(diagnostics.items()[2].line == 5);
  CHECK(lexicon.lookup("grin").empty());
}

TEST_CASE("the shipped lexicon loads cleanly") {
  Diagnostics diagnostics;
  const auto lexicon = builtin_lexicon(diagnostics);
  for (const Diagnostic& d : diagnostics.items()) FAIL_CHECK(d.to_string());
  CHECK(lexicon->lookup("attacked").size() == 1);
}

}  // namespace entente
