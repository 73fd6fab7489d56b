#include "domain/Role.h"

#include <array>
#include <utility>

namespace majakka::domain {

namespace {
constexpr std::array<std::pair<Role, std::string_view>, 4> Names {{
    {Role::Administrator, "administrator"},
    {Role::Supervisor, "supervisor"},
    {Role::OfficeWorker, "office_worker"},
    {Role::Caseworker, "caseworker"},
}};
} // namespace

std::string_view roleName(Role role)
{
    for (const auto& [value, name] : Names) {
        if (value == role) {
            return name;
        }
    }
    return "caseworker";
}

std::optional<Role> roleFromName(std::string_view name)
{
    for (const auto& [value, known] : Names) {
        if (known == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace majakka::domain
