#include "PackageReaderTarget.h"

#include "Error.h"
#include "crypto/RecoveryKey.h"
#include "crypto/Signature.h"
#include "sync/OperationCheck.h"
#include "sync/Package.h"
#include "sync/Payload.h"
#include "sync/PublicIdentity.h"
#include "sync/SyncHooks.h"

#include <algorithm>
#include <string_view>

namespace majakka::fuzz {

namespace {

enum Reader : std::uint8_t
{
    PackageFile = 0,
    PackagePayload = 1,
    IdentityFile = 2,
};

class CaseworkTypes final : public sync::SyncHooks
{
public:
    bool knowsRecordType(std::string_view type) const override
    {
        return type == "client" || type == "hotline_call";
    }
    std::vector<store::Id> recordsIn(const sync::Scope&) override { return {}; }
    std::vector<std::string> refresh(const std::map<store::Id, std::set<std::string>>&) override
    {
        return {};
    }
    void forget(const store::Id&) override { }
    std::string label(const store::Id&) override { return {}; }
    void requireMayChange(const store::Id&) override { }
};

crypto::Bytes tagged(Reader reader, crypto::ByteView input)
{
    crypto::Bytes out(input.size() + 1);
    out[0] = reader;
    std::copy(input.begin(), input.end(), out.begin() + 1);
    return out;
}

} // namespace

void readUntrusted(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return;
    }
    const crypto::ByteView input(data + 1, size - 1);
    try {
        switch (data[0] % 3) {
        case PackageFile: {
            const sync::ParsedPackage package = sync::parsePackage(input);
            // Without the sender's key nothing verifies; the check itself must hold up.
            (void)sync::signatureHolds(package, package.header.senderKeyId);
            break;
        }
        case PackagePayload: {
            const CaseworkTypes hooks;
            const sync::Payload payload = sync::decodePayload(input);
            for (std::size_t i = 0; i < payload.operations.size(); ++i) {
                sync::checkOperation(payload.operations[i], i, hooks);
            }
            break;
        }
        case IdentityFile:
            sync::PublicIdentity::fromFile(
                std::string_view(reinterpret_cast<const char*>(input.data()), input.size()));
            break;
        }
    } catch (const Error&) {
        // Refused with the core's error: what should happen to bad input.
    }
}

std::vector<crypto::Bytes> seedInputs()
{
    store::Operation op;
    op.opId = store::Id::random();
    op.recordId = store::Id::random();
    op.recordType = "client";
    op.field = "measures[0000018c5f3a2b1e8d3c2b1a].status";
    op.value = "\"ongoing\"";
    op.hlc = 1'795'000'000'000ULL << 16;
    op.siteId = store::Id::random();
    op.author = "kaisa";
    op.supersedes = {store::Id::random()};
    sync::PayloadWriter writer(2);
    writer.add(op);
    op.field = store::DeletedField;
    op.value = "true";
    writer.add(op);
    const crypto::SecureBytes payload
        = writer.finish(sync::HeldRecords {{op.recordId, {{op.siteId, op.hlc}}}},
                        {op.recordId},
                        {7, crypto::Bytes(32, 1)},
                        {{op.recordId, {{op.siteId, op.hlc - 5}}}},
                        3);

    const crypto::SigningKeyPair signing = crypto::SigningKeyPair::generate();
    const crypto::RecoveryKeyPair agreement = crypto::RecoveryKeyPair::generate();
    sync::PackageHeader header;
    header.packageId = store::Id::random();
    header.schema = 7;
    header.software = "Majakka fuzz";
    header.sender = op.siteId;
    header.senderKeyId = crypto::keyId(signing.publicKey);
    header.createdHlc = op.hlc + 1;
    header.scope = sync::PackageScope::Own;
    header.vector = {{op.siteId, op.hlc}};
    const crypto::Bytes package
        = sync::sealPackage(header, payload, {{agreement.publicKey}}, signing.privateKey);

    sync::PublicIdentity identity {
        op.siteId, "Oulun toimisto", signing.publicKey, agreement.publicKey, "Majakka fuzz"};
    const std::string file = identity.toFile(signing.privateKey);
    return {tagged(PackageFile, package),
            tagged(PackagePayload, payload),
            tagged(IdentityFile, crypto::asBytes(file))};
}

} // namespace majakka::fuzz
