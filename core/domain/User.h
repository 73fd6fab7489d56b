#pragma once

#include "domain/PersonVocabulary.h"
#include "domain/Role.h"

#include <cstdint>
#include <optional>
#include <string>

namespace majakka::domain {

struct User
{
    std::int64_t id = 0;
    std::string name;
    Role role = Role::Caseworker;
    // The office an office worker works in and sees the clients of; none yet: sees none.
    std::optional<Office> office;

    bool operator==(const User&) const = default;
};

} // namespace majakka::domain
