#pragma once

#include "domain/User.h"

#include <optional>
#include <string_view>
#include <vector>

namespace majakka::store {

class Database;

// The users table. No rules here beyond what the schema enforces; the
// session's user administration decides who may do what.
class UserTable
{
public:
    explicit UserTable(Database& database)
        : m_database(database)
    { }

    std::vector<domain::User> all();
    std::optional<domain::User> byName(std::string_view name);
    domain::User add(std::string_view name, domain::Role role);
    void remove(std::int64_t id);
    void rename(std::int64_t id, std::string_view newName);
    void setOffice(std::int64_t id, std::optional<domain::Office> office);
    void setRole(std::int64_t id, domain::Role role);
    int countWithRole(domain::Role role);

private:
    Database& m_database;
};

} // namespace majakka::store
