#include "casework/CaseDocument.h"

#include "domain/ClientJson.h"

#include <nlohmann/json.hpp>

namespace majakka {

namespace {

using Json = nlohmann::ordered_json;

// A stored value is JSON text; it goes in as the value it is, not as a string of JSON.
Json valueJson(const std::optional<std::string>& value)
{
    if (!value) {
        return nullptr;
    }
    Json parsed = Json::parse(*value, nullptr, false);
    return parsed.is_discarded() ? Json(*value) : parsed;
}

} // namespace

std::string caseDocumentToJson(const CaseDocument& document)
{
    Json history = Json::array();
    for (const ValueWrite& write : document.history) {
        history.push_back({{"at", write.at},
                           {"author", write.author},
                           {"field", write.field},
                           {"value", valueJson(write.value)}});
    }
    Json trail = Json::array();
    for (const audit::AuditEntry& entry : document.auditTrail) {
        trail.push_back(
            {{"at", entry.at}, {"user", entry.user}, {"action", entry.action}, {"detail", entry.detail}});
    }
    const Json out {
        {"document", "everything Majakka holds about one client, for an access request"},
        {"exported_at", document.exportedAt},
        {"exported_by", document.exportedBy},
        {"client", Json::parse(domain::clientToJson(document.record))},
        {"history", history},
        {"audit_trail", trail},
    };
    return out.dump(2) + "\n";
}

} // namespace majakka
