#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace entente {
namespace {

// The shipped dictionaries and lexicon, loaded once.
struct Fixture {
  Diagnostics diagnostics;
  Dictionary dictionary = Dictionary::builtin(diagnostics);
  std::unique_ptr<Lexicon> lexicon = builtin_lexicon(diagnostics);
};

const Fixture& fixture() {
  static const Fixture f;
  return f;
}

std::vector<Event> code(const std::string& body, bool explain = false) {
  Article article;
  article.id = "t";
  article.file = "t.txt";
  article.date = Date::from_ymd(2018, 5, 23);
  article.text = "\n\n" + body + "\n";
  Coder coder(fixture().dictionary, *fixture().lexicon, CoderOptions{explain});
  std::vector<Event> events;
  coder.code(article, events);
  return events;
}

std::vector<std::string> triples(const std::string& body) {
  std::vector<std::string> out;
  for (const Event& e : code(body)) {
    out.push_back(e.source.key + " " + std::string(relation_name(e.relation)) + " " + e.target.key);
  }
  return out;
}

}  // namespace

TEST_CASE("active and passive verbs") {
  CHECK(triples("Israel attacked Iran.") == std::vector<std::string>{"ISR strike IRN"});
  CHECK(triples("Iran was attacked by Israel.") == std::vector<std::string>{"ISR strike IRN"});
  CHECK(triples("Russia praised Turkey.") == std::vector<std::string>{"RUS support TUR"});
}

TEST_CASE("negated and hypothetical acts are not events") {
  CHECK(triples("Israel did not attack Iran.").empty());
  CHECK(triples("Israel would attack Iran.").empty());
  CHECK(triples("Israel plans to attack Iran.").empty());
}

TEST_CASE("adjectives with sector words name actors, and domestic sectors key ISO3:SECTOR") {
  CHECK(triples("The Syrian army attacked Syrian rebels.") == std::vector<std::string>{"SYR strike SYR:REB"});
}

TEST_CASE("acronyms match only in capitals") {
  CHECK(triples("The US warned Iran.") == std::vector<std::string>{"USA threaten IRN"});
  CHECK(triples("He told us Iran warned Israel.") == std::vector<std::string>{"IRN threaten ISR"});
}

TEST_CASE("persons are keyed by their role on the article's date") {
  const std::vector<Event> events = code("Pompeo warned Iran.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].source.id == "mike-pompeo");
  CHECK(events[0].source.key == "USA");
  CHECK(events[0].source.type == EntityType::kPerson);
  CHECK(events[0].source.mention == "Pompeo");
}

TEST_CASE("an article counts each triple once and a dyad needs two distinct actors") {
  CHECK(triples("Israel attacked Iran. Israel attacked Iran again.").size() == 1);
  CHECK(triples("Syria attacked Damascus.").empty());
}

TEST_CASE("events cite their sentence and, when asked, explain themselves") {
  const std::vector<Event> events = code("Nothing here. Israel struck Iran.", true);
  REQUIRE(events.size() == 1);
  const Event& e = events[0];
  CHECK(e.sentence == 1);
  CHECK(e.text == "Israel struck Iran.");
  CHECK(e.begin == 16);
  CHECK(e.end == e.begin + e.text.size());
  CHECK(e.explanation.find("lemma 'strike/struck'") != std::string::npos);
  CHECK(e.explanation.find("'Israel' -> ISR") != std::string::npos);
}

}  // namespace entente
