#include "core/vocabulary.h"

#include <doctest/doctest.h>

#include <array>
#include <string>

namespace entente {

TEST_CASE("words get dense ids in order of addition, and the same id when added again") {
  Vocabulary words;
  CHECK(words.size() == 0);
  CHECK(words.find("syria") == kUnknownWord);
  CHECK(words.add("syria") == 0);
  CHECK(words.add("rebels") == 1);
  CHECK(words.add(".") == 2);  // one-byte words take the direct path
  CHECK(words.add("syria") == 0);
  CHECK(words.size() == 3);
  CHECK(words.find("rebels") == 1);
  CHECK(words.find(".") == 2);
  CHECK(words.find(",") == kUnknownWord);
  CHECK(words.find("rebel") == kUnknownWord);
  CHECK(words.find("") == kUnknownWord);
  CHECK(words.word(1) == "rebels");
}

TEST_CASE("thousands of words of every length are found again, and others are not") {
  Vocabulary words;
  auto make = [](int i) { return std::string(static_cast<std::size_t>(i % 23), 'a') + std::to_string(i); };
  for (int i = 0; i < 5000; ++i) REQUIRE(words.add(make(i)) == static_cast<WordId>(i));
  for (int i = 0; i < 5000; ++i) CHECK(words.find(make(i)) == static_cast<WordId>(i));
  for (int i = 5000; i < 6000; ++i) CHECK(words.find(make(i)) == kUnknownWord);
}

TEST_CASE("a vocabulary extending another keeps its ids until the base grows") {
  Vocabulary base;
  base.add("iran");
  Vocabulary extended = Vocabulary::extending(base);
  CHECK(extended.extends(base));
  CHECK(base.extends(base));
  CHECK_FALSE(base.extends(extended));
  CHECK(extended.find("iran") == 0);
  CHECK(extended.add("attacked") == 1);
  CHECK(base.find("attacked") == kUnknownWord);
  base.add("iraq");  // now id 1 means different words in the two
  CHECK_FALSE(extended.extends(base));
}

TEST_CASE("word hashes tell short words apart and phrase keys extend word by word") {
  CHECK(hash_word("us") != hash_word("un"));
  CHECK(hash_word("attack") != hash_word("attach"));
  CHECK(hash_word("abcdefghijklmnopq") != hash_word("abcdefghijklmnopr"));  // past 16 bytes
  CHECK(hash_word("syria") == hash_word(std::string("syria")));
  const std::array<WordId, 3> phrase = {4, 7, 9};
  std::uint64_t key = kEmptyPhraseKey;
  for (WordId w : phrase) key = extend_phrase_key(key, w);
  CHECK(key == phrase_key(phrase));
  CHECK(phrase_key(std::array<WordId, 2>{4, 7}) != phrase_key(std::array<WordId, 2>{7, 4}));
}

}  // namespace entente
