#include "ui/app/CrashReports.h"

#include "ui/app/CrashHandler.h"
#include "ui/common/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

namespace majakka::ui {

QString CrashReports::defaultFolder()
{
    // XDG's state folder is meant for logs and the like; Qt 6.4 has no
    // QStandardPaths entry for it yet.
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || QDir::isRelativePath(state)) {
        state = QDir::home().filePath(QStringLiteral(".local/state"));
    }
    return QDir(state).filePath(QStringLiteral("Majakka/crash-reports"));
}

bool CrashReports::install(const QString& folder, const QString& version)
{
    if (!QDir().mkpath(folder)) {
        return false;
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return CrashHandler::install(toPath(QDir(folder).absolutePath()), version.toStdString());
}

QStringList CrashReports::takeNew(const QString& folder)
{
    const QDir dir(folder);
    const QString suffix = QString::fromLatin1(CrashHandler::NewReportSuffix.data(),
                                               static_cast<qsizetype>(CrashHandler::NewReportSuffix.size()));
    QStringList announced;
    for (const QFileInfo& report :
         dir.entryInfoList({QStringLiteral("crash-*") + suffix}, QDir::Files, QDir::Time)) {
        const QString finished = dir.filePath(report.completeBaseName() + QStringLiteral(".txt"));
        if (QFile::rename(report.filePath(), finished)) {
            announced.append(finished);
        }
    }
    const QFileInfoList kept = dir.entryInfoList({QStringLiteral("crash-*.txt")}, QDir::Files, QDir::Time);
    for (qsizetype i = MaxKept; i < kept.size(); ++i) {
        QFile::remove(kept[i].filePath());
    }
    announced.removeIf([](const QString& path) { return !QFileInfo::exists(path); });
    return announced;
}

QString CrashReports::noticeTitle()
{
    return tr("Majakka stopped unexpectedly");
}

QString CrashReports::noticeText(const QStringList& reports)
{
    return tr("Majakka stopped because of a fault the last time it ran. A diagnostic report was saved "
              "here:\n%1\n\nThe report holds only technical details: the version, the kind of fault and "
              "program addresses. It holds nothing from the records, no user names and no passphrases. "
              "You may give it to your administrator.")
        .arg(reports.join(QLatin1Char('\n')));
}

void CrashReports::announce(const QStringList& reports, QWidget* parent)
{
    QMessageBox box(QMessageBox::Warning, noticeTitle(), noticeText(reports), QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("crashReportBox"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace majakka::ui
