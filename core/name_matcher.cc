#include "core/name_matcher.h"

#include <algorithm>

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

void NameMatcher::find(const TokenBuffer& tokens, std::uint32_t first, std::uint32_t last, Date date,
                       std::vector<NameMatch>& out) {
  tokens_ = &tokens;
  range_ = {first, last};
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
    // "Syrian rebels", "Syria's army": an adjective or possessive name narrowed by a sector word.
    if (match.last < last &&
        (match.name->kind == NameKind::kAdjective || tokens[match.last - 1].has(kPossessive))) {
      std::uint32_t end = match.last;
      if (const NameEntry* word = sector_word_at(match.last, end)) {
        match.sector_word = word;
        match.last = end;
      }
    }
    out.push_back(match);
    previous_end_ = i = match.last;
  }
}

ActorRef NameMatcher::resolve(const NameMatch& match, Date date) const {
  const Entity& entity = dictionary_.entities()[match.name->index];
  const Sector* sector =
      match.sector_word == nullptr ? nullptr : &dictionary_.sectors()[match.sector_word->index];
  return dictionary_.resolve(entity, sector, date);
}

// Joins the normalized forms of tokens [at, at + n) for growing n, recording where each ends.
void NameMatcher::ngrams(std::uint32_t at) {
  const TokenBuffer& tokens = *tokens_;
  const auto max = static_cast<std::uint32_t>(dictionary_.max_tokens_from(tokens.norm(at)));
  phrase_.clear();
  boundaries_.clear();
  for (std::uint32_t i = at; i < range_.last && i - at < max; ++i) {
    if (i > at) phrase_.push_back(' ');
    phrase_ += tokens.norm(i);
    boundaries_.push_back(static_cast<std::uint32_t>(phrase_.size()));
  }
}

bool NameMatcher::name_at(std::uint32_t at, Date date, NameMatch& match) {
  const TokenBuffer& tokens = *tokens_;
  if (tokens[at].kind == TokenKind::kPunct) return false;
  ngrams(at);
  for (auto n = static_cast<std::uint32_t>(boundaries_.size()); n >= 1; --n) {
    const std::uint32_t end = at + n;
    const std::span<const NameEntry> entries =
        dictionary_.lookup_all(std::string_view(phrase_).substr(0, boundaries_[n - 1]));
    if (entries.empty()) continue;
    if (entries.back().kind == NameKind::kExcluded) {
      match = NameMatch{at, end, nullptr, nullptr};
      return true;
    }
    if (const NameEntry* chosen = choose(entries, {at, end}, date)) {
      match = NameMatch{at, end, chosen, nullptr};
      return true;
    }
  }
  return false;
}

const NameEntry* NameMatcher::sector_word_at(std::uint32_t at, std::uint32_t& end) {
  if (tokens_->operator[](at).kind == TokenKind::kPunct) return nullptr;
  ngrams(at);
  for (auto n = static_cast<std::uint32_t>(boundaries_.size()); n >= 1; --n) {
    for (const NameEntry& entry :
         dictionary_.lookup(std::string_view(phrase_).substr(0, boundaries_[n - 1]))) {
      if (entry.kind != NameKind::kSectorWord) continue;
      end = at + n;
      return &entry;
    }
  }
  return nullptr;
}

const NameEntry* NameMatcher::choose(std::span<const NameEntry> entries, Span span, Date date) const {
  const TokenBuffer& tokens = *tokens_;
  bool capitals = true, capitalized = false;
  for (std::uint32_t i = span.first; i < span.last; ++i) {
    if (tokens[i].kind == TokenKind::kPunct) continue;
    capitals = capitals && (tokens[i].has(kAllUpper) || tokens[i].has(kAbbreviation));
    capitalized = capitalized || tokens[i].has(kCapitalized);
  }
  if (!capitalized) return nullptr;  // "turkey", "chad", "us": proper names are capitalized
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
    std::string next;
    for (std::uint32_t i = name.last; i < range_.last && i < name.last + 3; ++i) {
      if (i > name.last) next.push_back(' ');
      next += tokens.norm(i);
      if (!dictionary_.lookup(next).empty()) return true;
    }
    return false;
  }
  return true;
}

}  // namespace entente
