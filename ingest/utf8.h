// UTF-8 validation for the readers.
#pragma once

#include <cstddef>
#include <string>

namespace entente {

// Replaces each maximal invalid UTF-8 sequence in `text`, and each NUL character, by U+FFFD;
// returns how many it replaced.
std::size_t replace_invalid_utf8(std::string& text);

}  // namespace entente
