#include "sync/HeldBackOperations.h"

#include "store/Database.h"
#include "store/IdColumns.h"
#include "store/Statement.h"
#include "sync/Cbor.h"
#include "sync/Payload.h"

namespace majakka::sync {

std::size_t HeldBackOperations::holdBack(const std::vector<store::Operation>& operations)
{
    store::Statement held(m_database, "SELECT 1 FROM operations WHERE op_id = ?1");
    store::Statement keep(
        m_database,
        "INSERT OR IGNORE INTO quarantined_operations (op_id, record_id, site_id, hlc, operation) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    std::size_t kept = 0;
    for (const store::Operation& op : operations) {
        held.reset();
        held.bind(1, store::idView(op.opId));
        if (held.step()) {
            continue;
        }
        CborWriter encoded;
        writeOperation(encoded, op);
        keep.reset();
        keep.bind(1, store::idView(op.opId))
            .bind(2, store::idView(op.recordId))
            .bind(3, store::idView(op.siteId))
            .bind(4, static_cast<std::int64_t>(op.hlc))
            .bind(5, crypto::ByteView(encoded.bytes()))
            .run();
        kept += static_cast<std::size_t>(m_database.changes());
    }
    return kept;
}

std::vector<store::Operation> HeldBackOperations::release(std::uint64_t hlc)
{
    std::vector<store::Operation> due;
    {
        store::Statement query(m_database, "SELECT operation FROM quarantined_operations WHERE hlc <= ?1");
        query.bind(1, static_cast<std::int64_t>(hlc));
        while (query.step()) {
            const crypto::Bytes bytes = query.columnBlob(0);
            CborReader reader(bytes, "an operation held back from an earlier sync package");
            due.push_back(readOperation(reader));
        }
    }
    store::Statement remove(m_database, "DELETE FROM quarantined_operations WHERE hlc <= ?1");
    remove.bind(1, static_cast<std::int64_t>(hlc)).run();
    return due;
}

std::map<store::Id, std::uint64_t> HeldBackOperations::oldestBySite()
{
    store::Statement query(m_database,
                           "SELECT site_id, min(hlc) FROM quarantined_operations GROUP BY site_id");
    std::map<store::Id, std::uint64_t> out;
    while (query.step()) {
        out[store::idColumn(query, 0)] = static_cast<std::uint64_t>(query.columnInt(1));
    }
    return out;
}

} // namespace majakka::sync
