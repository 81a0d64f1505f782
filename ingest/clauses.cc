#include "ingest/clauses.h"

#include "ingest/grammar.h"
#include "ingest/triggers.h"

namespace entente::detail {
namespace {

// What ends a nested clause.
enum class Closer : std::uint8_t {
  kNone,       // the sentence's end
  kParen,      // ")"
  kBracket,    // "]"
  kDash,       // the second of a pair of dashes
  kComma,      // the next comma: appositions, non-restrictive relatives, fronted subordinates
  kVerbGroup,  // a restrictive relative ends before the next verb group after its own
};

struct Open {
  std::uint32_t clause;
  Closer closer;
  bool verb_seen = false;   // the clause has had a verb group
  bool after_verb = false;  // and a word after it
};

class Segmenter {
 public:
  explicit Segmenter(Sentence& s) : s_(s) {}

  void run() {
    s_.clauses.clear();
    s_.clauses.push_back({ClauseKind::kMain, 0});
    stack_.push_back({0, Closer::kNone});
    const std::uint32_t n = s_.size();
    for (std::uint32_t i = 0; i < n; ++i) {
      bool close_after = false;
      boundary(i, close_after);
      s_.info[i].clause = stack_.back().clause;
      const bool verb = is_verb_like(s_, i);
      if (verb) {
        stack_.back().verb_seen = true;
      } else if (stack_.back().verb_seen && !s_.punct(i)) {
        stack_.back().after_verb = true;
      }
      if (close_after && stack_.size() > 1) stack_.pop_back();
      // "said", "told"; not the noun of "in remarks published on Monday".
      if (verb && (s_.info[i].verb_classes & kReport)) {
        speaker_tail(i);
        report_complement(i);
      }
    }
  }

 private:
  std::uint32_t open_clause(ClauseKind kind, std::uint32_t first, std::uint32_t parent,
                            std::uint32_t antecedent = kNone) {
    s_.clauses.push_back({kind, first, parent, antecedent});
    return static_cast<std::uint32_t>(s_.clauses.size() - 1);
  }
  // A clause that follows the current one at the same level.
  void next_clause(ClauseKind kind, std::uint32_t first, bool inherits) {
    Open& top = stack_.back();
    top.clause = open_clause(kind, first, inherits ? top.clause : kNone);
    top.verb_seen = top.after_verb = false;
  }
  void push(ClauseKind kind, std::uint32_t first, Closer closer, std::uint32_t antecedent = kNone) {
    stack_.push_back({open_clause(kind, first, stack_.back().clause, antecedent), closer});
  }

  // A verb group follows `i` before the next comma or the end: the words open a clause. A
  // trigger that reads as a verb counts too ("if Iran attacks Israel").
  bool verb_ahead(std::uint32_t i, std::uint32_t limit = 12) const {
    for (std::uint32_t j = i + 1; j < s_.size() && j <= i + limit; ++j) {
      if (s_.punct(j) && s_.norm(j) != "\"" && s_.norm(j) != "'") return false;
      if (s_.is(j, kCoordinator)) return false;
      if (is_verb_like(s_, j)) return true;
      const std::uint32_t t = s_.info[j].trigger;
      if (t != kNone && s_.triggers[t].first == j && s_.info[j].mention == kNone &&
          s_.triggers[t].phrase->trigger.kind == TriggerKind::kVerb &&
          s_.triggers[t].phrase->trigger.form != VerbForm::kGerund && !reads_as_noun(s_, s_.triggers[t])) {
        return true;
      }
    }
    return false;
  }

  // The mention ending just before token `i`, if any.
  std::uint32_t mention_before(std::uint32_t i) const { return i > 0 ? s_.info[i - 1].mention : kNone; }

  bool another_dash_after(std::uint32_t i) const {
    for (std::uint32_t j = i + 1; j < s_.size(); ++j) {
      if (s_.punct(j) && s_.norm(j).starts_with('-')) return true;
    }
    return false;
  }

  // ", the deputy foreign minister," after a name: a noun phrase without a verb up to a comma
  // or the end, opening with a determiner or a possessive actor.
  bool apposition_ahead(std::uint32_t comma) const {
    const std::uint32_t n = s_.size();
    if (comma + 1 >= n) return false;
    const std::uint32_t start = comma + 1;
    const Mention* m = s_.mention_at(start);
    if (!s_.is(start, kDeterminer) && !(m != nullptr && m->possessive)) return false;
    for (std::uint32_t j = start; j < n; ++j) {
      if (s_.norm(j) == "," || s_.norm(j) == ".") return j > start;
      if (s_.punct(j) && s_.norm(j) != "-") return false;
      if (is_verb_like(s_, j) || s_.is(j, kRelative | kSubordinator | kConditional)) return false;
      // "the main pro-Syrian and pro-Iranian groups": "and" inside the noun phrase.
      if (s_.is(j, kCoordinator) && (j + 1 >= n || s_.punct(j + 1) || is_verb_like(s_, j + 1) ||
                                     (s_.info[j + 1].classes & ~(kDeterminer | kAdverb)) != 0)) {
        return false;
      }
    }
    return true;
  }

  void boundary(std::uint32_t i, bool& close_after) {
    const std::string_view w = s_.norm(i);
    Open& top = stack_.back();
    if (top.closer == Closer::kVerbGroup && top.after_verb && is_verb_like(s_, i)) stack_.pop_back();
    if (s_.punct(i)) {
      punctuation(i, w, close_after);
      return;
    }
    const std::uint32_t classes = s_.info[i].classes;
    if (classes & kRelative) {
      const bool after_comma = i > 0 && s_.norm(i - 1) == ",";
      const std::uint32_t antecedent = mention_before(after_comma ? i - 1 : i);
      push(ClauseKind::kRelative, i, after_comma ? Closer::kComma : Closer::kVerbGroup, antecedent);
      return;
    }
    if (classes & kThat) {
      that(i);
      return;
    }
    if (w == "according" && i + 1 < s_.size() && s_.norm(i + 1) == "to") {
      push(ClauseKind::kParenthetical, i, Closer::kComma);
      return;
    }
    if ((classes & (kSubordinator | kConditional)) && verb_ahead(i)) {
      if (w == "as" && i + 1 < s_.size() && s_.norm(i + 1) == "well") return;
      push(classes & kConditional ? ClauseKind::kConditional : ClauseKind::kSubordinate, i, Closer::kComma);
      return;
    }
    if ((classes & kCoordinator) && stack_.back().verb_seen) coordination(i);
  }

  void punctuation(std::uint32_t i, std::string_view w, bool& close_after) {
    Open& top = stack_.back();
    if (w == "(" || w == "[") {
      push(ClauseKind::kParenthetical, i, w == "(" ? Closer::kParen : Closer::kBracket);
    } else if ((w == ")" && top.closer == Closer::kParen) || (w == "]" && top.closer == Closer::kBracket)) {
      close_after = true;
    } else if (w.starts_with('-')) {
      if (top.closer == Closer::kDash) {
        stack_.pop_back();
      } else if (another_dash_after(i)) {
        push(ClauseKind::kParenthetical, i, Closer::kDash);
      } else {
        next_clause(ClauseKind::kMain, i, false);
      }
    } else if (w == ";" || w == ":") {
      while (stack_.size() > 1 && stack_.back().closer != Closer::kParen) stack_.pop_back();
      next_clause(ClauseKind::kMain, i, false);
    } else if (w == ",") {
      comma(i);
    }
  }

  void comma(std::uint32_t i) {
    while (stack_.size() > 1 &&
           (stack_.back().closer == Closer::kComma || stack_.back().closer == Closer::kVerbGroup)) {
      stack_.pop_back();
    }
    const std::uint32_t before = mention_before(i);
    if (before != kNone && s_.mentions[before].kind != MentionKind::kPronoun && apposition_ahead(i)) {
      push(ClauseKind::kApposition, i, Closer::kComma, before);
      return;
    }
    // ", killing seven people": a participle shares the subject of the clause before it.
    if (i + 1 >= s_.size() || !s_.norm(i + 1).ends_with("ing") || s_.info[i + 1].classes != 0 ||
        s_.info[i + 1].mention != kNone) {
      return;
    }
    // "X said the law was illegal, calling on Y to repeal it", "X said on Monday, adding": a
    // speech act after what was reported, even a report with no verb yet, is the speaker's;
    // "said rebels attacked, killing seven" stays the rebels'.
    const Open top = stack_.back();
    const Clause before_comma = s_.clauses[top.clause];
    const bool speakers = before_comma.kind == ClauseKind::kReported && speech_act(i + 1);
    if (!top.verb_seen && !speakers) return;
    next_clause(ClauseKind::kParticipial, i + 1, true);
    if (speakers) s_.clauses[stack_.back().clause].parent = before_comma.parent;
  }

  // Whether the participle at `i` says something: "adding", "calling on", "urging", "accusing".
  bool speech_act(std::uint32_t i) const {
    if (s_.info[i].verb_classes & kReport) return true;
    const std::uint32_t t = s_.info[i].trigger;
    if (t == kNone || s_.triggers[t].first != i) return false;
    switch (s_.triggers[t].phrase->trigger.relation) {
      case Relation::kDemand:
      case Relation::kAccuse:
      case Relation::kThreaten:
      case Relation::kSupport:
      case Relation::kReject: return true;
      default: return false;
    }
  }

  void that(std::uint32_t i) {
    if (i == 0) return;
    const bool after_time = s_.is(i - 1, kTime) || s_.tokens[i - 1].kind == TokenKind::kNumber;
    if (is_verb_like(s_, i - 1) || (s_.info[i - 1].verb_classes & kReport) ||
        (after_time && stack_.back().verb_seen)) {
      next_clause(ClauseKind::kReported, i, true);
      s_.clauses[stack_.back().clause].denied = (s_.info[i - 1].verb_classes & kDeny) != 0;
    } else if (s_.tokens[i - 1].kind == TokenKind::kWord && !s_.is(i - 1, kPreposition) && verb_ahead(i, 3)) {
      push(ClauseKind::kRelative, i, Closer::kVerbGroup, mention_before(i));
    }
  }

  // "and": a second verb group ("... and killed") shares the subject; a new subject with its own
  // verb ("... and Russia struck") starts an independent clause; anything else joins noun phrases.
  void coordination(std::uint32_t i) {
    if (pairs_between(i)) return;
    std::uint32_t j = i + 1;
    while (j < s_.size() && s_.is(j, kAdverb)) ++j;
    if (j >= s_.size()) return;
    if (is_verb_like(s_, j)) {
      next_clause(ClauseKind::kCoordinated, i, true);
    } else if (subject_then_verb(j)) {
      next_clause(ClauseKind::kMain, i, false);
    }
  }

  // "clashes between rebels and the army continued": the "and" that "between" asks for joins
  // two noun phrases, whatever follows.
  bool pairs_between(std::uint32_t and_at) const {
    const std::uint32_t c = stack_.back().clause;
    for (std::uint32_t j = and_at; j-- > s_.clauses[c].first;) {
      if (s_.info[j].clause != c || s_.punct(j) || s_.is(j, kCoordinator) || is_verb_like(s_, j))
        return false;
      if (s_.norm(j) == "between") return true;
    }
    return false;
  }

  // "... and Russia struck": a noun phrase at `i` followed right away by a verb group; not
  // "Syrian and Russian bombing on Wednesday despite Damascus promises".
  bool subject_then_verb(std::uint32_t i) const {
    const std::uint32_t n = s_.size();
    std::uint32_t j = i;
    while (j < n && j < i + 8 && !is_verb_like(s_, j) && !s_.punct(j) &&
           (s_.info[j].mention != kNone ||
            (s_.info[j].classes & ~(kDeterminer | kQuantifier | kAdverb | kTime)) == 0)) {
      ++j;
    }
    return j > i && j < n && is_verb_like(s_, j);
  }

  // "said (that) ...", "told reporters that ...": the reported clause starts after the verb.
  void report_complement(std::uint32_t verb) {
    const std::uint32_t n = s_.size();
    if (verb + 1 >= n || s_.info[verb].trigger != kNone) return;
    std::uint32_t start = verb + 1;
    for (std::uint32_t j = verb + 1; j < n && j <= verb + 6; ++j) {
      if (s_.is(j, kThat)) {
        start = j + 1;
        break;
      }
      if (s_.punct(j) || is_verb_like(s_, j)) break;
    }
    if (start >= n || (s_.punct(start) && s_.norm(start) != "\"")) return;
    next_clause(ClauseKind::kReported, start, true);
  }

  // '..., Mikdad said.': the speaker after a comma is a clause of its own, not an object.
  void speaker_tail(std::uint32_t verb) {
    std::uint32_t j = verb;
    while (j > 0 && !s_.punct(j - 1) && !is_verb_like(s_, j - 1)) --j;
    if (j == 0 || j == verb || s_.norm(j - 1) != ",") return;
    const std::uint32_t clause = open_clause(ClauseKind::kMain, j, kNone);
    for (std::uint32_t k = j; k <= verb; ++k) s_.info[k].clause = clause;
    // What follows ('... , the minister said on Friday, adding that') is the speaker's.
    stack_.back().clause = clause;
    stack_.back().verb_seen = true;
  }

  Sentence& s_;
  std::vector<Open> stack_;
};

}  // namespace

void find_clauses(Sentence& sentence) {
  Segmenter(sentence).run();
}

}  // namespace entente::detail
