#include "graph/store.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "temp_dir.h"

namespace entente {
namespace {

using testing::TempDir;

Event event(std::string source, Relation relation, std::string target, std::string article = "a1") {
  Event e;
  e.article = std::move(article);
  e.file = "a1.txt";
  e.date = Date::from_ymd(2018, 5, 23);
  e.text = "sentence";
  e.relation = relation;
  e.source = {source, source + " name", source, source, "", EntityType::kState, source};
  e.target = {target, target + " name", target, target, "", EntityType::kState, target};
  return e;
}

ArticleRecord record(std::string_view id, std::string_view text) {
  return ArticleRecord{id, "file.txt", "", "", Date::from_ymd(2018, 5, 23), text};
}

std::unique_ptr<Store> open(const std::string& dir, Store::Mode mode = Store::Mode::kReadWrite) {
  Result<std::unique_ptr<Store>> store = Store::open(dir, mode);
  REQUIRE_MESSAGE(store.ok(), store.status().message());
  return std::move(*store);
}

}  // namespace

TEST_CASE("articles and events are stored and scanned by dyad") {
  TempDir dir;
  auto store = open(dir.file("db"));
  const std::vector<Event> events = {event("ISR", Relation::kStrike, "IRN"),
                                     event("IRN", Relation::kStrike, "ISR"),
                                     event("ISR", Relation::kThreaten, "IRN")};
  REQUIRE(store->put_article(record("a1", "text"), events).ok());
  std::vector<Relation> seen;
  REQUIRE(store
              ->scan_events("ISR", "IRN",
                            [&](const StoredEvent& e) {
                              seen.push_back(e.relation);
                              CHECK(e.article == "a1");
                              return true;
                            })
              .ok());
  CHECK(seen == std::vector<Relation>{Relation::kThreaten, Relation::kStrike});
  const Result<StoreStats> stats = store->stats();
  REQUIRE(stats.ok());
  CHECK(stats->articles == 1);
  CHECK(stats->events == 3);
  CHECK(stats->actors == 2);
  CHECK(stats->dyads == 2);
  CHECK(stats->first_date.to_string() == "2018-05-23");
}

TEST_CASE("re-ingesting is idempotent, and changed content replaces the article's events") {
  TempDir dir;
  auto store = open(dir.file("db"));
  const std::vector<Event> first = {event("ISR", Relation::kStrike, "IRN"),
                                    event("ISR", Relation::kStrike, "IRN")};
  CHECK(*store->put_article(record("a1", "v1"), first) == PutOutcome::kAdded);
  CHECK(store->stats()->events == 1);  // the duplicate triple counts once
  CHECK(*store->put_article(record("a1", "v1"), first) == PutOutcome::kUnchanged);
  CHECK(store->stats()->events == 1);
  const std::vector<Event> second = {event("USA", Relation::kDemand, "IRN")};
  CHECK(*store->put_article(record("a1", "v2"), second) == PutOutcome::kReplaced);
  const Result<StoreStats> stats = store->stats();
  CHECK(stats->articles == 1);
  CHECK(stats->events == 1);
  int strikes = 0;
  REQUIRE(store->scan_events("ISR", "", [&](const StoredEvent&) { return ++strikes, true; }).ok());
  CHECK(strikes == 0);
}

TEST_CASE("opening: missing store read-only, second writer, foreign directories, files") {
  TempDir dir;
  const Result<std::unique_ptr<Store>> missing = Store::open(dir.file("none"), Store::Mode::kReadOnly);
  CHECK(missing.status().code() == Status::Code::kNotFound);

  auto writer = open(dir.file("db"));
  const Result<std::unique_ptr<Store>> second = Store::open(dir.file("db"), Store::Mode::kReadWrite);
  CHECK(second.status().code() == Status::Code::kBusy);
  CHECK(second.status().message().find("is in use") != std::string::npos);
  const std::vector<Event> events = {event("ISR", Relation::kStrike, "IRN")};
  REQUIRE(writer->put_article(record("a1", "x"), events).ok());
  auto reader = open(dir.file("db"), Store::Mode::kReadOnly);  // readers work beside the writer
  CHECK(reader->stats()->articles == 1);

  dir.write("file", "not a directory");
  CHECK(Store::open(dir.file("file"), Store::Mode::kReadWrite).status().code() ==
        Status::Code::kInvalidArgument);
  dir.write("other/something.txt", "x");
  CHECK(Store::open(dir.file("other"), Store::Mode::kReadWrite).status().code() ==
        Status::Code::kUnsupported);
}

}  // namespace entente
