#include "casework/CaseDocumentExport.h"

#include "Error.h"
#include "casework/ClientFields.h"
#include "casework/ClientService.h"
#include "domain/EnumNames.h"
#include "session/Session.h"
#include "store/AtomicFile.h"
#include "store/HybridClock.h"
#include "store/OperationLog.h"
#include "store/Statement.h"

#include <ctime>

namespace majakka {

CaseDocument CaseDocumentExport::collect(ClientService& clients, const std::string& clientId)
{
    const store::Id id = store::Id::fromHex(clientId);
    CaseDocument document;
    document.record = clients.read(clientId); // nobody learns whether a client outside their scope exists
    store::OperationLog log(m_session.database(), m_session.clock());
    for (const store::Operation& operation : log.operations(id)) {
        document.history.push_back({isoUtc(store::HybridClock::timeOf(operation.hlc)),
                                    operation.author,
                                    operation.field,
                                    operation.value});
    }
    document.auditTrail = m_session.auditLog().forRecord(id);
    document.exportedBy = m_session.user().name;
    document.exportedAt = isoUtc(m_session.clock().now());
    return document;
}

void CaseDocumentExport::write(const std::string& clientId,
                               std::string_view description,
                               const Render& render,
                               const std::filesystem::path& file)
{
    const store::Id id = store::Id::fromHex(clientId);
    // Before the transaction: the client service may fill its tables once, in a unit of work of its own.
    ClientService clients(m_session);
    std::error_code ignored;
    if (std::filesystem::exists(file, ignored)) {
        throw Error(ErrorCode::Usage,
                    "a file already exists at " + file.string()
                        + "; choose another name (Majakka never writes over an existing file)");
    }
    store::Transaction transaction(m_session.database());
    CaseDocument document = collect(clients, clientId);
    m_session.audit("client.export", id, std::string(description) + ", " + file.filename().string());
    document.auditTrail = m_session.auditLog().forRecord(id);
    const std::string content = render(document);
    store::writeNewFileAtomically(file, crypto::asBytes(content));
    try {
        transaction.commit();
    } catch (...) {
        std::filesystem::remove(file, ignored);
        throw;
    }
}

CaseDocument CaseDocumentExport::print(const std::string& clientId, std::string_view description)
{
    const store::Id id = store::Id::fromHex(clientId);
    ClientService clients(m_session);
    store::Transaction transaction(m_session.database());
    CaseDocument document = collect(clients, clientId);
    m_session.audit("client.print", id, std::string(description));
    document.auditTrail = m_session.auditLog().forRecord(id);
    transaction.commit();
    return document;
}

} // namespace majakka
