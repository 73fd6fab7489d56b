#include "sync/Payload.h"

#include "Error.h"

#include <algorithm>

namespace majakka::sync {

namespace {

constexpr std::size_t OperationFields = 9;
// The fewest bytes an encoded id and an encoded operation can take.
constexpr std::size_t IdBytes = 17;
constexpr std::size_t OperationBytes = 1 + 3 * IdBytes + 6;

crypto::ByteView idView(const store::Id& id)
{
    return {id.bytes.data(), id.bytes.size()};
}

store::Id readId(CborReader& in)
{
    const crypto::ByteView bytes = in.bytes(16);
    return store::Id::fromBytes(bytes.data(), bytes.size());
}

void writeIds(CborWriter& out, const std::vector<store::Id>& ids)
{
    out.array(ids.size());
    for (const store::Id& id : ids) {
        out.bytes(idView(id));
    }
}

std::vector<store::Id> readIds(CborReader& in)
{
    std::vector<store::Id> ids(in.array(IdBytes));
    for (store::Id& id : ids) {
        id = readId(in);
    }
    return ids;
}

void writeHeldRecords(CborWriter& out, const HeldRecords& records)
{
    out.array(records.size());
    for (const auto& [record, vector] : records) {
        out.array(2);
        out.bytes(idView(record));
        out.array(vector.size());
        for (const auto& [site, hlc] : vector) {
            out.array(2);
            out.bytes(idView(site));
            out.unsignedInt(hlc);
        }
    }
}

HeldRecords readHeldRecords(CborReader& in)
{
    HeldRecords records;
    const std::size_t count = in.array(IdBytes + 2);
    for (std::size_t i = 0; i < count; ++i) {
        if (in.array() != 2) {
            in.fail("a record's version is not a pair");
        }
        VersionVector& vector = records[readId(in)];
        const std::size_t sites = in.array(IdBytes + 2);
        for (std::size_t s = 0; s < sites; ++s) {
            if (in.array() != 2) {
                in.fail("a record's version entry is not a pair");
            }
            const store::Id site = readId(in);
            vector[site] = in.unsignedInt();
        }
    }
    return records;
}

void expectKey(CborReader& in, const char* key)
{
    if (in.text() != key) {
        in.fail(std::string("the field \"") + key + "\" is missing or out of place");
    }
}

} // namespace

store::Operation readOperation(CborReader& in)
{
    if (in.array() != OperationFields) {
        in.fail("an operation does not have nine fields");
    }
    store::Operation op;
    op.opId = readId(in);
    op.recordId = readId(in);
    op.recordType = in.text();
    op.field = in.text();
    if (!in.nullNext()) {
        op.value = in.text();
    }
    op.hlc = in.unsignedInt();
    op.siteId = readId(in);
    op.author = in.text();
    op.supersedes = readIds(in);
    return op;
}

void writeOperation(CborWriter& out, const store::Operation& op)
{
    out.array(OperationFields);
    out.bytes(idView(op.opId));
    out.bytes(idView(op.recordId));
    out.text(op.recordType);
    out.text(op.field);
    if (op.value) {
        out.text(*op.value);
    } else {
        out.null();
    }
    out.unsignedInt(op.hlc);
    out.bytes(idView(op.siteId));
    out.text(op.author);
    writeIds(out, op.supersedes);
}

PayloadWriter::PayloadWriter(std::size_t operationCount)
    : m_expected(operationCount)
{
    m_out.map(6);
    m_out.text("operations");
    m_out.array(operationCount);
}

void PayloadWriter::add(const store::Operation& op)
{
    if (m_written++ == m_expected) {
        throw Error(ErrorCode::Internal, "more operations were written to a sync package than announced");
    }
    writeOperation(m_out, op);
}

crypto::SecureBytes PayloadWriter::finish(const std::optional<HeldRecords>& held,
                                          const std::vector<store::Id>& removals,
                                          const AuditCheckpoint& audit,
                                          const HeldRecords& bases,
                                          std::uint64_t ownFloor)
{
    if (m_written != m_expected) {
        throw Error(ErrorCode::Internal, "fewer operations were written to a sync package than announced");
    }
    m_out.text("held");
    if (held) {
        writeHeldRecords(m_out, *held);
    } else {
        m_out.null();
    }
    m_out.text("removals");
    writeIds(m_out, removals);
    m_out.text("audit");
    m_out.map(2);
    m_out.text("sequence");
    m_out.unsignedInt(static_cast<std::uint64_t>(audit.sequence));
    m_out.text("hash");
    m_out.bytes(audit.hash);
    m_out.text("bases");
    writeHeldRecords(m_out, bases);
    m_out.text("own_floor");
    m_out.unsignedInt(ownFloor);
    return m_out.take();
}

Payload decodePayload(crypto::ByteView bytes)
{
    CborReader in(bytes, "the sync package's content");
    if (in.map() != 6) {
        in.fail("it does not have the fields of format 1");
    }
    Payload payload;
    expectKey(in, "operations");
    const std::size_t count = in.array(OperationBytes);
    // Reserved up to a bound: the count is only as true as the input.
    payload.operations.reserve(std::min<std::size_t>(count, 1 << 18));
    for (std::size_t i = 0; i < count; ++i) {
        payload.operations.push_back(readOperation(in));
    }
    expectKey(in, "held");
    if (!in.nullNext()) {
        payload.held = readHeldRecords(in);
    }
    expectKey(in, "removals");
    payload.removals = readIds(in);
    expectKey(in, "audit");
    if (in.map() != 2) {
        in.fail("the audit checkpoint does not have two fields");
    }
    expectKey(in, "sequence");
    const std::uint64_t sequence = in.unsignedInt();
    if (sequence > static_cast<std::uint64_t>(INT64_MAX)) {
        in.fail("an impossible audit sequence number");
    }
    payload.audit.sequence = static_cast<std::int64_t>(sequence);
    expectKey(in, "hash");
    const crypto::ByteView hash = in.bytes();
    payload.audit.hash.assign(hash.begin(), hash.end());
    expectKey(in, "bases");
    payload.bases = readHeldRecords(in);
    expectKey(in, "own_floor");
    payload.ownFloor = in.unsignedInt();
    if (!in.atEnd()) {
        in.fail("there are bytes after its last field");
    }
    return payload;
}

} // namespace majakka::sync
