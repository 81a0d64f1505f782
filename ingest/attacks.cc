#include "ingest/attacks.h"

#include <algorithm>
#include <string>

namespace entente::detail {
namespace {

// The side an actor fights on: the armed groups of a country ("SYR:REB", the Nusra Front, whose
// sector is REB) are one side; anyone else is their own.
std::string side(const ActorRef& a) {
  if (a.type == EntityType::kGroup && a.sector == "REB" && !a.country.empty()) return a.country + ":REB";
  return a.key;
}

bool is_state(const ActorRef& a) {
  return a.key == a.country_key();
}

}  // namespace

void Attacks::add(const ActorRef& source, const ActorRef& target, std::uint32_t sentence) {
  if (!latest_.empty() && latest_.back().sentence != sentence) latest_.clear();
  latest_.push_back({source, target, sentence});
}

void Attacks::attackers_of(const ActorRef& victim, std::uint32_t sentence, std::vector<ActorRef>& out) const {
  if (latest_.empty() || latest_.back().sentence + 1 < sentence) return;
  const std::string victim_side = side(victim);
  const std::size_t first = out.size();
  auto add = [&](const ActorRef& attacker) {
    // Civilians are victims: a strike coded from them is no attack to carry over.
    if (side(attacker) == victim_side || attacker.sector == "CVL") return;
    const bool known = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                                   [&](const ActorRef& a) { return a.key == attacker.key; });
    if (!known) out.push_back(attacker);
  };
  for (const Attack& a : latest_) {
    if (side(a.target) == victim_side) add(a.source);
  }
  if (out.size() > first || is_state(victim)) return;
  for (const Attack& a : latest_) {
    const bool struck = std::any_of(latest_.begin(), latest_.end(),
                                    [&](const Attack& other) { return other.target.key == a.source.key; });
    if (struck) return;
  }
  for (const Attack& a : latest_) add(a.source);
}

bool Attacks::fought(const ActorRef& victim, const ActorRef& attacker) const {
  const std::string victim_side = side(victim);
  return std::any_of(latest_.begin(), latest_.end(), [&](const Attack& a) {
    return a.source.key != victim.key && side(a.source) == victim_side && a.target.key == attacker.key;
  });
}

}  // namespace entente::detail
