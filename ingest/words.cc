#include "ingest/words.h"

namespace entente::detail {

WordTable::WordTable(const Dictionary& dictionary, const Lexicon& lexicon)
    : words_(Vocabulary::extending(dictionary.words())) {
  for (const FunctionWord& function : function_words()) entry(function.word).grammar = function.info;
  lexicon.for_each_word(
      [&](std::string_view word, const LexiconWord& found) { entry(word).lexicon = &found; });
}

WordTable::Entry& WordTable::entry(std::string_view word) {
  const WordId id = words_.add(word);
  if (entries_.size() <= id) entries_.resize(id + 1);
  return entries_[id];
}

}  // namespace entente::detail
