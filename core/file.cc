#include "core/file.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
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

StagedFile::~StagedFile() {
  if (!is_stdout() && !committed_) std::remove(temporary().c_str());
}

Status StagedFile::open() {
  if (is_stdout()) return Status();
  file_.open(temporary(), std::ios::binary | std::ios::trunc);
  if (!file_) return Status::io_error(std::strerror(errno));
  return Status();
}

std::ostream& StagedFile::stream() {
  return is_stdout() ? std::cout : file_;
}

Status StagedFile::commit() {
  if (is_stdout()) return std::cout.flush() ? Status() : Status::io_error("write to standard output failed");
  file_.close();
  if (!file_) return Status::io_error(fmt::format("write failed: {}", std::strerror(errno)));
  if (std::rename(temporary().c_str(), path_.c_str()) != 0)
    return Status::io_error(fmt::format("rename failed: {}", std::strerror(errno)));
  committed_ = true;
  return Status();
}

}  // namespace entente
