#include <doctest/doctest.h>

#include <vector>

#include "ingest/ingest.h"
#include "temp_dir.h"

namespace entente {
namespace {

using testing::TempDir;

std::vector<Article> read_all(std::vector<std::string> paths, Diagnostics& diagnostics,
                              ReaderOptions options = {}) {
  ArticleReader reader(std::move(paths), options, diagnostics);
  std::vector<Article> articles;
  Article a;
  while (reader.next(a)) articles.push_back(a);
  return articles;
}

}  // namespace

TEST_CASE("plain-text articles: date line, title, body") {
  TempDir dir;
  const std::string path =
      dir.write("a.txt", " date 2018-05-23 WORLD\nTitle here\nMay 23, 2018\n\nFirst para.\nSecond para.\n");
  Diagnostics diagnostics;
  const auto articles = read_all({path}, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "a");
  CHECK(articles[0].file == path);
  CHECK(articles[0].date.to_string() == "2018-05-23");
  CHECK(articles[0].title == "Title here");
  CHECK(articles[0].text == "Title here\n\nMay 23, 2018\nFirst para.\nSecond para.\n");
}

TEST_CASE("the date comes from the file name, else --date, else the article is rejected") {
  TempDir dir;
  const std::string named = dir.write("2016-07-10_story.txt", "Title\nBody.\n");
  const std::string undated = dir.write("story.txt", "Title\nBody.\n");
  Diagnostics diagnostics;
  auto articles = read_all({named, undated}, diagnostics);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].date.to_string() == "2016-07-10");
  REQUIRE(diagnostics.errors() == 1);
  CHECK(diagnostics.items()[0].file == undated);
  CHECK(diagnostics.items()[0].message.starts_with("no date"));

  Diagnostics with_default;
  articles = read_all({undated}, with_default, ReaderOptions{Date::from_ymd(2020, 1, 2)});
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].date.to_string() == "2020-01-02");
}

TEST_CASE("BOM, CRLF and boilerplate lines are handled") {
  TempDir dir;
  const std::string path = dir.write("b.txt",
                                     "\xEF\xBB\xBF date 2018-01-02 X\r\nTitle\r\nBody one.\r\nSubscribe to "
                                     "our newsletter\r\nGet short URL\r\n");
  Diagnostics diagnostics;
  const auto articles = read_all({path}, diagnostics);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].title == "Title");
  CHECK(articles[0].text == "Title\n\nBody one.\n");
}

TEST_CASE("binary files are rejected, and invalid UTF-8 is replaced and reported once") {
  TempDir dir;
  const std::string binary = dir.write("bin.txt", std::string("Title\n\0\0\0", 9));
  const std::string broken = dir.write("2018-01-01_x.txt", "Title \xff\nBody \xfe and \xff.\n");
  Diagnostics diagnostics;
  const auto articles = read_all({binary, broken}, diagnostics);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].text.find("\xEF\xBF\xBD") != std::string::npos);
  REQUIRE(diagnostics.items().size() == 2);
  CHECK(diagnostics.items()[0].message.starts_with("binary data"));
  CHECK(diagnostics.items()[1].severity == Diagnostic::Severity::kWarning);
  CHECK(diagnostics.items()[1].message.starts_with("3 invalid UTF-8"));
  CHECK(diagnostics.errors() == 1);
}

TEST_CASE("JSON Lines: fields, date-times, and broken lines reported as FILE:LINE") {
  TempDir dir;
  const std::string path = dir.write(
      "feed.jsonl", R"({"id":"a1","date":"2018-05-23T10:00:00Z","title":"T1","body":"B1","url":"u"})"
                    "\n"
                    "not json\n"
                    "\n"
                    R"({"id":7,"date":"2018-05-24","text":"B2"})"
                    "\n"
                    R"({"id":"a3","date":"2018-13-45","body":"x"})"
                    "\n"
                    R"({"id":"a4","date":"2018-05-24"})"
                    "\n"
                    R"({"id":"a5","date":"2018-05-25","content":"B5","source":"AFP"})"
                    "\n");
  Diagnostics diagnostics;
  const auto articles = read_all({path}, diagnostics);
  REQUIRE(articles.size() == 3);
  CHECK(articles[0].id == "a1");
  CHECK(articles[0].date.to_string() == "2018-05-23");
  CHECK(articles[0].text == "T1\n\nB1\n");
  CHECK(articles[0].url == "u");
  CHECK(articles[0].line == 1);
  CHECK(articles[1].id == "7");
  CHECK(articles[2].source == "AFP");
  REQUIRE(diagnostics.errors() == 3);
  CHECK(diagnostics.items()[0].to_string().starts_with(path + ":2: invalid JSON"));
  CHECK(diagnostics.items()[1].line == 5);
  CHECK(diagnostics.items()[2].to_string() == path + ":6: missing 'body', 'text' or 'content'");
}

TEST_CASE("directories are read recursively in name order, and missing paths are reported") {
  TempDir dir;
  dir.write("d/2018-01-02_b.txt", "B\nbody\n");
  dir.write("d/sub/2018-01-01_a.txt", "A\nbody\n");
  dir.write("d/notes.md", "ignored");
  Diagnostics diagnostics;
  const auto articles = read_all({dir.file("d"), dir.file("missing.txt")}, diagnostics);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "2018-01-02_b");
  CHECK(articles[1].id == "2018-01-01_a");
  REQUIRE(diagnostics.errors() == 1);
  CHECK(diagnostics.items()[0].message == "no such file or directory");
}

}  // namespace entente
