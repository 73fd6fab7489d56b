#pragma once

#include "crypto/Bytes.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/Secret.h"
#include "store/KeyHeader.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace majakka::store {

// The unlocked key header: the data key and the slots that wrap it. Every
// change is written back at once, atomically, with a fresh MAC.
class KeyRing
{
public:
    // A new random data key and database id, with no slots yet (nothing written).
    static KeyRing createNew(const std::filesystem::path& headerPath);

    // Opens the slot of `userName`, or the only slot when no name is given.
    // Throws Error(Authentication) for an unknown user or a wrong passphrase,
    // Error(Usage) when no name is given and there are several users,
    // Error(Damaged) when the header was altered.
    static KeyRing unlock(const std::filesystem::path& headerPath,
                          const std::optional<std::string>& userName,
                          std::string_view passphrase);

    // The same for a header held in memory (a backup being restored); `headerPath`
    // is where it will be written.
    static KeyRing unlock(crypto::ByteView headerBytes,
                          const std::filesystem::path& headerPath,
                          const std::optional<std::string>& userName,
                          std::string_view passphrase);

    static KeyRing unlockWithRecovery(const std::filesystem::path& headerPath,
                                      const crypto::Secret& privateKey);

    const crypto::Secret& dataKey() const { return m_dataKey; }
    const crypto::Bytes& databaseId() const { return m_header.databaseId; }
    const KeyHeader& header() const { return m_header; }
    // The lookup of the slot that was opened; empty when opened with the recovery key.
    const crypto::Bytes& openedLookup() const { return m_openedLookup; }

    crypto::Bytes lookupFor(std::string_view userName) const;
    bool hasSlot(std::string_view userName) const;

    // Each change below writes the header atomically before it returns; when the
    // write fails the ring stays as it was.

    // Adds a slot for the user, or replaces the one there (a passphrase change).
    void setPassphrase(std::string_view userName, std::string_view passphrase, const crypto::KdfParams& kdf);
    void removeSlot(std::string_view userName);
    void renameSlot(std::string_view oldName, std::string_view newName);
    void setRecoveryKey(crypto::ByteView publicKey);

    // Writes the header as it is (used once, when a database is created).
    void save() const;
    // Wipes the data key; the ring is useless afterwards.
    void wipe();

private:
    KeyRing(std::filesystem::path headerPath, KeyHeader header, crypto::Secret dataKey);
    static KeyRing unlockHeader(KeyHeader header,
                                const std::filesystem::path& headerPath,
                                const std::optional<std::string>& userName,
                                std::string_view passphrase);
    void commit(KeyHeader next);

    std::filesystem::path m_headerPath;
    KeyHeader m_header;
    crypto::Secret m_dataKey;
    crypto::Bytes m_openedLookup;
};

} // namespace majakka::store
