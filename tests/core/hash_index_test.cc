#include "core/hash_index.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

namespace entente {

TEST_CASE("items are found by hash and identity, and a new item is recorded only once") {
  std::vector<std::uint64_t> items;  // the caller's items: here, a value each
  HashIndex index;
  auto insert = [&](std::uint64_t hash, std::uint64_t value) {
    const auto next = static_cast<std::uint32_t>(items.size());
    const std::uint32_t at = index.insert(hash, next, [&](std::uint32_t i) { return items[i] == value; });
    if (at == next) items.push_back(value);
    return at;
  };
  auto find = [&](std::uint64_t hash, std::uint64_t value) {
    return index.find(hash, [&](std::uint32_t i) { return items[i] == value; });
  };
  CHECK(find(42, 1) == HashIndex::kAbsent);
  CHECK(insert(42, 1) == 0);
  CHECK(insert(42, 2) == 1);  // the same hash, another item: both kept
  CHECK(insert(42, 1) == 0);
  CHECK(find(42, 2) == 1);
  CHECK(find(43, 2) == HashIndex::kAbsent);
  // Growing past the first table keeps every item reachable.
  for (std::uint64_t v = 100; v < 1100; ++v) {
    const std::uint32_t at = insert(v * 0x9E3779B97F4A7C15ull, v);
    REQUIRE(at == items.size() - 1);
  }
  for (std::uint64_t v = 100; v < 1100; ++v) CHECK(items[find(v * 0x9E3779B97F4A7C15ull, v)] == v);
  CHECK(find(42, 1) == 0);
}

}  // namespace entente
