// Fuzz target: the JSON Lines article reader (ingest/reader.cc, core/json.h) on arbitrary bytes.
#include <algorithm>
#include <cstdint>

#include "fuzz/articles.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace entente;
  const std::string name = "fuzz.jsonl";
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  std::vector<Article> articles;
  ReaderOptions options;
  options.max_article_bytes = 1000;  // small, so that the limit is met too
  detail::read_articles_from_buffer(name, bytes, options, diagnostics, articles);
  fuzz::check_articles(articles, diagnostics, name);
  // At most one article or one rejection per line, in line order.
  const std::size_t lines = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
  FUZZ_CHECK(articles.size() + diagnostics.errors() <= lines);
  for (std::size_t i = 1; i < articles.size(); ++i) FUZZ_CHECK(articles[i - 1].line < articles[i].line);
  for (const Article& a : articles) FUZZ_CHECK(a.line >= 1 && a.line <= lines);
  return 0;
}
