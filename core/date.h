// Calendar dates, as days since 1970-01-01 (proleptic Gregorian), and the partial dates of the
// query language ("2018", "2018-05").
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace entente {

class Date {
 public:
  constexpr Date() = default;  // 1970-01-01
  static constexpr Date from_days(std::int32_t days) {
    Date d;
    d.days_ = days;
    return d;
  }
  // REQUIRES: a valid calendar date (see is_valid_ymd).
  static Date from_ymd(int year, unsigned month, unsigned day);

  // Parses exactly "YYYY-MM-DD" with a real month and day; years 0001..9999.
  static Result<Date> parse(std::string_view text);

  static bool is_valid_ymd(int year, unsigned month, unsigned day);

  // The current date in UTC.
  static Date today();

  constexpr std::int32_t days() const { return days_; }
  int year() const;
  unsigned month() const;
  unsigned day() const;
  // Months since 1970-01: the index of this date's month, for per-month counters.
  int month_index() const { return (year() - 1970) * 12 + static_cast<int>(month()) - 1; }
  // The first day of the month with this month_index(); negative indexes are months before 1970.
  static Date month_start(int month_index);

  std::string to_string() const;  // "YYYY-MM-DD"

  constexpr auto operator<=>(const Date&) const = default;

 private:
  std::int32_t days_ = 0;
};

// The smallest and largest representable dates; open ends of ranges.
inline constexpr Date kMinDate = Date::from_days(-719162);  // 0001-01-01
inline constexpr Date kMaxDate = Date::from_days(2932896);  // 9999-12-31

// An inclusive range of days.
struct DateRange {
  Date first = kMinDate;
  Date last = kMaxDate;

  bool contains(Date d) const { return first <= d && d <= last; }
  bool operator==(const DateRange&) const = default;
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the range of days it names.
Result<DateRange> parse_partial_date(std::string_view text);

// Parses a date or an ISO 8601 date-time ("2018-05-23T10:00:00Z"), keeping the date.
Result<Date> parse_date_or_datetime(std::string_view text);

}  // namespace entente
