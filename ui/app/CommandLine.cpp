#include "ui/app/CommandLine.h"

#include <QCommandLineParser>

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
    parser.process(arguments);

    CommandLine result;
    result.databasePath = parser.value(database);
    return result;
}

} // namespace majakka::ui
