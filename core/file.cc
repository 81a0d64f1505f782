#include "core/file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>
#include <utility>

namespace entente {
namespace {

constexpr std::size_t kChunkBytes = 1 << 16;

}  // namespace

std::string describe_errno(int error) {
  std::string text = std::strerror(error);
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

ByteInput ByteInput::open_file(const std::string& path) {
  ByteInput input;
  do {
    input.fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (input.fd_ < 0 && errno == EINTR);
  if (input.fd_ < 0) {
    input.error_ = describe_errno(errno);
    return input;
  }
  input.owns_fd_ = true;
  struct stat st;
  if (::fstat(input.fd_, &st) == 0 && S_ISREG(st.st_mode)) {
    input.known_size_ = static_cast<std::uint64_t>(st.st_size);
  }
  return input;
}

ByteInput ByteInput::standard_input() {
  ByteInput input;
  input.fd_ = STDIN_FILENO;
  return input;
}

ByteInput ByteInput::from_buffer(std::string_view bytes) {
  ByteInput input;
  input.from_memory_ = true;
  input.buffer_.assign(bytes);
  input.known_size_ = bytes.size();
  return input;
}

ByteInput::ByteInput(ByteInput&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      owns_fd_(std::exchange(other.owns_fd_, false)),
      from_memory_(std::exchange(other.from_memory_, false)),
      failed_(other.failed_),
      buffer_(std::move(other.buffer_)),
      at_(other.at_),
      known_size_(other.known_size_),
      consumed_(other.consumed_),
      error_(std::move(other.error_)) {}

ByteInput& ByteInput::operator=(ByteInput&& other) noexcept {
  if (this != &other) {
    ByteInput moved(std::move(other));
    std::swap(fd_, moved.fd_);
    std::swap(owns_fd_, moved.owns_fd_);
    std::swap(from_memory_, moved.from_memory_);
    std::swap(failed_, moved.failed_);
    std::swap(buffer_, moved.buffer_);
    std::swap(at_, moved.at_);
    std::swap(known_size_, moved.known_size_);
    std::swap(consumed_, moved.consumed_);
    std::swap(error_, moved.error_);
  }
  return *this;
}

ByteInput::~ByteInput() {
  if (owns_fd_) ::close(fd_);
}

bool ByteInput::fill() {
  if (at_ < buffer_.size()) return true;
  buffer_.clear();
  at_ = 0;
  if (from_memory_ || fd_ < 0 || failed_) return false;
  buffer_.resize(kChunkBytes);
  ssize_t n;
  do {
    n = ::read(fd_, buffer_.data(), buffer_.size());
  } while (n < 0 && errno == EINTR);
  if (n < 0) {
    failed_ = true;
    error_ = describe_errno(errno);
    n = 0;
  }
  buffer_.resize(static_cast<std::size_t>(n));
  return n > 0;
}

std::optional<char> ByteInput::peek() {
  if (!fill()) return std::nullopt;
  return buffer_[at_];
}

ByteInput::Outcome ByteInput::next_line(std::string& line, std::size_t max_bytes) {
  line.clear();
  bool any = false, too_long = false;
  while (fill()) {
    any = true;
    const std::string_view rest = std::string_view(buffer_).substr(at_);
    const std::size_t eol = rest.find('\n');
    const std::string_view piece = rest.substr(0, eol);
    if (!too_long && line.size() + piece.size() <= max_bytes) {
      line += piece;
    } else if (!too_long) {
      too_long = true;
      line.clear();
      line.shrink_to_fit();
    }
    const std::size_t used = eol == std::string_view::npos ? rest.size() : eol + 1;
    at_ += used;
    consumed_ += used;
    if (eol != std::string_view::npos) break;
  }
  if (failed_) return Outcome::kFailed;
  if (!any) return Outcome::kEnd;
  if (too_long) return Outcome::kTooLong;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return Outcome::kOk;
}

ByteInput::Outcome ByteInput::read_rest(std::string& out, std::size_t max_bytes) {
  out.clear();
  // A regular file's size is known: one too large is refused without reading it.
  if (known_size_ && *known_size_ > consumed_ + max_bytes) return Outcome::kTooLong;
  bool any = false;
  while (fill()) {
    any = true;
    const std::string_view rest = std::string_view(buffer_).substr(at_);
    const std::size_t take = std::min(rest.size(), max_bytes + 1 - out.size());
    out += rest.substr(0, take);
    at_ += take;
    consumed_ += take;
    if (out.size() > max_bytes) {
      out.clear();
      out.shrink_to_fit();
      return Outcome::kTooLong;
    }
  }
  if (failed_) return Outcome::kFailed;
  return any ? Outcome::kOk : Outcome::kEnd;
}

Result<std::string> read_file(const std::string& path, std::size_t max_bytes) {
  ByteInput input = ByteInput::open_file(path);
  if (!input.is_open()) return Status::io_error(fmt::format("{}: cannot open: {}", path, input.error()));
  std::string contents;
  switch (input.read_rest(contents, max_bytes)) {
    case ByteInput::Outcome::kOk:
    case ByteInput::Outcome::kEnd: return contents;
    case ByteInput::Outcome::kTooLong:
      return Status::invalid_argument(
          input.known_size()
              ? fmt::format("{}: too large: {} bytes, more than the {} read whole", path, *input.known_size(),
                            max_bytes)
              : fmt::format("{}: too large: more than the {} bytes read whole", path, max_bytes));
    case ByteInput::Outcome::kFailed: break;
  }
  return Status::io_error(fmt::format("{}: read failed: {}", path, input.error()));
}

StagedFile::~StagedFile() {
  if (!is_stdout() && !committed_) std::remove(temporary().c_str());
}

Status StagedFile::open() {
  if (is_stdout()) return Status();
  file_.open(temporary(), std::ios::binary | std::ios::trunc);
  if (!file_) return Status::io_error(describe_errno(errno));
  return Status();
}

std::ostream& StagedFile::stream() {
  return is_stdout() ? std::cout : file_;
}

Status StagedFile::commit() {
  if (is_stdout()) return std::cout.flush() ? Status() : Status::io_error("write to standard output failed");
  file_.close();
  if (!file_) return Status::io_error(fmt::format("write failed: {}", describe_errno(errno)));
  if (std::rename(temporary().c_str(), path_.c_str()) != 0)
    return Status::io_error(fmt::format("rename failed: {}", describe_errno(errno)));
  committed_ = true;
  return Status();
}

}  // namespace entente
