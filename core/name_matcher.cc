#include "core/name_matcher.h"

#include <algorithm>
#include <array>

namespace entente {
namespace {

bool is_capitalized_word(const Token& token) {
  return token.kind == TokenKind::kWord && token.has(kCapitalized);
}

// A headline capitalizes every word but short ones ("Jordan Condemns Strikes on Gaza"), so
// capitals there say nothing about proper names.
bool is_title_case(const TokenBuffer& tokens, std::uint32_t first, std::uint32_t last) {
  std::uint32_t long_words = 0;
  for (std::uint32_t i = first; i < last; ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord || t.norm_size < 5) continue;
    if (!t.has(kCapitalized)) return false;
    ++long_words;
  }
  return long_words >= 3;
}

}  // namespace

void NameMatcher::bind(const TokenBuffer& tokens, std::uint32_t first, std::uint32_t last) {
  tokens_ = &tokens;
  range_ = {first, last};
  known_words_ = static_cast<WordId>(dictionary_.words().size());
  own_ids_ = tokens.words() == nullptr || !tokens.words()->extends(dictionary_.words());
  if (own_ids_) [[unlikely]]
    look_up_words();
}

void NameMatcher::look_up_words() {
  token_ids_.clear();
  for (std::uint32_t i = range_.first; i < range_.last; ++i) {
    token_ids_.push_back(dictionary_.words().find(tokens_->norm(i)));
  }
}

inline WordId NameMatcher::word(std::uint32_t i) const {
  if (own_ids_) [[unlikely]]
    return token_ids_[i - range_.first];
  const WordId id = (*tokens_)[i].word;  // from a vocabulary that may extend the dictionary's
  return id < known_words_ ? id : kUnknownWord;
}

// "Syrias", "Assads", but never "US", "Reuters'" or "Congress".
inline bool NameMatcher::may_be_stripped(std::uint32_t i) const {
  const Token& token = (*tokens_)[i];
  const std::string_view norm = tokens_->norm(token);
  return norm.size() > 3 && norm.back() == 's' && norm[norm.size() - 2] != 's' &&
         token.kind == TokenKind::kWord && !token.has(kPossessive) && !token.has(kAllUpper);
}

WordId NameMatcher::stripped(std::uint32_t i) const {
  if (!may_be_stripped(i)) return kUnknownWord;
  const std::string_view norm = tokens_->norm(i);
  return dictionary_.words().find(norm.substr(0, norm.size() - 1));
}

inline std::uint32_t NameMatcher::reach(WordId first, Phrases phrases) const {
  return static_cast<std::uint32_t>(phrases == Phrases::kSectorWords
                                        ? dictionary_.max_sector_tokens_from(first)
                                        : dictionary_.max_tokens_from(first));
}

inline bool NameMatcher::may_start_phrase(std::uint32_t i, Phrases phrases) const {
  if ((*tokens_)[i].kind == TokenKind::kPunct) return false;
  const WordId id = word(i);
  return reach(id, phrases) > 0 || (id == kUnknownWord && may_be_stripped(i));
}

void NameMatcher::find(const TokenBuffer& tokens, std::uint32_t first, std::uint32_t last, Date date,
                       std::vector<NameMatch>& names, std::vector<NameMatch>* sector_words) {
  bind(tokens, first, last);
  previous_end_ = first;
  title_case_ = is_title_case(tokens, first, last);
  std::uint32_t names_from = first;  // names do not overlap: the next may start here
  for (std::uint32_t i = first; i < last; ++i) {
    if (tokens[i].kind == TokenKind::kPunct) continue;
    const WordId id = word(i);
    const bool sector_here = reach(id, Phrases::kSectorWords) > 0, name_here = reach(id, Phrases::kNames) > 0;
    const bool strippable = !sector_here && !name_here && id == kUnknownWord && may_be_stripped(i);
    if (!sector_here && !name_here && !strippable) continue;  // most words start no phrase
    if (sector_words != nullptr && (sector_here || strippable)) {
      if (const NameMatch word = sector_word_at(i); word.sector_word != nullptr)
        sector_words->push_back(word);
    }
    NameMatch match;
    if (i < names_from || (!name_here && !strippable) || !name_at(i, date, match)) continue;
    names_from = match.last;
    if (match.name == nullptr) continue;  // an excluded phrase: names nothing, but covers its words
    // "Syrian rebels", "Syria's army": an adjective or possessive name narrowed by a sector word,
    // but not across a hyphen ("Syrian-army" is no phrase of news text).
    const Token& end = tokens[match.last - 1];
    if (match.last < last && !end.has(kHyphenNext) &&
        (match.name->kind == NameKind::kAdjective || end.has(kPossessive) || match.stripped_possessive) &&
        may_start_phrase(match.last, Phrases::kSectorWords)) {
      if (const NameMatch word = sector_word_at(match.last); word.sector_word != nullptr) {
        match.sector_word = word.sector_word;
        match.last = word.last;
        match.stripped_possessive = word.stripped_possessive;
      }
    }
    names.push_back(match);
    previous_end_ = names_from = match.last;
  }
}

ActorRef NameMatcher::resolve(const NameMatch& match, Date date) const {
  const Entity& entity = dictionary_.entities()[match.name->index];
  const Sector* sector =
      match.sector_word == nullptr ? nullptr : &dictionary_.sectors()[match.sector_word->index];
  return dictionary_.resolve(entity, sector, date);
}

std::uint32_t NameMatcher::ngrams(std::uint32_t at, Phrases phrases) {
  WordId id = word(at);
  std::uint32_t max = reach(id, phrases);
  stripped_word_ = 0;
  if (max == 0) {  // most words start no phrase
    if (id != kUnknownWord) return 0;
    // A word the dictionary does not know may be a possessive whose apostrophe was stripped:
    // "Syrias", "the regimes", "Peoples Protection Units".
    id = stripped(at);
    if (id == kUnknownWord || (max = reach(id, phrases)) == 0) return 0;
    stripped_word_ = 1;
  }
  std::uint32_t n = 0;
  std::uint64_t key = kEmptyPhraseKey;
  for (std::uint32_t i = at; i < range_.last && n < max; ++i) {
    if (i > at) id = word(i);
    if (id == kUnknownWord) {  // no phrase goes on past a word the dictionary does not know
      id = stripped_word_ == 0 ? stripped(i) : kUnknownWord;  // one stripped word a phrase
      if (id == kUnknownWord) break;
      stripped_word_ = n + 1;
    }
    key = extend_phrase_key(key, id);
    ids_[n] = id;
    keys_[n++] = key;
  }
  return n;
}

bool NameMatcher::capitalized_within(std::uint32_t at, std::uint32_t count) const {
  for (std::uint32_t i = at; i < range_.last && i < at + count; ++i) {
    if ((*tokens_)[i].has(kCapitalized)) return true;
  }
  return false;
}

bool NameMatcher::name_at(std::uint32_t at, Date date, NameMatch& match) {
  // Every name has a capitalized word (see choose), so most words starting one are passed over
  // without building n-grams ("the", "to"). An excluded phrase in lower case covers nothing.
  const WordId first = word(at);
  if (!capitalized_within(at, first == kUnknownWord ? 1 : reach(first, Phrases::kNames))) return false;
  const std::uint32_t longest = ngrams(at, Phrases::kNames);
  for (std::uint32_t n = longest; n >= 1; --n) {
    const std::uint32_t end = at + n;
    const std::span<const NameEntry> entries =
        dictionary_.lookup_all(std::span<const WordId>(ids_).first(n), keys_[n - 1]);
    if (entries.empty()) continue;
    const bool stripped = stripped_word_ == n;
    if (entries.back().kind == NameKind::kExcluded) {
      match = NameMatch{at, end, nullptr, nullptr, stripped};
      return true;
    }
    if (const NameEntry* chosen = choose(entries, {at, end}, date)) {
      match = NameMatch{at, end, chosen, nullptr, stripped};
      return true;
    }
  }
  return false;
}

NameMatch NameMatcher::sector_word_at(std::uint32_t at) {
  const std::uint32_t longest = ngrams(at, Phrases::kSectorWords);
  for (std::uint32_t n = longest; n >= 1; --n) {
    for (const NameEntry& entry :
         dictionary_.lookup_all(std::span<const WordId>(ids_).first(n), keys_[n - 1])) {
      if (entry.kind != NameKind::kSectorWord || (entry.acronym && !in_capitals({at, at + n}))) continue;
      return NameMatch{at, at + n, nullptr, &entry, stripped_word_ == n};
    }
  }
  return NameMatch{at, at};
}

bool NameMatcher::in_capitals(Span span) const {
  for (std::uint32_t i = span.first; i < span.last; ++i) {
    const Token& token = (*tokens_)[i];
    if (token.kind != TokenKind::kPunct && !token.has(kAllUpper) && !token.has(kAbbreviation)) return false;
  }
  return true;
}

const NameEntry* NameMatcher::choose(std::span<const NameEntry> entries, Span span, Date date) const {
  const TokenBuffer& tokens = *tokens_;
  bool capitalized = false;
  for (std::uint32_t i = span.first; i < span.last; ++i) {
    capitalized = capitalized || (tokens[i].kind != TokenKind::kPunct && tokens[i].has(kCapitalized));
  }
  if (!capitalized) return nullptr;  // "turkey", "chad", "us": proper names are capitalized
  const bool capitals = in_capitals(span);
  const NameEntry* best = nullptr;
  int best_score = 0;
  for (const NameEntry& entry : entries) {
    if (entry.kind == NameKind::kSectorWord || entry.kind == NameKind::kExcluded) continue;
    if (entry.acronym && !capitals) continue;
    if (entry.guarded && !title_case_ && !standalone(span)) continue;
    const Entity& entity = dictionary_.entities()[entry.index];
    const Role* role = entity.role_on(date);
    if ((role != nullptr ? role->key : entity.key).empty()) continue;  // no actor on this date
    // A shared surname means whoever holds office then.
    const int score = entity.type == EntityType::kPerson && role == nullptr ? 1 : 2;
    if (score > best_score) {
      best = &entry;
      best_score = score;
    }
  }
  return best;
}

// "Jordan said", "Jordan's king", "Syria, Jordan and Iraq" but not "Michael Jordan", "Jordan
// Peterson", "Chad Wolf", "Lake Chad", "the Washington Post".
bool NameMatcher::standalone(Span name) const {
  const TokenBuffer& tokens = *tokens_;
  // A dateline, in capitals before the sentence proper ("BEIRUT Air strikes ..."), is a unit of
  // its own whatever follows it.
  if (name.first == range_.first && in_capitals(name)) return true;
  if (name.first > range_.first) {
    const std::uint32_t before = name.first - 1;
    const bool sentence_start = before == range_.first;  // "In Jordan", "Meanwhile Jordan"
    const bool follows_name = previous_end_ == name.first && previous_end_ > range_.first;
    if (is_capitalized_word(tokens[before]) && !sentence_start && !follows_name) return false;
  }
  if (name.last < range_.last && !tokens[name.last - 1].has(kPossessive) &&
      is_capitalized_word(tokens[name.last])) {
    // Allowed when the next word begins another name or a sector word ("Jordan King Abdullah").
    std::array<WordId, 3> next{};
    std::uint64_t key = kEmptyPhraseKey;
    for (std::uint32_t n = 0; n < next.size() && name.last + n < range_.last; ++n) {
      next[n] = word(name.last + n);
      if (next[n] == kUnknownWord) break;
      key = extend_phrase_key(key, next[n]);
      const std::span<const NameEntry> entries = dictionary_.lookup_all(std::span(next).first(n + 1), key);
      if (!entries.empty() && entries.front().kind != NameKind::kExcluded) return true;
    }
    return false;
  }
  return true;
}

}  // namespace entente
