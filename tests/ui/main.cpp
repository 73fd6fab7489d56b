// Catch2 runner for the UI tests: a QApplication has to exist before any widget.
#define CATCH_CONFIG_RUNNER
#include "support/TestEnvironment.h"

#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    majakka::ui::test::TestEnvironment environment;
    // Qt must not see Catch's arguments; Catch must not see Qt's.
    int qtArgc = 1;
    QApplication application(qtArgc, argv);
    environment.configureApplication(QStringLiteral("MajakkaUiTest"));
    QApplication::setQuitOnLastWindowClosed(false);
    return Catch::Session().run(argc, argv);
}
