// The sixteen relations of the event coding guide (CODING.md section 2), as one table.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace entente {

// The numeric values are stored on disk (docs/storage.md): do not change or reorder them; new
// relations go at the end.
enum class Relation : std::uint8_t {
  kAgree = 0,
  kConsult = 1,
  kSupport = 2,
  kConcede = 3,
  kCooperate = 4,
  kAid = 5,
  kRetreat = 6,
  kDemand = 7,
  kAccuse = 8,
  kReject = 9,
  kThreaten = 10,
  kProtest = 11,
  kSanction = 12,
  kMobilize = 13,
  kCoerce = 14,
  kStrike = 15,
};

inline constexpr int kRelationCount = 16;

struct RelationInfo {
  Relation relation;
  std::string_view name;         // as written in events and queries: "strike"
  int sign;                      // +1 cooperative, -1 conflictual
  double weight;                 // magnitude of the alliance score, > 0
  std::string_view plover;       // PLOVER event type(s): "ASSAULT / FIGHT"
  std::string_view cameo_roots;  // CAMEO root codes, comma-separated: "18, 19, 20"

  // The signed weight that alliance and opposition scores sum: sign * weight.
  double score() const { return sign * weight; }
  char sign_char() const { return sign > 0 ? '+' : '-'; }
};

// All relations in the order of the enum.
std::span<const RelationInfo, kRelationCount> relations();

// REQUIRES: relation is a declared enumerator.
const RelationInfo& relation_info(Relation relation);

inline std::string_view relation_name(Relation relation) {
  return relation_info(relation).name;
}

// A set of relations, indexed by the Relation's value.
using RelationSet = std::bitset<kRelationCount>;

// The cooperative relations (sign > 0), or the conflictual ones (sign < 0).
RelationSet relations_of_sign(int sign);

// The sign of a tie between two actors: what their events in both directions net to.
enum class TieSign { kFriendly, kHostile };

// Returns the relation named `name` (case-insensitive), or nullopt.
std::optional<Relation> parse_relation(std::string_view name);

// Returns the relation for a CAMEO event code ("1823", "057", "08"), or nullopt when its root
// is outside 02..20. Where a root is split (08: concede or retreat) the sub-code decides.
std::optional<Relation> relation_from_cameo(std::string_view code);

}  // namespace entente
