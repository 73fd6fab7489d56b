#include "ui/backup/BackupRunner.h"

#include "session/Backup.h"
#include "session/Session.h"
#include "ui/app/SessionWorker.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogTraces.h"
#include "ui/common/Paths.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace majakka::ui {

namespace {
const QString JobKey = QStringLiteral("backup");
}

BackupRunner::BackupRunner(SessionWorker& worker, QString databasePath, QWidget* window)
    : QObject(window)
    , m_worker(worker)
    , m_databasePath(std::move(databasePath))
    , m_window(window)
{ }

BackupRunner::~BackupRunner()
{
    m_worker.cancel(JobKey);
    delete m_fileDialog.data();
    delete m_progress.data();
}

QString BackupRunner::suggestedName()
{
    return tr("majakka-backup-%1.majakka").arg(QDate::currentDate().toString(Qt::ISODate));
}

void BackupRunner::start()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_fileDialog = new QFileDialog(m_window, tr("Back up the database"));
    m_fileDialog->setObjectName(QStringLiteral("backupFileDialog"));
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    FileDialogTraces::eraseAfter(m_fileDialog);
    m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_fileDialog->setOption(QFileDialog::DontUseNativeDialog);
    m_fileDialog->setDirectory(folder.isEmpty() ? QDir::homePath() : folder);
    m_fileDialog->selectFile(suggestedName());
    m_fileDialog->setNameFilter(tr("Majakka backups (*.majakka)"));
    m_fileDialog->setDefaultSuffix(QStringLiteral("majakka"));
    m_fileDialog->setLabelText(QFileDialog::Accept, tr("&Back up"));
    connect(m_fileDialog, &QFileDialog::fileSelected, this, &BackupRunner::writeTo);
    connect(m_fileDialog, &QFileDialog::rejected, this, [this] { done(false, {}); });
    Q_EMIT dialogOpened(m_fileDialog);
    // open(), not exec(): a nested event loop here would sit under a lock.
    m_fileDialog->open();
}

void BackupRunner::writeTo(const QString& file)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    const QString database = QFileInfo(m_databasePath).absoluteFilePath();
    if (target == database || target == database + QStringLiteral(".keys")) {
        report(tr("Backup"),
               tr("A backup cannot be written over the database itself. Choose another file."),
               true);
        done(false, {});
        return;
    }
    m_progress = new QProgressDialog(
        tr("Writing an encrypted backup of the database to %1…").arg(QDir::toNativeSeparators(target)),
        tr("&Cancel"),
        0,
        100,
        m_window);
    m_progress->setObjectName(QStringLiteral("backupProgressDialog"));
    // The path can be long: the words wrap rather than run off the dialog.
    auto* label = new QLabel(m_progress->labelText(), m_progress);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_progress->setLabel(label);
    m_progress->setMinimumWidth(460);
    m_progress->setWindowTitle(tr("Backup"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    const auto cancel = [this, target] {
        // A backup still waiting for the worker never starts; one under way
        // stops at its next megabyte and answers, and only then is it over
        // (it may have been at its very end). Said a moment later, so that a
        // lock closing the dialog leaves no message behind: it removes the runner first.
        if (m_worker.cancel(JobKey)) {
            QMetaObject::invokeMethod(
                this, [this, target] { done(false, target); }, Qt::QueuedConnection);
        }
    };
    connect(m_progress, &QProgressDialog::canceled, this, cancel);
    connect(m_progress, &QDialog::rejected, this, cancel);
    Q_EMIT dialogOpened(m_progress);
    m_progress->open();

    m_worker.run<bool>(
        this,
        JobKey,
        [target](Session& session, const JobControl& control) {
            int shown = -1;
            return backup::write(session, toPath(target), [&](std::uint64_t written, std::uint64_t total) {
                const int percent = total == 0 ? 100 : static_cast<int>(written * 100 / total);
                if (percent != shown) {
                    shown = percent;
                    control.report(percent);
                }
                return !control.stopRequested();
            });
        },
        [this, target](bool written) { done(written, target); },
        [this](const Error& error) { failed(error); },
        [this](int percent) { showProgress(percent); });
}

void BackupRunner::showProgress(int percent)
{
    if (m_progress) {
        m_progress->setValue(percent);
    }
}

void BackupRunner::done(bool written, const QString& file)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    if (written) {
        m_written = file;
        report(tr("Backup"),
               tr("The backup was written to %1. It is encrypted like the database and opens with the same "
                  "passphrases.")
                   .arg(QDir::toNativeSeparators(file)),
               false);
    } else if (!file.isEmpty()) {
        report(tr("Backup"), tr("The backup was cancelled. Nothing was written."), false);
    }
    Q_EMIT finished(written);
    deleteLater();
}

void BackupRunner::failed(const Error& error)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    report(tr("Backup"),
           tr("The backup could not be written.\n%1").arg(ErrorText::describe(error).fullText()),
           true);
    Q_EMIT finished(false);
    deleteLater();
}

void BackupRunner::report(const QString& title, const QString& text, bool warning)
{
    auto* box = new QMessageBox(
        warning ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("backupReportBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT dialogOpened(box);
    box->open();
}

} // namespace majakka::ui
