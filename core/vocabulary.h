// Words as numbers. Each distinct normalized word (core/text.h) gets a dense id, so that tables
// keyed by words (dictionary names, lexicon entries, function words) become arrays indexed by id
// and phrases are compared as id sequences: the coder looks each token's word up once and builds
// no strings while it probes n-grams.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/hash_index.h"

namespace entente {

using WordId = std::uint32_t;
// The id of a word no table knows.
inline constexpr WordId kUnknownWord = 0xFFFFFFFF;

// A fast hash of a short string (wyhash-like: two overlapping loads for up to 16 bytes).
std::uint64_t hash_word(std::string_view word);

// The key of a phrase, extended one word at a time so that probing the n-grams that start at a
// token costs one step per word: phrase_key({a, b}) == extend_phrase_key(extend_phrase_key(
// kEmptyPhraseKey, a), b).
inline constexpr std::uint64_t kEmptyPhraseKey = 0x243F6A8885A308D3ull;
constexpr std::uint64_t extend_phrase_key(std::uint64_t key, WordId word) {
  key = (key ^ (word + 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
  return key ^ (key >> 31);
}
std::uint64_t phrase_key(std::span<const WordId> words);

class Vocabulary {
 public:
  Vocabulary() = default;
  // A copy of `base` to add more words to: the ids of `base` keep their meaning, and
  // extends(base) is true while `base` is not changed.
  static Vocabulary extending(const Vocabulary& base);

  // The id of `word`, added when new. Ids are dense, in order of addition from 0.
  // REQUIRES: fewer than 2^31 words and 4 GiB of text.
  WordId add(std::string_view word);
  // The id of `word`, or kUnknownWord.
  WordId find(std::string_view word) const;
  std::string_view word(WordId id) const {
    return std::string_view(text_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  std::size_t size() const { return offsets_.size() - 1; }

  // Whether an id of `base` means the same word here: this is `base`, or was made by
  // extending(base) and `base` has not grown since.
  bool extends(const Vocabulary& base) const {
    return this == &base || (base_ == &base && base_size_ == base.size());
  }

 private:
  static_assert(kUnknownWord == HashIndex::kAbsent);

  std::string text_;                          // every word, back to back
  std::vector<std::uint32_t> offsets_ = {0};  // word i is text_[offsets_[i], offsets_[i + 1])
  HashIndex index_;
  const Vocabulary* base_ = nullptr;
  std::size_t base_size_ = 0;
};

}  // namespace entente
