#include "ui/main/HomePage.h"

#include "ui/clients/ClientListModel.h"
#include "ui/common/PathLabel.h"
#include "ui/common/RoleText.h"
#include "ui/main/DeadlineListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace majakka::ui {

namespace {
QFont headingFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    return font;
}
} // namespace

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
    , m_signedIn(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_databasePath(new PathLabel(this))
    , m_activeCasesLabel(new QLabel(this))
    , m_deadlineHeading(new QLabel(this))
    , m_deadlineSummary(new QLabel(this))
    , m_deadlines(new DeadlineListModel(this))
    , m_deadlineTable(new QTableView(this))
    , m_recentHeading(new QLabel(this))
    , m_recentSummary(new QLabel(this))
    , m_recentList(new QListWidget(this))
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
    m_deadlineHeading->setFont(headingFont(m_deadlineHeading->font()));
    m_deadlineHeading->setBuddy(m_deadlineTable);
    m_recentHeading->setFont(headingFont(m_recentHeading->font()));
    m_recentHeading->setBuddy(m_recentList);
    m_recentSummary->setWordWrap(true);
    m_recentSummary->setTextFormat(Qt::PlainText);

    m_deadlineTable->setObjectName(QStringLiteral("deadlineTable"));
    m_deadlineTable->setModel(m_deadlines);
    m_deadlineTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlineTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deadlineTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deadlineTable->verticalHeader()->hide();
    m_deadlineTable->horizontalHeader()->setStretchLastSection(true);
    m_deadlineTable->setWordWrap(false);
    // Fitted to what the first rows say: measuring thousands would take long.
    m_deadlineTable->horizontalHeader()->setResizeContentsPrecision(100);

    m_recentList->setObjectName(QStringLiteral("recentClientList"));
    m_recentList->setMinimumWidth(220);

    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_databaseLabel);
    databaseRow->addWidget(m_databasePath, 1);

    auto* deadlineColumn = new QVBoxLayout;
    deadlineColumn->addWidget(m_deadlineHeading);
    deadlineColumn->addWidget(m_deadlineSummary);
    // The lists take the height when shown; without them the text keeps to the top.
    deadlineColumn->addWidget(m_deadlineTable, 100);
    deadlineColumn->addStretch(1);
    auto* recentColumn = new QVBoxLayout;
    recentColumn->addWidget(m_recentHeading);
    recentColumn->addWidget(m_recentSummary);
    recentColumn->addWidget(m_recentList, 100);
    recentColumn->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(deadlineColumn, 4);
    columns->addSpacing(16);
    columns->addLayout(recentColumn, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_signedIn);
    layout->addLayout(databaseRow);
    layout->addSpacing(12);
    layout->addWidget(m_activeCasesLabel);
    layout->addSpacing(12);
    layout->addLayout(columns, 1);

    connect(m_deadlineTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        openDeadline(index.row());
    });
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        openRecent(m_recentList->row(item));
    });
    connect(m_deadlines, &QAbstractItemModel::modelReset, this, &HomePage::fillSummary);
    setTabOrder(m_deadlineTable, m_recentList);
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
    m_activeCases = activeCases;
    m_deadlines->setDeadlines(std::move(deadlines), today);
    retranslateUi();
}

void HomePage::showRecentClients(std::vector<ClientSummary> recent)
{
    m_recent = std::move(recent);
    fillRecent();
}

void HomePage::clear()
{
    m_userName.clear();
    m_databasePath->setPath(QString());
    m_deadlines->setDeadlines({}, {});
    m_activeCases.reset();
    m_recent.clear();
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

void HomePage::openDeadline(int row)
{
    if (const ClientDeadline* item = m_deadlines->deadlineAt(row)) {
        Q_EMIT openRequested(QString::fromStdString(item->client.id));
    }
}

void HomePage::openRecent(int row)
{
    if (row >= 0 && static_cast<std::size_t>(row) < m_recent.size()) {
        Q_EMIT openRequested(QString::fromStdString(m_recent[static_cast<std::size_t>(row)].id));
    }
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HomePage::fillSummary()
{
    const int count = m_deadlines->rowCount();
    m_deadlineTable->resizeColumnsToContents();
    m_deadlineTable->setVisible(count > 0);
    if (m_userName.isEmpty() || !m_activeCases) {
        m_deadlineSummary->clear();
    } else if (count == 0) {
        m_deadlineSummary->setText(tr("Nothing falls due in the next %n day(s).", nullptr, DeadlineDays));
    } else {
        m_deadlineSummary->setText(
            tr("%n overdue. Press Enter or double-click a deadline to open the client.",
               nullptr,
               m_deadlines->overdueCount()));
    }
}

void HomePage::fillRecent()
{
    m_recentList->clear();
    for (const ClientSummary& summary : m_recent) {
        m_recentList->addItem(
            tr("%1 (%2)").arg(ClientListModel::displayName(summary), QString::fromStdString(summary.number)));
    }
    m_recentList->setVisible(!m_recent.empty());
    if (m_userName.isEmpty() || !m_activeCases) {
        m_recentSummary->clear();
    } else {
        m_recentSummary->setText(m_recent.empty() ? tr("The clients you open will be listed here.")
                                                  : tr("Newest first. Enter opens the client."));
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
    m_deadlineTable->setAccessibleName(tr("My deadlines"));
    m_recentHeading->setText(tr("My &recent clients"));
    m_recentHeading->setVisible(!m_userName.isEmpty());
    m_recentList->setAccessibleName(tr("My recent clients"));
    m_deadlines->retranslate();
    fillSummary();
    fillRecent();
}

} // namespace majakka::ui
