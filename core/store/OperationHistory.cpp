#include "store/OperationHistory.h"

#include "store/Database.h"
#include "store/IdColumns.h"
#include "store/OperationRows.h"
#include "store/Statement.h"

namespace majakka::store {

std::map<Id, std::uint64_t> OperationHistory::newestBySite()
{
    Statement query(m_database, "SELECT site_id, hlc FROM site_clocks");
    std::map<Id, std::uint64_t> out;
    while (query.step()) {
        out[idColumn(query, 0)] = static_cast<std::uint64_t>(query.columnInt(1));
    }
    return out;
}

std::size_t OperationHistory::countSince(const Id& site, std::uint64_t hlc)
{
    Statement query(m_database, "SELECT count(*) FROM operations WHERE site_id = ?1 AND hlc > ?2");
    query.bind(1, idView(site)).bind(2, static_cast<std::int64_t>(hlc));
    query.step();
    return static_cast<std::size_t>(query.columnInt(0));
}

void OperationHistory::forEachSince(const Id& site,
                                    std::uint64_t hlc,
                                    const std::function<void(const Operation&)>& visit)
{
    Statement query(m_database,
                    std::string("SELECT ") + OperationColumns
                        + " FROM operations WHERE site_id = ?1 AND hlc > ?2 ORDER BY site_id, hlc");
    query.bind(1, idView(site)).bind(2, static_cast<std::int64_t>(hlc));
    while (query.step()) {
        visit(readOperation(query));
    }
}

std::vector<Operation> OperationHistory::ofRecord(const Id& record)
{
    Statement query(m_database,
                    std::string("SELECT ") + OperationColumns
                        + " FROM operations WHERE record_id = ?1 ORDER BY hlc, site_id");
    query.bind(1, idView(record));
    std::vector<Operation> out;
    while (query.step()) {
        out.push_back(readOperation(query));
    }
    return out;
}

std::map<Id, std::uint64_t> OperationHistory::newestOfRecord(const Id& record)
{
    Statement query
        = m_database.cached("SELECT site_id, max(hlc) FROM operations WHERE record_id = ?1 GROUP BY site_id");
    query.bind(1, idView(record));
    std::map<Id, std::uint64_t> out;
    while (query.step()) {
        out[idColumn(query, 0)] = static_cast<std::uint64_t>(query.columnInt(1));
    }
    return out;
}

std::map<Id, std::map<Id, std::uint64_t>> OperationHistory::newestByRecord()
{
    Statement query(m_database,
                    "SELECT record_id, site_id, max(hlc) FROM operations GROUP BY record_id, site_id");
    std::map<Id, std::map<Id, std::uint64_t>> out;
    while (query.step()) {
        out[idColumn(query, 0)][idColumn(query, 1)] = static_cast<std::uint64_t>(query.columnInt(2));
    }
    return out;
}

std::vector<Id> OperationHistory::liveRecords()
{
    Statement query(
        m_database,
        "SELECT record_id FROM records r WHERE NOT EXISTS (SELECT 1 FROM field_values v WHERE "
        "v.record_id = r.record_id AND v.field = '$deleted' AND v.value = 'true') ORDER BY record_id");
    std::vector<Id> out;
    while (query.step()) {
        out.push_back(idColumn(query, 0));
    }
    return out;
}

} // namespace majakka::store
