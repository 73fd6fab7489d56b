#pragma once

#include <QList>
#include <QObject>

class QStackedWidget;
class QUndoGroup;
class QWidget;

namespace majakka {
class ClientService;
class Session;
} // namespace majakka

namespace majakka::ui {

class ClientRecordPage;

// The client records open in the main window: each a page of its stack, with
// its undo stack in the window's undo group, active while the page shows.
class RecordPages : public QObject
{
    Q_OBJECT

public:
    RecordPages(QStackedWidget& pages, QUndoGroup& undo, QObject* parent = nullptr);
    ~RecordPages() override;

    // Goes to the record when it is open, else opens it (ClientService::show,
    // audited). Throws majakka::Error when the core refuses.
    ClientRecordPage* open(ClientService& clients, Session& session, const QString& clientId, bool mayEdit);
    // Closes the page; when it was showing, `fallback` (or the last record) shows instead.
    void close(ClientRecordPage* page, QWidget* fallback);
    void closeAll();
    ClientRecordPage* current() const;
    const QList<ClientRecordPage*>& all() const { return m_records; }

Q_SIGNALS:
    // A record was opened, closed or retitled.
    void listChanged();
    // A record was written (an edit, an undo).
    void recordChanged();
    // What is selected inside a record changed (which actions apply).
    void selectionChanged();
    // A record asks to open another client's (a child's parent).
    void openClientRequested(const QString& clientId);

private:
    void pageShown();

    QStackedWidget& m_pages;
    QUndoGroup& m_undo;
    QList<ClientRecordPage*> m_records;
    // While pages go, the next one shown must not read: the session may be gone.
    bool m_closing = false;
};

} // namespace majakka::ui
