#include "graph/store.h"

#include <fmt/format.h>
#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <filesystem>
#include <set>

#include "graph/coding.h"

namespace entente {
namespace fs = std::filesystem;
using detail::put_key_part;
using detail::put_str;
using detail::put_u32;
using detail::Reader;

namespace {

// docs/storage.md. Do not change these names or the version without updating that page.
constexpr std::uint32_t kFormatVersion = 1;
constexpr const char* kFamilies[] = {"default", "meta", "actors", "articles", "events", "by_article"};
enum Family { kDefault, kMeta, kActors, kArticles, kEvents, kByArticle, kFamilyCount };

Status from_rocks(const rocksdb::Status& s, const std::string& dir) {
  if (s.ok()) return Status();
  const std::string message = s.ToString();
  if (message.find("lock") != std::string::npos || message.find("LOCK") != std::string::npos) {
    return Status::busy(fmt::format("store {} is in use by another process", dir));
  }
  if (s.IsCorruption()) return Status::corruption(fmt::format("store {} is damaged: {}", dir, message));
  return Status::io_error(fmt::format("store {}: {}", dir, message));
}

std::string event_key(const Event& e) {
  std::string key;
  put_key_part(key, e.source.id);
  put_key_part(key, e.target.id);
  key.push_back(static_cast<char>(e.relation));
  detail::put_date(key, e.date);
  put_key_part(key, e.article);
  return key;
}

std::string event_value(const Event& e) {
  std::string value;
  put_u32(value, e.sentence);
  put_u32(value, e.begin);
  put_u32(value, e.end);
  put_u32(value, static_cast<std::uint32_t>(e.confidence * 1e6f));
  put_str(value, e.text);
  put_str(value, e.source.mention);
  put_str(value, e.target.mention);
  return value;
}

bool decode_event(std::string_view key, std::string_view value, StoredEvent& out) {
  Reader k(key);
  std::uint8_t relation = 0;
  if (!k.key_part(out.source_id) || !k.key_part(out.target_id) || !k.u8(relation) ||
      relation >= kRelationCount || !k.date(out.date) || !k.key_part(out.article)) {
    return false;
  }
  out.relation = static_cast<Relation>(relation);
  Reader v(value);
  std::uint32_t confidence = 0;
  if (!v.u32(out.sentence) || !v.u32(out.begin) || !v.u32(out.end) || !v.u32(confidence) ||
      !v.str(out.text) || !v.str(out.source_mention) || !v.str(out.target_mention)) {
    return false;
  }
  out.confidence = static_cast<float>(confidence) / 1e6f;
  return true;
}

std::string actor_value(const ActorRef& a) {
  std::string value;
  put_str(value, a.key);
  put_str(value, a.name);
  value.push_back(static_cast<char>(a.type));
  put_str(value, a.country);
  put_str(value, a.sector);
  return value;
}

}  // namespace

class Store::Impl {
 public:
  std::string dir;
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> families;
  bool writable = false;

  ~Impl() {
    for (rocksdb::ColumnFamilyHandle* h : families) db->DestroyColumnFamilyHandle(h);
  }

  Status corrupt(std::string_view family, std::string_view key) const {
    return Status::corruption(
        fmt::format("store {} is damaged: undecodable {} entry ({} bytes of key)", dir, family, key.size()));
  }

  Status check_format() {
    std::string value;
    rocksdb::Status s = db->Get(rocksdb::ReadOptions(), families[kMeta], "format", &value);
    if (s.IsNotFound() && writable) {
      std::string encoded;
      put_u32(encoded, kFormatVersion);
      return from_rocks(db->Put(rocksdb::WriteOptions(), families[kMeta], "format", encoded), dir);
    }
    if (!s.ok()) return from_rocks(s, dir);
    Reader r(value);
    std::uint32_t version = 0;
    if (!r.u32(version)) return corrupt("meta", "format");
    if (version != kFormatVersion) {
      return Status::unsupported(fmt::format("store {} has format version {}; this entente reads version {}",
                                             dir, version, kFormatVersion));
    }
    return Status();
  }
};

Result<std::unique_ptr<Store>> Store::open(const std::string& dir, Mode mode) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->writable = mode == Mode::kReadWrite;

  rocksdb::Options options;
  options.create_if_missing = impl->writable;
  options.create_missing_column_families = impl->writable;
  std::vector<std::string> existing;
  const rocksdb::Status listed = rocksdb::DB::ListColumnFamilies(options, dir, &existing);
  if (listed.ok()) {
    if (std::find(existing.begin(), existing.end(), "meta") == existing.end()) {
      return Status::unsupported(fmt::format("{} is a RocksDB database but not an Entente store", dir));
    }
  } else if (!impl->writable) {
    return Status::not_found(fmt::format("no store at {} (run 'entente ingest' first, or give --db)", dir));
  } else {
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
      return Status::invalid_argument(fmt::format("store path {} is a file, not a directory", dir));
    }
    if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
      return Status::unsupported(fmt::format("{} is not empty and holds no Entente store", dir));
    }
  }

  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const char* name : kFamilies) descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions(options));
  rocksdb::DB* raw = nullptr;
  const rocksdb::Status s =
      impl->writable ? rocksdb::DB::Open(options, dir, descriptors, &impl->families, &raw)
                     : rocksdb::DB::OpenForReadOnly(options, dir, descriptors, &impl->families, &raw);
  if (!s.ok()) return from_rocks(s, dir);
  impl->db.reset(raw);
  if (Status format = impl->check_format(); !format.ok()) return format;
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
const std::string& Store::dir() const {
  return impl_->dir;
}

Result<PutOutcome> Store::put_article(const ArticleRecord& article, std::span<const Event> events) {
  Impl& d = *impl_;
  const std::uint64_t hash = detail::content_hash(article.text);
  std::string article_key;
  put_key_part(article_key, article.id);

  rocksdb::WriteBatch batch;
  PutOutcome outcome = PutOutcome::kAdded;
  std::string existing;
  const rocksdb::Status got =
      d.db->Get(rocksdb::ReadOptions(), d.families[kArticles], article_key, &existing);
  if (got.ok()) {
    Reader r(existing);
    std::uint64_t old_hash = 0;
    if (!r.u64(old_hash)) return d.corrupt("articles", article_key);
    if (old_hash == hash) return PutOutcome::kUnchanged;
    outcome = PutOutcome::kReplaced;
    std::unique_ptr<rocksdb::Iterator> it(d.db->NewIterator(rocksdb::ReadOptions(), d.families[kByArticle]));
    for (it->Seek(article_key); it->Valid() && it->key().starts_with(article_key); it->Next()) {
      const rocksdb::Slice event =
          rocksdb::Slice(it->key().data() + article_key.size(), it->key().size() - article_key.size());
      batch.Delete(d.families[kEvents], event);
      batch.Delete(d.families[kByArticle], it->key());
    }
    if (!it->status().ok()) return from_rocks(it->status(), d.dir);
  } else if (!got.IsNotFound()) {
    return from_rocks(got, d.dir);
  }

  std::set<std::string> keys;  // an article counts each event key once
  for (const Event& e : events) {
    std::string key = event_key(e);
    if (!keys.insert(key).second) continue;
    batch.Put(d.families[kEvents], key, event_value(e));
    batch.Put(d.families[kByArticle], article_key + key, rocksdb::Slice());
    for (const ActorRef* a : {&e.source, &e.target}) {
      std::string actor_key;
      put_key_part(actor_key, a->id);
      batch.Put(d.families[kActors], actor_key, actor_value(*a));
    }
  }
  std::string value;
  detail::put_u64(value, hash);
  detail::put_date(value, article.date);
  put_str(value, article.file);
  put_str(value, article.url);
  put_str(value, article.source);
  put_u32(value, static_cast<std::uint32_t>(keys.size()));
  batch.Put(d.families[kArticles], article_key, value);
  const rocksdb::Status written = d.db->Write(rocksdb::WriteOptions(), &batch);
  if (!written.ok()) return from_rocks(written, d.dir);
  return outcome;
}

Status Store::scan_events(std::string_view source_id, std::string_view target_id,
                          const std::function<bool(const StoredEvent&)>& visit) const {
  const Impl& d = *impl_;
  std::string prefix;
  if (!source_id.empty()) {
    put_key_part(prefix, source_id);
    if (!target_id.empty()) put_key_part(prefix, target_id);
  }
  std::unique_ptr<rocksdb::Iterator> it(d.db->NewIterator(rocksdb::ReadOptions(), d.families[kEvents]));
  StoredEvent event;
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    if (!decode_event(it->key().ToStringView(), it->value().ToStringView(), event)) {
      return d.corrupt("events", it->key().ToStringView());
    }
    if (!target_id.empty() && event.target_id != target_id) continue;
    if (!visit(event)) break;
  }
  return from_rocks(it->status(), d.dir);
}

Status Store::scan_actors(const std::function<bool(const StoredActor&)>& visit) const {
  const Impl& d = *impl_;
  std::unique_ptr<rocksdb::Iterator> it(d.db->NewIterator(rocksdb::ReadOptions(), d.families[kActors]));
  StoredActor actor;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    Reader k(it->key().ToStringView());
    Reader v(it->value().ToStringView());
    std::uint8_t type = 0;
    if (!k.key_part(actor.id) || !v.str(actor.key) || !v.str(actor.name) || !v.u8(type) || type > 4 ||
        !v.str(actor.country) || !v.str(actor.sector)) {
      return d.corrupt("actors", it->key().ToStringView());
    }
    actor.type = static_cast<EntityType>(type);
    if (!visit(actor)) break;
  }
  return from_rocks(it->status(), d.dir);
}

Result<StoreStats> Store::stats() const {
  const Impl& d = *impl_;
  StoreStats stats;
  std::unique_ptr<rocksdb::Iterator> articles(
      d.db->NewIterator(rocksdb::ReadOptions(), d.families[kArticles]));
  for (articles->SeekToFirst(); articles->Valid(); articles->Next()) ++stats.articles;
  if (!articles->status().ok()) return from_rocks(articles->status(), d.dir);

  std::string last_dyad;
  Status scanned = scan_events("", "", [&](const StoredEvent& e) {
    ++stats.events;
    std::string dyad = e.source_id + '\0' + e.target_id;
    if (dyad != last_dyad) {
      ++stats.dyads;
      last_dyad = std::move(dyad);
    }
    stats.first_date = std::min(stats.first_date, e.date);
    stats.last_date = std::max(stats.last_date, e.date);
    return true;
  });
  if (!scanned.ok()) return scanned;
  Status actors = scan_actors([&](const StoredActor&) {
    ++stats.actors;
    return true;
  });
  if (!actors.ok()) return actors;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(d.dir, ec)) {
    std::error_code size_ec;
    if (entry.is_regular_file(size_ec)) stats.bytes_on_disk += entry.file_size(size_ec);
  }
  return stats;
}

}  // namespace entente
