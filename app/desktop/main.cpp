// majakka: the desktop program. Parses its arguments and hands over to the UI library.
#include "Version.h"
#include "ui/app/CommandLine.h"
#include "ui/app/CrashHandler.h"
#include "ui/app/CrashReports.h"
#include "ui/app/DesktopController.h"
#include "ui/app/LanguageManager.h"
#include "ui/common/FileDialogTraces.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    // First, so that a fault while Qt starts is reported too.
    const QString crashFolder = majakka::ui::CrashReports::defaultFolder();
    majakka::ui::CrashReports::install(crashFolder, QString::fromUtf8(majakka::Version));

    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Majakka"));
    QApplication::setApplicationName(QStringLiteral("Majakka"));
    QApplication::setApplicationVersion(QString::fromUtf8(majakka::Version));
    // The desktop entry's name, for Wayland to match windows to it; a Flatpak names it after its app id.
    const QString flatpakId = qEnvironmentVariable("FLATPAK_ID");
    QApplication::setDesktopFileName(flatpakId.isEmpty() ? QStringLiteral("majakka") : flatpakId);
    // The controller decides when to quit: a hidden main window behind the
    // unlock dialog is not a reason to.
    QApplication::setQuitOnLastWindowClosed(false);
    // Qt's file dialogs remember folders in a settings file of every Qt program's.
    majakka::ui::FileDialogTraces::rememberBefore();
    QObject::connect(&application, &QCoreApplication::aboutToQuit, &majakka::ui::FileDialogTraces::erase);

    majakka::ui::LanguageManager languages;
    languages.applySaved();
    const majakka::ui::CommandLine arguments = majakka::ui::CommandLine::parse(QApplication::arguments());

    // After --help and --version have had their say: a report is announced once.
    const QStringList earlierCrashes = majakka::ui::CrashReports::takeNew(crashFolder);
    if (!earlierCrashes.isEmpty()) {
        majakka::ui::CrashReports::announce(earlierCrashes);
    }

    majakka::ui::DesktopController controller({arguments.databasePath, {}, {}, arguments.syncFile},
                                              languages);
    QObject::connect(&controller,
                     &majakka::ui::DesktopController::quitRequested,
                     &application,
                     &QCoreApplication::quit,
                     Qt::QueuedConnection);
    controller.start();
    // Qt's platform, style and image plugins are loaded by now: their frames get names in a report.
    majakka::ui::CrashHandler::rememberLoadedCode();
    return QApplication::exec();
}
