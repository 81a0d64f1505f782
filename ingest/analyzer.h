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

namespace entente::detail {

class Analyzer {
 public:
  // REQUIRES: `dictionary` and `lexicon` outlive the analyzer.
  Analyzer(const Dictionary& dictionary, const Lexicon& lexicon)
      : lexicon_(lexicon), mentions_(dictionary, lexicon), coreference_(dictionary) {}

  // Forgets the previous article: its persons, antecedents and focus.
  void start_article() {
    mentions_.start_article();
    coreference_.start_article();
  }
  // Analyses sentence number `index` of `text`, at `span`, into `s`.
  // REQUIRES: the sentences of one article in order, after start_article().
  void analyse(std::string_view text, std::uint32_t index, SentenceSpan span, Sentence& s);

  const Coreference& coreference() const { return coreference_; }

 private:
  const Lexicon& lexicon_;
  MentionFinder mentions_;
  Coreference coreference_;
};

}  // namespace entente::detail
