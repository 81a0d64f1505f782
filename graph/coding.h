// Byte encodings of docs/storage.md. Internal to graph/.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/date.h"

namespace entente::detail {

inline void put_u32(std::string& out, std::uint32_t v) {
  const char bytes[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                         static_cast<char>(v)};
  out.append(bytes, 4);
}

inline void put_u64(std::string& out, std::uint64_t v) {
  put_u32(out, static_cast<std::uint32_t>(v >> 32));
  put_u32(out, static_cast<std::uint32_t>(v));
}

// Dates are days since 1970-01-01 plus 2^31, so that they sort as unsigned: do not change.
inline constexpr std::int64_t kDayBias = std::int64_t{1} << 31;
inline std::uint32_t encode_day(Date d) {
  return static_cast<std::uint32_t>(std::int64_t{d.days()} + kDayBias);
}
inline Date decode_day(std::uint32_t v) {
  return Date::from_days(static_cast<std::int32_t>(std::int64_t{v} - kDayBias));
}

inline void put_date(std::string& out, Date d) {
  put_u32(out, encode_day(d));
}

inline void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<std::uint32_t>(s.size()));
  out.append(s);
}

// Reads from the front of a value or key; every getter returns false on truncated input.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}

  bool u32(std::uint32_t& v) {
    if (data_.size() < 4) return false;
    const auto* b = reinterpret_cast<const unsigned char*>(data_.data());
    v = (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) | (std::uint32_t{b[2]} << 8) | b[3];
    data_.remove_prefix(4);
    return true;
  }
  bool u64(std::uint64_t& v) {
    std::uint32_t hi = 0, lo = 0;
    if (!u32(hi) || !u32(lo)) return false;
    v = (std::uint64_t{hi} << 32) | lo;
    return true;
  }
  bool u8(std::uint8_t& v) {
    if (data_.empty()) return false;
    v = static_cast<std::uint8_t>(data_[0]);
    data_.remove_prefix(1);
    return true;
  }
  bool date(Date& d) {
    std::uint32_t v = 0;
    if (!u32(v)) return false;
    d = decode_day(v);
    return true;
  }
  bool str(std::string& s) {
    std::uint32_t n = 0;
    if (!u32(n) || data_.size() < n) return false;
    s.assign(data_.substr(0, n));
    data_.remove_prefix(n);
    return true;
  }
  std::string_view rest() const { return data_; }

 private:
  std::string_view data_;
};

// FNV-1a, 64 bits, continuing from `h`: the content hash of an article (from the default `h`),
// stored on disk: do not change.
inline constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
inline std::uint64_t fnv1a(std::string_view bytes, std::uint64_t h = kFnvOffset) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace entente::detail
