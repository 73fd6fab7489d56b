#include "store/SettingsTable.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace majakka::store {

std::optional<std::string> SettingsTable::value(std::string_view key)
{
    Statement query(m_database, "SELECT value FROM settings WHERE key = ?1");
    query.bind(1, key);
    if (query.step()) {
        return query.columnText(0);
    }
    return std::nullopt;
}

void SettingsTable::setValue(std::string_view key, std::string_view value)
{
    // SQLite 3.15 has no UPSERT; INSERT OR REPLACE is enough for a key-value row.
    Statement write(m_database, "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)");
    write.bind(1, key).bind(2, value).run();
}

} // namespace majakka::store
