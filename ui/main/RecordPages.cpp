#include "ui/main/RecordPages.h"

#include "session/Session.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/record/RecordEditor.h"

#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace majakka::ui {

RecordPages::RecordPages(QStackedWidget& pages, QUndoGroup& undo, QObject* parent)
    : QObject(parent)
    , m_pages(pages)
    , m_undo(undo)
{
    connect(&m_pages, &QStackedWidget::currentChanged, this, &RecordPages::pageShown);
}

RecordPages::~RecordPages()
{
    // Records hold the client service; whoever owns it destroys it after this.
    closeAll();
}

ClientRecordPage*
RecordPages::open(ClientService& clients, Session& session, const QString& clientId, bool mayEdit)
{
    for (ClientRecordPage* page : std::as_const(m_records)) {
        if (page->clientId() == clientId) {
            m_pages.setCurrentWidget(page);
            return page;
        }
    }
    Session* reader = &session;
    const std::string id = clientId.toStdString();
    ClientRecordPage* page = ClientRecordPage::open(
        clients,
        [reader, id] { return reader->auditLog().forRecord(store::Id::fromHex(id)); },
        clientId,
        mayEdit,
        &m_pages);
    m_records.append(page);
    m_pages.addWidget(page);
    m_undo.addStack(page->editor()->undoStack());
    connect(page, &ClientRecordPage::titleChanged, this, &RecordPages::listChanged);
    connect(page, &ClientRecordPage::recordChanged, this, &RecordPages::recordChanged);
    connect(page, &ClientRecordPage::entryActionsChanged, this, &RecordPages::selectionChanged);
    connect(page, &ClientRecordPage::openClientRequested, this, &RecordPages::openClientRequested);
    m_pages.setCurrentWidget(page);
    Q_EMIT listChanged();
    return page;
}

void RecordPages::close(ClientRecordPage* page, QWidget* fallback)
{
    if (!page || !m_records.contains(page)) {
        return;
    }
    const bool wasCurrent = current() == page;
    m_records.removeOne(page);
    m_undo.removeStack(page->editor()->undoStack());
    m_pages.removeWidget(page);
    delete page;
    if (wasCurrent) {
        m_pages.setCurrentWidget(m_records.isEmpty() ? fallback : m_records.last());
    }
    Q_EMIT listChanged();
}

void RecordPages::closeAll()
{
    const QScopedValueRollback closing(m_closing, true);
    while (!m_records.isEmpty()) {
        ClientRecordPage* page = m_records.takeLast();
        m_undo.removeStack(page->editor()->undoStack());
        m_pages.removeWidget(page);
        delete page;
    }
    Q_EMIT listChanged();
}

ClientRecordPage* RecordPages::current() const
{
    return qobject_cast<ClientRecordPage*>(m_pages.currentWidget());
}

void RecordPages::pageShown()
{
    ClientRecordPage* record = current();
    m_undo.setActiveStack(record ? record->editor()->undoStack() : nullptr);
    if (record && !m_closing) {
        record->refreshFamily();
    }
}

} // namespace majakka::ui
