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

// Keeps at most kMaxPerFile problems of any one file, so that a file of a million bad lines costs
// no more memory than one of a hundred; the rest are counted in a last item for that file
// ("N more problems not listed"), and errors() counts them all.
class Diagnostics {
 public:
  static constexpr std::size_t kMaxPerFile = 100;

  // Records a rejected input.
  void report(std::string file, std::size_t line, std::string message) {
    ++errors_;
    add({std::move(file), line, std::move(message), Diagnostic::Severity::kError});
  }
  // Records a repaired input.
  void warn(std::string file, std::size_t line, std::string message) {
    add({std::move(file), line, std::move(message), Diagnostic::Severity::kWarning});
  }
  const std::vector<Diagnostic>& items() const { return items_; }
  bool empty() const { return items_.empty(); }
  std::size_t errors() const { return errors_; }
  void clear() { *this = Diagnostics(); }

 private:
  void add(Diagnostic diagnostic);

  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
  // The file of the latest problem, how many of its problems in a row were kept, and how many
  // were not (counted in items_.back()).
  std::string file_;
  std::size_t kept_ = 0;
  std::size_t omitted_ = 0;
};

}  // namespace entente
