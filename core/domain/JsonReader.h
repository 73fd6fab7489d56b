#pragma once

// Internal to the domain's JSON conversion: include only from .cpp files.

#include "Error.h"
#include "domain/Date.h"
#include "domain/EnumNames.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace majakka::domain::json {

// Reads the keys of one JSON object, remembering which were read so that
// finish() can refuse any other key by its path. Missing keys and null are the
// same: "not recorded". Every error names the JSON path of the value.
class ObjectReader
{
public:
    // Throws unless `value` is an object; `path` is "" for the document itself.
    ObjectReader(const nlohmann::ordered_json& value, std::string path);

    std::string pathOf(std::string_view key) const;
    bool has(std::string_view key) const;
    // The value under `key` (marked as read), or nullptr when missing or null.
    const nlohmann::ordered_json* get(std::string_view key);

    std::string text(std::string_view key); // "" when missing
    bool boolean(std::string_view key, bool fallback = false);
    Date date(std::string_view key); // required
    std::optional<Date> optionalDate(std::string_view key);
    std::vector<std::string> textList(std::string_view key);

    template<NamedEnum E> E enumValue(std::string_view key) // required
    {
        const auto value = optionalEnum<E>(key);
        if (!value) {
            throw missing(key);
        }
        return *value;
    }

    template<NamedEnum E> E enumValue(std::string_view key, E fallback)
    {
        return optionalEnum<E>(key).value_or(fallback);
    }

    template<NamedEnum E> std::optional<E> optionalEnum(std::string_view key)
    {
        const nlohmann::ordered_json* value = get(key);
        if (!value) {
            return std::nullopt;
        }
        return parseEnum<E>(stringOf(*value, pathOf(key)), pathOf(key));
    }

    template<NamedEnum E> std::vector<E> enumList(std::string_view key)
    {
        std::vector<E> values;
        const std::string listPath = pathOf(key);
        for (const auto& [index, item] : arrayItems(key)) {
            const std::string itemPath = listPath + "[" + std::to_string(index) + "]";
            values.push_back(parseEnum<E>(stringOf(*item, itemPath), itemPath));
        }
        return values;
    }

    // The elements of the array under `key` with their indexes (none when missing).
    std::vector<std::pair<std::size_t, const nlohmann::ordered_json*>> arrayItems(std::string_view key);

    // Throws for the first key that was not read.
    void finish() const;

    Error missing(std::string_view key) const;
    static std::string stringOf(const nlohmann::ordered_json& value, const std::string& path);

private:
    const nlohmann::ordered_json& m_value;
    std::string m_path;
    std::set<std::string, std::less<>> m_read;
};

// Reads every element of the array under `key` as an object with `read(ObjectReader&, T&)`.
template<typename T, typename Read>
std::vector<T> readList(ObjectReader& parent, std::string_view key, Read read)
{
    std::vector<T> items;
    for (const auto& [index, item] : parent.arrayItems(key)) {
        ObjectReader reader(*item, parent.pathOf(key) + "[" + std::to_string(index) + "]");
        items.push_back(read(reader));
        reader.finish();
    }
    return items;
}

// Writing helpers: absent values are written as null so that every key shows.
nlohmann::ordered_json dateOrNull(const std::optional<Date>& date);

template<NamedEnum E> nlohmann::ordered_json enumOrNull(const std::optional<E>& value)
{
    return value ? nlohmann::ordered_json(std::string(nameOf(*value))) : nlohmann::ordered_json(nullptr);
}

template<NamedEnum E> nlohmann::ordered_json enumNameList(const std::vector<E>& values)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (E value : values) {
        list.push_back(std::string(nameOf(value)));
    }
    return list;
}

template<NamedEnum E> std::string name(E value)
{
    return std::string(nameOf(value));
}

} // namespace majakka::domain::json
