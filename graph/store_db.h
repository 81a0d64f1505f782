// The RocksDB database behind a Store: opening it with the families and options of
// docs/storage.md, checking its format version, and turning RocksDB errors into Status. Shared
// by the store's reader, writer and checker; internal to graph/.
#pragma once

#include <rocksdb/db.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "graph/store_format.h"

namespace entente::detail {

class StoreDb {
 public:
  // See Store::open for what is returned on error.
  static Result<std::unique_ptr<StoreDb>> open(const std::string& dir, bool writable);
  ~StoreDb();
  StoreDb(const StoreDb&) = delete;
  StoreDb& operator=(const StoreDb&) = delete;

  const std::string& dir() const { return dir_; }
  bool writable() const { return writable_; }
  rocksdb::DB& db() const { return *db_; }
  rocksdb::ColumnFamilyHandle* family(Family f) const { return families_[f]; }

  // Reads `key` of family `f` into `value`. Returns true when found, false when absent.
  Result<bool> get(Family f, std::string_view key, std::string& value,
                   const rocksdb::ReadOptions& options = rocksdb::ReadOptions()) const;
  std::unique_ptr<rocksdb::Iterator> iterate(Family f, const rocksdb::ReadOptions& options) const;

  // The Status for a failed RocksDB call, naming the store.
  Status error(const rocksdb::Status& s) const;
  // Corruption for an entry that contradicts docs/storage.md.
  Status damaged(Family f, std::string_view key, std::string_view what = "undecodable") const;

  // Total size of the files in the store's directory.
  std::uint64_t bytes_on_disk() const;

 private:
  StoreDb() = default;
  // Creates a store beside `dir` and renames it into place, so that a store directory is either
  // whole, with its format version, or absent (a crash leaves DIR.creating-PID beside it).
  static Status create(const std::string& dir);
  Status check_format();

  std::string dir_;
  bool writable_ = false;
  bool flush_on_close_ = false;  // a writer whose store opened whole
  std::unique_ptr<rocksdb::DB> db_;
  // Indexed by Family; then any families a newer format added, opened so that the format
  // version, not RocksDB, says why the store is refused.
  std::vector<rocksdb::ColumnFamilyHandle*> families_;
};

// A snapshot held for the length of one read, so that its several iterators and lookups agree.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(const StoreDb& db) : db_(db.db()), snapshot_(db_.GetSnapshot()) {
    options.snapshot = snapshot_;
    options.total_order_seek = true;  // past prefix filters (content's), in plain key order
  }
  ~ReadSnapshot() { db_.ReleaseSnapshot(snapshot_); }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

  rocksdb::ReadOptions options;

 private:
  rocksdb::DB& db_;
  const rocksdb::Snapshot* snapshot_;
};

}  // namespace entente::detail
