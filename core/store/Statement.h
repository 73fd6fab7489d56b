#pragma once

#include "crypto/Bytes.h"
#include "crypto/Secret.h"
#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace majakka::store {

// A prepared statement; finalized when it goes out of scope. Parameters are
// numbered from 1 as in SQLite, columns from 0. It holds its database's
// connection (Database::hold) from construction to destruction, so it must
// stay on the thread that made it.
class Statement
{
public:
    Statement(Database& database, std::string_view sql);
    // Borrows a statement the database keeps prepared (Database::cached): it is
    // reset and its bindings cleared when this object goes, not finalized.
    Statement(Database& database, sqlite3_stmt* borrowed);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, crypto::ByteView blob);
    Statement& bindNull(int index);

    // Steps once: true while a row is available, false when done.
    bool step();
    // Steps to the end, for statements that return no rows.
    void run();
    void reset();

    std::int64_t columnInt(int column) const;
    std::string columnText(int column) const;
    crypto::Bytes columnBlob(int column) const;
    // A blob that is a key: copied straight into wiped memory.
    crypto::Secret columnSecret(int column) const;
    // The same without a copy, valid until the next step() or reset(): for
    // scans of many rows that only look at each value.
    std::string_view columnTextView(int column) const;
    crypto::ByteView columnBlobView(int column) const;
    bool columnIsNull(int column) const;

private:
    Database::Hold m_hold;
    Database* m_database;
    sqlite3_stmt* m_statement = nullptr;
    bool m_borrowed = false;
};

// A transaction that rolls back unless committed. BEGIN IMMEDIATE takes the
// write lock at once, so a unit of work never fails half-way for a lock. It
// holds the connection for its whole life: no other thread's statement runs
// inside it.
class Transaction
{
public:
    explicit Transaction(Database& database);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    void commit();

private:
    Database::Hold m_hold;
    Database& m_database;
    bool m_done = false;
};

} // namespace majakka::store
