#pragma once

#include <QDialog>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace majakka::ui {

class ErrorLabel;

// Enrolling a device: its identity file, the name it goes by here, whose cases
// it receives, and its fingerprint as its owner reads it out. The fingerprint
// is typed, never taken from the file: comparing it is what proves whose file
// it is (the core's trust() checks it). Whoever opened the dialog enrols on
// enrolRequested() and shows the core's answer here.
class EnrolDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Cases
    {
        All,
        Worker,
        Office,
    };

    // `users`: who a laptop can be enrolled for.
    explicit EnrolDeviceDialog(const std::vector<std::string>& users, QWidget* parent = nullptr);

    // Reads the identity file (a few hundred bytes) and names the device it describes.
    bool loadFile(const QString& path);
    QString path() const;
    std::string identityFile() const { return m_identity; }
    QString name() const;
    QString fingerprint() const;
    std::optional<std::string> worker() const;
    std::optional<std::string> office() const;
    void showError(const QString& message);

    QLineEdit* pathEdit() const { return m_path; }
    QLabel* fileInfoLabel() const { return m_fileInfo; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* fingerprintEdit() const { return m_fingerprint; }
    QComboBox* casesBox() const { return m_cases; }
    QComboBox* workerBox() const { return m_worker; }
    QComboBox* officeBox() const { return m_office; }
    QPushButton* enrolButton() const;
    ErrorLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    void enrolRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();
    void updateState();

    std::string m_identity;
    QString m_loadedPath;
    QString m_fileDeviceName;
    QLabel* m_intro;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_fileInfo;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_casesLabel;
    QComboBox* m_cases;
    QLabel* m_workerLabel;
    QComboBox* m_worker;
    QLabel* m_officeLabel;
    QComboBox* m_office;
    QLabel* m_fingerprintLabel;
    QLineEdit* m_fingerprint;
    QLabel* m_fingerprintNote;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace majakka::ui
