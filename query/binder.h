// Statement -> BoundStatement: actor names resolved to store actor ids through the dictionaries
// and the store, with "did you mean" suggestions when a name resolves to nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/dictionary.h"
#include "graph/store.h"
#include "query/ast.h"

namespace entente::query {

struct BoundActor {
  std::string id;    // the store's actor id
  std::string name;  // for display
};

struct BoundEvents {
  std::optional<BoundActor> from;
  std::optional<BoundActor> to;
  std::uint64_t limit = 100;
};

using BoundStatement = std::variant<BoundEvents>;

class Binder {
 public:
  Binder(std::string_view text, const Dictionary& dictionary, const Store& store)
      : text_(text), dictionary_(dictionary), store_(store) {}

  Result<BoundStatement> bind(const Statement& statement);

 private:
  Result<BoundActor> actor(const ActorName& name);
  std::string suggestion(std::string_view written) const;

  std::string_view text_;
  const Dictionary& dictionary_;
  const Store& store_;
};

}  // namespace entente::query
