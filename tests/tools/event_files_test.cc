#include "tools/event_files.h"

#include <doctest/doctest.h>

#include "temp_dir.h"

namespace entente::cli {
namespace {

std::string event_line(std::string_view article, std::string_view source, std::string_view relation,
                       std::string_view target, std::string_view date = "2019-06-20") {
  Event e;
  e.article = article;
  e.file = "x.txt";
  e.date = *Date::parse(date);
  e.text = std::string(source) + " did something to " + std::string(target);
  e.relation = *parse_relation(relation);
  e.confidence = 0.75f;
  e.source = {std::string(source), "S", std::string(source), "", "", EntityType::kState, "s"};
  e.target = {std::string(target), "T", std::string(target), "", "", EntityType::kState, "t"};
  return event_to_json(e) + "\n";
}

std::vector<ArticleEvents> read_all(const std::vector<std::string>& paths, Diagnostics& diagnostics) {
  EventFileReader reader(paths, diagnostics);
  std::vector<ArticleEvents> out;
  ArticleEvents article;
  while (reader.next(article)) out.push_back(article);
  return out;
}

}  // namespace

TEST_CASE("consecutive lines of one article become one article") {
  testing::TempDir dir;
  const std::string file = dir.write(
      "events.jsonl", event_line("a1", "ISR", "strike", "IRN") + event_line("a1", "IRN", "threaten", "ISR") +
                          "\n" + event_line("a2", "RUS", "support", "SYR", "2017-01-02"));
  Diagnostics diagnostics;
  const std::vector<ArticleEvents> articles = read_all({file}, diagnostics);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "a1");
  CHECK(articles[0].events.size() == 2);
  CHECK(articles[0].line == 1);
  CHECK(articles[0].file == file);
  CHECK(articles[1].id == "a2");
  CHECK(articles[1].line == 4);
  CHECK(articles[1].date == *Date::parse("2017-01-02"));
  CHECK(diagnostics.empty());
}

TEST_CASE("the content hashed is the same for the same events under another id, and differs otherwise") {
  testing::TempDir dir;
  const std::string file = dir.write("events.jsonl", event_line("wire", "ISR", "strike", "IRN") +
                                                         event_line("paper", "ISR", "strike", "IRN") +
                                                         event_line("other", "ISR", "threaten", "IRN"));
  Diagnostics diagnostics;
  const std::vector<ArticleEvents> articles = read_all({file}, diagnostics);
  REQUIRE(articles.size() == 3);
  CHECK(articles[0].content == articles[1].content);
  CHECK(articles[0].content != articles[2].content);
}

TEST_CASE("bad lines and unreadable files are reported and the rest is read") {
  testing::TempDir dir;
  const std::string file = dir.write("events.jsonl", event_line("a1", "ISR", "strike", "IRN") + "{broken\n" +
                                                         event_line("a1", "IRN", "strike", "ISR"));
  Diagnostics diagnostics;
  const std::vector<ArticleEvents> articles = read_all({dir.file("absent.jsonl"), file}, diagnostics);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].events.size() == 2);
  REQUIRE(diagnostics.items().size() == 2);
  CHECK(diagnostics.items()[0].to_string() == dir.file("absent.jsonl") + ": cannot read events file");
  CHECK(diagnostics.items()[1].to_string().starts_with(file + ":2: invalid JSON"));
}

TEST_CASE("articles do not run across files") {
  testing::TempDir dir;
  const std::string one = dir.write("one.jsonl", event_line("a1", "ISR", "strike", "IRN"));
  const std::string two = dir.write("two.jsonl", event_line("a1", "IRN", "strike", "ISR"));
  Diagnostics diagnostics;
  const std::vector<ArticleEvents> articles = read_all({one, two}, diagnostics);
  REQUIRE(articles.size() == 2);
  CHECK(articles[1].file == two);
}

}  // namespace entente::cli
