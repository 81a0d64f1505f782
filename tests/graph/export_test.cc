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
