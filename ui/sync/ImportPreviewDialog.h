#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "sync/SyncImport.h"
#endif

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace majakka::ui {

class ErrorLabel;
class ImportReportView;
class PathLabel;

// The import preview: what a package would change (a dry run of the import),
// before anything is changed. Apply asks for the real import; afterwards the
// dialog shows what was done. A package that cannot be imported shows why.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State
    {
        Preview,
        Failed,
        Imported,
    };

    explicit ImportPreviewDialog(const QString& file, QWidget* parent = nullptr);

    QString file() const { return m_file; }
    State state() const { return m_state; }
    void showPreview(const sync::ImportReport& report);
    void showImported(const sync::ImportReport& report);
    void showFailure(const QString& message);
    void setBusy(bool busy);

    ImportReportView* reportView() const { return m_report; }
    QPushButton* applyButton() const;
    QPushButton* closeButton() const;
    ErrorLabel* errorLabel() const { return m_error; }
    QLabel* noteLabel() const { return m_note; }

Q_SIGNALS:
    void applyRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_file;
    State m_state = State::Preview;
    QLabel* m_fileLabel;
    PathLabel* m_path;
    ImportReportView* m_report;
    ErrorLabel* m_error;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace majakka::ui
