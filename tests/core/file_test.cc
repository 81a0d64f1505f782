#include "core/file.h"

#include <doctest/doctest.h>

#include <filesystem>

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

TEST_CASE("a staged file replaces its path only when committed") {
  const testing::TempDir dir;
  const std::string path = dir.write("graph.xml", "old");
  {
    StagedFile abandoned(path);
    REQUIRE(abandoned.open().ok());
    abandoned.stream() << "half";
    CHECK(read_file(path).value() == "old");  // the new bytes go beside it
  }
  CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
  CHECK(read_file(path).value() == "old");
  {
    StagedFile file(path);
    REQUIRE(file.open().ok());
    file.stream() << "new";
    REQUIRE(file.commit().ok());
  }
  CHECK(read_file(path).value() == "new");
  CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
}

TEST_CASE("a staged file in a missing directory fails with the reason") {
  const testing::TempDir dir;
  StagedFile file(dir.file("no/such/dir/graph.xml"));
  const Status opened = file.open();
  CHECK(opened.code() == Status::Code::kIOError);
  CHECK(opened.message().find("No such file or directory") != std::string::npos);
}

}  // namespace entente
