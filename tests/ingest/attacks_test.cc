// The attackers an agentless strike implies (ingest/attacks.h).
#include "ingest/attacks.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace entente {
namespace {

ActorRef actor(std::string key, std::string country, EntityType type, std::string sector = "") {
  ActorRef a;
  a.id = a.key = std::move(key);
  a.country = std::move(country);
  a.type = type;
  a.sector = std::move(sector);
  return a;
}

const ActorRef kSyria = actor("SYR", "SYR", EntityType::kState);
const ActorRef kRussia = actor("RUS", "RUS", EntityType::kState);
const ActorRef kRebels = actor("SYR:REB", "SYR", EntityType::kGroup, "REB");
const ActorRef kNusra = actor("hts", "SYR", EntityType::kGroup, "REB");
const ActorRef kCivilians = actor("SYR:CVL", "SYR", EntityType::kGroup, "CVL");

std::vector<std::string> attackers(const detail::Attacks& attacks, const ActorRef& victim,
                                   std::uint32_t sentence) {
  std::vector<ActorRef> found;
  attacks.attackers_of(victim, sentence, found);
  std::vector<std::string> keys;
  for (const ActorRef& a : found) keys.push_back(a.key);
  return keys;
}

}  // namespace

TEST_CASE("the attackers of the victim's side in the sentence before are implied") {
  detail::Attacks attacks;
  attacks.add(kSyria, kRebels, 3);
  attacks.add(kRebels, kSyria, 3);  // a clash: each side struck the other
  // "Fighters of the Nusra Front were killed": an armed group of Syria is on the rebels' side.
  CHECK(attackers(attacks, kNusra, 4) == std::vector<std::string>{"SYR"});
  CHECK(attackers(attacks, kRebels, 3) == std::vector<std::string>{"SYR"});
  // Two sentences later the article has moved on.
  CHECK(attackers(attacks, kNusra, 5).empty());
  // In a fight, who killed a third party is not known.
  CHECK(attackers(attacks, kCivilians, 4).empty());
}

TEST_CASE("a victim that fell in a fight struck its attacker too") {
  detail::Attacks attacks;
  attacks.add(kSyria, kRebels, 3);
  attacks.add(kRebels, kSyria, 3);
  CHECK(attacks.fought(kNusra, kSyria));
  CHECK_FALSE(attacks.fought(kNusra, kRussia));
  // A one-sided attack is no fight.
  attacks.add(kRussia, kCivilians, 4);
  CHECK_FALSE(attacks.fought(kCivilians, kRussia));
  CHECK_FALSE(attacks.fought(kNusra, kSyria));
}

TEST_CASE("with no attack on the victim's side, all attackers are implied unless one was struck") {
  detail::Attacks attacks;
  attacks.add(kSyria, kCivilians, 2);
  attacks.add(kRussia, kCivilians, 2);
  CHECK(attackers(attacks, kRebels, 3) == std::vector<std::string>{"SYR", "RUS"});
  // A state struck by no one named is not guessed at.
  CHECK(attackers(attacks, actor("TUR", "TUR", EntityType::kState), 3).empty());
  // An attacker is never on the victim's side.
  attacks.add(kNusra, kCivilians, 2);
  CHECK(attackers(attacks, kRebels, 3) == std::vector<std::string>{"SYR", "RUS"});
}

TEST_CASE("only the latest sentence with attacks counts, and civilians attack no one") {
  detail::Attacks attacks;
  attacks.add(kSyria, kRebels, 1);
  attacks.add(kCivilians, kSyria, 2);  // a protest coded as a strike, say
  CHECK(attackers(attacks, kNusra, 3).empty());
  attacks.start_article();
  CHECK(attackers(attacks, kNusra, 0).empty());
}

}  // namespace entente
