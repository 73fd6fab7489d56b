#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace majakka::ui {

class ErrorLabel;

// Receiving changes: the package file to import. Nothing is imported from
// here: previewRequested() leads to the preview, and only its Apply imports.
class ImportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPage(QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    void showError(const QString& message);

    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* previewButton() const { return m_preview; }
    ErrorLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    void previewRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();

    QLabel* m_intro;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    ErrorLabel* m_error;
    QPushButton* m_preview;
};

} // namespace majakka::ui
