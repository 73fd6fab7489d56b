#include "sync/LocalState.h"

#include "store/Database.h"
#include "store/IdColumns.h"
#include "store/SettingsTable.h"
#include "store/Statement.h"

namespace majakka::sync {

namespace {
constexpr const char* PartKey = "sync_holds_part";
constexpr const char* SkewKey = "sync.max_clock_skew_minutes";
constexpr const char* PurgedKey = "sync_purged_own_up_to";
} // namespace

bool LocalState::holdsPart()
{
    store::Statement query(m_database, "SELECT 1 FROM meta WHERE key = ?1");
    query.bind(1, PartKey);
    return query.step();
}

void LocalState::markHoldsPart()
{
    store::Statement mark(m_database, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, x'01')");
    mark.bind(1, PartKey).run();
}

std::uint64_t LocalState::purgedOwnUpTo()
{
    store::Statement query(m_database, "SELECT value FROM meta WHERE key = ?1");
    query.bind(1, PurgedKey);
    return query.step() ? std::stoull(query.columnText(0)) : 0;
}

void LocalState::notePurgedOwn(std::uint64_t hlc)
{
    if (hlc <= purgedOwnUpTo()) {
        return;
    }
    store::Statement save(m_database, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    save.bind(1, PurgedKey).bind(2, std::to_string(hlc)).run();
}

std::optional<std::string> LocalState::importedAt(const store::Id& packageId)
{
    store::Statement query(m_database, "SELECT imported_at FROM imported_packages WHERE package_id = ?1");
    query.bind(1, store::idView(packageId));
    if (query.step()) {
        return query.columnText(0);
    }
    return std::nullopt;
}

void LocalState::noteImported(const store::Id& packageId,
                              const store::Id& sender,
                              std::uint64_t createdHlc,
                              const std::string& at)
{
    store::Statement note(m_database,
                          "INSERT INTO imported_packages (package_id, sender, created_hlc, imported_at) "
                          "VALUES (?1, ?2, ?3, ?4)");
    note.bind(1, store::idView(packageId))
        .bind(2, store::idView(sender))
        .bind(3, static_cast<std::int64_t>(createdHlc))
        .bind(4, at)
        .run();
}

std::chrono::minutes LocalState::maxClockSkew()
{
    const auto stored = store::SettingsTable(m_database).value(SkewKey);
    if (stored) {
        try {
            const int minutes = std::stoi(*stored);
            if (minutes > 0) {
                return std::chrono::minutes(minutes);
            }
        } catch (const std::exception&) { }
    }
    return DefaultMaxClockSkew;
}

} // namespace majakka::sync
