// Command-line flags for the subcommands: --name VALUE, --name=VALUE, boolean --name,
// repeatable flags, and positional arguments. Unknown flags are usage errors.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace entente::cli {

class Flags {
 public:
  // Declares a flag taking a value; `repeatable` keeps every occurrence.
  void value(std::string name, std::string placeholder, std::string help, bool repeatable = false);
  // Declares a boolean flag.
  void boolean(std::string name, std::string help);
  // Lets -LETTER stand for the flag --NAME declared before.
  void short_name(char letter, std::string_view name);

  // Parses arguments after the subcommand name. Returns InvalidArgument naming the bad flag.
  Status parse(const std::vector<std::string>& args);

  bool has(std::string_view name) const;
  std::optional<std::string> get(std::string_view name) const;  // the last occurrence
  const std::vector<std::string>& all(std::string_view name) const;
  const std::vector<std::string>& positional() const { return positional_; }

  // Option lines for --help, aligned.
  std::string describe() const;

 private:
  struct Spec {
    std::string name, placeholder, help;
    bool takes_value = false;
    bool repeatable = false;
    char letter = 0;  // for -LETTER; 0 when none
  };
  const Spec* find(std::string_view name) const;
  // The flag that `arg` ("-f") names by its letter, or nullptr.
  const Spec* find_short(std::string_view arg) const;

  std::vector<Spec> specs_;
  std::map<std::string, std::vector<std::string>, std::less<>> values_;
  std::vector<std::string> positional_;
};

}  // namespace entente::cli
