#pragma once

#include "crypto/Secret.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace majakka::store {

class Statement;

// One connection to a SQLCipher database, owned for its whole life (RAII).
//
// The connection is opened in exclusive locking mode and takes its lock at
// once, so a second program on the same file fails at open with ErrorCode::InUse
// instead of waiting on a lock or writing beside us.
//
// One connection, usable from more than one thread in turn: every Statement
// and Transaction holds the connection (hold()) for its whole life, so the work
// of two threads never interleaves inside a statement or a unit of work, and a
// reader on another thread never sees a transaction half-done. The desktop
// program reads lists on a worker thread while the window writes this way.
class Database
{
public:
    using Hold = std::unique_lock<std::recursive_mutex>;

    // SQLCipher 3 does not record its page size in the file, so it is set on
    // every open. 4 KiB pages with a 64 MiB cache keep encrypted lookups as fast
    // as plain ones (docs/benchmarks.md); 1 KiB pages, SQLCipher 3's default,
    // pay the per-page decrypt and HMAC four times as often.
    static constexpr std::size_t PageSize = 4096;
    static constexpr int CacheKiB = 64 * 1024;

    enum class Mode
    {
        OpenExisting,
        Create,
    };

    // Opens with a 32-byte raw data key. Without a key the file is opened as plain
    // SQLite through the same library (benchmarks compare against that).
    static Database
    open(const std::filesystem::path& path, const std::optional<crypto::Secret>& rawKey, Mode mode);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // The same, prepared once per connection and reused: for the statements of
    // the write path, which run many times per unit of work. Only one Statement
    // may use a given SQL text at a time.
    Statement cached(const std::string& sql);

    int userVersion();
    void setUserVersion(int version);

    std::int64_t lastInsertRowId() const;
    int changes() const;

    // Runs PRAGMA integrity_check, which reads (and so decrypts and authenticates)
    // every page. Returns the problems it found, or nothing when the file is whole.
    std::optional<std::string> integrityProblem();

    const std::filesystem::path& path() const { return m_path; }
    void close();
    bool isOpen() const { return m_handle != nullptr; }

    // Keeps other threads off the connection until the hold goes; the same
    // thread may hold it again (statements inside a transaction). Take it
    // around work that must see the database unchanged from start to end.
    Hold hold() const { return Hold(*m_mutex); }
    // Makes the statement running on another thread stop soon with
    // Error(Usage); for a lock that must not wait. Safe from any thread, but
    // not while the database is being closed.
    void interrupt();

    // Throws the core's Error for a SQLite result code, with context for the person reading it.
    [[noreturn]] void fail(int resultCode, std::string_view context) const;

    sqlite3* handle() const { return m_handle; }

private:
    Database(sqlite3* handle, std::filesystem::path path);

    sqlite3* m_handle = nullptr;
    std::filesystem::path m_path;
    std::unordered_map<std::string, sqlite3_stmt*> m_cache;
    // On the heap so that the database can move; never null.
    std::unique_ptr<std::recursive_mutex> m_mutex = std::make_unique<std::recursive_mutex>();
};

} // namespace majakka::store
