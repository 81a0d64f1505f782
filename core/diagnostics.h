// Diagnostics: problems found in input that do not stop an operation. Every reader and loader
// reports bad lines here as FILE:LINE: reason and carries on with the rest of the batch.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace entente {

struct Diagnostic {
  enum class Severity : unsigned char {
    kError,    // the input (a file, a line, an article) was rejected
    kWarning,  // the input went in, repaired: invalid bytes replaced, say
  };
  std::string file;
  std::size_t line = 0;  // 0 when the problem concerns the whole file
  std::string message;
  Severity severity = Severity::kError;

  // "FILE:LINE: message", or "FILE: message" without a line; warnings say "warning: ".
  std::string to_string() const;
};

class Diagnostics {
 public:
  // Records a rejected input.
  void report(std::string file, std::size_t line, std::string message) {
    items_.push_back({std::move(file), line, std::move(message), Diagnostic::Severity::kError});
    ++errors_;
  }
  // Records a repaired input.
  void warn(std::string file, std::size_t line, std::string message) {
    items_.push_back({std::move(file), line, std::move(message), Diagnostic::Severity::kWarning});
  }
  const std::vector<Diagnostic>& items() const { return items_; }
  bool empty() const { return items_.empty(); }
  std::size_t errors() const { return errors_; }
  void clear() {
    items_.clear();
    errors_ = 0;
  }

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

}  // namespace entente
