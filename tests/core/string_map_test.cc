#include "core/string_map.h"

#include <doctest/doctest.h>

namespace entente {

TEST_CASE("a string map is looked up by string_view") {
  StringMap<int> map;
  map.emplace("SYR", 1);
  const std::string_view key = std::string_view("SYR:REB").substr(0, 3);
  REQUIRE(map.find(key) != map.end());
  CHECK(map.find(key)->second == 1);
  CHECK(map.find(std::string_view("SY")) == map.end());
}

}  // namespace entente
