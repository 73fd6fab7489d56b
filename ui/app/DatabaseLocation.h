#pragma once

#include <QString>

namespace majakka::ui {

// Where a new database goes unless the person picks another place: the
// program's data folder, under a name that is not taken yet.
QString suggestedDatabasePath(const QString& folder);
QString defaultDatabaseFolder();

// True when a database or its key file is already at `path`; creating there is refused.
bool databaseFilesExist(const QString& path);
QString keyFilePath(const QString& databasePath);

} // namespace majakka::ui
