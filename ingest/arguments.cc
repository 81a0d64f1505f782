#include "ingest/arguments.h"

#include "ingest/grammar.h"
#include "ingest/triggers.h"

namespace entente::detail {
namespace {

constexpr std::uint32_t kObjectReach = 14;     // tokens a direct object may lie after its verb
constexpr std::uint32_t kComplementReach = 8;  // tokens between a noun and its complement's preposition
constexpr std::uint32_t kModifierReach = 5;    // tokens between a modifier and its noun
// Words of a noun phrase that coordination passes over around a head: "the", "faction",
// "al-Qaeda affiliate" in "the X faction and al-Qaeda affiliate Y".
constexpr std::uint32_t kPhraseWords = 3;

}  // namespace

bool Arguments::noun_phrase_word(std::uint32_t i) const {
  if (s_.info[i].mention != kNone) return true;
  if (s_.punct(i)) return s_.norm(i) == "\"";  // "threats of \"surprise\" protests"
  if (s_.info[i].classes & ~(kDeterminer | kQuantifier | kAdverb | kTime)) return false;
  return !is_verb_like(s_, i) && !gerund_verb(i);
}

// "airstrikes targeting Boko Haram": a gerund trigger read as a verb ends the noun phrase before
// it; "with visiting US President", "his visiting counterpart": one after a determiner,
// preposition or possessive is an adjective.
bool Arguments::gerund_verb(std::uint32_t i) const {
  const std::uint32_t t = s_.info[i].trigger;
  if (t == kNone || s_.triggers[t].first != i) return false;
  if (i > 0 && (s_.is(i - 1, kDeterminer | kPreposition) ||
                (s_.info[i - 1].mention != kNone && s_.mentions[s_.info[i - 1].mention].possessive)))
    return false;
  const TriggerMatch& tm = s_.triggers[t];
  return tm.phrase->trigger.kind == TriggerKind::kVerb && tm.phrase->trigger.form == VerbForm::kGerund &&
         !reads_as_noun(s_, tm);
}

std::uint32_t Arguments::governing_preposition(std::uint32_t i, std::uint32_t floor) const {
  std::uint32_t j = i;
  while (j > floor) {
    --j;
    if (s_.is(j, kPreposition | kTo | kSubordinator | kConditional) && s_.info[j].mention == kNone) {
      // "where he met", "after rebels fired": a subordinator that opens a clause governs none.
      const Clause& opened = s_.clauses[s_.info[j].clause];
      if (opened.first == j &&
          (opened.kind == ClauseKind::kSubordinate || opened.kind == ClauseKind::kConditional))
        return kNone;
      // "the majority led by Siniora": the leader stands for the phrase.
      const bool led_by =
          s_.norm(j) == "by" && j > 0 &&
          (s_.norm(j - 1) == "led" || s_.norm(j - 1) == "headed" || s_.norm(j - 1) == "commanded");
      if (s_.norm(j) == "of" || led_by) return kNone;
      // "on Tuesday Syrian forces attacked", "at Jan 20 2015 Beirut": a time phrase is the
      // whole object of its preposition; the noun phrase after it is not governed.
      std::uint32_t k = j + 1;
      while (k < i && (s_.is(k, kTime) || s_.tokens[k].kind == TokenKind::kNumber)) ++k;
      const bool timed = k > j + 1;
      while (k < i && s_.is(k, kDeterminer) && s_.info[k].mention == kNone) ++k;
      if (timed && s_.info[k].mention != kNone) return kNone;
      // "In Deir Ezour the Syrian army targeted": a determiner after the preposition's object
      // opens a noun phrase of its own.
      for (std::uint32_t d = j + 2; d < i; ++d) {
        if (s_.is(d, kDeterminer) && s_.info[d].mention == kNone && !s_.is(d - 1, kDeterminer)) return kNone;
      }
      return j;
    }
    if (!noun_phrase_word(j)) return kNone;
  }
  return kNone;
}

bool Arguments::relative_antecedent(const Clause& clause) const {
  if (clause.antecedent == kNone || !usable(clause.antecedent)) return false;
  // "territory in Syria and Iraq that it seized", "the bombing in Baghdad that killed": a place
  // after a preposition of place is not what "that" or "which" refers to; "Australia, which
  // supports", "the rebels fighting to overthrow Assad, who" are.
  return !locative(clause.antecedent) || s_.norm(clause.first) == "who" || s_.norm(clause.first) == "whom";
}

bool Arguments::locative(std::uint32_t mention) const {
  const std::uint32_t p = governing_preposition(s_.mentions[mention].first);
  if (p == kNone) return false;
  const std::string_view place = s_.norm(p);
  return place == "in" || place == "at" || place == "near" || place == "inside" || place == "across";
}

bool Arguments::usable(std::uint32_t mention) const {
  const Mention& m = s_.mentions[mention];
  // "itself", "themselves": the actor of its own clause, never the other side of an event.
  if (m.kind == MentionKind::kPronoun && s_.norm(m.first).ends_with("self")) return false;
  return m.entity != kNone && !m.modifier_only;
}

// "wounded 30 people the Syrian Observatory said", "... the Observatory monitor said": without
// the comma, the speaker after an act is still neither its object nor the head of the phrase
// before it.
bool Arguments::speaker(std::uint32_t mention) const {
  std::uint32_t after = s_.mentions[mention].last;
  // Up to two plain nouns after a name: "monitor", "news agency"; not "civilians local media said".
  const bool name = s_.mentions[mention].kind == MentionKind::kName;
  for (std::uint32_t words = 0;
       name && words < 2 && after < s_.size() && s_.tokens[after].kind == TokenKind::kWord &&
       s_.info[after].classes == 0 && s_.info[after].mention == kNone && s_.info[after].trigger == kNone &&
       s_.info[after].verb_classes == 0 && !s_.tokens[after].has(kCapitalized);
       ++words) {
    ++after;
  }
  return after < s_.size() && (s_.info[after].verb_classes & kReport) && s_.norm(after).ends_with("d");
}

std::uint32_t Arguments::head(std::uint32_t m) const {
  std::uint32_t best = m;
  const Mention* current = &s_.mentions[m];
  // A modifier (adjective, possessive, name used as one) gives way to a name that heads the phrase.
  for (std::uint32_t next = m + 1; next < s_.mentions.size(); ++next) {
    const Mention& candidate = s_.mentions[next];
    if (current->kind == MentionKind::kPronoun && !current->possessive) break;
    bool joined = candidate.first - current->last <= 4;
    for (std::uint32_t t = current->last; t < candidate.first && joined; ++t) {
      joined = noun_phrase_word(t) ||
               (s_.norm(t) == "of" && t + 1 < s_.size() && s_.tokens[t + 1].has(kCapitalized));
    }
    if (!joined || candidate.kind == MentionKind::kPronoun || !usable(next) || speaker(next)) break;
    if (candidate.kind == MentionKind::kAdjective && candidate.possessive == false) {
      current = &candidate;  // "US-led coalition" stays a modifier chain
      continue;
    }
    best = next;
    current = &candidate;
    if (!candidate.possessive) break;
  }
  return best;
}

std::uint32_t Arguments::coordination_after(std::uint32_t i, std::uint32_t clause) const {
  const std::uint32_t n = s_.size();
  std::uint32_t j = i;
  // Skip the rest of the noun phrase ("Iranian troops [in Syria]" is not skipped: a preposition stops).
  while (j < n && j < i + 3 && s_.info[j].mention == kNone && noun_phrase_word(j) && !s_.is(j, kCoordinator))
    ++j;
  if (j >= n || s_.info[j].clause != clause) return kNone;
  const std::string_view w = s_.norm(j);
  if (w == "and" || w == "or" || w == "&") return j + 1;
  if (w == "," && j + 1 < n) {
    // "X, Y", "X, the Y", "X, and Y"; not the apposition "X, an Iraqi-US national".
    if (s_.norm(j + 1) == "and") return j + 2;
    const std::uint32_t next = s_.norm(j + 1) == "the" ? j + 2 : j + 1;
    if (next < n && s_.info[next].mention != kNone) return j + 1;
  }
  if ((w == "as" && j + 2 < n && s_.norm(j + 1) == "well" && s_.norm(j + 2) == "as")) return j + 3;
  if ((w == "along" || w == "together") && j + 1 < n && s_.norm(j + 1) == "with") return j + 2;
  return kNone;
}

Group Arguments::group(std::uint32_t m) const {
  Group g;
  std::uint32_t current = head(m);
  g.add(current);
  const std::uint32_t clause = clause_of(current);
  while (g.size < kMaxGroup) {
    std::uint32_t j = coordination_after(s_.mentions[current].last, clause);
    if (j == kNone) break;
    // "X and the Y", and after "and" the words before a head: "X and former al-Qaeda affiliate Y".
    const bool after_and = s_.norm(j - 1) == "and";
    bool worded = false;
    for (std::uint32_t words = 0; j < s_.size() && s_.info[j].mention == kNone && words < kPhraseWords;
         ++words) {
      const bool determiner = s_.is(j, kDeterminer);
      if (!determiner && !(after_and && phrase_word(j, clause))) break;
      worded = worded || !determiner;
      ++j;
    }
    if (j >= s_.size() || s_.info[j].mention == kNone || !usable(s_.info[j].mention)) break;
    current = head(s_.info[j].mention);
    // An adjective after words modifies a noun, not an actor: "X and a key Syrian ally".
    if (worded && current == s_.info[j].mention && s_.mentions[current].kind == MentionKind::kAdjective)
      break;
    g.add(current);
  }
  return g;
}

bool Arguments::has_own_subject(std::uint32_t c, std::uint32_t before) const {
  for (std::uint32_t i = s_.clauses[c].first; i < before && i < s_.size(); ++i) {
    if (s_.info[i].clause != c) continue;
    if (s_.info[i].mention != kNone) return true;  // an actor, or a pronoun left unresolved
    const bool word =
        s_.tokens[i].kind == TokenKind::kWord && s_.info[i].classes == 0 && !is_verb_like(s_, i);
    if (word || s_.tokens[i].kind == TokenKind::kNumber) return true;
  }
  return false;
}

// "three soldiers and 11 civilians" are two phrases, each with its own actor or none.
bool Arguments::phrase_word(std::uint32_t i, std::uint32_t c) const {
  return s_.info[i].clause == c && noun_phrase_word(i) && !s_.is(i, kCoordinator | kQuantifier) &&
         s_.tokens[i].kind != TokenKind::kNumber;
}

std::uint32_t Arguments::first_coordinated(std::uint32_t m) const {
  const std::uint32_t c = clause_of(m);
  auto plain_word = [&](std::uint32_t i) { return s_.info[i].mention == kNone && phrase_word(i, c); };
  for (;;) {
    // Back to the start of m's phrase, over the modifiers and words that lead to its head: "the
    // Faylaq al-Sham faction and al-Qaeda affiliate al-Nusra Front". Only a determiner may stand
    // after a comma, which more often closes a fronted phrase than a list ("Hoping to ease a US
    // concern, North Korea ...", "After a visit to Ankara, Foreign Minister X").
    std::uint32_t k = s_.mentions[m].first;
    bool worded = false;
    for (std::uint32_t words = 0; k > 0 && words < kPhraseWords; ++words) {
      const std::uint32_t modifier = s_.info[k - 1].mention;
      if (modifier != kNone && s_.info[k - 1].clause == c && head(modifier) == m) {
        worded = true;
        k = s_.mentions[modifier].first;
      } else if (plain_word(k - 1)) {
        worded = worded || !s_.is(k - 1, kDeterminer);
        --k;
      } else {
        break;
      }
    }
    const bool and_before = k >= 2 && s_.norm(k - 1) == "and";
    if (!and_before && (k < 2 || s_.norm(k - 1) != "," || worded)) return m;
    std::uint32_t end = k - 1;
    for (std::uint32_t words = 0; and_before && end > 0 && words < kPhraseWords && plain_word(end - 1);
         ++words)
      --end;
    // The conjunct before, when the coordination read from it leads here; an adjective before
    // words modifies them, not an actor ("a Greek frigate and ...", "a Syrian ally and ...").
    const std::uint32_t previous = end > 0 ? s_.info[end - 1].mention : kNone;
    if (previous == kNone || !usable(previous) || s_.info[end - 1].clause != c ||
        (end + 1 < k && s_.mentions[previous].kind == MentionKind::kAdjective) ||
        coordination_after(s_.mentions[previous].last, c) == kNone) {
      return m;
    }
    // "At the United Nations, Egypt urged": a comma closes a phrase fronted by a preposition.
    if (!and_before) {
      const std::uint32_t prep = governing_preposition(s_.mentions[previous].first);
      if (prep != kNone && prep == s_.clauses[c].first) return m;
    }
    m = previous;
  }
}

Group Arguments::subject(std::uint32_t c, std::uint32_t before) const {
  for (std::uint32_t depth = 0; c != kNone && depth < 4; ++depth) {
    const Clause& clause = s_.clauses[c];
    // The noun phrase nearest the verb that is no prepositional object: "Russian President
    // Vladimir Putin noted", "Putin's envoy for Syria, Lavrentyev, said".
    std::uint32_t found = kNone;
    for (std::uint32_t i = std::min<std::uint32_t>(before, s_.size()); i > clause.first;) {
      --i;
      if (s_.info[i].clause != c) continue;
      const std::uint32_t m = s_.info[i].mention;
      if (m == kNone) continue;
      i = s_.mentions[m].first;
      if (governing_preposition(s_.mentions[m].first) != kNone) continue;
      if (usable(m)) {
        found = m;
        break;
      }
      // "the pro-Iranian group vowed to keep fighting": a subject left unresolved names no actor.
      const Mention& subject = s_.mentions[m];
      if (subject.entity == kNone && !subject.modifier_only && !subject.attributive) return {};
    }
    if (found != kNone) {
      // Back to the first of coordinated subjects: "the US and Britain struck".
      found = first_coordinated(found);
      // A possessive or adjective before the phrase's head: "Syria's President Assad".
      std::uint32_t k = s_.mentions[found].first;
      while (k > 0 && noun_phrase_word(k - 1) && s_.info[k - 1].clause == c) {
        const std::uint32_t m = s_.info[k - 1].mention;
        if (m != kNone && usable(m) &&
            (s_.mentions[m].possessive || s_.mentions[m].kind == MentionKind::kAdjective)) {
          found = m;
          k = s_.mentions[m].first;
          continue;
        }
        if (m != kNone) break;
        --k;
      }
      Group g = group(found);
      g.inherited = depth > 0;
      return g;
    }
    // A relative clause without its own subject is about its antecedent.
    if (clause.kind == ClauseKind::kRelative && relative_antecedent(clause)) {
      Group g = group(clause.antecedent);
      g.inherited = true;
      return g;
    }
    if (clause.kind != ClauseKind::kCoordinated && clause.kind != ClauseKind::kParticipial &&
        clause.kind != ClauseKind::kSubordinate) {
      break;
    }
    // "... when the two cities were bombed": a subject that names no actor is still the
    // clause's own; only a clause without one borrows its parent's.
    if (has_own_subject(c, before)) break;
    c = clause.parent;
    before = c == kNone ? 0 : s_.size();
    // The parent's subject stands before its first verb group.
    if (c != kNone) {
      for (std::uint32_t i = s_.clauses[c].first; i < s_.size(); ++i) {
        if (s_.info[i].clause == c && is_verb_like(s_, i)) {
          before = i;
          break;
        }
      }
    }
  }
  return {};
}

Group Arguments::object(std::uint32_t c, std::uint32_t after, std::string_view slot) const {
  const std::uint32_t n = s_.size();
  std::uint32_t i = after;
  if (!slot.empty()) {
    while (i < n && i < after + kObjectReach && !(s_.norm(i) == slot && s_.info[i].mention == kNone)) {
      // "fired rockets at", "called on Monday for"; not past a comma, quote or "and".
      if (s_.info[i].clause == c && (is_verb_like(s_, i) || s_.punct(i) || s_.is(i, kCoordinator))) return {};
      ++i;
    }
    if (i >= n || i >= after + kObjectReach || s_.info[i].clause != c) return {};
    ++i;
    // "pledged to bring Germany's deficit down": "to" before a verb is no slot.
    if (slot == "to" && i + 1 < n && s_.tokens[i].kind == TokenKind::kWord && s_.info[i].classes == 0 &&
        s_.info[i].mention == kNone && !s_.tokens[i].has(kCapitalized) &&
        (s_.info[i + 1].mention != kNone || s_.is(i + 1, kDeterminer | kPronoun | kQuantifier) ||
         s_.tokens[i + 1].kind == TokenKind::kNumber)) {
      return {};
    }
    for (; i < n && (noun_phrase_word(i) || s_.norm(i) == "of"); ++i) {
      const std::uint32_t m = s_.info[i].mention;
      if (m != kNone && usable(m)) return speaker(m) ? Group{} : group(m);
    }
    return {};
  }
  // The direct object is the noun phrase right after the verb ("struck a number of Iranian
  // targets"); when that phrase names no actor ("received support from France", "deployed at
  // the invitation of ..."), nothing further on is the object.
  bool started = false;
  bool count_seen = false, counted = false;  // a count, then a word it counts
  for (; i < n && i < after + kObjectReach; ++i) {
    if (s_.info[i].clause != c) {
      if (started) break;
      continue;
    }
    const std::uint32_t m = s_.info[i].mention;
    if (m == kNone) {
      if (!started && s_.is(i, kAdverb)) continue;
      if (!noun_phrase_word(i) && !(started && s_.norm(i) == "of")) return {};
      // "Kill 12 Terrorists Free 40 Villagers": a second count after a counted noun starts another
      // phrase.
      const bool count = s_.tokens[i].kind == TokenKind::kNumber;
      if (count && counted) return {};
      counted = counted || (count_seen && !count);
      count_seen = count_seen || count;
      started = true;
      continue;
    }
    started = true;
    i = s_.mentions[m].last - 1;
    // "warned it will not accept": a noun phrase before a verb group is the subject of a
    // clause of its own, not an object.
    const std::uint32_t after_mention = s_.mentions[m].last;
    if (after_mention < n && is_verb_like(s_, after_mention) && !s_.tokens[after_mention].has(kCapitalized))
      return {};
    if (speaker(m)) return {};
    if (usable(m)) return group(m);
  }
  return {};
}

Group Arguments::complement(std::uint32_t c, std::uint32_t after, std::span<const std::string> preps) const {
  const std::uint32_t n = s_.size();
  for (std::uint32_t i = after; i < n && i < after + kComplementReach; ++i) {
    if (s_.info[i].clause != c || is_verb_like(s_, i)) return {};
    if (s_.info[i].mention == kNone && !s_.is(i, kPreposition | kTo) && !noun_phrase_word(i)) {
      // "bombardment by Russian and Syrian warplanes of ...": coordinated actors go on; "the
      // threat and the capacity of Iraqis" does not (the complement follows the noun's phrase).
      if (!joins_actors(i)) return {};
      continue;
    }
    if (s_.info[i].mention != kNone || !s_.is(i, kPreposition | kTo)) continue;
    bool wanted = false;
    for (const std::string& p : preps) wanted = wanted || s_.norm(i) == p;
    if (!wanted) {
      // "attack on a convoy of Iranian troops", "an attack by Hamas on Israel".
      if (s_.norm(i) == "of" || s_.norm(i) == "by") continue;
      return {};
    }
    // The actor may sit deeper in the phrase, past "of": "calls for the withdrawal of Iranian
    // troops"; not past another preposition ("on Wednesday despite Damascus promises").
    bool time_only = true;
    std::uint32_t j = i + 1;
    for (; j < n && j < i + 1 + kComplementReach; ++j) {
      if (s_.info[j].clause != c || (!noun_phrase_word(j) && s_.norm(j) != "of")) break;
      const std::uint32_t m = s_.info[j].mention;
      if (m != kNone && usable(m)) {
        // "air strikes on the city the Observatory said": a speaker without its comma is no
        // complement; "in the conflict, with the UN recording 44 attacks": "with" and a clause of
        // its own neither.
        if (speaker(m)) return {};
        const std::uint32_t after_actor = s_.mentions[m].last;
        if (s_.norm(i) == "with" && after_actor < n && s_.norm(after_actor).ends_with("ing") &&
            s_.info[after_actor].classes == 0 && s_.info[after_actor].mention == kNone) {
          return {};
        }
        return group(m);
      }
      time_only = time_only && s_.is(j, kTime | kDeterminer);
    }
    // "artillery fire on Wednesday on rebel-held districts": a time phrase is no complement.
    if (!time_only || j == i + 1) return {};
    i = j - 1;
  }
  return {};
}

bool Arguments::joins_actors(std::uint32_t i) const {
  const std::string_view w = s_.norm(i);
  if (w != "and" && w != "," && w != "or") return false;
  const bool actor_before = i > 0 && s_.info[i - 1].mention != kNone;
  std::uint32_t next = i + 1;
  while (next < s_.size() && s_.is(next, kDeterminer) && s_.info[next].mention == kNone) ++next;
  return actor_before && next < s_.size() && s_.info[next].mention != kNone;
}

Group Arguments::modifier(std::uint32_t noun) const {
  Group g;
  for (std::uint32_t j = noun; j > 0 && j + kModifierReach > noun;) {
    --j;
    if (!noun_phrase_word(j)) break;
    const std::uint32_t m = s_.info[j].mention;
    if (m == kNone) continue;
    if (!usable(m)) break;
    const Mention& mention = s_.mentions[m];
    if (mention.kind == MentionKind::kPronoun && !mention.possessive) break;
    // The leftmost of coordinated modifiers first: "Syrian regime and Russian bombing".
    std::uint32_t first = m;
    std::uint32_t k = mention.first;
    while (k >= 2 && (s_.norm(k - 1) == "and" || s_.norm(k - 1) == ",") && s_.info[k - 2].mention != kNone &&
           usable(s_.info[k - 2].mention)) {
      first = s_.info[k - 2].mention;
      k = s_.mentions[first].first;
    }
    for (std::uint32_t x = first; x <= m; ++x) {
      if (usable(x) && s_.mentions[x].first >= k) g.add(x);
    }
    return g;
  }
  return g;
}

Group Arguments::in_complement_clause(std::uint32_t c, std::uint32_t verb, std::uint32_t not_entity) const {
  // Inside a clause of its own: a reported clause, or words past a verb group ("warned it will
  // not accept an Iranian presence"), or a subject right before one ("warned Iran would pay");
  // not "condemned bombings in Kenya".
  bool verb_passed = false;
  for (std::uint32_t i = verb + 1; i < s_.size(); ++i) {
    const std::uint32_t clause = s_.info[i].clause;
    const bool reported =
        clause != c && s_.clauses[clause].parent == c && s_.clauses[clause].kind == ClauseKind::kReported;
    if (clause != c && !reported) return {};
    const std::uint32_t m = s_.info[i].mention;
    if (m == kNone) {
      // "threatened to wipe Israel off the map", "condemned the massacre committed by ISIS".
      verb_passed = verb_passed || is_verb_like(s_, i) ||
                    (s_.is(i, kTo) && !(i + 1 < s_.size() && s_.is(i + 1, kDeterminer))) ||
                    s_.norm(i) == "by";
      continue;
    }
    i = s_.mentions[m].last - 1;
    const bool subject = i + 1 < s_.size() && is_verb_like(s_, i + 1);
    if (usable(m) && s_.mentions[m].entity != not_entity && (reported || verb_passed || subject))
      return group(m);
  }
  return {};
}

}  // namespace entente::detail
