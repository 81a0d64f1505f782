// Test helper for the coder's stages: analyses a text of our own with the shipped dictionaries
// and lexicon (ingest/analyzer.h), keeps every sentence, and names what the stages found in
// words, so that tests read like the sentences they check.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/dictionary.h"
#include "ingest/analysis.h"
#include "ingest/analyzer.h"
#include "ingest/ingest.h"
#include "ingest/pairing.h"
#include "ingest/sentences.h"

namespace entente::testing {

// The shipped dictionaries and lexicon, loaded once for all tests.
struct Shipped {
  Diagnostics diagnostics;
  Dictionary dictionary = Dictionary::builtin(diagnostics);
  std::unique_ptr<Lexicon> lexicon = builtin_lexicon(diagnostics);

  static const Shipped& get() {
    static const Shipped shipped;
    return shipped;
  }
};

class Analysed {
 public:
  // Analyses `body` (sentences of one article) as the coder does. The article has no title:
  // the body starts after an empty title line, so its first sentence is no headline.
  explicit Analysed(const std::string& body) : text_("\n\n" + body) {
    const Shipped& shipped = Shipped::get();
    detail::Analyzer analyzer(shipped.dictionary, *shipped.lexicon);
    analyzer.start_article(Date::from_ymd(2018, 5, 23));
    std::vector<SentenceSpan> spans;
    split_sentences(text_, spans);
    for (std::uint32_t i = 0; i < spans.size(); ++i) {
      sentences_.emplace_back();
      analyzer.analyse(text_, i, spans[i], sentences_.back());
    }
  }
  Analysed(const Analysed&) = delete;  // the sentences point into text_
  Analysed& operator=(const Analysed&) = delete;

  std::size_t size() const { return sentences_.size(); }
  const detail::Sentence& operator[](std::size_t i) const { return sentences_[i]; }

  // The first token of sentence `i` whose normalized form is `word`; fails the test when none.
  std::uint32_t token(std::size_t i, std::string_view word) const {
    REQUIRE_MESSAGE(i < sentences_.size(), "no sentence " << i);
    const detail::Sentence& s = sentences_[i];
    for (std::uint32_t t = 0; t < s.size(); ++t) {
      if (s.norm(t) == word) return t;
    }
    FAIL("no token '" << word << "' in sentence " << i);
    return 0;
  }
  // The words of mention `m` of sentence `i`.
  std::string mention(std::size_t i, std::uint32_t m) const {
    const detail::Mention& mention = sentences_[i].mentions[m];
    return std::string(sentences_[i].surface(mention.first, mention.last));
  }
  // The mention covering `word` in sentence `i`, or kNone.
  std::uint32_t mention_at(std::size_t i, std::string_view word) const {
    return sentences_[i].info[token(i, word)].mention;
  }
  // The mention covering `word` in sentence `i`; fails the test when none does.
  const detail::Mention& mention_covering(std::size_t i, std::string_view word) const {
    const std::uint32_t m = mention_at(i, word);
    if (m == detail::kNone) FAIL("no mention covers '" << word << "' in sentence " << i);
    return sentences_[i].mentions[m];
  }
  // The dictionary id of the entity the mention covering `word` resolved to ("" when none).
  std::string entity(std::size_t i, std::string_view word) const {
    const std::uint32_t m = mention_at(i, word);
    if (m == detail::kNone || sentences_[i].mentions[m].entity == detail::kNone) return "";
    return Shipped::get().dictionary.entities()[sentences_[i].mentions[m].entity].id;
  }
  // The kind of the clause holding `word` in sentence `i`.
  detail::ClauseKind clause_kind(std::size_t i, std::string_view word) const {
    const detail::Sentence& s = sentences_[i];
    return s.clauses[s.info[token(i, word)].clause].kind;
  }
  bool same_clause(std::size_t i, std::string_view a, std::string_view b) const {
    const detail::Sentence& s = sentences_[i];
    return s.info[token(i, a)].clause == s.info[token(i, b)].clause;
  }
  // The candidates pairing finds in sentence `i`, each "SOURCE relation TARGET" with the
  // mentions' words; a people candidate shows the civilians as "people of MENTION".
  std::vector<std::string> pairs(std::size_t i) const {
    std::vector<detail::Candidate> candidates;
    detail::pair_triggers(sentences_[i], *Shipped::get().lexicon, candidates);
    std::vector<std::string> out;
    for (const detail::Candidate& c : candidates) {
      std::string source = mention(i, c.source), target = mention(i, c.target);
      if (c.people == detail::People::kSource) source = "people of " + source;
      if (c.people == detail::People::kTarget) target = "people of " + target;
      out.push_back(source + " " + std::string(relation_name(c.relation)) + " " + target);
    }
    return out;
  }

 private:
  std::string text_;
  std::vector<detail::Sentence> sentences_;
};

}  // namespace entente::testing
