#include "ui/users/UsersPage.h"

#include "crypto/PassphraseKdf.h"
#include "session/UserAdministration.h"
#include "ui/app/SessionWorker.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/ErrorText.h"
#include "ui/common/RoleText.h"
#include "ui/common/SensitiveText.h"
#include "ui/users/AddUserDialog.h"
#include "ui/users/UserChoices.h"
#include "ui/users/UserFieldDialog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majakka::ui {

UsersPage::UsersPage(SessionWorker& worker, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_role(new QPushButton(this))
    , m_office(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("usersPage"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add->setObjectName(QStringLiteral("addUserPageButton"));
    m_rename->setObjectName(QStringLiteral("renameUserButton"));
    m_role->setObjectName(QStringLiteral("changeRoleButton"));
    m_office->setObjectName(QStringLiteral("changeOfficeButton"));
    m_remove->setObjectName(QStringLiteral("removeUserButton"));
    m_error->setObjectName(QStringLiteral("usersErrorLabel"));

    // F2 and Delete on the list, as in the record's lists.
    auto* renameKey = new QAction(this);
    renameKey->setShortcut(QKeySequence(Qt::Key_F2));
    renameKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(renameKey, &QAction::triggered, this, &UsersPage::renameUser);
    auto* removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence(Qt::Key_Delete));
    removeKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(removeKey, &QAction::triggered, this, &UsersPage::removeUser);
    m_table->addAction(renameKey);
    m_table->addAction(removeKey);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_rename, m_role, m_office, m_remove}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_rename, &QPushButton::clicked, this, &UsersPage::renameUser);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_office, &QPushButton::clicked, this, &UsersPage::changeOffice);
    connect(m_remove, &QPushButton::clicked, this, &UsersPage::removeUser);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    setTabOrder(m_add, m_rename);
    setTabOrder(m_rename, m_role);
    setTabOrder(m_role, m_office);
    setTabOrder(m_office, m_remove);
    setTabOrder(m_remove, m_table);
    retranslateUi();
}

void UsersPage::start(const QString& signedInUser, SessionOpener::KdfProvider kdf)
{
    m_self = signedInUser;
    m_kdf = std::move(kdf);
    m_error->showMessage(QString());
    load();
}

void UsersPage::clear()
{
    delete m_addDialog.data();
    m_self.clear();
    m_users.clear();
    m_table->setRowCount(0);
    m_error->showMessage(QString());
    updateButtons();
}

void UsersPage::load()
{
    m_worker.run<std::vector<domain::User>>(
        this,
        QStringLiteral("users"),
        [](Session& session, const JobControl&) { return UserAdministration(session).users(); },
        [this](std::vector<domain::User> users) { showUsers(std::move(users)); },
        [this](const Error& error) { showFailure(error); });
}

void UsersPage::showUsers(std::vector<domain::User> users)
{
    const domain::User* before = selected();
    const std::int64_t keep = before ? before->id : 0;
    m_users = std::move(users);
    m_table->setRowCount(static_cast<int>(m_users.size()));
    int row = 0;
    for (const domain::User& user : m_users) {
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(user.name)));
        m_table->setItem(row, 1, new QTableWidgetItem(RoleText::displayName(user.role)));
        m_table->setItem(row, 2, new QTableWidgetItem(officeText(user.office)));
        if (user.id == keep) {
            m_table->selectRow(row);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    updateButtons();
    Q_EMIT usersChanged();
}

const domain::User* UsersPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || static_cast<std::size_t>(row) >= m_users.size()
        || !m_table->selectionModel()->isRowSelected(row, {})) {
        return nullptr;
    }
    return &m_users[static_cast<std::size_t>(row)];
}

void UsersPage::updateButtons()
{
    const domain::User* user = selected();
    const bool self = user && QString::fromStdString(user->name) == m_self;
    m_add->setEnabled(!m_self.isEmpty());
    m_rename->setEnabled(user != nullptr);
    // The core refuses these for the signed-in administrator; the buttons say so first.
    m_role->setEnabled(user && !self);
    m_office->setEnabled(user != nullptr);
    m_remove->setEnabled(user && !self);
}

void UsersPage::addUser()
{
    if (m_self.isEmpty() || m_addDialog) {
        return;
    }
    m_addDialog = new AddUserDialog(this);
    AddUserDialog* dialog = m_addDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddUserDialog::addRequested, this, [this, dialog] {
        const std::string name = dialog->userName().toStdString();
        const domain::Role role = dialog->role();
        const std::optional<domain::Office> office = dialog->office();
        // Kept in wiped memory, and only until the worker has stretched it.
        auto secret = std::make_shared<crypto::Secret>(toSecret(dialog->passphrase()));
        dialog->setBusy(true);
        m_worker.run<std::vector<domain::User>>(
            dialog,
            QString(),
            [name, role, office, secret, kdf = m_kdf](Session& session, const JobControl&) {
                UserAdministration users(session);
                const crypto::KdfParams params = kdf ? kdf() : crypto::KdfParams::calibrated();
                users.addUser(name, role, asText(*secret), params);
                if (office) {
                    users.setOffice(name, office);
                }
                return users.users();
            },
            [this, dialog](std::vector<domain::User> users) {
                dialog->accept();
                showUsers(std::move(users));
            },
            [dialog](const Error& error) {
                dialog->setBusy(false);
                dialog->showError(error);
            });
    });
    Q_EMIT dialogOpened(dialog);
    dialog->open();
}

void UsersPage::renameUser()
{
    editField(static_cast<int>(UserFieldDialog::Field::Name));
}

void UsersPage::changeRole()
{
    editField(static_cast<int>(UserFieldDialog::Field::Role));
}

void UsersPage::changeOffice()
{
    editField(static_cast<int>(UserFieldDialog::Field::Office));
}

void UsersPage::editField(int which)
{
    const domain::User* user = selected();
    if (!user) {
        return;
    }
    auto* dialog = new UserFieldDialog(static_cast<UserFieldDialog::Field>(which), *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserFieldDialog::saveRequested, this, [this, dialog] {
        const std::string name = dialog->user().name;
        const std::string newName = dialog->newName().toStdString();
        const domain::Role role = dialog->role();
        const std::optional<domain::Office> office = dialog->office();
        const UserFieldDialog::Field field = dialog->field();
        // Renaming oneself: the page keeps knowing who is signed in.
        const bool renamedSelf
            = field == UserFieldDialog::Field::Name && QString::fromStdString(name) == m_self;
        m_worker.run<std::vector<domain::User>>(
            dialog,
            QString(),
            [name, newName, role, office, field](Session& session, const JobControl&) {
                UserAdministration users(session);
                switch (field) {
                case UserFieldDialog::Field::Name:
                    users.renameUser(name, newName);
                    break;
                case UserFieldDialog::Field::Role:
                    users.setRole(name, role);
                    break;
                case UserFieldDialog::Field::Office:
                    users.setOffice(name, office);
                    break;
                }
                return users.users();
            },
            [this, dialog, renamedSelf, newName](std::vector<domain::User> users) {
                if (renamedSelf) {
                    m_self = QString::fromStdString(newName);
                }
                dialog->accept();
                showUsers(std::move(users));
            },
            [dialog](const Error& error) { dialog->showError(error); });
    });
    Q_EMIT dialogOpened(dialog);
    dialog->open();
}

void UsersPage::removeUser()
{
    const domain::User* user = selected();
    if (!user || QString::fromStdString(user->name) == m_self) {
        return;
    }
    const std::string name = user->name;
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Remove user"),
                                tr("Remove the user %1? They can no longer sign in. What they recorded "
                                   "stays, and so do the audit entries under their name.")
                                    .arg(QString::fromStdString(name)),
                                QMessageBox::Yes | QMessageBox::No,
                                this);
    box->setObjectName(QStringLiteral("removeUserBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, name] {
        m_worker.run<std::vector<domain::User>>(
            this,
            QString(),
            [name](Session& session, const JobControl&) {
                UserAdministration users(session);
                users.removeUser(name);
                return users.users();
            },
            [this](std::vector<domain::User> users) { showUsers(std::move(users)); },
            [this](const Error& error) { showFailure(error); });
    });
    Q_EMIT dialogOpened(box);
    box->open();
}

void UsersPage::showFailure(const Error& error)
{
    m_error->showMessage(ErrorText::describe(error).fullText());
}

void UsersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void UsersPage::retranslateUi()
{
    m_heading->setText(tr("Users"));
    m_note->setText(tr("Who may open this database and what each may do. A new user signs in with the "
                       "passphrase you give them here; changes of role apply from their next sign-in."));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Role"), tr("Office")});
    m_table->setAccessibleName(tr("Users"));
    m_add->setText(tr("&Add user…"));
    m_rename->setText(tr("Re&name…"));
    // Key names come translated from Qt itself.
    m_rename->setToolTip(QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText));
    m_role->setText(tr("Change &role…"));
    m_office->setText(tr("Change o&ffice…"));
    m_remove->setText(tr("Re&move…"));
    m_remove->setToolTip(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
    for (int row = 0; row < static_cast<int>(m_users.size()); ++row) {
        const domain::User& user = m_users[static_cast<std::size_t>(row)];
        m_table->item(row, 1)->setText(RoleText::displayName(user.role));
        m_table->item(row, 2)->setText(officeText(user.office));
    }
    updateButtons();
}

} // namespace majakka::ui
