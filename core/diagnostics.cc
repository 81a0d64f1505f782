#include "core/diagnostics.h"

#include <fmt/format.h>

namespace entente {

std::string Diagnostic::to_string() const {
  const std::string_view prefix = severity == Severity::kWarning ? "warning: " : "";
  if (line == 0) return fmt::format("{}: {}{}", file, prefix, message);
  return fmt::format("{}:{}: {}{}", file, line, prefix, message);
}

}  // namespace entente
