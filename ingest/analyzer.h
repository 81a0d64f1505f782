// The coder's analysis of an article, one sentence at a time, through the stages declared in
// analysis.h: tokens, word classes, mentions, triggers, clauses and coreference. Pairing
// (pairing.h) reads what it leaves in the Sentence. Internal to ingest/.
#pragma once

#include <string_view>

#include "core/dictionary.h"
#include "ingest/analysis.h"
#include "ingest/coreference.h"
#include "ingest/lexicon.h"
#include "ingest/mentions.h"
#include "ingest/sentences.h"
#include "ingest/words.h"

namespace entente::detail {

class Analyzer {
 public:
  // REQUIRES: `dictionary` and `lexicon` outlive the analyzer.
  Analyzer(const Dictionary& dictionary, const Lexicon& lexicon)
      : words_(dictionary, lexicon), mentions_(dictionary), coreference_(dictionary) {}

  // Forgets the previous article: its persons, antecedents and focus. Names shared by persons
  // mean whoever holds office on the article's `date`.
  void start_article(Date date) {
    mentions_.start_article(date);
    coreference_.start_article();
  }
  // Analyses sentence number `index` of `text`, at `span`, into `s`.
  // REQUIRES: the sentences of one article in order, after start_article().
  void analyse(std::string_view text, std::uint32_t index, SentenceSpan span, Sentence& s);

  const Coreference& coreference() const { return coreference_; }

 private:
  WordTable words_;
  MentionFinder mentions_;
  Coreference coreference_;
};

}  // namespace entente::detail
