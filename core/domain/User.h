#pragma once

#include "domain/Role.h"

#include <cstdint>
#include <string>

namespace majakka::domain {

struct User
{
    std::int64_t id = 0;
    std::string name;
    Role role = Role::Caseworker;

    bool operator==(const User&) const = default;
};

} // namespace majakka::domain
