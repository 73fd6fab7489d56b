#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace majakka::ui::test {

TestEnvironment::TestEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const QDir home(m_home.path());
    for (const char* variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString folder = home.filePath(QString::fromLatin1(variable).toLower());
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv(variable, QFile::encodeName(folder));
    }
}

void TestEnvironment::configureApplication(const QString& organisation) const
{
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(QStringLiteral("Majakka"));
    const QString settings = QDir(m_home.path()).filePath(QStringLiteral("settings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings);
    QSettings().clear();
}

} // namespace majakka::ui::test
