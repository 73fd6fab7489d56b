#pragma once

#include "Error.h"
#include "store/IdColumns.h"
#include "store/Operation.h"
#include "store/Statement.h"

#include <vector>

// How operations are laid out in the operations table, shared by the log and
// the readers of its history.
namespace majakka::store {

inline crypto::Bytes packIds(const std::vector<Id>& ids)
{
    crypto::Bytes out;
    out.reserve(ids.size() * 16);
    for (const Id& id : ids) {
        out.insert(out.end(), id.bytes.begin(), id.bytes.end());
    }
    return out;
}

inline std::vector<Id> unpackIds(const crypto::Bytes& packed)
{
    if (packed.size() % 16 != 0) {
        throw Error(ErrorCode::Damaged, "an operation in the database lists a malformed superseded id");
    }
    std::vector<Id> ids;
    for (std::size_t i = 0; i < packed.size(); i += 16) {
        ids.push_back(Id::fromBytes(packed.data() + i, 16));
    }
    return ids;
}

inline constexpr const char* OperationColumns
    = "op_id, record_id, record_type, field, value, hlc, site_id, author, supersedes";

inline Operation readOperation(const Statement& row)
{
    Operation op;
    op.opId = idColumn(row, 0);
    op.recordId = idColumn(row, 1);
    op.recordType = row.columnText(2);
    op.field = row.columnText(3);
    if (!row.columnIsNull(4)) {
        op.value = row.columnText(4);
    }
    op.hlc = static_cast<std::uint64_t>(row.columnInt(5));
    op.siteId = idColumn(row, 6);
    op.author = row.columnText(7);
    op.supersedes = unpackIds(row.columnBlob(8));
    return op;
}

} // namespace majakka::store
