#include "ui/app/CommandLine.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>
#include <cstdlib>

namespace majakka::ui {

namespace {
class CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineText)

public:
    static QString description()
    {
        return tr("Majakka: casework for the Assistance System for Victims of Human Trafficking.");
    }
    static QString databaseOption() { return tr("Open the database at PATH, or create it there."); }
    static QString databaseValue() { return tr("PATH"); }
    static QString fileArgument()
    {
        return tr("A sync package (.majakka-sync) to import: its preview opens after unlocking, or in the "
                  "Majakka window that has the database open already.");
    }
    static QString tooManyFiles() { return tr("Give at most one sync package to open."); }
};
} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::description());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringList {QStringLiteral("db")},
                                      CommandLineText::databaseOption(),
                                      CommandLineText::databaseValue());
    parser.addOption(database);
    parser.addPositionalArgument(
        QStringLiteral("file"), CommandLineText::fileArgument(), QStringLiteral("[FILE]"));
    parser.process(arguments);

    CommandLine result;
    result.databasePath = parser.value(database);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fprintf(stderr, "%s\n", qPrintable(CommandLineText::tooManyFiles()));
        std::exit(2);
    }
    if (!files.isEmpty()) {
        result.syncFile = QFileInfo(files.front()).absoluteFilePath();
    }
    return result;
}

} // namespace majakka::ui
