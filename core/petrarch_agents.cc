// PETRARCH agent dictionaries and discard lists (see core/petrarch_dictionary.h).
#include <fmt/format.h>

#include <map>

#include "core/file.h"
#include "core/petrarch_dictionary.h"
#include "core/petrarch_lines.h"
#include "core/text.h"

namespace entente {
namespace {

bool ends_with_ignore_case(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && equals_ignore_case(word.substr(word.size() - suffix.size()), suffix);
}

bool is_vowel(char c) {
  c = ascii_lower(c);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// The regular English plural of the phrase's last word: "OFFICIAL" -> "OFFICIALS", "AUTHORITY" ->
// "AUTHORITIES", "CONGRESS" -> "CONGRESSES", "ATTORNEY" -> "ATTORNEYS".
std::string regular_plural(std::string_view phrase) {
  std::string plural(phrase);
  const std::string_view last =
      phrase.substr(phrase.rfind(' ') == std::string_view::npos ? 0 : phrase.rfind(' ') + 1);
  if (last.size() >= 2 && ascii_lower(last.back()) == 'y' && !is_vowel(last[last.size() - 2])) {
    plural.replace(plural.size() - 1, 1, "IES");
  } else if (ends_with_ignore_case(last, "s") || ends_with_ignore_case(last, "x") ||
             ends_with_ignore_case(last, "z") || ends_with_ignore_case(last, "ch") ||
             ends_with_ignore_case(last, "sh")) {
    plural += "ES";
  } else {
    plural += "S";
  }
  return plural;
}

}  // namespace

namespace detail {

// Reads "PHRASE {PLURAL} [~CODE]" lines and "!MARKER! = A, B" substitution sets.
class PetrarchAgentReader {
 public:
  PetrarchAgentReader(Dictionary& dict, std::string_view file, Diagnostics& diagnostics)
      : dict_(dict), file_(file), diagnostics_(diagnostics) {}

  void read(std::string_view text) {
    dict_.begin_layer();
    dict_.begin_file(file_);
    PetrarchLines lines(text);
    std::string_view line;
    std::size_t number = 0;
    while (lines.next(line, number)) {
      line = trim(line);
      const auto at = static_cast<std::uint32_t>(number);
      const std::size_t eq = line.find('=');
      if (line.front() == '!' && eq != std::string_view::npos && line.find('[') == std::string_view::npos) {
        substitution(line, eq, at);
      } else {
        agent(line, at);
      }
    }
  }

 private:
  void error(std::uint32_t line, std::string message) {
    diagnostics_.report(std::string(file_), line, std::move(message));
  }

  // !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
  void substitution(std::string_view line, std::size_t eq, std::uint32_t at) {
    const std::string_view marker = trim(line.substr(0, eq));
    if (marker.size() < 3 || marker.back() != '!') {
      error(at, "expected '!MARKER! = WORD, WORD'");
      return;
    }
    std::vector<std::string>& items = markers_[std::string(marker)];
    items.clear();
    for (std::string_view item : split(line.substr(eq + 1), ',')) {
      if (!item.empty()) items.push_back(petrarch_phrase(item));
    }
  }

  void agent(std::string_view line, std::uint32_t at) {
    const std::size_t open = line.find('[');
    const std::size_t close = line.find_first_of("]}", open == std::string_view::npos ? line.size() : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      error(at, "expected 'PHRASE [~CODE]'");
      return;
    }
    std::string_view code = trim(line.substr(open + 1, close - open - 1));
    if (code.starts_with('~')) {
      code.remove_prefix(1);  // added after the actor's code: "SYR" + "GOV"
    } else if (code.ends_with('~')) {
      code.remove_suffix(1);  // added before it: "NGO" + "SYR"
    } else {
      error(at, fmt::format("agent code '{}' needs a '~' before or after it", code));
      return;
    }
    code = trim(code);
    std::string_view phrase_part = line.substr(0, open);
    std::optional<std::string_view> plural;
    if (const std::size_t brace = phrase_part.find('{'); brace != std::string_view::npos) {
      const std::size_t end = phrase_part.find('}', brace);
      if (end == std::string_view::npos) {
        error(at, "'{' without '}'");
        return;
      }
      plural = trim(phrase_part.substr(brace + 1, end - brace - 1));
      phrase_part = phrase_part.substr(0, brace);
    }
    const std::string phrase = petrarch_phrase(phrase_part);
    if (phrase.empty() || code.size() < 3) {
      error(at, phrase.empty() ? "expected a phrase before the code"
                               : fmt::format("agent code '{}' is too short", code));
      return;
    }
    std::vector<std::string> forms;
    if (!expand_markers(phrase, forms, at)) return;
    if (forms.size() == 1) {  // markers give their own plurals
      if (!plural) {
        forms.push_back(regular_plural(phrase));
      } else if (!plural->empty()) {
        forms.push_back(petrarch_phrase(*plural));
      }
    }
    const std::uint32_t sector = sector_for(code.substr(0, 3), at);
    for (const std::string& form : forms) {
      dict_.add_name(form, sector, NameKind::kSectorWord, at, false, Dictionary::Acronym::kNo);
    }
  }

  // Replaces a !MARKER! by each of its words; a phrase without one stays as it is.
  bool expand_markers(const std::string& phrase, std::vector<std::string>& forms, std::uint32_t at) {
    const std::size_t open = phrase.find('!');
    if (open == std::string::npos) {
      forms.push_back(phrase);
      return true;
    }
    const std::size_t close = phrase.find('!', open + 1);
    const auto it =
        close == std::string::npos ? markers_.end() : markers_.find(phrase.substr(open, close - open + 1));
    if (it == markers_.end()) {
      error(at, fmt::format("unknown substitution marker in '{}'", phrase));
      return false;
    }
    for (const std::string& item : it->second) {
      forms.push_back(petrarch_phrase(phrase.substr(0, open) + item + phrase.substr(close + 1)));
    }
    return true;
  }

  // Our sector for a CAMEO sector block, or a new domestic one that keeps the block.
  std::uint32_t sector_for(std::string_view block, std::uint32_t at) {
    if (const Sector* known = dict_.find_cameo_sector(block)) {
      return static_cast<std::uint32_t>(known - dict_.sectors().data());
    }
    std::string name(block);
    for (char& c : name) c = ascii_lower(c);
    Sector sector{std::string(block),
                  std::move(name),
                  true,
                  {std::string(block)},
                  {},
                  SourceLine{std::string(file_), at}};
    return dict_.put_sector(std::move(sector));
  }

  Dictionary& dict_;
  std::string_view file_;
  Diagnostics& diagnostics_;
  std::map<std::string, std::vector<std::string>, std::less<>> markers_;
};

}  // namespace detail

void add_petrarch_agents(Dictionary& dictionary, std::string_view file, std::string_view text,
                         Diagnostics& diagnostics) {
  detail::PetrarchAgentReader(dictionary, file, diagnostics).read(text);
}

Status add_petrarch_agents_file(Dictionary& dictionary, const std::string& path, Diagnostics& diagnostics) {
  Result<std::string> text = read_file(path);
  if (!text.ok()) return text.status();
  add_petrarch_agents(dictionary, path, *text, diagnostics);
  return Status();
}

void DiscardList::add_text(std::string_view file, std::string_view text, Diagnostics& diagnostics) {
  detail::PetrarchLines lines(text);
  std::string_view line;
  std::size_t number = 0;
  while (lines.next(line, number)) {
    line = trim(line);
    Discard discard;
    discard.whole_story = line.starts_with('+');
    if (discard.whole_story) line = trim(line.substr(1));
    discard.whole_word = line.ends_with('_');
    discard.phrase = normalize_phrase(detail::petrarch_phrase(line));
    discard.origin = SourceLine{std::string(file), number};
    if (discard.phrase.empty()) {
      diagnostics.report(std::string(file), number, "expected a phrase to discard");
      continue;
    }
    discards_.push_back(std::move(discard));
  }
}

Status DiscardList::add_file(const std::string& path, Diagnostics& diagnostics) {
  Result<std::string> text = read_file(path);
  if (!text.ok()) return text.status();
  add_text(path, *text, diagnostics);
  return Status();
}

const DiscardList::Discard* DiscardList::find(std::string_view normalized) const {
  for (const Discard& discard : discards_) {
    for (std::size_t at = normalized.find(discard.phrase); at != std::string_view::npos;
         at = normalized.find(discard.phrase, at + 1)) {
      const std::size_t end = at + discard.phrase.size();
      const bool starts_word = at == 0 || normalized[at - 1] == ' ';
      const bool ends_word = end == normalized.size() || normalized[end] == ' ';
      if (starts_word && (ends_word || !discard.whole_word)) return &discard;
    }
  }
  return nullptr;
}

}  // namespace entente
