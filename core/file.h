// Reading whole files, for the loaders that parse text held in memory, and writing files that
// appear whole or not at all.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

#include "core/status.h"

namespace entente {

// The bytes of the file at `path`. Returns IOError naming the path when it cannot be read.
Result<std::string> read_file(const std::string& path);

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
