#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

#include "query/query.h"

namespace entente {
namespace {

// Display width in code points, which is what a terminal shows for the scripts we print.
std::size_t width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string table(const QueryResult& r) {
  std::vector<std::size_t> widths(r.columns.size());
  for (std::size_t c = 0; c < r.columns.size(); ++c) {
    widths[c] = width(r.columns[c]);
    for (const auto& row : r.rows) widths[c] = std::max(widths[c], width(row[c]));
  }
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      out += cells[c];
      if (c + 1 < cells.size()) out.append(widths[c] - width(cells[c]) + 2, ' ');
    }
    out += '\n';
  };
  line(r.columns);
  if (r.rows.empty()) out += "(no results)\n";
  for (const auto& row : r.rows) line(row);
  return out;
}

std::string csv_cell(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string csv(const QueryResult& r) {
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c > 0) out += ',';
      out += csv_cell(cells[c]);
    }
    out += "\r\n";  // RFC 4180
  };
  line(r.columns);
  for (const auto& row : r.rows) line(row);
  return out;
}

std::string json(const QueryResult& r) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("columns");
  w.StartArray();
  for (const auto& c : r.columns) w.String(c.data(), static_cast<rapidjson::SizeType>(c.size()));
  w.EndArray();
  w.Key("rows");
  w.StartArray();
  for (const auto& row : r.rows) {
    w.StartObject();
    for (std::size_t c = 0; c < r.columns.size(); ++c) {
      w.Key(r.columns[c].data(), static_cast<rapidjson::SizeType>(r.columns[c].size()));
      w.String(row[c].data(), static_cast<rapidjson::SizeType>(row[c].size()));
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace

std::string format_result(const QueryResult& result, OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson: return json(result);
    case OutputFormat::kCsv: return csv(result);
    case OutputFormat::kTable: break;
  }
  return table(result);
}

}  // namespace entente
