#include "domain/JsonReader.h"

namespace majakka::domain::json {

namespace {
std::string typeName(const nlohmann::ordered_json& value)
{
    return value.type_name();
}
} // namespace

ObjectReader::ObjectReader(const nlohmann::ordered_json& value, std::string path)
    : m_value(value)
    , m_path(std::move(path))
{
    if (!m_value.is_object()) {
        const std::string where = m_path.empty() ? "The document" : "\"" + m_path + "\"";
        throw Error(ErrorCode::Invalid,
                    where + " must be a JSON object {...}, not " + typeName(m_value) + ".",
                    m_path);
    }
}

std::string ObjectReader::pathOf(std::string_view key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

bool ObjectReader::has(std::string_view key) const
{
    const auto found = m_value.find(std::string(key));
    return found != m_value.end() && !found->is_null();
}

const nlohmann::ordered_json* ObjectReader::get(std::string_view key)
{
    m_read.insert(std::string(key));
    const auto found = m_value.find(std::string(key));
    if (found == m_value.end() || found->is_null()) {
        return nullptr;
    }
    return &*found;
}

std::string ObjectReader::stringOf(const nlohmann::ordered_json& value, const std::string& path)
{
    if (!value.is_string()) {
        throw Error(
            ErrorCode::Invalid, "\"" + path + "\" must be a JSON string, not " + typeName(value) + ".", path);
    }
    return value.get<std::string>();
}

std::string ObjectReader::text(std::string_view key)
{
    const nlohmann::ordered_json* value = get(key);
    return value ? stringOf(*value, pathOf(key)) : std::string();
}

bool ObjectReader::boolean(std::string_view key, bool fallback)
{
    const nlohmann::ordered_json* value = get(key);
    if (!value) {
        return fallback;
    }
    if (!value->is_boolean()) {
        throw Error(ErrorCode::Invalid,
                    "\"" + pathOf(key) + "\" must be true or false, not " + typeName(*value) + ".",
                    pathOf(key));
    }
    return value->get<bool>();
}

Date ObjectReader::date(std::string_view key)
{
    const auto value = optionalDate(key);
    if (!value) {
        throw missing(key);
    }
    return *value;
}

std::optional<Date> ObjectReader::optionalDate(std::string_view key)
{
    const nlohmann::ordered_json* value = get(key);
    if (!value) {
        return std::nullopt;
    }
    return Date::parse(stringOf(*value, pathOf(key)), pathOf(key));
}

std::vector<std::string> ObjectReader::textList(std::string_view key)
{
    std::vector<std::string> values;
    for (const auto& [index, item] : arrayItems(key)) {
        values.push_back(stringOf(*item, pathOf(key) + "[" + std::to_string(index) + "]"));
    }
    return values;
}

std::vector<std::pair<std::size_t, const nlohmann::ordered_json*>>
ObjectReader::arrayItems(std::string_view key)
{
    std::vector<std::pair<std::size_t, const nlohmann::ordered_json*>> items;
    const nlohmann::ordered_json* value = get(key);
    if (!value) {
        return items;
    }
    if (!value->is_array()) {
        throw Error(ErrorCode::Invalid,
                    "\"" + pathOf(key) + "\" must be a JSON list [...], not " + typeName(*value) + ".",
                    pathOf(key));
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        items.emplace_back(i, &(*value)[i]);
    }
    return items;
}

void ObjectReader::finish() const
{
    for (const auto& [key, value] : m_value.items()) {
        if (!m_read.contains(key)) {
            const std::string field = pathOf(key);
            throw Error(ErrorCode::Invalid,
                        "\"" + field + "\" is not a key Majakka knows"
                            + (m_path.empty() ? "" : " in \"" + m_path + "\"")
                            + "; check its spelling against `client template`.",
                        field);
        }
    }
}

Error ObjectReader::missing(std::string_view key) const
{
    return Error(ErrorCode::Invalid, "\"" + pathOf(key) + "\" is missing; it is required.", pathOf(key));
}

nlohmann::ordered_json dateOrNull(const std::optional<Date>& date)
{
    return date ? nlohmann::ordered_json(date->toString()) : nlohmann::ordered_json(nullptr);
}

} // namespace majakka::domain::json
