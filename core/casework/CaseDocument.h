#pragma once

#include "audit/AuditLog.h"
#include "domain/ClientRecord.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace majakka {

// One value as it was written: the operation log keeps every earlier value
// of a record, and they are held about the client as much as the current ones.
struct ValueWrite
{
    std::string at; // UTC, ISO 8601, from the operation's clock
    std::string author;
    std::string field; // as ClientFields names it: "family_name", "measures[<id>].status"
    std::optional<std::string> value; // JSON text; nothing when the value was cleared
};

// Everything the database holds about one client, for a person's access
// request: the whole record (its disclosures among it), every value ever
// written to it, and the audit trail of who looked at it or changed it (the
// export that made this document last).
struct CaseDocument
{
    domain::ClientRecord record;
    std::vector<ValueWrite> history; // oldest first
    std::vector<audit::AuditEntry> auditTrail; // oldest first
    std::string exportedBy;
    std::string exportedAt; // UTC, ISO 8601
};

// The document as JSON: {"document", "exported_at", "exported_by", "client"
// (the client document of `client show`), "history": [{"at", "author",
// "field", "value"}], "audit_trail": [{"at", "user", "action", "detail"}]}.
std::string caseDocumentToJson(const CaseDocument& document);

} // namespace majakka
