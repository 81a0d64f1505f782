// Pairing triggers with their source and target (ingest/pairing.h, pairer.h: verbs in
// pairing.cc, nouns, roles and people in nominals.cc), on sentences of our own. Candidates are
// shown with the mentions' words, before actors are resolved to keys.
#include "ingest/pairing.h"

#include <doctest/doctest.h>

#include <string>

#include "ingest/analysed.h"

namespace entente {
namespace {

using testing::Analysed;
// The candidates of the first sentence of `text`, joined by "; ".
std::string pairs(const std::string& text) {
  const Analysed a(text);
  std::string out;
  for (const std::string& pair : a.pairs(0)) {
    if (!out.empty()) out.append("; ");
    out.append(pair);
  }
  return out;
}

}  // namespace

TEST_CASE("verbs: active, slots, places, passives and agents of named acts") {
  CHECK(pairs("Israel struck a number of Iranian targets.") == "Israel strike Iranian");
  CHECK(pairs("Russia called on Turkey to withdraw.") == "Russia demand Turkey");
  CHECK(pairs("Israel struck targets in Syria.") == "Israel strike Syria");
  CHECK(pairs("Five people were killed in air strikes carried out by Russian jets.") ==
        "Russian jets strike people");
}

TEST_CASE("by and a gerund is a means, not the agent of the noun before it") {
  CHECK(pairs("Iran sent troops in support of Syria by sending Hezbollah fighters.").empty());
  CHECK(pairs("Iran announced support for Syria by Hezbollah.") == "Hezbollah support Syria");
}

TEST_CASE("a mutual act without its other side pairs its coordinated subjects") {
  CHECK(pairs("Israel and Syria held talks in Geneva.") == "Israel consult Syria; Syria consult Israel");
  CHECK(pairs("Israel and Syria met separately with Turkey.") ==
        "Israel consult Turkey; Turkey consult Israel; Syria consult Turkey; Turkey consult Syria");
}

TEST_CASE("gerunds: the accused, and the subject of the gerund they extend") {
  CHECK(pairs("Iran accused Israel of attacking its forces.") ==
        "Iran accuse Israel; Israel strike its forces");
  CHECK(pairs("Damascus accused Ankara of fuelling the war by arming rebels.") ==
        "Damascus accuse Ankara; Ankara aid rebels");
  CHECK(pairs("Washington has no intention of attacking or invading Pyongyang.").empty());
}

TEST_CASE("refusals and speech acts") {
  CHECK(pairs("Iran refused to meet the United States.") == "Iran reject United States");
  CHECK(pairs("Iran threatened to wipe Israel off the map.") == "Iran threaten Israel");
  CHECK(pairs("Cuba condemned the bombings in Kenya.").empty());
}

TEST_CASE("nouns: owners, agents, sources after 'from' and beneficiaries") {
  CHECK(pairs("Israel's air strikes on Hezbollah continued.") == "Israel's strike Hezbollah");
  CHECK(pairs("An attack by Hamas on Israel was reported.") == "Hamas strike Israel");
  CHECK(pairs("Syria appreciates the military aid from Russia.") == "Russia aid Syria; Syria support Russia");
  CHECK(pairs("Syria rejected American calls for a withdrawal of Iranian troops.") ==
        "Syria reject American; American demand Iranian troops");
}

TEST_CASE("standing relations and stances") {
  CHECK(pairs("Russia, a key ally of Iran, sent advisers.") == "Russia support Iran");
  CHECK(pairs("Siniora accused Hezbollah and Amal, the main pro-Syrian groups, of meddling.") ==
        "Siniora accuse Hezbollah; Siniora accuse Amal; Hezbollah support Syrian; Amal support Syrian");
}

TEST_CASE("people named through an act: protesters and the coerced") {
  CHECK(pairs("The war in Syria began with anti-government protests.") ==
        "people of government protest government");
  CHECK(pairs("The Syrian regime cracked down on pro-democracy protests.") ==
        "Syrian regime coerce people of Syrian regime; people of Syrian regime protest Syrian regime");
  CHECK(pairs("The Syrian regime tightened its siege of the city.") == "its coerce people of its");
}

}  // namespace entente
