// Reading files: whole, for the loaders that parse text held in memory (read_file), or in bounded
// pieces, for the article reader (ByteInput); either way no input larger than a limit is ever held
// in memory whole, whatever its size on disk. And writing files that appear whole or not at all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "core/status.h"

namespace entente {

// The largest file read_file reads by default: far above any dictionary (the whole Phoenix actor
// set is 2 MB), far below what would exhaust memory. README.md ("Limits").
inline constexpr std::size_t kMaxFileBytes = std::size_t{32} << 20;

// The bytes of the file at `path` (a regular file, a pipe or a device). Returns IOError
// "PATH: cannot open: REASON" or "PATH: read failed: REASON" when it cannot be read, and
// InvalidArgument "PATH: too large: ..." when it holds more than `max_bytes` (a regular file is
// then not read at all).
Result<std::string> read_file(const std::string& path, std::size_t max_bytes = kMaxFileBytes);

// A file, standard input or a buffer, read in 64 KiB chunks.
class ByteInput {
 public:
  enum class Outcome : std::uint8_t {
    kOk,       // the line (or the rest) was read
    kEnd,      // nothing was left
    kTooLong,  // more than the limit: skipped up to the end of the line (or not read)
    kFailed,   // the operating system failed; error() says why
  };

  // Opens `path` for reading. On failure the input is closed and error() says why.
  static ByteInput open_file(const std::string& path);
  // Standard input (not closed on destruction).
  static ByteInput standard_input();
  // Reads from a copy of `bytes`.
  static ByteInput from_buffer(std::string_view bytes);

  ByteInput(ByteInput&& other) noexcept;
  ByteInput& operator=(ByteInput&& other) noexcept;
  ByteInput(const ByteInput&) = delete;
  ByteInput& operator=(const ByteInput&) = delete;
  ~ByteInput();

  bool is_open() const { return fd_ >= 0 || from_memory_; }
  // Why the last operation failed, in the system's words ("permission denied").
  const std::string& error() const { return error_; }
  // The size of a regular file, known before reading; nullopt for pipes, devices and buffers.
  std::optional<std::uint64_t> known_size() const { return known_size_; }
  // Bytes consumed so far.
  std::uint64_t consumed() const { return consumed_; }

  // The next byte without consuming it, or nullopt at the end (or on a failure).
  std::optional<char> peek();
  // The next line, without its '\n' and a '\r' before it. A line longer than `max_bytes` is
  // consumed to its end and kTooLong returned, holding at most `max_bytes` of it meanwhile.
  Outcome next_line(std::string& line, std::size_t max_bytes);
  // Everything left. Returns kTooLong, having read at most `max_bytes` + 1 bytes, when more is left.
  Outcome read_rest(std::string& out, std::size_t max_bytes);

 private:
  ByteInput() = default;
  // Refills the buffer once it is used up: returns false at the end or on a failure.
  bool fill();

  int fd_ = -1;
  bool owns_fd_ = false;
  bool from_memory_ = false;
  bool failed_ = false;
  std::string buffer_;
  std::size_t at_ = 0;  // the next unread byte of buffer_
  std::optional<std::uint64_t> known_size_;
  std::uint64_t consumed_ = 0;
  std::string error_;
};

// The system's description of errno value `error`, starting in lower case ("no such file or
// directory"), as Entente's messages do.
std::string describe_errno(int error);

// A file written beside its final path (PATH.tmp) and renamed into place by commit(), so that a
// failed write leaves no half file and an old file at PATH stays until the new one is complete.
// The path "-" is standard output. An uncommitted temporary file is removed on destruction.
class StagedFile {
 public:
  explicit StagedFile(std::string path) : path_(std::move(path)) {}
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;
  ~StagedFile();

  const std::string& path() const { return path_; }
  // Creates the temporary file. Returns IOError with the reason (not the path: callers name
  // it) when it cannot be created.
  Status open();
  // Where to write. REQUIRES: open() succeeded.
  std::ostream& stream();
  // Renames the written file into place. Returns IOError with the reason when writing or
  // renaming failed; the temporary file is removed then.
  Status commit();

 private:
  bool is_stdout() const { return path_ == "-"; }
  std::string temporary() const { return path_ + ".tmp"; }

  std::string path_;
  std::ofstream file_;
  bool committed_ = false;
};

}  // namespace entente
