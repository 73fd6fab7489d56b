#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;
class QVBoxLayout;

namespace majakka::ui {

class SyncActions;

// The conflicts of one client record, compact, for the record page to show
// above its tabs: each conflicted field with the value kept here and the
// one made elsewhere, and Keep mine / Take theirs. Hidden while the record has
// none. It finds the window's SyncActions itself, so the record page needs
// only one line:
//
//   layout->addWidget(new RecordConflictsPanel(clientId(), this));
class RecordConflictsPanel : public QFrame
{
    Q_OBJECT

public:
    RecordConflictsPanel(const QString& clientId, QWidget* parent);

    QString clientId() const { return m_clientId; }
    int conflictCount() const { return m_count; }
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    QPointer<SyncActions> m_actions;
    QString m_clientId;
    QLabel* m_title;
    QVBoxLayout* m_rows;
    QList<QWidget*> m_rowWidgets;
    int m_count = 0;
};

} // namespace majakka::ui
