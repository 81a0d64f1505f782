#include "graph/store.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_map>

#include "graph/store_db.h"
#include "graph/store_verify.h"
#include "graph/store_writer.h"

namespace entente {
using detail::actor_prefix;
using detail::ActorNumber;
using detail::ArticleNumber;
using detail::ArticleRow;
using detail::ArticleWriter;
using detail::decode_actor;
using detail::decode_dyad_key;
using detail::decode_mention;
using detail::decode_mention_key;
using detail::decode_month_key;
using detail::decode_number;
using detail::encode_day;
using detail::month_of;
using detail::NumberKey;
using detail::pair_prefix;
using detail::put_u32;
using detail::ReadSnapshot;
using detail::StoreDb;
using detail::Tally;
using detail::Triple;
using enum detail::Family;

class Store::Impl {
 public:
  std::unique_ptr<StoreDb> db;
  std::unique_ptr<ArticleWriter> writer;  // when opened kReadWrite

  // Every actor record by number, for a read-only store (whose state is fixed when it opens),
  // read in one pass the first time a scan needs them; nullptr for a writer, whose actors change.
  const std::vector<StoredActor>* all_actors() {
    if (writer) return nullptr;
    std::call_once(actors_loaded_, [this] { actors_status_ = load_actors(); });
    return actors_status_.ok() ? &actors_ : nullptr;  // on failure scans look up, and report
  }

 private:
  Status load_actors() {
    std::unique_ptr<rocksdb::Iterator> it = db->iterate(kActors, rocksdb::ReadOptions());
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      ActorNumber n = 0;
      StoredActor& actor = actors_.emplace_back();
      if (!decode_number(it->key().ToStringView(), n) || n + 1 != actors_.size() ||
          !decode_actor(it->value().ToStringView(), actor)) {
        return db->damaged(kActors, it->key().ToStringView());  // numbers are dense from 0
      }
    }
    return db->error(it->status());
  }

  std::once_flag actors_loaded_;
  Status actors_status_;
  std::vector<StoredActor> actors_;
};

namespace {

// Numbers back to ids and records, cached for the length of one read.
class Resolver {
 public:
  // `all_actors`, when given, holds every actor by number.
  Resolver(const StoreDb& db, const rocksdb::ReadOptions& options, const std::vector<StoredActor>* all_actors)
      : db_(db), options_(options), all_actors_(all_actors) {}

  // The number of actor `id`, or nullopt when the store has never seen it.
  Result<std::optional<ActorNumber>> number(std::string_view id) const {
    std::string value;
    Result<bool> found = db_.get(kActorIds, id, value, options_);
    if (!found.ok()) return found.status();
    if (!*found) return std::optional<ActorNumber>();
    ActorNumber n = 0;
    if (!decode_number(value, n)) return db_.damaged(kActorIds, id);
    return std::optional<ActorNumber>(n);
  }

  Result<const StoredActor*> actor(ActorNumber n) {
    if (all_actors_ != nullptr && n < all_actors_->size()) return &(*all_actors_)[n];
    if (auto it = actors_.find(n); it != actors_.end()) return &it->second;
    std::string value;
    Result<bool> found = db_.get(kActors, NumberKey(n).view(), value, options_);
    if (!found.ok()) return found.status();
    StoredActor record;
    if (!*found || !decode_actor(value, record)) return db_.damaged(kActors, NumberKey(n).view(), "missing");
    return &actors_.emplace(n, std::move(record)).first->second;
  }

  Result<std::string_view> article(ArticleNumber n) {
    if (articles_.empty()) articles_.resize(kArticleSlots);  // only scans of events need it
    Slot& slot = articles_[n % articles_.size()];
    if (slot.filled && slot.number == n) return std::string_view(slot.id);
    std::string value;
    Result<bool> found = db_.get(kArticles, NumberKey(n).view(), value, options_);
    if (!found.ok()) return found.status();
    ArticleRow row;
    if (!*found || !ArticleRow::decode(value, row)) {
      return db_.damaged(kArticles, NumberKey(n).view(), "missing");
    }
    slot = Slot{true, n, std::move(row.id)};
    return std::string_view(slot.id);
  }

 private:
  struct Slot {
    bool filled = false;
    ArticleNumber number = 0;
    std::string id;
  };
  const StoreDb& db_;
  const rocksdb::ReadOptions& options_;
  const std::vector<StoredActor>* all_actors_;
  std::unordered_map<ActorNumber, StoredActor> actors_;  // those looked up, without all_actors_
  // Articles are many: a direct-mapped cache, made on first use, since most reads (dyads,
  // actors, counts) never look an article up and would pay for its strings on every call.
  static constexpr std::size_t kArticleSlots = 1024;
  std::vector<Slot> articles_;
};

EventTally public_tally(const Tally& t, Relation relation) {
  return EventTally{t.events, t.articles,
                    relation_info(relation).weight * static_cast<double>(t.confidence) / 1000.0, t.first,
                    t.last};
}

}  // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string& dir, Mode mode) {
  auto impl = std::make_unique<Impl>();
  Result<std::unique_ptr<StoreDb>> db = StoreDb::open(dir, mode == Mode::kReadWrite);
  if (!db.ok()) return db.status();
  impl->db = std::move(*db);
  if (mode == Mode::kReadWrite) {
    Result<std::unique_ptr<ArticleWriter>> writer = ArticleWriter::create(*impl->db);
    if (!writer.ok()) return writer.status();
    impl->writer = std::move(*writer);
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

const std::string& Store::dir() const {
  return impl_->db->dir();
}

Result<PutOutcome> Store::put_article(const ArticleRecord& article, std::span<const Event> events) {
  if (!impl_->writer) return Status::unsupported(fmt::format("store {} is open read-only", dir()));
  return impl_->writer->put(article, events);
}

Result<StoreCheck> Store::verify() const {
  return detail::verify_store(*impl_->db);
}

Status Store::scan_events(std::string_view source_id, std::string_view target_id,
                          const std::function<bool(const StoredEvent&)>& visit) const {
  const StoreDb& d = *impl_->db;
  const ReadSnapshot snapshot(d);
  Resolver resolve(d, snapshot.options, impl_->all_actors());
  std::optional<ActorNumber> source, target;
  for (auto [id, number] : {std::pair{source_id, &source}, {target_id, &target}}) {
    if (id.empty()) continue;
    Result<std::optional<ActorNumber>> n = resolve.number(id);
    if (!n.ok()) return n.status();
    if (!*n) return Status();  // an actor never seen has no events
    *number = **n;
  }

  // The (source, target) prefixes of `mentions` to read: the sources of a target come from its
  // in dyads.
  std::vector<std::string> prefixes;
  if (source) {
    prefixes.push_back(target ? pair_prefix(*source, *target) : std::string(NumberKey(*source).view()));
  } else if (target) {
    const std::string in = actor_prefix(Direction::kIn, *target);
    std::unique_ptr<rocksdb::Iterator> it = d.iterate(kDyads, snapshot.options);
    Direction dir;
    ActorNumber actor = 0, other = 0;
    Relation relation;
    for (it->Seek(in); it->Valid() && it->key().starts_with(in); it->Next()) {
      if (!decode_dyad_key(it->key().ToStringView(), dir, actor, other, relation)) {
        return d.damaged(kDyads, it->key().ToStringView());
      }
      std::string prefix = pair_prefix(other, *target);
      if (prefixes.empty() || prefixes.back() != prefix) prefixes.push_back(std::move(prefix));
    }
    if (!it->status().ok()) return d.error(it->status());
  } else {
    prefixes.emplace_back();
  }

  std::unique_ptr<rocksdb::Iterator> it = d.iterate(kMentions, snapshot.options);
  StoredEvent event;
  Triple triple;
  ArticleNumber article = 0;
  for (const std::string& prefix : prefixes) {
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      if (!decode_mention_key(it->key().ToStringView(), triple, event.date, article) ||
          !decode_mention(it->value().ToStringView(), event)) {
        return d.damaged(kMentions, it->key().ToStringView());
      }
      Result<const StoredActor*> from = resolve.actor(triple.source);
      Result<const StoredActor*> to = resolve.actor(triple.target);
      Result<std::string_view> article_id = resolve.article(article);
      if (!from.ok()) return from.status();
      if (!to.ok()) return to.status();
      if (!article_id.ok()) return article_id.status();
      event.source_id = (*from)->id;
      event.target_id = (*to)->id;
      event.relation = triple.relation;
      event.article = *article_id;
      if (!visit(event)) return Status();
    }
    if (!it->status().ok()) return d.error(it->status());
  }
  return Status();
}

Status Store::scan_dyads(std::string_view actor_id, const DyadScan& scan,
                         const std::function<bool(const DyadAggregate&)>& visit) const {
  const StoreDb& d = *impl_->db;
  const ReadSnapshot snapshot(d);
  Resolver resolve(d, snapshot.options, impl_->all_actors());
  Result<std::optional<ActorNumber>> actor = resolve.number(actor_id);
  if (!actor.ok()) return actor.status();
  if (!*actor) return Status();

  // One dyad and relation of the scanned actor, as the rows of one family give it.
  struct Dyad {
    Tally total;
    std::vector<MonthTally> months;
  };
  const auto emit = [&](Direction dir, ActorNumber other, Relation relation,
                        const Dyad& dyad) -> Result<bool> {
    Result<const StoredActor*> other_actor = resolve.actor(other);
    if (!other_actor.ok()) return other_actor.status();
    DyadAggregate aggregate;
    aggregate.actor_id = actor_id;
    aggregate.other = *other_actor;
    aggregate.direction = dir;
    aggregate.relation = relation;
    aggregate.total = public_tally(dyad.total, relation);
    if (scan.months) aggregate.months = dyad.months;
    return visit(aggregate);
  };

  Direction dir;
  ActorNumber self = 0, other = 0;
  Relation relation;
  for (Direction side : {Direction::kOut, Direction::kIn}) {
    if (!(side == Direction::kOut ? scan.out : scan.in)) continue;
    const std::string prefix = actor_prefix(side, **actor);
    if (!scan.months && !scan.window) {  // the dyads' totals alone
      std::unique_ptr<rocksdb::Iterator> it = d.iterate(kDyads, snapshot.options);
      Dyad dyad;
      for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
        if (!decode_dyad_key(it->key().ToStringView(), dir, self, other, relation) ||
            !Tally::decode(it->value().ToStringView(), dyad.total)) {
          return d.damaged(kDyads, it->key().ToStringView());
        }
        Result<bool> more = emit(side, other, relation, dyad);
        if (!more.ok()) return more.status();
        if (!*more) return Status();
      }
      if (!it->status().ok()) return d.error(it->status());
      continue;
    }
    // The months in the window, one key range, gathered by other actor and relation; the totals
    // are theirs (without a window, the same as the dyads' totals).
    const Date last = month_of(scan.window ? scan.window->last : kMaxDate);
    std::string start = prefix;
    put_u32(start, encode_day(month_of(scan.window ? scan.window->first : kMinDate)));
    std::map<std::pair<ActorNumber, Relation>, Dyad> dyads;
    std::unique_ptr<rocksdb::Iterator> it = d.iterate(kDyadMonths, snapshot.options);
    for (it->Seek(start); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      MonthTally month;
      Tally tally;
      if (!decode_month_key(it->key().ToStringView(), dir, self, month.month, other, relation) ||
          !Tally::decode(it->value().ToStringView(), tally)) {
        return d.damaged(kDyadMonths, it->key().ToStringView());
      }
      if (month.month > last) break;
      Dyad& dyad = dyads[{other, relation}];
      dyad.total.add(tally);
      month.tally = public_tally(tally, relation);
      dyad.months.push_back(month);
    }
    if (!it->status().ok()) return d.error(it->status());
    for (const auto& [key, dyad] : dyads) {
      Result<bool> more = emit(side, key.first, key.second, dyad);
      if (!more.ok()) return more.status();
      if (!*more) return Status();
    }
  }
  return Status();
}

Status Store::scan_actors(const std::function<bool(const StoredActor&)>& visit) const {
  const StoreDb& d = *impl_->db;
  const ReadSnapshot snapshot(d);
  std::unique_ptr<rocksdb::Iterator> it = d.iterate(kActorIds, snapshot.options);
  std::string value;
  StoredActor actor;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    ActorNumber n = 0;
    if (!decode_number(it->value().ToStringView(), n)) return d.damaged(kActorIds, it->key().ToStringView());
    Result<bool> found = d.get(kActors, NumberKey(n).view(), value, snapshot.options);
    if (!found.ok()) return found.status();
    if (!*found || !decode_actor(value, actor))
      return d.damaged(kActorIds, it->key().ToStringView(), "dangling");
    if (!visit(actor)) return Status();
  }
  return d.error(it->status());
}

Result<StoredActor> Store::find_actor(std::string_view actor_id) const {
  const StoreDb& d = *impl_->db;
  const ReadSnapshot snapshot(d);
  Resolver resolve(d, snapshot.options, impl_->all_actors());
  Result<std::optional<ActorNumber>> n = resolve.number(actor_id);
  if (!n.ok()) return n.status();
  if (!*n) return Status::not_found(fmt::format("no actor '{}' in store {}", actor_id, d.dir()));
  Result<const StoredActor*> actor = resolve.actor(**n);
  if (!actor.ok()) return actor.status();
  return **actor;
}

Result<StoreStats> Store::stats() const {
  const StoreDb& d = *impl_->db;
  const ReadSnapshot snapshot(d);
  StoreStats stats;
  std::unique_ptr<rocksdb::Iterator> it = d.iterate(kArticles, snapshot.options);
  ArticleRow row;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    if (!ArticleRow::decode(it->value().ToStringView(), row))
      return d.damaged(kArticles, it->key().ToStringView());
    ++stats.articles;
    if (!row.counted) ++stats.copies;
  }
  if (!it->status().ok()) return d.error(it->status());

  it = d.iterate(kActorIds, snapshot.options);
  for (it->SeekToFirst(); it->Valid(); it->Next()) ++stats.actors;
  if (!it->status().ok()) return d.error(it->status());

  // The out dyads hold every event once.
  std::unordered_map<ActorNumber, std::uint64_t> events_of;
  const std::string out(1, static_cast<char>(Direction::kOut));
  it = d.iterate(kDyads, snapshot.options);
  Direction dir;
  ActorNumber source = 0, target = 0, last_source = 0, last_target = 0;
  Relation relation;
  Tally tally;
  for (it->Seek(out); it->Valid() && it->key().starts_with(out); it->Next()) {
    if (!decode_dyad_key(it->key().ToStringView(), dir, source, target, relation) ||
        !Tally::decode(it->value().ToStringView(), tally)) {
      return d.damaged(kDyads, it->key().ToStringView());
    }
    if (stats.dyads == 0 || source != last_source || target != last_target) ++stats.dyads;
    last_source = source;
    last_target = target;
    stats.events += tally.events;
    stats.mentions += tally.articles;
    stats.first_date = std::min(stats.first_date, tally.first);
    stats.last_date = std::max(stats.last_date, tally.last);
    events_of[source] += tally.events;
    events_of[target] += tally.events;
  }
  if (!it->status().ok()) return d.error(it->status());

  std::vector<std::pair<std::uint64_t, ActorNumber>> ranked;
  for (const auto& [actor, events] : events_of) ranked.emplace_back(events, actor);
  const std::size_t top = std::min<std::size_t>(10, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + top, ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  Resolver resolve(d, snapshot.options, impl_->all_actors());
  for (std::size_t i = 0; i < top; ++i) {
    Result<const StoredActor*> actor = resolve.actor(ranked[i].second);
    if (!actor.ok()) return actor.status();
    stats.top_actors.push_back(ActorCount{(*actor)->id, (*actor)->name, ranked[i].first});
  }
  stats.bytes_on_disk = d.bytes_on_disk();
  return stats;
}

}  // namespace entente
