#include "ui/record/HistoryTab.h"

#include "ui/common/DateText.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majakka::ui {

HistoryTab::HistoryTab(Source source, QWidget* parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("historyTab"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_intro->setWordWrap(true);
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

QString HistoryTab::actionText(const std::string& action)
{
    if (action == "client.view") {
        return tr("Viewed");
    }
    if (action == "client.add") {
        return tr("Added");
    }
    if (action == "client.update") {
        return tr("Changed");
    }
    if (action == "client.undo") {
        return tr("Undid a change");
    }
    if (action == "client.redo") {
        return tr("Redid a change");
    }
    if (action == "client.reopen") {
        return tr("Reopened");
    }
    if (action == "client.renumber") {
        return tr("Gave a new client number");
    }
    return QString::fromStdString(action);
}

void HistoryTab::refresh()
{
    m_entries = m_source ? m_source() : std::vector<audit::AuditEntry> {};
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    // Newest first: the latest views and changes are what one looks for.
    int row = 0;
    for (auto entry = m_entries.rbegin(); entry != m_entries.rend(); ++entry, ++row) {
        const QStringList cells {DateText::formatMoment(QString::fromStdString(entry->at)),
                                 QString::fromStdString(entry->user),
                                 actionText(entry->action),
                                 QString::fromStdString(entry->detail)};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    m_table->resizeColumnsToContents();
}

void HistoryTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HistoryTab::retranslateUi()
{
    m_intro->setText(tr("Every time this record was opened or changed, newest first. The audit log cannot be "
                        "edited by anyone."));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Fields")});
    m_table->setAccessibleName(tr("Audit trail"));
    refresh();
}

} // namespace majakka::ui
