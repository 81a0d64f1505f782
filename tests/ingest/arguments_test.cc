// Where a trigger's actors sit (ingest/arguments.h), on sentences of our own.
#include "ingest/arguments.h"

#include <doctest/doctest.h>

#include <string>

#include "ingest/analysed.h"

namespace entente {
namespace {

using detail::Group;
using detail::kNone;
using testing::Analysed;

// The words of the mentions of a group, joined by "+".
std::string words(const Analysed& a, const Group& g) {
  std::string out;
  for (std::uint32_t m : g) {
    if (!out.empty()) out.push_back('+');
    out.append(a.mention(0, m));
  }
  return out;
}

}  // namespace

TEST_CASE("the direct object is the noun phrase right after the verb") {
  const Analysed a("Israel struck a number of Iranian targets.");
  const detail::Arguments args(a[0]);
  CHECK(words(a, args.object(0, a.token(0, "struck") + 1, "")) == "Iranian");
  const Analysed b("Denmark's motion received support from France, Norway and Sweden.");
  const detail::Arguments b_args(b[0]);
  CHECK(b_args.object(0, b.token(0, "received") + 1, "").empty());
}

TEST_CASE("a quantity is no preposition, so its noun phrase can be a subject") {
  const Analysed a("At least 29 Syrian rebels were killed.");
  const detail::Arguments args(a[0]);
  CHECK(args.governing_preposition(a.token(0, "syrian")) == kNone);
  CHECK(words(a, args.subject(0, a.token(0, "were"))) == "Syrian rebels");
}

TEST_CASE("coordinated subjects are split, and found from the last one") {
  const Analysed a("The United States and Britain struck Syria.");
  const detail::Arguments args(a[0]);
  CHECK(words(a, args.subject(0, a.token(0, "struck"))) == "United States+Britain");
  CHECK(a.mention(0, args.first_coordinated(a.mention_at(0, "britain"))) == "United States");
}

TEST_CASE("a noun's complement follows its own phrase") {
  const Analysed a("Officials spoke of the threat and the capacity of Iraqis.");
  const detail::Arguments args(a[0]);
  static const std::string kOf[] = {"of"};
  CHECK(args.complement(0, a.token(0, "threat") + 1, kOf).empty());
  const Analysed b("Artillery fire on Wednesday on Hezbollah positions continued.");
  const detail::Arguments b_args(b[0]);
  static const std::string kOn[] = {"on"};
  CHECK(words(b, b_args.complement(0, b.token(0, "fire") + 1, kOn)) == "Hezbollah");
}

TEST_CASE("a clause with a subject of its own borrows none") {
  const Analysed a("People died when the two cities were bombed.");
  const detail::Arguments args(a[0]);
  const std::uint32_t c = a[0].info[a.token(0, "cities")].clause;
  CHECK(args.has_own_subject(c, a.token(0, "were")));
  CHECK(args.subject(c, a.token(0, "were")).empty());
}

TEST_CASE("a subject left unresolved names no actor, and the search stops there") {
  const Analysed a("Defying the UN, he vowed to fight on.");
  const detail::Arguments args(a[0]);
  const std::uint32_t c = a[0].info[a.token(0, "vowed")].clause;
  CHECK(args.subject(c, a.token(0, "vowed")).empty());
}

}  // namespace entente

namespace entente {

TEST_CASE("a relative pronoun refers to an actor, not to a place after a preposition of place") {
  const testing::Analysed a("Daesh holds territory in Syria that it seized in 2014.");
  const detail::Arguments args(a[0]);
  const detail::Clause& relative = a[0].clauses[a[0].info[a.token(0, "seized")].clause];
  REQUIRE(relative.kind == detail::ClauseKind::kRelative);
  CHECK_FALSE(args.relative_antecedent(relative));
  const testing::Analysed b("The talks were held with Australia, which supports the plan.");
  const detail::Arguments b_args(b[0]);
  const detail::Clause& which = b[0].clauses[b[0].info[b.token(0, "supports")].clause];
  REQUIRE(which.kind == detail::ClauseKind::kRelative);
  CHECK(b_args.relative_antecedent(which));
}

}  // namespace entente

namespace entente {

TEST_CASE("a time phrase is the whole object of its preposition") {
  const testing::Analysed a("On Tuesday Syrian forces attacked the town.");
  const detail::Arguments args(a[0]);
  CHECK(args.governing_preposition(a.token(0, "syrian")) == detail::kNone);
  const testing::Analysed b("The strikes on Syrian forces continued.");
  const detail::Arguments b_args(b[0]);
  CHECK(b_args.governing_preposition(b.token(0, "syrian")) == b.token(0, "on"));
}

}  // namespace entente
