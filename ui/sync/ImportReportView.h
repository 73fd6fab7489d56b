#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "sync/SyncImport.h"
#endif

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace majakka::ui {

// What an import did, or in a dry run would do, in words: who sent the
// package and whose cases it carries, how many records it adds, changes and
// removes (by name, as far as the core named them), the conflicts it makes,
// what it holds back and what the core warns of.
class ImportReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportReportView(QWidget* parent = nullptr);

    void showReport(const sync::ImportReport& report);
    const std::optional<sync::ImportReport>& report() const { return m_report; }

    QLabel* headline() const { return m_headline; }
    // The number shown for "added", "changed", "removed", "new", "skipped", "heldBack".
    QString countText(const char* which) const;
    QTreeWidget* details() const { return m_details; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();

    std::optional<sync::ImportReport> m_report;
    QLabel* m_headline;
    QLabel* m_from;
    QLabel* m_notice;
    QFormLayout* m_counts;
    QTreeWidget* m_details;
};

} // namespace majakka::ui
