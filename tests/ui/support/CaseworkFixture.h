#pragma once

#include "support/DesktopFixture.h"

#include <QString>

namespace majakka {
class ClientService;
}

namespace majakka::ui {
class MainWindow;
}

namespace majakka::ui::test {

// A desktop over a small demo database (DemoGenerator, 60 clients, all
// assigned to the caseworker "kaisa"), with an administrator "admin" and a
// supervisor "sami". The database is made once per process and copied into
// each fixture's own folder, so tests stay fast and never share files.
class CaseworkFixture
{
public:
    CaseworkFixture();

    DesktopController& controller() { return m_desktop.controller(); }
    LanguageManager& languages() { return m_desktop.languages(); }
    QString databasePath() const { return m_path; }
    // Unlocks through the unlock dialog; true once the client list is filled.
    bool unlockAs(const QString& user);
    MainWindow* window();
    // A second door to the same session, to check what the UI wrote.
    ClientService service();

    static inline const QString Caseworker = QStringLiteral("kaisa");
    static inline const QString Supervisor = QStringLiteral("sami");
    static inline const QString Administrator = QStringLiteral("admin");
    static inline const QString Passphrase = QStringLiteral("yhteinen tunnuslause");
    static constexpr std::size_t ClientCount = 60;

    // Makes the demo database at `path` (any KDF cost; tests use the cheap one).
    static void makeDemoDatabase(const QString& path, std::size_t clients, bool cheapKdf);

private:
    static QString templateDatabase();

    QString m_path;
    DesktopFixture m_desktop;
};

} // namespace majakka::ui::test
