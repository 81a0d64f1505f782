// Reading whole files, for the loaders that parse text held in memory.
#pragma once

#include <string>

#include "core/status.h"

namespace entente {

// The bytes of the file at `path`. Returns IOError naming the path when it cannot be read.
Result<std::string> read_file(const std::string& path);

}  // namespace entente
