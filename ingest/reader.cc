#include <fmt/format.h>
#include <rapidjson/document.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <set>
#include <utility>

#include "core/file.h"
#include "core/json.h"
#include "core/text.h"
#include "ingest/ingest.h"
#include "ingest/utf8.h"

namespace entente {
namespace fs = std::filesystem;

namespace {

bool has_article_extension(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".txt" || ext == ".jsonl" || ext == ".json";
}

bool is_json_lines(std::string_view path) {
  return path.ends_with(".jsonl") || path.ends_with(".json");
}

// The first YYYY-MM-DD in a file name: "2018-05-23_trt-syria-iran.txt".
std::optional<Date> date_in_name(std::string_view name) {
  for (std::size_t i = 0; i + 10 <= name.size(); ++i) {
    if (!is_ascii_digit(name[i])) continue;
    Result<Date> date = Date::parse(name.substr(i, 10));
    if (date.ok()) return *date;
  }
  return std::nullopt;
}

std::string_view next_line(std::string_view& text) {
  const std::size_t eol = text.find('\n');
  std::string_view line = text.substr(0, eol);
  text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Lines that news sites add to articles and that carry no reporting: short lines that begin with
// one of kPrefixes, and those that are one of kWholeLines and nothing else ("Related News
// coverage" is text). A long line is a paragraph of the article with the site's words glued to
// its front ("Last updated at Feb 02 2015 BEIRUT Syrian air strikes ..." in scraped pages).
bool is_boilerplate(std::string_view line) {
  constexpr std::size_t kLongestBoilerplate = 200;  // bytes; the longest seen are tag lists
  if (line.size() > kLongestBoilerplate) return false;
  static constexpr std::string_view kPrefixes[] = {
      "Subscribe",    "Copyright",  "Get short URL", "All rights reserved",
      "Follow us on", "Share this", "Click here",    "Sign up for",
      "Read more:",   "Related:",   "Last updated",  "Tags:"};
  static constexpr std::string_view kWholeLines[] = {"Related News", "Related Articles", "Related Stories"};
  line = trim(line);
  for (std::string_view prefix : kPrefixes) {
    if (line.size() >= prefix.size() && equals_ignore_case(line.substr(0, prefix.size()), prefix)) {
      return true;
    }
  }
  return std::any_of(std::begin(kWholeLines), std::end(kWholeLines),
                     [&](std::string_view whole) { return equals_ignore_case(line, whole); });
}

// Whether `body` has more than one line that is not blank.
bool has_several_lines(std::string_view body) {
  int lines = 0;
  while (!body.empty() && lines < 2) {
    if (!trim(next_line(body)).empty()) ++lines;
  }
  return lines == 2;
}

// Appends the title, a blank line and the body's lines that are not blank. Boilerplate lines are
// dropped from a body of several lines only: a feed that sends a body as one paragraph sends the
// article, whatever its first words ("Copyright law ...", "Related: ...").
void compose_text(Article& article, std::string_view body) {
  const bool drop_boilerplate = has_several_lines(body);
  article.text = article.title;
  article.text += "\n\n";
  while (!body.empty()) {
    const std::string_view line = next_line(body);
    if (trim(line).empty() || (drop_boilerplate && is_boilerplate(line))) continue;
    article.text += line;
    article.text += '\n';
  }
}

std::string too_large(std::optional<std::uint64_t> size, std::size_t limit) {
  if (size) return fmt::format("too large: {} bytes, more than the {} allowed for one article", *size, limit);
  return fmt::format("too large: more than the {} bytes allowed for one article", limit);
}

// The string field `name` of `doc`: nullopt when absent or null, InvalidArgument when not a string.
Status string_field(const rapidjson::Document& doc, const char* name, std::optional<std::string_view>& out) {
  out.reset();
  const auto it = doc.FindMember(name);
  if (it == doc.MemberEnd() || it->value.IsNull()) return Status();
  if (!it->value.IsString()) return Status::invalid_argument(fmt::format("'{}' must be a string", name));
  out = std::string_view(it->value.GetString(), it->value.GetStringLength());
  return Status();
}

}  // namespace

class ArticleReader::Impl {
 public:
  Impl(std::vector<std::string> paths, ReaderOptions options, Diagnostics& diagnostics)
      : options_(options), diagnostics_(diagnostics) {
    // Inputs are consumed front to back; keep them reversed so that pop_back takes the next.
    pending_.assign(std::make_move_iterator(paths.rbegin()), std::make_move_iterator(paths.rend()));
  }

  bool next(Article& article) {
    while (true) {
      if (json_lines_ && read_json_line(article)) return true;
      json_lines_.reset();
      if (pending_.empty()) return false;
      std::string path = std::move(pending_.back());
      pending_.pop_back();
      if (open_input(path, article)) return true;
    }
  }

  std::uint64_t bytes_read() const { return bytes_read_ + (json_lines_ ? json_lines_->input.consumed() : 0); }

  // Starts reading `input` as the file `name`; returns true when `article` was filled.
  bool start(const std::string& name, ByteInput input, Article& article) {
    if (is_json_lines(name)) {
      json_lines_.emplace(JsonLinesInput{name, std::move(input)});
      return false;
    }
    return read_plain_text(name, input, article);
  }

 private:
  struct JsonLinesInput {
    std::string file;
    ByteInput input;
    std::size_t line = 0;
    bool any_text = false;
    bool reported_invalid_utf8 = false;
  };

  void reject(std::string_view file, std::size_t line, std::string message) {
    diagnostics_.report(std::string(file), line, std::move(message));
  }

  // Opens the next input: expands a directory, starts a JSON Lines file, or reads a whole
  // plain-text article. Returns true when `article` was filled.
  bool open_input(const std::string& path, Article& article) {
    if (path == "-") return open_stdin(article);
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      reject(path, 0, describe_errno(errno));
      return false;
    }
    if (S_ISDIR(st.st_mode)) {
      expand_directory(path, st);
      return false;
    }
    ByteInput input = ByteInput::open_file(path);
    if (!input.is_open()) {
      reject(path, 0, fmt::format("cannot open: {}", input.error()));
      return false;
    }
    return start(path, std::move(input), article);
  }

  bool open_stdin(Article& article) {
    ByteInput input = ByteInput::standard_input();
    if (input.peek() == '{') {
      json_lines_.emplace(JsonLinesInput{"-", std::move(input)});
      return false;
    }
    return read_plain_text("-", input, article);
  }

  // Queues the article files under `root` in name order, following symbolic links but entering
  // each directory once, and reports what cannot be listed or read.
  void expand_directory(const std::string& root, const struct stat& root_stat) {
    std::vector<std::string> found;
    std::set<std::pair<dev_t, ino_t>> entered{{root_stat.st_dev, root_stat.st_ino}};
    std::vector<fs::path> directories{fs::path(root)};
    while (!directories.empty()) {
      const fs::path directory = std::move(directories.back());
      directories.pop_back();
      std::error_code ec;
      for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& entry = it->path();
        struct stat st;
        if (::stat(entry.c_str(), &st) != 0) {
          // A dangling link, or a loop of links: worth a word when it looks like an article.
          if (has_article_extension(entry))
            reject(entry.string(), 0, fmt::format("cannot read: {}", describe_errno(errno)));
          continue;
        }
        if (S_ISDIR(st.st_mode)) {
          if (entered.insert({st.st_dev, st.st_ino}).second) {
            directories.push_back(entry);
          } else {
            diagnostics_.warn(entry.string(), 0,
                              "a directory already read (a symbolic link loop), not read again");
          }
        } else if (has_article_extension(entry)) {
          // A pipe or a device would block or never end: only regular files are read from here.
          if (S_ISREG(st.st_mode)) {
            found.push_back(entry.string());
          } else {
            diagnostics_.warn(entry.string(), 0, "not a regular file, skipped");
          }
        }
      }
      if (ec)
        reject(directory.string(), 0, fmt::format("cannot list directory: {}", describe_errno(ec.value())));
    }
    // Sorted for a deterministic order, then reversed onto the stack.
    std::sort(found.begin(), found.end(), std::greater<>());
    for (std::string& file : found) pending_.push_back(std::move(file));
  }

  // Reads the whole of `input` as one plain-text article, unless it is too large.
  bool read_plain_text(const std::string& path, ByteInput& input, Article& article) {
    std::string contents;
    const ByteInput::Outcome outcome = input.read_rest(contents, options_.max_article_bytes);
    bytes_read_ += input.consumed();
    switch (outcome) {
      case ByteInput::Outcome::kOk: return parse_plain_text(path, std::move(contents), article);
      case ByteInput::Outcome::kEnd: reject(path, 0, "empty file"); break;
      case ByteInput::Outcome::kTooLong:
        reject(path, 0, too_large(input.known_size(), options_.max_article_bytes));
        break;
      case ByteInput::Outcome::kFailed: reject(path, 0, fmt::format("read failed: {}", input.error())); break;
    }
    return false;
  }

  // Validates encoding: rejects binary input, replaces invalid UTF-8 (reported once per file).
  bool clean_text(std::string_view file, std::size_t line, std::string& text, bool& reported) {
    if (text.find('\0') != std::string::npos) {
      reject(file, line, "binary data (NUL bytes), not text");
      return false;
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    repair(file, line, text, reported);
    return true;
  }

  // Replaces invalid UTF-8 and NUL characters by U+FFFD, warning once per file.
  void repair(std::string_view file, std::size_t line, std::string& text, bool& reported) {
    const std::size_t replaced = replace_invalid_utf8(text);
    if (replaced > 0 && !reported) {
      diagnostics_.warn(std::string(file), line,
                        fmt::format("{} invalid UTF-8 sequence(s) replaced by U+FFFD", replaced));
      reported = true;
    }
  }

  // ` date YYYY-MM-DD SECTION`, title, then body lines (README.md, "Article formats").
  bool parse_plain_text(const std::string& path, std::string contents, Article& article) {
    bool reported = false;
    if (!clean_text(path, 0, contents, reported)) return false;
    std::string_view rest = contents;
    std::size_t line = 0;
    std::string_view first;
    while (!rest.empty() && first.empty()) {
      first = trim(next_line(rest));
      ++line;
    }
    std::optional<Date> date;
    if (first.starts_with("date ")) {
      std::string_view value = trim(first.substr(5));
      Result<Date> parsed = Date::parse(value.substr(0, value.find(' ')));
      if (!parsed.ok()) {
        reject(path, line, parsed.status().message());
        return false;
      }
      date = *parsed;
      first = trim(next_line(rest));
    }
    if (first.empty()) {
      reject(path, 0, "empty article: no title and no text");
      return false;
    }
    const fs::path p(path);
    if (!date) date = date_in_name(p.filename().string());
    if (!date) date = options_.default_date;
    if (!date) {
      reject(path, 0, "no date: give a ' date YYYY-MM-DD' first line, a date in the file name, or --date");
      return false;
    }
    article = Article{};
    article.id = path == "-" ? "stdin" : p.stem().string();
    article.file = path;
    article.date = *date;
    article.title = first;
    compose_text(article, rest);
    return true;
  }

  bool read_json_line(Article& article) {
    JsonLinesInput& input = *json_lines_;
    while (true) {
      const ByteInput::Outcome outcome = input.input.next_line(line_, options_.max_article_bytes);
      if (outcome == ByteInput::Outcome::kEnd) break;
      if (outcome == ByteInput::Outcome::kFailed) {
        reject(input.file, input.line + 1, fmt::format("read failed: {}", input.input.error()));
        break;
      }
      ++input.line;
      if (outcome == ByteInput::Outcome::kTooLong) {
        input.any_text = true;
        reject(input.file, input.line, too_large(std::nullopt, options_.max_article_bytes));
        continue;
      }
      if (trim(line_).empty()) continue;
      input.any_text = true;
      if (!clean_text(input.file, input.line, line_, input.reported_invalid_utf8)) continue;
      Status status = parse_json_article(line_, article);
      if (status.ok()) {
        // Escapes can spell what raw bytes may not: NUL characters and lone surrogates.
        for (std::string* text : {&article.title, &article.text, &article.url, &article.source})
          repair(input.file, input.line, *text, input.reported_invalid_utf8);
        article.file = input.file;
        article.line = input.line;
        return true;
      }
      reject(input.file, input.line, status.message());
    }
    if (!input.any_text) diagnostics_.warn(input.file, 0, "no articles: the file is empty");
    bytes_read_ += input.input.consumed();
    return false;
  }

  Status parse_json_article(std::string_view line, Article& article) {
    rapidjson::Document doc;
    if (Status s = parse_json_object(line, doc); !s.ok()) return s;
    article = Article{};
    const auto id = doc.FindMember("id");
    if (id == doc.MemberEnd() || id->value.IsNull()) return Status::invalid_argument("missing 'id'");
    if (id->value.IsString()) {
      article.id.assign(id->value.GetString(), id->value.GetStringLength());
    } else if (id->value.IsInt64()) {
      article.id = std::to_string(id->value.GetInt64());
    } else if (id->value.IsUint64()) {
      article.id = std::to_string(id->value.GetUint64());
    } else {
      return Status::invalid_argument("'id' must be a string or an integer");
    }
    if (article.id.empty()) return Status::invalid_argument("empty 'id'");
    if (article.id.find('\0') != std::string::npos || replace_invalid_utf8(article.id) > 0) {
      return Status::invalid_argument("'id' holds a NUL character or invalid UTF-8");
    }
    std::optional<std::string_view> date, body, title, url, source;
    if (Status s = string_field(doc, "date", date); !s.ok()) return s;
    if (!date || date->empty()) {
      if (!options_.default_date) return Status::invalid_argument("missing 'date'");
      article.date = *options_.default_date;
    } else {
      Result<Date> parsed = parse_date_or_datetime(*date);
      if (!parsed.ok()) return parsed.status();
      article.date = *parsed;
    }
    for (const char* name : {"body", "text", "content"}) {
      if (Status s = string_field(doc, name, body); !s.ok()) return s;
      if (body) break;
    }
    if (!body) return Status::invalid_argument("missing 'body', 'text' or 'content'");
    for (auto [name, field] : {std::pair{"title", &title}, {"url", &url}, {"source", &source}}) {
      if (Status s = string_field(doc, name, *field); !s.ok()) return s;
    }
    // The title is one line of the text that events index into.
    article.title = title.value_or("");
    std::replace_if(
        article.title.begin(), article.title.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    article.url = url.value_or("");
    article.source = source.value_or("");
    compose_text(article, *body);
    return Status();
  }

  ReaderOptions options_;
  Diagnostics& diagnostics_;
  std::vector<std::string> pending_;
  std::optional<JsonLinesInput> json_lines_;
  std::string line_;              // the JSON Lines line being parsed, kept to reuse its buffer
  std::uint64_t bytes_read_ = 0;  // of inputs finished
};

ArticleReader::ArticleReader(std::vector<std::string> paths, ReaderOptions options, Diagnostics& diagnostics)
    : impl_(std::make_unique<Impl>(std::move(paths), options, diagnostics)) {}
ArticleReader::~ArticleReader() = default;
bool ArticleReader::next(Article& article) {
  return impl_->next(article);
}
std::uint64_t ArticleReader::bytes_read() const {
  return impl_->bytes_read();
}

namespace detail {

void read_articles_from_buffer(const std::string& name, std::string_view bytes, const ReaderOptions& options,
                               Diagnostics& diagnostics, std::vector<Article>& articles) {
  ArticleReader::Impl reader({}, options, diagnostics);
  Article article;
  if (reader.start(name, ByteInput::from_buffer(bytes), article)) articles.push_back(std::move(article));
  while (reader.next(article)) articles.push_back(std::move(article));
}

}  // namespace detail
}  // namespace entente
