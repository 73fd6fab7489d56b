#pragma once

#include "store/Operation.h"

#include <string>

namespace majakka::sync {

class SyncHooks;

// Checks one operation from a package before anything is applied: ids, a
// known record type, a field name and value of sane shape (the value JSON),
// an author, and a delete that says what it is. Throws Error(Damaged) naming
// the operation's place in the package.
void checkOperation(const store::Operation& operation, std::size_t index, const SyncHooks& hooks);

} // namespace majakka::sync
