// PETRARCH actor dictionaries and CAMEO codes; agents and discards are in petrarch_agents.cc.
#include "core/petrarch_dictionary.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "core/file.h"
#include "core/petrarch_lines.h"
#include "core/text.h"

namespace entente {
namespace {

// CAMEO codes that begin with one of these name an international actor, not a state.
constexpr std::string_view kInternationalBlocks[] = {"IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UIS"};

bool is_code_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// "yymmdd" (years up to 30 are 20yy, as in TABARI) or "yyyymmdd".
std::optional<Date> parse_petrarch_date(std::string_view text) {
  text = trim(text);
  if ((text.size() != 6 && text.size() != 8) || !std::all_of(text.begin(), text.end(), is_ascii_digit)) {
    return std::nullopt;
  }
  auto number = [&](std::size_t at, std::size_t n) {
    int value = 0;
    for (std::size_t i = at; i < at + n; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const std::size_t y = text.size() == 8 ? 4 : 2;
  int year = number(0, y);
  if (y == 2) year += year <= 30 ? 2000 : 1900;
  const auto month = static_cast<unsigned>(number(y, 2)), day = static_cast<unsigned>(number(y + 2, 2));
  if (!Date::is_valid_ymd(year, month, day)) return std::nullopt;
  return Date::from_ymd(year, month, day);
}

// "HAMID KARZAI" -> "Hamid Karzai": PETRARCH writes phrases in capitals.
std::string display_name(std::string_view phrase) {
  std::string name(phrase);
  bool word_start = true;
  for (char& c : name) {
    if (is_ascii_alpha(c)) {
      c = word_start ? static_cast<char>(c & ~0x20) : ascii_lower(c);
      word_start = false;
    } else {
      word_start = c == ' ' || c == '-' || c == '(';
    }
  }
  return name;
}

// PETRARCH files are in capitals, so capitals say nothing; a word of two or three letters ("UN",
// "US", "IS") is taken for an acronym, so that it never matches the lower-case word.
bool is_petrarch_acronym(std::string_view normalized) {
  return normalized.size() <= 3 && normalized.find(' ') == std::string_view::npos;
}

}  // namespace

CameoActor map_cameo_code(const Dictionary& dictionary, std::string_view written) {
  CameoActor actor;
  std::string code(trim(written));
  for (char& c : code) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  if (code.empty() || code == "---") return actor;  // the null code: no actor
  if (code.size() % 3 != 0 || !std::all_of(code.begin(), code.end(), is_code_char)) {
    actor.key = code;  // not in blocks of three ("ELR/GAL", "+++"): kept as written
    return actor;
  }
  std::size_t claimed = 0;
  const Entity* entity = dictionary.find_cameo(code, claimed);
  if (entity != nullptr && entity->type != EntityType::kState) {
    actor.key = entity->key;
    actor.country = entity->country;
    actor.sector = entity->sector;
    actor.type = entity->type;
    if (claimed == code.size()) actor.entity = entity;
    return actor;
  }
  const std::string_view first = std::string_view(code).substr(0, 3);
  if (entity == nullptr && std::find(std::begin(kInternationalBlocks), std::end(kInternationalBlocks),
                                     first) != std::end(kInternationalBlocks)) {
    actor.key = code;
    actor.type = first == "IGO" ? EntityType::kIgo : EntityType::kGroup;
    return actor;
  }
  // A state, ours or one we do not know ("HOB" in PETRARCH's tests), then its sector.
  actor.country = entity != nullptr ? entity->key : std::string(first);
  const std::size_t rest = entity != nullptr ? claimed : 3;
  if (rest == code.size()) {
    actor.key = actor.country;
    actor.type = EntityType::kState;
    actor.entity = entity;
    return actor;
  }
  const std::string_view block = std::string_view(code).substr(rest, 3);
  const Sector* sector = dictionary.find_cameo_sector(block);
  actor.sector = sector != nullptr ? sector->code : std::string(block);
  if (sector != nullptr && !sector->domestic) {
    actor.key = actor.country;
    actor.type = EntityType::kAgency;
  } else {
    actor.key = fmt::format("{}:{}", actor.country, actor.sector);
    actor.type = EntityType::kGroup;
  }
  return actor;
}

namespace detail {

// Reads records of a PETRARCH actor file: a primary phrase with optional [CODE] groups, `+`
// synonyms, and tab-indented [CODE RESTRICTION] lines.
class PetrarchActorReader {
 public:
  PetrarchActorReader(Dictionary& dict, std::string_view file, Diagnostics& diagnostics)
      : dict_(dict), file_(file), diagnostics_(diagnostics) {}

  void read(std::string_view text) {
    dict_.begin_layer();
    dict_.begin_file(file_);
    PetrarchLines lines(text);
    std::string_view line;
    std::size_t number = 0;
    while (lines.next(line, number)) {
      const auto at = static_cast<std::uint32_t>(number);
      if (is_ascii_space(line.front()) && trim(line).front() == '[') {
        if (record_.phrases.empty()) {
          error(at, "date restriction before any phrase");
        } else {
          code_groups(trim(line), at);
        }
      } else if (line.front() == '+') {
        synonym(line.substr(1), at);
      } else {
        primary(trim(line), at);
      }
    }
    finish_record();
  }

 private:
  struct Record {
    std::vector<std::pair<std::string, std::uint32_t>> phrases;  // the primary first
    std::optional<std::string> default_code;
    std::vector<Role> roles;  // keys still CAMEO codes until the record is finished
    bool has_codes() const { return default_code.has_value() || !roles.empty(); }
  };

  void error(std::uint32_t line, std::string message) {
    diagnostics_.report(std::string(file_), line, std::move(message));
  }

  void primary(std::string_view line, std::uint32_t at) {
    const std::size_t bracket = line.find('[');
    std::string phrase = petrarch_phrase(line.substr(0, bracket));
    if (phrase.empty()) {
      error(at, "expected a phrase before '['");
      return;
    }
    // A primary phrase without codes shares the codes of the next one that has them (PETRARCH
    // gives both one code list).
    if (!record_.phrases.empty() && record_.has_codes()) finish_record();
    record_.phrases.emplace_back(std::move(phrase), at);
    if (bracket != std::string_view::npos) code_groups(line.substr(bracket), at);
  }

  void synonym(std::string_view line, std::uint32_t at) {
    if (record_.phrases.empty()) {
      error(at, "synonym before any primary phrase");
      return;
    }
    if (line.find('[') != std::string_view::npos) {
      error(at, "a '+' synonym takes no code");
      return;
    }
    std::string phrase = petrarch_phrase(line);
    if (phrase.empty()) {
      error(at, "empty synonym");
      return;
    }
    record_.phrases.emplace_back(std::move(phrase), at);
  }

  // One or more "[CODE]" or "[CODE RESTRICTION]" groups.
  void code_groups(std::string_view line, std::uint32_t at) {
    while (true) {
      const std::size_t open = line.find('[');
      if (open == std::string_view::npos) return;
      const std::size_t close = line.find(']', open);
      if (close == std::string_view::npos) {
        error(at, "'[' without ']'");
        return;
      }
      code_group(trim(line.substr(open + 1, close - open - 1)), at);
      line.remove_prefix(close + 1);
    }
  }

  // "CODE", "CODE <yymmdd", "CODE >yymmdd" or "CODE yymmdd-yymmdd" (inclusive bounds).
  void code_group(std::string_view group, std::uint32_t at) {
    const std::size_t space = group.find_first_of(" \t");
    const std::string_view code = group.substr(0, space);
    const std::string_view restriction = space == std::string_view::npos ? "" : trim(group.substr(space));
    if (code.empty()) {
      error(at, "empty code '[]'");
      return;
    }
    if (restriction.empty()) {
      record_.default_code = std::string(code);
      return;
    }
    Role role{std::string(code), std::string(code), DateRange{}, SourceLine{std::string(file_), at}};
    if (restriction.front() == '<' || restriction.front() == '>') {
      const std::optional<Date> date = parse_petrarch_date(restriction.substr(1));
      if (!date) {
        error(at, fmt::format("cannot read the date in '[{}]' (yymmdd or yyyymmdd)", group));
        return;
      }
      (restriction.front() == '<' ? role.dates.last : role.dates.first) = *date;
    } else {
      const std::size_t dash = restriction.find('-');
      const std::optional<Date> from =
          dash == std::string_view::npos ? std::nullopt : parse_petrarch_date(restriction.substr(0, dash));
      const std::optional<Date> to =
          dash == std::string_view::npos ? std::nullopt : parse_petrarch_date(restriction.substr(dash + 1));
      if (!from || !to) {
        error(at, fmt::format("cannot read the dates in '[{}]' (yymmdd-yymmdd)", group));
        return;
      }
      if (*to < *from) {
        error(at, fmt::format("'[{}]' ends before it starts", group));
        return;
      }
      role.dates = DateRange{*from, *to};
    }
    record_.roles.push_back(std::move(role));
  }

  void finish_record() {
    Record record = std::move(record_);
    record_ = Record{};
    if (record.phrases.empty()) return;
    const CameoActor actor = map_cameo_code(dict_, record.default_code.value_or("---"));
    std::uint32_t index = 0;
    if (record.roles.empty() && actor.entity != nullptr) {
      index = static_cast<std::uint32_t>(actor.entity - dict_.entities().data());  // more names of ours
    } else {
      index = dict_.put_entity(make_entity(record, actor));
    }
    for (const auto& [phrase, line] : record.phrases) {
      const bool acronym = is_petrarch_acronym(normalize_phrase(phrase));
      dict_.add_name(phrase, index, NameKind::kName, line, false,
                     acronym ? Dictionary::Acronym::kYes : Dictionary::Acronym::kNo);
    }
  }

  Entity make_entity(Record& record, const CameoActor& actor) {
    const auto& [primary, line] = record.phrases.front();
    Entity entity;
    std::string slug = normalize_phrase(primary);
    std::replace(slug.begin(), slug.end(), ' ', '-');
    entity.id = "petrarch:" + slug;
    entity.name = display_name(primary);
    entity.key = actor.key;  // empty without a code: the phrase names no actor
    entity.country = actor.country;
    entity.sector = actor.sector;
    entity.type = actor.type;
    entity.origin = SourceLine{std::string(file_), line};
    for (Role& role : record.roles) {
      const CameoActor in_role = map_cameo_code(dict_, role.key);
      role.key = in_role.key;
      if (entity.country.empty()) entity.country = in_role.country;
      entity.roles.push_back(std::move(role));
    }
    if (!entity.roles.empty()) entity.type = EntityType::kPerson;
    // Another name of a state that no entity of ours holds ("AARDVARK [SAF]"): a body of it.
    if (entity.type == EntityType::kState) entity.type = EntityType::kAgency;
    return entity;
  }

  Dictionary& dict_;
  std::string_view file_;
  Diagnostics& diagnostics_;
  Record record_;
};

}  // namespace detail

void add_petrarch_actors(Dictionary& dictionary, std::string_view file, std::string_view text,
                         Diagnostics& diagnostics) {
  detail::PetrarchActorReader(dictionary, file, diagnostics).read(text);
}

Status add_petrarch_actors_file(Dictionary& dictionary, const std::string& path, Diagnostics& diagnostics) {
  Result<std::string> text = read_file(path);
  if (!text.ok()) return text.status();
  add_petrarch_actors(dictionary, path, *text, diagnostics);
  return Status();
}

}  // namespace entente
