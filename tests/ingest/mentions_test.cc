// The actors a sentence names (ingest/mentions.h), on texts of our own.
#include "ingest/mentions.h"

#include <doctest/doctest.h>

#include "ingest/analysed.h"

namespace entente {

using testing::Analysed;

TEST_CASE("a capital in capitals before the sentence proper is a dateline, not an actor") {
  const Analysed a("BEIRUT Air strikes in Syria killed 22 people.");
  CHECK(a.mention_covering(0, "beirut").modifier_only);
  const Analysed b("ISIL Kills 20 Fighters In Syria");  // a headline names actors in capitals
  CHECK_FALSE(b.mention_covering(0, "isil").modifier_only);
}

TEST_CASE("an acronym defined in parentheses names the entity for the rest of the article") {
  const Analysed a(
      "The International Commission of Jurists (ICJ) criticized Nepal. The ICJ met Maoist rebels.");
  CHECK(a.entity(1, "icj") == "international-commission-of-jurists");
  const Analysed b("The ICJ ruled on the case.");  // undefined, it keeps its dictionary meaning
  CHECK(b.entity(0, "icj") != "international-commission-of-jurists");
}

TEST_CASE("a person named in full is named by the surname for the rest of the article") {
  const Analysed a("Clinton met Hong Kong Democratic Party leader Martin Lee. Lee urged Clinton to act.");
  CHECK(a.entity(1, "lee") == a.entity(0, "martin"));
  CHECK_FALSE(a.entity(1, "lee").empty());
}

TEST_CASE("a person speaking for a state is learned by the surname, never by a day after it") {
  const Analysed a("French envoy Jean Dubois Monday met Vladimir Putin. Dubois said Monday was calm.");
  CHECK(a.entity(0, "dubois") == "FRA");
  CHECK(a.entity(1, "dubois") == "FRA");
  CHECK(a.entity(1, "monday").empty());
}

TEST_CASE("a state named as a place affiliates nobody") {
  const Analysed a("The talks in Syria Terje Roed-Larsen chaired ended. Roed-Larsen praised Israel.");
  CHECK(a.entity(0, "terje").empty());
  CHECK(a.entity(1, "larsen").empty());
}

TEST_CASE("a located description names the group named last, and its place names no actor") {
  const Analysed a(
      "Amnesty International accused Syria of torture. The Geneva-based group also criticised Turkey. "
      "The London-based rights watchdog condemned Israel.");
  const detail::Mention& located = a.mention_covering(1, "geneva");
  CHECK(located.kind == detail::MentionKind::kPronoun);
  CHECK(a.mention(1, a.mention_at(1, "geneva")) == "The Geneva-based group");
  CHECK(a.entity(1, "geneva") == "amnesty-international");
  CHECK(a.entity(2, "watchdog") == "amnesty-international");
  CHECK(a.mention_at(2, "london") == a.mention_at(2, "watchdog"));
  const Analysed b("A Britain-based monitor said troops shelled the town.");  // no description
  CHECK(b.mention_covering(0, "britain").modifier_only);
}

TEST_CASE("a description before or around a name is no description") {
  const Analysed a(
      "Amnesty International accused Syria of torture. The UN nuclear watchdog met Iran. The militant "
      "group Hezbollah attacked Israel.");
  CHECK(a.entity(1, "watchdog") == "iaea");
  CHECK(a.mention_at(2, "group") == detail::kNone);
  CHECK(a.entity(2, "hezbollah") == "hezbollah");
}

TEST_CASE("an unknown person set beside a title by a comma speaks for the title's organisation") {
  const Analysed a(
      "Stephan Lehne, the EU's envoy to the talks, criticised Serbia. Lehne later met Kosovo leaders. "
      "\"Progress is slow,\" said the Dutch representative to the Kosovo talks, Pieter van Damme. Damme "
      "left.");
  CHECK(a.entity(0, "stephan") == "eu");
  CHECK(a.mention_covering(0, "lehne").person);
  CHECK(a.mention_at(0, "stephan") != a.mention_at(0, "eu"));
  CHECK(a.entity(1, "lehne") == "eu");
  CHECK(a.entity(2, "pieter") == "NLD");
  CHECK(a.entity(2, "kosovo") == "XKX");
  for (std::size_t m = 1; m < a[2].mentions.size(); ++m)  // still in token order
    CHECK(a[2].mentions[m - 1].last <= a[2].mentions[m].first);
  CHECK(a.mention(2, a.mention_at(2, "pieter")) == "Pieter van Damme");
  CHECK(a.entity(3, "damme") == "NLD");
}

TEST_CASE("a place, a list and a former office introduce nobody") {
  const Analysed a(
      "Troops shelled homes in the Gaza Strip, a UN official said. Talks between Japan and North Korea, "
      "Li Wenbo, the Chinese ambassador, said, went well. Hans Ostermann, the former German envoy, "
      "criticised Iran.");
  CHECK(a.mention_at(0, "gaza") == detail::kNone);
  CHECK(a.mention_at(1, "wenbo") == detail::kNone);
  CHECK(a.mention_at(2, "ostermann") == detail::kNone);
}

TEST_CASE("a title before its organisation affiliates the person beside it, a firm or party nobody") {
  const Analysed a(
      "Sami Darwish, a senior spokesman for Hamas, condemned Israel. Darwish left. Omar Haddad, the "
      "president of the Jordanian branch of a bank, spoke. Avi Peretz, an Israeli party head, spoke.");
  CHECK(a.entity(0, "sami") == "hamas");
  CHECK(a.entity(1, "darwish") == "hamas");
  CHECK(a.mention_at(2, "omar") == detail::kNone);
  CHECK(a.mention_at(3, "avi") == detail::kNone);
}

TEST_CASE("a state's envoy to an organisation speaks for the state, a delegate from a state for nobody") {
  const Analysed a(
      "Syria's UN envoy Omar Khalil accused Israel. Khalil left. Ahmad Nouri, the Iranian UN "
      "ambassador, condemned Israel. Karim Saleh, a UN delegate from Qatar, spoke.");
  CHECK(a.entity(0, "khalil") == "SYR");
  CHECK(a.entity(1, "khalil") == "SYR");
  CHECK(a.entity(2, "ahmad") == "IRN");
  CHECK(a.mention_at(3, "karim") == detail::kNone);
}

TEST_CASE("the head noun of an organisation's name names it for the rest of the article") {
  const Analysed a(
      "The Syrian Observatory for Human Rights counted the dead. The Observatory said coalition "
      "warplanes struck. The coalition denied it. The US-led coalition struck again. Coalition "
      "aircraft returned. The coalition forces withdrew.");
  CHECK(a.entity(1, "observatory") == "sohr");
  CHECK(a.mention_covering(1, "observatory").resolution == detail::Resolution::kAntecedent);
  // Not before the article names it in full, nor for the head of a longer phrase.
  CHECK(a.entity(1, "coalition").empty());
  CHECK(a.mention_at(2, "coalition") == detail::kNone);
  CHECK(a.entity(4, "aircraft") == "us-led-coalition");
  // "the coalition forces" are no description of the coalition but its forces: the same actor.
  CHECK(a.mention_covering(5, "coalition").kind == detail::MentionKind::kSector);
  CHECK(a.entity(5, "forces") == "us-led-coalition");
}

}  // namespace entente
