#include "ui/app/DatabaseLocation.h"

#include "store/KeyHeader.h"
#include "ui/common/Paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace majakka::ui {

QString defaultDatabaseFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString suggestedDatabasePath(const QString& folder)
{
    const QDir dir(folder);
    QString path = dir.filePath(QStringLiteral("majakka.db"));
    for (int number = 2; databaseFilesExist(path) && number < 1000; ++number) {
        path = dir.filePath(QStringLiteral("majakka-%1.db").arg(number));
    }
    return QDir::toNativeSeparators(path);
}

QString keyFilePath(const QString& databasePath)
{
    return fromPath(store::KeyHeader::pathFor(toPath(databasePath)));
}

bool databaseFilesExist(const QString& path)
{
    return QFileInfo::exists(path) || QFileInfo::exists(keyFilePath(path));
}

} // namespace majakka::ui
