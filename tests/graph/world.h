// A small made-up world for the tests of query/ and of the graph views: two camps (the United
// States, Israel and Saudi Arabia; Russia, Syria, Iran and Hezbollah), hostility across them,
// Turkey at odds with Russia, and Mike Pompeo speaking for the United States. One event per
// article, all with confidence 1, so that weights are the relations' weights (CODING.md).
#pragma once

#include <cmath>
#include <vector>

#include "graph/event_store.h"
#include "graph/ties.h"

namespace entente::testing {

struct World {
  ActorRef usa = state("USA", "United States");
  ActorRef isr = state("ISR", "Israel");
  ActorRef sau = state("SAU", "Saudi Arabia");
  ActorRef rus = state("RUS", "Russia");
  ActorRef syr = state("SYR", "Syria");
  ActorRef irn = state("IRN", "Iran");
  ActorRef tur = state("TUR", "Turkey");
  ActorRef pompeo = actor("mike-pompeo", "Mike Pompeo", EntityType::kPerson, "USA");
  ActorRef hezbollah = actor("hezbollah", "Hezbollah", EntityType::kGroup, "LBN");
  EventStore events;

  World() {
    auto on = [](int y, unsigned m, unsigned d) { return Date::from_ymd(y, m, d); };
    events.add_each({
        event(usa, Relation::kCooperate, isr, on(2018, 1, 10)),    // +9.5
        event(isr, Relation::kSupport, usa, on(2018, 2, 12)),      // +5
        event(sau, Relation::kSupport, usa, on(2018, 3, 5)),       // +5
        event(usa, Relation::kAid, sau, on(2018, 3, 20)),          // +10
        event(rus, Relation::kAid, syr, on(2018, 4, 2)),           // +10
        event(irn, Relation::kAid, syr, on(2018, 4, 15)),          // +10
        event(syr, Relation::kSupport, irn, on(2018, 5, 23)),      // +5
        event(syr, Relation::kSupport, rus, on(2018, 5, 24)),      // +5
        event(pompeo, Relation::kDemand, irn, on(2018, 5, 25)),    // -2
        event(usa, Relation::kStrike, syr, on(2018, 6, 1)),        // -9
        event(usa, Relation::kSanction, irn, on(2019, 1, 10)),     // -6
        event(usa, Relation::kSanction, rus, on(2019, 2, 1)),      // -6
        event(irn, Relation::kThreaten, sau, on(2019, 6, 20)),     // -6
        event(isr, Relation::kStrike, hezbollah, on(2019, 7, 4)),  // -9
        event(irn, Relation::kAid, hezbollah, on(2019, 8, 8)),     // +10
        event(usa, Relation::kStrike, irn, on(2020, 1, 3)),        // -9
        event(tur, Relation::kConsult, rus, on(2020, 3, 5)),       // +2.5
        event(rus, Relation::kStrike, tur, on(2020, 3, 6)),        // -9
        event(isr, Relation::kStrike, irn, on(2021, 5, 21)),       // -9
    });
  }

  Store& store() { return events.store(); }
};

// One event's tie of net score `net`: cooperative when positive, hostile when negative.
inline Tie tie_of(double net) {
  Tie tie;
  (net > 0 ? tie.cooperative : tie.hostile) = std::abs(net);
  tie.events = 1;
  return tie;
}

}  // namespace entente::testing
