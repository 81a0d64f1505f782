#include "core/text.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace entente {
namespace {

std::vector<std::string> norms(std::string_view text) {
  TokenBuffer buffer;
  tokenize(text, 0, buffer);
  std::vector<std::string> out;
  for (const Token& t : buffer.tokens()) out.emplace_back(buffer.norm(t));
  return out;
}

}  // namespace

TEST_CASE("words are lower-cased, folded and split from punctuation") {
  CHECK(norms("Syria rejected the U.S. demand.") ==
        std::vector<std::string>{"syria", "rejected", "the", "us", "demand", "."});
  CHECK(norms("Erdoğan met Médecins") == std::vector<std::string>{"erdogan", "met", "medecins"});
  CHECK(norms("“We cannot”") == std::vector<std::string>{"\"", "we", "cannot", "\""});
}

TEST_CASE("a comma, colon or period between digits stays inside the number") {
  CHECK(norms("300,000 people at 2:30 pm, 2.5 percent, 1,2") ==
        std::vector<std::string>{"300,000", "people", "at", "2:30", "pm", ",", "2.5", "percent", ",", "1,2"});
  CHECK(norms("in 2015, 40 died. 3 more: 4") ==
        std::vector<std::string>{"in", "2015", ",", "40", "died", ".", "3", "more", ":", "4"});
  CHECK(norms("A1,2") == std::vector<std::string>{"a1", ",", "2"});
  TokenBuffer b;
  tokenize("killed 1,200", 0, b);
  REQUIRE(b.size() == 2);
  CHECK(b[1].kind == TokenKind::kNumber);
  CHECK(b[1].end == 12);
}

TEST_CASE("possessives fold into their word and are flagged") {
  TokenBuffer b;
  tokenize("Syria's army and the countries' leaders met Russia’s envoy", 0, b);
  REQUIRE(b.size() == 9);
  CHECK(b.norm(0) == "syria");
  CHECK(b[0].has(kPossessive));
  CHECK(b.norm(4) == "countries");
  CHECK(b[4].has(kPossessive));
  CHECK(b.norm(7) == "russia");
  CHECK(b[7].has(kPossessive));
  CHECK_FALSE(b[1].has(kPossessive));
}

TEST_CASE("hyphens separate words and are remembered") {
  TokenBuffer b;
  tokenize("Russian-backed al-Qaeda", 0, b);
  REQUIRE(b.size() == 4);
  CHECK(b.norm(0) == "russian");
  CHECK(b[0].has(kHyphenNext));
  CHECK(b.norm(1) == "backed");
  CHECK(b.norm(2) == "al");
  CHECK(b.norm(3) == "qaeda");
  CHECK(b[0].end == 7);
  CHECK(b[1].begin == 8);
}

TEST_CASE("tokens carry byte offsets into the text, shifted by the base") {
  const std::string text = "Iran warned Israel.";
  TokenBuffer b;
  tokenize(text, 100, b);
  REQUIRE(b.size() == 4);
  CHECK(b[2].begin == 112);
  CHECK(b[2].end == 118);
  CHECK(text.substr(b[2].begin - 100, b[2].end - b[2].begin) == "Israel");
}

TEST_CASE("capitals, acronyms and abbreviations are flagged") {
  TokenBuffer b;
  tokenize("NATO told us the U.S. Syria", 0, b);
  CHECK(b[0].has(kAllUpper));
  CHECK(b[0].has(kCapitalized));
  CHECK_FALSE(b[2].has(kAllUpper));
  CHECK(b[4].has(kAbbreviation));
  CHECK(b[4].has(kAllUpper));
  CHECK(b[5].has(kCapitalized));
  CHECK_FALSE(b[5].has(kAllUpper));
}

TEST_CASE("invalid UTF-8 bytes become punctuation, never crash") {
  const std::string text = "Iran\xff\xfe warned";
  CHECK(norms(text) == std::vector<std::string>{"iran", "?", "?", "warned"});
  CHECK(norms(std::string("\xe2\x82", 2)) == std::vector<std::string>{"?", "?"});
}

TEST_CASE("normalize_phrase joins token forms with single spaces") {
  CHECK(normalize_phrase("  The   White House ") == "the white house");
  CHECK(normalize_phrase("Al-Qa'ida’s") == "al qa'ida");
  CHECK(normalize_phrase("U.N.") == "un");
  CHECK(normalize_phrase("") == "");
}

TEST_CASE("ASCII helpers") {
  CHECK(equals_ignore_case("NATO", "nato"));
  CHECK_FALSE(equals_ignore_case("nato", "natos"));
  CHECK(trim("  a b \n") == "a b");
  CHECK(split("a | b||c", '|') == std::vector<std::string_view>{"a", "b", "", "c"});
}

TEST_CASE("set_words gives each token its word id, and tokenizing more tokens clears the vocabulary") {
  Vocabulary words;
  const WordId syria = words.add("syria");
  const WordId dot = words.add(".");
  TokenBuffer b;
  tokenize("Syria's envoy left.", 0, b);
  CHECK(b.words() == nullptr);
  CHECK(b[0].word == kUnknownWord);
  b.set_words(words);
  CHECK(b.words() == &words);
  CHECK(b[0].word == syria);
  CHECK(b[1].word == kUnknownWord);
  CHECK(b[3].word == dot);
  tokenize("Syria", 20, b);
  CHECK(b.words() == nullptr);
}

}  // namespace entente
