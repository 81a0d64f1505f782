// Statement -> BoundStatement: actor names resolved through the dictionaries and the store's
// actors to nodes of the statement's level, dates to a window, relation names to sets, and the
// defaults filled in. Errors say what is wrong where it was written, with "did you mean"
// suggestions for unknown names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/dictionary.h"
#include "graph/actor_catalog.h"
#include "graph/ties.h"
#include "query/ast.h"

namespace entente::query {

// An actor as a node of the statement's level.
struct BoundNode {
  std::optional<NodeIndex> index;  // nullopt for an actor the store has never seen: it has no ties
  std::string id;                  // the node's id: "SYR", "hezbollah", "mike-pompeo"
  std::string name;
};

// What the modifiers say, with defaults.
struct Scope {
  Level level = Level::kEntity;
  std::optional<DateRange> window;  // the days asked for
  std::optional<Decay> decay;
  std::uint64_t limit = 0;  // rows; 0 for no limit
  std::optional<std::string> export_graphml;

  // The ties that a statement over `relations` ranks.
  TieOptions ties(RelationSet relations = RelationSet().set()) const {
    return TieOptions{level, relations, window, decay};
  }
};

struct BoundAllies {
  BoundNode actor;
  bool opponents = false;
};

struct BoundRelations {
  BoundNode first;
  BoundNode second;
  std::optional<Period> by;
};

struct BoundEvents {
  std::optional<BoundNode> from;
  std::optional<BoundNode> to;
  RelationSet relations = RelationSet().set();
};

struct BoundPath {
  BoundNode from;
  BoundNode to;
  RelationSet via = RelationSet().set();
  int max_hops = 3;
};

struct BoundNeighbours {
  BoundNode actor;
  int depth = 1;
  RelationSet via = RelationSet().set();
};

struct BoundWalk {
  BoundNode actor;
  TieSign first = TieSign::kHostile;
  TieSign second = TieSign::kHostile;
};

struct BoundBlocs {};

using BoundQuery =
    std::variant<BoundAllies, BoundRelations, BoundEvents, BoundPath, BoundNeighbours, BoundWalk, BoundBlocs>;

struct BoundStatement {
  BoundQuery query;
  Scope scope;
};

// The most hops that path and neighbours walk.
inline constexpr std::uint64_t kMaxHops = 6;

class Binder {
 public:
  // REQUIRES: `text` is the text the statements were parsed from; all three outlive the binder.
  Binder(std::string_view text, const Dictionary& dictionary, const ActorCatalog& catalog)
      : text_(text), dictionary_(dictionary), catalog_(catalog) {}

  // Returns InvalidArgument formatted by error_at for a name, date, relation or modifier that
  // does not fit.
  Result<BoundStatement> bind(const Statement& statement);

 private:
  Result<Scope> scope(const Statement& statement);
  Result<BoundNode> node(const ActorName& name, Level level);
  Result<RelationSet> relations(const RelationChoice& choice);
  Result<int> hops(const Located<std::uint64_t>& written, std::string_view what);
  Result<BoundQuery> bind_query(const Query& query, const Scope& scope);
  std::string suggestion(std::string_view written) const;
  Status error(Position position, std::string_view message) const;

  std::string_view text_;
  const Dictionary& dictionary_;
  const ActorCatalog& catalog_;
};

}  // namespace entente::query
