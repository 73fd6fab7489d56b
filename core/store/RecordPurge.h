#pragma once

#include "store/Id.h"

#include <string>

namespace majakka::store {

class Database;

// Removes every trace of a record from the operation log of this database:
// its operations, what they superseded, its current values, and operations
// of it held back. Only for a record that left a laptop's scope (sync removes
// it once the office holds everything made in it here); the operation log
// refuses deletes of any other record. The caller's transaction covers it.
void purgeRecord(Database& database, const Id& record, const std::string& at);

} // namespace majakka::store
