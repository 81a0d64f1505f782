#include "core/relation.h"

#include <doctest/doctest.h>

#include <set>

namespace entente {

TEST_CASE("the relation table follows CODING.md section 2") {
  CHECK(relations().size() == 16);
  std::set<std::string_view> names;
  int cooperative = 0;
  for (const RelationInfo& info : relations()) {
    names.insert(info.name);
    CHECK(info.weight > 0);
    cooperative += info.sign > 0;
    CHECK(&relation_info(info.relation) == &info);
  }
  CHECK(names.size() == 16);
  CHECK(cooperative == 7);
  CHECK(relation_info(Relation::kStrike).score() == doctest::Approx(-9.0));
  CHECK(relation_info(Relation::kAid).score() == doctest::Approx(10.0));
  CHECK(relation_info(Relation::kRetreat).score() == doctest::Approx(6.5));
  CHECK(relation_info(Relation::kDemand).plover == "REQUEST / DEMAND");
  CHECK(relation_info(Relation::kStrike).cameo_roots == "18, 19, 20");
}

TEST_CASE("relation sets split by sign") {
  const RelationSet cooperative = relations_of_sign(+1);
  const RelationSet hostile = relations_of_sign(-1);
  CHECK(cooperative.count() == 7);
  CHECK(hostile.count() == 9);
  CHECK((cooperative & hostile).none());
  CHECK(cooperative[static_cast<std::size_t>(Relation::kRetreat)]);
  CHECK(hostile[static_cast<std::size_t>(Relation::kDemand)]);
}

TEST_CASE("relations parse by name, case-insensitively") {
  CHECK(parse_relation("strike") == Relation::kStrike);
  CHECK(parse_relation("Agree") == Relation::kAgree);
  CHECK_FALSE(parse_relation("attack").has_value());
  CHECK_FALSE(parse_relation("").has_value());
}

TEST_CASE("CAMEO codes map to relations by root, with 057 and 087 split out") {
  CHECK(relation_from_cameo("1823") == Relation::kStrike);
  CHECK(relation_from_cameo("190") == Relation::kStrike);
  CHECK(relation_from_cameo("057") == Relation::kAgree);
  CHECK(relation_from_cameo("051") == Relation::kSupport);
  CHECK(relation_from_cameo("087") == Relation::kRetreat);
  CHECK(relation_from_cameo("081") == Relation::kConcede);
  CHECK(relation_from_cameo("112") == Relation::kAccuse);
  CHECK_FALSE(relation_from_cameo("010").has_value());
  CHECK_FALSE(relation_from_cameo("904").has_value());
  CHECK_FALSE(relation_from_cameo("x1").has_value());
}

}  // namespace entente
