// Consistency checks over loaded dictionaries: what `entente actors --check` reports.
#pragma once

#include "core/diagnostics.h"
#include "core/dictionary.h"

namespace entente {

// Reports, as FILE:LINE: problem, persons whose roles overlap in time, keys and countries that
// name no loaded state, and names that mean different entities of the same kind.
void check_dictionary(const Dictionary& dictionary, Diagnostics& diagnostics);

}  // namespace entente
