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

// Dates sort as unsigned: days + 2^31.
inline void put_date(std::string& out, Date d) {
  put_u32(out, static_cast<std::uint32_t>(static_cast<std::int64_t>(d.days()) + (std::int64_t{1} << 31)));
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
    d = Date::from_days(static_cast<std::int32_t>(static_cast<std::int64_t>(v) - (std::int64_t{1} << 31)));
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
