#include "query/lexer.h"

#include <doctest/doctest.h>

namespace entente::query {
namespace {

std::vector<std::string> texts(const std::vector<QueryToken>& tokens) {
  std::vector<std::string> out;
  for (const QueryToken& t : tokens) out.push_back(t.text);
  return out;
}

}  // namespace

TEST_CASE("words, strings, numbers and punctuation, with positions") {
  const std::vector<QueryToken> tokens =
      lex("allies of \"United States\" since 2018-05 decay 180d;\n  path SYR:REB, x");
  CHECK(texts(tokens) == std::vector<std::string>{"allies", "of", "United States", "since", "2018-05",
                                                  "decay", "180d", ";", "path", "SYR:REB", ",", "x", ""});
  CHECK(tokens[2].kind == QueryToken::Kind::kString);
  CHECK(tokens[4].kind == QueryToken::Kind::kNumber);
  CHECK(tokens[6].kind == QueryToken::Kind::kNumber);
  CHECK(tokens[7].kind == QueryToken::Kind::kPunct);
  CHECK(tokens[9].kind == QueryToken::Kind::kWord);
  CHECK(tokens.back().kind == QueryToken::Kind::kEnd);
  CHECK(tokens[3].position.line == 1);
  CHECK(tokens[3].position.column == 27);
  CHECK(tokens[8].position.line == 2);
  CHECK(tokens[8].position.column == 3);
  CHECK(tokens[2].begin == 10);
  CHECK(tokens[2].end == 25);
}

TEST_CASE("columns count code points and comments run to the end of the line") {
  const std::vector<QueryToken> tokens = lex("allies of Türkiye # our neighbour\nblocs 'x'");
  CHECK(texts(tokens) == std::vector<std::string>{"allies", "of", "Türkiye", "blocs", "x", ""});
  CHECK(tokens[3].position.line == 2);
  const std::vector<QueryToken> after = lex("Türkiye x");
  CHECK(after[1].position.column == 9);
}

TEST_CASE("what no token can be becomes an error token, and lexing goes on") {
  const std::vector<QueryToken> bad = lex("events limit 5! ; blocs");
  REQUIRE(bad.size() == 7);
  CHECK(bad[3].kind == QueryToken::Kind::kError);
  CHECK(bad[3].text == "unexpected character '!'");
  CHECK(bad[3].position.column == 15);
  CHECK(bad[5].text == "blocs");
  const std::vector<QueryToken> open = lex("events from \"Syria ; blocs");
  REQUIRE(open.size() == 4);
  CHECK(open[2].kind == QueryToken::Kind::kError);
  CHECK(open[2].text == "unterminated string");
  CHECK(open[3].kind == QueryToken::Kind::kEnd);
  CHECK(lex("→")[0].text == "→");  // non-ASCII letters and symbols make words
}

TEST_CASE("errors show the line and a caret under the column") {
  const Status status = error_at("blocs;\nallies of Syira\n", Position{2, 11}, "unknown actor 'Syira'");
  CHECK(status.code() == Status::Code::kInvalidArgument);
  CHECK(status.message() == "line 2, col 11: unknown actor 'Syira'\n  allies of Syira\n            ^");
}

}  // namespace entente::query
