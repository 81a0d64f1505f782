#include "graph/store_writer.h"

#include <fmt/format.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace entente::detail {

// One article's writes, and the net change it makes to each event's tally, from which the
// dyad and month tallies follow when the batch is complete.
class ArticleBatch {
 public:
  explicit ArticleBatch(StoreDb& db) : db_(db) {}

  void put(Family f, std::string_view key, std::string_view value) { batch_.Put(db_.family(f), key, value); }
  void remove(Family f, std::string_view key) { batch_.Delete(db_.family(f), key); }

  void add_mention(const Triple& t, Date day, ArticleNumber article, std::string_view value,
                   std::uint32_t confidence) {
    put(kMentions, MentionKey(t, day, article).view(), value);
    Delta& d = deltas_[{t, day}];
    d.articles += 1;
    d.confidence += confidence;
  }
  void remove_mention(const Triple& t, Date day, ArticleNumber article, std::uint32_t confidence) {
    remove(kMentions, MentionKey(t, day, article).view());
    Delta& d = deltas_[{t, day}];
    d.articles -= 1;
    d.confidence -= confidence;
  }
  void mark_dirty(ActorNumber number, const StoredActor* actor) { dirty_actors_[number] = actor; }

  // Writes the event, dyad and month tallies that the mentions changed, the dirty actors, and
  // commits everything at once.
  Status commit();

 private:
  struct Delta {
    std::int64_t articles = 0;
    std::int64_t confidence = 0;
  };
  // An event's tally before and after this batch; nullopt when absent.
  struct Change {
    Date day;
    std::optional<Tally> before, after;
  };
  Status write_events(std::map<Triple, std::vector<Change>>& changes);
  void merge_growth(const Triple& t, const std::vector<Change>& changes);
  Status rewrite_shrunk(const Triple& t, const std::vector<Change>& changes);
  // Rewrites the tally of `t` in family `f` (dyads, or the month starting `from`) for the changes
  // in days from..to.
  Status adjust(Family f, const Triple& t, Date from, Date to, const std::vector<Change>& changes,
                const std::set<Date>& gone);
  // The day of the nearest stored event of `t` from `from` towards `limit` (inclusive) that this
  // batch keeps; kMaxDate (forward) or kMinDate (backward) when there is none.
  Result<Date> nearest_event(const Triple& t, Date from, Date limit, const std::set<Date>& gone,
                             bool forward);
  // Whether some event of `changes` loses articles or confidence.
  static bool shrinks(const std::vector<Change>& changes);

  StoreDb& db_;
  rocksdb::WriteBatch batch_;
  std::map<std::pair<Triple, Date>, Delta> deltas_;
  std::map<ActorNumber, const StoredActor*> dirty_actors_;
};

namespace {

Tally event_tally(Date day, std::uint32_t events, std::int64_t articles, std::int64_t confidence) {
  Tally t;
  t.events = events;
  t.articles = static_cast<std::uint32_t>(articles);
  t.confidence = static_cast<std::uint64_t>(confidence);
  t.first = t.last = day;
  return t;
}

// Widens the span of dates an actor was seen in to `date`; returns whether it changed.
bool widen_seen(StoredActor& actor, Date date) {
  if (date >= actor.first_seen && date <= actor.last_seen) return false;
  actor.first_seen = std::min(actor.first_seen, date);
  actor.last_seen = std::max(actor.last_seen, date);
  return true;
}

}  // namespace

bool ArticleBatch::shrinks(const std::vector<Change>& changes) {
  return std::any_of(changes.begin(), changes.end(), [](const Change& c) {
    return !c.after || (c.before && (c.after->articles < c.before->articles ||
                                     c.after->confidence < c.before->confidence));
  });
}

Status ArticleBatch::commit() {
  std::map<Triple, std::vector<Change>> changes;
  if (Status s = write_events(changes); !s.ok()) return s;
  for (const auto& [triple, list] : changes) {
    if (!shrinks(list)) {
      merge_growth(triple, list);
    } else if (Status s = rewrite_shrunk(triple, list); !s.ok()) {
      return s;
    }
  }
  for (const auto& [number, actor] : dirty_actors_)
    put(kActors, NumberKey(number).view(), encode_actor(*actor));
  return db_.error(db_.db().Write(rocksdb::WriteOptions(), &batch_));
}

// Reads each changed event as stored, and writes it as this batch leaves it: a merge when it only
// grows, else the whole new tally, or a delete when no mention is left.
Status ArticleBatch::write_events(std::map<Triple, std::vector<Change>>& changes) {
  std::string value;
  for (const auto& [key, delta] : deltas_) {
    const auto& [triple, day] = key;
    if (delta.articles == 0 && delta.confidence == 0) continue;  // removed and added back
    const EventKey event(triple, day);
    Result<bool> found = db_.get(kEvents, event.view(), value);
    if (!found.ok()) return found.status();
    Change change{day, std::nullopt, std::nullopt};
    if (*found) {
      change.before.emplace();
      if (!Tally::decode(value, *change.before)) return db_.damaged(kEvents, event.view());
    }
    const std::int64_t articles = (change.before ? change.before->articles : 0) + delta.articles;
    const std::int64_t confidence =
        (change.before ? static_cast<std::int64_t>(change.before->confidence) : 0) + delta.confidence;
    if (articles < 0 || confidence < 0) return db_.damaged(kEvents, event.view(), "undercounted");
    if (articles == 0) {
      remove(kEvents, event.view());
    } else {
      change.after = event_tally(day, 1, articles, confidence);
      if (delta.articles >= 0 && delta.confidence >= 0) {
        batch_.Merge(db_.family(kEvents), event.view(),
                     event_tally(day, change.before ? 0 : 1, delta.articles, delta.confidence).encode());
      } else {
        put(kEvents, event.view(), change.after->encode());
      }
    }
    changes[triple].push_back(change);
  }
  return Status();
}

// The common case: every change adds. The growth of the dyad and of each month is merged in,
// in both directions, without reading them.
void ArticleBatch::merge_growth(const Triple& t, const std::vector<Change>& changes) {
  Tally total;
  std::map<Date, Tally> months;
  for (const Change& c : changes) {
    const Tally& before = c.before ? *c.before : Tally{};
    const Tally growth = event_tally(c.day, c.before ? 0 : 1, c.after->articles - before.articles,
                                     static_cast<std::int64_t>(c.after->confidence - before.confidence));
    total.add(growth);
    months[month_of(c.day)].add(growth);
  }
  for (Direction dir : {Direction::kOut, Direction::kIn}) {
    batch_.Merge(db_.family(kDyads), dyad_key(t, dir).view(), total.encode());
    for (const auto& [month, growth] : months) {
      batch_.Merge(db_.family(kDyadMonths), month_key(t, dir, month).view(), growth.encode());
    }
  }
}

// Some event lost mentions: the dyad's tally and those of the months changed are read, adjusted
// by this batch's changes and written whole. A first or last day whose event went is found again
// by seeking the nearest event that stays, so that a correction costs a few lookups however many
// events the dyad has.
Status ArticleBatch::rewrite_shrunk(const Triple& t, const std::vector<Change>& changes) {
  std::set<Date> gone;  // days whose event this batch removes
  std::set<Date> months;
  for (const Change& c : changes) {
    if (!c.after) gone.insert(c.day);
    months.insert(month_of(c.day));
  }
  if (Status s = adjust(kDyads, t, kMinDate, kMaxDate, changes, gone); !s.ok()) return s;
  for (Date month : months) {
    if (Status s = adjust(kDyadMonths, t, month, month_end(month), changes, gone); !s.ok()) return s;
  }
  return Status();
}

Status ArticleBatch::adjust(Family f, const Triple& t, Date from, Date to, const std::vector<Change>& changes,
                            const std::set<Date>& gone) {
  std::vector<std::string> keys;  // the dyad's or the month's, both directions
  for (Direction dir : {Direction::kOut, Direction::kIn}) {
    keys.emplace_back(f == kDyads ? dyad_key(t, dir).view() : month_key(t, dir, from).view());
  }
  std::string value;
  Tally stored;
  Result<bool> found = db_.get(f, keys.front(), value);
  if (!found.ok()) return found.status();
  if (*found && !Tally::decode(value, stored)) return db_.damaged(f, keys.front());

  std::int64_t events = stored.events, articles = stored.articles;
  std::int64_t confidence = static_cast<std::int64_t>(stored.confidence);
  Tally adjusted;
  if (*found) {
    Result<Date> first =
        gone.contains(stored.first) ? nearest_event(t, stored.first, to, gone, true) : stored.first;
    Result<Date> last =
        gone.contains(stored.last) ? nearest_event(t, stored.last, from, gone, false) : stored.last;
    if (!first.ok()) return first.status();
    if (!last.ok()) return last.status();
    adjusted.first = *first;
    adjusted.last = *last;
  }
  for (const Change& c : changes) {
    if (c.day < from || c.day > to) continue;
    const Tally none{0, 0, 0, c.day, c.day};
    const Tally& before = c.before ? *c.before : none;
    const Tally& after = c.after ? *c.after : none;
    events += std::int64_t{after.events} - before.events;
    articles += std::int64_t{after.articles} - before.articles;
    confidence += static_cast<std::int64_t>(after.confidence) - static_cast<std::int64_t>(before.confidence);
    if (c.after) adjusted.add(Tally{0, 0, 0, c.day, c.day});
  }
  if (events < 0 || articles < 0 || confidence < 0) return db_.damaged(f, keys.front(), "undercounted");
  adjusted.events = static_cast<std::uint32_t>(events);
  adjusted.articles = static_cast<std::uint32_t>(articles);
  adjusted.confidence = static_cast<std::uint64_t>(confidence);
  for (const std::string& key : keys) {
    if (adjusted.events == 0) {
      remove(f, key);
    } else {
      put(f, key, adjusted.encode());
    }
  }
  return Status();
}

Result<Date> ArticleBatch::nearest_event(const Triple& t, Date from, Date limit, const std::set<Date>& gone,
                                         bool forward) {
  const std::string prefix = triple_prefix(t);
  std::unique_ptr<rocksdb::Iterator> it = db_.iterate(kEvents, rocksdb::ReadOptions());
  const EventKey start(t, from);
  forward ? it->Seek(start.view()) : it->SeekForPrev(start.view());
  for (; it->Valid() && it->key().starts_with(prefix); forward ? it->Next() : it->Prev()) {
    Triple key_triple;
    Date day;
    if (!decode_event_key(it->key().ToStringView(), key_triple, day)) {
      return db_.damaged(kEvents, it->key().ToStringView());
    }
    if (forward ? day > limit : day < limit) break;
    if (!gone.contains(day)) return day;
  }
  if (!it->status().ok()) return db_.error(it->status());
  return forward ? kMaxDate : kMinDate;
}

Result<std::unique_ptr<ArticleWriter>> ArticleWriter::create(StoreDb& db) {
  std::unique_ptr<ArticleWriter> writer(new ArticleWriter(db));
  if (Status s = writer->load_numbers(); !s.ok()) return s;
  return writer;
}

// The next numbers follow the greatest in use: numbers are the keys of `articles` and `actors`.
Status ArticleWriter::load_numbers() {
  actors_.clear();
  for (auto [family, next] : {std::pair{kArticles, &next_article_}, {kActors, &next_actor_}}) {
    std::unique_ptr<rocksdb::Iterator> it = db_.iterate(family, rocksdb::ReadOptions());
    it->SeekToLast();
    *next = 0;
    if (it->Valid()) {
      std::uint32_t last = 0;
      if (!decode_number(it->key().ToStringView(), last))
        return db_.damaged(family, it->key().ToStringView());
      *next = last + 1;
    }
    if (!it->status().ok()) return db_.error(it->status());
  }
  return Status();
}

Result<PutOutcome> ArticleWriter::put(const ArticleRecord& article, std::span<const Event> events) {
  if (article.id.empty()) return Status::invalid_argument("article has no id");
  for (const Event& e : events) {
    if (e.source.id.empty() || e.target.id.empty()) {
      return Status::invalid_argument(
          fmt::format("article {}: an event of sentence {} has an actor with no id", article.id, e.sentence));
    }
  }
  if (next_article_ == std::numeric_limits<ArticleNumber>::max()) {
    return Status::io_error(fmt::format("store {} is full: it numbers at most 2^32 articles", db_.dir()));
  }
  Result<PutOutcome> written = write(article, events);
  // A failure may leave in the cache what was never written (a new actor's number, a widened
  // span): start again from the store, so that the next article does not build on it.
  if (!written.ok()) (void)load_numbers();
  return written;
}

Result<PutOutcome> ArticleWriter::write(const ArticleRecord& article, std::span<const Event> events) {
  const std::uint64_t hash = fnv1a(article.text);
  ArticleBatch batch(db_);
  std::string value;
  Result<bool> known = db_.get(kArticleIds, article.id, value);
  if (!known.ok()) return known.status();

  ArticleNumber number = next_article_;
  PutOutcome outcome = PutOutcome::kAdded;
  if (*known) {
    if (!decode_number(value, number)) return db_.damaged(kArticleIds, article.id);
    Result<ArticleRow> old = load_article(number);
    if (!old.ok()) return old.status();
    if (old->hash == hash) return PutOutcome::kUnchanged;
    if (Status s = detach(number, *old, batch); !s.ok()) return s;
    outcome = PutOutcome::kReplaced;
  } else {
    batch.put(kArticleIds, article.id, NumberKey(number).view());
  }

  ArticleRow row;
  row.id = article.id;
  row.hash = hash;
  row.date = article.date;
  row.file = article.file;
  row.url = article.url;
  row.source = article.source;
  Result<bool> counted = attach(number, row, events, batch);
  if (!counted.ok()) return counted.status();
  if (!*counted && outcome == PutOutcome::kAdded) outcome = PutOutcome::kCopy;
  batch.put(kContent, ContentKey(hash, number).view(), "");
  batch.put(kArticles, NumberKey(number).view(), row.encode());
  if (Status s = batch.commit(); !s.ok()) return s;
  if (number == next_article_) ++next_article_;
  return outcome;
}

Status ArticleWriter::detach(ArticleNumber number, const ArticleRow& old, ArticleBatch& batch) {
  batch.remove(kContent, ContentKey(old.hash, number).view());
  if (!old.counted) return Status();
  ArticleRow leaving = old;
  CountedMentions mentions;
  if (Status s = uncount(number, leaving, batch, &mentions); !s.ok()) return s;
  Result<std::optional<ArticleNumber>> heir = least_holder(old.hash, number);
  if (!heir.ok()) return heir.status();
  if (!*heir) return Status();
  Result<ArticleRow> heir_row = load_article(**heir);
  if (!heir_row.ok()) return heir_row.status();
  // The mentions move to the heir at its own date: the events of a text do not depend on its date
  // (names resolve to entities whatever the day; only keys do, and those live in actor records).
  heir_row->counted = true;
  heir_row->triples = old.triples;
  for (std::size_t i = 0; i < old.triples.size(); ++i) {
    batch.add_mention(old.triples[i], heir_row->date, **heir, mentions.values[i], mentions.confidences[i]);
    for (ActorNumber actor : {old.triples[i].source, old.triples[i].target}) {
      if (Status s = touch_date(actor, heir_row->date, batch); !s.ok()) return s;
    }
  }
  batch.put(kArticles, NumberKey(**heir).view(), heir_row->encode());
  return Status();
}

Result<bool> ArticleWriter::attach(ArticleNumber number, ArticleRow& row, std::span<const Event> events,
                                   ArticleBatch& batch) {
  Result<std::optional<ArticleNumber>> holder = least_holder(row.hash, number);
  if (!holder.ok()) return holder.status();
  if (*holder && **holder < number) {
    row.counted = false;
    return false;
  }
  if (*holder) {  // a corrected article now holds the text of later ones: it counts instead
    Result<ArticleRow> demoted = load_article(**holder);
    if (!demoted.ok()) return demoted.status();
    if (Status s = uncount(**holder, *demoted, batch, nullptr); !s.ok()) return s;
    batch.put(kArticles, NumberKey(**holder).view(), demoted->encode());
  }
  if (Status s = count(number, row, events, batch); !s.ok()) return s;
  return true;
}

Status ArticleWriter::uncount(ArticleNumber number, ArticleRow& row, ArticleBatch& batch,
                              CountedMentions* removed) {
  std::string value;
  std::uint32_t confidence = 0;
  for (const Triple& t : row.triples) {
    const MentionKey key(t, row.date, number);
    Result<bool> found = db_.get(kMentions, key.view(), value);
    if (!found.ok()) return found.status();
    if (!*found || !mention_confidence(value, confidence)) {
      return db_.damaged(kMentions, key.view(), "missing or undecodable");
    }
    batch.remove_mention(t, row.date, number, confidence);
    if (removed != nullptr) {
      removed->values.push_back(value);
      removed->confidences.push_back(confidence);
    }
  }
  row.counted = false;
  row.triples.clear();
  return Status();
}

Status ArticleWriter::count(ArticleNumber number, ArticleRow& row, std::span<const Event> events,
                            ArticleBatch& batch) {
  row.counted = true;
  std::set<std::tuple<std::string_view, Relation, std::string_view>> seen;
  for (const Event& e : events) {
    if (!seen.emplace(e.source.id, e.relation, e.target.id).second) continue;
    Result<CachedActor*> source = touch(e.source, row.date, batch);
    if (!source.ok()) return source.status();
    Result<CachedActor*> target = touch(e.target, row.date, batch);
    if (!target.ok()) return target.status();
    const Triple triple{(*source)->number, (*target)->number, e.relation};
    row.triples.push_back(triple);
    batch.add_mention(triple, row.date, number, encode_mention(e), confidence_thousandths(e.confidence));
  }
  return Status();
}

Result<std::optional<ArticleNumber>> ArticleWriter::least_holder(std::uint64_t hash,
                                                                 ArticleNumber except) const {
  const ContentKey group(hash, 0);
  rocksdb::ReadOptions within_hash;
  within_hash.prefix_same_as_start = true;  // lets prefix filters skip the files without the hash
  std::unique_ptr<rocksdb::Iterator> it = db_.iterate(kContent, within_hash);
  for (it->Seek(group.hash_prefix()); it->Valid() && it->key().starts_with(group.hash_prefix()); it->Next()) {
    std::uint64_t key_hash = 0;
    ArticleNumber holder = 0;
    if (!decode_content_key(it->key().ToStringView(), key_hash, holder)) {
      return db_.damaged(kContent, it->key().ToStringView());
    }
    if (holder != except) return std::optional<ArticleNumber>(holder);
  }
  if (!it->status().ok()) return db_.error(it->status());
  return std::optional<ArticleNumber>();
}

Result<ArticleRow> ArticleWriter::load_article(ArticleNumber number) const {
  std::string value;
  Result<bool> found = db_.get(kArticles, NumberKey(number).view(), value);
  if (!found.ok()) return found.status();
  ArticleRow row;
  if (!*found || !ArticleRow::decode(value, row))
    return db_.damaged(kArticles, NumberKey(number).view(), "missing");
  return row;
}

Result<ArticleWriter::CachedActor*> ArticleWriter::cached(std::string_view id) {
  if (auto it = actors_.find(id); it != actors_.end()) return &it->second;
  std::string value;
  Result<bool> known = db_.get(kActorIds, id, value);
  if (!known.ok()) return known.status();
  if (!*known) return nullptr;
  CachedActor actor;
  if (!decode_number(value, actor.number)) return db_.damaged(kActorIds, id);
  Result<bool> found = db_.get(kActors, NumberKey(actor.number).view(), value);
  if (!found.ok()) return found.status();
  if (!*found || !decode_actor(value, actor.record)) return db_.damaged(kActorIds, id, "dangling");
  return &actors_.emplace(std::string(id), std::move(actor)).first->second;
}

Result<ArticleWriter::CachedActor*> ArticleWriter::touch(const ActorRef& ref, Date date,
                                                         ArticleBatch& batch) {
  Result<CachedActor*> found = cached(ref.id);
  if (!found.ok()) return found.status();
  CachedActor* actor = *found;
  if (actor == nullptr) {
    if (next_actor_ == std::numeric_limits<ActorNumber>::max()) {
      return Status::io_error(fmt::format("store {} is full: it numbers at most 2^32 actors", db_.dir()));
    }
    actor = &actors_.emplace(ref.id, CachedActor{next_actor_++, {}}).first->second;
    actor->record.id = ref.id;
    batch.put(kActorIds, ref.id, NumberKey(actor->number).view());
  }
  StoredActor& a = actor->record;
  bool changed = false;  // a new actor changes by widen_seen: it was seen nowhere
  const auto update = [&changed](auto& field, const auto& value) {
    if (field == value) return;
    field = value;
    changed = true;
  };
  // The latest mention says what the actor is now; a tie goes to the greatest description, so
  // that the record does not depend on the order articles came in (docs/storage.md).
  if (date > a.last_seen ||
      (date == a.last_seen && std::tie(ref.key, ref.name, ref.type, ref.country, ref.sector) >
                                  std::tie(a.key, a.name, a.type, a.country, a.sector))) {
    update(a.key, ref.key);
    update(a.name, ref.name);
    update(a.type, ref.type);
    update(a.country, ref.country);
    update(a.sector, ref.sector);
  }
  changed |= widen_seen(a, date);
  if (!ref.mention.empty() && a.names.size() < kMaxNames &&
      std::find(a.names.begin(), a.names.end(), ref.mention) == a.names.end()) {
    a.names.push_back(ref.mention);
    changed = true;
  }
  if (changed) batch.mark_dirty(actor->number, &a);
  return actor;
}

Status ArticleWriter::touch_date(ActorNumber number, Date date, ArticleBatch& batch) {
  std::string value;
  Result<bool> found = db_.get(kActors, NumberKey(number).view(), value);
  if (!found.ok()) return found.status();
  StoredActor record;
  if (!*found || !decode_actor(value, record)) return db_.damaged(kActors, NumberKey(number).view());
  Result<CachedActor*> actor = cached(record.id);
  if (!actor.ok()) return actor.status();
  if (widen_seen((*actor)->record, date)) batch.mark_dirty(number, &(*actor)->record);
  return Status();
}

}  // namespace entente::detail
