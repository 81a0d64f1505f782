#include "ingest/utf8.h"

namespace entente {
namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid.
std::size_t valid_sequence(const std::string& s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return b0 == 0 ? 0 : 1;  // NUL is valid UTF-8 but never article text
  std::size_t length;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // beyond U+10FFFF
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  if (b1 < lo || b1 > hi) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return length;
}

}  // namespace

std::size_t replace_invalid_utf8(std::string& text) {
  std::size_t i = 0;
  // Fast path: most text is valid; only copy once an invalid byte is found.
  while (i < text.size()) {
    const std::size_t n = valid_sequence(text, i);
    if (n == 0) break;
    i += n;
  }
  if (i == text.size()) return 0;
  std::string out(text, 0, i);
  std::size_t replaced = 0;
  while (i < text.size()) {
    const std::size_t n = valid_sequence(text, i);
    if (n > 0) {
      out.append(text, i, n);
      i += n;
      continue;
    }
    out += "\xEF\xBF\xBD";
    ++replaced;
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  text = std::move(out);
  return replaced;
}

}  // namespace entente
