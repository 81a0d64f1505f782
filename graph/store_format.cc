#include "graph/store_format.h"

#include <rocksdb/merge_operator.h>

#include <algorithm>
#include <cmath>

namespace entente::detail {
namespace {

bool read_relation(Reader& r, Relation& relation) {
  std::uint8_t v = 0;
  if (!r.u8(v) || v >= kRelationCount) return false;
  relation = static_cast<Relation>(v);
  return true;
}

bool read_direction(Reader& r, Direction& dir) {
  std::uint8_t v = 0;
  if (!r.u8(v) || v > 1) return false;
  dir = static_cast<Direction>(v);
  return true;
}

bool read_triple(Reader& r, Triple& t) {
  return r.u32(t.source) && r.u32(t.target) && read_relation(r, t.relation);
}

void put_triple(std::string& out, const Triple& t) {
  put_u32(out, t.source);
  put_u32(out, t.target);
  out.push_back(static_cast<char>(t.relation));
}

class TallyMerge final : public rocksdb::AssociativeMergeOperator {
 public:
  const char* Name() const override { return "entente.tally"; }
  bool Merge(const rocksdb::Slice&, const rocksdb::Slice* existing, const rocksdb::Slice& operand,
             std::string* merged, rocksdb::Logger*) const override {
    Tally sum, add;
    if (existing != nullptr && !Tally::decode(existing->ToStringView(), sum)) return false;
    if (!Tally::decode(operand.ToStringView(), add)) return false;
    sum.add(add);
    *merged = sum.encode();
    return true;
  }
};

}  // namespace

Date month_of(Date d) {
  return Date::from_ymd(d.year(), d.month(), 1);
}

Date month_end(Date d) {
  const Date next = month_of(Date::from_days(month_of(d).days() + 31));
  return Date::from_days(next.days() - 1);
}

DyadKey dyad_key(const Triple& t, Direction dir) {
  return dir == Direction::kOut ? DyadKey(dir, t.source, t.target, t.relation)
                                : DyadKey(dir, t.target, t.source, t.relation);
}

MonthKey month_key(const Triple& t, Direction dir, Date month) {
  return dir == Direction::kOut ? MonthKey(dir, t.source, month, t.target, t.relation)
                                : MonthKey(dir, t.target, month, t.source, t.relation);
}

std::string actor_prefix(Direction dir, ActorNumber actor) {
  std::string prefix(1, static_cast<char>(dir));
  put_u32(prefix, actor);
  return prefix;
}

std::string pair_prefix(ActorNumber source, ActorNumber target) {
  std::string prefix;
  put_u32(prefix, source);
  put_u32(prefix, target);
  return prefix;
}

std::string triple_prefix(const Triple& t) {
  std::string prefix;
  put_triple(prefix, t);
  return prefix;
}

bool decode_event_key(std::string_view key, Triple& t, Date& day) {
  Reader r(key);
  std::uint32_t d = 0;
  if (key.size() != 13 || !read_triple(r, t) || !r.u32(d)) return false;
  day = decode_day(d);
  return true;
}

bool decode_mention_key(std::string_view key, Triple& t, Date& day, ArticleNumber& article) {
  return key.size() == 17 && decode_event_key(key.substr(0, 13), t, day) &&
         decode_number(key.substr(13), article);
}

bool decode_dyad_key(std::string_view key, Direction& dir, ActorNumber& actor, ActorNumber& other,
                     Relation& relation) {
  Reader r(key);
  return key.size() == 10 && read_direction(r, dir) && r.u32(actor) && r.u32(other) &&
         read_relation(r, relation);
}

bool decode_month_key(std::string_view key, Direction& dir, ActorNumber& actor, Date& month,
                      ActorNumber& other, Relation& relation) {
  Reader r(key);
  std::uint32_t day = 0;
  if (key.size() != 14 || !read_direction(r, dir) || !r.u32(actor) || !r.u32(day) || !r.u32(other) ||
      !read_relation(r, relation)) {
    return false;
  }
  month = decode_day(day);
  return true;
}

bool decode_content_key(std::string_view key, std::uint64_t& hash, ArticleNumber& article) {
  Reader r(key);
  return key.size() == 12 && r.u64(hash) && r.u32(article);
}

bool decode_number(std::string_view bytes, std::uint32_t& n) {
  Reader r(bytes);
  return bytes.size() == 4 && r.u32(n);
}

void Tally::add(const Tally& other) {
  events += other.events;
  articles += other.articles;
  confidence += other.confidence;
  first = std::min(first, other.first);
  last = std::max(last, other.last);
}

std::string Tally::encode() const {
  std::string out;
  out.reserve(24);
  put_u32(out, events);
  put_u32(out, articles);
  put_u64(out, confidence);
  put_date(out, first);
  put_date(out, last);
  return out;
}

bool Tally::decode(std::string_view bytes, Tally& out) {
  Reader r(bytes);
  return bytes.size() == 24 && r.u32(out.events) && r.u32(out.articles) && r.u64(out.confidence) &&
         r.date(out.first) && r.date(out.last);
}

std::shared_ptr<rocksdb::MergeOperator> make_tally_merge_operator() {
  return std::make_shared<TallyMerge>();
}

std::uint32_t confidence_thousandths(float confidence) {
  return static_cast<std::uint32_t>(std::lround(std::clamp(confidence, 0.0f, 1.0f) * 1000.0f));
}

std::string ArticleRow::encode() const {
  std::string out;
  put_str(out, id);
  put_u64(out, hash);
  put_date(out, date);
  put_str(out, file);
  put_str(out, url);
  put_str(out, source);
  out.push_back(counted ? 1 : 0);
  put_u32(out, static_cast<std::uint32_t>(triples.size()));
  for (const Triple& t : triples) put_triple(out, t);
  return out;
}

bool ArticleRow::decode(std::string_view bytes, ArticleRow& out) {
  Reader r(bytes);
  std::uint8_t counted = 0;
  std::uint32_t n = 0;
  if (!r.str(out.id) || !r.u64(out.hash) || !r.date(out.date) || !r.str(out.file) || !r.str(out.url) ||
      !r.str(out.source) || !r.u8(counted) || counted > 1 || !r.u32(n) || r.rest().size() != n * 9ull) {
    return false;
  }
  out.counted = counted == 1;
  out.triples.resize(n);
  for (Triple& t : out.triples) {
    if (!read_triple(r, t)) return false;
  }
  return true;
}

std::string encode_actor(const StoredActor& a) {
  std::string out;
  put_str(out, a.id);
  put_str(out, a.key);
  put_str(out, a.name);
  out.push_back(static_cast<char>(a.type));
  put_str(out, a.country);
  put_str(out, a.sector);
  put_date(out, a.first_seen);
  put_date(out, a.last_seen);
  put_u32(out, static_cast<std::uint32_t>(a.names.size()));
  for (const std::string& name : a.names) put_str(out, name);
  return out;
}

bool decode_actor(std::string_view bytes, StoredActor& out) {
  Reader r(bytes);
  std::uint8_t type = 0;
  std::uint32_t n = 0;
  if (!r.str(out.id) || !r.str(out.key) || !r.str(out.name) || !r.u8(type) ||
      type > static_cast<std::uint8_t>(EntityType::kAgency) || !r.str(out.country) || !r.str(out.sector) ||
      !r.date(out.first_seen) || !r.date(out.last_seen) || !r.u32(n) || n > kMaxNames) {
    return false;
  }
  out.type = static_cast<EntityType>(type);
  out.names.resize(n);
  for (std::string& name : out.names) {
    if (!r.str(name)) return false;
  }
  return r.rest().empty();
}

std::string encode_mention(const Event& e) {
  std::string out;
  out.reserve(16 + 12 + e.text.size() + e.source.mention.size() + e.target.mention.size());
  put_u32(out, e.sentence);
  put_u32(out, e.begin);
  put_u32(out, e.end);
  put_u32(out, confidence_thousandths(e.confidence));
  put_str(out, e.text);
  put_str(out, e.source.mention);
  put_str(out, e.target.mention);
  return out;
}

bool decode_mention(std::string_view bytes, StoredEvent& out) {
  Reader r(bytes);
  std::uint32_t confidence = 0;
  if (!r.u32(out.sentence) || !r.u32(out.begin) || !r.u32(out.end) || !r.u32(confidence) ||
      confidence > 1000 || !r.str(out.text) || !r.str(out.source_mention) || !r.str(out.target_mention)) {
    return false;
  }
  out.confidence = static_cast<float>(confidence) / 1000.0f;
  return r.rest().empty();
}

bool mention_confidence(std::string_view bytes, std::uint32_t& confidence) {
  Reader r(bytes.substr(std::min<std::size_t>(bytes.size(), 12)));
  return bytes.size() >= 16 && r.u32(confidence) && confidence <= 1000;
}

}  // namespace entente::detail
