#include "core/diagnostics.h"

#include <fmt/format.h>

namespace entente {

std::string Diagnostic::to_string() const {
  const std::string_view prefix = severity == Severity::kWarning ? "warning: " : "";
  if (line == 0) return fmt::format("{}: {}{}", file, prefix, message);
  return fmt::format("{}:{}: {}{}", file, line, prefix, message);
}

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.file != file_) {
    file_ = diagnostic.file;
    kept_ = omitted_ = 0;
  }
  if (kept_ < kMaxPerFile) {
    ++kept_;
    items_.push_back(std::move(diagnostic));
    return;
  }
  if (omitted_++ == 0) items_.push_back({file_, 0, "", Diagnostic::Severity::kWarning});
  items_.back().message = fmt::format("{} more problem(s) in this file not listed", omitted_);
}

}  // namespace entente
