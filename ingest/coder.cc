// The coder: one article in, its events out. Each sentence is analysed (analyzer.h) and its
// triggers paired (pairing.h); this file resolves the paired mentions to actors, keeps each
// (source, relation, target) once per article and writes the explanation that --explain prints.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "ingest/analysis.h"
#include "ingest/analyzer.h"
#include "ingest/attacks.h"
#include "ingest/ingest.h"
#include "ingest/pairing.h"
#include "ingest/sentences.h"

namespace entente {

using detail::Candidate;
using detail::kNone;
using detail::Mention;
using detail::MentionKind;
using detail::Resolution;

class Coder::Impl {
 public:
  Impl(const Dictionary& dictionary, const Lexicon& lexicon, CoderOptions options)
      : dictionary_(dictionary),
        lexicon_(lexicon),
        options_(options),
        analyzer_(dictionary, lexicon),
        rebels_(dictionary.find_sector("REB")),
        civilians_(dictionary.find_sector("CVL")) {}

  void code(const Article& article, std::vector<Event>& events) {
    seen_.clear();
    spans_.clear();
    attacks_.start_article();
    analyzer_.start_article(article.date);
    split_sentences(article.text, spans_);
    for (std::uint32_t index = 0; index < spans_.size(); ++index) {
      const SentenceSpan span = spans_[index];
      analyzer_.analyse(article.text, index, span, sentence_);
      candidates_.clear();
      detail::pair_triggers(sentence_, lexicon_, candidates_);
      for (const Candidate& c : candidates_) {
        if (c.implied_source) {
          for_each_referent(sentence_.mentions[c.target],
                            [&](const Mention& target) { emit_implied(article, span, c, target, events); });
          continue;
        }
        for_each_referent(sentence_.mentions[c.source], [&](const Mention& source) {
          for_each_referent(sentence_.mentions[c.target],
                            [&](const Mention& target) { emit(article, span, c, source, target, events); });
        });
      }
    }
  }

 private:
  // Calls `f` with the mention and, for a description of several actors ("the militants" after
  // two groups), with a copy of it for each other actor.
  template <typename F>
  static void for_each_referent(const Mention& m, F&& f) {
    f(m);
    for (const std::uint32_t entity : m.companions) {
      if (entity == kNone) continue;
      Mention other = m;
      other.entity = entity;
      other.resolution = Resolution::kCompanion;
      f(other);
    }
  }

  // The actor a mention stands for. In a fight, a domestic opposition is armed: "air strikes on
  // opposition areas" hit rebels (CODING.md section 3: SYR:REB, not SYR:OPP).
  ActorRef actor(const Mention& m, Date date, Relation relation) const {
    const Entity& entity = dictionary_.entities()[m.entity];
    ActorRef ref = dictionary_.resolve(entity, date);
    if (m.sector != kNone && (entity.type == EntityType::kState || entity.type == EntityType::kAgency)) {
      const Sector* sector = &dictionary_.sectors()[m.sector];
      if (relation == Relation::kStrike && sector->code == "OPP" && rebels_ != nullptr) sector = rebels_;
      ref = sectored(ref, entity, *sector);
    }
    ref.mention = sentence_.surface(m.first, m.last);
    return ref;
  }

  // The civilians of the mention's country: "anti-government protests" are the citizens'.
  bool civilians(const Mention& m, Date date, ActorRef& out) const {
    const std::uint32_t state = analyzer_.coreference().country_of(m.entity);
    if (state == kNone || civilians_ == nullptr) return false;
    const Entity& entity = dictionary_.entities()[state];
    out = sectored(dictionary_.resolve(entity, date), entity, *civilians_);
    out.mention = sentence_.surface(m.first, m.last);
    return true;
  }

  // "SYR", not "SYR:REB" or "hezbollah": a key that speaks for a state.
  static bool is_state_key(std::string_view key) {
    return key.size() == 3 &&
           std::all_of(key.begin(), key.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  }

  // A state narrowed by a sector: a state sector keeps the state's key, a domestic one makes a
  // group keyed ISO3:SECTOR.
  static ActorRef sectored(ActorRef ref, const Entity& entity, const Sector& sector) {
    const std::string country = ref.country.empty() ? ref.key : ref.country;
    ref.sector = sector.code;
    if (sector.domestic) {
      ref.id = ref.key = country + ":" + sector.code;
      ref.name = fmt::format("{} {}", entity.name, sector.name);
      ref.type = EntityType::kGroup;
      ref.country = country;
    }
    return ref;
  }

  // How a mention was resolved: "'he' -> 'Faisal Mikdad' (sentence 3) -> SYR (faisal-mikdad,
  // as Deputy Foreign Minister, data/actors/persons.txt:12)".
  std::string describe(const Mention& m, const ActorRef& a, Date date) const {
    const Entity& entity = dictionary_.entities()[m.entity];
    std::string how = fmt::format("{} {}:{}", entity.id, entity.origin.file, entity.origin.line);
    if (const Role* role = entity.role_on(date); role != nullptr && entity.type == EntityType::kPerson) {
      how = fmt::format("{} as {} on {}, {}:{}", entity.id, role->title, date.to_string(), role->origin.file,
                        role->origin.line);
    }
    if (m.sector != kNone) how += fmt::format(", sector '{}'", dictionary_.sectors()[m.sector].name);
    switch (m.resolution) {
      case Resolution::kFocus:
        return fmt::format("'{}' -> {} ({}; the article's focus country)", a.mention, a.key, how);
      case Resolution::kAntecedent:
        return fmt::format("'{}' -> '{}' (sentence {}) -> {} ({})", a.mention, m.antecedent,
                           m.antecedent_sentence, a.key, how);
      case Resolution::kCompanion:
        return fmt::format("'{}' -> a group named beside '{}' (sentence {}) -> {} ({})", a.mention,
                           m.antecedent, m.antecedent_sentence, a.key, how);
      default: return fmt::format("'{}' -> {} ({})", a.mention, a.key, how);
    }
  }

  // "'bombed' = strike (lemma 'bomb', data/lexicon/relations.txt:89)". REQUIRES: c.trigger set.
  std::string describe_trigger(const Candidate& c) const {
    const detail::TriggerMatch& tm = sentence_.triggers[c.trigger];
    const Trigger& tr = tm.phrase->trigger;
    const SourceLine& where = lexicon_.origin(tr);
    return fmt::format("'{}' = {} (lemma '{}', {}:{})", sentence_.surface(tm.first, tm.last),
                       relation_name(c.relation), lexicon_.lemma(tr), where.file, where.line);
  }

  std::string explain(const Candidate& c, const Mention& s, const Mention& t, const ActorRef& source,
                      const ActorRef& target, Date date) const {
    const std::string trigger =
        c.trigger == kNone
            ? fmt::format("'{}' = {}", sentence_.surface(s.first, s.last), relation_name(c.relation))
            : describe_trigger(c);
    std::string rule(c.rule);
    if (c.inherited) rule += "; subject shared with the clause before";
    if (c.reversed) rule += "; mutual, reverse direction";
    return fmt::format("trigger {}; rule {}; source {}; target {}", trigger, rule, describe(s, source, date),
                       describe(t, target, date));
  }

  float confidence(const Candidate& c) const {
    float score = c.trigger == kNone                                                         ? 0.5f
                  : sentence_.triggers[c.trigger].phrase->trigger.kind == TriggerKind::kVerb ? 0.8f
                                                                                             : 0.65f;
    if (c.inherited) score -= 0.1f;
    if (c.implied_source) score -= 0.2f;
    for (std::uint32_t m : {c.source, c.target}) {
      if (sentence_.mentions[m].resolution != Resolution::kDictionary) score -= 0.1f;
    }
    return score;
  }

  // Emits candidate `c` between `s` and `t`: its mentions, or a companion's copy of them.
  void emit(const Article& article, const SentenceSpan& span, const Candidate& c, const Mention& s,
            const Mention& t, std::vector<Event>& events) {
    if (s.entity == kNone || t.entity == kNone) return;
    Event e;
    e.source = actor(s, article.date, c.relation);
    e.target = actor(t, article.date, c.relation);
    if (c.people == detail::People::kSource) {
      // Civilians protest their own government, not a foreign one named from afar.
      if (analyzer_.coreference().country_of(t.entity) != sentence_.focus ||
          !civilians(t, article.date, e.source))
        return;
    } else if (c.people == detail::People::kTarget ||
               (c.relation == Relation::kCoerce && c.trigger != kNone && e.source.key == e.target.key &&
                t.kind == MentionKind::kName &&
                sentence_.triggers[c.trigger].phrase->trigger.kind == TriggerKind::kNoun)) {
      // "imposed a curfew on Baghdad", "cracked down on protests": a government coercing its own
      // city or its protests coerces its people (abroad the people are not known).
      if (analyzer_.coreference().country_of(s.entity) != sentence_.focus ||
          !civilians(s, article.date, e.target))
        return;
    }
    if (e.source.key == e.target.key) return;
    // "struck targets in Syria" is an attack on Syria when a state or an organisation of states
    // strikes; a group fighting inside the country does not strike its state, nor the state it.
    const ActorRef& actor = c.reversed ? e.target : e.source;
    if (c.place && actor.type != EntityType::kIgo && !is_state_key(actor.key)) return;
    // "Russian jets backed the army", "supported by US special forces": armed forces that support
    // give aid (CODING.md: troops in support).
    Candidate armed = c;
    if (c.relation == Relation::kSupport && e.source.sector == "MIL") armed.relation = Relation::kAid;
    finish(article, span, armed, std::move(e), events,
           [&](const Event& done) { return explain(armed, s, t, done.source, done.target, article.date); });
  }

  // "Rebel-held areas were bombed": the attackers the article has just named strike the target.
  void emit_implied(const Article& article, const SentenceSpan& span, const Candidate& c, const Mention& t,
                    std::vector<Event>& events) {
    if (t.entity == kNone) return;
    const ActorRef target = actor(t, article.date, c.relation);
    std::vector<ActorRef> sources;
    attacks_.attackers_of(target, sentence_.index, sources);
    Candidate back = c;
    back.reversed = true;
    for (const ActorRef& attacker : sources) {
      const bool fought = attacks_.fought(target, attacker);
      auto explain = [&](const Event&) {
        return fmt::format("trigger {}; rule {}{}; attacker '{}' -> {} (the attacker named last); victim {}",
                           describe_trigger(c), c.rule, fought ? ", in a fight: both ways" : "",
                           attacker.mention, attacker.key, describe(t, target, article.date));
      };
      finish(article, span, c, struck(attacker, target), events, explain);
      if (fought) finish(article, span, back, struck(target, attacker), events, explain);
    }
  }

  // An event of `source` and `target` alone, for finish() to complete.
  static Event struck(const ActorRef& source, const ActorRef& target) {
    Event e;
    e.source = source;
    e.target = target;
    return e;
  }

  // Keeps `e` once per article and completes it, explained by `explain(e)` for --explain.
  // Every strike, a repeated one too, is remembered for the attacks the article leaves implicit.
  template <typename Explain>
  void finish(const Article& article, const SentenceSpan& span, const Candidate& c, Event e,
              std::vector<Event>& events, Explain&& explain) {
    if (c.relation == Relation::kStrike) attacks_.add(e.source, e.target, sentence_.index);
    if (!seen_.emplace(e.source.key, c.relation, e.target.key).second) return;
    if (options_.explain) e.explanation = explain(e);
    e.article = article.id;
    e.file = article.file;
    e.date = article.date;
    e.sentence = sentence_.index;
    e.begin = span.begin;
    e.end = span.end;
    e.text = article.text.substr(span.begin, span.end - span.begin);
    e.relation = c.relation;
    e.confidence = confidence(c);
    events.push_back(std::move(e));
  }

  const Dictionary& dictionary_;
  const Lexicon& lexicon_;
  CoderOptions options_;
  detail::Analyzer analyzer_;
  std::vector<SentenceSpan> spans_;
  detail::Sentence sentence_;
  std::vector<Candidate> candidates_;
  const Sector* rebels_;     // the sector an armed opposition takes in a fight
  const Sector* civilians_;  // the people an act names without an actor
  std::set<std::tuple<std::string, Relation, std::string>> seen_;
  detail::Attacks attacks_;  // the article's latest strikes
};

Coder::Coder(const Dictionary& dictionary, const Lexicon& lexicon, CoderOptions options)
    : impl_(std::make_unique<Impl>(dictionary, lexicon, options)) {}
Coder::~Coder() = default;
Coder::Coder(Coder&&) noexcept = default;
void Coder::code(const Article& article, std::vector<Event>& events) {
  impl_->code(article, events);
}

}  // namespace entente
