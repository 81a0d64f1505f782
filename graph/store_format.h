// The keys and values of docs/storage.md (format version 2). Internal to graph/: the store reads
// and writes through these and nothing else, so that the byte layout lives in one place.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/relation.h"
#include "graph/coding.h"
#include "graph/store.h"

namespace rocksdb {
class MergeOperator;
}

namespace entente::detail {

inline constexpr std::uint32_t kFormatVersion = 2;

// Column families, in the order they are opened. Do not rename: the names are on disk.
enum Family : int {
  kDefault,
  kMeta,
  kActorIds,
  kActors,
  kArticleIds,
  kArticles,
  kContent,
  kMentions,
  kEvents,
  kDyads,
  kDyadMonths,
  kFamilyCount,
};
inline constexpr std::array<const char*, kFamilyCount> kFamilyNames = {
    "default", "meta",     "actor_ids", "actors", "article_ids", "articles",
    "content", "mentions", "events",    "dyads",  "dyad_months",
};

using ActorNumber = std::uint32_t;
using ArticleNumber = std::uint32_t;

// A (source, target, relation) of interned actors: the edge that events, dyads and article
// records name.
struct Triple {
  ActorNumber source = 0;
  ActorNumber target = 0;
  Relation relation = Relation::kConsult;

  auto operator<=>(const Triple&) const = default;
};

// A key of fixed width, built without allocating.
template <std::size_t N>
class FixedKey {
 public:
  std::string_view view() const { return {bytes_.data(), N}; }

 protected:
  std::size_t put_u32(std::size_t at, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) bytes_[at++] = static_cast<char>(v >> shift);
    return at;
  }
  std::size_t put_u8(std::size_t at, std::uint8_t v) {
    bytes_[at] = static_cast<char>(v);
    return at + 1;
  }
  std::array<char, N> bytes_{};
};

// The first and the last day of `d`'s month.
Date month_of(Date d);
Date month_end(Date d);

// `actors` and `articles`: a number.
struct NumberKey : FixedKey<4> {
  explicit NumberKey(std::uint32_t n) { put_u32(0, n); }
};
// `content`: hash, article.
struct ContentKey : FixedKey<12> {
  ContentKey(std::uint64_t hash, ArticleNumber article) {
    put_u32(put_u32(0, static_cast<std::uint32_t>(hash >> 32)), static_cast<std::uint32_t>(hash));
    put_u32(8, article);
  }
  std::string_view hash_prefix() const { return view().substr(0, 8); }
};
// `events`: source, target, relation, day.
struct EventKey : FixedKey<13> {
  EventKey(const Triple& t, Date day) {
    put_u32(put_u8(put_u32(put_u32(0, t.source), t.target), static_cast<std::uint8_t>(t.relation)),
            encode_day(day));
  }
};
// `mentions`: the event key, then the article.
struct MentionKey : FixedKey<17> {
  MentionKey(const Triple& t, Date day, ArticleNumber article) {
    const EventKey event(t, day);
    std::copy_n(event.view().data(), 13, bytes_.data());
    put_u32(13, article);
  }
};
// `dyads`: direction, actor, other, relation.
struct DyadKey : FixedKey<10> {
  DyadKey(Direction dir, ActorNumber actor, ActorNumber other, Relation relation) {
    put_u8(put_u32(put_u32(put_u8(0, static_cast<std::uint8_t>(dir)), actor), other),
           static_cast<std::uint8_t>(relation));
  }
};
// The dyads of one side of a triple: out from its source, in to its target.
DyadKey dyad_key(const Triple& t, Direction dir);
// `dyad_months`: direction, actor, month, other, relation. Actor then month, so that an actor's
// dyads in a window of months are one key range per direction.
struct MonthKey : FixedKey<14> {
  MonthKey(Direction dir, ActorNumber actor, Date month, ActorNumber other, Relation relation) {
    put_u8(
        put_u32(put_u32(put_u32(put_u8(0, static_cast<std::uint8_t>(dir)), actor), encode_day(month)), other),
        static_cast<std::uint8_t>(relation));
  }
};
// The month of one side of a triple: out from its source, in to its target.
MonthKey month_key(const Triple& t, Direction dir, Date month);

// Prefixes of the keys above, for ranges.
std::string actor_prefix(Direction dir, ActorNumber actor);       // dyads of an actor
std::string pair_prefix(ActorNumber source, ActorNumber target);  // events or mentions
std::string triple_prefix(const Triple& t);                       // events of a triple

// Decoded keys; each returns false when the key has the wrong size or fields.
bool decode_event_key(std::string_view key, Triple& t, Date& day);
bool decode_mention_key(std::string_view key, Triple& t, Date& day, ArticleNumber& article);
bool decode_dyad_key(std::string_view key, Direction& dir, ActorNumber& actor, ActorNumber& other,
                     Relation& relation);
bool decode_month_key(std::string_view key, Direction& dir, ActorNumber& actor, Date& month,
                      ActorNumber& other, Relation& relation);
bool decode_content_key(std::string_view key, std::uint64_t& hash, ArticleNumber& article);
bool decode_number(std::string_view bytes, std::uint32_t& n);

// What a tally family holds for an event, a dyad or a month of a dyad.
struct Tally {
  std::uint32_t events = 0;
  std::uint32_t articles = 0;
  std::uint64_t confidence = 0;  // sum of mention confidences, in thousandths
  Date first = kMaxDate;
  Date last = kMinDate;

  // Adds counts and widens the span: the merge of docs/storage.md.
  void add(const Tally& other);
  bool operator==(const Tally&) const = default;
  std::string encode() const;
  static bool decode(std::string_view bytes, Tally& out);
};

// The merge operator of the tally families ("entente.tally").
std::shared_ptr<rocksdb::MergeOperator> make_tally_merge_operator();

// A confidence in 0..1 as stored: thousandths, rounded.
std::uint32_t confidence_thousandths(float confidence);

// An `articles` value.
struct ArticleRow {
  std::string id;
  std::uint64_t hash = 0;
  Date date;
  std::string file;
  std::string url;
  std::string source;
  bool counted = true;
  std::vector<Triple> triples;  // the events it is counted for; empty for a copy

  std::string encode() const;
  static bool decode(std::string_view bytes, ArticleRow& out);
};

// An `actors` value: the public record, encoded. At most kMaxNames names seen.
inline constexpr std::size_t kMaxNames = 16;
std::string encode_actor(const StoredActor& actor);
bool decode_actor(std::string_view bytes, StoredActor& out);

// A `mentions` value from the event that produced it, and back into a StoredEvent (whose key
// fields the caller fills).
std::string encode_mention(const Event& event);
bool decode_mention(std::string_view bytes, StoredEvent& out);
// The confidence of an encoded mention, in thousandths.
bool mention_confidence(std::string_view bytes, std::uint32_t& confidence);

}  // namespace entente::detail
