#pragma once

#include <iosfwd>

namespace majakka::store {
class Database;
}

namespace majakka::sync {

// The database's replicated content as canonical JSON: every record (sorted by
// id) with its type, whether it is deleted and the value each field shows
// (sorted by field), then every conflict with its heads' operation ids. Nothing
// device-local (users, audit log, settings, trust, clocks) is in it, so two
// replicas that hold the same operations print the same bytes.
void writeCanonicalDump(store::Database& database, std::ostream& out);

} // namespace majakka::sync
