// The golden file of tricky sentences (tests/ingest/golden/tricky.txt): each case is coded as
// one article with the shipped dictionaries and lexicon, and its events must be exactly those
// the file lists.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/text.h"
#include "ingest/ingest.h"

namespace entente {
namespace {

struct GoldenCase {
  std::size_t line = 0;
  Date date = Date::from_ymd(2018, 5, 23);
  std::string title;  // a headline, where capitals do not mark names
  std::string text;
  std::vector<std::string> expected;  // "SRC relation TGT", sorted
};

std::vector<GoldenCase> load_cases(const std::string& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::vector<GoldenCase> cases;
  GoldenCase current;
  bool open = false;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    const std::string_view l = trim(line);
    if (l.starts_with("#")) continue;
    if (l.empty()) {
      if (open) cases.push_back(std::move(current));
      current = GoldenCase{};
      open = false;
      continue;
    }
    if (!open) current.line = number;
    open = true;
    if (l.starts_with("date:")) {
      current.date = *Date::parse(trim(l.substr(5)));
    } else if (l.starts_with("title:")) {
      current.title = trim(l.substr(6));
    } else if (l.starts_with("=>")) {
      const std::string_view event = trim(l.substr(2));
      if (event != "none") current.expected.emplace_back(event);
    } else {
      current.text += std::string(l) + "\n";
    }
  }
  if (open) cases.push_back(std::move(current));
  for (GoldenCase& c : cases) std::sort(c.expected.begin(), c.expected.end());
  return cases;
}

}  // namespace

TEST_CASE("the golden tricky sentences give exactly their events") {
  Diagnostics diagnostics;
  const Dictionary dictionary = Dictionary::builtin(diagnostics);
  const std::unique_ptr<Lexicon> lexicon = builtin_lexicon(diagnostics);
  Coder coder(dictionary, *lexicon);
  const std::vector<GoldenCase> cases = load_cases(ENTENTE_SOURCE_DIR "/tests/ingest/golden/tricky.txt");
  CHECK(cases.size() >= 20);
  for (const GoldenCase& c : cases) {
    Article article;
    article.id = "golden";
    article.file = "tricky.txt";
    article.date = c.date;
    article.title = c.title;
    article.text = c.title + "\n\n" + c.text;
    std::vector<Event> events;
    coder.code(article, events);
    std::vector<std::string> got;
    for (const Event& e : events) {
      got.push_back(e.source.key + " " + std::string(relation_name(e.relation)) + " " + e.target.key);
    }
    std::sort(got.begin(), got.end());
    std::ostringstream shown;
    for (const std::string& g : got) shown << "[" << g << "] ";
    CHECK_MESSAGE(got == c.expected, "tricky.txt:" << c.line << ": " << c.text << "  got: " << shown.str());
  }
}

}  // namespace entente
