#include "tools/coding_pipeline.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "temp_dir.h"

namespace entente::cli {
namespace {

// Articles of our own words, in a JSON Lines file: the reader yields them in line order.
std::string write_articles(const testing::TempDir& dir, int count) {
  const char* const sentences[] = {"Israel attacked Iran.", "Russia praised Syria.", "Turkey warned Syria.",
                                   "The United States sanctioned Iran.", "Iran condemned Israel."};
  std::string lines;
  for (int i = 0; i < count; ++i) {
    std::string body;
    for (int s = 0; s <= i % 4; ++s) body += std::string(sentences[(i + s) % 5]) + " ";
    lines += fmt::format(R"({{"id":"n{}","date":"2019-0{}-1{}","title":"Report {}","body":"{}"}})", i,
                         1 + i % 9, i % 10, i, body) +
             "\n";
  }
  return dir.write("articles.jsonl", lines);
}

// What the coders share: the shipped dictionaries and lexicon.
struct Shipped {
  Diagnostics diagnostics;
  Dictionary dictionary = Dictionary::builtin(diagnostics);
  std::unique_ptr<Lexicon> lexicon = builtin_lexicon(diagnostics);
};

}  // namespace

TEST_CASE("the pipeline hands articles back in input order with the events one coder gives") {
  testing::TempDir dir;
  const std::string file = write_articles(dir, 200);
  Shipped shipped;
  Diagnostics& diagnostics = shipped.diagnostics;
  const Dictionary& dictionary = shipped.dictionary;
  const std::unique_ptr<Lexicon>& lexicon = shipped.lexicon;

  std::vector<std::pair<std::string, std::size_t>> sequential;
  {
    ArticleReader reader({file}, {}, diagnostics);
    Coder coder(dictionary, *lexicon);
    Article article;
    std::vector<Event> events;
    while (reader.next(article)) {
      events.clear();
      coder.code(article, events);
      sequential.emplace_back(article.id, events.size());
    }
  }
  REQUIRE(sequential.size() == 200);
  std::size_t events = 0;
  for (const auto& [id, n] : sequential) events += n;
  REQUIRE(events > 100);  // the comparison below is about events, not only ids

  for (int jobs : {1, 3}) {
    ArticleReader reader({file}, {}, diagnostics);
    CodingPipeline pipeline(reader, dictionary, *lexicon, jobs);
    std::vector<std::pair<std::string, std::size_t>> parallel;
    std::uint64_t last_bytes = 0;
    while (CodedArticle* coded = pipeline.next()) {
      parallel.emplace_back(coded->article.id, coded->events.size());
      CHECK(coded->bytes_read > last_bytes);
      last_bytes = coded->bytes_read;
    }
    CHECK(parallel == sequential);
    CHECK(pipeline.next() == nullptr);
  }
  CHECK(diagnostics.errors() == 0);
}

TEST_CASE("a pipeline dropped halfway stops its threads") {
  testing::TempDir dir;
  const std::string file = write_articles(dir, 300);
  Shipped shipped;
  ArticleReader reader({file}, {}, shipped.diagnostics);
  std::string third;
  {
    CodingPipeline pipeline(reader, shipped.dictionary, *shipped.lexicon, 2);
    for (int i = 0; i < 3; ++i) third = pipeline.next()->article.id;
  }
  CHECK(third == "n2");
}

}  // namespace entente::cli
