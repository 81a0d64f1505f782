#include "query/query.h"

#include <doctest/doctest.h>

#include "temp_dir.h"

namespace entente {
namespace {

// A store with two events, and the shipped dictionaries.
struct Fixture {
  testing::TempDir dir;
  Diagnostics diagnostics;
  Dictionary dictionary = Dictionary::builtin(diagnostics);
  std::unique_ptr<Store> store;
  std::unique_ptr<QuerySession> session;

  Fixture() {
    auto opened = Store::open(dir.file("db"), Store::Mode::kReadWrite);
    REQUIRE(opened.ok());
    store = std::move(*opened);
    std::vector<Event> events(2);
    for (Event& e : events) {
      e.article = "a1";
      e.date = Date::from_ymd(2018, 5, 23);
      e.text = "Syria rejected the US demand.";
    }
    events[0].relation = Relation::kReject;
    events[0].source = {"SYR", "Syria", "SYR", "SYR", "", EntityType::kState, "Syria"};
    events[0].target = {"USA", "United States", "USA", "USA", "", EntityType::kState, "US"};
    events[1].relation = Relation::kDemand;
    events[1].source = events[0].target;
    events[1].target = {"IRN", "Iran", "IRN", "IRN", "", EntityType::kState, "Iran"};
    REQUIRE(store->put_article(ArticleRecord{"a1", "", "", "", events[0].date, "t"}, events).ok());
    session = std::make_unique<QuerySession>(*store, dictionary);
  }
  Result<QueryResult> run(std::string_view statement) { return session->run(statement); }
};

}  // namespace

TEST_CASE("events from A to B, by name, alias or id") {
  Fixture f;
  for (const char* statement : {"events from Syria to \"United States\"", "EVENTS FROM syria TO US",
                                "events from SYR to America", "events from Damascus to Washington"}) {
    CAPTURE(statement);
    const Result<QueryResult> r = f.run(statement);
    REQUIRE_MESSAGE(r.ok(), r.status().message());
    REQUIRE(r->rows.size() == 1);
    CHECK(r->rows[0][1] == "SYR");
    CHECK(r->rows[0][2] == "reject");
    CHECK(r->rows[0][3] == "USA");
    CHECK(r->rows[0][5] == "Syria rejected the US demand.");
  }
  CHECK(f.run("events to Iran")->rows.size() == 1);
  CHECK(f.run("events")->rows.size() == 2);
  CHECK(f.run("events limit 1")->rows.size() == 1);
  CHECK(f.run("events from Iran")->rows.empty());
}

TEST_CASE("errors point at the spot with a caret") {
  Fixture f;
  const Result<QueryResult> unknown = f.run("events from Syira");
  CHECK(unknown.status().message() ==
        "line 1, col 13: unknown actor 'Syira' (did you mean Syria?)\n  events from Syira\n              ^");
  CHECK(f.run("alliances").status().message().starts_with("line 1, col 1: unknown statement 'alliances'"));
  CHECK(f.run("events limit 0")
            .status()
            .message()
            .starts_with("line 1, col 14: limit needs a positive whole number"));
  CHECK(f.run("events from")
            .status()
            .message()
            .starts_with("line 1, col 12: expected an actor name, found end of statement"));
  CHECK(f.run("events from \"Syria").status().message().starts_with("line 1, col 13: unterminated string"));
  CHECK(f.run("events from Syria from Iran")
            .status()
            .message()
            .starts_with("line 1, col 19: 'from' given twice"));
}

TEST_CASE("results format as table, CSV and JSON") {
  QueryResult r;
  r.columns = {{"a"}, {"bb"}};
  r.rows = {{"x,y", "1"}, {"z\"", "22"}};
  CHECK(format_result(r, OutputFormat::kTable) == "a    bb\nx,y  1\nz\"   22\n");
  CHECK(format_result(r, OutputFormat::kCsv) == "a,bb\r\n\"x,y\",1\r\n\"z\"\"\",22\r\n");
  CHECK(format_result(r, OutputFormat::kJson) ==
        "{\"columns\":[\"a\",\"bb\"],\"rows\":[{\"a\":\"x,y\",\"bb\":\"1\"},{\"a\":\"z\\\"\",\"bb\":\"22\"}]}"
        "\n");
  r.rows.clear();
  CHECK(format_result(r, OutputFormat::kTable) == "a  bb\n(no results)\n");
}

}  // namespace entente
