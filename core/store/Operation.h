#pragma once

#include "store/Id.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace majakka::store {

// One field write: the unit the operation log keeps, and the unit sync moves.
// Operations are never changed or removed once written.
struct Operation
{
    Id opId;
    Id recordId;
    std::string recordType;
    std::string field;
    // The new value as JSON text; nothing when the field was cleared.
    std::optional<std::string> value;
    std::uint64_t hlc = 0;
    Id siteId;
    std::string author;
    // The heads of the field the writer saw: the operations this one replaces.
    std::vector<Id> supersedes;

    bool operator==(const Operation&) const = default;
};

// A reserved field: an operation on it with the value `true` deletes the record.
// A delete supersedes every field head its writer saw; an edit made elsewhere
// that it did not see stays a head beside it, so a concurrent edit is never
// silently lost to a delete.
inline constexpr const char* DeletedField = "$deleted";

} // namespace majakka::store
