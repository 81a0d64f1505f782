#include "core/petrarch_lines.h"

#include "core/text.h"

namespace entente::detail {

bool PetrarchLines::next(std::string_view& line, std::size_t& number) {
  while (!text_.empty()) {
    const std::size_t eol = text_.find('\n');
    std::string_view raw = text_.substr(0, eol);
    text_.remove_prefix(eol == std::string_view::npos ? text_.size() : eol + 1);
    ++number_;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (in_comment_) {
      in_comment_ = raw.find("-->") == std::string_view::npos;
      continue;
    }
    const std::string_view trimmed = trim(raw);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    if (trimmed.starts_with("<!")) {  // "<!-- ... -->", or one opening a comment of several lines
      in_comment_ = trimmed.starts_with("<!--") && trimmed.find("-->") == std::string_view::npos;
      continue;
    }
    if (const std::size_t open = raw.find("<!--"); open != std::string_view::npos) {
      const std::size_t close = raw.find("-->", open);
      joined_.assign(raw.substr(0, open));
      if (close == std::string_view::npos) {
        in_comment_ = true;
      } else {
        joined_.append(raw.substr(close + 3));
      }
      raw = joined_;
    }
    raw = raw.substr(0, raw.find_first_of("#;"));
    while (!raw.empty() && is_ascii_space(raw.back())) raw.remove_suffix(1);
    if (trim(raw).empty()) continue;
    line = raw;
    number = number_;
    return true;
  }
  return false;
}

std::string petrarch_phrase(std::string_view written) {
  std::string phrase(trim(written));
  for (char& c : phrase) {
    if (c == '_') c = ' ';
  }
  return std::string(trim(phrase));
}

}  // namespace entente::detail
