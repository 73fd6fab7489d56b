#pragma once

// The client document as an nlohmann::ordered_json value, for code that handles many
// documents at once (a list to import). Needs nlohmann_json on the include path.

#include "domain/ClientRecord.h"

#include <nlohmann/json.hpp>
#include <string>

namespace majakka::domain {

nlohmann::ordered_json clientToJsonValue(const ClientRecord& record);
// `path` prefixes the fields of errors, e.g. "[3]" for the fourth of a list.
ClientRecord clientFromJsonValue(const nlohmann::ordered_json& document, const std::string& path = "");

} // namespace majakka::domain
