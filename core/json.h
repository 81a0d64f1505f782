// Parsing the one-object-per-line JSON that Entente reads: article feeds (ingest/) and events files
// (core/event.h). One place for the limits that keep hostile lines from exhausting the stack.
#pragma once

#include <rapidjson/document.h>

#include <cstddef>
#include <string_view>

#include "core/status.h"

namespace entente {

// Deeper nesting is refused before parsing: no field Entente reads is nested more than twice, and
// RapidJSON's parser recurses once per level.
inline constexpr std::size_t kMaxJsonDepth = 64;

// Parses `line` into `doc`. Returns InvalidArgument "invalid JSON at byte N: reason", "JSON nested
// deeper than 64 levels" or "not a JSON object".
Status parse_json_object(std::string_view line, rapidjson::Document& doc);

}  // namespace entente
