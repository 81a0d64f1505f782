// Fuzz target: the coder (ingest/coder.cc and the stages under it) on arbitrary text, with the
// shipped dictionaries and lexicon.
#include <cstdint>

#include "fuzz/fuzz_check.h"
#include "ingest/ingest.h"

namespace {

using namespace entente;

// Loaded once: building the shipped dictionaries takes far longer than coding one input.
struct Loaded {
  Diagnostics diagnostics;
  Dictionary dictionary = Dictionary::builtin(diagnostics);
  std::unique_ptr<Lexicon> lexicon = builtin_lexicon(diagnostics);
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Loaded loaded;
  static Coder coder(loaded.dictionary, *loaded.lexicon, CoderOptions{true});
  Article article;
  article.id = "fuzz";
  article.file = "fuzz.txt";
  article.date = Date::from_ymd(2019, 6, 20);
  // Not through the reader: the coder must survive any bytes, invalid UTF-8 and NUL included.
  article.text.assign(reinterpret_cast<const char*>(data), size);
  article.title = article.text.substr(0, article.text.find('\n'));
  std::vector<Event> events;
  coder.code(article, events);
  for (const Event& e : events) {
    FUZZ_CHECK(e.begin <= e.end && e.end <= article.text.size());
    FUZZ_CHECK(e.text == article.text.substr(e.begin, e.end - e.begin));
    FUZZ_CHECK(e.article == article.id && e.date == article.date);
    FUZZ_CHECK(!e.source.key.empty() && !e.target.key.empty());
    FUZZ_CHECK(e.source.key != e.target.key);  // CODING.md: source and target differ
    FUZZ_CHECK(e.confidence >= 0 && e.confidence <= 1);
    FUZZ_CHECK(!e.explanation.empty());
  }
  return 0;
}
