#include "graph/export_text.h"

#include <optional>

namespace entente::detail {
namespace {

// The length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629: no overlong forms,
// no surrogates, nothing above U+10FFFF), or 0 when there is none.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > s.size() || byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = i + 2; k < i + length; ++k) {
    if (byte(k) < 0x80 || byte(k) > 0xBF) return 0;
  }
  return length;
}

// U+FFFE and U+FFFF, which XML forbids although they are well-formed UTF-8.
bool is_noncharacter(std::string_view sequence) {
  return sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF";
}

// What an ASCII character becomes in `mode`: nullopt to keep it, else its replacement (empty to
// drop it).
std::optional<std::string_view> ascii_replacement(char c, Escape mode) {
  if (mode == Escape::kXml) {
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      case '\'': return "&apos;";
      case '\t': return "&#9;";
      case '\n': return "&#10;";
      case '\r': return "&#13;";
    }
  } else if (c == '"') {
    return mode == Escape::kDot ? "\\\"" : "\"\"";
  } else if (c == '\\' && mode == Escape::kDot) {
    return "\\\\";
  }
  if (static_cast<unsigned char>(c) < 0x20) return "";
  return std::nullopt;
}

}  // namespace

void TextSink::text(std::string_view s, Escape mode) {
  std::size_t plain = 0;  // start of the run of bytes copied as they are
  std::size_t i = 0;
  const auto replace = [&](std::size_t length, std::string_view replacement) {
    buffer_.append(s.substr(plain, i - plain));
    buffer_.append(replacement);
    i += length;
    plain = i;
  };
  while (i < s.size()) {
    const char c = s[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (std::optional<std::string_view> replacement = ascii_replacement(c, mode)) {
        replace(1, *replacement);
      } else {
        ++i;
      }
      continue;
    }
    const std::size_t length = utf8_sequence_length(s, i);
    if (length == 0) {
      replace(1, "");
    } else if (is_noncharacter(s.substr(i, length))) {
      replace(length, "");
    } else {
      i += length;
    }
  }
  buffer_.append(s.substr(plain));
}

void TextSink::date(Date d) {
  const int year = d.year();
  if (year < 1 || year > 9999) {  // out of Date::parse's range: no fast path
    format("{:04}-{:02}-{:02}", year, d.month(), d.day());
    return;
  }
  const unsigned month = d.month(), day = d.day();
  const char text[10] = {static_cast<char>('0' + year / 1000),
                         static_cast<char>('0' + year / 100 % 10),
                         static_cast<char>('0' + year / 10 % 10),
                         static_cast<char>('0' + year % 10),
                         '-',
                         static_cast<char>('0' + month / 10),
                         static_cast<char>('0' + month % 10),
                         '-',
                         static_cast<char>('0' + day / 10),
                         static_cast<char>('0' + day % 10)};
  buffer_.append(text, text + sizeof text);
}

void TextSink::value(const AttributeValue& value, Escape mode) {
  if (const auto* s = std::get_if<std::string_view>(&value)) {
    text(*s, mode);
  } else if (const auto* i = std::get_if<std::int64_t>(&value)) {
    const fmt::format_int digits(*i);
    buffer_.append(digits.data(), digits.data() + digits.size());
  } else if (const auto* x = std::get_if<double>(&value)) {
    format("{}", *x);
  } else {
    date(std::get<Date>(value));
  }
}

void TextSink::flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

Status TextSink::finish() {
  flush();
  out_.flush();
  if (!out_) return Status::io_error("write failed");
  return Status();
}

}  // namespace entente::detail
