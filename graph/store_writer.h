// The store's one writer: turns an article and its events into one WriteBatch by the ingest
// semantics of docs/storage.md. Internal to graph/.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <unordered_map>

#include "graph/store_db.h"

namespace entente::detail {

class ArticleBatch;

class ArticleWriter {
 public:
  // Reads the next free article and actor numbers from `db`, which must outlive the writer.
  static Result<std::unique_ptr<ArticleWriter>> create(StoreDb& db);

  // See Store::put_article.
  Result<PutOutcome> put(const ArticleRecord& article, std::span<const Event> events);

 private:
  // An actor as last written, with its number. Actors are few (the dictionaries bound them), so
  // every actor the writer has touched stays cached.
  struct CachedActor {
    ActorNumber number = 0;
    StoredActor record;
  };
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using ActorCache = std::unordered_map<std::string, CachedActor, StringHash, std::equal_to<>>;

  explicit ArticleWriter(StoreDb& db) : db_(db) {}
  Status load_numbers();

  // Removes a replaced article's content, and its mentions when it was counted (handing them to
  // a copy of the same text, when one is stored).
  Status detach(ArticleNumber number, const ArticleRow& old, ArticleBatch& batch);
  // Writes the mentions of a counted article's events and lists them in `row`.
  Status count(ArticleNumber number, ArticleRow& row, std::span<const Event> events, ArticleBatch& batch);
  // Whether a stored article holds the text of `hash`.
  Result<bool> holds_content(std::uint64_t hash) const;

  // The cached actor of `ref.id`, created (and numbered) when the store has never seen it, and
  // updated by this mention at `date`.
  Result<CachedActor*> touch(const ActorRef& ref, Date date, ArticleBatch& batch);
  // The actor numbered `number`, its seen dates widened to `date`.
  Status touch_date(ActorNumber number, Date date, ArticleBatch& batch);
  Result<CachedActor*> cached(std::string_view id);

  StoreDb& db_;
  ArticleNumber next_article_ = 0;
  ActorNumber next_actor_ = 0;
  ActorCache actors_;
};

}  // namespace entente::detail
