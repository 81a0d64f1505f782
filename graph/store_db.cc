#include "graph/store_db.h"

#include <fmt/format.h>
#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

namespace entente::detail {
namespace fs = std::filesystem;
namespace {

// Memory budgets (docs/storage.md, Tuning): all memtables together, and one block cache.
constexpr std::size_t kMemtableBudget = 128 << 20;
constexpr std::size_t kBlockCacheBytes = 64 << 20;
// A read-only open races with a writer that removes a log or table file it was about to read;
// the retry sees the writer's newer state.
constexpr int kReadOnlyOpenAttempts = 5;

bool is_tally_family(Family f) {
  return f == kEvents || f == kDyads || f == kDyadMonths;
}

// Families read by point lookups get Bloom filters; mentions, read in long ranges, bigger blocks.
bool is_looked_up(Family f) {
  return f == kActorIds || f == kArticleIds || f == kEvents || f == kArticles || f == kActors;
}

rocksdb::ColumnFamilyOptions family_options(Family f, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions options;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  // Indexes and filters stay with their open table files, outside the cache: loaded once when a
  // file opens, never evicted by data blocks and read again. They take about 1% of the data.
  table.format_version = 5;
  if (is_looked_up(f) || f == kContent) table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  if (f == kContent) {
    // A new article asks whether any article holds its hash: a seek to the 8-byte hash prefix,
    // answered by prefix Bloom filters in the memtable and in every table file.
    options.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(8));
    options.memtable_prefix_bloom_size_ratio = 0.05;
  }
  if (f == kMentions) table.block_size = 16 << 10;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  options.compression = rocksdb::kLZ4Compression;  // cheap to compact; the store is far under 2x its input
  options.level_compaction_dynamic_level_bytes = true;
  options.write_buffer_size = f == kMentions ? 64 << 20 : 16 << 20;
  if (f == kEvents) {  // the writer asks, for every mention, whether its event is new
    options.memtable_whole_key_filtering = true;
    options.memtable_prefix_bloom_size_ratio = 0.05;
  }
  if (is_tally_family(f)) options.merge_operator = make_tally_merge_operator();
  return options;
}

rocksdb::DBOptions db_options() {
  rocksdb::DBOptions options;
  options.db_write_buffer_size = kMemtableBudget;
  options.max_background_jobs = 2;
  options.max_open_files = -1;  // every table file held open: a reader's snapshot cannot lose one
  options.avoid_flush_during_recovery = true;  // the log stays until the next flush: opens are quick
  options.keep_log_file_num = 2;
  return options;
}

// RocksDB's own files: a directory holding any of them is a (perhaps damaged) database.
bool looks_like_rocksdb(const std::string& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name == "CURRENT" || name == "IDENTITY" || name.starts_with("MANIFEST-") || name.ends_with(".sst") ||
        name.ends_with(".log")) {
      return true;
    }
  }
  return false;
}

// A file RocksDB expected is gone: damage, or (for a reader) a writer's compaction that removed
// it meanwhile. RocksDB reports it as PathNotFound, IOError or Corruption ("Can't access ...").
bool is_missing_file(const rocksdb::Status& s) {
  return s.IsPathNotFound() || s.ToString().find("No such file") != std::string::npos;
}

}  // namespace

StoreDb::~StoreDb() {
  if (!db_) return;
  if (flush_on_close_) {
    // Into table files, so that a reader opening later need not replay the log into a memtable
    // and walk chains of merge operands there. Best effort: what is not flushed stays in the log,
    // and the next writer recovers it.
    (void)db_->Flush(rocksdb::FlushOptions(),
                     std::vector<rocksdb::ColumnFamilyHandle*>(families_.begin(), families_.end()));
  }
  for (rocksdb::ColumnFamilyHandle* h : families_) db_->DestroyColumnFamilyHandle(h);
}

Status StoreDb::error(const rocksdb::Status& s) const {
  if (s.ok()) return Status();
  const std::string message = s.ToString();
  if (s.IsIOError() && message.find("/LOCK:") != std::string::npos) {  // "... lock file: DIR/LOCK: ..."
    return Status::busy(fmt::format("store {} is in use by another writer", dir_));
  }
  if (s.IsCorruption() || is_missing_file(s)) {
    return Status::corruption(fmt::format("store {} is damaged: {}", dir_, message));
  }
  return Status::io_error(fmt::format("store {}: {}", dir_, message));
}

Status StoreDb::damaged(Family f, std::string_view key, std::string_view what) const {
  std::string hex;
  for (unsigned char c : key.substr(0, 24)) hex += fmt::format("{:02x}", c);
  return Status::corruption(
      fmt::format("store {} is damaged: {} {} entry (key {})", dir_, what, kFamilyNames[f], hex));
}

Result<bool> StoreDb::get(Family f, std::string_view key, std::string& value,
                          const rocksdb::ReadOptions& options) const {
  const rocksdb::Status s = db_->Get(options, families_[f], key, &value);
  if (s.IsNotFound()) return false;
  if (!s.ok()) return error(s);
  return true;
}

std::unique_ptr<rocksdb::Iterator> StoreDb::iterate(Family f, const rocksdb::ReadOptions& options) const {
  return std::unique_ptr<rocksdb::Iterator>(db_->NewIterator(options, families_[f]));
}

std::uint64_t StoreDb::bytes_on_disk() const {
  std::uint64_t bytes = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    std::error_code size_ec;
    if (entry.is_regular_file(size_ec)) bytes += entry.file_size(size_ec);
  }
  return bytes;
}

Status StoreDb::create(const std::string& dir) {
  fs::path target = fs::path(dir).lexically_normal();
  if (!target.has_filename()) target = target.parent_path();  // "db/"
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  const std::string staging = fmt::format("{}.creating-{}", target.string(), getpid());
  fs::remove_all(staging, ec);
  {
    rocksdb::DBOptions options = db_options();
    options.create_if_missing = true;
    StoreDb created;
    created.dir_ = staging;
    rocksdb::DB* raw = nullptr;
    rocksdb::Status s =
        rocksdb::DB::Open(rocksdb::Options(options, rocksdb::ColumnFamilyOptions()), staging, &raw);
    if (!s.ok()) return Status::io_error(fmt::format("cannot create store {}: {}", dir, s.ToString()));
    created.db_.reset(raw);
    // All families in one call, which writes the OPTIONS file once rather than once per family.
    const auto cache = rocksdb::NewLRUCache(kBlockCacheBytes);
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (int f = kDefault + 1; f < kFamilyCount; ++f) {
      descriptors.emplace_back(kFamilyNames[f], family_options(Family(f), cache));
    }
    created.families_.push_back(raw->DefaultColumnFamily());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    s = raw->CreateColumnFamilies(descriptors, &handles);
    created.families_.insert(created.families_.end(), handles.begin(), handles.end());
    if (!s.ok()) return Status::io_error(fmt::format("cannot create store {}: {}", dir, s.ToString()));
    std::string encoded;
    put_u32(encoded, kFormatVersion);
    if (Status put =
            created.error(raw->Put(rocksdb::WriteOptions(), created.families_[kMeta], "format", encoded));
        !put.ok()) {
      return put;
    }
  }
  fs::rename(staging, target, ec);  // replaces an empty directory; fails on one that filled meanwhile
  if (ec) {
    fs::remove_all(staging, ec);
    if (!looks_like_rocksdb(dir))
      return Status::io_error(fmt::format("cannot create store {}: {}", dir, ec.message()));
  }
  return Status();
}

Result<std::unique_ptr<StoreDb>> StoreDb::open(const std::string& dir, bool writable) {
  std::unique_ptr<StoreDb> store(new StoreDb());
  store->dir_ = dir;
  store->writable_ = writable;

  const rocksdb::DBOptions options = db_options();
  std::vector<std::string> existing;
  rocksdb::Status listed = rocksdb::DB::ListColumnFamilies(options, dir, &existing);
  std::error_code ec;
  if (!listed.ok()) {
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
      return Status::invalid_argument(fmt::format("store path {} is a file, not a directory", dir));
    }
    if (looks_like_rocksdb(dir))
      return Status::corruption(fmt::format("store {} is damaged: {}", dir, listed.ToString()));
    if (!writable) {
      return Status::not_found(fmt::format("no store at {} (run 'entente ingest' first, or give --db)", dir));
    }
    if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
      return Status::unsupported(fmt::format("{} is not empty and holds no Entente store", dir));
    }
    if (Status created = create(dir); !created.ok()) return created;
    listed = rocksdb::DB::ListColumnFamilies(options, dir, &existing);
    if (!listed.ok()) return store->error(listed);
  }
  if (std::find(existing.begin(), existing.end(), "meta") == existing.end()) {
    return Status::unsupported(fmt::format("{} is a RocksDB database but not an Entente store", dir));
  }

  const auto cache = rocksdb::NewLRUCache(kBlockCacheBytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (int f = 0; f < kFamilyCount; ++f) {
    if (std::find(existing.begin(), existing.end(), kFamilyNames[f]) != existing.end()) {
      descriptors.emplace_back(kFamilyNames[f], family_options(Family(f), cache));
    }
  }
  const bool complete = descriptors.size() == kFamilyCount;  // else an older or foreign store
  for (const std::string& name : existing) {
    if (std::find(kFamilyNames.begin(), kFamilyNames.end(), name) == kFamilyNames.end()) {
      descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
    }
  }

  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  for (int attempt = 1;; ++attempt) {
    s = writable ? rocksdb::DB::Open(options, dir, descriptors, &store->families_, &raw)
                 : rocksdb::DB::OpenForReadOnly(options, dir, descriptors, &store->families_, &raw);
    if (writable || s.ok() || !is_missing_file(s) || attempt == kReadOnlyOpenAttempts) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20 * attempt));
  }
  if (!s.ok()) return store->error(s);
  store->db_.reset(raw);
  // Only meta is sure to sit at its index in an incomplete store: the version check comes first.
  if (Status format = store->check_format(); !format.ok()) return format;
  if (!complete) {
    return Status::corruption(fmt::format("store {} is damaged: some column families are missing", dir));
  }
  store->flush_on_close_ = writable;
  return store;
}

Status StoreDb::check_format() {
  std::string value;
  Result<bool> found = get(kMeta, "format", value);
  if (!found.ok()) return found.status();
  if (!*found) return Status::corruption(fmt::format("store {} is damaged: it has no format version", dir_));
  std::uint32_t version = 0;
  if (!decode_number(value, version)) return damaged(kMeta, "format");
  if (version != kFormatVersion) {
    return Status::unsupported(fmt::format("store {} has format version {}; this entente reads version {}",
                                           dir_, version, kFormatVersion));
  }
  return Status();
}

}  // namespace entente::detail
