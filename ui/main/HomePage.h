#pragma once

#include "domain/Role.h"

#include <QWidget>

class QLabel;

namespace majakka::ui {

class PathLabel;

// The first page after unlocking: who is signed in, to which database. The
// case screens will take its place as they arrive.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget* parent = nullptr);

    void showUser(const QString& userName, domain::Role role, const QString& databasePath);
    void clear();
    QString signedInText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_userName;
    domain::Role m_role = domain::Role::Caseworker;
    QLabel* m_signedIn;
    QLabel* m_databaseLabel;
    PathLabel* m_databasePath;
    QLabel* m_placeholder;
};

} // namespace majakka::ui
