#include "graph/export.h"

#include <doctest/doctest.h>

#include <sstream>

#include "temp_dir.h"

namespace entente {

TEST_CASE("GraphML declares its keys, escapes text and aggregates edges") {
  testing::TempDir dir;
  auto opened = Store::open(dir.file("db"), Store::Mode::kReadWrite);
  REQUIRE(opened.ok());
  Store& store = **opened;
  auto make = [](std::string article) {
    Event e;
    e.article = std::move(article);
    e.date = Date::from_ymd(2019, 1, 2);
    e.relation = Relation::kStrike;
    e.source = {"a&b", "A & <B>", "a&b", "", "", EntityType::kGroup, "A"};
    e.target = {"IRN", "Iran\x01", "IRN", "IRN", "", EntityType::kState, "Iran"};
    return e;
  };
  for (const char* id : {"x1", "x2"}) {
    const std::vector<Event> events = {make(id)};
    REQUIRE(store.put_article(ArticleRecord{id, "", "", "", Date::from_ymd(2019, 1, 2), id}, events).ok());
  }
  std::ostringstream out;
  REQUIRE(write_graphml(store, out).ok());
  const std::string xml = out.str();
  CHECK(xml.find("<key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>") !=
        std::string::npos);
  CHECK(xml.find("<node id=\"a&amp;b\">") != std::string::npos);
  CHECK(xml.find("A &amp; &lt;B&gt;") != std::string::npos);
  CHECK(xml.find("Iran\x01") == std::string::npos);
  CHECK(xml.find("<data key=\"count\">2</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"score\">-18</data>") != std::string::npos);
  CHECK(xml.find("<edge id=\"e1\"") == std::string::npos);  // one edge for both events
  CHECK(xml.find("</graphml>") != std::string::npos);
}

}  // namespace entente

namespace entente {

TEST_CASE("a graph in memory writes as GraphML with a typed key per attribute") {
  GraphDocument graph;
  graph.nodes = {{"a&b", {{"label", std::string("A <1>")}, {"bloc", std::int64_t{2}}}},
                 {"IRN", {{"label", std::string("Iran")}}}};
  graph.edges = {{"a&b", "IRN", {{"net", -4.5}, {"events", std::int64_t{3}}}}};
  std::ostringstream out;
  REQUIRE(write_graphml(graph, out).ok());
  const std::string xml = out.str();
  CHECK(xml.find("<key id=\"node_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>") !=
        std::string::npos);
  CHECK(xml.find("<key id=\"node_bloc\" for=\"node\" attr.name=\"bloc\" attr.type=\"long\"/>") !=
        std::string::npos);
  CHECK(xml.find("<key id=\"edge_net\" for=\"edge\" attr.name=\"net\" attr.type=\"double\"/>") !=
        std::string::npos);
  CHECK(xml.find("edgedefault=\"undirected\"") != std::string::npos);
  CHECK(xml.find("<node id=\"a&amp;b\">\n      <data key=\"node_label\">A &lt;1&gt;</data>\n      <data "
                 "key=\"node_bloc\">2</data>") != std::string::npos);
  CHECK(xml.find(
            "<edge id=\"e0\" source=\"a&amp;b\" target=\"IRN\">\n      <data key=\"edge_net\">-4.5</data>\n"
            "      <data key=\"edge_events\">3</data>") != std::string::npos);
  graph.directed = true;
  std::ostringstream directed;
  REQUIRE(write_graphml(graph, directed).ok());
  CHECK(directed.str().find("edgedefault=\"directed\"") != std::string::npos);
}

}  // namespace entente
