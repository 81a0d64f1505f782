// Fuzz target: the plain-text article reader (ingest/reader.cc) on arbitrary bytes.
#include <cstdint>

#include "fuzz/articles.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace entente;
  // Dated by its name, so that articles without a date line still get through to the body.
  const std::string name = "2019-06-20_fuzz.txt";
  Diagnostics diagnostics;
  std::vector<Article> articles;
  detail::read_articles_from_buffer(name, {reinterpret_cast<const char*>(data), size}, ReaderOptions{},
                                    diagnostics, articles);
  fuzz::check_articles(articles, diagnostics, name);
  FUZZ_CHECK(articles.size() + diagnostics.errors() == 1);
  return 0;
}
