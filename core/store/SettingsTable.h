#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace majakka::store {

class Database;

// Key-value settings kept inside the encrypted database.
class SettingsTable
{
public:
    explicit SettingsTable(Database& database)
        : m_database(database)
    { }

    std::optional<std::string> value(std::string_view key);
    void setValue(std::string_view key, std::string_view value);

private:
    Database& m_database;
};

} // namespace majakka::store
