// The pairing stage's working class (pairing.h): each trigger of a sentence paired with its
// source and target. Verbal rules are in pairing.cc, nominal and standing ones (nouns, roles,
// stances, compounds, the causes and places of attacks) in nominals.cc. Internal to ingest/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/arguments.h"
#include "ingest/pairing.h"
#include "ingest/verb_groups.h"

namespace entente::detail {

class Pairer {
 public:
  // REQUIRES: all arguments outlive the pairer.
  Pairer(const Sentence& s, const Lexicon& lexicon, std::vector<Candidate>& out)
      : s_(s), lexicon_(lexicon), args_(s), verbs_(s, args_), out_(out) {}

  // Pairs the triggers [first_trigger, end_trigger) that start at one token: the first reading
  // (verb, noun or role) that gives candidates wins.
  void trigger_token(std::uint32_t first_trigger, std::uint32_t end_trigger);
  // "Hezbollah and Amal, the main pro-Syrian groups": what the phrase describes supports X.
  void stances();
  // "US-backed rebels": the backer supports what it modifies.
  void backed();

 private:
  // Appends one candidate per (source, target), both ways when `mutual`.
  // Whether target mention `target` is a plural pronoun that refers to the sources together.
  bool names_sources_together(const Group& sources, std::uint32_t target) const;
  void emit(std::uint32_t t, Relation relation, const Group& sources, const Group& targets,
            std::string_view rule, bool mutual);

  // A mutual act of trigger `t` in clause `c` without a target pairs its coordinated subjects
  // both ways: "Israel and Syria met", "Russia and Turkey held talks". True when it did.
  bool emit_among(std::uint32_t t, std::uint32_t c, Relation relation, const Group& sources);
  // Whether the strike `tm` in clause `c` answers an attack: it is a counter act itself, or
  // follows one in its clause ("repelled an attack on its posts, killing 30 militants").
  bool countered(const TriggerMatch& tm, std::uint32_t c) const;

  // pairing.cc: verbs.
  void verb(std::uint32_t t, std::uint32_t c);
  // Whether the gerund at token `gerund` is the means ("by blocking") of an act in clause `c`
  // that did not happen: "could hit back by blocking", "threatened to retaliate by refusing".
  bool unreal_means(std::uint32_t gerund, std::uint32_t c) const;
  // Whether the first verb of clause `c`, before token `before`, is a passive: "was shot down".
  bool passive_before(std::uint32_t c, std::uint32_t before) const;
  Group fronted_content(std::uint32_t speaker_first, std::uint32_t not_entity) const;
  Group gerund_subject(std::uint32_t p, std::uint32_t c, std::uint32_t depth, bool& no_event) const;
  // The noun of an attack or coercion whose victim is the mention starting at token `first`
  // ("the killing of X"), or kNone.
  std::uint32_t act_suffered_by(std::uint32_t first) const;
  std::uint32_t subject_end(std::uint32_t c, std::uint32_t start, VerbForm form) const;
  // The actor of the noun phrase ending at token `p` that a gerund after it modifies.
  Group phrase_before_gerund(std::uint32_t p, std::uint32_t c, bool& no_event) const;
  Group accused(std::uint32_t preposition, std::uint32_t c, bool& blamed) const;
  std::uint32_t agent_after(std::uint32_t from, std::uint32_t c) const;
  Group agent_noun(std::uint32_t from, std::uint32_t c) const;
  // The agent of a passive coordinated right after token `from` ("were killed and 11 others
  // were injured in air strikes by X"), by agent_after or agent_noun; empty when none.
  Group coordinated_agent(std::uint32_t from) const;

  // nominals.cc: nouns and roles.
  void nominal(std::uint32_t t, std::uint32_t c);
  // The "between" that names the sides of a mutual noun ending before `from`, right after it or
  // after a verb of occurrence ("clashes on Monday erupted between"), or kNone.
  std::uint32_t between_after(std::uint32_t from) const;
  void role(std::uint32_t t, std::uint32_t c);
  // "Syria appreciates Russia's support": who receives the aid or support a noun names, as the
  // subject of the support verb whose object it is; `welcomed` is set to that verb's trigger.
  Group beneficiary(std::uint32_t t, std::uint32_t c, std::uint32_t& welcomed) const;
  // The people an act names without an actor: "anti-government protests" (civilians protest
  // the government), "cracked down on protests", "the siege of the city" (the coercer's
  // civilians). `from` is the token after the act's trigger; true when candidates were added.
  bool protest(std::uint32_t t, std::uint32_t c);
  bool people_under(std::uint32_t t, const Group& sources, std::uint32_t from);
  // The protest noun opening the noun phrase at or after `from` ("protests", "pro-democracy
  // demonstrations"), or kNone.
  std::uint32_t protest_noun(std::uint32_t from) const;
  void emit_people(std::uint32_t t, Relation relation, std::uint32_t mention, People people,
                   std::string_view rule);
  // nominals.cc: where and in what an attack happened.
  // Whether mention `mention` is the place of a war, not a side of it: a possessive, adjective or
  // name before a mutual act that names no other side ("Syria's war has killed 400,000", "in the
  // Syrian civil war", "a critic of the Iraq war"; not "the US war on Iraq").
  bool place_of_war(std::uint32_t mention) const;
  // Whether the noun phrase of the noun at token `noun` is the act a passive's target fell in:
  // "killed in (the latest) fighting".
  bool fell_in(std::uint32_t noun) const;
  // Whether an agentless passive of a strike, its verb ending before token `from`, leaves the
  // attacker to the article: nothing names a cause ("were killed on Sunday") or the cause is an
  // attack ("were killed in air strikes"), unlike "were killed in an explosion".
  bool attacker_implied(std::uint32_t from, std::uint32_t c) const;

  const Sentence& s_;
  const Lexicon& lexicon_;
  Arguments args_;
  VerbGroups verbs_;
  std::vector<Candidate>& out_;
  std::vector<std::string> targets_;
};

}  // namespace entente::detail
