#include "ingest/triggers.h"

#include <algorithm>

#include "ingest/grammar.h"

namespace entente::detail {

namespace {

// The verb classes whose words are verbs wherever no noun's place makes them nouns; hypothetical
// words are nouns and adjectives too, and a verb of occurrence ("break", "take") is a verb only
// where a mutual noun precedes it.
constexpr std::uint8_t kVerbOnlyClasses = static_cast<std::uint8_t>(~(kHypothetical | kOccur));

// A headline capitalizes most words, so there a capital does not make a proper name.
bool title_case(const Sentence& s) {
  std::uint32_t long_words = 0, capitalized = 0;
  for (std::uint32_t i = 0; i < s.size(); ++i) {
    if (s.tokens[i].kind != TokenKind::kWord || s.tokens[i].norm_size < 4) continue;
    ++long_words;
    if (s.tokens[i].has(kCapitalized)) ++capitalized;
  }
  return long_words >= 3 && capitalized * 4 >= long_words * 3;
}

// A sentence written in capitals ("SYRIA SAYS IT IS READY"), where capitals do not make acronyms.
bool in_capitals(const Sentence& s) {
  std::uint32_t words = 0, upper = 0;
  for (std::uint32_t i = 0; i < s.size(); ++i) {
    if (s.tokens[i].kind != TokenKind::kWord || s.tokens[i].norm_size < 2) continue;
    ++words;
    if (s.tokens[i].has(kAllUpper)) ++upper;
  }
  return words >= 3 && upper * 2 > words;
}

// A capitalized word inside a sentence is part of a name ("Secretary of State", "Operation
// Strike"), not a verb, unless the whole sentence is a headline. After punctuation a capital may
// just open a clause, so there it takes a capitalized word after it (", Free Patriotic Movement
// leader X").
bool proper_name_word(const Sentence& s, std::uint32_t i, bool headline) {
  if (headline || i == 0 || !s.tokens[i].has(kCapitalized)) return false;
  if (!s.punct(i - 1) && s.norm(i - 1) != "\"") return true;
  return i + 1 < s.size() && s.tokens[i + 1].kind == TokenKind::kWord && s.tokens[i + 1].has(kCapitalized);
}

// Whether every token of [first, end) is capitalized.
bool capitalized(const Sentence& s, std::uint32_t first, std::uint32_t end) {
  for (std::uint32_t i = first; i < end; ++i) {
    if (!s.tokens[i].has(kCapitalized)) return false;
  }
  return true;
}

bool counts(const Sentence& s, std::uint32_t i) {
  return i < s.size() && (s.tokens[i].kind == TokenKind::kNumber || (s.info[i].classes & kQuantifier) ||
                          s.norm(i) == "a" || s.norm(i) == "half");
}

// "at least 29 rebels", "more than 30 people", "up to 30 gunmen": the words before a number are
// part of the quantity, not a preposition that would make the phrase a prepositional object.
void mark_quantities(Sentence& s) {
  for (std::uint32_t i = 0; i + 1 < s.size(); ++i) {
    const std::string_view w = s.norm(i);
    const std::string_view next = s.norm(i + 1);
    const bool quantity =
        (w == "at" && (next == "least" || next == "most") &&
         (counts(s, i + 2) || s.is(i + 2, kDeterminer))) ||
        ((w == "more" || w == "less" || w == "fewer") && next == "than" && counts(s, i + 2)) ||
        (w == "up" && next == "to" && counts(s, i + 2));
    if (!quantity) continue;
    s.info[i].classes = s.info[i + 1].classes = kQuantifier;
    ++i;
  }
}

}  // namespace

void classify_words(Sentence& s, const WordTable& words) {
  s.tokens.set_words(words.words());
  const std::uint32_t n = s.size();
  s.info.assign(n, TokenInfo{});
  s.headline = s.tokens.size() > 0 && s.tokens[0].begin == 0 && title_case(s);  // the title line
  int shouting = -1;  // whether the sentence is in capitals, computed when first needed
  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& token = s.tokens[i];
    if (token.kind != TokenKind::kWord) continue;
    const WordInfo word = words.function_word(token.word);
    TokenInfo& info = s.info[i];
    info.classes = word.classes;
    info.pronoun = word.pronoun;
    // "US" is no pronoun, "IS" no verb and "May" no modal, unless the sentence is in capitals.
    if (token.has(kAllUpper) && info.classes != 0) {
      if (shouting < 0) shouting = in_capitals(s) ? 1 : 0;
      if (shouting == 0) info.classes = 0;
    }
    if (token.has(kCapitalized) && i > 0 && (info.classes & kModal) && (info.classes & kTime)) {
      info.classes &= ~kModal;
    }
    info.word = words.lexicon_word(token.word);
    // Only a capitalized name of a compound act noun ("the Joint Declaration") is read in a name.
    if (proper_name_word(s, i, s.headline)) continue;
    if (info.word != nullptr) info.verb_classes = info.word->classes;
    // "frequently", "heavily": an adverb the closed list lacks sits inside a verb group too.
    const std::string_view norm = s.norm(i);
    if (info.classes == 0 && info.word == nullptr && norm.size() >= 6 && norm.ends_with("ly") &&
        !token.has(kCapitalized)) {
      info.classes = kAdverb;
    }
  }
  mark_quantities(s);
}

namespace {

// A word that may stand between a phrasal trigger's verb and its noun: "provided crucial
// support to", "imposed new sanctions on", "sent 3,000 troops to".
bool modifier_between(const Sentence& s, std::uint32_t i) {
  if (s.info[i].mention != kNone || s.info[i].verb_classes != 0) return false;
  // "carried out air strikes": a noun of its own ("air strikes") is no modifier.
  if (const LexiconWord* word = s.info[i].word) {
    for (const LexiconPhrase& phrase : word->phrases) {
      std::uint32_t k = i + 1;
      while (k < s.size() && k - i - 1 < phrase.rest.size() && s.norm(k) == phrase.rest[k - i - 1]) ++k;
      if (!phrase.rest.empty() && k - i - 1 == phrase.rest.size()) return false;
    }
  }
  if (s.tokens[i].kind == TokenKind::kNumber) return true;
  return s.tokens[i].kind == TokenKind::kWord &&
         (s.info[i].classes & ~(kDeterminer | kQuantifier | kAdverb)) == 0;
}

// The token after the words `rest` when they follow from `i`, or kNone. A particle must follow
// at once; a noun may come after up to two modifiers.
std::uint32_t match_rest(const Sentence& s, std::uint32_t i, const std::vector<std::string>& rest) {
  constexpr std::uint32_t kMaxModifiers = 2;
  for (const std::string& word : rest) {
    const bool particle = function_word(word).classes & (kPreposition | kTo | kAdverb);
    for (std::uint32_t skipped = 0;
         !particle && skipped < kMaxModifiers && i < s.size() && s.norm(i) != word && modifier_between(s, i);
         ++skipped) {
      ++i;
    }
    if (i >= s.size() || s.norm(i) != word) return kNone;
    ++i;
  }
  return i;
}

bool noun_entry(const Sentence& s, std::uint32_t token);
bool object_of_verb(const Sentence& s, std::uint32_t before);

}  // namespace

void find_triggers(Sentence& s) {
  s.triggers.clear();
  const std::uint32_t n = s.size();
  // "air strikes", "hold talks with": a word inside a longer trigger starts none of its own.
  std::uint32_t covered = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (i < covered || s.tokens[i].kind != TokenKind::kWord || s.info[i].classes != 0) continue;
    // A word inside a mention starts no trigger, except the last one of a longer noun:
    // "Russia's military" + "support" is "military support".
    const bool in_mention = s.info[i].mention != kNone;
    if (in_mention && (i + 1 >= n || s.info[i + 1].mention == s.info[i].mention)) continue;
    // "anti-war", "war-torn": a trigger word inside a hyphenated modifier is no act.
    if (i > 0 && s.tokens[i - 1].has(kHyphenNext)) continue;
    const LexiconWord* entry = s.info[i].word;
    if (entry == nullptr) continue;
    const bool proper = proper_name_word(s, i, s.headline);
    std::size_t best = 0;
    bool found = false;
    for (const LexiconPhrase& phrase : entry->phrases) {
      const std::size_t length = phrase.rest.size() + 1;
      if (found && length < best) break;  // phrases are sorted longest first
      if ((in_mention || proper) && (phrase.rest.empty() || phrase.trigger.kind == TriggerKind::kVerb))
        continue;
      const std::uint32_t end = match_rest(s, i + 1, phrase.rest);
      if (end == kNone || s.tokens[end - 1].has(kHyphenNext)) continue;
      // "the Joint Declaration": a name written as the compound noun, each word capitalized.
      if (proper && !capitalized(s, i, end)) continue;
      found = true;
      best = length;
      s.triggers.push_back({i, end, &phrase});
      // "the military aid": a mention that is only the first word of a noun names no actor.
      if (in_mention && s.mentions[s.info[i].mention].first == i)
        s.mentions[s.info[i].mention].modifier_only = true;
      if (length > 1) covered = std::max(covered, end);
    }
  }
  for (std::uint32_t t = static_cast<std::uint32_t>(s.triggers.size()); t-- > 0;) {
    for (std::uint32_t k = s.triggers[t].first; k < s.triggers[t].last; ++k) s.info[k].trigger = t;
  }
  // "fired artillery shells at": a sector word before a verb's object only modifies it ("struck
  // Islamic State targets": a name there is the owner, and stays the actor).
  for (const TriggerMatch& trigger : s.triggers) {
    const std::uint32_t i = trigger.first;
    if (i == 0 || s.info[i - 1].mention == kNone || trigger.phrase->trigger.form != VerbForm::kThirdPerson ||
        noun_entry(s, i) || !object_of_verb(s, i - 1)) {
      continue;
    }
    Mention& modifier = s.mentions[s.info[i - 1].mention];
    if (modifier.kind == MentionKind::kSector) modifier.modifier_only = true;
  }
}

namespace {

bool has_kind(const Sentence& s, std::uint32_t token, TriggerKind kind) {
  for (std::uint32_t t = s.info[token].trigger; t != kNone && t < s.triggers.size(); ++t) {
    if (s.triggers[t].first != token) break;
    if (s.triggers[t].phrase->trigger.kind == kind) return true;
  }
  return false;
}

bool has_past_form(const Sentence& s, std::uint32_t token) {
  for (std::uint32_t t = s.info[token].trigger; t != kNone && t < s.triggers.size(); ++t) {
    if (s.triggers[t].first != token) break;
    if (s.triggers[t].phrase->trigger.form == VerbForm::kPast) return true;
  }
  return false;
}

bool noun_entry(const Sentence& s, std::uint32_t token) {
  return has_kind(s, token, TriggerKind::kNoun) || has_kind(s, token, TriggerKind::kRole);
}

// Whether the verb reading of the triggers at `token` is a finite form that a noun shares:
// "clashes", "attack" (not "attacked", "attacking").
bool finite_verb_form(const Sentence& s, std::uint32_t token) {
  for (std::uint32_t t = s.info[token].trigger; t != kNone && t < s.triggers.size(); ++t) {
    if (s.triggers[t].first != token) break;
    const Trigger& trigger = s.triggers[t].phrase->trigger;
    if (trigger.kind == TriggerKind::kVerb)
      return trigger.form == VerbForm::kBase || trigger.form == VerbForm::kThirdPerson;
  }
  return false;
}

// "strikes kill 45", "blasts killed 20": a word before a verb that can only be a verb.
bool verb_follows(const Sentence& s, std::uint32_t after) {
  return after < s.size() && s.info[after].trigger != kNone &&
         s.triggers[s.info[after].trigger].first == after && has_kind(s, after, TriggerKind::kVerb) &&
         !noun_entry(s, after);
}

// A content verb (not an auxiliary, not a word that may be a noun) at `i`: "intensified",
// "push", "pushing".
bool lexical_verb(const Sentence& s, std::uint32_t i) {
  if (s.info[i].classes & (kBe | kHave | kDo | kModal)) return false;
  if ((s.info[i].verb_classes & kVerbOnlyClasses) != 0) return true;
  return has_kind(s, i, TriggerKind::kVerb) && !noun_entry(s, i);
}

// An ordinary word that is not a verb form: a noun or adjective before the trigger.
bool plain_word(const Sentence& s, std::uint32_t i) {
  return s.tokens[i].kind == TokenKind::kWord && s.info[i].classes == 0 && s.info[i].mention == kNone &&
         !is_verb_like(s, i);
}

// Whether the word after `before` is in a verb's object: `before` is a lexical verb ("fired
// shells at"), or one modifier word (a sector or a plain noun) after such a verb or a count
// ("fired artillery shells", "fired mortar shells"). A finite verb never follows a verb directly.
bool object_of_verb(const Sentence& s, std::uint32_t before) {
  // Headlines stack verbs ("Army Kills Wounds Dozens"), and a base form may be a noun ("state
  // councilor meets"): only an inflected verb in running text takes the object.
  const auto inflected_verb = [&s](std::uint32_t k) {
    const std::string_view word = s.norm(k);
    return lexical_verb(s, k) && (word.ends_with("ed") || word.ends_with("ing") || has_past_form(s, k));
  };
  if (s.headline) return false;
  if (inflected_verb(before)) return true;
  std::uint32_t modifier = before;  // the first word of a one-word modifier: a sector or a noun
  if (const Mention* m = s.mention_at(before)) {
    // "struck Islamic State targets": a name owning what an attack hit.
    if (m->kind == MentionKind::kName && m->last == before + 1 && !m->possessive && m->first > 0) {
      const std::uint32_t t = s.info[m->first - 1].trigger;
      return t != kNone && s.triggers[t].last == m->first && inflected_verb(m->first - 1) &&
             s.triggers[t].phrase->trigger.relation == Relation::kStrike;
    }
    if (m->kind != MentionKind::kSector || m->last != before + 1) return false;
    modifier = m->first;
  } else if (s.tokens[before].kind != TokenKind::kWord || s.info[before].classes != 0 ||
             s.info[before].trigger != kNone) {
    return false;
  }
  if (modifier == 0) return false;
  const std::uint32_t k = modifier - 1;
  return inflected_verb(k) || s.is(k, kQuantifier) || s.tokens[k].kind == TokenKind::kNumber;
}

// Whether a word the lexicon knows only as a verb stands where a verb cannot: "the blast", "a
// car bomb blast", "blasts killed 20", "push back" (a particle after a verb).
bool verb_in_noun_place(const Sentence& s, const TriggerMatch& trigger) {
  const VerbForm form = trigger.phrase->trigger.form;
  if (form == VerbForm::kPast || form == VerbForm::kGerund) return false;  // participles: pairing.cc
  if (verb_follows(s, trigger.last)) return true;
  if (trigger.first == 0) return false;
  const std::uint32_t before = trigger.first - 1;
  if (s.is(before, kDeterminer) && s.info[before].mention == kNone) return true;
  if (form == VerbForm::kThirdPerson && object_of_verb(s, before)) return true;
  if (const Mention* m = s.mention_at(before)) return m->kind == MentionKind::kAdjective || m->possessive;
  if (s.is(before, kTo)) return false;  // "to back", "to expel"
  if (s.is(before, kQuantifier | kPreposition) || s.tokens[before].kind == TokenKind::kNumber) return true;
  // "two roadside bombs", "the rocket shells": a compound noun inside a noun phrase.
  if (form == VerbForm::kThirdPerson) {
    return plain_word(s, before) && before > 0 &&
           (s.is(before - 1, kDeterminer | kQuantifier | kPreposition) ||
            s.tokens[before - 1].kind == TokenKind::kNumber);
  }
  if (form != VerbForm::kBase) return false;
  // A base form needs a plural subject or an auxiliary: after a singular noun it is a noun too,
  // and after a verb it is a particle or complement.
  const std::string_view word = s.norm(before);
  return (plain_word(s, before) && !word.ends_with('s')) || lexical_verb(s, before);
}

}  // namespace

bool noun_before(const Sentence& s, std::uint32_t i) {
  if (i == 0) return false;
  const std::uint32_t before = i - 1;
  if (const Mention* m = s.mention_at(before)) {
    // "US demand": a singular name before the base form of a word that is also a noun.
    const bool base_noun = m->kind == MentionKind::kName && !m->plural && s.info[i].trigger != kNone &&
                           noun_entry(s, i) && !s.norm(i).ends_with('s') && !s.norm(i).ends_with("ed");
    return m->kind == MentionKind::kAdjective || m->possessive || base_noun;
  }
  if (s.is(before, kTo)) return false;
  return s.is(before, kDeterminer | kPreposition | kQuantifier) ||
         s.tokens[before].kind == TokenKind::kNumber;
}

bool reads_as_noun(const Sentence& s, const TriggerMatch& trigger) {
  const Trigger& t = trigger.phrase->trigger;
  const bool verb = has_kind(s, trigger.first, TriggerKind::kVerb);
  const bool noun = noun_entry(s, trigger.first);
  if (!verb) return true;
  if (!noun) return verb_in_noun_place(s, trigger);
  const std::uint32_t after = trigger.last;
  if (after < s.size()) {
    // "strikes kill 45": a noun before a verb; "killing seven people": a verb before its object.
    if (verb_follows(s, after)) return true;
    if (t.form == VerbForm::kGerund) {
      if (s.norm(after) == "of") return true;
      if ((s.info[after].classes & (kDeterminer | kQuantifier)) || s.info[after].mention != kNone ||
          s.tokens[after].kind == TokenKind::kNumber) {
        return false;
      }
    }
  }
  if (trigger.first == 0) return true;  // a headline or sentence opening with the bare word
  const std::uint32_t before = trigger.first - 1;
  const TokenInfo& info = s.info[before];
  if (info.classes & (kModal | kTo | kNegation | kDo)) return false;
  if (info.classes & (kDeterminer | kPreposition | kQuantifier)) return true;
  if (s.tokens[before].kind == TokenKind::kNumber) return true;
  // "while clashes between ... continued", "after attacks on ...": a subordinator is followed by
  // its clause's subject, never by a finite verb.
  if ((info.classes & kSubordinator) && finite_verb_form(s, trigger.first)) return true;
  if (const Mention* m = s.mention_at(before)) {
    // "Israeli strikes", "Syria's attack", "regime siege", "US demand" are nouns; "Israel
    // attacks" a verb (a singular subject takes "attacks", not "attack").
    return m->kind == MentionKind::kAdjective || m->possessive || m->modifier_only || m->attributive ||
           (!m->plural && t.form == VerbForm::kBase) ||
           (m->kind == MentionKind::kSector && !m->plural && m->entity == kNone);
  }
  if (info.classes & (kBe | kHave)) return false;
  // "intensified attacks", "held talks": the object of a verb.
  if (lexical_verb(s, before)) return true;
  // An ordinary word before it: a noun modifier ("missile attack").
  return plain_word(s, before);
}

bool is_verb_like(const Sentence& s, std::uint32_t i) {
  const TokenInfo& info = s.info[i];
  if (info.classes & (kBe | kHave | kDo | kModal)) return true;
  // "US demand for", "the call for": a class verb that is a noun here.
  if ((info.verb_classes & kVerbOnlyClasses) != 0) return !noun_before(s, i);
  if (info.trigger == kNone || s.triggers[info.trigger].first != i) return false;
  bool verb = false, base = false, noun = false, third_person = false;
  for (std::uint32_t t = info.trigger; t < s.triggers.size() && s.triggers[t].first == i; ++t) {
    const Trigger& trigger = s.triggers[t].phrase->trigger;
    if (trigger.kind == TriggerKind::kVerb) {
      verb = verb || trigger.form == VerbForm::kPast || trigger.form == VerbForm::kThirdPerson;
      base = base || trigger.form == VerbForm::kBase;
      third_person = third_person || trigger.form == VerbForm::kThirdPerson;
    } else {
      noun = true;
    }
  }
  // "Iranian targets", "the bombs", "fired shells at": a verb form in a noun's place is no verb.
  if (noun || noun_before(s, i) || (third_person && i > 0 && object_of_verb(s, i - 1))) return false;
  // "British forces struggle against", "they attack": a base form after a plural subject.
  if (!verb && base && i > 0) {
    const Mention* subject = s.mention_at(i - 1);
    return subject != nullptr && subject->plural && !subject->possessive &&
           subject->kind != MentionKind::kAdjective;
  }
  return verb;
}

}  // namespace entente::detail
