#pragma once

#include "ui/unlock/SessionOpener.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace majakka::ui {

class BusyIndicator;
class ErrorLabel;
class PathLabel;

// Opens an existing database with a user name and passphrase. A failure is
// shown in place, the passphrase is cleared and the cursor goes back to it.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(const QString& databasePath, QWidget* parent = nullptr);

    QString databasePath() const;
    void setDatabasePath(const QString& path);
    // Fills in who was signed in before a lock. Kept in memory only, never in settings.
    void setUserName(const QString& name);

    bool isBusy() const;
    QString errorText() const;
    // The unlocked session, once, after sessionOpened().
    std::unique_ptr<Session> takeSession();

    void reject() override;

Q_SIGNALS:
    void sessionOpened();
    // The person wants a new database instead of this one.
    void createRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateState();
    void startUnlocking();
    void chooseAnotherDatabase();
    void showFailure(const ErrorReport& report);
    void setBusy(bool busy);

    SessionOpener* m_opener;

    QLabel* m_intro;
    QLabel* m_pathLabel;
    PathLabel* m_path;
    QLabel* m_nameLabel;
    QLineEdit* m_nameEdit;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphraseEdit;
    ErrorLabel* m_error;
    BusyIndicator* m_busy;
    QPushButton* m_createButton;
    QPushButton* m_openButton;
    QDialogButtonBox* m_buttons;
    QPushButton* m_unlockButton;
    QPushButton* m_quitButton;
};

} // namespace majakka::ui
