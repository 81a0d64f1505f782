// Coding on several threads for `entente ingest`: one reader, N coders (one Coder each), and the
// articles handed back in input order, so that the one writer stores them as if coded one by one
// (a crash then leaves a prefix of the input, docs/storage.md).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "ingest/ingest.h"

namespace entente::cli {

struct CodedArticle {
  Article article;
  std::vector<Event> events;
  std::uint64_t bytes_read = 0;  // input consumed up to the end of this article
};

class CodingPipeline {
 public:
  // Starts `jobs` coding threads. `reader`, `dictionary` and `lexicon` must outlive the pipeline;
  // the reader (and the Diagnostics it reports to) is used from those threads until next()
  // returns nullptr or the pipeline is destroyed.
  // REQUIRES: jobs >= 1.
  CodingPipeline(ArticleReader& reader, const Dictionary& dictionary, const Lexicon& lexicon, int jobs);
  ~CodingPipeline();  // stops the threads, dropping articles not yet taken
  CodingPipeline(const CodingPipeline&) = delete;
  CodingPipeline& operator=(const CodingPipeline&) = delete;

  // The next article in input order with its events, or nullptr when every article was taken.
  // The article stays valid until the next call. Rethrows what a coding thread threw.
  CodedArticle* next();

 private:
  void code_articles(const Dictionary& dictionary, const Lexicon& lexicon);

  ArticleReader& reader_;
  const std::uint64_t window_;  // articles read but not yet taken, at most: bounds memory

  std::mutex mutex_;
  std::condition_variable room_;   // coders wait for the window to have room
  std::condition_variable coded_;  // next() waits for the article it hands out next
  std::uint64_t read_ = 0;         // articles read so far; the next one's sequence number
  std::uint64_t taken_ = 0;        // articles handed out by next()
  bool exhausted_ = false;         // the reader has no more
  bool stopping_ = false;
  std::exception_ptr failure_;
  std::map<std::uint64_t, std::unique_ptr<CodedArticle>> done_;  // by sequence number
  std::vector<std::unique_ptr<CodedArticle>> spare_;             // reused to spare allocations
  std::unique_ptr<CodedArticle> current_;                        // what next() returned last

  std::vector<std::thread> threads_;
};

}  // namespace entente::cli
