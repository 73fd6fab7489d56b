#include "sync/PeerKnowledge.h"

#include "store/ByteStream.h"
#include "store/Database.h"
#include "store/IdColumns.h"
#include "store/Statement.h"

namespace majakka::sync {

VersionVector PeerKnowledge::vector()
{
    store::Statement query(m_database, "SELECT site_id, hlc FROM peer_vectors WHERE device_id = ?1");
    query.bind(1, store::idView(m_device));
    VersionVector out;
    while (query.step()) {
        out[store::idColumn(query, 0)] = static_cast<std::uint64_t>(query.columnInt(1));
    }
    return out;
}

HeldRecords PeerKnowledge::heldRecords()
{
    store::Statement query(m_database, "SELECT record_id, newest FROM peer_records WHERE device_id = ?1");
    query.bind(1, store::idView(m_device));
    HeldRecords out;
    while (query.step()) {
        VersionVector& vector = out[store::idColumn(query, 0)];
        const crypto::Bytes packed = query.columnBlob(1);
        store::ByteReader reader(packed, "what this database knows of a peer");
        while (!reader.atEnd()) {
            const crypto::Bytes site = reader.raw(16);
            vector[store::Id::fromBytes(site.data(), site.size())] = reader.u64();
        }
    }
    return out;
}

std::uint64_t PeerKnowledge::lastPackageHlc()
{
    store::Statement query(m_database, "SELECT last_package_hlc FROM trusted_devices WHERE device_id = ?1");
    query.bind(1, store::idView(m_device));
    return query.step() && !query.columnIsNull(0) ? static_cast<std::uint64_t>(query.columnInt(0)) : 0;
}

std::optional<AuditCheckpoint> PeerKnowledge::auditCheckpoint()
{
    store::Statement query(m_database,
                           "SELECT audit_sequence, audit_hash FROM trusted_devices WHERE device_id = ?1");
    query.bind(1, store::idView(m_device));
    if (!query.step() || query.columnIsNull(0)) {
        return std::nullopt;
    }
    return AuditCheckpoint {query.columnInt(0), query.columnBlob(1)};
}

bool PeerKnowledge::holdsPart()
{
    store::Statement query(m_database, "SELECT holds_part FROM trusted_devices WHERE device_id = ?1");
    query.bind(1, store::idView(m_device));
    return query.step() && query.columnInt(0) != 0;
}

void PeerKnowledge::learn(std::uint64_t packageHlc,
                          const VersionVector& vector,
                          const std::optional<HeldRecords>& held,
                          const AuditCheckpoint& audit)
{
    const crypto::ByteView device = store::idView(m_device);
    store::Statement state(
        m_database,
        "UPDATE trusted_devices SET last_package_hlc = ?2, audit_sequence = ?3, audit_hash = ?4, "
        "holds_part = ?5 WHERE device_id = ?1");
    state.bind(1, device)
        .bind(2, static_cast<std::int64_t>(packageHlc))
        .bind(3, audit.sequence)
        .bind(4, crypto::ByteView(audit.hash))
        .bind(5, held ? 1 : 0)
        .run();

    store::Statement clearVector(m_database, "DELETE FROM peer_vectors WHERE device_id = ?1");
    clearVector.bind(1, device).run();
    store::Statement addSite(m_database,
                             "INSERT INTO peer_vectors (device_id, site_id, hlc) VALUES (?1, ?2, ?3)");
    for (const auto& [site, hlc] : vector) {
        addSite.reset();
        addSite.bind(1, device).bind(2, store::idView(site)).bind(3, static_cast<std::int64_t>(hlc)).run();
    }

    store::Statement clearHeld(m_database, "DELETE FROM peer_records WHERE device_id = ?1");
    clearHeld.bind(1, device).run();
    if (held) {
        store::Statement addRecord(
            m_database,
            "INSERT OR REPLACE INTO peer_records (device_id, record_id, newest) VALUES (?1, ?2, ?3)");
        for (const auto& [record, newest] : *held) {
            store::ByteWriter packed;
            for (const auto& [site, hlc] : newest) {
                packed.raw(site.bytes);
                packed.u64(hlc);
            }
            addRecord.reset();
            addRecord.bind(1, device)
                .bind(2, store::idView(record))
                .bind(3, crypto::ByteView(packed.bytes()))
                .run();
        }
    }
}

} // namespace majakka::sync
