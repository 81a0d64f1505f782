#include "core/vocabulary.h"

namespace entente {

std::uint64_t phrase_key(std::span<const WordId> words) {
  std::uint64_t key = kEmptyPhraseKey;
  for (WordId word : words) key = extend_phrase_key(key, word);
  return key;
}

Vocabulary Vocabulary::extending(const Vocabulary& base) {
  Vocabulary extended = base;
  extended.base_ = &base;
  extended.base_size_ = base.size();
  return extended;
}

WordId Vocabulary::add(std::string_view word) {
  const auto next = static_cast<WordId>(size());
  const WordId id = index_.insert(hash_word(word), next, [&](WordId id) { return this->word(id) == word; });
  if (id == next) {
    text_.append(word);
    offsets_.push_back(static_cast<std::uint32_t>(text_.size()));
    if (word.size() == 1 && static_cast<unsigned char>(word[0]) < ascii_ids_.size()) {
      ascii_ids_[static_cast<unsigned char>(word[0])] = id;
    }
  }
  return id;
}

}  // namespace entente
