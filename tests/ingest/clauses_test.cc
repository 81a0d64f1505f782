// Clause analysis without a parser (ingest/clauses.h), on sentences of our own.
#include "ingest/clauses.h"

#include <doctest/doctest.h>

#include "ingest/analysed.h"

namespace entente {

using detail::ClauseKind;
using testing::Analysed;

TEST_CASE("a reporting verb opens a reported clause") {
  const Analysed a("Syria said that Israel attacked its army.");
  CHECK(a.clause_kind(0, "said") == ClauseKind::kMain);
  CHECK(a.clause_kind(0, "attacked") == ClauseKind::kReported);
  CHECK(a.same_clause(0, "israel", "attacked"));
  const Analysed b("Syria said Israel attacked its army.");
  CHECK(b.clause_kind(0, "israel") == ClauseKind::kReported);
}

TEST_CASE("the speaker after a comma is a clause of its own") {
  const Analysed a("Israel attacked the convoy, Syria said.");
  CHECK_FALSE(a.same_clause(0, "attacked", "syria"));
}

TEST_CASE("subordinators and conditionals open clauses when a verb follows") {
  const Analysed a("Thousands of people died when the two cities were bombed by American planes.");
  CHECK(a.clause_kind(0, "cities") == ClauseKind::kSubordinate);
  CHECK(a.clause_kind(0, "died") == ClauseKind::kMain);
  const Analysed b("If Iran attacks Israel, the United States will respond.");
  CHECK(b.clause_kind(0, "attacks") == ClauseKind::kConditional);
  CHECK(b.clause_kind(0, "respond") == ClauseKind::kMain);
}

TEST_CASE("relative pronouns and 'that' after a noun open relative clauses") {
  const Analysed a("Putin met Assad, who visited Sochi last week.");
  CHECK(a.clause_kind(0, "visited") == ClauseKind::kRelative);
  CHECK(a.clause_kind(0, "met") == ClauseKind::kMain);
}

TEST_CASE("an apposition describes the name before it, coordinated adjectives and all") {
  const Analysed a(
      "Siniora accused Hezbollah and Amal, the main pro-Syrian and pro-Iranian groups, of meddling.");
  CHECK(a.clause_kind(0, "main") == ClauseKind::kApposition);
  CHECK(a.clause_kind(0, "groups") == ClauseKind::kApposition);
  const detail::Sentence& s = a[0];
  const detail::Clause& apposition = s.clauses[s.info[a.token(0, "main")].clause];
  CHECK(a.mention(0, apposition.antecedent) == "Amal");
}

TEST_CASE("'and' opens a clause before a verb or a new subject with its verb, not inside a phrase") {
  const Analysed a("Israel struck the convoy and killed ten soldiers.");
  CHECK(a.clause_kind(0, "killed") == ClauseKind::kCoordinated);
  const Analysed b("Israel struck the convoy and Russia attacked the base.");
  CHECK(b.clause_kind(0, "russia") == ClauseKind::kMain);
  CHECK_FALSE(b.same_clause(0, "israel", "russia"));
  const Analysed c(
      "Thirty people died in Syrian and Russian bombing on Wednesday despite Damascus promises.");
  CHECK(c.same_clause(0, "syrian", "russian"));
}

TEST_CASE("a participle after a comma shares the subject of the clause before") {
  const Analysed a("Rebels shelled the city, killing seven people.");
  CHECK(a.clause_kind(0, "killing") == ClauseKind::kParticipial);
}

}  // namespace entente
