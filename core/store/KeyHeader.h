#pragma once

#include "crypto/Bytes.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/Secret.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace majakka::store {

// One user's key slot: the data key sealed under Argon2id(passphrase).
// The slot does not name its user; `lookup` is HMAC-SHA-256 of the user name
// under the header's lookup salt.
struct PassphraseSlot
{
    crypto::Bytes lookup;
    crypto::KdfParams kdf;
    crypto::Bytes salt;
    crypto::Bytes sealedKey;
};

// The data key sealed to the office's recovery public key (X25519).
struct RecoverySlot
{
    crypto::Bytes recipientPublicKey;
    crypto::Bytes ephemeralPublicKey;
    crypto::Bytes sealedKey;
};

// The key header file that lives beside the database (`<database>.keys`).
//
// Layout (version 1, integers big-endian):
//   magic "MAJAKKAK" · u16 version · 16-byte database id · 16-byte lookup salt
//   u8 slot count · u8 recovery present · slots · [recovery slot]
//   32-byte HMAC-SHA-256 under a key derived from the data key (tampering)
//   32-byte SHA-256 of everything before it (damage, checkable before unlock)
struct KeyHeader
{
    static constexpr std::uint16_t CurrentVersion = 1;
    static constexpr std::size_t IdSize = 16;

    crypto::Bytes databaseId;
    crypto::Bytes lookupSalt;
    std::vector<PassphraseSlot> passphraseSlots;
    std::optional<RecoverySlot> recovery;
    crypto::Bytes mac; // as read; recomputed by serialize()

    static std::filesystem::path pathFor(const std::filesystem::path& databasePath);

    // Checks magic, version and checksum; throws Error(Damaged) naming the file.
    static KeyHeader parse(crypto::ByteView bytes, const std::filesystem::path& file);
    static KeyHeader read(const std::filesystem::path& file);

    crypto::Bytes serialize(const crypto::Secret& dataKey) const;
    void writeAtomically(const std::filesystem::path& file, const crypto::Secret& dataKey) const;

    // True when the MAC read from the file matches the content under this data key.
    bool authenticates(const crypto::Secret& dataKey) const;

    // What a slot's AEAD binds to (the database id and the slot's cost and salt),
    // so a slot cannot be moved to another database or weakened unnoticed. The
    // lookup is left out so that renaming a user needs no passphrase; the header
    // MAC covers it.
    crypto::Bytes slotAssociatedData(const PassphraseSlot& slot) const;
    crypto::Bytes recoveryAssociatedData(const RecoverySlot& slot) const;

private:
    crypto::Bytes body() const;
};

} // namespace majakka::store
