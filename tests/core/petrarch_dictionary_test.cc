#include "core/petrarch_dictionary.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

#include "core/name_matcher.h"
#include "core/text.h"

namespace entente {
namespace {

// Our states, sectors and an IGO, as the shipped dictionaries would give them.
constexpr std::string_view kOurs = R"(
[AFG] state Afghanistan
[SYR] state Syria
[PSE] state Palestine
[XKX] state Kosovo
cameo = KSV
[un] igo United Nations
names = UN
cameo = IGOUNO
[GOV] sector government
[MIL] sector military
[REB] sector rebels
domestic = yes
cameo = INS
)";

Dictionary ours() {
  Diagnostics diagnostics;
  Dictionary dict;
  dict.add_text("ours.txt", kOurs, diagnostics);
  REQUIRE(diagnostics.empty());
  return dict;
}

// The key `text` resolves to on `date`, or "-" when no name is found.
std::string key_of(const Dictionary& dict, std::string_view text, Date date) {
  TokenBuffer tokens;
  tokenize(text, 0, tokens);
  std::vector<NameMatch> matches;
  NameMatcher matcher(dict);
  matcher.find(tokens, 0, static_cast<std::uint32_t>(tokens.size()), date, matches);
  return matches.empty() ? "-" : matcher.resolve(matches.front(), date).key;
}

}  // namespace

TEST_CASE("CAMEO codes map to our keys, and unknown codes are kept") {
  const Dictionary dict = ours();
  CHECK(map_cameo_code(dict, "SYR").key == "SYR");
  CHECK(map_cameo_code(dict, "SYR").entity == dict.find("SYR"));
  const CameoActor government = map_cameo_code(dict, "SYRGOV");
  CHECK(government.key == "SYR");
  CHECK(government.sector == "GOV");
  CHECK(government.type == EntityType::kAgency);
  CHECK(government.entity == nullptr);
  CHECK(map_cameo_code(dict, "SYRREB").key == "SYR:REB");
  CHECK(map_cameo_code(dict, "SYRINS").key == "SYR:REB");  // INS is claimed by REB
  CHECK(map_cameo_code(dict, "SYRMED").key == "SYR:MED");  // no sector of ours: kept
  CHECK(map_cameo_code(dict, "pse").key == "PSE");
  CHECK(map_cameo_code(dict, "KSV").key == "XKX");
  CHECK(map_cameo_code(dict, "IGOUNO").entity == dict.find("un"));
  const CameoActor unicef = map_cameo_code(dict, "IGOUNOKID");
  CHECK(unicef.key == "un");
  CHECK(unicef.entity == nullptr);
  CHECK(unicef.type == EntityType::kIgo);
  CHECK(map_cameo_code(dict, "IGOEUREEC").key == "IGOEUREEC");
  CHECK(map_cameo_code(dict, "NGO").key == "NGO");
  CHECK(map_cameo_code(dict, "HOBGOV").key == "HOB");
  CHECK(map_cameo_code(dict, "MORORC").key == "MOR:ORC");
  CHECK(map_cameo_code(dict, "ELR/GAL").key == "ELR/GAL");
  CHECK(map_cameo_code(dict, "---").key.empty());
}

TEST_CASE("actor records: synonyms, codes on the phrase line, tab restrictions and comments") {
  Dictionary dict = ours();
  Diagnostics diagnostics;
  add_petrarch_actors(dict, "test.actors",
                      "<!-- a comment\n"
                      "   over two lines -->\n"
                      "# another\n"
                      "AFGHANISTAN_  [AFG]\n"
                      "+KABUL_\n"
                      "AFGHAN_ARMY [AFGMIL] # troops\n"
                      "HAMID_KARZAI_  ; CountryInfo.txt\n"
                      "+KARZAI\n"
                      "\t[AFGELI 661201-011221]\n"
                      "\t[AFGGOV 011222-140929]\n"
                      "\t[AFGELI]\n"
                      "JOHN_DOE_\t[SYRGOV 20100101-20111231] [SYRREB >20120101]\n",
                      diagnostics);
  REQUIRE(diagnostics.empty());
  // A record whose only code names one of our entities adds names to it.
  CHECK(key_of(dict, "Kabul", Date::from_ymd(2005, 1, 1)) == "AFG");
  REQUIRE(dict.lookup("kabul").size() == 1);
  CHECK(dict.entities()[dict.lookup("kabul")[0].index].id == "AFG");
  CHECK(dict.origin(dict.lookup("kabul")[0]).file == "test.actors");
  CHECK(dict.origin(dict.lookup("kabul")[0]).line == 5);
  // Others become entities of their own.
  const Entity* army = dict.find("petrarch:afghan-army");
  REQUIRE(army != nullptr);
  CHECK(army->type == EntityType::kAgency);
  CHECK(army->key == "AFG");
  CHECK(army->sector == "MIL");
  const Entity* karzai = dict.find("petrarch:hamid-karzai");
  REQUIRE(karzai != nullptr);
  CHECK(karzai->name == "Hamid Karzai");
  CHECK(karzai->type == EntityType::kPerson);
  CHECK(karzai->origin.line == 7);
  CHECK(karzai->roles.size() == 2);
  CHECK(key_of(dict, "Karzai", Date::from_ymd(2005, 1, 1)) == "AFG");
  CHECK(key_of(dict, "Karzai", Date::from_ymd(1999, 1, 1)) == "AFG:ELI");
  CHECK(key_of(dict, "Karzai", Date::from_ymd(2016, 1, 1)) == "AFG:ELI");  // the default code
  CHECK(key_of(dict, "John Doe", Date::from_ymd(2011, 6, 1)) == "SYR");
  CHECK(key_of(dict, "John Doe", Date::from_ymd(2012, 1, 1)) == "SYR:REB");  // bounds are inclusive
  CHECK(key_of(dict, "John Doe", Date::from_ymd(2009, 1, 1)) == "-");        // no default: no actor
}

TEST_CASE("the first restriction that holds wins, and two-digit years up to 30 are 20yy") {
  Dictionary dict = ours();
  Diagnostics diagnostics;
  add_petrarch_actors(dict, "t",
                      "SAM_GAMGEE [HOB]\n"
                      "\t[HOBCIV <080120]\n"
                      "\t[ORCHOB 20100109-20100112]\n"
                      "\t[HOBMIL 20080120-20121109]\n",
                      diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(key_of(dict, "Sam Gamgee", Date::from_ymd(2008, 1, 20)) == "HOB:CIV");
  CHECK(key_of(dict, "Sam Gamgee", Date::from_ymd(2010, 1, 10)) == "ORC:HOB");
  CHECK(key_of(dict, "Sam Gamgee", Date::from_ymd(2010, 2, 1)) == "HOB");
  CHECK(key_of(dict, "Sam Gamgee", Date::from_ymd(2015, 1, 1)) == "HOB");  // the default
}

TEST_CASE("primary phrases without codes share the codes of the next record that has some") {
  Dictionary dict = ours();
  Diagnostics diagnostics;
  add_petrarch_actors(dict, "t",
                      "U.N._\n"
                      "UN_SECRETARY_GENERAL\n"
                      "+UN_CHIEF\n"
                      "\t[IGOUNO]\n"
                      "BOROMIR  [---]\n",
                      diagnostics);
  REQUIRE(diagnostics.empty());
  const Date date = Date::from_ymd(2010, 1, 1);
  CHECK(key_of(dict, "U.N.", date) == "un");
  CHECK(key_of(dict, "UN secretary general", date) == "un");
  CHECK(key_of(dict, "UN chief", date) == "un");
  // The null code: the phrase is known and names no actor.
  REQUIRE(dict.lookup("boromir").size() == 1);
  CHECK(key_of(dict, "Boromir", date) == "-");
  // A PETRARCH word of two or three letters is an acronym; longer phrases are not.
  CHECK(dict.lookup("un chief")[0].acronym == false);
  CHECK(key_of(dict, "told us", date) == "-");
}

TEST_CASE("unreadable actor lines are reported as file:line and the rest loads") {
  Dictionary dict = ours();
  Diagnostics diagnostics;
  add_petrarch_actors(dict, "bad.actors",
                      "\t[SYRGOV]\n"
                      "+ORPHAN\n"
                      "GOOD_ONE [SYR]\n"
                      "\t[SYRGOV 9008223-911221]\n"
                      "\t[SYRGOV 20121207-20120802]\n"
                      "\t[SYRGOV >2010050111]\n"
                      "\t[SYRGOV 19820101]\n"
                      "+WITH_CODE [SYR]\n"
                      "BROKEN [SYR\n"
                      "GOOD_TWO [SYRREB]\n",
                      diagnostics);
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics.items()) messages.push_back(d.to_string());
  REQUIRE(messages.size() == 8);
  CHECK(messages[0] == "bad.actors:1: date restriction before any phrase");
  CHECK(messages[1] == "bad.actors:2: synonym before any primary phrase");
  CHECK(messages[2] == "bad.actors:4: cannot read the dates in '[SYRGOV 9008223-911221]' (yymmdd-yymmdd)");
  CHECK(messages[3] == "bad.actors:5: '[SYRGOV 20121207-20120802]' ends before it starts");
  CHECK(messages[4] == "bad.actors:6: cannot read the date in '[SYRGOV >2010050111]' (yymmdd or yyyymmdd)");
  CHECK(messages[5] == "bad.actors:7: cannot read the dates in '[SYRGOV 19820101]' (yymmdd-yymmdd)");
  CHECK(messages[6] == "bad.actors:8: a '+' synonym takes no code");
  CHECK(messages[7] == "bad.actors:9: '[' without ']'");
  CHECK(key_of(dict, "Good one", Date::from_ymd(2000, 1, 1)) == "SYR");
  CHECK(key_of(dict, "Good two", Date::from_ymd(2000, 1, 1)) == "SYR:REB");
}

TEST_CASE("agents become sector words, with plurals and substitutions") {
  Dictionary dict = ours();
  Diagnostics diagnostics;
  add_petrarch_agents(dict, "test.agents",
                      "!PERSON! = MAN, MEN, WOMAN\n"
                      "PRESIDENT [~GOV]\n"
                      "AUTHORITY [~GOV]\n"
                      "ATTORNEY [~JUD]\n"
                      "TROOPS {} [~MIL]\n"
                      "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
                      "CONGRESS!PERSON! [~LEG]\n"
                      "HUMAN_RIGHTS_BODY [NGO~]\n"
                      "ISLAMIC_EXTREMIST\n"
                      "SPY [GOV]\n",
                      diagnostics);
  REQUIRE(diagnostics.errors() == 2);
  CHECK(diagnostics.items()[0].to_string() == "test.agents:9: expected 'PHRASE [~CODE]'");
  CHECK(diagnostics.items()[1].to_string() ==
        "test.agents:10: agent code 'GOV' needs a '~' before or after it");
  auto sector_of = [&](std::string_view phrase) {
    const auto entries = dict.lookup(phrase);
    return entries.empty() ? std::string("-") : dict.sectors()[entries[0].index].code;
  };
  CHECK(sector_of("president") == "GOV");
  CHECK(sector_of("presidents") == "GOV");
  CHECK(sector_of("authorities") == "GOV");
  CHECK(sector_of("attorneys") == "JUD");
  CHECK(sector_of("troops") == "MIL");
  CHECK(sector_of("troopses") == "-");
  CHECK(sector_of("golden geese") == "GGS");
  CHECK(sector_of("congresswoman") == "LEG");
  CHECK(sector_of("congressmen") == "LEG");
  CHECK(sector_of("human rights body") == "NGO");
  REQUIRE(dict.find_sector("GGS") != nullptr);
  CHECK(dict.find_sector("GGS")->domestic);
  CHECK(dict.find_sector("GGS")->origin.line == 6);
  // An agent word after a state's adjective narrows it like our own sector words.
  dict.add_text("adj.txt", "[SYR] state Syria\nadjectives = Syrian\n", diagnostics);
  CHECK(key_of(dict, "Syrian congressmen", Date::from_ymd(2010, 1, 1)) == "SYR:LEG");
  CHECK(key_of(dict, "Syrian authorities", Date::from_ymd(2010, 1, 1)) == "SYR");
}

TEST_CASE("discard lists match phrases, stems and whole words") {
  DiscardList discards;
  Diagnostics diagnostics;
  discards.add_text("test.discards", "+ACADEMY AWARD   # LRP\nWORLD CUP\nBATSM\nBOXING_\n", diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(discards.size() == 4);
  const DiscardList::Discard* award = discards.find(normalize_phrase("She won an Academy Award."));
  REQUIRE(award != nullptr);
  CHECK(award->whole_story);
  CHECK(award->origin.line == 1);
  CHECK(discards.find(normalize_phrase("the World Cup final"))->phrase == "world cup");
  CHECK(discards.find(normalize_phrase("two batsmen"))->phrase == "batsm");  // a stem
  CHECK(discards.find(normalize_phrase("boxing day")) != nullptr);
  CHECK(discards.find(normalize_phrase("kickboxing")) == nullptr);  // must start a word
  CHECK(discards.find(normalize_phrase("boxings")) == nullptr);     // `_`: must end one
  CHECK(discards.find(normalize_phrase("Syria rejected the demand")) == nullptr);
}

TEST_CASE("the Phoenix and validation dictionaries load completely") {
  const std::filesystem::path peers = std::filesystem::path(ENTENTE_SHARED_DIR) / "peers" / "petrarch2";
  if (!std::filesystem::exists(peers / "Phoenix.Countries.actors.txt")) {
    MESSAGE("../shared/peers/petrarch2 absent: skipped");
    return;
  }
  Diagnostics diagnostics;
  Dictionary dict = Dictionary::builtin(diagnostics);
  REQUIRE(diagnostics.empty());
  const std::size_t shipped = dict.entities().size();
  for (const char* file : {"Phoenix.agents.txt", "PETR.Validate.agents.txt"}) {
    REQUIRE(add_petrarch_agents_file(dict, (peers / file).string(), diagnostics).ok());
  }
  for (const char* file : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                           "Phoenix.MilNonState.actors.txt", "PETR.Validate.actors.txt"}) {
    REQUIRE(add_petrarch_actors_file(dict, (peers / file).string(), diagnostics).ok());
  }
  DiscardList discards;
  REQUIRE(discards.add_file((peers / "Phoenix.discards.txt").string(), diagnostics).ok());
  REQUIRE(discards.add_file((peers / "PETR.Validate.discards.txt").string(), diagnostics).ok());
  // Every line is read but these, which are malformed in the files themselves.
  std::set<std::string> unreadable;
  for (const Diagnostic& d : diagnostics.items()) {
    unreadable.insert(std::filesystem::path(d.file).filename().string() + ":" + std::to_string(d.line));
  }
  CHECK(unreadable == std::set<std::string>{
                          "Phoenix.agents.txt:1927",  // a phrase without a code
                          "Phoenix.Countries.actors.txt:2039", "Phoenix.Countries.actors.txt:14190",
                          "Phoenix.Countries.actors.txt:18010", "Phoenix.Countries.actors.txt:22508",
                          "Phoenix.Countries.actors.txt:22519", "Phoenix.Countries.actors.txt:31715",
                          "Phoenix.Countries.actors.txt:43613", "Phoenix.Countries.actors.txt:51384",
                          "Phoenix.International.actors.txt:40",  // dates of 7 or 10 digits, or reversed
                      });
  CHECK(dict.entities().size() > shipped + 20000);
  CHECK(discards.size() > 500);
  // Phoenix: a dated person; our shipped name wins over Phoenix's for the same group.
  CHECK(key_of(dict, "Hamid Karzai", Date::from_ymd(2005, 1, 1)) == "AFG");
  CHECK(key_of(dict, "Hezbollah", Date::from_ymd(2005, 1, 1)) == "hezbollah");
  // The validation suite's made-up countries and date restrictions.
  CHECK(key_of(dict, "Frodo", Date::from_ymd(2000, 1, 1)) == "HOB");
  CHECK(key_of(dict, "Gollum", Date::from_ymd(1997, 1, 1)) == "HOB");
  CHECK(key_of(dict, "Gollum", Date::from_ymd(2000, 1, 1)) == "HOB:REB");
  CHECK(key_of(dict, "Sam Gamgee", Date::from_ymd(2010, 1, 10)) == "ORC:HOB");
  CHECK(key_of(dict, "Minas Tirith", Date::from_ymd(2000, 1, 1)) == "GON");
  CHECK(key_of(dict, "Mordor", Date::from_ymd(2000, 1, 1)) == "MOR");
}

}  // namespace entente
