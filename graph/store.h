// The store: coded articles and their events, merged in a RocksDB database whose format is
// written down in docs/storage.md. One process writes; any number read, each from a consistent
// snapshot.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.h"
#include "core/date.h"
#include "core/event.h"
#include "core/status.h"

namespace entente {

// What the store keeps of an article: enough to cite it and to notice when it changes.
struct ArticleRecord {
  std::string_view id;
  std::string_view file;
  std::string_view url;
  std::string_view source;
  Date date;  // dates every event of the article
  // Hashed to detect re-sent, corrected and syndicated articles; not stored. For an article known
  // only by its events, any text that changes exactly when they do.
  std::string_view text;
};

enum class PutOutcome {
  kAdded,      // a new article
  kReplaced,   // a known id with changed content: its old events were replaced
  kUnchanged,  // a known id with the same content: nothing was written
  kCopy,       // a new id with the text of a stored article: recorded, its events not counted again
};

// One mention of an event (an article reporting it), as queries and exports see it.
struct StoredEvent {
  std::string source_id;  // actor ids (ActorRef::id): "SYR", "mike-pompeo", "SYR:REB"
  std::string target_id;
  Relation relation = Relation::kConsult;
  Date date;
  std::string article;
  std::uint32_t sentence = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  float confidence = 0;  // to a thousandth
  std::string text;
  std::string source_mention;
  std::string target_mention;
};

// A node of the graph.
struct StoredActor {
  std::string id;   // ActorRef::id
  std::string key;  // its scoring key at its latest mention
  std::string name;
  EntityType type = EntityType::kState;
  std::string country;  // ISO3 of the home state, empty for IGOs: what queries fold to
  std::string sector;
  Date first_seen = kMaxDate;  // the dates of the counted articles that mentioned it
  Date last_seen = kMinDate;
  std::vector<std::string> names;  // distinct mention texts, first seen first, at most 16
};

// Counts of a set of events: of one dyad and relation, or of one month of them.
struct EventTally {
  std::uint32_t events = 0;    // distinct (day, source, relation, target)
  std::uint32_t articles = 0;  // distinct counted articles reporting them (syndicated copies once)
  double weight = 0;           // the relation's weight (CODING.md) times the mentions' confidences
  Date first = kMaxDate;       // the first and last day of those events
  Date last = kMinDate;
};

struct MonthTally {
  Date month;  // its first day
  EventTally tally;
};

// Stored on disk as its numeric value (docs/storage.md): do not change.
enum class Direction : std::uint8_t {
  kOut = 0,  // the scanned actor is the source
  kIn = 1,   // the scanned actor is the target
};

// The events between a scanned actor and one other actor in one direction and one relation.
// The views point into the scan and are valid only during the call to `visit`.
struct DyadAggregate {
  std::string_view actor_id;              // the scanned actor
  const StoredActor* other = nullptr;     // the other actor: its id, and the country to fold by
  Direction direction = Direction::kOut;  // kOut: actor --relation--> other; kIn: other --> actor
  Relation relation = Relation::kConsult;
  EventTally total;                    // over all time, or over the window when one is given
  std::span<const MonthTally> months;  // oldest first; empty unless DyadScan::months
};

struct DyadScan {
  bool out = true;  // dyads where the actor is the source
  bool in = true;   // dyads where the actor is the target
  // Only the months that meet this range (whole months: 2018-05-23..2018-06-02 reads May and
  // June); `total` then sums those months, and dyads without events in them are skipped.
  std::optional<DateRange> window;
  bool months = false;  // fill DyadAggregate::months
};

struct ActorCount {
  std::string id;
  std::string name;
  std::uint64_t events = 0;  // events it is the source or target of
};

struct StoreStats {
  std::uint64_t articles = 0;  // every stored article, copies included
  std::uint64_t copies = 0;    // syndicated copies, recorded but not counted
  std::uint64_t events = 0;    // distinct (day, source, relation, target)
  std::uint64_t mentions = 0;  // (event, counted article) pairs
  std::uint64_t actors = 0;
  std::uint64_t dyads = 0;  // distinct (source, target) pairs with events
  Date first_date = kMaxDate;
  Date last_date = kMinDate;
  std::vector<ActorCount> top_actors;  // the ten with most events, most first
  std::uint64_t bytes_on_disk = 0;
};

struct StoreCheck {
  std::uint64_t entries = 0;  // keys read
  std::uint64_t digest = 0;   // a hash of every key and value: equal stores have equal digests
};

class Store {
 public:
  enum class Mode { kReadOnly, kReadWrite };

  // Opens the store in `dir`, creating it when `mode` is kReadWrite and it does not exist.
  // A read-only store sees the data as it was when opened, even while another process writes.
  // Returns Busy("store DIR is in use") when another process writes it, NotFound when a
  // read-only open finds no store, Unsupported for another format version or a directory that
  // is not a store, Corruption when files are damaged, missing or truncated.
  static Result<std::unique_ptr<Store>> open(const std::string& dir, Mode mode);
  ~Store();

  // Stores one article and its events in one atomic batch (docs/storage.md, Ingest semantics).
  // Every event is dated by `article.date`; each distinct (source id, relation, target id) counts
  // once. Returns InvalidArgument for an empty article id or actor id; other errors come from the
  // store and mean that later writes will fail too.
  // REQUIRES: opened kReadWrite; not called concurrently.
  Result<PutOutcome> put_article(const ArticleRecord& article, std::span<const Event> events);

  // Calls `visit` for each mention of an event from actor `source_id` to `target_id` (either may
  // be empty for "any"), ordered by key: source and target in the order the store first saw
  // them, then relation, date and article. Stops early when `visit` returns false.
  Status scan_events(std::string_view source_id, std::string_view target_id,
                     const std::function<bool(const StoredEvent&)>& visit) const;

  // Calls `visit` for each dyad and relation of actor `actor_id` (ActorRef::id): out dyads, then
  // in dyads, each ordered by other actor (in the order the store first saw them) and relation. Reads only
  // the dyad tallies, never the mentions. An unknown actor has no dyads. Stops early when `visit` returns
  // false.
  Status scan_dyads(std::string_view actor_id, const DyadScan& scan,
                    const std::function<bool(const DyadAggregate&)>& visit) const;

  // Calls `visit` for each actor, ordered by id.
  Status scan_actors(const std::function<bool(const StoredActor&)>& visit) const;
  // Returns NotFound for an id the store has never seen.
  Result<StoredActor> find_actor(std::string_view actor_id) const;

  Result<StoreStats> stats() const;

  // Reads the whole store and checks every invariant of docs/storage.md, recomputing each tally
  // from the mentions. Returns Corruption naming the first violation.
  Result<StoreCheck> verify() const;

  const std::string& dir() const;

 private:
  class Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace entente
