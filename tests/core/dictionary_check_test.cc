#include "core/dictionary_check.h"

#include <doctest/doctest.h>

#include <string>

namespace entente {
namespace {

constexpr std::string_view kStates = R"(
[SYR] state Syria
adjectives = Syrian
[USA] state United States
[RUS] state Russia
[REB] sector rebels
domestic = yes
words = rebels
)";

// Loads kStates, then `text` as a user file, and returns the check's messages.
std::vector<std::string> check(std::string_view text) {
  Diagnostics diagnostics;
  Dictionary dict;
  dict.add_text("states.txt", kStates, diagnostics);
  dict.add_text("user.txt", text, diagnostics);
  REQUIRE(diagnostics.empty());
  check_dictionary(dict, diagnostics);
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics.items()) messages.push_back(d.to_string());
  return messages;
}

}  // namespace

TEST_CASE("the shipped dictionaries pass the checks") {
  Diagnostics diagnostics;
  const Dictionary dict = Dictionary::builtin(diagnostics);
  check_dictionary(dict, diagnostics);
  for (const Diagnostic& d : diagnostics.items()) FAIL_CHECK(d.to_string());
}

TEST_CASE("a clean file passes") {
  CHECK(check("[hts] group Hayat Tahrir al-Sham\ncountry = SYR\nnames = HTS\n").empty());
}

TEST_CASE("duplicates within a file are reported at the second definition") {
  const auto messages = check("[hts] group HTS\ncountry = SYR\n\n[hts] group HTS\ncountry = SYR\n");
  REQUIRE(messages.size() == 1);
  CHECK(messages[0] == "user.txt:4: 'hts' is defined twice (also at user.txt:1)");
}

TEST_CASE("unknown keys and countries are reported") {
  const auto messages = check(
      "[g] group G\ncountry = XYZ\n"
      "[h] group H\nkey = SYR:ZZZ\n"
      "[p] person P\nrole = QQQ | Chief | 2020-01-01 |\n");
  REQUIRE(messages.size() == 3);
  CHECK(messages[0] == "user.txt:1: g: country 'XYZ' is not a state in the dictionaries");
  CHECK(messages[1] == "user.txt:3: h: key 'SYR:ZZZ' names no known state");
  CHECK(messages[2] == "user.txt:6: p: role key 'QQQ' names no known state");
}

TEST_CASE("roles overlapping with different keys are reported, concurrent roles for one state are not") {
  const auto messages = check(
      "[someone] person Some One\n"
      "role = USA | A | 2010-01-01 | 2012-01-01\n"
      "role = SYR | B | 2011-06-01 | 2013-01-01\n"
      "[both] person Both Hats\n"
      "role = USA | President | 2010-01-01 | 2014-01-01\n"
      "role = USA | Defence Minister | 2011-01-01 | 2012-01-01\n");
  REQUIRE(messages.size() == 1);
  CHECK(messages[0] == "user.txt:3: someone: role 'B' (SYR) overlaps 'A' (USA, line 2)");
}

TEST_CASE("a name of two states is a conflicting alias") {
  const auto messages = check("[russia-too] state Syria Two\nkey = RUS\nnames = Syria\n");
  REQUIRE(messages.size() == 1);
  CHECK(messages[0] == "user.txt:3: 'syria' names russia-too (RUS) and SYR (SYR, states.txt:2)");
}

TEST_CASE("a surname shared by persons conflicts only while both are in office with different keys") {
  CHECK(check("[a] person Ann Smith\nnames = Smith\nrole = USA | President | 2001-01-01 | 2005-01-01\n"
              "[b] person Bob Smith\nnames = Smith\nrole = RUS | President | 2005-01-01 | 2009-01-01\n")
            .empty());
  CHECK(check("[a] person Ann Smith\nnames = Smith\nrole = USA | President | 2001-01-01 | 2005-01-01\n"
              "[b] person Bob Smith\nnames = Smith\nrole = USA | Minister | 2003-01-01 | 2009-01-01\n")
            .empty());
  const auto messages = check(
      "[a] person Ann Smith\nnames = Smith\nrole = USA | President | 2001-01-01 | 2005-01-01\n"
      "[b] person Bob Smith\nnames = Smith\nrole = RUS | President | 2004-01-01 | 2009-01-01\n");
  REQUIRE(messages.size() == 1);
  CHECK(messages[0] == "user.txt:5: 'smith' names b (RUS) and a (USA, user.txt:2) on 2004-01-01");
}

TEST_CASE("a word of two sectors, and a phrase both excluded and named, are conflicts") {
  const auto words = check("[OPP] sector opposition\ndomestic = yes\nwords = rebels\n");
  REQUIRE(words.size() == 1);
  CHECK(words[0] == "user.txt:3: 'rebels' is a word of sectors REB and OPP (states.txt:8)");
  const auto excluded = check("[hts] group HTS\ncountry = SYR\nexcludes = Syrian\n");
  REQUIRE(excluded.size() == 1);
  CHECK(excluded[0] == "user.txt:3: 'syrian' is both excluded and a name (hts and SYR, states.txt:3)");
}

}  // namespace entente
