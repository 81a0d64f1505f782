#include "graph/export.h"

#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <sstream>

#include "graph/event_store.h"

namespace entente {
namespace {

using testing::actor;
using testing::event;
using testing::EventStore;
using testing::state;

const Date kDay = Date::from_ymd(2019, 1, 2);
// A name with markup, quotes, a backslash, non-ASCII letters, a control character and a byte
// that is not UTF-8.
const ActorRef kOdd = actor("a&b", "A & <B> \"Q\" \\ Zo\xc3\xab\x01\xff", EntityType::kGroup, "");
const ActorRef kIran = state("IRN", "Iran");
const ActorRef kIraq = state("IRQ", "Iraq");

// A store where kOdd strikes Iran on two days, the first reported twice (once with confidence
// 0.5), and Iran supports Iraq once.
void fill(EventStore& s) {
  Event doubtful = event(kOdd, Relation::kStrike, kIran, kDay);
  doubtful.confidence = 0.5f;
  s.add_each({event(kOdd, Relation::kStrike, kIran, kDay), doubtful,
              event(kOdd, Relation::kStrike, kIran, Date::from_ymd(2019, 1, 5)),
              event(kIran, Relation::kSupport, kIraq, Date::from_ymd(2019, 3, 4))});
}

using Writer = Status (*)(const Store&, const ExportOptions&, std::ostream&);

std::string written(Writer write, Store& store, const ExportOptions& options = {}) {
  std::ostringstream out;
  const Status status = write(store, options, out);
  REQUIRE_MESSAGE(status.ok(), status.message());
  return out.str();
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::set<std::string> matches(const std::string& text, const std::string& pattern) {
  std::set<std::string> found;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
    found.insert((*it)[1]);
  return found;
}

}  // namespace

TEST_CASE("GraphML declares every key it uses with a type, before the graph") {
  EventStore s;
  fill(s);
  const std::string xml = written(write_graphml, s.store());
  CHECK(xml.find("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"") != std::string::npos);
  CHECK(xml.find("<key id=\"edge_count\" for=\"edge\" attr.name=\"count\" attr.type=\"long\"/>") !=
        std::string::npos);
  CHECK(xml.rfind("<key ") < xml.find("<graph "));
  const std::set<std::string> declared = matches(xml,
                                                 "<key id=\"([^\"]+)\" for=\"[a-z]+\" attr.name=\"[a-z]+\" "
                                                 "attr.type=\"(?:string|int|long|double)\"/>");
  const std::set<std::string> used = matches(xml, "<data key=\"([^\"]+)\">");
  CHECK(declared.size() == count(xml, "<key "));
  CHECK(std::includes(declared.begin(), declared.end(), used.begin(), used.end()));
  CHECK(xml.find("</graphml>\n") == xml.size() - 11);
}

TEST_CASE("GraphML escapes text, drops what XML forbids, and aggregates edges") {
  EventStore s;
  fill(s);
  const std::string xml = written(write_graphml, s.store());
  CHECK(xml.find("<node id=\"a&amp;b\">") != std::string::npos);
  CHECK(xml.find("<data key=\"node_label\">A &amp; &lt;B&gt; &quot;Q&quot; \\ Zo\xc3\xab</data>") !=
        std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find('\xff') == std::string::npos);
  CHECK(count(xml, "<node ") == 3);
  CHECK(count(xml, "<edge ") == 2);
  CHECK(matches(xml, "<edge id=\"([^\"]+)\"").size() == 2);
  CHECK(xml.find("<edge id=\"e1\" source=\"a&amp;b\" target=\"IRN\">\n"
                 "      <data key=\"edge_relation\">strike</data>\n"
                 "      <data key=\"edge_interaction\">strike</data>\n"
                 "      <data key=\"edge_sign\">-1</data>\n"
                 "      <data key=\"edge_count\">2</data>\n"
                 "      <data key=\"edge_articles\">3</data>\n"
                 "      <data key=\"edge_weight\">22.5</data>\n"
                 "      <data key=\"edge_score\">-22.5</data>\n"
                 "      <data key=\"edge_first\">2019-01-02</data>\n"
                 "      <data key=\"edge_last\">2019-01-05</data>\n"
                 "    </edge>") != std::string::npos);
  CHECK(xml.find("<data key=\"node_events\">3</data>") != std::string::npos);  // Iran: 2 + 1
  CHECK(xml.find("<data key=\"node_sector\">") == std::string::npos);          // empty: left out
}

TEST_CASE("GraphML per event writes one dated edge per event, however many articles report it") {
  EventStore s;
  fill(s);
  ExportOptions options;
  options.per_event = true;
  const std::string xml = written(write_graphml, s.store(), options);
  CHECK(count(xml, "<edge ") == 3);
  CHECK(xml.find("attr.name=\"date\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"count\"") == std::string::npos);
  CHECK(count(xml, "<data key=\"edge_article\">article-") == 3);
  CHECK(xml.find("<data key=\"edge_articles\">2</data>\n"
                 "      <data key=\"edge_weight\">13.5</data>\n"
                 "      <data key=\"edge_score\">-13.5</data>\n"
                 "      <data key=\"edge_date\">2019-01-02</data>\n"
                 "      <data key=\"edge_article\">article-1</data>") != std::string::npos);
}

TEST_CASE("GEXF is dynamic, with spells on nodes and edges") {
  EventStore s;
  fill(s);
  const std::string xml = written(write_gexf, s.store());
  CHECK(xml.find("<gexf xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
  CHECK(xml.find("mode=\"dynamic\" timeformat=\"date\"") != std::string::npos);
  CHECK(xml.find("<node id=\"a&amp;b\" label=\"A &amp; &lt;B&gt; &quot;Q&quot; \\ Zo\xc3\xab\">") !=
        std::string::npos);
  CHECK(xml.find("<edge id=\"1\" source=\"a&amp;b\" target=\"IRN\" label=\"strike\" weight=\"22.5\">") !=
        std::string::npos);
  CHECK(count(xml, "<spells>") == 5);
  CHECK(xml.find("<spell start=\"2019-01-01\" end=\"2019-03-31\"/>") != std::string::npos);  // Iran
  CHECK(xml.find("<spell start=\"2019-03-01\" end=\"2019-03-31\"/>") != std::string::npos);  // support
  const std::set<std::string> declared = matches(xml, "<attribute id=\"([a-z]+)\"");
  const std::set<std::string> used = matches(xml, "<attvalue for=\"([a-z]+)\"");
  CHECK(std::includes(declared.begin(), declared.end(), used.begin(), used.end()));
  CHECK(used.count("weight") == 0);
}

TEST_CASE("DOT colours edges by sign and quotes every string") {
  EventStore s;
  fill(s);
  const std::string dot = written(write_dot, s.store());
  CHECK(dot.find("digraph entente {\n") == 0);
  CHECK(dot.find("\"a&b\" [label=\"A & <B> \\\"Q\\\" \\\\ Zo\xc3\xab\", key=\"a&b\", type=\"group\"") !=
        std::string::npos);
  CHECK(dot.find("\"a&b\" -> \"IRN\" [label=\"strike\", color=\"#c62828\"") != std::string::npos);
  CHECK(dot.find("\"IRN\" -> \"IRQ\" [label=\"support\", color=\"#2e7d32\"") != std::string::npos);
  CHECK(dot.find("count=\"2\"") != std::string::npos);
  CHECK(dot.substr(dot.size() - 2) == "}\n");
}

TEST_CASE("CSV has neo4j-admin import headers and quoted text") {
  EventStore s;
  fill(s);
  std::ostringstream nodes, relationships;
  REQUIRE(write_csv(s.store(), {}, nodes, relationships).ok());
  CHECK(nodes.str() ==
        "id:ID,label,key,type,country,sector,events:long,first:date,last:date,:LABEL\n"
        "\"IRN\",\"Iran\",\"IRN\",\"state\",\"IRN\",\"\",3,2019-01-02,2019-03-04,Actor;State\n"
        "\"IRQ\",\"Iraq\",\"IRQ\",\"state\",\"IRQ\",\"\",1,2019-03-04,2019-03-04,Actor;State\n"
        "\"a&b\",\"A & <B> \"\"Q\"\" \\ "
        "Zo\xc3\xab\",\"a&b\",\"group\",\"\",\"\",2,2019-01-02,2019-01-05,Actor;Group\n");
  CHECK(relationships.str() ==
        ":START_ID,:END_ID,:TYPE,relation,interaction,sign:int,count:long,articles:long,weight:double,"
        "score:double,first:date,last:date\n"
        "\"IRN\",\"IRQ\",SUPPORT,\"support\",\"support\",1,1,1,5,5,2019-03-04,2019-03-04\n"
        "\"a&b\",\"IRN\",STRIKE,\"strike\",\"strike\",-1,2,3,22.5,-22.5,2019-01-02,2019-01-05\n");
}

TEST_CASE("a writer reports a stream that fails") {
  EventStore s;
  fill(s);
  for (Writer write : {write_graphml, write_gexf, write_dot}) {
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    CHECK(write(s.store(), {}, out).code() == Status::Code::kIOError);
  }
  std::ostringstream nodes, relationships;
  relationships.setstate(std::ios::badbit);
  CHECK(write_csv(s.store(), {}, nodes, relationships).code() == Status::Code::kIOError);
}

TEST_CASE("an empty store gives an empty but complete graph in every format") {
  EventStore s;
  CHECK(
      written(write_graphml, s.store()).find("<graph id=\"entente\" edgedefault=\"directed\">\n  </graph>") !=
      std::string::npos);
  CHECK(written(write_gexf, s.store()).find("<nodes>\n    </nodes>\n    <edges>\n    </edges>") !=
        std::string::npos);
  CHECK(written(write_dot, s.store()) == "digraph entente {\n  node [shape=box, style=rounded];\n}\n");
}

TEST_CASE("a graph in memory writes as GraphML with a typed key per attribute, escaped as the store's") {
  GraphDocument graph;
  graph.nodes = {{"a&b", {{"label", std::string("A <1>\x01\t\xff")}, {"bloc", std::int64_t{2}}}},
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
  CHECK(xml.find("<node id=\"a&amp;b\">\n      <data key=\"node_label\">A &lt;1&gt;&#9;</data>\n      <data "
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
