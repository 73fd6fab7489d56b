#pragma once

#include "Clock.h"
#include "audit/AuditLog.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/Secret.h"
#include "domain/User.h"
#include "store/Database.h"
#include "store/KeyRing.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace majakka {

// An unlocked database: the open encrypted connection, the key ring and the
// signed-in user. Everything the programs do with a database goes through a
// session. Destroying it (or lock()) closes the database and wipes the key.
class Session
{
public:
    // Creates a new database and its key header, with `administratorName` as the
    // first user (role administrator). Refuses to overwrite existing files.
    static std::unique_ptr<Session> create(const std::filesystem::path& databasePath,
                                           std::string_view administratorName,
                                           std::string_view passphrase,
                                           const crypto::KdfParams& kdf);

    // Opens with a user's passphrase; without a name, the database's only user.
    static std::unique_ptr<Session> unlock(const std::filesystem::path& databasePath,
                                           const std::optional<std::string>& userName,
                                           std::string_view passphrase);

    // Opens with the office's recovery private key. The session acts as an
    // administrator named "recovery key", so that a forgotten passphrase can be reset.
    static std::unique_ptr<Session> unlockWithRecovery(const std::filesystem::path& databasePath,
                                                       const crypto::Secret& recoveryPrivateKey);

    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    ~Session();

    const domain::User& user() const { return m_user; }
    bool openedWithRecoveryKey() const { return m_ring.openedLookup().empty(); }
    const std::filesystem::path& databasePath() const { return m_path; }

    store::Database& database() { return m_database; }
    store::KeyRing& keyRing() { return m_ring; }
    audit::AuditLog& auditLog() { return m_audit; }
    const Clock& clock() const { return m_clock; }

    // Appends to the audit log as the signed-in user.
    void audit(std::string_view action,
               const std::optional<store::Id>& record = std::nullopt,
               std::string_view detail = {});

    // How long the desktop program waits, idle, before it locks itself. A
    // security setting of the whole database: only an administrator changes it.
    std::chrono::minutes autoLockAfter();
    void setAutoLockAfter(std::chrono::minutes idle);
    static constexpr std::chrono::minutes DefaultAutoLock {10};

    // Closes the database and wipes the data key. The session is unusable afterwards.
    void lock();
    bool isLocked() const { return !m_database.isOpen(); }

private:
    Session(std::filesystem::path path, store::KeyRing ring, store::Database database, domain::User user);
    static std::unique_ptr<Session> open(const std::filesystem::path& databasePath, store::KeyRing ring);

    std::filesystem::path m_path;
    store::KeyRing m_ring;
    store::Database m_database;
    domain::User m_user;
    const Clock& m_clock = Clock::system();
    audit::AuditLog m_audit {m_database, m_clock};
};

} // namespace majakka
