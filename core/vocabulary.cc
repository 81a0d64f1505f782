#include "core/vocabulary.h"

#include <cstring>

namespace entente {
namespace {

constexpr std::uint64_t kSeed = 0xA0761D6478BD642Full;
constexpr std::uint64_t kMultiplier = 0xE7037ED1A0B428DBull;

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

}  // namespace

std::uint64_t hash_word(std::string_view word) {
  const char* p = word.data();
  std::size_t n = word.size();
  std::uint64_t seed = kSeed ^ n;
  std::uint64_t a = 0, b = 0;
  // Words are short: most take the first two branches, with no loop.
  if (n >= 8 && n <= 16) {
    a = load64(p);
    b = load64(p + n - 8);
  } else if (n >= 4 && n < 8) {
    a = load32(p);
    b = load32(p + n - 4);
  } else if (n > 0 && n < 4) {
    const auto byte = [&](std::size_t i) {
      return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i]));
    };
    a = (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
  } else if (n > 16) {
    while (n > 16) {
      seed = fold_multiply(load64(p) ^ kMultiplier, load64(p + 8) ^ seed);
      p += 16;
      n -= 16;
    }
    a = load64(p + n - 16);
    b = load64(p + n - 8);
  }
  return fold_multiply(a ^ kMultiplier, b ^ seed);
}

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
  return index_.find(hash_word(word), [&](WordId id) { return this->word(id) == word; });
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
