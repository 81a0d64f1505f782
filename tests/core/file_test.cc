#include "core/file.h"

#include <doctest/doctest.h>

#include "temp_dir.h"

namespace entente {

TEST_CASE("read_file returns the bytes of a file, or IOError naming it") {
  const testing::TempDir dir;
  const std::string path = dir.write("a.txt", std::string("line\r\nwith \0 nul\n", 17));
  Result<std::string> text = read_file(path);
  REQUIRE(text.ok());
  CHECK(*text == std::string("line\r\nwith \0 nul\n", 17));
  Result<std::string> missing = read_file(dir.file("missing.txt"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kIOError);
  CHECK(missing.status().message() == dir.file("missing.txt") + ": cannot open");
}

}  // namespace entente
