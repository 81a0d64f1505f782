// The coder's word table: every word that the dictionary, the lexicon or the grammar knows, under
// one id, so that each token of a text is hashed once (TokenBuffer::set_words) and what every
// table says of it is read from arrays. Internal to ingest/.
#pragma once

#include <vector>

#include "core/dictionary.h"
#include "core/vocabulary.h"
#include "ingest/grammar.h"
#include "ingest/lexicon.h"

namespace entente::detail {

class WordTable {
 public:
  // REQUIRES: `dictionary` and `lexicon` outlive the table and are not modified or moved while it
  // is used.
  WordTable(const Dictionary& dictionary, const Lexicon& lexicon);

  // The words, extending the dictionary's (Vocabulary::extending): tokens set from it match
  // names (core/name_matcher.h) without another lookup.
  const Vocabulary& words() const { return words_; }
  // What grammar.h and the lexicon say of a word of words(); nothing for kUnknownWord.
  WordInfo function_word(WordId word) const {
    return word < entries_.size() ? entries_[word].grammar : WordInfo{};
  }
  const LexiconWord* lexicon_word(WordId word) const {
    return word < entries_.size() ? entries_[word].lexicon : nullptr;
  }

 private:
  struct Entry {
    WordInfo grammar;
    const LexiconWord* lexicon = nullptr;
  };
  Entry& entry(std::string_view word);

  Vocabulary words_;
  std::vector<Entry> entries_;  // by word id
};

}  // namespace entente::detail
