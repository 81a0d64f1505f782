// Coreference across the sentences of an article (ingest/coreference.h), on texts of our own.
#include "ingest/coreference.h"

#include <doctest/doctest.h>

#include "ingest/analysed.h"

namespace entente {

using testing::Analysed;

TEST_CASE("a pronoun takes the subject of the sentence before over its other actors") {
  const Analysed a("Erdogan met Vladimir Putin and Hassan Rouhani on Monday. He also met Angela Merkel.");
  CHECK(a.entity(1, "he") == "recep-tayyip-erdogan");
}

TEST_CASE("an object pronoun is never the subject of its own clause") {
  const Analysed a("Putin met Assad in Sochi. During the talks, Putin urged him to send envoys.");
  CHECK(a.entity(1, "him") == "bashar-al-assad");
}

TEST_CASE("a possessive prefers a subject, except in the object of a hostile act") {
  const Analysed a("Iran accused Israel of attacking its forces in Syria.");
  CHECK(a.entity(0, "its") == "IRN");
  const Analysed b("Russia resumed its bombardment of the town.");
  CHECK(b.entity(0, "its") == "RUS");
  const Analysed c("Syria said Israel attacked its army.");
  CHECK(c.entity(0, "its") == "SYR");
}

TEST_CASE("coordinated actors are one plural antecedent") {
  const Analysed a("Boucher met Pervez Musharraf and Shaukat Aziz on Tuesday and discussed trade with them.");
  CHECK(a.entity(0, "them") == "shaukat-aziz");
}

TEST_CASE("a bare sector word takes the state its phrase places it in, else the focus") {
  const Analysed a("Russian jets killed 15 civilians in Syria.");
  CHECK(a.entity(0, "civilians") == "SYR");
  const Analysed b("Syrian troops shelled the town. Rebels fired back.");
  CHECK(b.entity(1, "rebels") == "SYR");
}

TEST_CASE("forces led by a state are its forces, led by someone unknown nobody's") {
  const Analysed a("US-led forces invaded the country.");
  CHECK(a.entity(0, "forces") == "USA");
  const Analysed b("Syria is at war. Tribe-led forces attacked the town.");
  CHECK(b.entity(1, "forces").empty());
}

TEST_CASE("the focus country weighs places more than mentions in passing") {
  const Analysed a("US-led coalition jets struck targets in Syria. Civilians fled.");
  CHECK(a.entity(1, "civilians") == "SYR");
}

TEST_CASE("a sector's description refers back to the groups of that sector named before their verb") {
  const Analysed a(
      "Fighters of the Nusra Front and Faylaq al-Sham stormed a hill near Aleppo in Syria. The army "
      "killed 40 militants.");
  CHECK(a.entity(1, "militants") == "faylaq-al-sham");
  const detail::Mention& militants = a.mention_covering(1, "militants");
  CHECK(militants.resolution == detail::Resolution::kAntecedent);
  REQUIRE(militants.companions[0] != detail::kNone);
  CHECK(testing::Shipped::get().dictionary.entities()[militants.companions[0]].id == "hts");
  CHECK(militants.companions[1] == detail::kNone);
}

TEST_CASE("a sector word without a determiner or number, or with no group named before, stays the sector") {
  const Analysed a("The Nusra Front attacked a hill near Aleppo in Syria. Militants fired on the army.");
  CHECK(a.entity(1, "militants") == "SYR");
  const Analysed b("Syrian troops shelled the town. The militants fired back.");
  CHECK(b.entity(1, "militants") == "SYR");
  // A group of another country is not the article's rebels.
  const Analysed c(
      "Hezbollah fighters clashed with rebels in Syria near Aleppo. Syrian jets killed 23 militants.");
  CHECK(c.entity(1, "militants") == "SYR");
}

}  // namespace entente
