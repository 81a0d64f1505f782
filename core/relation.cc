#include "core/relation.h"

#include <algorithm>

#include "core/text.h"

namespace entente {
namespace {

// CODING.md section 2. Weights are the guide's scores; their signs live in `sign`.
constexpr std::array<RelationInfo, kRelationCount> kRelations = {{
    {Relation::kAgree, "agree", +1, 2.5, "AGREE", "03, 057"},
    {Relation::kConsult, "consult", +1, 2.5, "CONSULT", "04"},
    {Relation::kSupport, "support", +1, 5.0, "SUPPORT", "05"},
    {Relation::kConcede, "concede", +1, 4.5, "CONCEDE", "08"},
    {Relation::kCooperate, "cooperate", +1, 9.5, "COOPERATE", "06"},
    {Relation::kAid, "aid", +1, 10.0, "AID", "07"},
    {Relation::kRetreat, "retreat", +1, 6.5, "RETREAT", "087"},
    {Relation::kDemand, "demand", -1, 2.0, "REQUEST / DEMAND", "02, 10"},
    {Relation::kAccuse, "accuse", -1, 3.0, "ACCUSE / DISAPPROVE", "09, 11"},
    {Relation::kReject, "reject", -1, 4.0, "REJECT", "12"},
    {Relation::kThreaten, "threaten", -1, 6.0, "THREATEN", "13"},
    {Relation::kProtest, "protest", -1, 6.5, "PROTEST", "14"},
    {Relation::kSanction, "sanction", -1, 6.0, "SANCTION", "16"},
    {Relation::kMobilize, "mobilize", -1, 5.5, "MOBILIZE", "15"},
    {Relation::kCoerce, "coerce", -1, 7.0, "COERCE", "17"},
    {Relation::kStrike, "strike", -1, 9.0, "ASSAULT / FIGHT", "18, 19, 20"},
}};

constexpr bool enum_order_matches_table() {
  for (int i = 0; i < kRelationCount; ++i) {
    if (static_cast<int>(kRelations[i].relation) != i) return false;
  }
  return true;
}
static_assert(enum_order_matches_table(), "kRelations must be in enum order");

}  // namespace

std::span<const RelationInfo, kRelationCount> relations() {
  return kRelations;
}

const RelationInfo& relation_info(Relation relation) {
  return kRelations[static_cast<std::size_t>(relation)];
}

RelationSet relations_of_sign(int sign) {
  RelationSet set;
  for (const RelationInfo& info : kRelations)
    set[static_cast<std::size_t>(info.relation)] = (info.sign > 0) == (sign > 0);
  return set;
}

std::optional<Relation> parse_relation(std::string_view name) {
  for (const RelationInfo& info : kRelations) {
    if (equals_ignore_case(info.name, name)) return info.relation;
  }
  return std::nullopt;
}

std::optional<Relation> relation_from_cameo(std::string_view code) {
  if (code.size() < 2 || !is_ascii_digit(code[0]) || !is_ascii_digit(code[1])) return std::nullopt;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  switch (root) {
    case 2: return Relation::kDemand;
    case 3: return Relation::kAgree;
    case 4: return Relation::kConsult;
    case 5: return code.starts_with("057") ? Relation::kAgree : Relation::kSupport;
    case 6: return Relation::kCooperate;
    case 7: return Relation::kAid;
    case 8: return code.starts_with("087") ? Relation::kRetreat : Relation::kConcede;
    case 9: return Relation::kAccuse;
    case 10: return Relation::kDemand;
    case 11: return Relation::kAccuse;
    case 12: return Relation::kReject;
    case 13: return Relation::kThreaten;
    case 14: return Relation::kProtest;
    case 15: return Relation::kMobilize;
    case 16: return Relation::kSanction;
    case 17: return Relation::kCoerce;
    case 18:
    case 19:
    case 20: return Relation::kStrike;
    default: return std::nullopt;
  }
}

}  // namespace entente
