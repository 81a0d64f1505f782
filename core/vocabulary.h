// Words as numbers. Each distinct normalized word (core/text.h) gets a dense id, so that tables
// keyed by words (dictionary names, lexicon entries, function words) become arrays indexed by id
// and phrases are compared as id sequences: the coder looks each token's word up once and builds
// no strings while it probes n-grams.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/hash_index.h"

namespace entente {

using WordId = std::uint32_t;
// The id of a word no table knows.
inline constexpr WordId kUnknownWord = 0xFFFFFFFF;

namespace detail {
// Multiplies to 128 bits and folds the halves: the mixing step of wyhash.
inline std::uint64_t fold_multiply(std::uint64_t a, std::uint64_t b) {
  const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
  return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}
inline std::uint64_t load64(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline std::uint64_t load32(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
// Whether n bytes at a and b are the same: memcmp without the call, for short words.
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
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
}  // namespace detail

// A fast hash of a short string (wyhash-like: two overlapping loads for up to 16 bytes). Inline,
// because the coder hashes every token.
inline std::uint64_t hash_word(std::string_view word) {
  constexpr std::uint64_t kSeed = 0xA0761D6478BD642Full;
  constexpr std::uint64_t kMultiplier = 0xE7037ED1A0B428DBull;
  using detail::fold_multiply, detail::load32, detail::load64;
  const char* p = word.data();
  std::size_t n = word.size();
  std::uint64_t seed = kSeed ^ n;
  std::uint64_t a = 0, b = 0;
  if (n >= 4 && n <= 16) {  // most words: no loop
    const std::size_t half = n >= 8 ? 8 : 4;
    a = half == 8 ? load64(p) : load32(p);
    b = half == 8 ? load64(p + n - 8) : load32(p + n - 4);
  } else if (n > 16) {
    for (; n > 16; p += 16, n -= 16) seed = fold_multiply(load64(p) ^ kMultiplier, load64(p + 8) ^ seed);
    a = load64(p + n - 16);
    b = load64(p + n - 8);
  } else if (n > 0) {
    const auto byte = [&](std::size_t i) {
      return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i]));
    };
    a = (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
  }
  return fold_multiply(a ^ kMultiplier, b ^ seed);
}

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
  // The id of `word`, or kUnknownWord. Inline: the coder looks up every token.
  WordId find(std::string_view word) const {
    if (word.size() == 1 && static_cast<unsigned char>(word[0]) < ascii_ids_.size()) {
      return ascii_ids_[static_cast<unsigned char>(word[0])];  // punctuation, "a", digits
    }
    return index_.find(hash_word(word), [&](WordId id) {
      return offsets_[id + 1] - offsets_[id] == word.size() &&
             detail::same_bytes(text_.data() + offsets_[id], word.data(), word.size());
    });
  }
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

  std::array<WordId, 128> ascii_ids_ = [] {  // the one-byte ASCII words, looked up directly
    std::array<WordId, 128> ids;
    ids.fill(kUnknownWord);
    return ids;
  }();
  std::string text_;                          // every word, back to back
  std::vector<std::uint32_t> offsets_ = {0};  // word i is text_[offsets_[i], offsets_[i + 1])
  HashIndex index_;
  const Vocabulary* base_ = nullptr;
  std::size_t base_size_ = 0;
};

}  // namespace entente
