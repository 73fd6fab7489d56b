#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace majakka::ui {

class ErrorLabel;

// Auto-lock time (kept inside the encrypted database, changed by
// administrators only) and the language (kept in QSettings). The dialog only
// collects the values: whoever opened it saves them on saveRequested() and
// then accepts it, or shows why it could not.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinimumAutoLockMinutes = 1;
    static constexpr int MaximumAutoLockMinutes = 24 * 60;

    SettingsDialog(int autoLockMinutes,
                   const QString& language,
                   bool mayChangeAutoLock,
                   QWidget* parent = nullptr);

    int autoLockMinutes() const;
    QString language() const;
    void showError(const QString& message);

Q_SIGNALS:
    void saveRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_autoLockLabel;
    QSpinBox* m_autoLock;
    QLabel* m_autoLockNote;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_languageNote;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace majakka::ui
