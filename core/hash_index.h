// An open-addressing index from 64-bit hashes to the dense indices of items that the caller
// stores (words of a Vocabulary, phrases of a Dictionary). It keeps 8 bytes a slot and at most
// half of the slots full, so that a lookup that misses (most do) reads one cache line.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace entente {

class HashIndex {
 public:
  static constexpr std::uint32_t kAbsent = 0xFFFFFFFF;

  // The item with this hash for which `is_item(item)` is true, or kAbsent.
  template <class IsItem>
  std::uint32_t find(std::uint64_t hash, IsItem is_item) const {
    if (slots_.empty()) return kAbsent;
    const std::size_t mask = slots_.size() - 1;
    const auto low = static_cast<std::uint32_t>(hash);
    for (std::size_t i = low & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.item == kAbsent) return kAbsent;
      if (slot.hash == low && is_item(slot.item)) return slot.item;
    }
  }

  // As find; when there is no such item, records `new_item` under the hash and returns it.
  template <class IsItem>
  std::uint32_t insert(std::uint64_t hash, std::uint32_t new_item, IsItem is_item) {
    if (const std::uint32_t found = find(hash, is_item); found != kAbsent) return found;
    if ((count_ + 1) * 2 > slots_.size()) grow();
    place({static_cast<std::uint32_t>(hash), new_item});
    ++count_;
    return new_item;
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;  // the low half of the item's hash: its home slot, then a filter
    std::uint32_t item = kAbsent;
  };

  void place(Slot slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = slot.hash & mask;
    while (slots_[i].item != kAbsent) i = (i + 1) & mask;
    slots_[i] = slot;
  }

  void grow() {
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(slots_.empty() ? 64 : slots_.size() * 2));
    for (const Slot& slot : old) {
      if (slot.item != kAbsent) place(slot);
    }
  }

  std::vector<Slot> slots_;  // a power of two
  std::size_t count_ = 0;
};

}  // namespace entente
