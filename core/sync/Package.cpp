#include "sync/Package.h"

#include "Error.h"
#include "crypto/Aead.h"
#include "crypto/Compression.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "crypto/RecoveryKey.h"
#include "crypto/Signature.h"
#include "store/ByteStream.h"
#include "sync/Cbor.h"

#include <array>

namespace majakka::sync {

namespace {

constexpr std::array<std::uint8_t, 8> Magic {'M', 'J', 'K', 'S', 'Y', 'N', 'C', '\n'};
constexpr std::string_view KeyLabel = "majakka sync package key v1";
constexpr std::string_view SignatureLabel = "majakka sync package signature v1";
constexpr std::size_t MaxHeaderSize = 1 << 20;
constexpr std::size_t MaxRecipients = 16;
// A package unpacks to at most this much: far above 200,000 operations
// (about 40 MB), far below what would exhaust a laptop's memory.
constexpr std::uint64_t MaxPayloadSize = 1ULL << 30;
constexpr const char* What = "the sync package";

crypto::ByteView idView(const store::Id& id)
{
    return {id.bytes.data(), id.bytes.size()};
}

store::Id idFrom(crypto::ByteView bytes)
{
    return store::Id::fromBytes(bytes.data(), bytes.size());
}

crypto::Bytes keyAssociatedData(const PackageHeader& header)
{
    crypto::Bytes out(header.packageId.bytes.begin(), header.packageId.bytes.end());
    out.insert(out.end(), header.sender.bytes.begin(), header.sender.bytes.end());
    return out;
}

crypto::Bytes signedMessage(crypto::ByteView digest)
{
    crypto::Bytes message(SignatureLabel.begin(), SignatureLabel.end());
    message.insert(message.end(), digest.begin(), digest.end());
    return message;
}

PackageScope scopeNamed(const std::string& name, const CborReader& reader)
{
    for (PackageScope scope : {PackageScope::Complete, PackageScope::Partial, PackageScope::Own}) {
        if (nameOf(scope) == name) {
            return scope;
        }
    }
    reader.fail("an unknown scope \"" + name + "\"");
}

crypto::SecureBytes encodeHeader(const PackageHeader& header)
{
    CborWriter out;
    out.map(10);
    out.text("package");
    out.bytes(idView(header.packageId));
    out.text("schema");
    out.unsignedInt(static_cast<std::uint64_t>(header.schema));
    out.text("software");
    out.text(header.software);
    out.text("sender");
    out.bytes(idView(header.sender));
    out.text("sender_key");
    out.bytes(header.senderKeyId);
    out.text("created");
    out.unsignedInt(header.createdHlc);
    out.text("scope");
    out.text(nameOf(header.scope));
    out.text("vector");
    out.array(header.vector.size());
    for (const auto& [site, hlc] : header.vector) {
        out.array(2);
        out.bytes(idView(site));
        out.unsignedInt(hlc);
    }
    out.text("recipients");
    out.array(header.recipients.size());
    for (const PackageRecipient& recipient : header.recipients) {
        out.map(3);
        out.text("key");
        out.bytes(recipient.keyId);
        out.text("ephemeral");
        out.bytes(recipient.ephemeralPublicKey);
        out.text("sealed");
        out.bytes(recipient.sealedKey);
    }
    out.text("payload_size");
    out.unsignedInt(header.payloadSize);
    return out.take();
}

void expectKey(CborReader& in, const char* key)
{
    if (in.text() != key) {
        in.fail(std::string("the field \"") + key + "\" is missing or out of place");
    }
}

crypto::Bytes copy(crypto::ByteView bytes)
{
    return crypto::Bytes(bytes.begin(), bytes.end());
}

PackageHeader decodeHeader(crypto::ByteView bytes)
{
    CborReader in(bytes, "the sync package's header");
    if (in.map() != 10) {
        in.fail("it does not have the fields of format 1");
    }
    PackageHeader header;
    expectKey(in, "package");
    header.packageId = idFrom(in.bytes(16));
    expectKey(in, "schema");
    const std::uint64_t schema = in.unsignedInt();
    if (schema > 10000) {
        in.fail("an impossible schema version");
    }
    header.schema = static_cast<int>(schema);
    expectKey(in, "software");
    header.software = in.text();
    expectKey(in, "sender");
    header.sender = idFrom(in.bytes(16));
    expectKey(in, "sender_key");
    header.senderKeyId = copy(in.bytes(8));
    expectKey(in, "created");
    header.createdHlc = in.unsignedInt();
    expectKey(in, "scope");
    header.scope = scopeNamed(in.text(), in);
    expectKey(in, "vector");
    const std::size_t sites = in.array();
    for (std::size_t i = 0; i < sites; ++i) {
        if (in.array() != 2) {
            in.fail("a version vector entry is not a pair");
        }
        const store::Id site = idFrom(in.bytes(16));
        if (!header.vector.emplace(site, in.unsignedInt()).second) {
            in.fail("the version vector names a site twice");
        }
    }
    expectKey(in, "recipients");
    const std::size_t recipients = in.array();
    if (recipients == 0 || recipients > MaxRecipients) {
        in.fail("it names " + std::to_string(recipients) + " recipients");
    }
    for (std::size_t i = 0; i < recipients; ++i) {
        if (in.map() != 3) {
            in.fail("a recipient does not have three fields");
        }
        PackageRecipient recipient;
        expectKey(in, "key");
        recipient.keyId = copy(in.bytes(8));
        expectKey(in, "ephemeral");
        recipient.ephemeralPublicKey = copy(in.bytes(crypto::X25519KeySize));
        expectKey(in, "sealed");
        recipient.sealedKey = copy(in.bytes());
        header.recipients.push_back(std::move(recipient));
    }
    expectKey(in, "payload_size");
    header.payloadSize = in.unsignedInt();
    if (header.payloadSize > MaxPayloadSize) {
        in.fail("it announces a payload of " + std::to_string(header.payloadSize) + " bytes");
    }
    if (!in.atEnd()) {
        in.fail("there are bytes after its last field");
    }
    return header;
}

} // namespace

std::string_view nameOf(PackageScope scope)
{
    switch (scope) {
    case PackageScope::Complete:
        return "complete";
    case PackageScope::Partial:
        return "partial";
    case PackageScope::Own:
        return "own";
    }
    return "complete";
}

crypto::Bytes sealPackage(PackageHeader header,
                          crypto::ByteView payload,
                          const std::vector<RecipientKey>& recipients,
                          const crypto::Secret& signingPrivateKey)
{
    if (recipients.empty() || recipients.size() > MaxRecipients) {
        throw Error(ErrorCode::Internal, "a sync package needs between 1 and 16 recipients");
    }
    if (payload.size() > MaxPayloadSize) {
        throw Error(ErrorCode::Invalid,
                    "the changes to send are larger than one sync package may hold (1 GiB); export them in "
                    "smaller scopes");
    }
    const crypto::Secret packageKey = crypto::randomSecret(crypto::AeadKeySize);
    header.recipients.clear();
    for (const RecipientKey& recipient : recipients) {
        const crypto::SealedToKey sealed = crypto::sealToPublicKey(
            recipient.agreementPublicKey, packageKey, keyAssociatedData(header), KeyLabel);
        header.recipients.push_back(
            {crypto::keyId(recipient.agreementPublicKey), sealed.ephemeralPublicKey, sealed.sealed});
    }
    header.payloadSize = payload.size();

    const crypto::SecureBytes headerBytes = encodeHeader(header);
    store::ByteWriter file;
    file.raw(Magic);
    file.u16(PackageFormat);
    file.u32(static_cast<std::uint32_t>(headerBytes.size()));
    file.raw(headerBytes);
    const crypto::Bytes associatedData = file.bytes();
    const crypto::Bytes ciphertext = crypto::seal(packageKey, crypto::compress(payload), associatedData);
    file.u64(ciphertext.size());
    file.raw(ciphertext);
    const crypto::Bytes digest = crypto::sha256(file.bytes());
    file.raw(crypto::sign(signingPrivateKey, signedMessage(digest)));
    return file.take();
}

ParsedPackage parsePackage(crypto::ByteView file)
{
    if (file.size() < Magic.size() || !std::equal(Magic.begin(), Magic.end(), file.begin())) {
        throw Error(ErrorCode::Invalid, "the file is not a Majakka sync package");
    }
    store::ByteReader in(file, What);
    in.raw(Magic.size());
    const std::uint16_t format = in.u16();
    if (format != PackageFormat) {
        throw Error(
            ErrorCode::Invalid,
            "the sync package has format " + std::to_string(format) + ", and this version of Majakka "
                + "reads format " + std::to_string(PackageFormat)
                + " only: it was made by a newer version of Majakka (update this one), or it is damaged");
    }
    const std::uint32_t headerSize = in.u32();
    if (headerSize > MaxHeaderSize) {
        throw Error(ErrorCode::Damaged, "the sync package is damaged: its header is too large");
    }
    ParsedPackage package;
    const crypto::Bytes headerBytes = in.raw(headerSize);
    package.associatedData.assign(file.begin(), file.begin() + static_cast<std::ptrdiff_t>(in.position()));
    const std::uint64_t ciphertextSize = in.u64();
    if (file.size() < in.position() + crypto::Ed25519SignatureSize
        || ciphertextSize != file.size() - in.position() - crypto::Ed25519SignatureSize) {
        throw Error(
            ErrorCode::Damaged,
            "the sync package is damaged: it is shorter or longer than it says (cut off while copied?)");
    }
    package.ciphertext = in.raw(static_cast<std::size_t>(ciphertextSize));
    package.signedDigest = crypto::sha256(file.first(in.position()));
    package.signature = in.raw(crypto::Ed25519SignatureSize);
    package.header = decodeHeader(headerBytes);
    return package;
}

bool signatureHolds(const ParsedPackage& package, crypto::ByteView signingPublicKey)
{
    return crypto::verify(signingPublicKey, signedMessage(package.signedDigest), package.signature);
}

crypto::Secret openPackage(const ParsedPackage& package,
                           const crypto::Secret& agreementPrivateKey,
                           crypto::ByteView agreementPublicKey)
{
    const crypto::Bytes ownKeyId = crypto::keyId(agreementPublicKey);
    for (const PackageRecipient& recipient : package.header.recipients) {
        if (recipient.keyId != ownKeyId) {
            continue;
        }
        const auto key = crypto::openWithPrivateKey(agreementPrivateKey,
                                                    {recipient.ephemeralPublicKey, recipient.sealedKey},
                                                    keyAssociatedData(package.header),
                                                    KeyLabel);
        if (!key) {
            throw Error(ErrorCode::Damaged,
                        "the sync package is damaged: its key for this device does not open");
        }
        const auto compressed = crypto::open(*key, package.ciphertext, package.associatedData);
        if (!compressed) {
            throw Error(ErrorCode::Damaged, "the sync package is damaged: its content does not decrypt");
        }
        crypto::Secret payload = crypto::decompress(compressed->bytes(),
                                                    static_cast<std::size_t>(package.header.payloadSize),
                                                    "the sync package's content");
        if (payload.size() != package.header.payloadSize) {
            throw Error(ErrorCode::Damaged, "the sync package is damaged: its content has the wrong size");
        }
        return payload;
    }
    throw Error(ErrorCode::Invalid, "the sync package is for another device, not this one");
}

} // namespace majakka::sync
