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
class QTableWidget;

namespace majakka::ui {

class PathLabel;

// The first page after unlocking: who is signed in, to which database, the
// user's upcoming deadlines (overdue first) and how many active cases they
// have. Each deadline opens its client.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DeadlineDays = 30;

    explicit HomePage(QWidget* parent = nullptr);

    void showUser(const QString& userName, domain::Role role, const QString& databasePath);
    void showCases(std::vector<ClientDeadline> deadlines,
                   std::optional<std::size_t> activeCases,
                   domain::Date today);
    void clear();
    QString signedInText() const;
    QTableWidget* deadlineTable() const { return m_deadlineTable; }
    QString activeCasesText() const;

Q_SIGNALS:
    void openRequested(const QString& clientId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillDeadlines();
    void openRow(int row);

    QString m_userName;
    domain::Role m_role = domain::Role::Caseworker;
    std::vector<ClientDeadline> m_deadlines;
    std::optional<std::size_t> m_activeCases;
    domain::Date m_today;
    QLabel* m_signedIn;
    QLabel* m_databaseLabel;
    PathLabel* m_databasePath;
    QLabel* m_activeCasesLabel;
    QLabel* m_deadlineHeading;
    QLabel* m_deadlineSummary;
    QTableWidget* m_deadlineTable;
};

} // namespace majakka::ui
