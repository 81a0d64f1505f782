#include "query/answer.h"

#include <doctest/doctest.h>

namespace entente::query::detail {

TEST_CASE("numbers keep at most two decimals and no trailing zeros") {
  CHECK(format_number(12.5) == "12.5");
  CHECK(format_number(-4) == "-4");
  CHECK(format_number(0.031) == "0.03");
  CHECK(format_number(2.999) == "3");
  CHECK(format_number(-0.001) == "0");
  CHECK(format_signed(12.5) == "+12.5");
  CHECK(format_signed(-4) == "-4");
  CHECK(format_signed(0.001) == "0");
}

TEST_CASE("limits keep the first rows and say how many were left out") {
  QueryResult result;
  result.columns = {{"n"}};
  result.rows = {{"1"}, {"2"}, {"3"}};
  limit_rows(result, 5);
  CHECK(result.rows.size() == 3);
  CHECK(result.summary.empty());
  limit_rows(result, 0);
  CHECK(result.rows.size() == 3);
  limit_rows(result, 2);
  CHECK(result.rows == std::vector<std::vector<std::string>>{{"1"}, {"2"}});
  CHECK(result.summary == std::vector<std::pair<std::string, std::string>>{{"rows", "2 of 3 (limit 2)"}});
}

TEST_CASE("graph documents describe nodes and ties") {
  const GraphNode node{"USA", "United States", EntityType::kState, {}};
  const GraphDocument::Node n = node_document(node);
  CHECK(n.id == "USA");
  REQUIRE(n.attributes.size() == 2);
  CHECK(std::get<std::string>(n.attributes[0].value) == "United States");
  CHECK(std::get<std::string>(n.attributes[1].value) == "state");
  Tie tie;
  tie.cooperative = 3;
  tie.hostile = 5;
  tie.events = 2;
  tie.first = Date::from_ymd(2019, 1, 2);
  tie.last = Date::from_ymd(2020, 3, 4);
  const GraphDocument::Edge e = tie_document("USA", "IRN", tie);
  CHECK(e.source == "USA");
  CHECK(e.target == "IRN");
  REQUIRE(e.attributes.size() == 6);
  CHECK(e.attributes[0].name == "net");
  CHECK(std::get<double>(e.attributes[0].value) == -2);
  CHECK(std::get<std::int64_t>(e.attributes[3].value) == 2);
  CHECK(std::get<std::string>(e.attributes[5].value) == "2020-03-04");
}

}  // namespace entente::query::detail
