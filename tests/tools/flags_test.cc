#include "tools/flags.h"

#include <doctest/doctest.h>

namespace entente::cli {
namespace {

Flags declared() {
  Flags flags;
  flags.value("db", "DIR", "store");
  flags.value("actors", "FILE", "dictionaries", true);
  flags.boolean("json", "json output");
  return flags;
}

}  // namespace

TEST_CASE("values, booleans, repeats and positionals") {
  Flags flags = declared();
  REQUIRE(flags.parse({"a.txt", "--db", "x", "--actors=one", "--json", "--actors", "two", "-", "--", "--db"})
              .ok());
  CHECK(flags.get("db") == "x");
  CHECK(flags.has("json"));
  CHECK(flags.all("actors") == std::vector<std::string>{"one", "two"});
  CHECK(flags.positional() == std::vector<std::string>{"a.txt", "-", "--db"});
  CHECK_FALSE(flags.get("nothing").has_value());
}

TEST_CASE("a letter stands for a long flag") {
  Flags flags = declared();
  flags.short_name('a', "actors");
  REQUIRE(flags.parse({"-a", "one", "--actors", "two", "x", "--", "-a"}).ok());
  CHECK(flags.all("actors") == std::vector<std::string>{"one", "two"});
  CHECK(flags.positional() == std::vector<std::string>{"x", "-a"});
  CHECK(flags.describe().find("  -a, --actors FILE  dictionaries (repeatable)\n") != std::string::npos);
  CHECK(declared().parse({"-a", "one"}).message() == "unknown option '-a'");
}

TEST_CASE("usage errors name the flag") {
  CHECK(declared().parse({"--bogus"}).message() == "unknown option '--bogus'");
  CHECK(declared().parse({"-x"}).message() == "unknown option '-x'");
  CHECK(declared().parse({"--db"}).message() == "option '--db' needs a value (DIR)");
  CHECK(declared().parse({"--db", "a", "--db", "b"}).message() == "option '--db' given twice");
  CHECK(declared().parse({"--json=yes"}).message() == "option '--json' takes no value");
}

TEST_CASE("help lists options aligned") {
  CHECK(declared().describe() ==
        "  --db DIR       store\n"
        "  --actors FILE  dictionaries (repeatable)\n"
        "  --json         json output\n");
}

}  // namespace entente::cli
