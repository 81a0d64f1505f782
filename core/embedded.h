// Files compiled into the binary (cmake/EmbedFiles.cmake): the shipped dictionaries and lexicon.
#pragma once

#include <string_view>

namespace entente {

struct EmbeddedFile {
  std::string_view name;  // file name without directory: "states.txt"
  std::string_view data;
};

}  // namespace entente
