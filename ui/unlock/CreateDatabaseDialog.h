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
class PassphraseStrengthHint;

// First run: where the new database goes, who administers it, and the
// administrator's passphrase, typed twice. Create stays disabled until all of
// it is acceptable; the work itself runs on a worker thread.
class CreateDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    CreateDatabaseDialog(const QString& suggestedPath,
                         SessionOpener::KdfProvider kdf,
                         QWidget* parent = nullptr);

    QString databasePath() const;
    bool isBusy() const;
    // The session of the database just created, once, after sessionOpened().
    std::unique_ptr<Session> takeSession();

    void reject() override;

Q_SIGNALS:
    void sessionOpened();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateState();
    void browse();
    void startCreating();
    void showFailure(const ErrorReport& report);
    void setBusy(bool busy);

    SessionOpener::KdfProvider m_kdf;
    SessionOpener* m_opener;

    QLabel* m_intro;
    QLabel* m_pathLabel;
    QLineEdit* m_pathEdit;
    QPushButton* m_browseButton;
    ErrorLabel* m_pathProblem;
    QLabel* m_nameLabel;
    QLineEdit* m_nameEdit;
    ErrorLabel* m_nameProblem;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphraseEdit;
    PassphraseStrengthHint* m_strengthHint;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeatEdit;
    ErrorLabel* m_mismatch;
    ErrorLabel* m_error;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_createButton;
};

} // namespace majakka::ui
