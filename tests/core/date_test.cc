#include "core/date.h"

#include <doctest/doctest.h>

namespace entente {

TEST_CASE("dates round-trip through days since 1970") {
  CHECK(Date::from_ymd(1970, 1, 1).days() == 0);
  CHECK(Date::from_ymd(2018, 5, 23).to_string() == "2018-05-23");
  CHECK(Date::from_ymd(2000, 2, 29).days() + 1 == Date::from_ymd(2000, 3, 1).days());
  const Date d = Date::from_ymd(1999, 12, 31);
  CHECK(d.year() == 1999);
  CHECK(d.month() == 12);
  CHECK(d.day() == 31);
  CHECK(kMinDate.to_string() == "0001-01-01");
  CHECK(kMaxDate.to_string() == "9999-12-31");
  CHECK(Date::from_ymd(2018, 5, 1).month_index() - Date::from_ymd(2017, 5, 31).month_index() == 12);
}

TEST_CASE("month_start inverts month_index, before 1970 too") {
  for (const char* day :
       {"1969-02-14", "1969-12-31", "1970-01-01", "0001-01-05", "2018-05-23", "9999-12-31"}) {
    CAPTURE(day);
    const Date date = *Date::parse(day);
    const Date start = Date::month_start(date.month_index());
    CHECK(start.year() == date.year());
    CHECK(start.month() == date.month());
    CHECK(start.day() == 1);
  }
}

TEST_CASE("Date::parse accepts only real YYYY-MM-DD dates") {
  REQUIRE(Date::parse("2018-05-23").ok());
  CHECK(Date::parse("2018-05-23")->days() == Date::from_ymd(2018, 5, 23).days());
  CHECK(Date::parse("2020-02-29").ok());
  for (const char* bad :
       {"2018-13-45", "0000-00-00", "2019-02-29", "2018-5-23", "2018/05/23", "", "20180523", "2018-05-23x"}) {
    CAPTURE(bad);
    const Result<Date> r = Date::parse(bad);
    CHECK_FALSE(r.ok());
    CHECK(r.status().code() == Status::Code::kInvalidArgument);
  }
}

TEST_CASE("partial dates name ranges of days") {
  const Result<DateRange> year = parse_partial_date("2018");
  REQUIRE(year.ok());
  CHECK(year->first.to_string() == "2018-01-01");
  CHECK(year->last.to_string() == "2018-12-31");
  const Result<DateRange> month = parse_partial_date("2016-02");
  REQUIRE(month.ok());
  CHECK(month->last.to_string() == "2016-02-29");
  const Result<DateRange> day = parse_partial_date("2018-05-23");
  REQUIRE(day.ok());
  CHECK(day->first == day->last);
  CHECK(*parse_partial_date("2018-05") == DateRange{Date::from_ymd(2018, 5, 1), Date::from_ymd(2018, 5, 31)});
  CHECK_FALSE(*parse_partial_date("2018-05") ==
              DateRange{Date::from_ymd(2018, 5, 1), Date::from_ymd(2018, 5, 30)});
  CHECK_FALSE(parse_partial_date("2018-13").ok());
  CHECK_FALSE(parse_partial_date("18").ok());
}

TEST_CASE("date-times keep their date") {
  REQUIRE(parse_date_or_datetime("2018-05-23T10:15:00Z").ok());
  CHECK(parse_date_or_datetime("2018-05-23T10:15:00Z")->to_string() == "2018-05-23");
  CHECK(parse_date_or_datetime("2018-05-23 10:15").ok());
  CHECK_FALSE(parse_date_or_datetime("2018-05-32T00:00").ok());
}

}  // namespace entente
