// BoundStatement -> Plan: which store scans answer a statement.
#pragma once

#include <cstdint>
#include <string>
#include <variant>

#include "query/binder.h"

namespace entente::query {

// Scan the events of one source (or all), keep those to one target (or all), stop at `limit`.
struct EventScan {
  std::string source_id;  // empty: every source
  std::string target_id;  // empty: every target
  std::uint64_t limit = 0;
};

using Plan = std::variant<EventScan>;

class Planner {
 public:
  Plan plan(const BoundStatement& statement) const;
};

}  // namespace entente::query
