#include "core/dictionary.h"

#include <doctest/doctest.h>

#include "core/dictionary_check.h"
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
  CHECK(dict.lookup("damascus")[0].kind == NameKind::kSeat);
  CHECK(dict.lookup("rebels")[0].kind == NameKind::kSectorWord);
  CHECK(dict.lookup("iran").empty());
  CHECK(dict.max_phrase_tokens() == 3);
}

TEST_CASE("names written in capitals are acronyms") {
  Diagnostics diagnostics;
  const Dictionary dict = sample(diagnostics);
  REQUIRE(dict.lookup("us").size() == 1);
  CHECK(dict.lookup("us")[0].acronym);
  CHECK_FALSE(dict.lookup("america")[0].acronym);
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
}

TEST_CASE("the shipped dictionaries load cleanly and pass the checks") {
  Diagnostics diagnostics;
  const Dictionary dict = Dictionary::builtin(diagnostics);
  check_dictionary(dict, diagnostics);
  for (const Diagnostic& d : diagnostics.items()) FAIL_CHECK(d.to_string());
  CHECK(dict.find("USA") != nullptr);
  CHECK(dict.find("hezbollah") != nullptr);
}

TEST_CASE("checks find overlapping roles of different keys and unknown keys") {
  Diagnostics diagnostics;
  Dictionary dict = sample(diagnostics);
  dict.add_text("roles.txt",
                "[someone] person Some One\n"
                "role = USA | A | 2010-01-01 | 2012-01-01\n"
                "role = SYR | B | 2011-06-01 | 2013-01-01\n"
                "role = XYZ | C | 2014-01-01 |\n"
                "[both] person Both Hats\n"
                "role = USA | President | 2010-01-01 | 2014-01-01\n"
                "role = USA | Defence Minister | 2011-01-01 | 2012-01-01\n",
                diagnostics);
  REQUIRE(diagnostics.empty());
  check_dictionary(dict, diagnostics);
  REQUIRE(diagnostics.errors() == 2);
  CHECK(diagnostics.items()[0].message.find("'XYZ'") != std::string::npos);
  CHECK(diagnostics.items()[1].message.find("overlaps") != std::string::npos);
  CHECK(diagnostics.items()[1].line == 3);
}

}  // namespace entente
