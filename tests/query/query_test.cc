#include "query/query.h"

#include <doctest/doctest.h>

#include "graph/world.h"

namespace entente {
namespace {

struct Fixture {
  testing::World world;
  Diagnostics diagnostics;
  Dictionary dictionary = Dictionary::builtin(diagnostics);
  QuerySession session{world.store(), dictionary};
};

}  // namespace

TEST_CASE("a session answers statements through every stage") {
  Fixture f;
  const Result<QueryResult> allies = f.session.run("allies of Iran");
  REQUIRE_MESSAGE(allies.ok(), allies.status().message());
  CHECK(allies->rows.size() == 2);
  CHECK(allies->rows[0][0] == "SYR");
  for (const char* statement :
       {"events from Syria to Iran", "EVENTS FROM syria TO 'Islamic Republic of Iran'",
        "events from SYR to Tehran", "events from Damascus to iranian"}) {
    CAPTURE(statement);
    const Result<QueryResult> r = f.session.run(statement);
    REQUIRE_MESSAGE(r.ok(), r.status().message());
    REQUIRE(r->rows.size() == 1);
    CHECK(r->rows[0][2] == "support");
  }
  CHECK(f.session.run("events from Syira").status().message() ==
        "line 1, col 13: unknown actor 'Syira' (did you mean Syria?)\n  events from Syira\n              ^");
  CHECK(f.session.run("").status().message().starts_with("line 1, col 1: expected a statement"));
  CHECK(
      f.session.run("blocs; blocs").status().message().starts_with("line 1, col 1: expected one statement"));
}

TEST_CASE("a script runs every statement and goes on after errors") {
  Fixture f;
  std::vector<std::string> seen;
  f.session.run_script("allies of Iran;\nallies of Iraan;\n\nopponents of Iran limit 1",
                       [&](std::string_view s, const Result<QueryResult>& r) {
                         seen.push_back(std::string(s) + (r.ok() ? " -> " + std::to_string(r->rows.size())
                                                                 : " -> " + r.status().message()));
                       });
  REQUIRE(seen.size() == 3);
  CHECK(seen[0] == "allies of Iran -> 2");
  CHECK(
      seen[1] ==
      "allies of Iraan -> line 2, col 11: unknown actor 'Iraan' (did you mean Iran?)\n  allies of Iraan;\n  "
      "          ^");
  CHECK(seen[2] == "opponents of Iran limit 1 -> 1");
}

TEST_CASE("results format as table, CSV and JSON") {
  QueryResult r;
  r.columns = {{"a"}, {"bb", QueryResult::Type::kNumber}};
  r.rows = {{"x,y", "1.5"}, {"z\"", "+22"}, {"", ""}};
  CHECK(format_result(r, OutputFormat::kTable) == "a    bb\nx,y  1.5\nz\"   +22\n\n");
  CHECK(format_result(r, OutputFormat::kCsv) == "a,bb\r\n\"x,y\",1.5\r\n\"z\"\"\",+22\r\n,\r\n");
  CHECK(format_result(r, OutputFormat::kJson) ==
        "{\"columns\":[\"a\",\"bb\"],\"rows\":[{\"a\":\"x,y\",\"bb\":1.5},{\"a\":\"z\\\"\",\"bb\":22},"
        "{\"a\":null,\"bb\":null}]}\n");
  r.summary = {{"rows", "3 of 9"}};
  CHECK(format_result(r, OutputFormat::kTable).ends_with("\nrows: 3 of 9\n"));
  CHECK(format_result(r, OutputFormat::kJson).ends_with(",\"summary\":{\"rows\":\"3 of 9\"}}\n"));
  CHECK(format_result(r, OutputFormat::kCsv).find("rows") == std::string::npos);
  r.rows.clear();
  CHECK(format_result(r, OutputFormat::kTable) == "a  bb\n(no results)\nrows: 3 of 9\n");
}

TEST_CASE("a table draws its sparkline column from the lowest to the highest value") {
  QueryResult r;
  r.columns = {{"period"}, {"net", QueryResult::Type::kNumber}};
  r.rows = {{"2018", "-9"}, {"2019", "0"}, {"2020", "7"}, {"2021", "-1"}};
  r.sparkline = 1;
  CHECK(format_result(r, OutputFormat::kTable).ends_with("\nnet  ▁▅█▅\n"));
  r.rows = {{"2018", "3"}, {"2019", "3"}};
  CHECK(format_result(r, OutputFormat::kTable).ends_with("\nnet  ▅▅\n"));
  CHECK(format_result(r, OutputFormat::kCsv).find("▅") == std::string::npos);
}

}  // namespace entente
