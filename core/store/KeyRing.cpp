#include "store/KeyRing.h"

#include "Error.h"
#include "crypto/Aead.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "crypto/RecoveryKey.h"
#include "domain/UserName.h"

#include <algorithm>

namespace majakka::store {

namespace {
constexpr std::size_t DataKeySize = 32;

const char* WrongCredentials = "the user name or passphrase is wrong";

void requireAuthentic(const KeyHeader& header,
                      const crypto::Secret& dataKey,
                      const std::filesystem::path& path)
{
    if (!header.authenticates(dataKey)) {
        throw Error(ErrorCode::Damaged,
                    "the key header " + path.string()
                        + " was altered: its authentication code does not match");
    }
}
} // namespace

KeyRing::KeyRing(std::filesystem::path headerPath, KeyHeader header, crypto::Secret dataKey)
    : m_headerPath(std::move(headerPath))
    , m_header(std::move(header))
    , m_dataKey(std::move(dataKey))
{ }

KeyRing KeyRing::createNew(const std::filesystem::path& headerPath)
{
    KeyHeader header;
    header.databaseId = crypto::randomBytes(KeyHeader::IdSize);
    header.lookupSalt = crypto::randomBytes(KeyHeader::IdSize);
    return KeyRing(headerPath, std::move(header), crypto::randomSecret(DataKeySize));
}

KeyRing KeyRing::unlock(const std::filesystem::path& headerPath,
                        const std::optional<std::string>& userName,
                        std::string_view passphrase)
{
    return unlockHeader(KeyHeader::read(headerPath), headerPath, userName, passphrase);
}

KeyRing KeyRing::unlock(crypto::ByteView headerBytes,
                        const std::filesystem::path& headerPath,
                        const std::optional<std::string>& userName,
                        std::string_view passphrase)
{
    return unlockHeader(KeyHeader::parse(headerBytes, headerPath), headerPath, userName, passphrase);
}

KeyRing KeyRing::unlockHeader(KeyHeader header,
                              const std::filesystem::path& headerPath,
                              const std::optional<std::string>& userName,
                              std::string_view passphrase)
{
    const PassphraseSlot* slot = nullptr;
    if (userName) {
        const crypto::Bytes lookup
            = crypto::hmacSha256(header.lookupSalt, crypto::asBytes(domain::normalizedUserName(*userName)));
        for (const PassphraseSlot& candidate : header.passphraseSlots) {
            if (crypto::equalConstantTime(candidate.lookup, lookup)) {
                slot = &candidate;
            }
        }
        if (!slot) {
            throw Error(ErrorCode::Authentication, WrongCredentials);
        }
    } else if (header.passphraseSlots.size() == 1) {
        slot = &header.passphraseSlots.front();
    } else {
        throw Error(ErrorCode::Usage,
                    "this database has " + std::to_string(header.passphraseSlots.size())
                        + " users; say which one you are");
    }
    // The slot's cost is read before anything is authenticated; deriveKeyFromPassphrase
    // bounds it, and the AEAD binds it, so a changed cost fails like a wrong passphrase.
    const crypto::Secret wrapping = crypto::deriveKeyFromPassphrase(passphrase, slot->salt, slot->kdf);
    std::optional<crypto::Secret> dataKey
        = crypto::open(wrapping, slot->sealedKey, header.slotAssociatedData(*slot));
    if (!dataKey) {
        throw Error(ErrorCode::Authentication, WrongCredentials);
    }
    requireAuthentic(header, *dataKey, headerPath);
    crypto::Bytes opened = slot->lookup;
    KeyRing ring(headerPath, std::move(header), std::move(*dataKey));
    ring.m_openedLookup = std::move(opened);
    return ring;
}

KeyRing KeyRing::unlockWithRecovery(const std::filesystem::path& headerPath, const crypto::Secret& privateKey)
{
    KeyHeader header = KeyHeader::read(headerPath);
    if (!header.recovery) {
        throw Error(ErrorCode::Authentication, "this database has no recovery key");
    }
    const crypto::SealedToKey sealed {header.recovery->ephemeralPublicKey, header.recovery->sealedKey};
    std::optional<crypto::Secret> dataKey
        = crypto::openWithPrivateKey(privateKey, sealed, header.recoveryAssociatedData(*header.recovery));
    if (!dataKey) {
        throw Error(ErrorCode::Authentication, "the recovery key does not open this database");
    }
    requireAuthentic(header, *dataKey, headerPath);
    return KeyRing(headerPath, std::move(header), std::move(*dataKey));
}

crypto::Bytes KeyRing::lookupFor(std::string_view userName) const
{
    return crypto::hmacSha256(m_header.lookupSalt, crypto::asBytes(domain::normalizedUserName(userName)));
}

namespace {
std::vector<PassphraseSlot>::iterator findSlot(KeyHeader& header, crypto::ByteView lookup)
{
    return std::find_if(
        header.passphraseSlots.begin(), header.passphraseSlots.end(), [&](const PassphraseSlot& slot) {
            return crypto::equalConstantTime(slot.lookup, lookup);
        });
}
} // namespace

void KeyRing::commit(KeyHeader next)
{
    next.writeAtomically(m_headerPath, m_dataKey);
    m_header = std::move(next);
}

bool KeyRing::hasSlot(std::string_view userName) const
{
    const crypto::Bytes lookup = lookupFor(userName);
    return std::any_of(
        m_header.passphraseSlots.begin(), m_header.passphraseSlots.end(), [&](const PassphraseSlot& slot) {
            return crypto::equalConstantTime(slot.lookup, lookup);
        });
}

void KeyRing::setPassphrase(std::string_view userName,
                            std::string_view passphrase,
                            const crypto::KdfParams& kdf)
{
    PassphraseSlot slot;
    slot.lookup = lookupFor(userName);
    slot.kdf = kdf;
    slot.salt = crypto::randomBytes(crypto::KdfSaltSize);
    const crypto::Secret wrapping = crypto::deriveKeyFromPassphrase(passphrase, slot.salt, slot.kdf);
    slot.sealedKey = crypto::seal(wrapping, m_dataKey.bytes(), m_header.slotAssociatedData(slot));

    KeyHeader next = m_header;
    auto existing = findSlot(next, slot.lookup);
    if (existing != next.passphraseSlots.end()) {
        *existing = std::move(slot);
    } else {
        next.passphraseSlots.push_back(std::move(slot));
    }
    commit(std::move(next));
}

void KeyRing::removeSlot(std::string_view userName)
{
    KeyHeader next = m_header;
    auto existing = findSlot(next, lookupFor(userName));
    if (existing != next.passphraseSlots.end()) {
        next.passphraseSlots.erase(existing);
        commit(std::move(next));
    }
}

void KeyRing::renameSlot(std::string_view oldName, std::string_view newName)
{
    KeyHeader next = m_header;
    auto existing = findSlot(next, lookupFor(oldName));
    if (existing == next.passphraseSlots.end()) {
        throw Error(ErrorCode::NotFound, "the user has no key slot to rename");
    }
    // The lookup is not part of the slot's associated data (the header MAC covers it),
    // so a rename needs no passphrase: only the lookup changes.
    existing->lookup = lookupFor(newName);
    commit(std::move(next));
}

void KeyRing::setRecoveryKey(crypto::ByteView publicKey)
{
    if (publicKey.size() != crypto::X25519KeySize) {
        throw Error(ErrorCode::Invalid, "a recovery public key is 32 bytes");
    }
    RecoverySlot slot;
    slot.recipientPublicKey.assign(publicKey.begin(), publicKey.end());
    const crypto::SealedToKey sealed
        = crypto::sealToPublicKey(publicKey, m_dataKey, m_header.recoveryAssociatedData(slot));
    slot.ephemeralPublicKey = sealed.ephemeralPublicKey;
    slot.sealedKey = sealed.sealed;
    KeyHeader next = m_header;
    next.recovery = std::move(slot);
    commit(std::move(next));
}

void KeyRing::save() const
{
    m_header.writeAtomically(m_headerPath, m_dataKey);
}

void KeyRing::wipe()
{
    m_dataKey.wipe();
}

} // namespace majakka::store
