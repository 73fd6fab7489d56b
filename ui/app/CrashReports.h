#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace majakka::ui {

// The Qt side of crash handling: where reports go, installing CrashHandler
// there, and telling the person at the next start where the reports went.
class CrashReports
{
    Q_DECLARE_TR_FUNCTIONS(CrashReports)

public:
    // How many reports are kept; older ones are removed at start.
    static constexpr int MaxKept = 10;

    // $XDG_STATE_HOME/Majakka/crash-reports, by default ~/.local/state/Majakka/crash-reports.
    static QString defaultFolder();
    // Creates the folder (readable by its owner only) and installs the handler.
    static bool install(const QString& folder, const QString& version);
    // The reports written since the last start, newest first, each renamed from
    // crash-….new to crash-….txt so that it is announced once.
    static QStringList takeNew(const QString& folder);

    static QString noticeTitle();
    static QString noticeText(const QStringList& reports);
    // A message box saying where the reports are; returns when it is closed.
    static void announce(const QStringList& reports, QWidget* parent = nullptr);
};

} // namespace majakka::ui
