#pragma once

#include "Error.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace majakka::domain {

// One value of an enumeration and its stable name (lower_snake_case). The
// names are stored in the database and written in JSON, so they never change.
template<typename E> struct NameEntry
{
    E value;
    std::string_view name;
};

// Specialised next to each enumeration: `static constexpr NameEntry<E> entries[]`
// lists every value once, in the order people see them.
template<typename E> struct EnumNames;

template<typename E>
concept NamedEnum = requires
{
    EnumNames<E>::entries;
};

template<NamedEnum E> constexpr std::span<const NameEntry<E>> enumEntries()
{
    return EnumNames<E>::entries;
}

template<NamedEnum E> std::string_view nameOf(E value)
{
    for (const auto& entry : enumEntries<E>()) {
        if (entry.value == value) {
            return entry.name;
        }
    }
    return "unknown_value";
}

template<NamedEnum E> std::optional<E> enumFromName(std::string_view name)
{
    for (const auto& entry : enumEntries<E>()) {
        if (entry.name == name) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template<NamedEnum E> std::vector<E> allValues()
{
    std::vector<E> values;
    for (const auto& entry : enumEntries<E>()) {
        values.push_back(entry.value);
    }
    return values;
}

namespace detail {
// The sentence for a name that is not in the list, e.g.
// `"gender" must be one of female, male, other, unknown; "femal" is not one of them.`
std::string
unknownNameMessage(std::string_view field, std::string_view name, std::span<const std::string_view> known);
} // namespace detail

// Throws Error(Invalid, sentence, field) when `name` is not one of the names.
template<NamedEnum E> E parseEnum(std::string_view name, const std::string& field)
{
    if (auto value = enumFromName<E>(name)) {
        return *value;
    }
    std::vector<std::string_view> known;
    for (const auto& entry : enumEntries<E>()) {
        known.push_back(entry.name);
    }
    throw Error(ErrorCode::Invalid, detail::unknownNameMessage(field, name, known), field);
}

} // namespace majakka::domain
