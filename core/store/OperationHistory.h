#pragma once

#include "store/Id.h"
#include "store/Operation.h"

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace majakka::store {

class Database;

// Reads of the operation log for sync: what is held per site, and the
// operations above a point, oldest first.
class OperationHistory
{
public:
    explicit OperationHistory(Database& database)
        : m_database(database)
    { }

    // The newest HLC held from each site (the table site_clocks).
    std::map<Id, std::uint64_t> newestBySite();

    std::size_t countSince(const Id& site, std::uint64_t hlc);
    // Calls `visit` for each operation of `site` with an HLC above `hlc`, in HLC order.
    void forEachSince(const Id& site, std::uint64_t hlc, const std::function<void(const Operation&)>& visit);
    // Every operation of a record, in HLC order.
    std::vector<Operation> ofRecord(const Id& record);
    // The newest HLC of the record's operations from each site.
    std::map<Id, std::uint64_t> newestOfRecord(const Id& record);
    // For each record, the newest HLC of its operations from each site.
    std::map<Id, std::map<Id, std::uint64_t>> newestByRecord();
    // The records that are not deleted.
    std::vector<Id> liveRecords();

private:
    Database& m_database;
};

} // namespace majakka::store
