// Sentence splitting for news text: paragraphs are lines, and a period ends a sentence unless it
// closes an abbreviation ("Gen.", "Jan.", "U.S.") or an initial ("George W. Bush").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace entente {

struct SentenceSpan {
  std::uint32_t begin = 0;  // byte offsets into the text
  std::uint32_t end = 0;
};

// Appends the sentences of `text` to `out`, trimmed of surrounding space; empty ones are dropped.
void split_sentences(std::string_view text, std::vector<SentenceSpan>& out);

}  // namespace entente
