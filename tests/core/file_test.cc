#include "core/file.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "temp_dir.h"

namespace entente {

TEST_CASE("read_file returns the bytes of a file, or IOError naming it and the reason") {
  const testing::TempDir dir;
  const std::string path = dir.write("a.txt", std::string("line\r\nwith \0 nul\n", 17));
  Result<std::string> text = read_file(path);
  REQUIRE(text.ok());
  CHECK(*text == std::string("line\r\nwith \0 nul\n", 17));
  Result<std::string> missing = read_file(dir.file("missing.txt"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kIOError);
  CHECK(missing.status().message() == dir.file("missing.txt") + ": cannot open: no such file or directory");
}

TEST_CASE("read_file refuses a file over its limit without reading it") {
  const testing::TempDir dir;
  const std::string path = dir.write("big.txt", std::string(5000, 'x'));
  CHECK(read_file(path, 5000).ok());
  const Result<std::string> big = read_file(path, 4999);
  REQUIRE_FALSE(big.ok());
  CHECK(big.status().message() == path + ": too large: 5000 bytes, more than the 4999 read whole");
  const Result<std::string> endless = read_file("/dev/zero", 1000);
  REQUIRE_FALSE(endless.ok());
  CHECK(endless.status().message() == "/dev/zero: too large: more than the 1000 bytes read whole");
}

using Outcome = ByteInput::Outcome;

TEST_CASE("next_line splits lines, drops a CR before LF, and reads a last line without LF") {
  ByteInput input = ByteInput::from_buffer("one\r\n\ntwo\nthree");
  std::string line;
  CHECK(input.next_line(line, 100) == Outcome::kOk);
  CHECK(line == "one");
  CHECK(input.next_line(line, 100) == Outcome::kOk);
  CHECK(line.empty());
  CHECK(input.next_line(line, 100) == Outcome::kOk);
  CHECK(line == "two");
  CHECK(input.next_line(line, 100) == Outcome::kOk);
  CHECK(line == "three");
  CHECK(input.next_line(line, 100) == Outcome::kEnd);
  CHECK(input.consumed() == 15);
}

TEST_CASE("a line over the limit is skipped whole and the next one is read") {
  const testing::TempDir dir;
  // Longer than one read chunk, so that the skipping spans refills.
  const std::string path = dir.write("long.jsonl", "short\n" + std::string(300'000, 'x') + "\nafter\n");
  ByteInput input = ByteInput::open_file(path);
  REQUIRE(input.is_open());
  std::string line;
  CHECK(input.next_line(line, 1000) == Outcome::kOk);
  CHECK(line == "short");
  CHECK(input.next_line(line, 1000) == Outcome::kTooLong);
  CHECK(line.capacity() <= 1000);
  CHECK(input.next_line(line, 1000) == Outcome::kOk);
  CHECK(line == "after");
  CHECK(input.next_line(line, 1000) == Outcome::kEnd);
}

TEST_CASE("read_rest refuses a file over the limit by its size, without reading it") {
  const testing::TempDir dir;
  const std::string path = dir.write("big.txt", std::string(5000, 'x'));
  ByteInput big = ByteInput::open_file(path);
  REQUIRE(big.known_size() == 5000u);
  std::string out;
  CHECK(big.read_rest(out, 4999) == Outcome::kTooLong);
  CHECK(big.consumed() == 0);
  ByteInput fits = ByteInput::open_file(path);
  CHECK(fits.read_rest(out, 5000) == Outcome::kOk);
  CHECK(out.size() == 5000);
  CHECK(fits.read_rest(out, 5000) == Outcome::kEnd);
}

TEST_CASE("read_rest stops one byte past the limit where the size is not known in advance") {
  // /dev/zero is endless: only the limit ends the read.
  ByteInput zeros = ByteInput::open_file("/dev/zero");
  REQUIRE(zeros.is_open());
  CHECK_FALSE(zeros.known_size());
  std::string out;
  CHECK(zeros.read_rest(out, 100'000) == Outcome::kTooLong);
  CHECK(zeros.consumed() == 100'001);
  CHECK(out.empty());
}

TEST_CASE("open and read failures carry the system's reason") {
  const testing::TempDir dir;
  ByteInput missing = ByteInput::open_file(dir.file("missing.txt"));
  CHECK_FALSE(missing.is_open());
  CHECK(missing.error() == "no such file or directory");
  // Reading a directory fails after a successful open.
  ByteInput directory = ByteInput::open_file(dir.path().string());
  REQUIRE(directory.is_open());
  std::string out;
  CHECK(directory.read_rest(out, 100) == Outcome::kFailed);
  CHECK(directory.error() == "is a directory");
}

TEST_CASE("peek looks at the first byte without consuming it") {
  ByteInput input = ByteInput::from_buffer("{x}");
  CHECK(input.peek() == '{');
  std::string line;
  CHECK(input.next_line(line, 10) == Outcome::kOk);
  CHECK(line == "{x}");
  CHECK_FALSE(input.peek());
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
  CHECK(opened.message().find("no such file or directory") != std::string::npos);
}

}  // namespace entente
