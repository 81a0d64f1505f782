#include "tools/progress.h"

#include <doctest/doctest.h>

#include "temp_dir.h"

namespace entente::cli {

TEST_CASE("progress shows the bar, the counts, the speed and the time left") {
  const ProgressFigures half{50'000'000, 100'000'000, 12'345, 678, 5.0};
  CHECK(format_progress(half) ==
        "[############------------]  50%  12,345 articles  678 events  10.0 MB/s  ETA 0:05");
  const ProgressFigures unknown_total{3'000'000, 0, 10, 2, 1.5};
  CHECK(format_progress(unknown_total) == "10 articles  2 events  2.0 MB/s");
  const ProgressFigures slow{1'000'000, 901'000'000, 1, 0, 1.0};
  CHECK(format_progress(slow).ends_with("ETA 15:00"));
  const ProgressFigures starting{10'000, 901'000'000, 1, 0, 0.01};
  CHECK(format_progress(starting).ends_with("1.0 MB/s"));
}

TEST_CASE("numbers are grouped by thousands") {
  CHECK(with_thousands(0) == "0");
  CHECK(with_thousands(999) == "999");
  CHECK(with_thousands(1000) == "1,000");
  CHECK(with_thousands(1234567) == "1,234,567");
}

TEST_CASE("input bytes count the article files as the reader finds them") {
  testing::TempDir dir;
  dir.write("in/a.txt", "12345");
  dir.write("in/deep/b.jsonl", "123");
  dir.write("in/notes.md", "not an article");
  const std::string single = dir.write("single.json", "12");
  CHECK(input_bytes({dir.file("in"), single}) == 10);
  CHECK(input_bytes({dir.file("in"), "-"}) == 0);  // standard input: unknown
  CHECK(input_bytes({dir.file("absent")}) == 0);
}

}  // namespace entente::cli
