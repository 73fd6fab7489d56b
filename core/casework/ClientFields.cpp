#include "casework/ClientFields.h"

#include "Error.h"
#include "domain/ClientJsonValue.h"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace majakka {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* Periods = "reflection_periods";
constexpr const char* PresentValue = "true";

bool isEmpty(const Json& value)
{
    return value.is_null() || (value.is_string() && value.get_ref<const std::string&>().empty())
        || (value.is_array() && value.empty());
}

bool isListOfEntries(const Json& value)
{
    return value.is_array() && !value.empty() && value.front().is_object();
}

void flatten(const std::string& path, const Json& value, ClientFieldValues& out)
{
    if (value.is_object()) {
        for (const auto& [key, child] : value.items()) {
            flatten(path + "." + key, child, out);
        }
    } else if (isListOfEntries(value)) {
        for (const Json& entry : value) {
            const std::string id = entry.value("id", std::string());
            if (id.empty()) {
                throw Error(ErrorCode::Internal, "an entry of " + path + " has no id yet");
            }
            const std::string entryPath = path + "[" + id + "]";
            out[entryPath] = PresentValue;
            for (const auto& [key, child] : entry.items()) {
                if (key != "id") {
                    flatten(entryPath + "." + key, child, out);
                }
            }
        }
    } else if (!isEmpty(value)) {
        out[path] = value.dump();
    }
}

// Sets document[a][b][c] for the dotted path "a.b.c".
void place(Json& document, std::string_view dotted, Json value)
{
    Json* node = &document;
    for (std::size_t dot; (dot = dotted.find('.')) != std::string_view::npos; dotted.remove_prefix(dot + 1)) {
        node = &(*node)[std::string(dotted.substr(0, dot))];
    }
    (*node)[std::string(dotted)] = std::move(value);
}

Json parsedValue(const std::string& field, const std::string& text)
{
    try {
        return Json::parse(text);
    } catch (const Json::parse_error&) {
        throw Error(ErrorCode::Damaged, "the stored value of " + field + " is not JSON");
    }
}

// Removes the object or list entry that lacks the required field a reading
// error names ("referral.date": the referral; "measures[2].type": that measure;
// "admission.appeal.court": the appeal). False when the field is there after
// all (then its value is malformed: damage, not a merge) or the path leads to
// no part that can go.
bool dropIncompletePart(Json& document, const std::string& path)
{
    // The path's steps: object keys, and list indexes after a key.
    struct Step
    {
        std::string key;
        std::optional<std::size_t> index;
    };
    std::vector<Step> steps;
    for (std::size_t at = 0; at < path.size();) {
        const std::size_t end = path.find_first_of(".[", at);
        Step step {path.substr(at, end == std::string::npos ? std::string::npos : end - at), std::nullopt};
        at = end == std::string::npos ? path.size() : end;
        if (at < path.size() && path[at] == '[') {
            const std::size_t close = path.find(']', at);
            if (close == std::string::npos) {
                return false;
            }
            try {
                step.index = std::stoul(path.substr(at + 1, close - at - 1));
            } catch (const std::exception&) {
                return false;
            }
            at = close + 1;
        }
        if (at < path.size() && path[at] == '.') {
            ++at;
        }
        steps.push_back(std::move(step));
    }
    if (steps.size() < 2 || steps.back().index) {
        return false; // a value of the person, or a whole list
    }
    // Walk to the object that should hold the last key, remembering how to remove it.
    Json* node = &document;
    std::function<void()> removeHolder;
    for (std::size_t i = 0; i + 1 < steps.size(); ++i) {
        const Step& step = steps[i];
        if (!node->is_object() || !node->contains(step.key)) {
            return false;
        }
        Json* parent = node;
        node = &(*node)[step.key];
        if (step.index) {
            if (!node->is_array() || *step.index >= node->size()) {
                return false;
            }
            Json* list = node;
            const std::size_t index = *step.index;
            removeHolder = [list, index] {
                list->erase(index);
            };
            node = &(*node)[index];
        } else {
            const std::string key = step.key;
            removeHolder = [parent, key] {
                parent->erase(key);
            };
        }
    }
    if (!node->is_object() || node->contains(steps.back().key)) {
        return false;
    }
    removeHolder();
    return true;
}

} // namespace

ClientFieldValues clientFields(const domain::ClientRecord& record)
{
    Json document = domain::clientToJsonValue(record);
    Json periods = document["previous_reflection_periods"];
    if (!document["reflection_period"].is_null()) {
        periods.push_back(document["reflection_period"]);
    }
    ClientFieldValues out;
    for (const auto& [key, value] : document.items()) {
        if (key != "id" && key != "reflection_period" && key != "previous_reflection_periods") {
            flatten(key, value, out);
        }
    }
    flatten(Periods, periods, out);
    return out;
}

domain::ClientRecord clientFromFields(const std::string& id, const ClientFieldValues& fields)
{
    Json document = Json::object();
    document["id"] = id;
    // list name -> entry id -> entry; std::map keeps the entries in id order.
    std::map<std::string, std::map<std::string, Json>> lists;
    std::map<std::string, std::map<std::string, Json>> entryValues;
    for (const auto& [field, text] : fields) {
        if (!text) {
            continue;
        }
        const std::size_t open = field.find('[');
        const std::size_t firstDot = field.find('.');
        if (open != std::string::npos && open < firstDot) {
            const std::size_t close = field.find(']', open);
            if (close == std::string::npos) {
                throw Error(ErrorCode::Damaged, "the stored field name " + field + " is malformed");
            }
            const std::string list = field.substr(0, open);
            const std::string entry = field.substr(open + 1, close - open - 1);
            if (close + 1 == field.size()) {
                lists[list][entry]["id"] = entry; // the entry is present
            } else if (field[close + 1] == '.') {
                place(entryValues[list][entry],
                      std::string_view(field).substr(close + 2),
                      parsedValue(field, *text));
            } else {
                throw Error(ErrorCode::Damaged, "the stored field name " + field + " is malformed");
            }
        } else {
            place(document, field, parsedValue(field, *text));
        }
    }
    for (auto& [list, entries] : lists) {
        Json items = Json::array();
        for (auto& [entryId, entry] : entries) {
            // Values of an entry that is no longer present (removed elsewhere
            // while edited here) stay in the log as conflicts, not in the record.
            const auto values = entryValues[list].find(entryId);
            if (values != entryValues[list].end()) {
                for (auto& [key, value] : values->second.items()) {
                    entry[key] = std::move(value);
                }
            }
            items.push_back(std::move(entry));
        }
        document[list] = std::move(items);
    }
    if (document.contains(Periods)) {
        Json periods = std::move(document[Periods]);
        document.erase(Periods);
        std::stable_sort(periods.begin(), periods.end(), [](const Json& a, const Json& b) {
            return a.value("start", std::string()) < b.value("start", std::string());
        });
        document["reflection_period"] = periods.back();
        periods.erase(periods.end() - 1);
        document["previous_reflection_periods"] = std::move(periods);
    }
    // A merge can leave half a part: the referral removed on one device while
    // its source was changed on another leaves a source without a date. The
    // conflict keeps both sides; the record is shown without that part (or
    // entry) until someone resolves it, rather than not at all.
    constexpr int MaxDropped = 32;
    for (int dropped = 0;; ++dropped) {
        try {
            return domain::clientFromJsonValue(document);
        } catch (const Error& error) {
            if (dropped == MaxDropped || !dropIncompletePart(document, error.field())) {
                throw Error(ErrorCode::Damaged,
                            "the stored client " + id + " does not make a valid record: " + error.what(),
                            error.field());
            }
        }
    }
}

} // namespace majakka
