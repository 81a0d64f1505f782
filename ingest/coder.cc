#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "core/text.h"
#include "ingest/ingest.h"
#include "ingest/lexicon.h"
#include "ingest/sentences.h"

namespace entente {
namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFF;

// An actor named in a sentence: tokens [first, last) resolved to an entity, possibly narrowed
// to a sector ("the Syrian army", "Syrian rebels").
struct Mention {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  std::uint32_t entity = kNone;
  std::uint32_t sector = kNone;
  bool adjective_only = false;  // "American calls": an actor only for nominal triggers
};

struct TriggerMatch {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  Trigger trigger;
};

bool is_negation(std::string_view word) {
  return word == "not" || word == "never" || word == "no" || word.ends_with("n't");
}

bool is_modal(std::string_view word) {
  return word == "would" || word == "could" || word == "might" || word == "may" || word == "will" ||
         word == "should" || word == "shall" || word == "can";
}

bool is_be(std::string_view word) {
  return word == "was" || word == "were" || word == "is" || word == "are" || word == "been" || word == "be" ||
         word == "being";
}

}  // namespace

class Coder::Impl {
 public:
  Impl(const Dictionary& dictionary, const Lexicon& lexicon, CoderOptions options)
      : dictionary_(dictionary), lexicon_(lexicon), options_(options) {}

  void code(const Article& article, std::vector<Event>& events) {
    seen_.clear();
    sentences_.clear();
    split_sentences(article.text, sentences_);
    for (std::uint32_t s = 0; s < sentences_.size(); ++s) {
      const SentenceSpan span = sentences_[s];
      tokens_.clear();
      tokenize(std::string_view(article.text).substr(span.begin, span.end - span.begin), span.begin, tokens_);
      find_mentions();
      find_triggers();
      pair(article, s, events);
    }
  }

 private:
  // Joins the normalized forms of tokens [first, last) into phrase_; false if a token is not a word.
  bool phrase(std::uint32_t first, std::uint32_t last) {
    phrase_.clear();
    for (std::uint32_t i = first; i < last; ++i) {
      if (tokens_[i].kind == TokenKind::kPunct) return false;
      if (i > first) phrase_.push_back(' ');
      phrase_ += tokens_.norm(i);
    }
    return true;
  }

  bool written_in_capitals(std::uint32_t first, std::uint32_t last) const {
    for (std::uint32_t i = first; i < last; ++i) {
      if (!tokens_[i].has(kAllUpper) && !tokens_[i].has(kAbbreviation)) return false;
    }
    return true;
  }

  bool any_capitalized(std::uint32_t first, std::uint32_t last) const {
    for (std::uint32_t i = first; i < last; ++i) {
      if (tokens_[i].has(kCapitalized)) return true;
    }
    return false;
  }

  // The longest dictionary name starting at `first`; entries of the given kinds only.
  std::pair<std::uint32_t, const NameEntry*> longest_name(std::uint32_t first, bool sectors) {
    const auto n = static_cast<std::uint32_t>(tokens_.size());
    const auto max = static_cast<std::uint32_t>(dictionary_.max_phrase_tokens());
    for (std::uint32_t len = std::min(max, n - first); len >= 1; --len) {
      if (!phrase(first, first + len)) continue;
      for (const NameEntry& entry : dictionary_.lookup(phrase_)) {
        if ((entry.kind == NameKind::kSectorWord) != sectors) continue;
        if (entry.acronym && !written_in_capitals(first, first + len)) continue;
        if (!sectors && !any_capitalized(first, first + len)) continue;
        return {first + len, &entry};
      }
    }
    return {first, nullptr};
  }

  void find_mentions() {
    mentions_.clear();
    const auto n = static_cast<std::uint32_t>(tokens_.size());
    for (std::uint32_t i = 0; i < n;) {
      auto [end, entry] = longest_name(i, /*sectors=*/false);
      if (entry == nullptr) {
        ++i;
        continue;
      }
      Mention m{i, end, entry->index, kNone, entry->kind == NameKind::kAdjective};
      // "Syrian rebels", "Syria's army": an adjective or possessive name narrowed by a sector word.
      if (end < n && (entry->kind == NameKind::kAdjective || tokens_[end - 1].has(kPossessive))) {
        auto [sector_end, sector] = longest_name(end, /*sectors=*/true);
        if (sector != nullptr) {
          m.sector = sector->index;
          m.last = sector_end;
          m.adjective_only = false;
        }
      }
      mentions_.push_back(m);
      i = m.last;
    }
  }

  void find_triggers() {
    triggers_.clear();
    const auto n = static_cast<std::uint32_t>(tokens_.size());
    const auto max = static_cast<std::uint32_t>(lexicon_.max_phrase_tokens());
    for (std::uint32_t i = 0; i < n; ++i) {
      for (std::uint32_t len = std::min(max, n - i); len >= 1; --len) {
        if (!phrase(i, i + len)) continue;
        const std::span<const Trigger> found = lexicon_.lookup(phrase_);
        if (found.empty()) continue;
        triggers_.push_back({i, i + len, found.front()});
        i += len - 1;
        break;
      }
    }
  }

  // Negated, modal or planned: "did not attack", "would strike", "plans to meet".
  bool is_unreal(const TriggerMatch& t) const {
    for (std::uint32_t back = 1; back <= 3 && back <= t.first; ++back) {
      const std::string_view word = tokens_.norm(t.first - back);
      if (is_negation(word) || is_modal(word)) return true;
      if (word == "to" && t.first >= back + 1) {
        const std::string_view before = tokens_.norm(t.first - back - 1);
        if (before.starts_with("plan") || before.starts_with("intend")) return true;
      }
    }
    return false;
  }

  const Mention* mention_before(std::uint32_t token, bool allow_adjective) const {
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      if (it->last <= token && (allow_adjective || !it->adjective_only)) return &*it;
    }
    return nullptr;
  }

  const Mention* mention_after(std::uint32_t token, std::uint32_t limit) const {
    for (const Mention& m : mentions_) {
      if (m.first >= token && m.first < token + limit && !m.adjective_only) return &m;
    }
    return nullptr;
  }

  void pair(const Article& article, std::uint32_t sentence, std::vector<Event>& events) {
    for (const TriggerMatch& t : triggers_) {
      if (is_unreal(t)) continue;
      const Mention* source = nullptr;
      const Mention* target = nullptr;
      std::string_view rule;
      if (t.trigger.kind == TriggerKind::kNoun) {
        // "American calls for", "Israel's air strikes on": an adjective or possessive just before.
        source = mention_before(t.first, /*allow_adjective=*/true);
        if (source != nullptr && t.first - source->last > 1) source = nullptr;
        target = mention_after(t.last, 6);
        rule = "nominal: ACTOR's/ADJ NOUN ... TARGET";
      } else if (t.trigger.form == VerbForm::kPast && t.first > 0 && is_be(tokens_.norm(t.first - 1)) &&
                 t.last < tokens_.size() && tokens_.norm(t.last) == "by") {
        source = mention_after(t.last + 1, 4);  // "Iran was struck by Israel"
        target = mention_before(t.first, false);
        rule = "passive: TARGET was VERB-ed by SOURCE";
      } else {
        source = mention_before(t.first, false);
        target = mention_after(t.last, 8);
        rule = "active: SOURCE VERB TARGET";
      }
      if (source == nullptr || target == nullptr) continue;
      emit(article, sentence, t, *source, *target, rule, events);
    }
  }

  ActorRef actor(const Mention& m, Date date, std::string_view text) const {
    const Entity& entity = dictionary_.entities()[m.entity];
    ActorRef ref = dictionary_.resolve(entity, date);
    if (m.sector != kNone) {
      const Sector& sector = dictionary_.sectors()[m.sector];
      const std::string country = ref.country.empty() ? ref.key : ref.country;
      ref.sector = sector.code;
      if (sector.domestic) {
        ref.id = ref.key = country + ":" + sector.code;
        ref.name = fmt::format("{} {}", entity.name, sector.name);
        ref.type = EntityType::kGroup;
        ref.country = country;
      }
    }
    ref.mention = text.substr(tokens_[m.first].begin, tokens_[m.last - 1].end - tokens_[m.first].begin);
    return ref;
  }

  std::string explain(const TriggerMatch& t, std::string_view rule, const Mention& m1, const Mention& m2,
                      const ActorRef& source, const ActorRef& target) const {
    const SourceLine& where = lexicon_.origin(t.trigger);
    auto describe = [&](const Mention& m, const ActorRef& a) {
      const SourceLine& origin = dictionary_.entities()[m.entity].origin;
      return fmt::format("'{}' -> {} ({}:{})", a.mention, a.key, origin.file, origin.line);
    };
    return fmt::format("trigger '{}' = {} ({}:{}); rule {}; source {}; target {}", lexicon_.lemma(t.trigger),
                       relation_name(t.trigger.relation), where.file, where.line, rule, describe(m1, source),
                       describe(m2, target));
  }

  void emit(const Article& article, std::uint32_t sentence, const TriggerMatch& t, const Mention& s,
            const Mention& g, std::string_view rule, std::vector<Event>& events) {
    const SentenceSpan span = sentences_[sentence];
    Event e;
    e.source = actor(s, article.date, article.text);
    e.target = actor(g, article.date, article.text);
    if (e.source.key == e.target.key) return;
    if (!seen_.emplace(e.source.key, t.trigger.relation, e.target.key).second) return;
    e.article = article.id;
    e.file = article.file;
    e.date = article.date;
    e.sentence = sentence;
    e.begin = span.begin;
    e.end = span.end;
    e.text = article.text.substr(span.begin, span.end - span.begin);
    e.relation = t.trigger.relation;
    e.confidence = t.trigger.kind == TriggerKind::kVerb ? 0.6f : 0.5f;
    if (options_.explain) e.explanation = explain(t, rule, s, g, e.source, e.target);
    events.push_back(std::move(e));
  }

  const Dictionary& dictionary_;
  const Lexicon& lexicon_;
  CoderOptions options_;
  std::vector<SentenceSpan> sentences_;
  TokenBuffer tokens_;
  std::vector<Mention> mentions_;
  std::vector<TriggerMatch> triggers_;
  std::string phrase_;
  std::set<std::tuple<std::string, Relation, std::string>> seen_;
};

Coder::Coder(const Dictionary& dictionary, const Lexicon& lexicon, CoderOptions options)
    : impl_(std::make_unique<Impl>(dictionary, lexicon, options)) {}
Coder::~Coder() = default;
Coder::Coder(Coder&&) noexcept = default;
void Coder::code(const Article& article, std::vector<Event>& events) {
  impl_->code(article, events);
}

}  // namespace entente
