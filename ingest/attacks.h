// The attacks an article has reported so far, for the attacker an agentless passive leaves to
// the reader: "Syrian and Russian jets bombed Idlib. Rebel-held areas were bombed again" is
// both states bombing the rebels. Used by the coder (coder.cc). Internal to ingest/.
#pragma once

#include <cstdint>
#include <vector>

#include "core/actor.h"

namespace entente::detail {

class Attacks {
 public:
  // Forgets the previous article.
  void start_article() { latest_.clear(); }

  // Records that `source` struck `target` in sentence `sentence`; only the latest sentence with
  // attacks is kept. REQUIRES: sentences of one article in order.
  void add(const ActorRef& source, const ActorRef& target, std::uint32_t sentence);

  // Appends to `out` the attackers implied for `victim`, struck in sentence `sentence` by no one
  // named: those of the latest attacks, of this sentence or the one before, that struck the
  // victim's side (its key, or the armed groups of its country: "rebels", then "fighters of the
  // Nusra Front"). Failing that, when the victim is no state, all of their attackers, provided
  // none of them was struck there itself (in a fight either side may have done it). An attacker
  // is never on the victim's side.
  void attackers_of(const ActorRef& victim, std::uint32_t sentence, std::vector<ActorRef>& out) const;

  // Whether the victim's side struck `attacker` in the latest attacks too: the victim fell in a
  // fight ("rebels were killed in clashes with the army. Ten Nusra Front fighters were
  // killed"), and struck the attacker as well.
  bool fought(const ActorRef& victim, const ActorRef& attacker) const;

 private:
  struct Attack {
    ActorRef source;
    ActorRef target;
    std::uint32_t sentence;
  };
  std::vector<Attack> latest_;  // the attacks of the latest sentence that had any
};

}  // namespace entente::detail
