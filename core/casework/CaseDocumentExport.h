#pragma once

#include "casework/CaseDocument.h"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace majakka {

class ClientService;
class Session;

// Writes documents made from one client's record to files outside the
// encrypted store: the whole record for an access request (`client export`)
// and the case summary the desktop program prints or saves. Whoever may see
// the client may do so (ClientService's rule: a caseworker their own clients,
// an office worker their office's, supervisors and administrators every
// client); nobody learns whether a client outside their scope exists.
class CaseDocumentExport
{
public:
    using Render = std::function<std::string(const CaseDocument&)>;

    explicit CaseDocumentExport(Session& session)
        : m_session(session)
    { }

    // Collects the document, renders it with `render` and writes the result to
    // `file`, which must not exist; audited as "client.export" with
    // `description` (e.g. "record, json") and the file's name, in the same unit
    // of work, so there is no file without its audit entry and the document's
    // audit trail ends with its own export. Throws Error(NotFound) for a client
    // the user may not see, Error(Usage) for an existing file.
    void write(const std::string& clientId,
               std::string_view description,
               const Render& render,
               const std::filesystem::path& file);

    // Audits a paper copy ("client.print" with `description`): a printer's
    // queue is outside the store too. Returns the document to print.
    CaseDocument print(const std::string& clientId, std::string_view description);

private:
    // The document, once the client is known to be in the user's scope.
    CaseDocument collect(ClientService& clients, const std::string& clientId);

    Session& m_session;
};

} // namespace majakka
