#include "graph/store_verify.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <unordered_set>

namespace entente::detail {
namespace {

// Checks docs/storage.md's invariants family by family, each against the family it is derived
// from, walking both in key order where their orders agree and looking up where they do not.
class Verifier {
 public:
  explicit Verifier(const StoreDb& db) : db_(db), snapshot_(db) {}

  Result<StoreCheck> run() {
    // In this order: each check relies on what the earlier ones established.
    const std::function<Status()> checks[] = {
        [this] { return digest(); },           [this] { return actors(); }, [this] { return articles(); },
        [this] { return content(); },          [this] { return events(); }, [this] { return dyads(kDyads); },
        [this] { return dyads(kDyadMonths); },
    };
    for (const auto& check : checks) {
      if (Status s = check(); !s.ok()) return s;
    }
    return check_;
  }

 private:
  using Iterator = std::unique_ptr<rocksdb::Iterator>;
  Iterator iterate(Family f) const { return db_.iterate(f, snapshot_.options); }

  // `key` of family `f` must hold `value` (when given) or at least exist.
  Status expect(Family f, std::string_view key, const std::string* value, std::string_view invariant) {
    Result<bool> found = db_.get(f, key, scratch_, snapshot_.options);
    if (!found.ok()) return found.status();
    if (!*found) return db_.damaged(f, key, fmt::format("{}: missing", invariant));
    if (value != nullptr && *value != scratch_)
      return db_.damaged(f, key, fmt::format("{}: wrong", invariant));
    return Status();
  }

  Status count_matches(Family a, Family b, std::string_view invariant) const {
    if (entries_[a] == entries_[b]) return Status();
    return Status::corruption(fmt::format("store {} is damaged: {}: {} has {} entries, {} has {}", db_.dir(),
                                          invariant, kFamilyNames[a], entries_[a], kFamilyNames[b],
                                          entries_[b]));
  }

  // Hashes every key and value (FNV-1a) and counts each family's entries.
  Status digest() {
    std::uint64_t h = kFnvOffset;
    std::string length;
    const auto mix = [&](std::string_view bytes) {
      length.clear();
      put_u32(length, static_cast<std::uint32_t>(bytes.size()));
      h = fnv1a(bytes, fnv1a(length, h));
    };
    for (int f = 0; f < kFamilyCount; ++f) {
      mix(kFamilyNames[f]);
      Iterator it = iterate(Family(f));
      for (it->SeekToFirst(); it->Valid(); it->Next()) {
        mix(it->key().ToStringView());
        mix(it->value().ToStringView());
        ++entries_[f];
      }
      if (!it->status().ok()) return db_.error(it->status());
      check_.entries += entries_[f];
    }
    check_.digest = h;
    return Status();
  }

  // Invariant 1 for actors.
  Status actors() {
    Iterator it = iterate(kActorIds);
    StoredActor actor;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      ActorNumber n = 0;
      if (!decode_number(it->value().ToStringView(), n))
        return db_.damaged(kActorIds, it->key().ToStringView());
      if (Status s = expect(kActors, NumberKey(n).view(), nullptr, "invariant 1"); !s.ok()) return s;
      if (!decode_actor(scratch_, actor) || actor.id != it->key().ToStringView()) {
        return db_.damaged(kActors, NumberKey(n).view(), "invariant 1: another id in");
      }
      known_actors_.insert(n);
    }
    if (!it->status().ok()) return db_.error(it->status());
    return count_matches(kActorIds, kActors, "invariant 1");
  }

  // Invariant 1 for articles, each article's own content key (2) and its listed mentions (3).
  Status articles() {
    Iterator it = iterate(kArticles);
    ArticleRow row;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      const std::string_view key = it->key().ToStringView();
      ArticleNumber n = 0;
      if (!decode_number(key, n) || !ArticleRow::decode(it->value().ToStringView(), row)) {
        return db_.damaged(kArticles, key);
      }
      const std::string number(key);
      if (Status s = expect(kArticleIds, row.id, &number, "invariant 1"); !s.ok()) return s;
      if (Status s = expect(kContent, ContentKey(row.hash, n).view(), nullptr, "invariant 2"); !s.ok())
        return s;
      if (!row.counted && !row.triples.empty())
        return db_.damaged(kArticles, key, "invariant 2: a copy counted in");
      std::vector<Triple> sorted = row.triples;
      std::sort(sorted.begin(), sorted.end());
      if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
        return db_.damaged(kArticles, key, "invariant 3: repeated triple in");
      }
      for (const Triple& t : row.triples) {
        const MentionKey mention(t, row.date, n);
        if (Status s = expect(kMentions, mention.view(), nullptr, "invariant 3"); !s.ok()) return s;
      }
      listed_mentions_ += row.triples.size();
    }
    if (!it->status().ok()) return db_.error(it->status());
    if (Status s = count_matches(kArticleIds, kArticles, "invariant 1"); !s.ok()) return s;
    return count_matches(kContent, kArticles, "invariant 2");
  }

  // Invariant 2: of the articles of one hash, the first (least number) is counted, no other.
  Status content() {
    Iterator it = iterate(kContent);
    std::uint64_t group = 0;
    bool first = true;
    ArticleRow row;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      std::uint64_t hash = 0;
      ArticleNumber n = 0;
      const std::string_view key = it->key().ToStringView();
      if (!decode_content_key(key, hash, n)) return db_.damaged(kContent, key);
      const bool starts_group = first || hash != group;
      first = false;
      group = hash;
      if (Status s = expect(kArticles, NumberKey(n).view(), nullptr, "invariant 2"); !s.ok()) return s;
      if (!ArticleRow::decode(scratch_, row) || row.hash != hash) {
        return db_.damaged(kContent, key, "invariant 2: another hash in the article of");
      }
      if (row.counted != starts_group) {
        return db_.damaged(kContent, key, "invariant 2: not the least article counted for");
      }
    }
    return db_.error(it->status());
  }

  // Invariants 3, 4 and 6: mentions, folded by event key, give the events family exactly.
  Status events() {
    Iterator mentions = iterate(kMentions);
    Iterator events = iterate(kEvents);
    events->SeekToFirst();
    std::string current;
    Tally expected;
    std::uint64_t count = 0;
    const auto compare = [&]() -> Status {
      Tally stored;
      if (!events->Valid() || events->key().ToStringView() != current ||
          !Tally::decode(events->value().ToStringView(), stored) || !(stored == expected)) {
        return db_.damaged(kEvents, current, "invariant 4: does not sum its mentions:");
      }
      events->Next();
      return Status();
    };
    for (mentions->SeekToFirst(); mentions->Valid(); mentions->Next()) {
      const std::string_view key = mentions->key().ToStringView();
      Triple t;
      Date day;
      ArticleNumber article = 0;
      std::uint32_t confidence = 0;
      if (!decode_mention_key(key, t, day, article) ||
          !mention_confidence(mentions->value().ToStringView(), confidence)) {
        return db_.damaged(kMentions, key);
      }
      if (!known_actors_.contains(t.source) || !known_actors_.contains(t.target)) {
        return db_.damaged(kMentions, key, "invariant 6: unknown actor in");
      }
      if (key.substr(0, 13) != current) {
        if (!current.empty()) {
          if (Status s = compare(); !s.ok()) return s;
        }
        current = key.substr(0, 13);
        expected = Tally{1, 0, 0, day, day};
      }
      expected.articles += 1;
      expected.confidence += confidence;
      ++count;
    }
    if (!mentions->status().ok()) return db_.error(mentions->status());
    if (!current.empty()) {
      if (Status s = compare(); !s.ok()) return s;
    }
    if (events->Valid())
      return db_.damaged(kEvents, events->key().ToStringView(), "invariant 4: no mention for");
    if (count != listed_mentions_) {
      return Status::corruption(fmt::format("store {} is damaged: invariant 3: {} mentions, articles list {}",
                                            db_.dir(), count, listed_mentions_));
    }
    return Status();
  }

  // Invariants 5 and 7: events, folded by triple (or by triple and month), give both rows of
  // `family`, and there are no others.
  Status dyads(Family family) {
    Iterator events = iterate(kEvents);
    std::map<Date, Tally> folded;  // by month, or all under one key for dyads
    Triple current;
    bool any = false;
    std::uint64_t rows = 0;
    const auto compare = [&]() -> Status {
      for (const auto& [month, expected] : folded) {
        const std::string expected_value = expected.encode();
        for (Direction dir : {Direction::kOut, Direction::kIn}) {
          const std::string key(family == kDyads ? dyad_key(current, dir).view()
                                                 : month_key(current, dir, month).view());
          if (Status s = expect(family, key, &expected_value, "invariant 5"); !s.ok()) return s;
          ++rows;
        }
      }
      folded.clear();
      return Status();
    };
    for (events->SeekToFirst(); events->Valid(); events->Next()) {
      Triple t;
      Date day;
      Tally tally;
      if (!decode_event_key(events->key().ToStringView(), t, day) ||
          !Tally::decode(events->value().ToStringView(), tally)) {
        return db_.damaged(kEvents, events->key().ToStringView());
      }
      if (any && !(t == current)) {
        if (Status s = compare(); !s.ok()) return s;
      }
      current = t;
      any = true;
      folded[family == kDyads ? kMinDate : month_of(day)].add(tally);
    }
    if (!events->status().ok()) return db_.error(events->status());
    if (Status s = compare(); !s.ok()) return s;
    if (entries_[family] != rows) {
      return Status::corruption(
          fmt::format("store {} is damaged: invariant 5: {} has {} entries, its events make {}", db_.dir(),
                      kFamilyNames[family], entries_[family], rows));
    }
    return Status();
  }

  const StoreDb& db_;
  const ReadSnapshot snapshot_;
  StoreCheck check_;
  std::array<std::uint64_t, kFamilyCount> entries_{};
  std::unordered_set<ActorNumber> known_actors_;
  std::uint64_t listed_mentions_ = 0;
  std::string scratch_;
};

}  // namespace

Result<StoreCheck> verify_store(const StoreDb& db) {
  return Verifier(db).run();
}

}  // namespace entente::detail
