#include "core/event.h"

#include <doctest/doctest.h>

namespace entente {
namespace {

Event sample() {
  Event e;
  e.article = "a1";
  e.file = "dir/a1.txt";
  e.date = Date::from_ymd(2018, 5, 23);
  e.sentence = 3;
  e.begin = 120;
  e.end = 180;
  e.text = "Syria \"rejected\" the demand.";
  e.relation = Relation::kReject;
  e.confidence = 0.75f;
  e.source = {"SYR", "Syria", "SYR", "SYR", "GOV", EntityType::kState, "the Syrian regime"};
  e.target = {"mike-pompeo", "Mike Pompeo", "USA", "USA", "", EntityType::kPerson, "Pompeo"};
  return e;
}

}  // namespace

TEST_CASE("events round-trip through their JSON line") {
  const Event e = sample();
  const std::string line = event_to_json(e);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.find(R"("relation":"reject","sign":"-","weight":4.0,"plover":"REJECT","cameo":"12")") !=
        std::string::npos);
  const Result<Event> back = event_from_json(line);
  REQUIRE(back.ok());
  CHECK(back->article == "a1");
  CHECK(back->date == e.date);
  CHECK(back->sentence == 3);
  CHECK(back->begin == 120);
  CHECK(back->text == e.text);
  CHECK(back->relation == Relation::kReject);
  CHECK(back->confidence == doctest::Approx(0.75));
  CHECK(back->source.mention == "the Syrian regime");
  CHECK(back->source.sector == "GOV");
  CHECK(back->target.type == EntityType::kPerson);
  CHECK(back->target.key == "USA");
  CHECK(back->explanation.empty());
}

TEST_CASE("malformed event lines say what is wrong") {
  CHECK(event_from_json("{").status().message().starts_with("invalid JSON"));
  CHECK(event_from_json("[]").status().message() == "not a JSON object");
  std::string line = event_to_json(sample());
  std::string no_relation = line;
  no_relation.replace(no_relation.find("\"reject\""), 8, "\"smile\"");
  CHECK(event_from_json(no_relation).status().message() == "unknown relation 'smile'");
  std::string bad_date = line;
  bad_date.replace(bad_date.find("2018-05-23"), 10, "2018-13-45");
  CHECK_FALSE(event_from_json(bad_date).ok());
  std::string no_key = line;
  no_key.replace(no_key.find("\"key\":\"SYR\""), 11, "\"key\":\"\"");
  CHECK(event_from_json(no_key).status().message() == "source: empty key");
}

}  // namespace entente
