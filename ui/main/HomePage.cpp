#include "ui/main/HomePage.h"

#include "ui/clients/ClientListModel.h"
#include "ui/common/DateText.h"
#include "ui/common/PathLabel.h"
#include "ui/common/RoleText.h"
#include "ui/common/VocabularyText.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majakka::ui {

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
    , m_signedIn(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_databasePath(new PathLabel(this))
    , m_activeCasesLabel(new QLabel(this))
    , m_deadlineHeading(new QLabel(this))
    , m_deadlineSummary(new QLabel(this))
    , m_deadlineTable(new QTableWidget(this))
{
    setObjectName(QStringLiteral("homePage"));
    m_signedIn->setObjectName(QStringLiteral("signedInLabel"));
    m_signedIn->setTextFormat(Qt::PlainText);
    QFont titleFont = m_signedIn->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_signedIn->setFont(titleFont);
    m_databaseLabel->setBuddy(m_databasePath);
    m_databasePath->setObjectName(QStringLiteral("databasePathLabel"));
    m_activeCasesLabel->setObjectName(QStringLiteral("activeCasesLabel"));
    m_activeCasesLabel->setTextFormat(Qt::PlainText);
    m_deadlineSummary->setObjectName(QStringLiteral("deadlineSummaryLabel"));
    m_deadlineSummary->setTextFormat(Qt::PlainText);
    m_deadlineSummary->setWordWrap(true);
    QFont headingFont = m_deadlineHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_deadlineHeading->setFont(headingFont);
    m_deadlineHeading->setBuddy(m_deadlineTable);

    m_deadlineTable->setObjectName(QStringLiteral("deadlineTable"));
    m_deadlineTable->setColumnCount(4);
    m_deadlineTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlineTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deadlineTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deadlineTable->verticalHeader()->hide();
    m_deadlineTable->horizontalHeader()->setStretchLastSection(true);
    m_deadlineTable->setWordWrap(false);

    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_databaseLabel);
    databaseRow->addWidget(m_databasePath, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_signedIn);
    layout->addLayout(databaseRow);
    layout->addSpacing(12);
    layout->addWidget(m_activeCasesLabel);
    layout->addSpacing(12);
    layout->addWidget(m_deadlineHeading);
    layout->addWidget(m_deadlineSummary);
    // The table takes the height when shown; without it the page keeps to the top.
    layout->addWidget(m_deadlineTable, 100);
    layout->addStretch(1);

    connect(m_deadlineTable, &QTableWidget::cellActivated, this, [this](int row, int) { openRow(row); });
    retranslateUi();
}

void HomePage::showUser(const QString& userName, domain::Role role, const QString& databasePath)
{
    m_userName = userName;
    m_role = role;
    m_databasePath->setPath(databasePath);
    retranslateUi();
}

void HomePage::showCases(std::vector<ClientDeadline> deadlines,
                         std::optional<std::size_t> activeCases,
                         domain::Date today)
{
    m_deadlines = std::move(deadlines);
    m_activeCases = activeCases;
    m_today = today;
    retranslateUi();
}

void HomePage::clear()
{
    m_userName.clear();
    m_databasePath->setPath(QString());
    m_deadlines.clear();
    m_activeCases.reset();
    retranslateUi();
}

QString HomePage::signedInText() const
{
    return m_signedIn->text();
}

QString HomePage::activeCasesText() const
{
    return m_activeCasesLabel->text();
}

void HomePage::openRow(int row)
{
    if (row >= 0 && static_cast<std::size_t>(row) < m_deadlines.size()) {
        Q_EMIT openRequested(QString::fromStdString(m_deadlines[static_cast<std::size_t>(row)].client.id));
    }
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HomePage::fillDeadlines()
{
    m_deadlineTable->setRowCount(static_cast<int>(m_deadlines.size()));
    const QIcon overdueIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int overdue = 0;
    for (int row = 0; row < static_cast<int>(m_deadlines.size()); ++row) {
        const ClientDeadline& item = m_deadlines[static_cast<std::size_t>(row)];
        const int days = domain::daysBetween(m_today, item.deadline.due);
        overdue += days < 0 ? 1 : 0;
        auto* when = new QTableWidgetItem(DateText::relative(days));
        if (days < 0) {
            // Overdue in words and with an icon, not by colour alone.
            when->setIcon(overdueIcon);
        }
        const QString client = tr("%1 (%2)").arg(ClientListModel::displayName(item.client),
                                                 QString::fromStdString(item.client.number));
        m_deadlineTable->setItem(row, 0, new QTableWidgetItem(DateText::format(item.deadline.due)));
        m_deadlineTable->setItem(row, 1, when);
        m_deadlineTable->setItem(row, 2, new QTableWidgetItem(VocabularyText::text(item.deadline.kind)));
        m_deadlineTable->setItem(row, 3, new QTableWidgetItem(client));
    }
    m_deadlineTable->resizeColumnsToContents();
    m_deadlineTable->setVisible(!m_deadlines.empty());
    if (m_userName.isEmpty()) {
        m_deadlineSummary->clear();
    } else if (m_deadlines.empty()) {
        m_deadlineSummary->setText(tr("Nothing falls due in the next %n day(s).", nullptr, DeadlineDays));
    } else {
        m_deadlineSummary->setText(
            tr("%n overdue. Press Enter or double-click a deadline to open the client.", nullptr, overdue));
    }
}

void HomePage::retranslateUi()
{
    m_signedIn->setText(m_userName.isEmpty()
                            ? QString()
                            : tr("Signed in as %1 (%2)").arg(m_userName, RoleText::displayName(m_role)));
    m_databaseLabel->setText(tr("Database:"));
    m_databasePath->setAccessibleName(tr("Database location"));
    m_activeCasesLabel->setText(
        m_activeCases ? tr("You have %n active client(s).", nullptr, static_cast<int>(*m_activeCases))
                      : QString());
    m_deadlineHeading->setText(tr("My &deadlines in the next %n day(s)", nullptr, DeadlineDays));
    m_deadlineHeading->setVisible(!m_userName.isEmpty());
    m_deadlineTable->setHorizontalHeaderLabels({tr("Due"), tr("When"), tr("What"), tr("Client")});
    m_deadlineTable->setAccessibleName(tr("My deadlines"));
    fillDeadlines();
}

} // namespace majakka::ui
