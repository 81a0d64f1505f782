// The store's one writer: turns an article and its events into one WriteBatch by the ingest
// semantics of docs/storage.md. Internal to graph/.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>

#include "core/string_map.h"
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
  using ActorCache = StringMap<CachedActor>;

  explicit ArticleWriter(StoreDb& db) : db_(db) {}
  // Reads the next free numbers and empties the actor cache.
  Status load_numbers();
  // put() without its checks of the input: one WriteBatch for the article, committed.
  Result<PutOutcome> write(const ArticleRecord& article, std::span<const Event> events);

  // Of the articles holding one text, the one with the least number is counted: its mentions
  // stand for all. These keep that so whatever order articles come in (docs/storage.md).
  struct CountedMentions {
    std::vector<std::string> values;
    std::vector<std::uint32_t> confidences;
  };
  // Removes a replaced article's old text: when it was counted, its mentions go, and pass to the
  // next holder of that text, if any.
  Status detach(ArticleNumber number, const ArticleRow& old, ArticleBatch& batch);
  // Enters `row`'s text: counted with `events` unless an article with a smaller number holds it
  // (one with a greater number stops counting). Returns whether `row` is counted.
  Result<bool> attach(ArticleNumber number, ArticleRow& row, std::span<const Event> events,
                      ArticleBatch& batch);
  // Removes the mentions of counted article `number`, keeping them in `removed` when given.
  Status uncount(ArticleNumber number, ArticleRow& row, ArticleBatch& batch, CountedMentions* removed);
  // Writes the mentions of `events` for article `number` and lists them in `row`.
  Status count(ArticleNumber number, ArticleRow& row, std::span<const Event> events, ArticleBatch& batch);
  // The least article number holding the text of `hash`, other than `except`.
  Result<std::optional<ArticleNumber>> least_holder(std::uint64_t hash, ArticleNumber except) const;
  Result<ArticleRow> load_article(ArticleNumber number) const;

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
