// Verb groups, voice and the reality of acts (ingest/verb_groups.h), on sentences of our own.
#include "ingest/verb_groups.h"

#include <doctest/doctest.h>

#include "ingest/analysed.h"

namespace entente {
namespace {

using detail::kNone;
using testing::Analysed;

const detail::TriggerMatch& trigger(const Analysed& a, std::string_view word) {
  const detail::Sentence& s = a[0];
  const std::uint32_t t = s.info[a.token(0, word)].trigger;
  REQUIRE(t != kNone);
  return s.triggers[t];
}

bool passive(const Analysed& a, std::string_view word) {
  const detail::Arguments args(a[0]);
  const detail::VerbGroups verbs(a[0], args);
  const detail::TriggerMatch& tm = trigger(a, word);
  return verbs.passive(tm, verbs.group(tm.first));
}

bool unreal(const Analysed& a, std::string_view word) {
  const detail::Arguments args(a[0]);
  const detail::VerbGroups verbs(a[0], args);
  const detail::TriggerMatch& tm = trigger(a, word);
  std::uint32_t governor = kNone;
  return verbs.unreal_noun(tm, a[0].info[tm.first].clause, governor);
}

}  // namespace

TEST_CASE("a verb group says whether its verb is negated, modal or an infinitive") {
  const Analysed a(
      "Israel did not attack Iran, but Russia would strike Syria and Iran refused to meet Turkey.");
  const detail::Arguments args(a[0]);
  const detail::VerbGroups verbs(a[0], args);
  CHECK(verbs.group(a.token(0, "attack")).negated);
  CHECK(verbs.group(a.token(0, "strike")).modal);
  const detail::VerbGroup meet = verbs.group(a.token(0, "meet"));
  CHECK(meet.infinitive);
  CHECK(meet.governor == a.token(0, "refused"));
}

TEST_CASE("passives with and without 'be'") {
  CHECK(passive(Analysed("Iran was attacked by Israel."), "attacked"));
  CHECK(passive(Analysed("Thousands of civilians were kidnapped and tortured by the militia."), "tortured"));
  CHECK(passive(Analysed("Since 2003, 126 British soldiers killed in Iraq."), "killed"));
  CHECK_FALSE(passive(Analysed("Five gunmen killed three soldiers."), "killed"));
  CHECK_FALSE(passive(Analysed("Israel attacked Iran."), "attacked"));
}

TEST_CASE("acts named by nouns that did not happen") {
  CHECK(unreal(Analysed("The upcoming visit to Vietnam was discussed."), "visit"));
  CHECK(unreal(Analysed("Washington failed in its efforts to launch an offensive."), "offensive"));
  CHECK(unreal(Analysed("Russia will conduct raids on Turkey."), "raids"));
  CHECK_FALSE(unreal(Analysed("Russia conducted raids on Turkey."), "raids"));
  CHECK_FALSE(unreal(Analysed("China's continued support to Zambia was praised."), "support"));
}

TEST_CASE("conditional and denied clauses are hypothetical") {
  const Analysed a("If Iran attacks Israel, the United States will respond.");
  const detail::Arguments args(a[0]);
  const detail::VerbGroups verbs(a[0], args);
  CHECK(verbs.hypothetical(a[0].info[a.token(0, "attacks")].clause));
  CHECK_FALSE(verbs.hypothetical(a[0].info[a.token(0, "respond")].clause));
}

}  // namespace entente
