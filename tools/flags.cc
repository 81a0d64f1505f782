#include "tools/flags.h"

#include <fmt/format.h>

#include <algorithm>

namespace entente::cli {

void Flags::value(std::string name, std::string placeholder, std::string help, bool repeatable) {
  specs_.push_back({std::move(name), std::move(placeholder), std::move(help), true, repeatable});
}

void Flags::boolean(std::string name, std::string help) {
  specs_.push_back({std::move(name), "", std::move(help), false, false});
}

void Flags::short_name(char letter, std::string_view name) {
  for (Spec& s : specs_) {
    if (s.name == name) s.letter = letter;
  }
}

const Flags::Spec* Flags::find_short(std::string_view arg) const {
  if (arg.size() != 2 || arg[0] != '-') return nullptr;
  const auto it =
      std::find_if(specs_.begin(), specs_.end(), [&](const Spec& s) { return s.letter == arg[1]; });
  return it == specs_.end() ? nullptr : &*it;
}

const Flags::Spec* Flags::find(std::string_view name) const {
  const auto it = std::find_if(specs_.begin(), specs_.end(), [&](const Spec& s) { return s.name == name; });
  return it == specs_.end() ? nullptr : &*it;
}

Status Flags::parse(const std::vector<std::string>& args) {
  bool only_positional = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const Spec* by_letter = only_positional ? nullptr : find_short(args[i]);
    const std::string& arg = by_letter != nullptr ? "--" + by_letter->name : args[i];
    if (only_positional || arg == "-" || !arg.starts_with("--")) {
      if (!only_positional && arg.size() > 1 && arg[0] == '-' && arg != "-") {
        return Status::invalid_argument(fmt::format("unknown option '{}'", arg));
      }
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    const std::size_t eq = arg.find('=');
    const std::string name = arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
    const Spec* spec = find(name);
    if (spec == nullptr) return Status::invalid_argument(fmt::format("unknown option '--{}'", name));
    std::vector<std::string>& slot = values_[name];
    if (!spec->repeatable && !slot.empty()) {
      return Status::invalid_argument(fmt::format("option '--{}' given twice", name));
    }
    if (!spec->takes_value) {
      if (eq != std::string::npos)
        return Status::invalid_argument(fmt::format("option '--{}' takes no value", name));
      slot.push_back("");
    } else if (eq != std::string::npos) {
      slot.push_back(arg.substr(eq + 1));
    } else if (i + 1 < args.size()) {
      slot.push_back(args[++i]);
    } else {
      return Status::invalid_argument(
          fmt::format("option '--{}' needs a value ({})", name, spec->placeholder));
    }
  }
  return Status();
}

bool Flags::has(std::string_view name) const {
  return values_.find(name) != values_.end();
}

std::optional<std::string> Flags::get(std::string_view name) const {
  const auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second.back();
}

const std::vector<std::string>& Flags::all(std::string_view name) const {
  static const std::vector<std::string> kEmpty;
  const auto it = values_.find(name);
  return it == values_.end() ? kEmpty : it->second;
}

std::string Flags::describe() const {
  std::vector<std::string> heads;
  std::size_t width = 0;
  for (const Spec& s : specs_) {
    const std::string letter = s.letter != 0 ? fmt::format("-{}, ", s.letter) : "";
    heads.push_back(s.takes_value ? fmt::format("{}--{} {}", letter, s.name, s.placeholder)
                                  : fmt::format("{}--{}", letter, s.name));
    width = std::max(width, heads.back().size());
  }
  std::string out;
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    out += fmt::format("  {:<{}}  {}{}\n", heads[i], width, specs_[i].help,
                       specs_[i].repeatable ? " (repeatable)" : "");
  }
  return out;
}

}  // namespace entente::cli
