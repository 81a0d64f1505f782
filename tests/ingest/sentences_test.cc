#include "ingest/sentences.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace entente {
namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<SentenceSpan> spans;
  split_sentences(text, spans);
  std::vector<std::string> out;
  for (const SentenceSpan& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace

TEST_CASE("periods end sentences, except after abbreviations and initials") {
  CHECK(sentences("Gen. Smith met Mr. Jones on Jan. 5. They talked.") ==
        std::vector<std::string>{"Gen. Smith met Mr. Jones on Jan. 5.", "They talked."});
  CHECK(sentences("George W. Bush spoke. Then he left!") ==
        std::vector<std::string>{"George W. Bush spoke.", "Then he left!"});
  CHECK(sentences("The U.S. Army moved. It won.") ==
        std::vector<std::string>{"The U.S. Army moved.", "It won."});
  CHECK(sentences("He said 3.5 percent. Fine.") == std::vector<std::string>{"He said 3.5 percent.", "Fine."});
}

TEST_CASE("quotes close sentences and lines are paragraphs") {
  CHECK(sentences("\"We refuse.\" Syria said so.\nNew paragraph without period\n\n  ") ==
        std::vector<std::string>{"\"We refuse.\"", "Syria said so.", "New paragraph without period"});
  CHECK(sentences("Is it over? no, it goes on.") == std::vector<std::string>{"Is it over? no, it goes on."});
}

TEST_CASE("offsets point into the text") {
  const std::string text = "  One.  Two.";
  std::vector<SentenceSpan> spans;
  split_sentences(text, spans);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == 2);
  CHECK(spans[0].end == 6);
  CHECK(spans[1].begin == 8);
}

}  // namespace entente
