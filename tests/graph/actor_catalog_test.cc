#include "graph/actor_catalog.h"

#include <doctest/doctest.h>

#include "graph/world.h"

namespace entente {

TEST_CASE("the catalog numbers stored actors by id and finds them by id or name") {
  testing::World world;
  Diagnostics diagnostics;
  const Dictionary names = Dictionary::builtin(diagnostics);
  const Result<ActorCatalog> catalog = ActorCatalog::read(world.store(), &names);
  REQUIRE(catalog.ok());
  REQUIRE(catalog->actors().size() == 9);
  CHECK(catalog->actors().front().id == "IRN");
  CHECK(catalog->actors().back().id == "mike-pompeo");  // upper case sorts first
  CHECK(catalog->find("SYR") == std::optional<ActorIndex>(4));
  CHECK_FALSE(catalog->find("FRA"));
  CHECK(catalog->find_by_name("saudi arabia") == catalog->find("SAU"));
  CHECK(catalog->find_by_name("HEZBOLLAH") == catalog->find("hezbollah"));
  CHECK_FALSE(catalog->find_by_name("Hizbollah"));  // aliases are the dictionaries' business
  CHECK(catalog->last_seen() == Date::from_ymd(2021, 5, 21));
}

TEST_CASE("at entity level every actor is its own node") {
  testing::World world;
  const Result<ActorCatalog> catalog = ActorCatalog::read(world.store(), nullptr);
  REQUIRE(catalog.ok());
  const auto nodes = catalog->nodes(Level::kEntity);
  REQUIRE(nodes.size() == 9);
  for (ActorIndex a = 0; a < catalog->actors().size(); ++a) {
    const GraphNode& node = nodes[catalog->node_of(Level::kEntity, a)];
    CHECK(node.id == catalog->actors()[a].id);
    CHECK(node.members == std::vector<ActorIndex>{a});
  }
  CHECK(nodes[*catalog->find_node(Level::kEntity, "mike-pompeo")].type == EntityType::kPerson);
}

TEST_CASE("at country level people and groups fold into their state") {
  testing::World world;
  Diagnostics diagnostics;
  const Dictionary names = Dictionary::builtin(diagnostics);
  const Result<ActorCatalog> catalog = ActorCatalog::read(world.store(), &names);
  REQUIRE(catalog.ok());
  const auto nodes = catalog->nodes(Level::kCountry);
  REQUIRE(nodes.size() == 8);  // Pompeo is the United States; Hezbollah makes a node of Lebanon
  const std::optional<NodeIndex> usa = catalog->find_node(Level::kCountry, "USA");
  REQUIRE(usa);
  CHECK(nodes[*usa].name == "United States");
  CHECK(nodes[*usa].members == std::vector<ActorIndex>{*catalog->find("USA"), *catalog->find("mike-pompeo")});
  CHECK(catalog->node_of(Level::kCountry, "mike-pompeo") == usa);
  // No stored actor is Lebanon: the dictionaries name the node, and without them its id does.
  const std::optional<NodeIndex> lbn = catalog->find_node(Level::kCountry, "LBN");
  REQUIRE(lbn);
  CHECK(nodes[*lbn].name == "Lebanon");
  CHECK(nodes[*lbn].type == EntityType::kState);
  const Result<ActorCatalog> unnamed = ActorCatalog::read(world.store(), nullptr);
  REQUIRE(unnamed.ok());
  CHECK(unnamed->nodes(Level::kCountry)[*lbn].name == "LBN");
  CHECK_FALSE(catalog->node_of(Level::kCountry, "FRA"));
}

}  // namespace entente
