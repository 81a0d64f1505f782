#include "core/dictionary.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/text.h"

namespace entente {
namespace {

constexpr std::string_view kSample = R"(
# a comment
[SYR] state Syria
names = Syrian Arab Republic
adjectives = Syrian | Syrians
seats = Damascus

[USA] state United States
names = US | America

[mike-pompeo] person Mike Pompeo
country = USA
names = Pompeo
role = USA | Director of the CIA | 2017-01-23 | 2018-04-26
role = USA | Secretary of State | 2018-04-26 | 2021-01-20

[REB] sector rebels
domestic = yes
words = rebels | insurgents
descriptions = Insurgents | Militants

[hezbollah] group Hezbollah
country = LBN
sector = REB

[MIL] sector military
words = army
)";

Dictionary sample(Diagnostics& diagnostics) {
  Dictionary dict;
  dict.add_text("sample.txt", kSample, diagnostics);
  return dict;
}

}  // namespace

TEST_CASE("entities load with names, adjectives and seats") {
  Diagnostics diagnostics;
  const Dictionary dict = sample(diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(dict.find("SYR") != nullptr);
  CHECK(dict.find("SYR")->key == "SYR");
  CHECK(dict.find("SYR")->country == "SYR");
  CHECK(dict.find("SYR")->origin.line == 3);
  for (const char* name : {"Syria", "Syrian Arab Republic", "Damascus", "Syrians"}) {
    CAPTURE(name);
    const auto entries = dict.lookup(normalize_phrase(name));
    REQUIRE(entries.size() == 1);
    CHECK(dict.entities()[entries[0].index].id == "SYR");
  }
  CHECK(dict.lookup("syrian")[0].kind == NameKind::kAdjective);
  CHECK(dict.lookup("syrian")[0].line == 5);
  CHECK(dict.lookup("damascus")[0].kind == NameKind::kSeat);
  CHECK(dict.lookup("rebels")[0].kind == NameKind::kSectorWord);
  CHECK(dict.lookup("iran").empty());
  CHECK(dict.max_phrase_tokens() == 3);
}

TEST_CASE("names written in capitals are acronyms, unless also listed otherwise") {
  Diagnostics diagnostics;
  Dictionary dict = sample(diagnostics);
  REQUIRE(dict.lookup("us").size() == 1);
  CHECK(dict.lookup("us")[0].acronym);
  CHECK_FALSE(dict.lookup("america")[0].acronym);
  dict.add_text("nato.txt", "[nato] igo NATO\nnames = Nato\n", diagnostics);
  REQUIRE(dict.lookup("nato").size() == 1);
  CHECK_FALSE(dict.lookup("nato")[0].acronym);
}

TEST_CASE("one-word seats and listed names are guarded, other names are not") {
  Diagnostics diagnostics;
  Dictionary dict;
  dict.add_text("jor.txt",
                "[JOR] state Jordan\n"
                "adjectives = Jordanian\n"
                "seats = Amman | Raghadan Palace\n"
                "guarded = Jordan\n"
                "excludes = Michael Jordan\n",
                diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(dict.lookup("jordan")[0].guarded);
  CHECK(dict.lookup("amman")[0].guarded);
  CHECK_FALSE(dict.lookup("raghadan palace")[0].guarded);
  CHECK_FALSE(dict.lookup("jordanian")[0].guarded);
}

TEST_CASE("a guarded phrase that is not a name of its entity is reported") {
  Diagnostics diagnostics;
  Dictionary dict;
  dict.add_text("bad.txt", "[TCD] state Chad\nguarded = Tchad\n", diagnostics);
  REQUIRE(diagnostics.errors() == 1);
  CHECK(diagnostics.items()[0].to_string() == "bad.txt:2: guarded 'tchad' is not a name of 'TCD'");
}

TEST_CASE("excluded phrases are hidden from lookup and listed last by lookup_all") {
  Diagnostics diagnostics;
  Dictionary dict;
  dict.add_text("x.txt",
                "[JOR] state Jordan\nexcludes = Michael Jordan\n"
                "[michael] group Michael Jordan Fan Club\nnames = Michael Jordan\n",
                diagnostics);
  REQUIRE(diagnostics.empty());
  const auto names = dict.lookup("michael jordan");
  REQUIRE(names.size() == 1);
  CHECK(dict.entities()[names[0].index].id == "michael");
  const auto all = dict.lookup_all("michael jordan");
  REQUIRE(all.size() == 2);
  CHECK(all[1].kind == NameKind::kExcluded);
  CHECK(dict.entities()[all[1].index].id == "JOR");
}

TEST_CASE("max_tokens_from bounds the phrases that start with a word") {
  Diagnostics diagnostics;
  const Dictionary dict = sample(diagnostics);
  CHECK(dict.max_tokens_from(dict.words().find("syrian")) == 3);  // "Syrian Arab Republic"
  CHECK(dict.max_tokens_from(dict.words().find("damascus")) == 1);
  CHECK(dict.max_tokens_from(dict.words().find("arab")) == 0);
  CHECK(dict.max_tokens_from(kUnknownWord) == 0);
  // Sector words have their own bound.
  CHECK(dict.max_tokens_from(dict.words().find("rebels")) == 0);
  CHECK(dict.max_sector_tokens_from(dict.words().find("rebels")) == 1);
  CHECK(dict.max_sector_tokens_from(dict.words().find("syrian")) == 0);
}

TEST_CASE("phrases are looked up by the ids of their words as by their text") {
  Diagnostics diagnostics;
  const Dictionary dict = sample(diagnostics);
  const std::vector<WordId> ids = {dict.words().find("syrian"), dict.words().find("arab"),
                                   dict.words().find("republic")};
  REQUIRE(std::find(ids.begin(), ids.end(), kUnknownWord) == ids.end());
  const auto entries = dict.lookup_all(ids, phrase_key(ids));
  REQUIRE(entries.size() == 1);
  CHECK(dict.entities()[entries[0].index].id == "SYR");
  CHECK(entries.data() == dict.lookup("syrian arab republic").data());
  const std::span<const WordId> two(ids.data(), 2);  // "syrian arab" is no phrase
  CHECK(dict.lookup_all(two, phrase_key(two)).empty());
  CHECK(dict.lookup("syrian unknownword").empty());
  CHECK(dict.words().find("unknownword") == kUnknownWord);
}

TEST_CASE("a person resolves by the role held on the date") {
  Diagnostics diagnostics;
  const Dictionary dict = sample(diagnostics);
  const Entity& pompeo = *dict.find("mike-pompeo");
  CHECK(dict.resolve(pompeo, Date::from_ymd(2018, 5, 23)).key == "USA");
  REQUIRE(pompeo.role_on(Date::from_ymd(2018, 4, 26)) != nullptr);
  CHECK(pompeo.role_on(Date::from_ymd(2018, 4, 26))->title == "Secretary of State");  // handover day
  CHECK(pompeo.role_on(Date::from_ymd(2018, 4, 25))->title == "Director of the CIA");
  CHECK(pompeo.role_on(Date::from_ymd(2021, 1, 20)) == nullptr);
  const ActorRef after = dict.resolve(pompeo, Date::from_ymd(2022, 1, 1));
  CHECK(after.key == "mike-pompeo");
  CHECK(after.type == EntityType::kPerson);
}

TEST_CASE("a sector narrows an actor: domestic sectors key ISO3:CODE, others fold into the state") {
  Diagnostics diagnostics;
  const Dictionary dict = sample(diagnostics);
  const Date date = Date::from_ymd(2016, 1, 1);
  const ActorRef rebels = dict.resolve(*dict.find("SYR"), dict.find_sector("REB"), date);
  CHECK(rebels.key == "SYR:REB");
  CHECK(rebels.id == "SYR:REB");
  CHECK(rebels.type == EntityType::kGroup);
  CHECK(rebels.name == "Syria rebels");
  const ActorRef army = dict.resolve(*dict.find("SYR"), dict.find_sector("MIL"), date);
  CHECK(army.key == "SYR");
  CHECK(army.id == "SYR");
  CHECK(army.sector == "MIL");
  // A person in office narrows to the state of the role.
  const ActorRef pompeo =
      dict.resolve(*dict.find("mike-pompeo"), dict.find_sector("REB"), Date::from_ymd(2019, 1, 1));
  CHECK(pompeo.key == "USA:REB");
}

TEST_CASE("a sector lists its descriptions normalized and a group names its sector") {
  Diagnostics diagnostics;
  const Dictionary dict = sample(diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(dict.find_sector("REB") != nullptr);
  CHECK(dict.find_sector("REB")->descriptions == std::vector<std::string>{"insurgents", "militants"});
  CHECK(dict.find_sector("MIL")->descriptions.empty());
  const ActorRef hezbollah = dict.resolve(*dict.find("hezbollah"), Date::from_ymd(2016, 1, 1));
  CHECK(hezbollah.key == "hezbollah");
  CHECK(hezbollah.sector == "REB");
}

TEST_CASE("bad lines are reported as file:line and skipped") {
  Diagnostics diagnostics;
  Dictionary dict;
  dict.add_text("bad.txt",
                "names = orphan\n"
                "[XXX] planet Mars\n"
                "names = Red Planet\n"
                "[GRC] state Greece\n"
                "colour = blue\n"
                "role = GRC | x | 2020-13-01 |\n"
                "adjectives = Greek\n",
                diagnostics);
  REQUIRE(diagnostics.errors() == 4);
  CHECK(diagnostics.items()[0].to_string() == "bad.txt:1: field before any '[ID] TYPE NAME' header");
  CHECK(diagnostics.items()[1].line == 2);
  CHECK(diagnostics.items()[2].line == 5);
  CHECK(diagnostics.items()[3].line == 6);
  CHECK(dict.find("XXX") == nullptr);
  CHECK(dict.lookup("red planet").empty());
  REQUIRE(dict.find("GRC") != nullptr);
  CHECK(dict.lookup("greek").size() == 1);
}

TEST_CASE("a later file overrides an entity by id, names included") {
  Diagnostics diagnostics;
  Dictionary dict = sample(diagnostics);
  dict.add_text("user.txt", "[SYR] state Syria\nnames = Sham\n", diagnostics);
  CHECK(diagnostics.empty());
  CHECK(dict.find("SYR")->origin.file == "user.txt");
  CHECK(dict.lookup("sham").size() == 1);
  CHECK(dict.lookup("damascus").empty());
  CHECK(dict.lookup("syria").size() == 1);
  CHECK(dict.duplicates().empty());  // an override, not a duplicate
}

TEST_CASE("the same id twice in one file is a duplicate; the later block wins") {
  Diagnostics diagnostics;
  Dictionary dict;
  dict.add_text("twice.txt", "[GRC] state Greece\nnames = Hellas\n\n[GRC] state Greece\n", diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(dict.duplicates().size() == 1);
  CHECK(dict.duplicates()[0].id == "GRC");
  CHECK(dict.duplicates()[0].first.line == 1);
  CHECK(dict.duplicates()[0].second.line == 4);
  CHECK(dict.lookup("hellas").empty());
}

TEST_CASE("CAMEO codes find the entity that claims their longest leading blocks") {
  Diagnostics diagnostics;
  Dictionary dict = sample(diagnostics);
  dict.add_text("igo.txt",
                "[un] igo United Nations\ncameo = IGOUNO\n"
                "[unhcr] igo UNHCR\nkey = un\ncameo = IGOUNOREFHCR\n"
                "[CVL] sector civilians\ndomestic = yes\ncameo = REF\n",
                diagnostics);
  REQUIRE(diagnostics.empty());
  std::size_t claimed = 0;
  CHECK(dict.find_cameo("IGOUNOREFHCR", claimed)->id == "unhcr");
  CHECK(claimed == 12);
  CHECK(dict.find_cameo("IGOUNOKID", claimed)->id == "un");
  CHECK(claimed == 6);
  CHECK(dict.find_cameo("SYRGOV", claimed)->id == "SYR");  // a state claims its ISO3
  CHECK(claimed == 3);
  CHECK(dict.find_cameo("HOBGOV", claimed) == nullptr);
  CHECK(dict.find_cameo_sector("REF")->code == "CVL");
  CHECK(dict.find_cameo_sector("REB")->code == "REB");  // a sector claims its own code
  CHECK(dict.find_cameo_sector("MED") == nullptr);
}

TEST_CASE("the shipped dictionaries load cleanly") {
  Diagnostics diagnostics;
  const Dictionary dict = Dictionary::builtin(diagnostics);
  for (const Diagnostic& d : diagnostics.items()) FAIL_CHECK(d.to_string());
  CHECK(dict.find("USA") != nullptr);
  CHECK(dict.find("hezbollah") != nullptr);
  CHECK(dict.duplicates().empty());
}

TEST_CASE("every shipped state is keyed by an ISO 3166 alpha-3 code") {
  // Debian's iso-codes (scripts/install-deps.sh); current codes in 3166-1, former ones in 3166-3.
  std::string codes;
  for (const char* part : {"iso_3166-1.json", "iso_3166-3.json"}) {
    std::ifstream in(std::filesystem::path("/usr/share/iso-codes/json") / part);
    std::ostringstream text;
    text << in.rdbuf();
    codes += text.str();
  }
  if (codes.empty()) {
    MESSAGE("iso-codes not installed: skipped");
    return;
  }
  Diagnostics diagnostics;
  const Dictionary dict = Dictionary::builtin(diagnostics);
  int states = 0;
  for (const Entity& entity : dict.entities()) {
    if (entity.type != EntityType::kState || entity.id == "XKX") continue;  // XKX: user-assigned, for Kosovo
    ++states;
    CAPTURE(entity.id);
    CHECK(codes.find("\"alpha_3\": \"" + entity.id + "\"") != std::string::npos);
  }
  CHECK(states >= 248);
}

}  // namespace entente
