#include "core/json.h"

#include <doctest/doctest.h>

#include <string>

namespace entente {

TEST_CASE("parse_json_object accepts an object and says why anything else is refused") {
  rapidjson::Document doc;
  REQUIRE(parse_json_object(R"({"a": [1, {"b": "]]]"}]})", doc).ok());
  CHECK(doc["a"][1]["b"].GetString() == std::string("]]]"));

  CHECK(parse_json_object("[1, 2]", doc).message() == "not a JSON object");
  CHECK(parse_json_object(R"({"a": "open)", doc).message() ==
        "invalid JSON at byte 11: Missing a closing quotation mark in string.");
  CHECK(parse_json_object(R"({"a": 1} x)", doc).message().starts_with("invalid JSON at byte 9: "));
}

TEST_CASE("nesting deeper than kMaxJsonDepth is refused before parsing, brackets in strings aside") {
  auto nested = [](std::size_t depth) {
    return "{\"a\":" + std::string(depth - 1, '[') + std::string(depth - 1, ']') + "}";
  };
  rapidjson::Document doc;
  CHECK(parse_json_object(nested(kMaxJsonDepth), doc).ok());
  CHECK(parse_json_object(nested(kMaxJsonDepth + 1), doc).message() == "JSON nested deeper than 64 levels");
  // A million levels would overflow the stack of a recursive parser.
  CHECK(parse_json_object(std::string(1'000'000, '['), doc).message() == "JSON nested deeper than 64 levels");
  const std::string quoted = "{\"a\":\"" + std::string(1000, '[') + "\\\"" + std::string(1000, '{') + "\"}";
  CHECK(parse_json_object(quoted, doc).ok());
}

}  // namespace entente
