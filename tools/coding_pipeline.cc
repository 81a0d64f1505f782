#include "tools/coding_pipeline.h"

namespace entente::cli {

CodingPipeline::CodingPipeline(ArticleReader& reader, const Dictionary& dictionary, const Lexicon& lexicon,
                               int jobs)
    : reader_(reader), window_(8 * static_cast<std::uint64_t>(jobs)) {
  threads_.reserve(jobs);
  for (int i = 0; i < jobs; ++i) {
    threads_.emplace_back([this, &dictionary, &lexicon] { code_articles(dictionary, lexicon); });
  }
}

CodingPipeline::~CodingPipeline() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  room_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void CodingPipeline::code_articles(const Dictionary& dictionary, const Lexicon& lexicon) {
  try {
    Coder coder(dictionary, lexicon);
    std::unique_lock lock(mutex_);
    while (true) {
      room_.wait(lock, [&] { return stopping_ || exhausted_ || read_ - taken_ < window_; });
      if (stopping_ || exhausted_) return;
      std::unique_ptr<CodedArticle> item;
      if (spare_.empty()) {
        item = std::make_unique<CodedArticle>();
      } else {
        item = std::move(spare_.back());
        spare_.pop_back();
      }
      // The reader is not thread-safe: it reads under the lock, and coding runs outside it.
      if (!reader_.next(item->article)) {
        exhausted_ = true;
        room_.notify_all();
        coded_.notify_one();
        return;
      }
      const std::uint64_t sequence = read_++;
      item->bytes_read = reader_.bytes_read();
      lock.unlock();
      item->events.clear();
      coder.code(item->article, item->events);
      lock.lock();
      done_.emplace(sequence, std::move(item));
      if (sequence == taken_) coded_.notify_one();
    }
  } catch (...) {
    std::lock_guard lock(mutex_);
    if (!failure_) failure_ = std::current_exception();
    stopping_ = true;
    room_.notify_all();
    coded_.notify_one();
  }
}

CodedArticle* CodingPipeline::next() {
  std::unique_lock lock(mutex_);
  if (current_) spare_.push_back(std::move(current_));
  coded_.wait(lock, [&] { return failure_ || done_.contains(taken_) || (exhausted_ && taken_ == read_); });
  if (failure_) std::rethrow_exception(failure_);
  const auto it = done_.find(taken_);
  if (it == done_.end()) return nullptr;
  current_ = std::move(it->second);
  done_.erase(it);
  ++taken_;
  room_.notify_one();
  return current_.get();
}

}  // namespace entente::cli
