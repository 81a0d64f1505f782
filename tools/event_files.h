// Events that `entente extract --json` wrote, perhaps on other machines, read back for
// `entente ingest --events`: each article's consecutive lines become one article to store.
#pragma once

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/event.h"

namespace entente::cli {

struct ArticleEvents {
  std::string id;  // the events' "article"
  std::string file;
  std::size_t line = 0;  // of its first event
  Date date;             // of its first event
  std::vector<Event> events;
  // The events' fields except article and file, canonically joined: the text the store hashes to
  // see a changed article (and a syndicated copy, whose events differ only by article id).
  std::string content;
};

class EventFileReader {
 public:
  // Malformed lines and unreadable files are reported to `diagnostics` as FILE[:LINE]: reason and
  // skipped; the rest goes on.
  EventFileReader(std::vector<std::string> paths, Diagnostics& diagnostics);

  // Fills `out` with the next article's events; returns false when every file is read. A later
  // run of lines with the same article id is another article to the store (it replaces this one).
  bool next(ArticleEvents& out);
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool open_next_file();
  // Reads the next well-formed event into `pending_`; returns false at the end of all files.
  bool read_event();

  std::vector<std::string> paths_;
  Diagnostics& diagnostics_;
  std::size_t next_path_ = 0;
  std::ifstream in_;
  std::string file_;
  std::size_t line_ = 0;
  std::uint64_t bytes_read_ = 0;
  bool has_pending_ = false;
  Event pending_;
  std::size_t pending_line_ = 0;
};

}  // namespace entente::cli
