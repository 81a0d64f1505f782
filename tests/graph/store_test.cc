#include "graph/store.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <rocksdb/db.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "graph/store_format.h"
#include "temp_dir.h"

namespace entente {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

Event event(std::string source, Relation relation, std::string target, float confidence = 1.0f) {
  Event e;
  e.sentence = 2;
  e.begin = 10;
  e.end = 40;
  e.text = source + " and " + target;
  e.relation = relation;
  e.confidence = confidence;
  e.source = {source, source + " name", source, source, "", EntityType::kState, "the " + source};
  e.target = {target, target + " name", target, target, "", EntityType::kState, "the " + target};
  return e;
}

DyadScan with_months() {
  DyadScan scan;
  scan.months = true;
  return scan;
}

Date day(int y, unsigned m, unsigned d) {
  return Date::from_ymd(y, m, d);
}

ArticleRecord record(std::string_view id, std::string_view text, Date date = day(2018, 5, 23)) {
  return ArticleRecord{id, "file.txt", "https://example.org/a", "Example Wire", date, text};
}

std::unique_ptr<Store> open(const std::string& dir, Store::Mode mode = Store::Mode::kReadWrite) {
  Result<std::unique_ptr<Store>> store = Store::open(dir, mode);
  REQUIRE_MESSAGE(store.ok(), store.status().message());
  return std::move(*store);
}

PutOutcome put(Store& store, const ArticleRecord& r, const std::vector<Event>& events) {
  Result<PutOutcome> outcome = store.put_article(r, events);
  REQUIRE_MESSAGE(outcome.ok(), outcome.status().message());
  return *outcome;
}

StoreCheck verified(const Store& store) {
  Result<StoreCheck> check = store.verify();
  REQUIRE_MESSAGE(check.ok(), check.status().message());
  return *check;
}

// Every dyad of `actor` as "dir other relation events/articles first..last".
std::vector<std::string> dyads(const Store& store, std::string_view actor, DyadScan scan = {}) {
  std::vector<std::string> out;
  REQUIRE(store
              .scan_dyads(actor, scan,
                          [&](const DyadAggregate& d) {
                            out.push_back(fmt::format(
                                "{} {} {} {}/{} {}..{}", d.direction == Direction::kOut ? "out" : "in",
                                d.other->id, relation_name(d.relation), d.total.events, d.total.articles,
                                d.total.first.to_string(), d.total.last.to_string()));
                            return true;
                          })
              .ok());
  return out;
}

std::vector<std::string> mentions(const Store& store, std::string_view source, std::string_view target) {
  std::vector<std::string> out;
  REQUIRE(store
              .scan_events(source, target,
                           [&](const StoredEvent& e) {
                             out.push_back(fmt::format("{} {} {} {} {}", e.source_id,
                                                       relation_name(e.relation), e.target_id,
                                                       e.date.to_string(), e.article));
                             return true;
                           })
              .ok());
  return out;
}

}  // namespace

TEST_CASE("articles and events are stored and scanned by dyad") {
  TempDir dir;
  auto store = open(dir.file("db"));
  const std::vector<Event> events = {event("ISR", Relation::kStrike, "IRN", 0.5f),
                                     event("IRN", Relation::kStrike, "ISR"),
                                     event("ISR", Relation::kThreaten, "IRN")};
  CHECK(put(*store, record("a1", "text"), events) == PutOutcome::kAdded);
  std::vector<StoredEvent> seen;
  REQUIRE(
      store->scan_events("ISR", "IRN", [&](const StoredEvent& e) { return seen.push_back(e), true; }).ok());
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].relation == Relation::kThreaten);
  CHECK(seen[1].relation == Relation::kStrike);
  CHECK(seen[1].article == "a1");
  CHECK(seen[1].date == day(2018, 5, 23));
  CHECK(seen[1].confidence == doctest::Approx(0.5));
  CHECK(seen[1].text == "ISR and IRN");
  CHECK(seen[1].source_mention == "the ISR");
  CHECK(seen[1].sentence == 2);
  CHECK(seen[1].end == 40);
  CHECK(mentions(*store, "", "ISR") == std::vector<std::string>{"IRN strike ISR 2018-05-23 a1"});
  CHECK(mentions(*store, "nobody", "").empty());
  CHECK(mentions(*store, "", "").size() == 3);

  const Result<StoreStats> stats = store->stats();
  REQUIRE(stats.ok());
  CHECK(stats->articles == 1);
  CHECK(stats->events == 3);
  CHECK(stats->mentions == 3);
  CHECK(stats->actors == 2);
  CHECK(stats->dyads == 2);
  CHECK(stats->first_date == day(2018, 5, 23));
  REQUIRE(stats->top_actors.size() == 2);
  CHECK(stats->top_actors[0].events == 3);
  verified(*store);
}

TEST_CASE("one event per day and dyad gathers the mentions of every article") {
  TempDir dir;
  auto store = open(dir.file("db"));
  const std::vector<Event> strike = {event("ISR", Relation::kStrike, "IRN", 0.8f)};
  put(*store, record("a1", "one", day(2018, 5, 23)), strike);
  put(*store, record("a2", "two", day(2018, 5, 23)), strike);
  put(*store, record("a3", "three", day(2018, 7, 1)), strike);
  const Result<StoreStats> stats = store->stats();
  CHECK(stats->events == 2);  // two days
  CHECK(stats->mentions == 3);
  CHECK(dyads(*store, "ISR") == std::vector<std::string>{"out IRN strike 2/3 2018-05-23..2018-07-01"});
  CHECK(dyads(*store, "IRN") == std::vector<std::string>{"in ISR strike 2/3 2018-05-23..2018-07-01"});

  std::vector<MonthTally> months;
  double weight = 0;
  std::string country;  // what queries fold to
  REQUIRE(store
              ->scan_dyads("ISR", with_months(),
                           [&](const DyadAggregate& d) {
                             months.assign(d.months.begin(), d.months.end());
                             weight = d.total.weight;
                             country = d.other->country;
                             return true;
                           })
              .ok());
  REQUIRE(months.size() == 2);
  CHECK(months[0].month == day(2018, 5, 1));
  CHECK(months[0].tally.articles == 2);
  CHECK(months[1].month == day(2018, 7, 1));
  CHECK(months[1].tally.events == 1);
  CHECK(weight == doctest::Approx(relation_info(Relation::kStrike).weight * 3 * 0.8));
  CHECK(country == "IRN");
  verified(*store);
}

TEST_CASE("a month window sums only its months and skips dyads without events in it") {
  TempDir dir;
  auto store = open(dir.file("db"));
  put(*store, record("a1", "one", day(2018, 5, 23)), {event("ISR", Relation::kStrike, "IRN")});
  put(*store, record("a2", "two", day(2018, 7, 1)), {event("ISR", Relation::kStrike, "IRN")});
  put(*store, record("a3", "three", day(2019, 1, 2)), {event("ISR", Relation::kConsult, "USA")});
  DyadScan june_july;
  june_july.window = DateRange{day(2018, 6, 15), day(2018, 7, 3)};
  CHECK(dyads(*store, "ISR", june_july) ==
        std::vector<std::string>{"out IRN strike 1/1 2018-07-01..2018-07-01"});
  DyadScan only_in;
  only_in.out = false;
  CHECK(dyads(*store, "ISR", only_in).empty());
  CHECK(dyads(*store, "USA", only_in) ==
        std::vector<std::string>{"in ISR consult 1/1 2019-01-02..2019-01-02"});
  int visited = 0;
  REQUIRE(store->scan_dyads("ISR", {}, [&](const DyadAggregate&) { return ++visited, false; }).ok());
  CHECK(visited == 1);
  CHECK(dyads(*store, "nobody").empty());
}

TEST_CASE("re-ingesting an unchanged article writes nothing") {
  TempDir dir;
  auto store = open(dir.file("db"));
  const std::vector<Event> events = {event("ISR", Relation::kStrike, "IRN"),
                                     event("ISR", Relation::kStrike, "IRN")};
  CHECK(put(*store, record("a1", "v1"), events) == PutOutcome::kAdded);
  const StoreCheck before = verified(*store);
  CHECK(store->stats()->mentions == 1);  // the repeated triple counts once
  CHECK(put(*store, record("a1", "v1"), events) == PutOutcome::kUnchanged);
  CHECK(verified(*store).digest == before.digest);
}

TEST_CASE("changed content replaces the article's mentions and recounts its dyads") {
  TempDir dir;
  auto store = open(dir.file("db"));
  put(*store, record("a1", "v1", day(2018, 1, 10)), {event("ISR", Relation::kStrike, "IRN")});
  put(*store, record("a2", "other", day(2018, 5, 23)), {event("ISR", Relation::kStrike, "IRN")});
  CHECK(dyads(*store, "ISR") == std::vector<std::string>{"out IRN strike 2/2 2018-01-10..2018-05-23"});

  // The correction drops the strike (so the dyad's first day moves) and adds a demand.
  CHECK(put(*store, record("a1", "v2", day(2018, 1, 10)), {event("USA", Relation::kDemand, "IRN")}) ==
        PutOutcome::kReplaced);
  CHECK(dyads(*store, "ISR") == std::vector<std::string>{"out IRN strike 1/1 2018-05-23..2018-05-23"});
  CHECK(mentions(*store, "ISR", "IRN") == std::vector<std::string>{"ISR strike IRN 2018-05-23 a2"});
  CHECK(mentions(*store, "USA", "") == std::vector<std::string>{"USA demand IRN 2018-01-10 a1"});
  std::vector<Date> months;
  REQUIRE(store
              ->scan_dyads("ISR", with_months(),
                           [&](const DyadAggregate& d) {
                             for (const MonthTally& m : d.months) months.push_back(m.month);
                             return true;
                           })
              .ok());
  CHECK(months == std::vector<Date>{day(2018, 5, 1)});  // January's tally went with its event
  const Result<StoreStats> stats = store->stats();
  CHECK(stats->articles == 2);
  CHECK(stats->events == 2);
  verified(*store);

  // Removing the last mention of a dyad removes the dyad.
  CHECK(put(*store, record("a2", "emptied"), {}) == PutOutcome::kReplaced);
  CHECK(dyads(*store, "ISR").empty());
  CHECK(store->stats()->dyads == 1);
  verified(*store);
}

TEST_CASE("a replaced article ends where a store that only ever saw the new version is") {
  TempDir dir;
  auto replaced = open(dir.file("replaced"));
  auto fresh = open(dir.file("fresh"));
  const std::vector<Event> v1 = {event("RUS", Relation::kSupport, "SYR", 0.6f),
                                 event("USA", Relation::kAccuse, "RUS")};
  const std::vector<Event> v2 = {event("RUS", Relation::kSupport, "SYR", 0.9f),
                                 event("TUR", Relation::kStrike, "SYR")};
  put(*replaced, record("a1", "v1", day(2017, 3, 1)), v1);
  put(*replaced, record("a1", "v2", day(2017, 3, 1)), v2);
  put(*fresh, record("a1", "v2", day(2017, 3, 1)), v2);
  CHECK(dyads(*replaced, "SYR") == dyads(*fresh, "SYR"));
  CHECK(dyads(*replaced, "RUS") == dyads(*fresh, "RUS"));  // the accusation is gone
  double weight = 0;
  REQUIRE(
      replaced->scan_dyads("SYR", {}, [&](const DyadAggregate& d) { return weight += d.total.weight, true; })
          .ok());
  CHECK(weight == doctest::Approx(relation_info(Relation::kSupport).weight * 0.9 +
                                  relation_info(Relation::kStrike).weight));
  const StoreStats a = *replaced->stats(), b = *fresh->stats();
  CHECK(a.events == b.events);
  CHECK(a.mentions == b.mentions);
  CHECK(a.dyads == b.dyads);
  verified(*replaced);
}

TEST_CASE("after random corrections and copies the tallies are those of the final articles stored once") {
  // Events follow from the text (as a coder's do), dates from the sending; ids and texts repeat.
  const char* const actors[] = {"ISR", "IRN", "SYR", "USA", "RUS"};
  const auto events_of = [&](int text) {
    std::mt19937 coder(static_cast<unsigned>(text));
    std::vector<Event> events;
    for (int n = 1 + static_cast<int>(coder() % 3); n > 0; --n) {
      const int a = static_cast<int>(coder() % 5), b = (a + 1 + static_cast<int>(coder() % 4)) % 5;
      const Relation r = coder() % 2 ? Relation::kStrike : Relation::kConsult;
      events.push_back(event(actors[a], r, actors[b], static_cast<float>(coder() % 1000) / 1000.0f));
    }
    return events;
  };
  TempDir dir;
  auto corrected = open(dir.file("corrected"));
  std::mt19937 random(11);
  std::vector<std::string> ids;  // in order of first appearance: the article numbers
  std::map<std::string, std::pair<int, Date>> final;
  for (int i = 0; i < 400; ++i) {
    const std::string id = fmt::format("a{}", random() % 60);
    const int text = static_cast<int>(random() % 90);
    const Date date = Date::from_days(day(2018, 1, 1).days() + static_cast<int>(random() % 500));
    const std::string body = std::to_string(text);
    put(*corrected, record(id, body, date), events_of(text));
    if (!final.contains(id)) ids.push_back(id);
    if (!final.contains(id) || final[id].first != text) final[id] = {text, date};  // same text: unchanged
  }
  auto once = open(dir.file("once"));
  for (const std::string& id : ids) {
    const std::string body = std::to_string(final[id].first);
    put(*once, record(id, body, final[id].second), events_of(final[id].first));
  }
  for (const char* actor : actors) {
    CAPTURE(actor);
    // Sorted: the stores numbered the actors in different orders.
    std::vector<std::string> lines[2] = {dyads(*corrected, actor), dyads(*once, actor)};
    std::vector<std::string> months[2];
    for (int s = 0; s < 2; ++s) {
      REQUIRE((s == 0 ? *corrected : *once)
                  .scan_dyads(actor, with_months(),
                              [&](const DyadAggregate& d) {
                                for (const MonthTally& m : d.months) {
                                  months[s].push_back(fmt::format(
                                      "{} {} {} {}/{} {:.3f} {}..{}", d.other->id, m.month.to_string(),
                                      relation_name(d.relation), m.tally.events, m.tally.articles,
                                      m.tally.weight, m.tally.first.to_string(), m.tally.last.to_string()));
                                }
                                return true;
                              })
                  .ok());
    }
    for (int s = 0; s < 2; ++s) {
      std::sort(lines[s].begin(), lines[s].end());
      std::sort(months[s].begin(), months[s].end());
    }
    CHECK(lines[0] == lines[1]);
    CHECK(months[0] == months[1]);
  }
  const StoreStats a = *corrected->stats(), b = *once->stats();
  CHECK(a.articles == b.articles);
  CHECK(a.copies == b.copies);
  CHECK(a.events == b.events);
  CHECK(a.mentions == b.mentions);
  CHECK(a.dyads == b.dyads);
  CHECK(a.first_date == b.first_date);
  CHECK(a.last_date == b.last_date);
  verified(*corrected);
}

TEST_CASE("a syndicated copy is recorded but counted once, and takes over when the original changes") {
  TempDir dir;
  auto store = open(dir.file("db"));
  const std::vector<Event> events = {event("ISR", Relation::kStrike, "IRN")};
  CHECK(put(*store, record("wire-1", "same text", day(2019, 6, 20)), events) == PutOutcome::kAdded);
  CHECK(put(*store, record("paper-1", "same text", day(2019, 6, 21)), events) == PutOutcome::kCopy);
  CHECK(put(*store, record("paper-1", "same text", day(2019, 6, 21)), events) == PutOutcome::kUnchanged);
  StoreStats stats = *store->stats();
  CHECK(stats.articles == 2);
  CHECK(stats.copies == 1);
  CHECK(stats.mentions == 1);
  verified(*store);

  // The wire corrects its story: the copy still reports the strike, at its own date.
  CHECK(put(*store, record("wire-1", "corrected", day(2019, 6, 20)), {}) == PutOutcome::kReplaced);
  CHECK(mentions(*store, "ISR", "") == std::vector<std::string>{"ISR strike IRN 2019-06-21 paper-1"});
  stats = *store->stats();
  CHECK(stats.copies == 0);
  CHECK(stats.mentions == 1);
  verified(*store);

  // The wire takes its text back: the text counts for the article stored first, whatever the order
  // of corrections, so the paper is a copy again.
  CHECK(put(*store, record("wire-1", "same text", day(2019, 6, 20)), events) == PutOutcome::kReplaced);
  CHECK(store->stats()->copies == 1);
  CHECK(mentions(*store, "ISR", "") == std::vector<std::string>{"ISR strike IRN 2019-06-20 wire-1"});
  verified(*store);

  // A later article whose text is already stored is a copy of it.
  CHECK(put(*store, record("paper-2", "corrected", day(2019, 6, 22)), events) == PutOutcome::kAdded);
  CHECK(put(*store, record("paper-3", "corrected", day(2019, 6, 22)), events) == PutOutcome::kCopy);
  CHECK(store->stats()->mentions == 2);
  verified(*store);
}

TEST_CASE("actors keep their latest key, the names seen and the span of dates") {
  TempDir dir;
  auto store = open(dir.file("db"));
  Event e = event("mike-pompeo", Relation::kDemand, "IRN");
  e.source = {"mike-pompeo", "Mike Pompeo", "USA", "USA", "GOV", EntityType::kPerson, "Pompeo"};
  put(*store, record("a1", "one", day(2018, 5, 23)), {e});
  e.source.key = "USA:CIA";
  e.source.mention = "the CIA director";
  put(*store, record("a2", "two", day(2017, 6, 1)), {e});
  e.source.mention = "Pompeo";
  put(*store, record("a3", "three", day(2018, 6, 1)), {e});
  const Result<StoredActor> pompeo = store->find_actor("mike-pompeo");
  REQUIRE(pompeo.ok());
  CHECK(pompeo->key == "USA:CIA");  // from the latest article, 2018-06-01
  CHECK(pompeo->country == "USA");
  CHECK(pompeo->type == EntityType::kPerson);
  CHECK(pompeo->first_seen == day(2017, 6, 1));
  CHECK(pompeo->last_seen == day(2018, 6, 1));
  CHECK(pompeo->names == std::vector<std::string>{"Pompeo", "the CIA director"});
  CHECK(store->find_actor("nobody").status().code() == Status::Code::kNotFound);
  std::vector<std::string> ids;
  REQUIRE(store->scan_actors([&](const StoredActor& a) { return ids.push_back(a.id), true; }).ok());
  CHECK(ids == std::vector<std::string>{"IRN", "mike-pompeo"});
}

TEST_CASE("bad articles are refused and leave the store as it was") {
  TempDir dir;
  auto store = open(dir.file("db"));
  put(*store, record("a1", "one"), {event("ISR", Relation::kStrike, "IRN")});
  const StoreCheck before = verified(*store);
  CHECK(store->put_article(record("", "x"), {}).status().code() == Status::Code::kInvalidArgument);
  std::vector<Event> nameless = {event("ISR", Relation::kStrike, "IRN")};
  nameless[0].target.id.clear();
  CHECK(store->put_article(record("a2", "x"), nameless).status().code() == Status::Code::kInvalidArgument);
  CHECK(verified(*store).digest == before.digest);
  auto reader = open(dir.file("db"), Store::Mode::kReadOnly);
  CHECK(reader->put_article(record("a3", "x"), {}).status().code() == Status::Code::kUnsupported);
}

TEST_CASE("opening: missing store read-only, second writer, foreign directories, files") {
  TempDir dir;
  const Result<std::unique_ptr<Store>> missing = Store::open(dir.file("none"), Store::Mode::kReadOnly);
  CHECK(missing.status().code() == Status::Code::kNotFound);

  auto writer = open(dir.file("db"));
  const Result<std::unique_ptr<Store>> second = Store::open(dir.file("db"), Store::Mode::kReadWrite);
  CHECK(second.status().code() == Status::Code::kBusy);
  CHECK(second.status().message() == fmt::format("store {} is in use by another writer", dir.file("db")));

  dir.write("file", "not a directory");
  CHECK(Store::open(dir.file("file"), Store::Mode::kReadWrite).status().code() ==
        Status::Code::kInvalidArgument);
  dir.write("other/something.txt", "x");
  CHECK(Store::open(dir.file("other"), Store::Mode::kReadWrite).status().code() ==
        Status::Code::kUnsupported);
}

TEST_CASE("a reader sees the store as it was when opened while the writer goes on") {
  TempDir dir;
  auto writer = open(dir.file("db"));
  put(*writer, record("a1", "one"), {event("ISR", Relation::kStrike, "IRN")});
  auto reader = open(dir.file("db"), Store::Mode::kReadOnly);
  for (int i = 2; i < 40; ++i) {
    const std::string id = fmt::format("a{}", i);
    put(*writer, record(id, id, day(2018, 1, 1 + i % 28)), {event("ISR", Relation::kStrike, "IRN")});
  }
  CHECK(reader->stats()->articles == 1);
  CHECK(verified(*reader).entries > 0);
  CHECK(open(dir.file("db"), Store::Mode::kReadOnly)->stats()->articles == 39);
}

TEST_CASE("another format version is refused with a clear message") {
  TempDir dir;
  {  // a version 1 store, as the first Entente wrote it
    rocksdb::Options options;
    options.create_if_missing = true;
    options.create_missing_column_families = true;
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const char* name : {"default", "meta", "actors", "articles", "events", "by_article"}) {
      families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    }
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    REQUIRE(rocksdb::DB::Open(options, dir.file("v1"), families, &handles, &db).ok());
    REQUIRE(db->Put(rocksdb::WriteOptions(), handles[1], "format", std::string("\0\0\0\1", 4)).ok());
    for (auto* h : handles) REQUIRE(db->DestroyColumnFamilyHandle(h).ok());
    delete db;
  }
  for (Store::Mode mode : {Store::Mode::kReadOnly, Store::Mode::kReadWrite}) {
    const Status s = Store::open(dir.file("v1"), mode).status();
    CHECK(s.code() == Status::Code::kUnsupported);
    CHECK(s.message() ==
          fmt::format("store {} has format version 1; this entente reads version 2", dir.file("v1")));
  }
}

TEST_CASE("a damaged store gives a clear error, never a crash") {
  TempDir dir;
  const std::string db = dir.file("db");
  {
    auto store = open(db);
    for (int i = 0; i < 50; ++i) {
      const std::string id = fmt::format("a{}", i);
      put(*store, record(id, id, day(2018, 1, 1 + i % 28)), {event("ISR", Relation::kStrike, "IRN")});
    }
  }
  open(db).reset();  // reopening writes the recovered log into table files
  std::vector<fs::path> tables;
  for (const auto& entry : fs::directory_iterator(db)) {
    if (entry.path().extension() == ".sst") tables.push_back(entry.path());
  }
  REQUIRE(!tables.empty());
  const fs::path pristine = dir.file("pristine");
  fs::copy(db, pristine, fs::copy_options::recursive);
  const auto restore = [&] {
    fs::remove_all(db);
    fs::copy(pristine, db, fs::copy_options::recursive);
  };
  const auto expect_damaged = [&](const std::string& what) {
    for (Store::Mode mode : {Store::Mode::kReadOnly, Store::Mode::kReadWrite}) {
      Result<std::unique_ptr<Store>> store = Store::open(db, mode);
      Status s = store.status();
      if (store.ok()) s = (*store)->verify().status();  // damage found only when the data is read
      CAPTURE(what);
      CHECK(s.code() == Status::Code::kCorruption);
      CHECK(s.message().starts_with(fmt::format("store {} is damaged: ", db)));
    }
  };

  for (const fs::path& table : tables) {
    fs::resize_file(db / table.filename(), fs::file_size(table) / 2);
    expect_damaged("a truncated table file");
    restore();
    fs::remove(db / table.filename());
    expect_damaged("a deleted table file");
    restore();
  }
  fs::remove(fs::path(db) / "CURRENT");
  expect_damaged("a deleted CURRENT");
  restore();
  {  // a flipped byte inside a table's first data block, which starts the file
    std::fstream f(db / tables.front().filename(), std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(8);
    const char byte = static_cast<char>(f.get());
    f.seekp(8);
    f.put(static_cast<char>(~byte));
  }
  expect_damaged("a flipped byte");
}

TEST_CASE("a put that fails half-way leaves nothing half-done for the next") {
  TempDir dir;
  const std::string db = dir.file("db");
  put(*open(db), record("a1", "one"), {event("ISR", Relation::kStrike, "IRN")});
  {  // IRN's record goes missing while its id stays: the store is damaged there
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const char* name : detail::kFamilyNames) families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), db, families, &handles, &raw).ok());
    std::string number;
    REQUIRE(raw->Get(rocksdb::ReadOptions(), handles[detail::kActorIds], "IRN", &number).ok());
    REQUIRE(raw->Delete(rocksdb::WriteOptions(), handles[detail::kActors], number).ok());
    for (rocksdb::ColumnFamilyHandle* handle : handles) REQUIRE(raw->DestroyColumnFamilyHandle(handle).ok());
    delete raw;
  }
  auto store = open(db);
  // SAU is new: the writer numbers it, then meets IRN's missing record and fails.
  const Result<PutOutcome> failed =
      store->put_article(record("a2", "two"), std::vector{event("SAU", Relation::kStrike, "IRN")});
  CHECK(failed.status().code() == Status::Code::kCorruption);
  // The next article that names SAU must write all of it, its id included.
  put(*store, record("a3", "three"), {event("SAU", Relation::kAid, "ISR")});
  const Result<StoredActor> sau = store->find_actor("SAU");
  REQUIRE_MESSAGE(sau.ok(), sau.status().message());
  CHECK(sau->id == "SAU");
}

}  // namespace entente
