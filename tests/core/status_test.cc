#include "core/status.h"

#include <doctest/doctest.h>

#include <string>

namespace entente {

TEST_CASE("a default Status is OK and carries no message") {
  const Status s;
  CHECK(s.ok());
  CHECK(s.code() == Status::Code::kOk);
  CHECK(s.message().empty());
}

TEST_CASE("error statuses keep their code and message, and gain context") {
  const Status s = Status::not_found("no such actor");
  CHECK_FALSE(s.ok());
  CHECK(s.code() == Status::Code::kNotFound);
  const Status wrapped = s.with_context("dict.txt:3");
  CHECK(wrapped.code() == Status::Code::kNotFound);
  CHECK(wrapped.message() == "dict.txt:3: no such actor");
  CHECK(Status().with_context("ignored").ok());
}

TEST_CASE("Result holds a value or the status explaining its absence") {
  Result<std::string> good(std::string("value"));
  REQUIRE(good.ok());
  CHECK(*good == "value");
  CHECK(good->size() == 5);
  CHECK(good.status().ok());

  Result<std::string> bad(Status::io_error("disk gone"));
  CHECK_FALSE(bad.ok());
  CHECK(bad.status().code() == Status::Code::kIOError);
  CHECK(bad.status().message() == "disk gone");
}

}  // namespace entente
