#include "session/Session.h"

#include "Error.h"
#include "Version.h"
#include "crypto/Hash.h"
#include "crypto/SelfTest.h"
#include "domain/PassphrasePolicy.h"
#include "domain/UserName.h"
#include "store/Schema.h"
#include "store/SettingsTable.h"
#include "store/Statement.h"
#include "store/UserTable.h"

#include <string>

namespace majakka {

namespace {
constexpr std::string_view DatabaseIdKey = "database_id";
constexpr std::string_view AutoLockKey = "auto_lock_minutes";
// Which release made the database, for support and for later migrations; never changed afterwards.
constexpr std::string_view CreatedByKey = "created_by";

void requireDatabaseFile(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        throw Error(ErrorCode::NotFound, "there is no database at " + path.string());
    }
}

// The header and the database must belong together: a header copied beside
// another database (or a database restored without its header) is refused.
void requireMatchingId(store::Database& database, const crypto::Bytes& expected)
{
    store::Statement query(database, "SELECT value FROM meta WHERE key = ?1");
    query.bind(1, DatabaseIdKey);
    if (!query.step() || !crypto::equalConstantTime(query.columnBlob(0), expected)) {
        throw Error(ErrorCode::Damaged,
                    "the key header beside " + database.path().string() + " belongs to another database");
    }
}
} // namespace

Session::Session(std::filesystem::path path, store::KeyRing ring, store::Database database, domain::User user)
    : m_path(std::move(path))
    , m_ring(std::move(ring))
    , m_database(std::move(database))
    , m_user(std::move(user))
{ }

Session::~Session()
{
    lock();
}

std::unique_ptr<Session> Session::create(const std::filesystem::path& databasePath,
                                         std::string_view administratorName,
                                         std::string_view passphrase,
                                         const crypto::KdfParams& kdf)
{
    crypto::runSelfTests();
    domain::validateUserName(administratorName);
    domain::validateNewPassphrase(passphrase);
    const std::filesystem::path headerPath = store::KeyHeader::pathFor(databasePath);
    std::error_code ec;
    if (std::filesystem::exists(headerPath, ec)) {
        throw Error(ErrorCode::Usage,
                    "a key header already exists at " + headerPath.string() + "; choose another name");
    }

    store::KeyRing ring = store::KeyRing::createNew(headerPath);
    store::Database database
        = store::Database::open(databasePath, ring.dataKey(), store::Database::Mode::Create);
    try {
        store::migrate(database);
        store::Transaction transaction(database);
        store::Statement identity(database, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
        identity.bind(1, DatabaseIdKey).bind(2, crypto::ByteView(ring.databaseId())).run();
        store::Statement createdBy(database, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
        createdBy.bind(1, CreatedByKey).bind(2, std::string("Majakka ") + Version).run();
        domain::User administrator
            = store::UserTable(database).add(administratorName, domain::Role::Administrator);
        ring.setPassphrase(administratorName, passphrase, kdf);
        audit::AuditLog(database, Clock::system())
            .append(administrator.name, "database.create", std::nullopt, {});
        transaction.commit();
        return std::unique_ptr<Session>(
            new Session(databasePath, std::move(ring), std::move(database), std::move(administrator)));
    } catch (...) {
        // Nothing half-made is left behind: both files are ours, just created.
        database.close();
        std::filesystem::remove(databasePath, ec);
        std::filesystem::remove(headerPath, ec);
        throw;
    }
}

std::unique_ptr<Session> Session::unlock(const std::filesystem::path& databasePath,
                                         const std::optional<std::string>& userName,
                                         std::string_view passphrase)
{
    crypto::runSelfTests();
    requireDatabaseFile(databasePath);
    return open(databasePath,
                store::KeyRing::unlock(store::KeyHeader::pathFor(databasePath), userName, passphrase));
}

std::unique_ptr<Session> Session::unlockWithRecovery(const std::filesystem::path& databasePath,
                                                     const crypto::Secret& recoveryPrivateKey)
{
    crypto::runSelfTests();
    requireDatabaseFile(databasePath);
    return open(
        databasePath,
        store::KeyRing::unlockWithRecovery(store::KeyHeader::pathFor(databasePath), recoveryPrivateKey));
}

std::unique_ptr<Session> Session::open(const std::filesystem::path& databasePath, store::KeyRing ring)
{
    store::Database database
        = store::Database::open(databasePath, ring.dataKey(), store::Database::Mode::OpenExisting);
    if (database.userVersion() >= 1) {
        requireMatchingId(database, ring.databaseId());
    }
    store::migrate(database);
    requireMatchingId(database, ring.databaseId());

    domain::User user;
    if (ring.openedLookup().empty()) {
        user = {0, "recovery key", domain::Role::Administrator, std::nullopt};
    } else {
        bool found = false;
        for (const domain::User& candidate : store::UserTable(database).all()) {
            if (crypto::equalConstantTime(ring.lookupFor(candidate.name), ring.openedLookup())) {
                user = candidate;
                found = true;
            }
        }
        if (!found) {
            // A slot without a user: the user was removed, or a crash came between
            // the header and the database. Either way this person may not enter.
            throw Error(ErrorCode::Authentication, "the user name or passphrase is wrong");
        }
    }
    std::unique_ptr<Session> session(
        new Session(databasePath, std::move(ring), std::move(database), std::move(user)));
    store::Transaction transaction(session->database());
    session->audit(session->openedWithRecoveryKey() ? "sign_in.recovery_key" : "sign_in");
    transaction.commit();
    return session;
}

void Session::audit(std::string_view action, const std::optional<store::Id>& record, std::string_view detail)
{
    m_audit.append(m_user.name, action, record, detail);
}

std::chrono::minutes Session::autoLockAfter()
{
    const std::optional<std::string> stored = store::SettingsTable(m_database).value(AutoLockKey);
    if (!stored) {
        return DefaultAutoLock;
    }
    try {
        const int minutes = std::stoi(*stored);
        return minutes > 0 ? std::chrono::minutes(minutes) : DefaultAutoLock;
    } catch (const std::exception&) {
        return DefaultAutoLock;
    }
}

void Session::setAutoLockAfter(std::chrono::minutes idle)
{
    if (m_user.role != domain::Role::Administrator) {
        throw Error(ErrorCode::Permission, "only an administrator may change the automatic lock time");
    }
    if (idle.count() < 1 || idle.count() > 24 * 60) {
        throw Error(ErrorCode::Invalid, "the automatic lock time must be between 1 minute and 24 hours");
    }
    store::SettingsTable(m_database).setValue(AutoLockKey, std::to_string(idle.count()));
}

void Session::lock()
{
    m_database.close();
    m_ring.wipe();
}

} // namespace majakka
