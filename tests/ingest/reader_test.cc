#include <doctest/doctest.h>

#include <filesystem>
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

TEST_CASE("boilerplate is dropped line by line from a body of several lines, never from a one-line body") {
  TempDir dir;
  const std::string path = dir.write(
      "feed.jsonl",
      R"({"id":"one-related","date":"2018-05-23","body":"Related: Iran and Syria signed a pact on Tuesday."})"
      "\n"
      R"({"id":"one-copyright","date":"2018-05-23","body":"Copyright talks between Egypt and Jordan ended."})"
      "\n"
      R"({"id":"several","date":"2018-05-23","body":"Turkey warned Syria.\nRelated: an older story\n)"
      R"(Tags: Turkey, Syria\n  Last updated 10:32 GMT\nRelated News\nRelated news agencies said little.\n)"
      R"(Copyright 2018 Someone\nThe talks go on."})"
      "\n");
  Diagnostics diagnostics;
  const auto articles = read_all({path}, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(articles.size() == 3);
  CHECK(articles[0].text == "\n\nRelated: Iran and Syria signed a pact on Tuesday.\n");
  CHECK(articles[1].text == "\n\nCopyright talks between Egypt and Jordan ended.\n");
  CHECK(articles[2].text ==
        "\n\nTurkey warned Syria.\nRelated news agencies said little.\nThe talks go on.\n");
}

TEST_CASE("a long paragraph that begins with a site's words is the article, not boilerplate") {
  TempDir dir;
  const std::string paragraph =
      "Last updated at Feb 02 2015 BEIRUT Syrian government air strikes hit towns across the country on "
      "Monday, and the opposition said the raids were the heaviest in weeks. Rebels answered with rockets "
      "fired at the outskirts of the capital, a monitoring group said.";
  const std::string path = dir.write("2015-02-02_a.txt", "Title\nFebruary 2, 2015\n" + paragraph + "\n");
  Diagnostics diagnostics;
  const auto articles = read_all({path}, diagnostics);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].text == "Title\n\nFebruary 2, 2015\n" + paragraph + "\n");
}

TEST_CASE("a plain-text article whose body is one line is kept whatever its first word") {
  TempDir dir;
  const std::string path = dir.write("2018-01-02_a.txt", "Title\n\nSubscribe rates for Iraqi oil rose.\n\n");
  Diagnostics diagnostics;
  const auto articles = read_all({path}, diagnostics);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].text == "Title\n\nSubscribe rates for Iraqi oil rose.\n");
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

TEST_CASE("articles and lines over the size limit are rejected and the rest is read") {
  TempDir dir;
  const std::string big = dir.write("2018-01-01_big.txt", "Title\n" + std::string(200, 'x') + "\n");
  const std::string small = dir.write("2018-01-01_small.txt", "Title\nBody.\n");
  const std::string feed =
      dir.write("feed.jsonl", R"({"id":"a","date":"2018-01-01","body":")" + std::string(200, 'y') + "\"}\n" +
                                  R"({"id":"b","date":"2018-01-01","body":"B"})" + "\n");
  Diagnostics diagnostics;
  ReaderOptions options;
  options.max_article_bytes = 100;
  const auto articles = read_all({big, feed, small}, diagnostics, options);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "b");
  CHECK(articles[1].id == "2018-01-01_small");
  REQUIRE(diagnostics.errors() == 2);
  CHECK(diagnostics.items()[0].to_string() ==
        big + ": too large: 207 bytes, more than the 100 allowed for one article");
  CHECK(diagnostics.items()[1].to_string() ==
        feed + ":1: too large: more than the 100 bytes allowed for one article");
}

TEST_CASE("JSON Lines fields of the wrong type, nesting and NUL ids are rejected by name") {
  TempDir dir;
  const std::string path = dir.write(
      "types.jsonl",
      R"({"id":"a","date":20180101,"body":"B"})"
      "\n"
      R"({"id":"b","date":"2018-01-01","body":{"text":"B"}})"
      "\n"
      R"({"id":"c","date":"2018-01-01","body":"B","title":["T"]})"
      "\n"
      R"({"id":true,"date":"2018-01-01","body":"B"})"
      "\n"
      R"({"id":"d\u0000e","date":"2018-01-01","body":"B"})"
      "\n"
      R"({"id":"f","date":"2018-01-01","body":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}
)"
      R"({"id":18446744073709551615,"date":"0000-00-00","body":"B"})"
      "\n"
      R"({"id":18446744073709551615,"date":"2018-01-01","body":"B"})"
      "\n");
  Diagnostics diagnostics;
  const auto articles = read_all({path}, diagnostics);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "18446744073709551615");
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics.items()) messages.push_back(d.to_string());
  CHECK(messages == std::vector<std::string>{
                        path + ":1: 'date' must be a string",
                        path + ":2: 'body' must be a string",
                        path + ":3: 'title' must be a string",
                        path + ":4: 'id' must be a string or an integer",
                        path + ":5: 'id' holds a NUL character or invalid UTF-8",
                        path + ":6: JSON nested deeper than 64 levels",
                        path + ":7: invalid date '0000-00-00' (expected YYYY-MM-DD)",
                    });
}

TEST_CASE("escapes that spell NUL or lone surrogates are repaired, and titles stay one line") {
  TempDir dir;
  const std::string path =
      dir.write("escapes.jsonl", R"({"id":"a","date":"2018-01-01","title":"T\u0000\udc00\nU","body":"B"})"
                                 "\n");
  Diagnostics diagnostics;
  const auto articles = read_all({path}, diagnostics);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].title == "T\xEF\xBF\xBD\xEF\xBF\xBD U");
  CHECK(articles[0].text.starts_with(articles[0].title + "\n\nB"));
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].to_string() ==
        path + ":1: warning: 2 invalid UTF-8 sequence(s) replaced by U+FFFD");
}

TEST_CASE("empty files are reported: an error for plain text, a warning for JSON Lines") {
  TempDir dir;
  const std::string text = dir.write("2018-01-01_empty.txt", "");
  const std::string blank = dir.write("2018-01-01_blank.txt", "\n  \n\t\n");
  const std::string feed = dir.write("empty.jsonl", "\n\n");
  Diagnostics diagnostics;
  CHECK(read_all({text, blank, feed}, diagnostics).empty());
  REQUIRE(diagnostics.items().size() == 3);
  CHECK(diagnostics.items()[0].to_string() == text + ": empty file");
  CHECK(diagnostics.items()[1].to_string() == blank + ": empty article: no title and no text");
  CHECK(diagnostics.items()[2].to_string() == feed + ": warning: no articles: the file is empty");
  CHECK(diagnostics.errors() == 2);
}

TEST_CASE("symbolic link loops are read once, and broken links that look like articles are reported") {
  TempDir dir;
  dir.write("d/sub/2018-01-01_a.txt", "A\nbody\n");
  namespace fs = std::filesystem;
  fs::create_directory_symlink("..", dir.path() / "d/sub/up");
  fs::create_symlink("self.txt", dir.path() / "d/self.txt");
  fs::create_symlink("nowhere", dir.path() / "d/notes");
  Diagnostics diagnostics;
  const auto articles = read_all({dir.file("d")}, diagnostics);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "2018-01-01_a");
  REQUIRE(diagnostics.items().size() == 2);
  CHECK(diagnostics.items()[0].to_string() ==
        dir.file("d/self.txt") + ": cannot read: too many levels of symbolic links");
  CHECK(diagnostics.items()[1].to_string() ==
        dir.file("d/sub/up") + ": warning: a directory already read (a symbolic link loop), not read again");
}

TEST_CASE("read failures after a successful open are reported with the system's reason") {
  // /proc/self/mem opens, but reading at offset 0 (unmapped) fails.
  Diagnostics diagnostics;
  CHECK(read_all({"/proc/self/mem"}, diagnostics, ReaderOptions{Date::from_ymd(2020, 1, 1)}).empty());
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].to_string() == "/proc/self/mem: read failed: input/output error");
}

TEST_CASE("read_articles_from_buffer reads bytes as a file of that name would be read") {
  Diagnostics diagnostics;
  std::vector<Article> articles;
  detail::read_articles_from_buffer("2018-05-23_x.txt", "Title\nBody.\n", {}, diagnostics, articles);
  detail::read_articles_from_buffer("feed.jsonl", "{\"id\":1,\"date\":\"2018-01-01\",\"body\":\"B\"}\n{", {},
                                    diagnostics, articles);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "2018-05-23_x");
  CHECK(articles[0].text == "Title\n\nBody.\n");
  CHECK(articles[1].id == "1");
  CHECK(articles[1].line == 1);
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].to_string().starts_with("feed.jsonl:2: invalid JSON at byte 1: "));
}

}  // namespace entente
