#include "tools/prompt.h"

#include <editline/readline.h>

#include <cstdlib>
#include <memory>

#include "core/text.h"

namespace entente::cli {

Prompt::Prompt(std::string history_file) : history_file_(std::move(history_file)) {
  using_history();
  stifle_history(kKept);
  if (!history_file_.empty()) read_history(history_file_.c_str());
}

std::optional<std::string> Prompt::read(const char* prompt) {
  const std::unique_ptr<char, decltype(&std::free)> line(readline(prompt), &std::free);
  if (!line) return std::nullopt;
  std::string text(line.get());
  if (!trim(text).empty()) {
    add_history(text.c_str());
    // Saved line by line, so that a session ended by Ctrl-C or a crash keeps its history.
    if (!history_file_.empty()) write_history(history_file_.c_str());
  }
  return text;
}

std::string default_history_file() {
  if (const char* file = std::getenv("ENTENTE_HISTORY"); file != nullptr) return file;
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.entente_history";
  }
  return "";
}

}  // namespace entente::cli
