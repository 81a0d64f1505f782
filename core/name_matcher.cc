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
  own_ids_ = tokens.words() == nullptr || !tokens.words()->extends(dictionary_.words());
  if (!own_ids_) return;
  token_ids_.clear();
  for (std::uint32_t i = first; i < last; ++i) token_ids_.push_back(dictionary_.words().find(tokens.norm(i)));
}

WordId NameMatcher::word(std::uint32_t i) const {
  if (own_ids_) return token_ids_[i - range_.first];
  const WordId id = (*tokens_)[i].word;  // from a vocabulary that may extend the dictionary's
  return id < dictionary_.words().size() ? id : kUnknownWord;
}

WordId NameMatcher::stripped(std::uint32_t i) const {
  const Token& token = (*tokens_)[i];
  const std::string_view norm = tokens_->norm(token);
  // "Syrias", "Assads", but never "US", "Reuters'" or "Congress".
  if (word(i) != kUnknownWord || token.kind != TokenKind::kWord || norm.size() <= 3 || norm.back() != 's' ||
      norm[norm.size() - 2] == 's' || token.has(kPossessive) || token.has(kAllUpper)) {
    return kUnknownWord;
  }
  return dictionary_.words().find(norm.substr(0, norm.size() - 1));
}

void NameMatcher::find(const TokenBuffer& tokens, std::uint32_t first, std::uint32_t last, Date date,
                       std::vector<NameMatch>& out) {
  bind(tokens, first, last);
  previous_end_ = first;
  title_case_ = is_title_case(tokens, first, last);
  std::uint32_t i = first;
  while (i < last) {
    NameMatch match;
    if (!name_at(i, date, match)) {
      ++i;
      continue;
    }
    if (match.name == nullptr) {  // an excluded phrase: names nothing, but covers its words
      i = match.last;
      continue;
    }
    // "Syrian rebels", "Syria's army": an adjective or possessive name narrowed by a sector word,
    // but not across a hyphen ("Syrian-army" is no phrase of news text).
    const Token& end = tokens[match.last - 1];
    if (match.last < last && !end.has(kHyphenNext) &&
        (match.name->kind == NameKind::kAdjective || end.has(kPossessive) || match.stripped_possessive)) {
      const NameMatch sector = sector_word_at(match.last);
      if (sector.sector_word != nullptr) {
        match.sector_word = sector.sector_word;
        match.last = sector.last;
        match.stripped_possessive = sector.stripped_possessive;
      }
    }
    out.push_back(match);
    previous_end_ = i = match.last;
  }
}

NameMatch NameMatcher::sector_word(const TokenBuffer& tokens, std::uint32_t at, std::uint32_t last) {
  bind(tokens, at,
       std::min<std::uint32_t>(last, at + static_cast<std::uint32_t>(dictionary_.max_phrase_tokens())));
  return sector_word_at(at);
}

ActorRef NameMatcher::resolve(const NameMatch& match, Date date) const {
  const Entity& entity = dictionary_.entities()[match.name->index];
  const Sector* sector =
      match.sector_word == nullptr ? nullptr : &dictionary_.sectors()[match.sector_word->index];
  return dictionary_.resolve(entity, sector, date);
}

std::uint32_t NameMatcher::ngrams(std::uint32_t at) {
  ids_.clear();
  keys_.clear();
  last_stripped_ = false;
  const WordId first = word(at) != kUnknownWord ? word(at) : stripped(at);
  const auto max = static_cast<std::uint32_t>(dictionary_.max_tokens_from(first));
  std::uint64_t key = kEmptyPhraseKey;
  for (std::uint32_t i = at; i < range_.last && i - at < max; ++i) {
    WordId id = word(i);
    if (id == kUnknownWord) {  // no phrase goes on past a word the dictionary does not know
      id = stripped(i);
      if (id == kUnknownWord) break;
      last_stripped_ = true;
    }
    key = extend_phrase_key(key, id);
    ids_.push_back(id);
    keys_.push_back(key);
    if (last_stripped_) break;
  }
  return static_cast<std::uint32_t>(ids_.size());
}

bool NameMatcher::name_at(std::uint32_t at, Date date, NameMatch& match) {
  if ((*tokens_)[at].kind == TokenKind::kPunct) return false;
  for (std::uint32_t n = ngrams(at); n >= 1; --n) {
    const std::uint32_t end = at + n;
    const std::span<const NameEntry> entries =
        dictionary_.lookup_all(std::span<const WordId>(ids_).first(n), keys_[n - 1]);
    if (entries.empty()) continue;
    const bool stripped = last_stripped_ && n == ids_.size();
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
  if ((*tokens_)[at].kind == TokenKind::kPunct) return NameMatch{at, at};
  for (std::uint32_t n = ngrams(at); n >= 1; --n) {
    for (const NameEntry& entry :
         dictionary_.lookup_all(std::span<const WordId>(ids_).first(n), keys_[n - 1])) {
      if (entry.kind != NameKind::kSectorWord || (entry.acronym && !in_capitals({at, at + n}))) continue;
      return NameMatch{at, at + n, nullptr, &entry, last_stripped_ && n == ids_.size()};
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
