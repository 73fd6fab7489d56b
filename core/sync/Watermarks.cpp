#include "sync/Watermarks.h"

#include "store/Database.h"
#include "store/IdColumns.h"
#include "store/OperationHistory.h"
#include "store/Statement.h"

namespace majakka::sync {

VersionVector Watermarks::all(const store::Id& self)
{
    store::Statement query(m_database, "SELECT site_id, hlc FROM site_watermarks");
    VersionVector out;
    while (query.step()) {
        out[store::idColumn(query, 0)] = static_cast<std::uint64_t>(query.columnInt(1));
    }
    // Everything made here is here.
    const auto newest = store::OperationHistory(m_database).newestBySite();
    if (const auto own = newest.find(self); own != newest.end()) {
        out[self] = own->second;
    }
    return out;
}

std::uint64_t Watermarks::of(const store::Id& site)
{
    store::Statement query(m_database, "SELECT hlc FROM site_watermarks WHERE site_id = ?1");
    query.bind(1, store::idView(site));
    return query.step() ? static_cast<std::uint64_t>(query.columnInt(0)) : 0;
}

void Watermarks::raise(const store::Id& site, std::uint64_t hlc)
{
    if (hlc <= of(site)) {
        return;
    }
    store::Statement save(m_database,
                          "INSERT OR REPLACE INTO site_watermarks (site_id, hlc) VALUES (?1, ?2)");
    save.bind(1, store::idView(site)).bind(2, static_cast<std::int64_t>(hlc)).run();
}

} // namespace majakka::sync
