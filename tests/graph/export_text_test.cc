#include "graph/export_text.h"

#include <doctest/doctest.h>

#include <sstream>

namespace entente::detail {
namespace {

std::string escaped(std::string_view text, Escape mode) {
  std::ostringstream out;
  TextSink sink(out);
  sink.text(text, mode);
  REQUIRE(sink.finish().ok());
  return out.str();
}

}  // namespace

TEST_CASE("XML escaping replaces markup and keeps whitespace as character references") {
  CHECK(escaped("A & <B> \"c\" 'd'", Escape::kXml) == "A &amp; &lt;B&gt; &quot;c&quot; &apos;d&apos;");
  CHECK(escaped("one\ttwo\nthree\r", Escape::kXml) == "one&#9;two&#10;three&#13;");
  CHECK(escaped("back\\slash", Escape::kXml) == "back\\slash");
}

TEST_CASE("DOT and CSV escaping double quotes their own way and drop line breaks") {
  CHECK(escaped("say \"hi\" \\o/", Escape::kDot) == "say \\\"hi\\\" \\\\o/");
  CHECK(escaped("say \"hi\" \\o/", Escape::kCsv) == "say \"\"hi\"\" \\o/");
  CHECK(escaped("a,b\nc\td", Escape::kCsv) == "a,bcd");
  CHECK(escaped("a\nb", Escape::kDot) == "ab");
}

TEST_CASE("characters XML forbids and bytes that are not UTF-8 are dropped in every mode") {
  for (Escape mode : {Escape::kXml, Escape::kDot, Escape::kCsv}) {
    CAPTURE(static_cast<int>(mode));
    CHECK(escaped("Iran\x01\x1f", mode) == "Iran");
    CHECK(escaped("Zo\xc3\xab \xe2\x80\x94 \xf0\x9f\x8c\x8d", mode) ==
          "Zo\xc3\xab \xe2\x80\x94 \xf0\x9f\x8c\x8d");
    CHECK(escaped("a\xff"
                  "b\xc3",
                  mode) == "ab");  // stray bytes, a cut sequence
    CHECK(escaped("a\xc0\xaf"
                  "b",
                  mode) == "ab");  // an overlong '/'
    CHECK(escaped("a\xed\xa0\x80"
                  "b",
                  mode) == "ab");  // a surrogate
    CHECK(escaped("a\xef\xbf\xbe\xef\xbf\xbf"
                  "b",
                  mode) == "ab");                                    // U+FFFE, U+FFFF
    CHECK(escaped("\xf4\x8f\xbf\xbd", mode) == "\xf4\x8f\xbf\xbd");  // U+10FFFD is allowed
    CHECK(escaped("\xf4\x90\x80\x80", mode).empty());                // above U+10FFFF
  }
}

TEST_CASE("values are written by type") {
  std::ostringstream out;
  TextSink sink(out);
  for (const AttributeValue& value :
       {AttributeValue(std::string_view("a&b")), AttributeValue(std::int64_t{-3}), AttributeValue(7.5),
        AttributeValue(18.0), AttributeValue(Date::from_ymd(2019, 1, 2))}) {
    sink.value(value, Escape::kXml);
    sink.raw(" ");
  }
  REQUIRE(sink.finish().ok());
  CHECK(out.str() == "a&amp;b -3 7.5 18 2019-01-02 ");
}

TEST_CASE("large output reaches the stream whole, and a failed stream is reported") {
  std::ostringstream out;
  TextSink sink(out);
  for (int i = 0; i < 100000; ++i) {
    sink.format("{};", i);
    sink.flush_if_full();
  }
  REQUIRE(sink.finish().ok());
  CHECK(out.str().size() == 588890);
  CHECK(out.str().substr(out.str().size() - 6) == "99999;");

  std::ostringstream broken;
  broken.setstate(std::ios::badbit);
  TextSink failing(broken);
  failing.raw("x");
  CHECK(failing.finish().code() == Status::Code::kIOError);
}

}  // namespace entente::detail
