// The text output the exporters share: a buffered sink with escaping for XML, DOT and CSV.
// Internal to graph/.
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <ostream>
#include <string_view>
#include <variant>

#include "core/date.h"
#include "core/status.h"

namespace entente::detail {

// How text is escaped. Every mode drops bytes that are not UTF-8 and the characters XML 1.0
// forbids (C0 controls, U+FFFE, U+FFFF), so that names with stray bytes never break a file.
enum class Escape {
  kXml,  // &amp; &lt; &gt; &quot; &apos;, and tab, newline, return as character references
  kDot,  // \" and \\ inside a double-quoted DOT string; tab, newline, return dropped too
  kCsv,  // "" inside a double-quoted CSV field; tab, newline, return dropped too
};

// A typed attribute value: text, an integer, a real number or a day.
using AttributeValue = std::variant<std::string_view, std::int64_t, double, Date>;

// Gathers a writer's output and hands it to the stream in large blocks: exports write millions
// of small pieces.
class TextSink {
 public:
  explicit TextSink(std::ostream& out) : out_(out) {}
  TextSink(const TextSink&) = delete;
  TextSink& operator=(const TextSink&) = delete;

  // Appends `s` as it is.
  void raw(std::string_view s) { buffer_.append(s); }
  template <class... Args>
  void format(fmt::format_string<Args...> format, Args&&... args) {
    fmt::format_to(fmt::appender(buffer_), format, std::forward<Args>(args)...);
  }
  // Appends `s` escaped for `mode`.
  void text(std::string_view s, Escape mode);
  void date(Date d);  // YYYY-MM-DD
  // Appends `value`: text escaped for `mode`, numbers in their shortest exact form, days as dates.
  void value(const AttributeValue& value, Escape mode);

  // Hands the gathered output to the stream once there is enough of it; call between records.
  void flush_if_full() {
    if (buffer_.size() >= kBlockSize) flush();
  }
  // Hands over the rest. Returns IOError when the stream failed at any point.
  Status finish();

 private:
  static constexpr std::size_t kBlockSize = 1 << 16;
  void flush();

  std::ostream& out_;
  fmt::memory_buffer buffer_;
};

}  // namespace entente::detail
