#include "store/Statement.h"

#include "store/Database.h"

#include <sqlite3.h>

namespace majakka::store {

Statement::Statement(Database& database, std::string_view sql)
    : m_hold(database.hold())
    , m_database(&database)
{
    const int rc = sqlite3_prepare_v2(
        database.handle(), sql.data(), static_cast<int>(sql.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        database.fail(rc, "preparing a query");
    }
}

Statement::Statement(Database& database, sqlite3_stmt* borrowed)
    : m_hold(database.hold())
    , m_database(&database)
    , m_statement(borrowed)
    , m_borrowed(true)
{ }

Statement::Statement(Statement&& other) noexcept
    : m_hold(std::move(other.m_hold))
    , m_database(other.m_database)
    , m_statement(other.m_statement)
    , m_borrowed(other.m_borrowed)
{
    other.m_statement = nullptr;
}

Statement::~Statement()
{
    if (m_borrowed) {
        if (m_statement) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
        }
    } else {
        sqlite3_finalize(m_statement);
    }
}

Statement& Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_statement, index, value);
    if (rc != SQLITE_OK) {
        m_database->fail(rc, "binding a value");
    }
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    // A null pointer would bind SQL NULL; an empty text is still text.
    const char* data = text.data() != nullptr ? text.data() : "";
    const int rc
        = sqlite3_bind_text(m_statement, index, data, static_cast<int>(text.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) {
        m_database->fail(rc, "binding a value");
    }
    return *this;
}

Statement& Statement::bind(int index, crypto::ByteView blob)
{
    // A null pointer would bind SQL NULL; an empty blob is still a blob.
    const int rc = blob.data() != nullptr
        ? sqlite3_bind_blob(m_statement, index, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT)
        : sqlite3_bind_zeroblob(m_statement, index, 0);
    if (rc != SQLITE_OK) {
        m_database->fail(rc, "binding a value");
    }
    return *this;
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_statement, index);
    if (rc != SQLITE_OK) {
        m_database->fail(rc, "binding a value");
    }
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    m_database->fail(rc, "running a query");
}

void Statement::run()
{
    while (step()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::string Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return text ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

crypto::Bytes Statement::columnBlob(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? crypto::Bytes(data, data + size) : crypto::Bytes();
}

crypto::Secret Statement::columnSecret(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? crypto::Secret(data, static_cast<std::size_t>(size)) : crypto::Secret();
}

std::string_view Statement::columnTextView(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return text ? std::string_view(text, static_cast<std::size_t>(size)) : std::string_view();
}

crypto::ByteView Statement::columnBlobView(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? crypto::ByteView(data, static_cast<std::size_t>(size)) : crypto::ByteView();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& database)
    : m_hold(database.hold())
    , m_database(database)
{
    m_database.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done && m_database.isOpen()) {
        sqlite3_exec(m_database.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_database.exec("COMMIT");
    m_done = true;
}

} // namespace majakka::store
