#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace majakka::ui {

// The desktop program's arguments. Kept here, not in main(), so that their
// help text is translated with the rest of the interface.
struct CommandLine
{
    QString databasePath; // --db PATH, empty when not given
    QString syncFile; // a sync package to preview for import (absolute), empty when not given

    // Parses the arguments; prints help or the version and exits the process when asked.
    static CommandLine parse(const QStringList& arguments);
};

} // namespace majakka::ui
