#include "ingest/words.h"

#include <doctest/doctest.h>

#include "ingest/ingest.h"

namespace entente::detail {

TEST_CASE("the word table knows dictionary, lexicon and function words under one id each") {
  Diagnostics diagnostics;
  const Dictionary dictionary = Dictionary::builtin(diagnostics);
  const std::unique_ptr<Lexicon> lexicon = builtin_lexicon(diagnostics);
  const WordTable table(dictionary, *lexicon);
  CHECK(table.words().extends(dictionary.words()));
  // Dictionary words keep the dictionary's ids.
  CHECK(table.words().find("syria") == dictionary.words().find("syria"));
  // Lexicon and grammar words are added after them.
  const WordId attacked = table.words().find("attacked");
  REQUIRE(attacked != kUnknownWord);
  CHECK(table.lexicon_word(attacked) == lexicon->word("attacked"));
  const WordId the = table.words().find("the");
  REQUIRE(the != kUnknownWord);
  CHECK((table.function_word(the).classes & kDeterminer) != 0);
  CHECK(table.lexicon_word(the) == nullptr);
  const WordId syria = table.words().find("syria");
  CHECK(table.function_word(syria).classes == 0);
  CHECK(table.lexicon_word(syria) == nullptr);
  CHECK(table.function_word(kUnknownWord).classes == 0);
  CHECK(table.lexicon_word(kUnknownWord) == nullptr);
  CHECK(table.words().find("qwertyuiop") == kUnknownWord);
}

}  // namespace entente::detail
