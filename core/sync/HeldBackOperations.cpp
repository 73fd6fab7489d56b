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
    store::Statement keep(m_database,
                          "INSERT OR IGNORE INTO quarantined_operations (op_id, record_id, hlc, operation) "
                          "VALUES (?1, ?2, ?3, ?4)");
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
            .bind(3, static_cast<std::int64_t>(op.hlc))
            .bind(4, crypto::ByteView(encoded.bytes()))
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

} // namespace majakka::sync
