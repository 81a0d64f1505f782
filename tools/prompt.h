// An interactive prompt with line editing and history (libedit), for `entente query` on a
// terminal.
#pragma once

#include <optional>
#include <string>

namespace entente::cli {

class Prompt {
 public:
  // Loads the history kept in `history_file` (when it exists; "" for none).
  explicit Prompt(std::string history_file);
  Prompt(const Prompt&) = delete;
  Prompt& operator=(const Prompt&) = delete;

  // Shows `prompt` and returns the line typed, or nullopt at end of input (Ctrl-D). Non-blank
  // lines go into the history, which is saved at once (at most kKept lines).
  std::optional<std::string> read(const char* prompt);

  static constexpr int kKept = 1000;

 private:
  std::string history_file_;
};

// $ENTENTE_HISTORY, else ~/.entente_history, else "" (no history file).
std::string default_history_file();

}  // namespace entente::cli
