#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "Error.h"
#include "casework/ClientService.h"
#endif

#include <QObject>
#include <QString>
#include <optional>

class QUndoStack;

namespace majakka::ui {

// One open client record and its edits. Every edit sends the whole edited
// record through ClientService::change (validated, audited, one transaction)
// and lands on the undo stack as a command holding the ClientChange, so that
// undo and redo are core units of work too.
class RecordEditor : public QObject
{
    Q_OBJECT

public:
    RecordEditor(ClientService& clients,
                 domain::ClientRecord record,
                 bool mayEdit,
                 QObject* parent = nullptr);

    const domain::ClientRecord& record() const { return m_record; }
    QString clientId() const { return QString::fromStdString(m_record.id); }
    // The role allows changes and the case has not ended.
    bool mayEdit() const { return m_mayEdit && !m_record.isEnded(); }
    // The role allows changes, whether or not the case has ended: reopening
    // it, and undoing or redoing the edits made while it was open.
    bool mayChange() const { return m_mayEdit; }
    // Who may give the client another worker or office, as the core decides:
    // a caseworker keeps their own clients, an office worker keeps the client
    // in their office, an administrator may change both.
    bool mayAssignWorker() const;
    bool mayMoveOffice() const;

    // Clients the user may see whose name, alias or number starts with
    // `search` (for linking a child to a parent); not audited, as the list is not.
    std::vector<ClientSummary> findClients(const QString& search, std::size_t limit) const;
    // The summary of a child's parent client, when the user may see them.
    std::optional<ClientSummary> parentSummary() const;
    // The clients linked to this one as their parent, those the user may see.
    // Not audited: nothing is opened.
    std::vector<ClientSummary> children() const;
    QUndoStack* undoStack() const { return m_undo; }

    // Writes `edited`; on success pushes an undoable command named `description`.
    // A refusal leaves the stored record and this one as they were.
    std::optional<Error> change(domain::ClientRecord edited, const QString& description);

    // Called by the undo commands; false when the core refused.
    bool applyUndo(const ClientChange& change);
    bool applyRedo(const ClientChange& change);

Q_SIGNALS:
    void recordChanged();
    // An undo or redo the core refused (the record changed meanwhile).
    void failed(const QString& message);

private:
    bool apply(const ClientChange& change, bool undo);

    ClientService& m_clients;
    domain::ClientRecord m_record;
    bool m_mayEdit;
    QUndoStack* m_undo;
};

} // namespace majakka::ui
