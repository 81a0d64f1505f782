#include "core/text.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace entente {
namespace {

// ASCII bases of U+00C0..U+017F; '*' marks the two symbols (multiply, divide) in that range.
constexpr std::string_view kLatinFold =
    "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo*ouuuuyty"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSs"
    "SsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(kLatinFold.size() == 0x180 - 0xC0);

enum class CharClass : unsigned char { kSpace, kLetter, kDigit, kApostrophe, kHyphen, kOther };

struct Decoded {
  char32_t code = 0;
  int length = 1;  // bytes consumed; 1 for an invalid byte
  bool valid = false;
};

Decoded decode(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1, true};
  int length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
  if (length == 0 || b0 > 0xF4 || i + length > s.size()) return {};
  char32_t code = b0 & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {};
    code = (code << 6) | (b & 0x3F);
  }
  const char32_t min_code = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
  if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {};
  return {code, length, true};
}

// ASCII first: news text is mostly ASCII, and the multi-byte path is the exception.
inline Decoded decode_fast(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) [[likely]]
    return {b0, 1, true};
  return decode(s, i);
}

constexpr CharClass ascii_class(char a) {
  if (is_ascii_space(a)) return CharClass::kSpace;
  if (is_ascii_alpha(a)) return CharClass::kLetter;
  if (is_ascii_digit(a)) return CharClass::kDigit;
  if (a == '\'') return CharClass::kApostrophe;
  if (a == '-') return CharClass::kHyphen;
  return CharClass::kOther;
}

constexpr std::array<CharClass, 128> kAsciiClasses = [] {
  std::array<CharClass, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = ascii_class(static_cast<char>(c));
  return table;
}();

CharClass classify(char32_t c) {
  if (c < 0x80) [[likely]]
    return kAsciiClasses[c];
  if (c == 0x2019 || c == 0x2018 || c == 0x02BC) return CharClass::kApostrophe;
  if (c == 0x2010 || c == 0x2011) return CharClass::kHyphen;
  if (c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF) {
    return CharClass::kSpace;
  }
  if (c >= 0xC0 && c < 0x180) return kLatinFold[c - 0xC0] == '*' ? CharClass::kOther : CharClass::kLetter;
  if (c < 0xC0) return CharClass::kOther;  // Latin-1 punctuation and symbols
  if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F) ||
      (c >= 0xFF00 && c <= 0xFF0F) || c >= 0xFFF0) {
    return CharClass::kOther;
  }
  return CharClass::kLetter;  // other scripts are kept as letters, unfolded
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c < 0xDF) return true;
  if (c >= 0x100 && c < 0x180) return c % 2 == 0;  // close enough for Latin Extended-A
  return false;
}

// Writes the normalized form of a letter or digit at `out`; returns the end of what it wrote.
char* write_norm(char32_t c, std::string_view raw, char* out) {
  if (c < 0x80) {
    *out++ = ascii_lower(static_cast<char>(c));
    return out;
  }
  if (c >= 0xC0 && c < 0x180) {
    if (c == 0xDF) {
      *out++ = 's';
      *out++ = 's';
    } else {
      *out++ = ascii_lower(kLatinFold[c - 0xC0]);
    }
    return out;
  }
  std::memcpy(out, raw.data(), raw.size());
  return out + raw.size();
}

// Bytes that the tokenizer's ASCII fast path handles without decoding.
enum ByteFlag : std::uint8_t {
  kWordByte = 1 << 0,    // an ASCII letter or digit
  kLetterByte = 1 << 1,  // an ASCII letter
  kUpperByte = 1 << 2,   // an ASCII capital
  kLowerByte = 1 << 3,   // an ASCII small letter
  kSpaceByte = 1 << 4,   // ASCII white space
};

constexpr std::array<std::uint8_t, 256> kByteFlags = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 128; ++c) {
    const char a = static_cast<char>(c);
    if (is_ascii_alpha(a))
      table[c] = kWordByte | kLetterByte | (a >= 'A' && a <= 'Z' ? kUpperByte : kLowerByte);
    if (is_ascii_digit(a)) table[c] = kWordByte;
    if (is_ascii_space(a)) table[c] = kSpaceByte;
  }
  return table;
}();

// For the word loop, one load per byte: the normalized byte in the low half, its ByteFlag bits in
// the high half.
constexpr std::uint16_t kWordEntry = kWordByte << 8;
constexpr std::array<std::uint16_t, 256> kWordBytes = [] {
  std::array<std::uint16_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = static_cast<std::uint16_t>((kByteFlags[c] << 8) |
                                          static_cast<unsigned char>(ascii_lower(static_cast<char>(c))));
  }
  return table;
}();

constexpr bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

std::string_view punct_norm(char32_t c, std::string_view raw) {
  switch (c) {
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0xAB:
    case 0xBB: return "\"";
    case 0x2013:
    case 0x2014:
    case 0x2212: return "-";
    case 0x2026: return "...";
    default: return raw;
  }
}

}  // namespace

void TokenBuffer::set_words(const Vocabulary& words) {
  for (Token& token : tokens_) token.word = words.find(norm(token));
  words_ = &words;
}

void tokenize(std::string_view text, std::uint32_t base, TokenBuffer& out) {
  out.words_ = nullptr;  // the new tokens have no word ids yet
  // A normalized form is never longer than its text (folding only shrinks it; "ß" -> "ss" keeps
  // two bytes), so the buffer grows once and is written through a pointer.
  const std::size_t norm_begin = out.norm_.size();
  out.norm_.resize(norm_begin + text.size());
  char* const norm = out.norm_.data();
  char* w = norm + norm_begin;
  const char* const s = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const std::uint8_t f0 = kByteFlags[b0];
    if (f0 & kSpaceByte) {
      ++i;
      continue;
    }
    Token token;
    token.begin = base + static_cast<std::uint32_t>(i);
    token.norm_begin = static_cast<std::uint32_t>(w - norm);
    if (b0 < 0x80 && !(f0 & kWordByte)) {  // ASCII punctuation is its own normalized form
      *w++ = static_cast<char>(b0);
      ++i;
      token.end = base + static_cast<std::uint32_t>(i);
      token.norm_size = 1;
      out.tokens_.push_back(token);
      continue;
    }
    CharClass cls = CharClass::kLetter;
    bool capitalized = (f0 & kUpperByte) != 0;
    if (b0 >= 0x80) {
      const Decoded d = decode(text, i);
      cls = d.valid ? classify(d.code) : CharClass::kOther;
      if (cls == CharClass::kSpace) {
        i += d.length;
        continue;
      }
      if (cls != CharClass::kLetter && cls != CharClass::kDigit) {
        const std::string_view p =
            d.valid ? punct_norm(d.code, text.substr(i, d.length)) : std::string_view("?");
        std::memcpy(w, p.data(), p.size());
        w += p.size();
        i += d.length;
        token.end = base + static_cast<std::uint32_t>(i);
        token.norm_size = static_cast<std::uint32_t>(w - norm) - token.norm_begin;
        out.tokens_.push_back(token);
        continue;
      }
      capitalized = is_upper(d.code);
    }

    // A word or number. Track the length of the current period-separated segment so that
    // "U.S." joins while "end.Next" does not.
    if (capitalized) token.flags |= kCapitalized;
    std::uint8_t seen = 0;  // ByteFlag bits of the letters: any small one rules out kAllUpper
    int upper_letters = 0, segment = 0, periods = 0;
    std::size_t word_end = 0;  // where a hyphenated word ends, before its hyphen
    while (i < n) {
      // ASCII letters and digits, most of news text, take no decoding.
      const std::size_t run = i;
      for (; i < n; ++i) {
        const std::uint16_t entry = kWordBytes[static_cast<unsigned char>(s[i])];
        if (!(entry & kWordEntry)) break;
        *w++ = static_cast<char>(entry);
        seen |= static_cast<std::uint8_t>(entry >> 8);
      }
      segment += static_cast<int>(i - run);
      // Capitals are counted only while they may make the word kAllUpper.
      if (!(seen & kLowerByte))
        upper_letters += static_cast<int>(std::count_if(s + run, s + i, is_ascii_upper));
      if (i >= n) break;
      const auto b = static_cast<unsigned char>(s[i]);
      // "300,000", "2:30", "2.5": a separator between digits belongs to the number.
      if ((b == ',' || b == ':' || b == '.') && !(seen & kLetterByte) && i > run && i + 1 < n &&
          is_ascii_digit(s[i + 1])) {
        *w++ = static_cast<char>(b);
        ++i;
        continue;
      }
      if (b < 0x80 && b != '\'' && b != '.' && b != '-') break;  // a space or punctuation ends the word
      const bool letters = (seen & kLetterByte) != 0;
      const Decoded c = decode_fast(text, i);
      const CharClass k = c.valid ? classify(c.code) : CharClass::kOther;
      if (k == CharClass::kLetter || k == CharClass::kDigit) {
        if (k == CharClass::kLetter) {
          const bool upper = is_upper(c.code);
          seen |= kLetterByte | (upper ? kUpperByte : kLowerByte);
          upper_letters += upper;
        }
        w = write_norm(c.code, text.substr(i, c.length), w);
        ++segment;
        i += c.length;
        continue;
      }
      if (k == CharClass::kApostrophe && i + c.length < n) {
        const std::size_t next = i + c.length;
        const Decoded after = decode_fast(text, next);
        const bool letter_after = after.valid && classify(after.code) == CharClass::kLetter;
        const bool word_end_after = next + 1 >= n || !(is_ascii_alpha(s[next + 1]) ||
                                                       static_cast<unsigned char>(s[next + 1]) >= 0x80);
        if (letter_after && (s[next] == 's' || s[next] == 'S') && word_end_after) {
          token.flags |= kPossessive;  // Syria's
          i = next + 1;
          break;
        }
        if (letter_after) {  // O'Brien, Qa'ida, doesn't
          *w++ = '\'';
          i = next;
          continue;
        }
      }
      if (k == CharClass::kApostrophe && letters && i > 0 && ascii_lower(s[i - 1]) == 's') {
        token.flags |= kPossessive;  // the countries' leaders
        i += c.length;
        break;
      }
      if (c.code == '.' && letters && segment == 1 && i + 1 < n && is_ascii_alpha(s[i + 1])) {
        ++periods;  // U.S, U.N, an internal period after a single letter
        segment = 0;
        ++i;
        continue;
      }
      if (c.code == '.' && periods > 0 && segment == 1) {
        ++periods;  // the final period of U.S.
        ++i;
        break;
      }
      if (k == CharClass::kHyphen && i + c.length < n) {
        const Decoded after = decode_fast(text, i + c.length);
        const CharClass ak = after.valid ? classify(after.code) : CharClass::kOther;
        if (ak == CharClass::kLetter || ak == CharClass::kDigit) {
          token.flags |= kHyphenNext;
          word_end = i;
          i += c.length;  // the next token starts after the hyphen
        }
      }
      break;
    }
    const bool letters = (seen & kLetterByte) != 0;
    token.end = base + static_cast<std::uint32_t>((token.flags & kHyphenNext) ? word_end : i);
    token.norm_size = static_cast<std::uint32_t>(w - norm) - token.norm_begin;
    token.kind = letters ? TokenKind::kWord : TokenKind::kNumber;
    if (periods > 0) token.flags |= kAbbreviation;
    if (letters && !(seen & kLowerByte) && upper_letters >= 2) token.flags |= kAllUpper;
    out.tokens_.push_back(token);
  }
  out.norm_.resize(static_cast<std::size_t>(w - norm));
}

std::string normalize_phrase(std::string_view text) {
  TokenBuffer buffer;
  tokenize(text, 0, buffer);
  std::string phrase;
  for (const Token& token : buffer.tokens()) {
    if (!phrase.empty()) phrase.push_back(' ');
    phrase += buffer.norm(token);
  }
  return phrase;
}

bool equals_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> pieces;
  while (true) {
    const std::size_t at = s.find(separator);
    pieces.push_back(trim(s.substr(0, at)));
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
  return pieces;
}

}  // namespace entente
