#include "core/file.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace entente {

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error(fmt::format("{}: cannot open", path));
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return Status::io_error(fmt::format("{}: read failed", path));
  return std::move(contents).str();
}

}  // namespace entente
