#include "store/UserTable.h"

#include "Error.h"
#include "domain/EnumNames.h"
#include "store/Database.h"
#include "store/Statement.h"

namespace majakka::store {

namespace {
domain::User readUser(const Statement& row)
{
    domain::User user;
    user.id = row.columnInt(0);
    user.name = row.columnText(1);
    user.role = domain::roleFromName(row.columnText(2)).value_or(domain::Role::Caseworker);
    user.office = domain::enumFromName<domain::Office>(row.columnText(3));
    return user;
}
} // namespace

std::vector<domain::User> UserTable::all()
{
    Statement query(m_database, "SELECT id, name, role, office FROM users ORDER BY name COLLATE NOCASE");
    std::vector<domain::User> users;
    while (query.step()) {
        users.push_back(readUser(query));
    }
    return users;
}

std::optional<domain::User> UserTable::byName(std::string_view name)
{
    Statement query(m_database,
                    "SELECT id, name, role, office FROM users WHERE name = trim(?1) COLLATE NOCASE");
    query.bind(1, name);
    if (query.step()) {
        return readUser(query);
    }
    return std::nullopt;
}

domain::User UserTable::add(std::string_view name, domain::Role role)
{
    Statement insert(m_database, "INSERT INTO users (name, role) VALUES (trim(?1), ?2)");
    insert.bind(1, name).bind(2, domain::roleName(role));
    insert.run();
    return *byName(name);
}

void UserTable::remove(std::int64_t id)
{
    Statement remove(m_database, "DELETE FROM users WHERE id = ?1");
    remove.bind(1, id).run();
}

void UserTable::rename(std::int64_t id, std::string_view newName)
{
    Statement update(m_database, "UPDATE users SET name = trim(?1) WHERE id = ?2");
    update.bind(1, newName).bind(2, id).run();
}

void UserTable::setOffice(std::int64_t id, std::optional<domain::Office> office)
{
    Statement update(m_database, "UPDATE users SET office = ?1 WHERE id = ?2");
    update.bind(1, office ? domain::nameOf(*office) : std::string_view()).bind(2, id).run();
}

void UserTable::setRole(std::int64_t id, domain::Role role)
{
    Statement update(m_database, "UPDATE users SET role = ?1 WHERE id = ?2");
    update.bind(1, domain::roleName(role)).bind(2, id).run();
}

int UserTable::countWithRole(domain::Role role)
{
    Statement query(m_database, "SELECT count(*) FROM users WHERE role = ?1");
    query.bind(1, domain::roleName(role)).step();
    return static_cast<int>(query.columnInt(0));
}

} // namespace majakka::store
