#pragma once

#include "crypto/Bytes.h"
#include "store/Id.h"
#include "store/Statement.h"

namespace majakka::store {

// Ids are stored as 16-byte blobs.
inline crypto::ByteView idView(const Id& id)
{
    return {id.bytes.data(), id.bytes.size()};
}

inline Id idColumn(const Statement& row, int column)
{
    const crypto::Bytes bytes = row.columnBlob(column);
    return Id::fromBytes(bytes.data(), bytes.size());
}

} // namespace majakka::store
