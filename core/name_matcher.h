// Finding actor names in tokenized text by the matching rules of docs/dictionaries.md: the
// longest name by hashed token n-grams; acronyms only where written in capitals; entity names only
// where some word is capitalized; guarded names ("Jordan", "Chad", one-word seats) only where not
// run together with other capitalized words; excluded phrases ("Michael Jordan") naming nothing;
// and an adjective or possessive narrowed by a following sector word ("Syrian rebels").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/dictionary.h"
#include "core/text.h"

namespace entente {

struct NameMatch {
  std::uint32_t first = 0;  // tokens [first, last) of the buffer
  std::uint32_t last = 0;
  const NameEntry* name = nullptr;         // the entity's name, adjective or seat
  const NameEntry* sector_word = nullptr;  // the sector word that narrows it, or nullptr
  bool adjective_only() const { return name->kind == NameKind::kAdjective && sector_word == nullptr; }
};

class NameMatcher {
 public:
  // REQUIRES: `dictionary` outlives the matcher and is not modified while it is used.
  explicit NameMatcher(const Dictionary& dictionary) : dictionary_(dictionary) {}

  // Appends the names found in tokens [first, last) of `tokens` (one sentence, say) to `out`, left
  // to right and not overlapping. When a phrase names several entities, the one that stands for
  // an actor on `date` is chosen: a person in office over one out of office.
  void find(const TokenBuffer& tokens, std::uint32_t first, std::uint32_t last, Date date,
            std::vector<NameMatch>& out);

  // The actor a match stands for on `date` (ActorRef::mention is left empty).
  ActorRef resolve(const NameMatch& match, Date date) const;

 private:
  struct Span {
    std::uint32_t first, last;
  };
  // Fills phrase_ with the n-grams starting at `at`, boundaries_[n - 1] ending the n-gram of n.
  void ngrams(std::uint32_t at);
  // The longest name starting at `at` that fits the text there; an excluded phrase gives a match
  // with a null name. Returns false when nothing starts there.
  bool name_at(std::uint32_t at, Date date, NameMatch& match);
  // The longest sector word starting at `at`, or nullptr; `end` receives where it ends.
  const NameEntry* sector_word_at(std::uint32_t at, std::uint32_t& end);
  // The entry of `entries` that the text at `span` can mean on `date`, or nullptr.
  const NameEntry* choose(std::span<const NameEntry> entries, Span span, Date date) const;
  // Whether a guarded name at `name` stands alone rather than inside a longer proper name.
  bool standalone(Span name) const;

  const Dictionary& dictionary_;
  const TokenBuffer* tokens_ = nullptr;
  Span range_{0, 0};
  std::uint32_t previous_end_ = 0;  // where the last match ended, so "Syria, Jordan" chains
  bool title_case_ = false;         // a headline: capitals say nothing about proper names
  std::string phrase_;
  std::vector<std::uint32_t> boundaries_;
};

}  // namespace entente
