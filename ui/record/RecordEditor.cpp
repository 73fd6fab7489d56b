#include "ui/record/RecordEditor.h"

#include "ui/common/ErrorText.h"
#include "ui/record/ClientChangeCommand.h"

#include <QUndoStack>

namespace majakka::ui {

RecordEditor::RecordEditor(ClientService& clients, domain::ClientRecord record, bool mayEdit, QObject* parent)
    : QObject(parent)
    , m_clients(clients)
    , m_record(std::move(record))
    , m_mayEdit(mayEdit)
    , m_undo(new QUndoStack(this))
{ }

bool RecordEditor::mayAssignWorker() const
{
    return m_mayEdit && !m_clients.scope().worker;
}

bool RecordEditor::mayMoveOffice() const
{
    return m_mayEdit && !m_clients.scope().office;
}

std::vector<ClientSummary> RecordEditor::findClients(const QString& search, std::size_t limit) const
{
    ClientFilter filter;
    filter.search = search.trimmed().toStdString();
    filter.limit = limit;
    return m_clients.list(filter);
}

std::optional<ClientSummary> RecordEditor::parentSummary() const
{
    const std::string& parent = m_record.person.parent;
    return parent.empty() ? std::nullopt : m_clients.summary(parent);
}

std::vector<ClientSummary> RecordEditor::children() const
{
    return m_clients.children(m_record.id);
}

std::optional<Error> RecordEditor::change(domain::ClientRecord edited, const QString& description)
{
    try {
        ClientChange change = m_clients.change(m_record.id, std::move(edited));
        m_record = change.after;
        m_undo->push(new ClientChangeCommand(*this, std::move(change), description));
    } catch (const Error& error) {
        return error;
    }
    Q_EMIT recordChanged();
    return std::nullopt;
}

bool RecordEditor::applyUndo(const ClientChange& change)
{
    return apply(change, true);
}

bool RecordEditor::applyRedo(const ClientChange& change)
{
    return apply(change, false);
}

bool RecordEditor::apply(const ClientChange& change, bool undo)
{
    try {
        m_record = undo ? m_clients.undo(change) : m_clients.redo(change);
    } catch (const Error& error) {
        Q_EMIT failed(ErrorText::describe(error).fullText());
        return false;
    }
    Q_EMIT recordChanged();
    return true;
}

} // namespace majakka::ui
