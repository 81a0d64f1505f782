// A store in a temporary directory, filled article by article, for the tests of graph/.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "graph/store.h"
#include "temp_dir.h"

namespace entente::testing {

inline ActorRef actor(std::string id, std::string name, EntityType type, std::string country,
                      std::string sector = "") {
  ActorRef a;
  a.key = type == EntityType::kPerson || type == EntityType::kAgency ? country : id;
  a.id = std::move(id);
  a.name = std::move(name);
  a.type = type;
  a.country = std::move(country);
  a.sector = std::move(sector);
  a.mention = a.name;
  return a;
}

inline ActorRef state(std::string id, std::string name) {
  std::string country = id;
  return actor(std::move(id), std::move(name), EntityType::kState, std::move(country));
}

inline Event event(const ActorRef& source, Relation relation, const ActorRef& target, Date date) {
  Event e;
  e.date = date;
  e.relation = relation;
  e.source = source;
  e.target = target;
  e.text = source.name + " and " + target.name;
  return e;
}

class EventStore {
 public:
  EventStore() {
    Result<std::unique_ptr<Store>> opened = Store::open(dir_.file("db"), Store::Mode::kReadWrite);
    REQUIRE_MESSAGE(opened.ok(), opened.status().message());
    store_ = std::move(*opened);
  }

  // Stores `events` as one new article, dated by its first event.
  void add(std::vector<Event> events) {
    const std::string id = "article-" + std::to_string(++articles_);
    for (Event& e : events) e.article = id;
    const ArticleRecord record{id, id + ".txt", "", "", events.empty() ? Date() : events[0].date, id};
    REQUIRE(store_->put_article(record, events).ok());
  }
  // Stores each event as an article of its own.
  void add_each(const std::vector<Event>& events) {
    for (const Event& e : events) add({e});
  }

  Store& store() { return *store_; }

 private:
  TempDir dir_;
  std::unique_ptr<Store> store_;
  int articles_ = 0;
};

}  // namespace entente::testing
