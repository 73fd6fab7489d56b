#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace majakka::domain {

// What a user may do. Stored by name in the database.
enum class Role
{
    Administrator, // creates databases and users, enrols devices, restores backups
    Supervisor, // reads every case, exports statistics, checks audit trails
    OfficeWorker, // reviews the cases of an office, decides admissions
    Caseworker, // works on the cases assigned to them
};

// The stable names used in the database, the CLI and JSON:
// administrator, supervisor, office_worker, caseworker.
std::string_view roleName(Role role);
std::optional<Role> roleFromName(std::string_view name);

} // namespace majakka::domain
