#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "audit/AuditLog.h"
#endif

#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QTableWidget;

namespace majakka::ui {

// The audit trail of one client record: every view and change, who and when.
// Read straight from the audit log (AuditLog::forRecord, as `majakka-cli audit
// show ID` does); reading it is not itself logged.
class HistoryTab : public QWidget
{
    Q_OBJECT

public:
    using Source = std::function<std::vector<audit::AuditEntry>()>;

    explicit HistoryTab(Source source, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }

    static QString actionText(const std::string& action);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Source m_source;
    std::vector<audit::AuditEntry> m_entries;
    QLabel* m_intro;
    QTableWidget* m_table;
};

} // namespace majakka::ui
