#include "core/json.h"

#include <fmt/format.h>
#include <rapidjson/error/en.h>

namespace entente {
namespace {

// Whether brackets outside strings nest deeper than `limit`: an upper bound of the parser's depth
// that needs no parsing.
bool nests_deeper_than(std::string_view text, std::size_t limit) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

}  // namespace

Status parse_json_object(std::string_view line, rapidjson::Document& doc) {
  if (nests_deeper_than(line, kMaxJsonDepth)) {
    return Status::invalid_argument(fmt::format("JSON nested deeper than {} levels", kMaxJsonDepth));
  }
  doc.Parse(line.data(), line.size());
  if (doc.HasParseError()) {
    return Status::invalid_argument(fmt::format("invalid JSON at byte {}: {}", doc.GetErrorOffset(),
                                                rapidjson::GetParseError_En(doc.GetParseError())));
  }
  if (!doc.IsObject()) return Status::invalid_argument("not a JSON object");
  return Status();
}

}  // namespace entente
