// The store's self-check: every invariant of docs/storage.md, read from one snapshot. Internal
// to graph/; Store::verify is its public face.
#pragma once

#include "graph/store_db.h"

namespace entente::detail {

// See Store::verify.
Result<StoreCheck> verify_store(const StoreDb& db);

}  // namespace entente::detail
