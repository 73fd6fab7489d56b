#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers.
#ifndef Q_MOC_RUN
#include "Error.h"
#endif

#include <QFileDialog>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

namespace majakka::ui {

class SessionWorker;

// File → Backup…: asks where to write, then writes the backup on the worker
// thread (backup::write, a megabyte at a time) behind a progress dialog with
// Cancel. A cancelled or failed backup leaves nothing at the chosen place.
// The file is encrypted as the database is, and the dialog says so. The
// runner deletes itself when it is done; a lock closes its dialogs and stops
// the writing.
class BackupRunner : public QObject
{
    Q_OBJECT

public:
    BackupRunner(SessionWorker& worker, QString databasePath, QWidget* window);
    ~BackupRunner() override;

    // Shows the file dialog.
    void start();
    // Writes to `file` at once (what choosing a file in the dialog does).
    void writeTo(const QString& file);

    QFileDialog* fileDialog() const { return m_fileDialog; }
    QProgressDialog* progressDialog() const { return m_progress; }
    // The file the backup was written to, once it has been.
    QString writtenFile() const { return m_written; }

    static QString suggestedName();

Q_SIGNALS:
    void dialogOpened(QWidget* dialog);
    // Written (true) or stopped or failed (false); the runner goes next.
    void finished(bool written);

private:
    void showProgress(int percent);
    void done(bool written, const QString& file);
    void failed(const Error& error);
    void report(const QString& title, const QString& text, bool warning);

    SessionWorker& m_worker;
    QString m_databasePath;
    QWidget* m_window;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<QProgressDialog> m_progress;
    QString m_written;
};

} // namespace majakka::ui
