#include <fmt/format.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

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

// Lines that news sites append to articles and that carry no reporting.
bool is_boilerplate(std::string_view line) {
  static constexpr std::string_view kPrefixes[] = {
      "Subscribe",  "Copyright",  "Get short URL", "All rights reserved", "Follow us on",
      "Share this", "Click here", "Sign up for",   "Read more:",          "Related:"};
  line = trim(line);
  for (std::string_view prefix : kPrefixes) {
    if (line.size() >= prefix.size() && equals_ignore_case(line.substr(0, prefix.size()), prefix)) {
      return true;
    }
  }
  return false;
}

// Appends the title, a blank line and the body paragraphs, without boilerplate lines.
void compose_text(Article& article, std::string_view body) {
  article.text = article.title;
  article.text += "\n\n";
  while (!body.empty()) {
    const std::string_view line = next_line(body);
    if (trim(line).empty() || is_boilerplate(line)) continue;
    article.text += line;
    article.text += '\n';
  }
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

  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  struct JsonLinesInput {
    std::string file;
    std::unique_ptr<std::istream> owned;
    std::istream* in = nullptr;
    std::size_t line = 0;
    bool reported_invalid_utf8 = false;
  };

  void reject(std::string_view file, std::size_t line, std::string message) {
    diagnostics_.report(std::string(file), line, std::move(message));
  }

  // Opens the next input: expands a directory, starts a JSON Lines file, or reads a whole
  // plain-text article. Returns true when `article` was filled.
  bool open_input(const std::string& path, Article& article) {
    if (path == "-") return open_stdin(article);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      reject(path, 0, "no such file or directory");
      return false;
    }
    if (fs::is_directory(status)) {
      expand_directory(path);
      return false;
    }
    if (is_json_lines(path)) {
      auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (!*in) {
        reject(path, 0, "cannot open");
        return false;
      }
      std::istream* raw = in.get();
      json_lines_ = JsonLinesInput{path, std::move(in), raw};
      return false;
    }
    std::string contents;
    if (!read_file(path, contents)) return false;
    return parse_plain_text(path, std::move(contents), article);
  }

  bool open_stdin(Article& article) {
    if (std::cin.peek() == '{') {
      json_lines_ = JsonLinesInput{"-", nullptr, &std::cin};
      return false;
    }
    std::string contents{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    return parse_plain_text("-", std::move(contents), article);
  }

  void expand_directory(const std::string& path) {
    std::vector<std::string> found;
    std::error_code ec;
    auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_regular_file(type_ec) && has_article_extension(it->path())) {
        found.push_back(it->path().string());
      }
    }
    if (ec) reject(path, 0, fmt::format("cannot list directory: {}", ec.message()));
    // Sorted for a deterministic order, then reversed onto the stack.
    std::sort(found.begin(), found.end(), std::greater<>());
    for (std::string& file : found) pending_.push_back(std::move(file));
  }

  bool read_file(const std::string& path, std::string& contents) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      reject(path, 0, "cannot open");
      return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
      reject(path, 0, "read failed");
      return false;
    }
    contents = std::move(buffer).str();
    bytes_read_ += contents.size();
    return true;
  }

  // Validates encoding: rejects binary input, replaces invalid UTF-8 (reported once per file).
  bool clean_text(std::string_view file, std::size_t line, std::string& text, bool& reported) {
    if (text.find('\0') != std::string::npos) {
      reject(file, line, "binary data (NUL bytes), not text");
      return false;
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    const std::size_t replaced = replace_invalid_utf8(text);
    if (replaced > 0 && !reported) {
      diagnostics_.warn(std::string(file), line,
                        fmt::format("{} invalid UTF-8 sequence(s) replaced by U+FFFD", replaced));
      reported = true;
    }
    return true;
  }

  // ` date YYYY-MM-DD SECTION`, title, then body lines (README.md, "Article formats").
  bool parse_plain_text(const std::string& path, std::string contents, Article& article) {
    bool reported = false;
    if (!clean_text(path, 0, contents, reported)) return false;
    std::string_view rest = contents;
    while (!rest.empty() && trim(rest.substr(0, rest.find('\n'))).empty()) next_line(rest);
    std::optional<Date> date;
    std::string_view first = trim(next_line(rest));
    if (first.starts_with("date ")) {
      std::string_view value = trim(first.substr(5));
      Result<Date> parsed = Date::parse(value.substr(0, value.find(' ')));
      if (!parsed.ok()) {
        reject(path, 1, parsed.status().message());
        return false;
      }
      date = *parsed;
      first = trim(next_line(rest));
    }
    const fs::path p(path);
    if (!date) date = date_in_name(p.filename().string());
    if (!date) date = options_.default_date;
    if (!date) {
      reject(path, 0, "no date: give a ' date YYYY-MM-DD' first line, a date in the file name, or --date");
      return false;
    }
    if (first.empty()) {
      reject(path, 0, "empty article");
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
    std::string line;
    while (std::getline(*input.in, line)) {
      ++input.line;
      bytes_read_ += line.size() + 1;
      if (trim(line).empty()) continue;
      if (!clean_text(input.file, input.line, line, input.reported_invalid_utf8)) continue;
      Status status = parse_json_article(line, article);
      if (status.ok()) {
        article.file = input.file;
        article.line = input.line;
        return true;
      }
      reject(input.file, input.line, status.message());
    }
    if (input.in->bad()) reject(input.file, input.line, "read failed");
    return false;
  }

  Status parse_json_article(std::string_view line, Article& article) {
    rapidjson::Document doc;
    doc.Parse(line.data(), line.size());
    if (doc.HasParseError()) {
      return Status::invalid_argument(fmt::format("invalid JSON at byte {}", doc.GetErrorOffset()));
    }
    if (!doc.IsObject()) return Status::invalid_argument("expected a JSON object per line");
    auto string_field = [&](const char* name) -> std::optional<std::string_view> {
      const auto it = doc.FindMember(name);
      if (it == doc.MemberEnd() || it->value.IsNull()) return std::nullopt;
      if (!it->value.IsString()) return std::string_view();
      return std::string_view(it->value.GetString(), it->value.GetStringLength());
    };
    article = Article{};
    const auto id_member = doc.FindMember("id");
    if (id_member != doc.MemberEnd() && id_member->value.IsString()) {
      article.id = id_member->value.GetString();
    } else if (id_member != doc.MemberEnd() && id_member->value.IsInt64()) {
      article.id = std::to_string(id_member->value.GetInt64());
    }
    if (article.id.empty()) return Status::invalid_argument("missing 'id' (a string or integer)");
    const std::optional<std::string_view> date = string_field("date");
    if (!date || date->empty()) {
      if (!options_.default_date) return Status::invalid_argument("missing 'date'");
      article.date = *options_.default_date;
    } else {
      Result<Date> parsed = parse_date_or_datetime(*date);
      if (!parsed.ok()) return parsed.status();
      article.date = *parsed;
    }
    std::optional<std::string_view> body;
    for (const char* name : {"body", "text", "content"}) {
      body = string_field(name);
      if (body) break;
    }
    if (!body) return Status::invalid_argument("missing 'body', 'text' or 'content'");
    article.title = string_field("title").value_or("");
    article.url = string_field("url").value_or("");
    article.source = string_field("source").value_or("");
    compose_text(article, *body);
    return Status();
  }

  ReaderOptions options_;
  Diagnostics& diagnostics_;
  std::vector<std::string> pending_;
  std::optional<JsonLinesInput> json_lines_;
  std::uint64_t bytes_read_ = 0;
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

}  // namespace entente
