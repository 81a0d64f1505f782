// Words as Entente compares them. The coder tokenizes article text with this, the dictionaries
// normalize their names with it, and the query binder normalizes actor names with it, so that a
// name matches wherever it is written the same way up to case, diacritics, quotes and hyphens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/vocabulary.h"

namespace entente {

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunct };

// Flags of a token's surface form.
enum TokenFlag : std::uint8_t {
  kCapitalized = 1 << 0,   // first letter upper case: "Syria", "US"
  kAllUpper = 1 << 1,      // two or more letters, all upper case: "US", "NATO", "U.S."
  kPossessive = 1 << 2,    // followed by 's or s' that was folded into the token: "Syria's"
  kHyphenNext = 1 << 3,    // joined to the next token by a hyphen: "Russian-backed"
  kAbbreviation = 1 << 4,  // letters with internal or final periods: "U.S.", "Gen."
};

struct Token {
  std::uint32_t begin = 0;  // byte offset of the surface form in the tokenized text
  std::uint32_t end = 0;    // one past its last byte (includes a folded 's)
  std::uint32_t norm_begin = 0;
  std::uint32_t norm_size = 0;
  WordId word = kUnknownWord;  // the id of the normalized form, once TokenBuffer::set_words ran
  TokenKind kind = TokenKind::kPunct;
  std::uint8_t flags = 0;

  bool has(TokenFlag flag) const { return (flags & flag) != 0; }
};

// Tokens of one text, with their normalized forms stored side by side in one buffer so that
// tokenizing allocates only when the buffers grow.
class TokenBuffer {
 public:
  void clear() {
    tokens_.clear();
    norm_.clear();
    words_ = nullptr;
  }
  const std::vector<Token>& tokens() const { return tokens_; }
  std::size_t size() const { return tokens_.size(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }
  // The normalized form: lower case ASCII where the letter has an ASCII base, no diacritics,
  // straight quotes, no periods inside abbreviations ("U.S." -> "us"), no possessive 's.
  std::string_view norm(const Token& token) const {
    return std::string_view(norm_.data() + token.norm_begin, token.norm_size);
  }
  std::string_view norm(std::size_t i) const { return norm(tokens_[i]); }

  // Sets each token's word to its id in `words` (kUnknownWord when absent), so that later
  // lookups index arrays instead of hashing strings. REQUIRES: `words` outlives its use here.
  void set_words(const Vocabulary& words);
  // The vocabulary of the tokens' word ids: nullptr until set_words, and again after tokenize
  // appends.
  const Vocabulary* words() const { return words_; }

 private:
  friend void tokenize(std::string_view text, std::uint32_t base, TokenBuffer& out);
  std::vector<Token> tokens_;
  std::string norm_;
  const Vocabulary* words_ = nullptr;
};

// Appends the tokens of `text` to `out`; offsets are `base` + the offset in `text`.
// Words are runs of letters, digits, apostrophes and abbreviation periods; a comma, colon or period
// between digits stays inside a number ("300,000", "2:30", "2.5"); hyphens separate words
// (setting kHyphenNext); every other non-space character is a punctuation token of its own.
// Invalid UTF-8 bytes are treated as punctuation.
void tokenize(std::string_view text, std::uint32_t base, TokenBuffer& out);

// The normalized token forms of `text` joined by single spaces: the key under which dictionaries
// store names. normalize_phrase("Al-Qa'ida’s") == "al qa'ida".
std::string normalize_phrase(std::string_view text);

// ASCII helpers shared by the parsers.
constexpr bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_ascii_alpha(char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
constexpr bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
}
bool equals_ignore_case(std::string_view a, std::string_view b);
std::string_view trim(std::string_view s);
// Splits on `separator`, trimming each piece; empty pieces are kept.
std::vector<std::string_view> split(std::string_view s, char separator);

}  // namespace entente
