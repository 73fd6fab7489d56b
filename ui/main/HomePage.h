#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "casework/ClientService.h"
#include "domain/Date.h"
#include "domain/Role.h"
#endif

#include <QWidget>
#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QTableView;

namespace majakka::ui {

class DeadlineListModel;
class PathLabel;

// The first page after unlocking: who is signed in, to which database, the
// user's upcoming deadlines (overdue first), how many active cases they have
// and the clients they opened lately. Each deadline and each recent client
// opens its client.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DeadlineDays = 30;
    static constexpr std::size_t RecentClientCount = 10;

    explicit HomePage(QWidget* parent = nullptr);

    void showUser(const QString& userName, domain::Role role, const QString& databasePath);
    void showCases(std::vector<ClientDeadline> deadlines,
                   std::optional<std::size_t> activeCases,
                   domain::Date today);
    void showRecentClients(std::vector<ClientSummary> recent);
    void clear();
    QString signedInText() const;
    QTableView* deadlineTable() const { return m_deadlineTable; }
    DeadlineListModel* deadlines() const { return m_deadlines; }
    QListWidget* recentList() const { return m_recentList; }
    QString activeCasesText() const;
    // Whether the figures of the last unlock or refresh have arrived.
    bool hasFigures() const { return m_activeCases.has_value(); }

Q_SIGNALS:
    void openRequested(const QString& clientId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillSummary();
    void fillRecent();
    void openDeadline(int row);
    void openRecent(int row);

    QString m_userName;
    domain::Role m_role = domain::Role::Caseworker;
    std::optional<std::size_t> m_activeCases;
    std::vector<ClientSummary> m_recent;
    QLabel* m_signedIn;
    QLabel* m_databaseLabel;
    PathLabel* m_databasePath;
    QLabel* m_activeCasesLabel;
    QLabel* m_deadlineHeading;
    QLabel* m_deadlineSummary;
    DeadlineListModel* m_deadlines;
    QTableView* m_deadlineTable;
    QLabel* m_recentHeading;
    QLabel* m_recentSummary;
    QListWidget* m_recentList;
};

} // namespace majakka::ui
