#include "core/date.h"

#include <fmt/format.h>

#include <chrono>

#include "core/text.h"

namespace entente {
namespace {

// Howard Hinnant's days_from_civil and civil_from_days.
constexpr std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Civil {
  int year;
  unsigned month;
  unsigned day;
};

constexpr Civil civil_from_days(std::int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

static_assert(days_from_civil(1, 1, 1) == -719162);
static_assert(days_from_civil(9999, 12, 31) == 2932896);

unsigned days_in_month(int year, unsigned month) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Parses `count` digits at `at`, or returns -1.
int parse_digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!is_ascii_digit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

Status bad_date(std::string_view text) {
  return Status::invalid_argument(fmt::format("invalid date '{}' (expected YYYY-MM-DD)", text));
}

}  // namespace

bool Date::is_valid_ymd(int year, unsigned month, unsigned day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

Date Date::today() {
  const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  return from_days(static_cast<std::int32_t>(std::chrono::floor<std::chrono::days>(since_epoch).count()));
}

Date Date::from_ymd(int year, unsigned month, unsigned day) {
  return from_days(days_from_civil(year, month, day));
}

Date Date::month_start(int month_index) {
  const int year = 1970 + (month_index >= 0 ? month_index / 12 : (month_index - 11) / 12);  // floor
  return from_ymd(year, static_cast<unsigned>(month_index - (year - 1970) * 12) + 1, 1);
}

Result<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad_date(text);
  const int y = parse_digits(text, 0, 4), m = parse_digits(text, 5, 2), d = parse_digits(text, 8, 2);
  if (y < 0 || m < 0 || d < 0 || !is_valid_ymd(y, m, d)) return bad_date(text);
  return from_ymd(y, m, d);
}

int Date::year() const {
  return civil_from_days(days_).year;
}
unsigned Date::month() const {
  return civil_from_days(days_).month;
}
unsigned Date::day() const {
  return civil_from_days(days_).day;
}

std::string Date::to_string() const {
  const Civil c = civil_from_days(days_);
  return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

Result<DateRange> parse_partial_date(std::string_view text) {
  const int y = parse_digits(text, 0, 4);
  if (text.size() == 4 && y >= 1) return DateRange{Date::from_ymd(y, 1, 1), Date::from_ymd(y, 12, 31)};
  if (text.size() == 7 && text[4] == '-') {
    const int m = parse_digits(text, 5, 2);
    if (y >= 1 && m >= 1 && m <= 12) {
      return DateRange{Date::from_ymd(y, m, 1), Date::from_ymd(y, m, days_in_month(y, m))};
    }
  }
  if (text.size() == 10) {
    Result<Date> day = Date::parse(text);
    if (day.ok()) return DateRange{*day, *day};
  }
  return Status::invalid_argument(
      fmt::format("invalid date '{}' (expected YYYY, YYYY-MM or YYYY-MM-DD)", text));
}

Result<Date> parse_date_or_datetime(std::string_view text) {
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) return Date::parse(text.substr(0, 10));
  return Date::parse(text);
}

}  // namespace entente
