#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdlib>

#include "query/query.h"

namespace entente {
namespace {

// Display width in code points, which is what a terminal shows for the scripts we print.
std::size_t width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::vector<std::string> column_names(const QueryResult& r) {
  std::vector<std::string> names;
  for (const QueryResult::Column& c : r.columns) names.push_back(c.name);
  return names;
}

// One block character per row, from the lowest value (the lowest block) to the highest; a dot
// where the cell is empty.
std::string sparkline(const QueryResult& r, std::size_t column) {
  static constexpr std::string_view kBlocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  std::vector<double> values;
  for (const auto& row : r.rows) {
    if (!row[column].empty()) values.push_back(std::strtod(row[column].c_str(), nullptr));
  }
  if (values.empty()) return "";
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  std::string line;
  for (const auto& row : r.rows) {
    if (row[column].empty()) {
      line += "·";
      continue;
    }
    const double share =
        *high > *low ? (std::strtod(row[column].c_str(), nullptr) - *low) / (*high - *low) : 0.5;
    line += kBlocks[std::min<std::size_t>(7, static_cast<std::size_t>(share * 8))];
  }
  return line;
}

std::string table(const QueryResult& r) {
  const std::vector<std::string> names = column_names(r);
  std::vector<std::size_t> widths(names.size());
  for (std::size_t c = 0; c < names.size(); ++c) {
    widths[c] = width(names[c]);
    for (const auto& row : r.rows) widths[c] = std::max(widths[c], width(row[c]));
  }
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      out += cells[c];
      if (c + 1 < cells.size()) out.append(widths[c] - width(cells[c]) + 2, ' ');
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();  // empty last cells pad nothing
    out += '\n';
  };
  line(names);
  if (r.rows.empty()) out += "(no results)\n";
  for (const auto& row : r.rows) line(row);
  if (r.sparkline >= 0 && !r.rows.empty()) {
    out += fmt::format("{}  {}\n", names[static_cast<std::size_t>(r.sparkline)],
                       sparkline(r, static_cast<std::size_t>(r.sparkline)));
  }
  for (const auto& [name, value] : r.summary) out += fmt::format("{}: {}\n", name, value);
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
  line(column_names(r));
  for (const auto& row : r.rows) line(row);
  return out;
}

std::string json(const QueryResult& r) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  auto string = [&](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  w.Key("columns");
  w.StartArray();
  for (const auto& c : r.columns) string(c.name);
  w.EndArray();
  w.Key("rows");
  w.StartArray();
  for (const auto& row : r.rows) {
    w.StartObject();
    for (std::size_t c = 0; c < r.columns.size(); ++c) {
      w.Key(r.columns[c].name.data(), static_cast<rapidjson::SizeType>(r.columns[c].name.size()));
      if (row[c].empty()) {
        w.Null();
      } else if (r.columns[c].type == QueryResult::Type::kText) {
        string(row[c]);
      } else {
        // Numbers are formatted as JSON numbers, but for the sign of "+12.5".
        const std::string_view number = row[c].front() == '+' ? std::string_view(row[c]).substr(1) : row[c];
        w.RawValue(number.data(), number.size(), rapidjson::kNumberType);
      }
    }
    w.EndObject();
  }
  w.EndArray();
  if (!r.summary.empty()) {
    w.Key("summary");
    w.StartObject();
    for (const auto& [name, value] : r.summary) {
      w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
      string(value);
    }
    w.EndObject();
  }
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
