// Parsed statements, before any name is resolved (docs/query.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/relation.h"
#include "query/lexer.h"

namespace entente::query {

// A word, number or string of the statement and where it was written.
template <class T>
struct Located {
  T value;
  Position position;
};

// An actor as the user wrote it: a name, alias or key, perhaps quoted.
using ActorName = Located<std::string>;

// Which relations count: `any`, `friendly`, `hostile`, or a list `strike, accuse`.
struct RelationChoice {
  enum class Kind { kAny, kFriendly, kHostile, kList };
  Kind kind = Kind::kAny;
  std::vector<Located<std::string>> names;  // for kList
  Position position;
};

// What every statement may add. Each is given at most once.
struct Modifiers {
  std::optional<Located<std::string>> since;  // dates as written: 2018, 2018-05, 2018-05-23
  std::optional<Located<std::string>> until;
  std::optional<Located<std::string>> as_of;
  std::optional<Located<std::uint64_t>> limit;
  std::optional<Position> country_level;               // `at country level`
  std::optional<Located<std::string>> decay;           // a half-life as written: 180d, 26w, 6m, 1y
  std::optional<Located<std::string>> export_graphml;  // the file
};

// allies of A, opponents of A
struct AlliesStatement {
  ActorName actor;
  bool opponents = false;
};

enum class Period { kMonth, kYear };

// relations between A and B [by month|year]
struct RelationsStatement {
  ActorName first;
  ActorName second;
  std::optional<Period> by;
};

// events [from A] [to B] [relation R,... | hostile | friendly]
struct EventsStatement {
  std::optional<ActorName> from;
  std::optional<ActorName> to;
  std::optional<RelationChoice> relations;
};

// path from A to B [via ...] [max N hops]
struct PathStatement {
  ActorName from;
  ActorName to;
  std::optional<RelationChoice> via;
  std::optional<Located<std::uint64_t>> max_hops;
};

// neighbours of A [depth N] [via ...]
struct NeighboursStatement {
  ActorName actor;
  std::optional<Located<std::uint64_t>> depth;
  std::optional<RelationChoice> via;
};

// SECOND of FIRST of A: enemies of enemies of A walks A's enemies first, then their enemies.
struct WalkStatement {
  TieSign first = TieSign::kHostile;
  TieSign second = TieSign::kHostile;
  ActorName actor;
};

// blocs
struct BlocsStatement {};

using Query = std::variant<AlliesStatement, RelationsStatement, EventsStatement, PathStatement,
                           NeighboursStatement, WalkStatement, BlocsStatement>;

// Visits the statement variants with one lambda per alternative: std::visit(Overloaded{...}, q).
template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};

struct Statement {
  Query query;
  Modifiers modifiers;
  Located<std::string> keyword;  // the statement's first word, as written
};

}  // namespace entente::query
