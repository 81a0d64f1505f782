// The store: coded articles and their events, merged in a RocksDB database whose format is
// written down in docs/storage.md. One process writes; any number read.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>

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
  Date date;
  std::string_view text;  // hashed to detect re-sent and corrected articles; not stored
};

enum class PutOutcome {
  kAdded,      // a new article
  kReplaced,   // a known id with changed content: its old events were replaced
  kUnchanged,  // a known id with the same content: nothing was written
};

// One stored event as queries and exports see it.
struct StoredEvent {
  std::string source_id;  // actor ids (ActorRef::id): "SYR", "mike-pompeo", "SYR:REB"
  std::string target_id;
  Relation relation = Relation::kConsult;
  Date date;
  std::string article;
  std::uint32_t sentence = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  float confidence = 0;
  std::string text;
  std::string source_mention;
  std::string target_mention;
};

struct StoredActor {
  std::string id;   // ActorRef::id, the node of the graph
  std::string key;  // its scoring key when last seen
  std::string name;
  EntityType type = EntityType::kState;
  std::string country;
  std::string sector;
};

struct StoreStats {
  std::uint64_t articles = 0;
  std::uint64_t events = 0;
  std::uint64_t actors = 0;
  std::uint64_t dyads = 0;  // distinct (source, target) pairs with events
  Date first_date = kMaxDate;
  Date last_date = kMinDate;
  std::uint64_t bytes_on_disk = 0;
};

class Store {
 public:
  enum class Mode { kReadOnly, kReadWrite };

  // Opens the store in `dir`, creating it when `mode` is kReadWrite and it does not exist.
  // Returns Busy("store DIR is in use") when another process writes it, NotFound when a
  // read-only open finds no store, Unsupported for another format version, Corruption when
  // RocksDB finds damage.
  static Result<std::unique_ptr<Store>> open(const std::string& dir, Mode mode);
  ~Store();

  // Stores one article and its events in one atomic batch (docs/storage.md, Ingest semantics).
  // REQUIRES: opened kReadWrite.
  Result<PutOutcome> put_article(const ArticleRecord& article, std::span<const Event> events);

  // Calls `visit` for each event from actor `source_id` to `target_id` (either may be empty for
  // "any"), ordered by key. Stops early when `visit` returns false.
  Status scan_events(std::string_view source_id, std::string_view target_id,
                     const std::function<bool(const StoredEvent&)>& visit) const;

  Status scan_actors(const std::function<bool(const StoredActor&)>& visit) const;

  Result<StoreStats> stats() const;

  const std::string& dir() const;

 private:
  class Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace entente
