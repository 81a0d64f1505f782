// Consistency checks over loaded dictionaries: what `entente actors --check` reports.
#pragma once

#include "core/diagnostics.h"
#include "core/dictionary.h"

namespace entente {

// Reports, as FILE:LINE: problem,
// - duplicates: an id defined twice within one layer (the shipped files, or one user file);
// - unknown keys: a key, role key or country that names no loaded state ("XYZ", "XYZ:REB");
// - overlapping roles: a person holding two roles with different keys on the same day;
// - conflicting aliases: a phrase that names entities of different keys on the same day (two
//   states, or two persons both in office), a phrase that is two sectors' word, or a phrase
//   both excluded and named.
void check_dictionary(const Dictionary& dictionary, Diagnostics& diagnostics);

}  // namespace entente
