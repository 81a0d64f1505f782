#include "core/vocabulary.h"

#include <cstring>

namespace entente {
namespace {

// Whether n bytes at a and b are the same: memcmp without the call, for short words.
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  using detail::load32, detail::load64;
  if (n >= 8) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    return load64(a) == load64(b) && load64(a + n - 8) == load64(b + n - 8);
  }
  if (n >= 4) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace

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

WordId Vocabulary::find(std::string_view word) const {
  return index_.find(hash_word(word), [&](WordId id) {
    return offsets_[id + 1] - offsets_[id] == word.size() &&
           same_bytes(text_.data() + offsets_[id], word.data(), word.size());
  });
}

WordId Vocabulary::add(std::string_view word) {
  const auto next = static_cast<WordId>(size());
  const WordId id = index_.insert(hash_word(word), next, [&](WordId id) { return this->word(id) == word; });
  if (id == next) {
    text_.append(word);
    offsets_.push_back(static_cast<std::uint32_t>(text_.size()));
  }
  return id;
}

}  // namespace entente
