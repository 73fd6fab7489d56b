#pragma once

#include "Error.h"
#include "domain/ClientJson.h"
#include "domain/ClientRules.h"

#include <string>

namespace majakka::test {

// The field of the first rule the record breaks, or "" when it keeps them all.
inline std::string
brokenField(const domain::ClientRecord& record, domain::Date today, const domain::CaseRules& rules = {})
{
    try {
        domain::validateClient(record, today, rules);
    } catch (const Error& error) {
        if (error.code() != ErrorCode::Invalid || std::string(error.what()).empty()) {
            return "<wrong error>";
        }
        return error.field();
    }
    return "";
}

inline domain::Date day(std::string_view text)
{
    return domain::Date::parse(text, "date");
}

// A fixed "today" for rule tests.
inline domain::Date testToday()
{
    return day("2026-06-15");
}

} // namespace majakka::test
