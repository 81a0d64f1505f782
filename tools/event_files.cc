#include "tools/event_files.h"

#include <fmt/format.h>

#include <cmath>

namespace entente::cli {
namespace {

// Separators that JSON-decoded text may hold but never means: unit and record separators.
void append_field(std::string& out, std::string_view field) {
  out.append(field);
  out.push_back('\x1f');
}

void append_event(std::string& out, const Event& e) {
  append_field(out, relation_name(e.relation));
  for (const ActorRef* a : {&e.source, &e.target}) {
    append_field(out, a->id);
    append_field(out, a->mention);
  }
  append_field(out, fmt::format("{} {} {} {}", e.sentence, e.begin, e.end, std::lround(e.confidence * 1000)));
  append_field(out, e.text);
  out.push_back('\x1e');
}

}  // namespace

EventFileReader::EventFileReader(std::vector<std::string> paths, Diagnostics& diagnostics)
    : paths_(std::move(paths)), diagnostics_(diagnostics) {}

bool EventFileReader::open_next_file() {
  while (next_path_ < paths_.size()) {
    file_ = paths_[next_path_++];
    in_ = std::ifstream(file_, std::ios::binary);
    line_ = 0;
    if (in_) return true;
    diagnostics_.report(file_, 0, "cannot read events file");
  }
  return false;
}

bool EventFileReader::read_event() {
  std::string text;
  while (true) {
    if (!in_.is_open() || !std::getline(in_, text)) {
      in_.close();
      if (!open_next_file()) return false;
      continue;
    }
    ++line_;
    bytes_read_ += text.size() + 1;
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    Result<Event> event = event_from_json(text);
    if (!event.ok()) {
      diagnostics_.report(file_, line_, event.status().message());
      continue;
    }
    pending_ = std::move(*event);
    pending_line_ = line_;
    return true;
  }
}

bool EventFileReader::next(ArticleEvents& out) {
  if (!has_pending_ && !read_event()) return false;
  out.id = pending_.article;
  out.file = file_;
  out.line = pending_line_;
  out.date = pending_.date;
  out.events.clear();
  out.content.clear();
  const std::string file = file_;
  do {
    append_event(out.content, pending_);
    out.events.push_back(std::move(pending_));
    has_pending_ = read_event();
  } while (has_pending_ && pending_.article == out.id && file_ == file);
  return true;
}

}  // namespace entente::cli
