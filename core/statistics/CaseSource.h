#pragma once

#include "statistics/StatisticsCase.h"

#include <vector>

namespace majakka {
class Progress;
namespace store {
class Database;
}
} // namespace majakka

namespace majakka::statistics {

// Reads every client's statistics case from the per-kind tables that the
// client write path keeps (schema version 5: clients, referrals,
// admission_decisions, exploitations, ends_of_assistance, reopenings,
// reflection_periods), each table read once, and no record parsing. Columns
// that hold free text are never read. The cases come in the order of their
// client ids. Throws Error(Damaged) for a value that
// is not one of its vocabulary's names or not a date.
class CaseSource
{
public:
    explicit CaseSource(store::Database& database)
        : m_database(database)
    { }

    // Steps once per table read; checks for a cancel every few thousand rows.
    std::vector<StatisticsCase> all(Progress* progress = nullptr);

private:
    store::Database& m_database;
};

} // namespace majakka::statistics
