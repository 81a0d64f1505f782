// Reads our dictionary format (docs/dictionaries.md) into a Dictionary, one block at a time.
#include <fmt/format.h>

#include <algorithm>

#include "core/dictionary.h"
#include "core/text.h"

namespace entente::detail {

class DictionaryParser {
 public:
  DictionaryParser(Dictionary& dict, std::string_view file, Diagnostics& diagnostics)
      : dict_(dict), file_(file), diagnostics_(diagnostics) {}

  void parse(std::string_view text) {
    dict_.begin_file(file_);
    std::size_t line_number = 0;
    while (!text.empty()) {
      const std::size_t eol = text.find('\n');
      std::string_view line = text.substr(0, eol);
      text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
      ++line_number;
      line = trim(line);
      if (line.empty() || line.front() == '#') continue;
      if (line.front() == '[') {
        finish_block();
        start_block(line, line_number);
      } else {
        field(line, line_number);
      }
    }
    finish_block();
  }

 private:
  enum class Block { kNone, kEntity, kSector, kSkipped };

  struct PendingName {
    std::string written;
    NameKind kind;
    std::uint32_t line;
  };

  void error(std::size_t line, std::string message) {
    diagnostics_.report(std::string(file_), line, std::move(message));
  }

  void start_block(std::string_view line, std::size_t line_number) {
    block_ = Block::kSkipped;  // until the header proves valid
    const std::size_t close = line.find(']');
    if (close == std::string_view::npos || close == 1) {
      error(line_number, "expected '[ID] TYPE NAME'");
      return;
    }
    const std::string_view id = trim(line.substr(1, close - 1));
    std::string_view rest = trim(line.substr(close + 1));
    const std::size_t space = rest.find(' ');
    const std::string_view type = rest.substr(0, space);
    const std::string_view name = space == std::string_view::npos ? "" : trim(rest.substr(space + 1));
    if (name.empty()) {
      error(line_number, fmt::format("'[{}]' needs a type and a name", id));
      return;
    }
    origin_ = SourceLine{std::string(file_), line_number};
    names_.clear();
    guarded_.clear();
    if (type == "sector") {
      sector_ = Sector{std::string(id), std::string(name), false, {}, {}, origin_};
      block_ = Block::kSector;
      return;
    }
    const std::optional<EntityType> entity_type = parse_entity_type(type);
    if (!entity_type) {
      error(line_number, fmt::format("unknown type '{}' (state, igo, group, person, agency, sector)", type));
      return;
    }
    entity_ = Entity{};
    entity_.id = id;
    entity_.name = name;
    entity_.type = *entity_type;
    entity_.origin = origin_;
    names_.push_back({std::string(name), NameKind::kName, static_cast<std::uint32_t>(line_number)});
    block_ = Block::kEntity;
  }

  void field(std::string_view line, std::size_t line_number) {
    if (block_ == Block::kSkipped) return;  // its header was already reported
    const std::size_t eq = line.find('=');
    if (block_ == Block::kNone || eq == std::string_view::npos) {
      error(line_number,
            block_ == Block::kNone ? "field before any '[ID] TYPE NAME' header" : "expected 'FIELD = VALUE'");
      return;
    }
    const std::string_view name = trim(line.substr(0, eq));
    const std::string_view value = trim(line.substr(eq + 1));
    if (block_ == Block::kSector) {
      sector_field(name, value, line_number);
    } else {
      entity_field(name, value, line_number);
    }
  }

  // Appends the non-empty items of a `|` list.
  static void append_items(std::string_view value, std::vector<std::string>& out) {
    for (std::string_view item : split(value, '|')) {
      if (!item.empty()) out.emplace_back(item);
    }
  }

  void add_names(std::string_view value, NameKind kind, std::size_t line_number) {
    for (std::string_view written : split(value, '|')) {
      if (!written.empty())
        names_.push_back({std::string(written), kind, static_cast<std::uint32_t>(line_number)});
    }
  }

  void sector_field(std::string_view name, std::string_view value, std::size_t line_number) {
    if (name == "words") {
      add_names(value, NameKind::kSectorWord, line_number);
    } else if (name == "domestic") {
      if (value != "yes" && value != "no") {
        error(line_number, "domestic must be 'yes' or 'no'");
        return;
      }
      sector_.domestic = value == "yes";
    } else if (name == "cameo") {
      append_items(value, sector_.cameo);
    } else if (name == "descriptions") {
      for (std::string_view written : split(value, '|')) {
        if (!written.empty()) sector_.descriptions.push_back(normalize_phrase(written));
      }
    } else {
      error(line_number,
            fmt::format("unknown sector field '{}' (words, domestic, cameo, descriptions)", name));
    }
  }

  void entity_field(std::string_view name, std::string_view value, std::size_t line_number) {
    if (name == "key") {
      entity_.key = value;
    } else if (name == "country") {
      entity_.country = value;
    } else if (name == "sector") {
      entity_.sector = value;
    } else if (name == "names") {
      add_names(value, NameKind::kName, line_number);
    } else if (name == "adjectives") {
      add_names(value, NameKind::kAdjective, line_number);
    } else if (name == "seats") {
      add_names(value, NameKind::kSeat, line_number);
    } else if (name == "excludes") {
      add_names(value, NameKind::kExcluded, line_number);
    } else if (name == "guarded") {
      for (std::string_view written : split(value, '|')) {
        if (!written.empty())
          guarded_.push_back({normalize_phrase(written), static_cast<std::uint32_t>(line_number)});
      }
    } else if (name == "cameo") {
      append_items(value, entity_.cameo);
    } else if (name == "role") {
      role(value, line_number);
    } else {
      error(line_number, fmt::format("unknown field '{}' (key, country, sector, names, adjectives, seats, "
                                     "guarded, excludes, cameo, role)",
                                     name));
    }
  }

  // role = KEY | TITLE | FROM | TO, dates YYYY-MM-DD or empty for an open end.
  void role(std::string_view value, std::size_t line_number) {
    const std::vector<std::string_view> parts = split(value, '|');
    if (parts.size() != 4 || parts[0].empty()) {
      error(line_number, "expected 'role = KEY | TITLE | FROM | TO'");
      return;
    }
    Role role{std::string(parts[0]), std::string(parts[1]), DateRange{}, origin_};
    role.origin.line = line_number;
    for (int i : {2, 3}) {
      if (parts[i].empty()) continue;
      Result<Date> date = Date::parse(parts[i]);
      if (!date.ok()) {
        error(line_number, date.status().message());
        return;
      }
      // TO is the first day out of office (a handover day belongs to the successor), so the
      // inclusive range ends the day before.
      if (i == 2) {
        role.dates.first = *date;
      } else {
        role.dates.last = Date::from_days(date->days() - 1);
      }
    }
    if (role.dates.last < role.dates.first) {
      error(line_number, "role ends before it starts");
      return;
    }
    entity_.roles.push_back(std::move(role));
  }

  void finish_block() {
    if (block_ == Block::kEntity) finish_entity();
    if (block_ == Block::kSector) finish_sector();
    block_ = Block::kNone;
  }

  void finish_entity() {
    switch (entity_.type) {
      case EntityType::kState:
        if (entity_.key.empty()) entity_.key = entity_.id;
        if (entity_.country.empty()) entity_.country = entity_.key;
        break;
      case EntityType::kAgency:
        if (entity_.country.empty()) {
          error(origin_.line, fmt::format("agency '{}' needs a country", entity_.id));
          return;
        }
        if (entity_.key.empty()) entity_.key = entity_.country;
        break;
      case EntityType::kIgo:
      case EntityType::kGroup:
      case EntityType::kPerson:  // out of office, a person stands for no state: its own id
        if (entity_.key.empty()) entity_.key = entity_.id;
        break;
    }
    // Every guarded phrase must be one of the entity's names, else it guards nothing.
    std::vector<bool> used(guarded_.size(), false);
    auto is_guarded = [&](const PendingName& name) {
      // A one-word seat is usually part of other proper names ("the Washington Post").
      bool guarded = name.kind == NameKind::kSeat && name.written.find(' ') == std::string::npos;
      const std::string phrase = normalize_phrase(name.written);
      for (std::size_t i = 0; i < guarded_.size(); ++i) {
        if (guarded_[i].first == phrase) used[i] = guarded = true;
      }
      return guarded;
    };
    const std::uint32_t index = dict_.put_entity(std::move(entity_));
    for (const PendingName& name : names_) {
      dict_.add_name(name.written, index, name.kind, name.line,
                     name.kind != NameKind::kExcluded && is_guarded(name));
    }
    for (std::size_t i = 0; i < guarded_.size(); ++i) {
      if (!used[i]) {
        error(guarded_[i].second, fmt::format("guarded '{}' is not a name of '{}'", guarded_[i].first,
                                              dict_.entities_[index].id));
      }
    }
  }

  void finish_sector() {
    const std::uint32_t index = dict_.put_sector(std::move(sector_));
    for (const PendingName& name : names_) dict_.add_name(name.written, index, name.kind, name.line);
  }

  Dictionary& dict_;
  std::string_view file_;
  Diagnostics& diagnostics_;
  Block block_ = Block::kNone;
  SourceLine origin_;
  Entity entity_;
  Sector sector_;
  std::vector<PendingName> names_;
  std::vector<std::pair<std::string, std::uint32_t>> guarded_;  // normalized phrase, line
};

void parse_dictionary_text(Dictionary& dict, std::string_view file, std::string_view text,
                           Diagnostics& diagnostics) {
  DictionaryParser(dict, file, diagnostics).parse(text);
}

}  // namespace entente::detail
