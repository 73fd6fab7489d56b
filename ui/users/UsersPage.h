#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers.
#ifndef Q_MOC_RUN
#include "Error.h"
#include "domain/User.h"
#endif
#include "ui/unlock/SessionOpener.h"
#include "ui/users/AddUserDialog.h"

#include <QPointer>
#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace majakka::ui {

class AddUserDialog;
class ErrorLabel;
class SessionWorker;
class UserFieldDialog;

// Users and roles, for administrators only (the main window shows the page
// to nobody else, and the core's UserAdministration refuses anyone else):
// add a user with a first passphrase, rename, change the role or the office,
// remove. All of it runs on the worker thread; stretching a new passphrase
// takes about a second.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(SessionWorker& worker, QWidget* parent = nullptr);

    // After an administrator unlocks: who they are (they cannot remove
    // themselves) and the KDF cost for new passphrases.
    void start(const QString& signedInUser, SessionOpener::KdfProvider kdf);
    void clear();

    void addUser();
    void renameUser();
    void changeRole();
    void changeOffice();
    void removeUser();

    QTableWidget* table() const { return m_table; }
    const std::vector<domain::User>& users() const { return m_users; }
    AddUserDialog* addDialog() const { return m_addDialog; }

Q_SIGNALS:
    // A dialog was opened over the page (to share the Lock and Quit shortcuts with it).
    void dialogOpened(QWidget* dialog);
    // The list was read again after a change.
    void usersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void load();
    void showUsers(std::vector<domain::User> users);
    void updateButtons();
    const domain::User* selected() const;
    void editField(int field);
    void showFailure(const Error& error);

    SessionWorker& m_worker;
    QString m_self;
    SessionOpener::KdfProvider m_kdf;
    std::vector<domain::User> m_users;
    QLabel* m_heading;
    QLabel* m_note;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_role;
    QPushButton* m_office;
    QPushButton* m_remove;
    ErrorLabel* m_error;
    QPointer<AddUserDialog> m_addDialog;
};

} // namespace majakka::ui
