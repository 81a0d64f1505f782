// The ingest module's public surface: articles in, events out.
//   ArticleReader  streams articles from plain-text files, JSON Lines files, directories, stdin
//   Coder          codes one article into events by CODING.md, using a Dictionary and Lexicon
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/diagnostics.h"
#include "core/dictionary.h"
#include "core/event.h"
#include "core/status.h"
#include "ingest/lexicon.h"

namespace entente {

struct Article {
  std::string id;        // JSON Lines "id", or the file name without extension
  std::string file;      // the path it was read from ("-" for standard input)
  std::size_t line = 0;  // its line in a JSON Lines file; 0 for a plain-text file
  Date date;
  std::string title;
  std::string text;  // title, a blank line, then the body; event offsets index into this
  std::string url;
  std::string source;  // the outlet, when known
};

// The largest plain-text article file, or JSON Lines line, that the reader accepts. Larger ones are
// rejected without being read into memory whole; README.md ("Limits") says why this size.
inline constexpr std::size_t kMaxArticleBytes = std::size_t{16} << 20;

struct ReaderOptions {
  std::optional<Date> default_date;  // --date: for articles whose file and name carry none
  std::size_t max_article_bytes = kMaxArticleBytes;
};

namespace detail {
// Reads `bytes` as the reader reads a file named `name`: as JSON Lines when the name ends in
// .jsonl or .json, else as one plain-text article; appends the articles to `articles`. For the
// fuzz targets, which have bytes rather than files.
void read_articles_from_buffer(const std::string& name, std::string_view bytes, const ReaderOptions& options,
                               Diagnostics& diagnostics, std::vector<Article>& articles);
}  // namespace detail

// Reads articles one at a time from files, directories (recursively: .txt, .jsonl, .json, following
// symbolic links but never into a directory twice) and "-" (standard input, JSON Lines when it
// starts with '{', else one plain-text article). Inputs that cannot be read, and articles that are
// malformed or too large, are reported to `diagnostics` as FILE[:LINE]: reason and skipped; reading
// goes on with the rest. Memory stays bounded by options.max_article_bytes whatever the input.
class ArticleReader {
 public:
  ArticleReader(std::vector<std::string> paths, ReaderOptions options, Diagnostics& diagnostics);
  ~ArticleReader();
  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;

  // Fills `article` with the next article; returns false when every input is exhausted.
  bool next(Article& article);
  // Bytes of input consumed so far, for progress reports.
  std::uint64_t bytes_read() const;

 private:
  friend void detail::read_articles_from_buffer(const std::string&, std::string_view, const ReaderOptions&,
                                                Diagnostics&, std::vector<Article>&);
  class Impl;
  std::unique_ptr<Impl> impl_;
};

struct CoderOptions {
  bool explain = false;  // fill Event::explanation
};

// Codes articles into events. Holds scratch buffers, so use one Coder per thread; the
// Dictionary and Lexicon it reads are shared and must outlive it.
class Coder {
 public:
  Coder(const Dictionary& dictionary, const Lexicon& lexicon, CoderOptions options = {});
  ~Coder();
  Coder(Coder&&) noexcept;

  // Appends the events of `article` to `events`: each distinct (source, relation, target) once.
  void code(const Article& article, std::vector<Event>& events);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// The relation lexicon shipped in data/lexicon/ (compiled in). Problems are reported to
// `diagnostics`.
std::unique_ptr<Lexicon> builtin_lexicon(Diagnostics& diagnostics);

}  // namespace entente
