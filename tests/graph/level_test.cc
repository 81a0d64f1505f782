#include "graph/level.h"

#include <doctest/doctest.h>

namespace entente {
namespace {

StoredActor stored(std::string id, EntityType type, std::string country, std::string sector = "") {
  StoredActor a;
  a.id = a.key = std::move(id);
  a.type = type;
  a.country = std::move(country);
  a.sector = std::move(sector);
  return a;
}

}  // namespace

TEST_CASE("levels are named and parsed") {
  for (Level level : {Level::kEntity, Level::kCountry}) CHECK(parse_level(level_name(level)) == level);
  CHECK(level_name(Level::kCountry) == "country");
  CHECK_FALSE(parse_level("state").has_value());
  CHECK_FALSE(parse_level("").has_value());
}

TEST_CASE("at country level actors with a home state fold into it and the others stay") {
  const StoredActor person = stored("mike-pompeo", EntityType::kPerson, "USA");
  const StoredActor agency = stored("USA-cia", EntityType::kAgency, "USA", "SPY");
  const StoredActor sector = stored("SYR:REB", EntityType::kGroup, "SYR", "REB");
  const StoredActor group = stored("hezbollah", EntityType::kGroup, "LBN");
  const StoredActor stateless = stored("isis", EntityType::kGroup, "");
  const StoredActor igo = stored("un", EntityType::kIgo, "");
  const StoredActor state = stored("SYR", EntityType::kState, "SYR");

  CHECK(node_id(person, Level::kCountry) == "USA");
  CHECK(node_id(agency, Level::kCountry) == "USA");
  CHECK(node_id(sector, Level::kCountry) == "SYR");
  CHECK(node_id(group, Level::kCountry) == "LBN");
  CHECK(node_id(stateless, Level::kCountry) == "isis");
  CHECK(node_id(igo, Level::kCountry) == "un");
  CHECK(node_id(state, Level::kCountry) == "SYR");
  for (const StoredActor* a : {&person, &agency, &sector, &group, &stateless, &igo, &state}) {
    CHECK(node_id(*a, Level::kEntity) == a->id);
  }
}

}  // namespace entente
