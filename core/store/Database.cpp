#include "store/Database.h"

#include "Error.h"
#include "store/Statement.h"

#include <sqlite3.h>
#include <utility>

namespace majakka::store {

namespace {

// How long to wait for a lock held by another program before telling the user.
// Short on purpose: with exclusive locking the other side never lets go while open.
constexpr int BusyTimeoutMs = 300;

ErrorCode codeFor(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::InUse;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ErrorCode::Damaged;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return ErrorCode::Io;
    case SQLITE_CONSTRAINT:
        return ErrorCode::Invalid;
    case SQLITE_INTERRUPT:
        return ErrorCode::Usage;
    default:
        return ErrorCode::Internal;
    }
}

std::string describe(int resultCode, const std::filesystem::path& path)
{
    const std::string file = path.string();
    switch (resultCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the database " + file
            + " is in use by another program; close Majakka elsewhere and try again";
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return "the database " + file + " is damaged or has been tampered with";
    case SQLITE_FULL:
        return "the disk holding " + file + " is full; free some space and try again";
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return "the database " + file + " cannot be written (no permission or read-only disk)";
    case SQLITE_CANTOPEN:
        return "the database " + file + " cannot be opened (missing folder or no permission)";
    case SQLITE_IOERR:
        return "reading or writing " + file + " failed in the operating system (disk error?)";
    case SQLITE_INTERRUPT:
        return "the work on " + file + " was stopped before it finished (the program is locking)";
    default:
        return std::string();
    }
}

// The raw key in SQLCipher's blob-literal form x'…', kept in wiped memory.
crypto::Secret rawKeyLiteral(const crypto::Secret& key)
{
    static constexpr char digits[] = "0123456789abcdef";
    crypto::Secret literal(key.size() * 2 + 3);
    std::uint8_t* out = literal.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::uint8_t b : key.bytes()) {
        *out++ = static_cast<std::uint8_t>(digits[b >> 4]);
        *out++ = static_cast<std::uint8_t>(digits[b & 0x0f]);
    }
    *out = '\'';
    return literal;
}

} // namespace

Database::Database(sqlite3* handle, std::filesystem::path path)
    : m_handle(handle)
    , m_path(std::move(path))
{ }

Database
Database::open(const std::filesystem::path& path, const std::optional<crypto::Secret>& rawKey, Mode mode)
{
    std::error_code ec;
    if (mode == Mode::OpenExisting && !std::filesystem::exists(path, ec)) {
        throw Error(ErrorCode::NotFound, "there is no database at " + path.string());
    }
    if (mode == Mode::Create && std::filesystem::exists(path, ec)) {
        throw Error(ErrorCode::Usage, "a file already exists at " + path.string() + "; choose another name");
    }

    sqlite3* handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
    Database db(handle, path);
    if (rc != SQLITE_OK) {
        db.fail(rc, "opening the database");
    }
    sqlite3_busy_timeout(handle, BusyTimeoutMs);
    if (mode == Mode::Create) {
        // Owner only. SQLite gives its journal the database file's mode, so this covers both.
        std::filesystem::permissions(
            path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
    }

    // Fail closed: if the library loaded is plain SQLite, PRAGMA key would be
    // silently ignored and everything written in clear.
    {
        Statement version(db, "PRAGMA cipher_version");
        if (!version.step() || version.columnText(0).empty()) {
            throw Error(ErrorCode::Internal,
                        "the SQLite library in use has no encryption (SQLCipher); refusing to open "
                            + path.string());
        }
    }

    if (rawKey) {
        if (rawKey->size() != 32) {
            throw Error(ErrorCode::Internal, "the data key has the wrong length");
        }
        const crypto::Secret literal = rawKeyLiteral(*rawKey);
        const int keyRc = sqlite3_key(handle, literal.data(), static_cast<int>(literal.size()));
        if (keyRc != SQLITE_OK) {
            db.fail(keyRc, "setting the database key");
        }
        db.exec("PRAGMA cipher_page_size = " + std::to_string(PageSize));
    }

    // The first read proves the key before anything else runs. With SQLCipher a
    // wrong key and a damaged first page look the same: "not a database".
    {
        const int checkRc
            = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        if (checkRc != SQLITE_OK) {
            db.fail(checkRc, "reading the database");
        }
    }

    // Crash safety: a rollback journal with full fsync on every commit (see
    // docs/storage.md). Exclusive locking keeps a second program out for as long as
    // we are open; temporary tables and sorts stay in memory, never in a temp file.
    db.exec("PRAGMA locking_mode = EXCLUSIVE");
    db.exec("PRAGMA journal_mode = DELETE");
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA secure_delete = ON");
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA cache_size = -" + std::to_string(CacheKiB));
    // Take the lock now rather than at the first write.
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
    return db;
}

Database::Database(Database&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_path(std::move(other.m_path))
    , m_cache(std::move(other.m_cache))
{
    other.m_cache.clear();
}

void Database::interrupt()
{
    if (m_handle) {
        sqlite3_interrupt(m_handle);
    }
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_handle = std::exchange(other.m_handle, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
        other.m_cache.clear();
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    const Hold held = hold();
    for (auto& [sql, statement] : m_cache) {
        sqlite3_finalize(statement);
    }
    m_cache.clear();
    if (m_handle) {
        // sqlite3_close_v2 defers the close until statements are finalized; the
        // RAII statements of the core never outlive their database.
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }
}

void Database::exec(std::string_view sql)
{
    const Hold held = hold();
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_handle, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        fail(rc, "running a statement");
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

Statement Database::cached(const std::string& sql)
{
    const Hold held = hold();
    auto found = m_cache.find(sql);
    if (found == m_cache.end()) {
        sqlite3_stmt* statement = nullptr;
        const int rc
            = sqlite3_prepare_v2(m_handle, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr);
        if (rc != SQLITE_OK) {
            fail(rc, "preparing a query");
        }
        found = m_cache.emplace(sql, statement).first;
    }
    return Statement(*this, found->second);
}

int Database::userVersion()
{
    Statement statement(*this, "PRAGMA user_version");
    statement.step();
    return static_cast<int>(statement.columnInt(0));
}

void Database::setUserVersion(int version)
{
    exec("PRAGMA user_version = " + std::to_string(version));
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::changes() const
{
    return sqlite3_changes(m_handle);
}

std::optional<std::string> Database::integrityProblem()
{
    try {
        Statement check(*this, "PRAGMA integrity_check");
        std::string problems;
        while (check.step()) {
            const std::string line = check.columnText(0);
            if (line != "ok") {
                problems += (problems.empty() ? "" : "; ") + line;
            }
        }
        if (problems.empty()) {
            return std::nullopt;
        }
        return problems;
    } catch (const Error&) {
        // SQLCipher reports a page whose HMAC does not match as a plain SQLITE_ERROR.
        return std::string("a page could not be decrypted: the file is damaged or was tampered with");
    }
}

void Database::fail(int resultCode, std::string_view context) const
{
    std::string message = describe(resultCode, m_path);
    if (message.empty()) {
        const char* detail = m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(resultCode);
        message = std::string(context) + " in " + m_path.string()
            + " failed: " + (detail ? detail : "unknown error");
    }
    throw Error(codeFor(resultCode), message);
}

} // namespace majakka::store
