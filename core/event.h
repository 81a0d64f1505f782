// An event: source --relation--> target on a day, with the sentence that reported it
// (CODING.md section 1). The coder produces these; the store merges them.
#pragma once

#include <cstdint>
#include <string>

#include "core/actor.h"
#include "core/date.h"
#include "core/relation.h"
#include "core/status.h"

namespace entente {

struct Event {
  std::string article;         // the article id: JSON Lines "id", or the file name without extension
  std::string file;            // where the article came from, as given on the command line
  Date date;                   // the article's date, which dates the event
  std::uint32_t sentence = 0;  // index of the sentence in the article, from 0
  std::uint32_t begin = 0;     // byte offsets of the sentence in the article's text
  std::uint32_t end = 0;
  std::string text;  // the sentence
  Relation relation = Relation::kConsult;
  float confidence = 1.0f;  // 0..1: how sure the coder is of this reading
  ActorRef source;
  ActorRef target;
  std::string explanation;  // why: trigger, rule, actor resolutions; empty unless asked for
};

// One JSON object on one line, in the shape `entente extract --json` prints (README.md):
// {"article","file","date","sentence","begin","end","text","relation","sign","weight","plover",
//  "cameo","confidence","source":{...},"target":{...}} plus "explain" when non-empty.
std::string event_to_json(const Event& event);

// Parses a line written by event_to_json (or by another machine's `entente extract --json`).
// Returns InvalidArgument naming the missing or malformed field.
Result<Event> event_from_json(std::string_view line);

}  // namespace entente
