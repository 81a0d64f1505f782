#include "ingest/analyzer.h"

#include "core/text.h"
#include "ingest/clauses.h"
#include "ingest/triggers.h"

namespace entente::detail {

void Analyzer::analyse(std::string_view text, std::uint32_t index, SentenceSpan span, Sentence& s) {
  const std::string_view words = text.substr(span.begin, span.end - span.begin);
  s.text = text;
  s.index = index;
  s.tokens.clear();
  tokenize(words, span.begin, s.tokens);
  s.question = words.ends_with('?') || words.ends_with("?\"");
  classify_words(s, words_);
  mentions_.find(s);
  find_triggers(s);
  find_clauses(s);
  coreference_.resolve(s);
  s.focus = coreference_.focus();
}

}  // namespace entente::detail
