#pragma once

#include "store/Id.h"
#include "store/Statement.h"

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace majakka::store {
class Database;
}

namespace majakka {

// The shape of one per-kind table of clients (ClientTables): keyed by
// client_id and, for a list's table, by position (0, 1, ... in list order).
class ClientTable
{
public:
    enum class Shape
    {
        Single, // at most one row per client: its columns are ?2...
        List, // one row per entry: its columns are ?3..., the position ?2
    };

    ClientTable(std::string_view name, Shape shape, std::initializer_list<std::string_view> columns);

private:
    friend class ClientRows;

    Shape m_shape;
    std::string m_count;
    std::string m_insert;
    std::string m_update;
    std::string m_trim;
};

// One client's rows of one table, written so that a row which holds the
// values already is left alone: its pages are read, never dirtied. A sync
// import that changed one note of a contact rewrites that contact's row only,
// and a change of a value no table holds (a phone number) writes no row at
// all. Each dirtied page costs its journal copy, its encryption twice and its
// write; rows deleted and inserted again moved to the table's end and took
// every index entry of the row with them.
class ClientRows
{
public:
    ClientRows(store::Database& database, const ClientTable& table, const store::Id& client);

    // The statement for the row at `position` (0 for a single row), its key
    // bound: bind its columns, then run(). It inserts when the client has no
    // such row yet, and otherwise updates the row only if a value differs.
    store::Statement row(std::size_t position = 0);

    // Deletes the rows from `count` on: the list is shorter now, or (0) the
    // part is gone.
    void keep(std::size_t count);

private:
    store::Database& m_database;
    const ClientTable& m_table;
    store::Id m_client;
    std::size_t m_held = 0; // rows of the client when this began: positions 0 .. m_held - 1
};

// The per-kind tables of a client (schema version 5), their columns after the key.
extern const ClientTable ClientsTable;
extern const ClientTable ReferralsTable;
extern const ClientTable AdmissionDecisionsTable;
extern const ClientTable ExploitationsTable;
extern const ClientTable NeedsAssessmentsTable;
extern const ClientTable EndsOfAssistanceTable;
extern const ClientTable SupportMeasuresTable;
extern const ClientTable ReflectionPeriodsTable;
extern const ClientTable ResidenceMattersTable;
extern const ClientTable LegalStepsTable;
extern const ClientTable ContactsTable;
extern const ClientTable ConsentsTable;
extern const ClientTable DisclosuresTable;
extern const ClientTable SeriousThreatsTable;
extern const ClientTable ReopeningsTable;

} // namespace majakka
