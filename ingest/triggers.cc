#include "ingest/triggers.h"

#include "ingest/grammar.h"

namespace entente::detail {

namespace {

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

// A capitalized word inside a sentence is part of a name ("Secretary of State", "Operation
// Strike"), not a verb, unless the whole sentence is a headline.
bool proper_name_word(const Sentence& s, std::uint32_t i, bool headline) {
  return !headline && i > 0 && s.tokens[i].has(kCapitalized) && !s.punct(i - 1) && s.norm(i - 1) != "\"";
}

}  // namespace

void classify_words(Sentence& s, const Lexicon& lexicon) {
  const std::uint32_t n = s.size();
  s.info.assign(n, TokenInfo{});
  s.headline = s.tokens.size() > 0 && s.tokens[0].begin == 0 && title_case(s);  // the title line
  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& token = s.tokens[i];
    if (token.kind != TokenKind::kWord) continue;
    const std::string_view norm = s.norm(i);
    const WordInfo word = function_word(norm);
    TokenInfo& info = s.info[i];
    info.classes = word.classes;
    info.pronoun = word.pronoun;
    // "US" is no pronoun and "May" no modal.
    if (token.has(kAllUpper)) info.classes &= ~(kPronoun | kModal | kDeterminer);
    if (token.has(kCapitalized) && i > 0 && (info.classes & kModal) && (info.classes & kTime)) {
      info.classes &= ~kModal;
    }
    if (proper_name_word(s, i, s.headline)) continue;
    info.word = lexicon.word(norm);
    if (info.word != nullptr) info.verb_classes = info.word->classes;
  }
}

void find_triggers(Sentence& s) {
  s.triggers.clear();
  const std::uint32_t n = s.size();
  for (std::uint32_t i = 0; i < n; ++i) {
    if (s.tokens[i].kind != TokenKind::kWord || s.info[i].classes != 0 || s.info[i].mention != kNone)
      continue;
    // "anti-war", "war-torn": a trigger word inside a hyphenated modifier is no act.
    if (i > 0 && s.tokens[i - 1].has(kHyphenNext)) continue;
    const LexiconWord* entry = s.info[i].word;
    if (entry == nullptr) continue;
    std::size_t best = 0;
    bool found = false;
    for (const LexiconPhrase& phrase : entry->phrases) {
      const std::size_t length = phrase.rest.size() + 1;
      if (found && length < best) break;  // phrases are sorted longest first
      if (i + length > n) continue;
      bool fits = true;
      for (std::size_t k = 0; k < phrase.rest.size() && fits; ++k) {
        fits = s.norm(static_cast<std::uint32_t>(i + 1 + k)) == phrase.rest[k];
      }
      if (!fits || s.tokens[i + length - 1].has(kHyphenNext)) continue;
      found = true;
      best = length;
      s.triggers.push_back({i, static_cast<std::uint32_t>(i + length), &phrase});
    }
  }
  for (std::uint32_t t = static_cast<std::uint32_t>(s.triggers.size()); t-- > 0;) {
    for (std::uint32_t k = s.triggers[t].first; k < s.triggers[t].last; ++k) s.info[k].trigger = t;
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

}  // namespace

bool reads_as_noun(const Sentence& s, const TriggerMatch& trigger) {
  const Trigger& t = trigger.phrase->trigger;
  const bool verb = has_kind(s, trigger.first, TriggerKind::kVerb);
  const bool noun =
      has_kind(s, trigger.first, TriggerKind::kNoun) || has_kind(s, trigger.first, TriggerKind::kRole);
  if (!verb || !noun) return t.kind != TriggerKind::kVerb;
  const std::uint32_t after = trigger.last;
  if (after < s.size()) {
    // "strikes kill 45": a noun before a verb; "killing seven people": a verb before its object.
    if (s.info[after].trigger != kNone && s.triggers[s.info[after].trigger].first == after &&
        has_kind(s, after, TriggerKind::kVerb) && !has_kind(s, after, TriggerKind::kNoun) &&
        !has_kind(s, after, TriggerKind::kRole)) {
      return true;
    }
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
  if (const Mention* m = s.mention_at(before)) {
    // "Israeli strikes", "Syria's attack", "regime siege", "US demand" are nouns; "Israel
    // attacks" a verb (a singular subject takes "attacks", not "attack").
    return m->kind == MentionKind::kAdjective || m->possessive || (!m->plural && t.form == VerbForm::kBase) ||
           (m->kind == MentionKind::kSector && !m->plural && m->entity == kNone);
  }
  if (info.classes & (kBe | kHave)) return false;
  // An ordinary word before it: a noun modifier ("missile attack") unless it is a verb form.
  return s.tokens[before].kind == TokenKind::kWord && !is_verb_like(s, before) && info.classes == 0;
}

bool is_verb_like(const Sentence& s, std::uint32_t i) {
  const TokenInfo& info = s.info[i];
  if (info.classes & (kBe | kHave | kDo | kModal)) return true;
  if (info.verb_classes != 0) return true;
  if (info.trigger == kNone || s.triggers[info.trigger].first != i) return false;
  bool verb = false, noun = false;
  for (std::uint32_t t = info.trigger; t < s.triggers.size() && s.triggers[t].first == i; ++t) {
    const Trigger& trigger = s.triggers[t].phrase->trigger;
    if (trigger.kind == TriggerKind::kVerb) {
      verb = verb || trigger.form == VerbForm::kPast || trigger.form == VerbForm::kThirdPerson;
    } else {
      noun = true;
    }
  }
  return verb && !noun;
}

}  // namespace entente::detail
