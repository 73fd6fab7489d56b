#pragma once

#include "store/Id.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace majakka::sync {

// Whose cases a package carries: one worker's, one office's, both narrowing,
// or (neither set) everything.
struct Scope
{
    std::optional<std::string> worker; // a user name
    std::optional<std::string> office; // office name, e.g. "oulu"

    bool isEverything() const { return !worker && !office; }
};

// What sync needs to know of the records it moves, without knowing what a
// client is: the casework layer answers (casework/ClientSyncHooks), and the
// property tests answer for records of their own.
class SyncHooks
{
public:
    virtual ~SyncHooks() = default;

    // Whether a package may carry operations of this record type.
    virtual bool knowsRecordType(std::string_view type) const = 0;
    // The live records a scope covers (for an export to a laptop, or a user who
    // sees part of the data). Records of types without an owner (the hotline's
    // anonymous calls) belong to no worker or office scope.
    virtual std::vector<store::Id> recordsIn(const Scope& scope) = 0;
    // Brings what is derived from these records (summaries, search, tables)
    // up to date with their current values, dropping the rows of records that
    // were deleted or removed; each record comes with the fields that changed,
    // so that only what they touch is written again. Returns a sentence for
    // each record whose values make no valid record now (its earlier derived
    // rows stay).
    virtual std::vector<std::string> refresh(const std::map<store::Id, std::set<std::string>>& changes) = 0;
    // Drops everything derived from a record leaving this database.
    virtual void forget(const store::Id& record) = 0;
    // How people know the record ("OUL-2026-0012 Virtanen, Aino"): for
    // conflict lists and reports. May be empty.
    virtual std::string label(const store::Id& record) = 0;
    // Throws Error(Permission) unless the signed-in user may change the record.
    virtual void requireMayChange(const store::Id& record) = 0;
};

} // namespace majakka::sync
