#pragma once

#include "support/DesktopFixture.h"

#include <QString>
#include <memory>
#include <string>

namespace majakka {
class Session;
}

namespace majakka::ui {
class MainWindow;
class SyncActions;
} // namespace majakka::ui

namespace majakka::ui::test {

// Two databases that sync with each other, made through the core with the
// cheap KDF: the office desktop (a demo database of 60 clients assigned to
// "kaisa", with "admin" and the supervisor "sami"), which the desktop under
// test opens, and Kaisa's laptop, enrolled there for kaisa's cases, which
// tests reach through core sessions. The laptop has imported the office's
// first package, so both hold kaisa's cases; so has Kaisa's tablet, enrolled
// the same way. A third device ("Phone") exists
// only as an identity file, to enrol. Made once per process and copied into
// each fixture's own folder.
class SyncFixture
{
public:
    SyncFixture();

    DesktopController& controller() { return m_desktop.controller(); }
    LanguageManager& languages() { return m_desktop.languages(); }
    QString folder() const { return m_desktop.folder(); }
    QString officePath() const { return m_office; }
    QString laptopPath() const { return m_laptop; }
    QString phoneIdentityPath() const { return m_phoneIdentity; }
    static std::string phoneFingerprint();
    // An active client of kaisa's, with a support measure, that both databases hold.
    static std::string clientId();

    // Unlocks the office database through the unlock dialog.
    bool unlockAs(const QString& user);
    MainWindow* window();
    SyncActions& sync();

    // Core sessions; the office one only while the desktop has not unlocked it.
    std::unique_ptr<Session> openOffice(const QString& user = Administrator) const;
    std::unique_ptr<Session> openLaptop() const;
    std::unique_ptr<Session> openTablet() const;
    // Changes the client's family name on the laptop and writes the laptop's
    // package for the office, in this fixture's folder.
    QString laptopPackage(const std::string& familyName, const QString& name = QStringLiteral("from-laptop"));
    QString tabletPackage(const std::string& familyName);
    // Changes the client's family name on the office database (through the UI's session when unlocked).
    static void changeFamilyName(Session& session, const std::string& familyName);
    static std::string familyName(Session& session);
    static std::string canonicalDump(Session& session);

    static inline const QString Caseworker = QStringLiteral("kaisa");
    static inline const QString Supervisor = QStringLiteral("sami");
    static inline const QString Administrator = QStringLiteral("admin");
    static inline const QString Passphrase = QStringLiteral("yhteinen tunnuslause");
    static inline const std::string OfficeName = "Office desktop";
    static inline const std::string LaptopName = "Kaisa's laptop";
    static inline const std::string TabletName = "Kaisa's tablet";

private:
    QString packageFrom(Session& device, const std::string& familyName, const QString& name);

    DesktopFixture m_desktop;
    QString m_office;
    QString m_laptop;
    QString m_tablet;
    QString m_phoneIdentity;
};

} // namespace majakka::ui::test
