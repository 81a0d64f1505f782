#include "ingest/sentences.h"

#include <algorithm>
#include <array>

#include "core/text.h"

namespace entente {
namespace {

// Words that take a period without ending a sentence, lower case, sorted.
constexpr std::array<std::string_view, 44> kAbbreviations = {
    "adm",  "apr", "aug",  "brig", "capt", "cmdr", "co",     "col",  "corp", "cpl", "dec",
    "dept", "dr",  "e.g",  "etc",  "feb",  "fig",  "gen",    "gov",  "i.e",  "inc", "jan",
    "jr",   "jul", "jun",  "lt",   "ltd",  "maj",  "messrs", "mr",   "mrs",  "ms",  "no",
    "nov",  "oct", "prof", "rep",  "rev",  "sen",  "sep",    "sept", "sgt",  "sr",  "st"};

static_assert(std::is_sorted(kAbbreviations.begin(), kAbbreviations.end()));

bool is_abbreviation(std::string_view word) {
  std::array<char, 8> lower;
  if (word.size() > lower.size()) return false;  // longer than any abbreviation
  std::transform(word.begin(), word.end(), lower.begin(), ascii_lower);
  return std::binary_search(kAbbreviations.begin(), kAbbreviations.end(),
                            std::string_view(lower.data(), word.size()));
}

bool is_closing(char c) {
  return c == '"' || c == '\'' || c == ')' || c == ']';
}

// The word ending just before `dot`, letters and inner periods only.
std::string_view word_before(std::string_view line, std::size_t dot) {
  std::size_t start = dot;
  while (start > 0 && (is_ascii_alpha(line[start - 1]) || line[start - 1] == '.')) --start;
  return line.substr(start, dot - start);
}

// True when the text at `i` (after spaces) can open a sentence: a capital, digit or quote.
bool opens_sentence(std::string_view line, std::size_t i) {
  if (i >= line.size()) return false;
  const auto c = static_cast<unsigned char>(line[i]);
  return (c >= 'A' && c <= 'Z') || is_ascii_digit(line[i]) || c == '"' || c == '\'' || c == '(' ||
         c >= 0xC0 || c == 0xE2 /* curly quotes */;
}

void push_trimmed(std::string_view text, std::size_t begin, std::size_t end, std::vector<SentenceSpan>& out) {
  while (begin < end && is_ascii_space(text[begin])) ++begin;
  while (end > begin && is_ascii_space(text[end - 1])) --end;
  if (end > begin) out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
}

void split_line(std::string_view text, std::size_t line_begin, std::size_t line_end,
                std::vector<SentenceSpan>& out) {
  const std::string_view line = text.substr(line_begin, line_end - line_begin);
  std::size_t start = 0;
  // The next of each sentence end after the one looked at, each found by memchr.
  static constexpr std::array<char, 3> kEnds = {'.', '!', '?'};
  std::array<std::size_t, 3> next_end{};
  for (std::size_t k = 0; k < kEnds.size(); ++k) next_end[k] = line.find(kEnds[k]);
  while (true) {
    const std::size_t i = *std::min_element(next_end.begin(), next_end.end());
    if (i == std::string_view::npos) break;
    for (std::size_t k = 0; k < kEnds.size(); ++k) {
      if (next_end[k] == i) next_end[k] = line.find(kEnds[k], i + 1);
    }
    const char c = line[i];
    std::size_t after = i + 1;
    while (after < line.size() && (is_closing(line[after]) || line[after] == '.')) ++after;
    if (after < line.size() && !is_ascii_space(line[after])) continue;  // "3.5", "U.S"
    std::size_t next = after;
    while (next < line.size() && is_ascii_space(line[next])) ++next;
    if (next < line.size() && !opens_sentence(line, next)) continue;
    if (c == '.') {
      const std::string_view word = word_before(line, i);
      if (is_abbreviation(word)) continue;
      if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') continue;            // an initial
      if (word.find('.') != std::string_view::npos && next < line.size()) continue;  // U.S. Army
    }
    push_trimmed(text, line_begin + start, line_begin + after, out);
    start = after;
  }
  push_trimmed(text, line_begin + start, line_end, out);
}

}  // namespace

void split_sentences(std::string_view text, std::vector<SentenceSpan>& out) {
  std::size_t line_begin = 0;
  while (line_begin < text.size()) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    split_line(text, line_begin, line_end, out);
    line_begin = line_end + 1;
  }
}

}  // namespace entente
