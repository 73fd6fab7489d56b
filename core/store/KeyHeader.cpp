#include "store/KeyHeader.h"

#include "Error.h"
#include "crypto/Hash.h"
#include "store/AtomicFile.h"
#include "store/ByteStream.h"

#include <algorithm>

namespace majakka::store {

namespace {
constexpr char Magic[] = {'M', 'A', 'J', 'A', 'K', 'K', 'A', 'K'};
constexpr std::size_t MagicSize = sizeof(Magic);
constexpr std::size_t MaxHeaderSize = 64 * 1024;
constexpr std::size_t MaxSlots = 200;

crypto::Bytes macKey(const crypto::Secret& dataKey, crypto::ByteView databaseId)
{
    const crypto::Secret key
        = crypto::hkdfSha256(dataKey.bytes(), databaseId, "majakka key header mac v1", 32);
    return crypto::Bytes(key.data(), key.data() + key.size());
}

crypto::Bytes prefix(crypto::ByteView databaseId)
{
    ByteWriter out;
    out.raw(crypto::asBytes(std::string_view(Magic, MagicSize)));
    out.u16(KeyHeader::CurrentVersion);
    out.raw(databaseId);
    return out.take();
}

void writeSlotCost(ByteWriter& out, const PassphraseSlot& slot)
{
    out.u32(slot.kdf.memoryKiB);
    out.u32(slot.kdf.passes);
    out.u32(slot.kdf.lanes);
    out.raw(slot.salt);
}
} // namespace

std::filesystem::path KeyHeader::pathFor(const std::filesystem::path& databasePath)
{
    std::filesystem::path path = databasePath;
    path += ".keys";
    return path;
}

crypto::Bytes KeyHeader::body() const
{
    ByteWriter out;
    out.raw(prefix(databaseId));
    out.raw(lookupSalt);
    out.u8(static_cast<std::uint8_t>(passphraseSlots.size()));
    out.u8(recovery ? 1 : 0);
    for (const PassphraseSlot& slot : passphraseSlots) {
        out.raw(slot.lookup);
        writeSlotCost(out, slot);
        out.withLength16(slot.sealedKey);
    }
    if (recovery) {
        out.raw(recovery->recipientPublicKey);
        out.raw(recovery->ephemeralPublicKey);
        out.withLength16(recovery->sealedKey);
    }
    return out.take();
}

crypto::Bytes KeyHeader::serialize(const crypto::Secret& dataKey) const
{
    if (passphraseSlots.size() > MaxSlots) {
        throw Error(ErrorCode::Invalid, "a database can have at most 200 users");
    }
    crypto::Bytes out = body();
    const crypto::Bytes code = crypto::hmacSha256(macKey(dataKey, databaseId), out);
    out.insert(out.end(), code.begin(), code.end());
    const crypto::Bytes checksum = crypto::sha256(out);
    out.insert(out.end(), checksum.begin(), checksum.end());
    return out;
}

KeyHeader KeyHeader::parse(crypto::ByteView bytes, const std::filesystem::path& file)
{
    const std::string what = "the key header " + file.string();
    if (bytes.size() < MagicSize || !std::equal(Magic, Magic + MagicSize, bytes.begin())) {
        throw Error(ErrorCode::Damaged, what + " is not a Majakka key header (or its beginning is damaged)");
    }
    if (bytes.size() < 2 * crypto::Sha256Size + MagicSize + 2) {
        throw Error(ErrorCode::Damaged, what + " is damaged: it ends too early");
    }
    const auto checked = bytes.first(bytes.size() - crypto::Sha256Size);
    const auto checksum = bytes.last(crypto::Sha256Size);
    if (!crypto::equalConstantTime(crypto::sha256(checked), checksum)) {
        throw Error(ErrorCode::Damaged, what + " is damaged or was altered: its checksum does not match");
    }

    ByteReader in(bytes, what);
    in.raw(MagicSize);
    const std::uint16_t version = in.u16();
    if (version != CurrentVersion) {
        throw Error(ErrorCode::Invalid,
                    what + " has format version " + std::to_string(version)
                        + ", which this version of Majakka cannot read; update Majakka");
    }
    KeyHeader header;
    header.databaseId = in.raw(IdSize);
    header.lookupSalt = in.raw(IdSize);
    const std::uint8_t slotCount = in.u8();
    const std::uint8_t hasRecovery = in.u8();
    for (std::uint8_t i = 0; i < slotCount; ++i) {
        PassphraseSlot slot;
        slot.lookup = in.raw(crypto::Sha256Size);
        slot.kdf.memoryKiB = in.u32();
        slot.kdf.passes = in.u32();
        slot.kdf.lanes = in.u32();
        slot.salt = in.raw(crypto::KdfSaltSize);
        slot.sealedKey = in.withLength16();
        header.passphraseSlots.push_back(std::move(slot));
    }
    if (hasRecovery > 1) {
        throw Error(ErrorCode::Damaged, what + " is damaged: the recovery flag is invalid");
    }
    if (hasRecovery == 1) {
        RecoverySlot slot;
        slot.recipientPublicKey = in.raw(32);
        slot.ephemeralPublicKey = in.raw(32);
        slot.sealedKey = in.withLength16();
        header.recovery = std::move(slot);
    }
    header.mac = in.raw(crypto::Sha256Size);
    in.raw(crypto::Sha256Size);
    if (!in.atEnd()) {
        throw Error(ErrorCode::Damaged, what + " is damaged: it has unexpected bytes at the end");
    }
    return header;
}

KeyHeader KeyHeader::read(const std::filesystem::path& file)
{
    try {
        return parse(readWholeFile(file, MaxHeaderSize), file);
    } catch (const Error& error) {
        if (error.code() == ErrorCode::NotFound) {
            throw Error(
                ErrorCode::NotFound,
                "the key header " + file.string()
                    + " is missing; without it the database cannot be opened (restore it from a backup)");
        }
        throw;
    }
}

void KeyHeader::writeAtomically(const std::filesystem::path& file, const crypto::Secret& dataKey) const
{
    writeFileAtomically(file, serialize(dataKey));
}

bool KeyHeader::authenticates(const crypto::Secret& dataKey) const
{
    return crypto::equalConstantTime(crypto::hmacSha256(macKey(dataKey, databaseId), body()), mac);
}

crypto::Bytes KeyHeader::slotAssociatedData(const PassphraseSlot& slot) const
{
    ByteWriter out;
    out.raw(prefix(databaseId));
    writeSlotCost(out, slot);
    return out.take();
}

crypto::Bytes KeyHeader::recoveryAssociatedData(const RecoverySlot& slot) const
{
    ByteWriter out;
    out.raw(prefix(databaseId));
    out.raw(slot.recipientPublicKey);
    return out.take();
}

} // namespace majakka::store
