// The properties every article the reader returns must have, whatever its input: the two reader
// targets (plain_text_fuzz.cc, json_lines_fuzz.cc) check them.
#pragma once

#include <vector>

#include "fuzz/fuzz_check.h"
#include "ingest/ingest.h"

namespace entente::fuzz {

inline void check_articles(const std::vector<Article>& articles, const Diagnostics& diagnostics,
                           const std::string& name) {
  for (const Article& a : articles) {
    FUZZ_CHECK(!a.id.empty());
    FUZZ_CHECK(a.file == name);
    FUZZ_CHECK(a.text.starts_with(a.title + "\n\n"));
    FUZZ_CHECK(a.title.find('\n') == std::string::npos);
    // The coder and the store receive only valid UTF-8 without NUL characters.
    for (const std::string* text : {&a.id, &a.text, &a.url, &a.source}) {
      FUZZ_CHECK(is_valid_utf8(*text));
      FUZZ_CHECK(text->find('\0') == std::string::npos);
    }
  }
  for (const Diagnostic& d : diagnostics.items()) {
    FUZZ_CHECK(d.file == name);
    FUZZ_CHECK(!d.message.empty());
  }
}

}  // namespace entente::fuzz
