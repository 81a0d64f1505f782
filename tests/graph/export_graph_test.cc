#include "graph/export_graph.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <tuple>

#include "graph/event_store.h"

namespace entente::detail {
namespace {

using testing::actor;
using testing::event;
using testing::EventStore;
using testing::state;

Date day(int y, unsigned m, unsigned d) {
  return Date::from_ymd(y, m, d);
}

// An edge as the tests compare it.
struct Edge {
  std::string source, relation, target;
  std::uint64_t count;
  std::string first, last, article;
  std::vector<std::pair<std::string, std::string>> spells;
  bool operator==(const Edge&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Edge& e) {
  return out << e.source << " " << e.relation << " " << e.target << " x" << e.count << " " << e.first << ".."
             << e.last << " " << e.article << " spells " << e.spells.size();
}

ExportGraph read(Store& store, const ExportOptions& options = {}) {
  Result<ExportGraph> graph = ExportGraph::read(store, options);
  REQUIRE_MESSAGE(graph.ok(), graph.status().message());
  return std::move(*graph);
}

std::vector<Edge> edges(const ExportGraph& graph, bool with_spells = false) {
  std::vector<Edge> out;
  REQUIRE(graph
              .scan_edges(with_spells,
                          [&](const ExportEdge& e) {
                            Edge edge{e.source->id,           std::string(relation_name(e.relation)),
                                      e.target->id,           e.count,
                                      e.first.to_string(),    e.last.to_string(),
                                      std::string(e.article), {}};
                            for (const Spell& s : e.spells)
                              edge.spells.emplace_back(s.start.to_string(), s.end.to_string());
                            out.push_back(std::move(edge));
                          })
              .ok());
  return out;
}

std::vector<std::string> node_ids(const ExportGraph& graph) {
  std::vector<std::string> ids;
  for (const ExportNode* node : graph.nodes()) ids.push_back(node->id);
  return ids;
}

const ExportNode& node(const ExportGraph& graph, std::string_view id) {
  for (const ExportNode* node : graph.nodes()) {
    if (node->id == id) return *node;
  }
  FAIL("no node " << id);
  throw std::logic_error("unreachable");
}

const ActorRef kSyria = state("SYR", "Syria");
const ActorRef kIran = state("IRN", "Iran");
const ActorRef kUsa = state("USA", "United States");
const ActorRef kPompeo = actor("mike-pompeo", "Mike Pompeo", EntityType::kPerson, "USA");
const ActorRef kRebels = actor("SYR:REB", "Syrian rebels", EntityType::kGroup, "SYR", "REB");
const ActorRef kUn = actor("un", "United Nations", EntityType::kIgo, "");

}  // namespace

TEST_CASE("events fold into one edge per source, relation and target, with counts and dates") {
  // Edges come by source id, then target id, then relation in the order of the Relation enum.
  EventStore s;
  s.add_each({event(kUsa, Relation::kSanction, kIran, day(2019, 5, 1)),
              event(kUsa, Relation::kSanction, kIran, day(2018, 11, 5)),
              event(kUsa, Relation::kThreaten, kIran, day(2019, 6, 20)),
              event(kIran, Relation::kReject, kUsa, day(2019, 6, 21))});
  const ExportGraph graph = read(s.store());
  CHECK(edges(graph) == std::vector<Edge>{
                            {"IRN", "reject", "USA", 1, "2019-06-21", "2019-06-21", "", {}},
                            {"USA", "threaten", "IRN", 1, "2019-06-20", "2019-06-20", "", {}},
                            {"USA", "sanction", "IRN", 2, "2018-11-05", "2019-05-01", "", {}},
                        });
  CHECK(node_ids(graph) == std::vector<std::string>{"IRN", "USA"});
  const ExportNode& usa = node(graph, "USA");
  CHECK(usa.events == 4);
  CHECK(usa.label == "United States");
  CHECK(usa.first == day(2018, 11, 5));
  CHECK(usa.last == day(2019, 6, 21));
}

TEST_CASE("per event, every event is an edge with its date and article") {
  EventStore s;
  s.add_each({event(kUsa, Relation::kSanction, kIran, day(2019, 5, 1)),
              event(kUsa, Relation::kSanction, kIran, day(2018, 11, 5))});
  ExportOptions options;
  options.per_event = true;
  const std::vector<Edge> found = edges(read(s.store(), options));
  REQUIRE(found.size() == 2);
  CHECK(found[0] == Edge{"USA",
                         "sanction",
                         "IRN",
                         1,
                         "2018-11-05",
                         "2018-11-05",
                         "article-2",
                         {{"2018-11-05", "2018-11-05"}}});
  CHECK(found[1].article == "article-1");
}

TEST_CASE("the reports of one event count once, with their articles and confidences") {
  EventStore s;
  Event doubtful = event(kUsa, Relation::kSanction, kIran, day(2019, 5, 1));
  doubtful.confidence = 0.5f;
  s.add_each({event(kUsa, Relation::kSanction, kIran, day(2019, 5, 1)), doubtful,
              event(kUsa, Relation::kSanction, kIran, day(2019, 5, 2))});
  const double weight = relation_info(Relation::kSanction).weight;
  for (bool per_event : {false, true}) {
    CAPTURE(per_event);
    ExportOptions options;
    options.per_event = per_event;
    std::vector<std::tuple<std::uint64_t, std::uint64_t, double, double>>
        found;  // count, articles, weight, score
    REQUIRE(read(s.store(), options)
                .scan_edges(false,
                            [&](const ExportEdge& e) {
                              found.emplace_back(e.count, e.articles, e.weight,
                                                 std::get<double>(attribute_value(e, Field::kScore)));
                            })
                .ok());
    if (per_event) {
      CHECK(found == decltype(found){{1, 2, 1.5 * weight, -1.5 * weight}, {1, 1, weight, -weight}});
    } else {
      CHECK(found == decltype(found){{2, 3, 2.5 * weight, -2.5 * weight}});
    }
  }
  CHECK(node(read(s.store()), "USA").events == 2);
}

TEST_CASE("a window that cuts months keeps only its days, from the mentions") {
  EventStore s;
  Event doubtful = event(kUsa, Relation::kSanction, kIran, day(2019, 1, 20));
  doubtful.confidence = 0.5f;
  s.add_each({event(kUsa, Relation::kSanction, kIran, day(2019, 1, 2)),
              event(kUsa, Relation::kSanction, kIran, day(2019, 1, 20)), doubtful,
              event(kUsa, Relation::kSanction, kIran, day(2019, 2, 5)),
              event(kUsa, Relation::kSanction, kIran, day(2019, 2, 28))});
  ExportOptions options;
  options.dates = DateRange{day(2019, 1, 15), day(2019, 2, 10)};
  const ExportGraph graph = read(s.store(), options);
  CHECK(edges(graph, true) ==
        std::vector<Edge>{
            {"USA", "sanction", "IRN", 2, "2019-01-20", "2019-02-05", "", {{"2019-01-01", "2019-02-28"}}}});
  std::vector<std::pair<std::uint64_t, double>> reports;  // articles, weight
  REQUIRE(
      graph.scan_edges(false, [&](const ExportEdge& e) { reports.emplace_back(e.articles, e.weight); }).ok());
  CHECK(reports == decltype(reports){{3, 2.5 * relation_info(Relation::kSanction).weight}});
  CHECK(node(graph, "USA").events == 2);

  options.dates = DateRange{day(2019, 1, 1), day(2019, 1, 31)};  // whole months: the tallies agree
  CHECK(edges(read(s.store(), options)) ==
        std::vector<Edge>{{"USA", "sanction", "IRN", 2, "2019-01-02", "2019-01-20", "", {}}});
  options.per_event = true;
  CHECK(edges(read(s.store(), options)).size() == 2);
}

TEST_CASE("dates, relations and a minimum of events leave edges out, and nodes with them") {
  EventStore s;
  s.add_each({event(kUsa, Relation::kSanction, kIran, day(2018, 1, 1)),
              event(kUsa, Relation::kSanction, kIran, day(2019, 1, 1)),
              event(kUsa, Relation::kSanction, kIran, day(2020, 1, 1)),
              event(kSyria, Relation::kStrike, kRebels, day(2019, 3, 3)),
              event(kUn, Relation::kDemand, kSyria, day(2019, 4, 4))});

  ExportOptions since;
  since.dates = DateRange{day(2019, 1, 1), day(2019, 12, 31)};
  CHECK(edges(read(s.store(), since)) ==
        std::vector<Edge>{
            {"SYR", "strike", "SYR:REB", 1, "2019-03-03", "2019-03-03", "", {}},
            {"USA", "sanction", "IRN", 1, "2019-01-01", "2019-01-01", "", {}},
            {"un", "demand", "SYR", 1, "2019-04-04", "2019-04-04", "", {}},
        });

  ExportOptions strikes;
  strikes.relations.reset().set(static_cast<std::size_t>(Relation::kStrike));
  const ExportGraph struck = read(s.store(), strikes);
  CHECK(node_ids(struck) == std::vector<std::string>{"SYR", "SYR:REB"});
  CHECK(edges(struck).size() == 1);

  ExportOptions frequent;
  frequent.min_events = 2;
  const ExportGraph graph = read(s.store(), frequent);
  CHECK(node_ids(graph) == std::vector<std::string>{"IRN", "USA"});
  CHECK(edges(graph).size() == 1);
  frequent.per_event = true;
  const std::vector<Edge> events = edges(read(s.store(), frequent));
  CHECK(events.size() == 3);
  for (const Edge& e : events) CHECK(e.relation == "sanction");
}

TEST_CASE("at country level people and sectors fold into their state, IGOs stay, loops count once") {
  EventStore s;
  s.add_each({event(kPompeo, Relation::kDemand, kIran, day(2018, 6, 1)),
              event(kUsa, Relation::kDemand, kIran, day(2018, 6, 1)),
              event(kSyria, Relation::kStrike, kRebels, day(2019, 3, 3)),
              event(kUn, Relation::kDemand, kRebels, day(2019, 4, 4))});
  ExportOptions options;
  options.level = Level::kCountry;
  const ExportGraph graph = read(s.store(), options);
  CHECK(node_ids(graph) == std::vector<std::string>{"IRN", "SYR", "USA", "un"});
  CHECK(edges(graph) == std::vector<Edge>{
                            {"SYR", "strike", "SYR", 1, "2019-03-03", "2019-03-03", "", {}},
                            {"USA", "demand", "IRN", 2, "2018-06-01", "2018-06-01", "", {}},
                            {"un", "demand", "SYR", 1, "2019-04-04", "2019-04-04", "", {}},
                        });
  CHECK(node(graph, "SYR").events == 2);
  CHECK(node(graph, "SYR").label == "Syria");
  CHECK(node(graph, "USA").label == "United States");
  CHECK(node(graph, "un").type == EntityType::kIgo);

  options.per_event = true;  // Pompeo's and the government's demands of one day stay two events
  const std::vector<Edge> events = edges(read(s.store(), options));
  CHECK(std::count_if(events.begin(), events.end(), [](const Edge& e) { return e.source == "USA"; }) == 2);
}

TEST_CASE("a state that only its people stand for is named by the dictionary, else by its code") {
  EventStore s;
  s.add_each({event(kPompeo, Relation::kDemand, kIran, day(2018, 5, 21))});
  ExportOptions options;
  options.level = Level::kCountry;
  const ExportNode unnamed = node(read(s.store(), options), "USA");
  CHECK(unnamed.label == "USA");
  CHECK(unnamed.type == EntityType::kState);
  CHECK(unnamed.country == "USA");

  Diagnostics diagnostics;
  const Dictionary names = Dictionary::builtin(diagnostics);
  REQUIRE(names.find("USA") != nullptr);
  options.names = &names;
  CHECK(node(read(s.store(), options), "USA").label == names.find("USA")->name);
}

TEST_CASE("spells are the runs of whole months an edge was active in") {
  EventStore s;
  s.add_each({event(kUsa, Relation::kSanction, kIran, day(2018, 12, 30)),
              event(kUsa, Relation::kSanction, kIran, day(2019, 1, 5)),
              event(kUsa, Relation::kSanction, kIran, day(2019, 2, 28)),
              event(kUsa, Relation::kSanction, kIran, day(2019, 2, 1)),
              event(kUsa, Relation::kSanction, kIran, day(2019, 4, 10))});
  const std::vector<Edge> found = edges(read(s.store()), true);
  REQUIRE(found.size() == 1);
  CHECK(found[0].spells == std::vector<std::pair<std::string, std::string>>{{"2018-12-01", "2019-02-28"},
                                                                            {"2019-04-01", "2019-04-30"}});

  const Spell before_1970 = month_spell(day(1969, 12, 15), day(1970, 2, 1));
  CHECK(before_1970.start == day(1969, 12, 1));
  CHECK(before_1970.end == day(1970, 2, 28));
  const Spell leap = month_spell(day(2020, 2, 10), day(2020, 2, 10));
  CHECK(leap.end == day(2020, 2, 29));
}

TEST_CASE("an empty store has no nodes and no edges") {
  EventStore s;
  const ExportGraph graph = read(s.store());
  CHECK(graph.nodes().empty());
  CHECK(edges(graph).empty());
}

}  // namespace entente::detail
