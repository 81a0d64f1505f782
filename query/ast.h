// Parsed statements, before any name is resolved (docs/query.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "query/lexer.h"

namespace entente::query {

// An actor as the user wrote it: a name, alias or key, perhaps quoted.
struct ActorName {
  std::string text;
  Position position;
};

// events [from A] [to B] [limit N]
struct EventsStatement {
  std::optional<ActorName> from;
  std::optional<ActorName> to;
  std::optional<std::uint64_t> limit;
};

using Statement = std::variant<EventsStatement>;

}  // namespace entente::query
