#include "support/SyncFixture.h"

#include "casework/ClientService.h"
#include "crypto/PassphraseKdf.h"
#include "session/Session.h"
#include "support/CaseworkFixture.h"
#include "support/UiDriver.h"
#include "sync/CanonicalDump.h"
#include "sync/SyncService.h"
#include "ui/clients/ClientListPage.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/SyncActions.h"
#include "ui/unlock/UnlockDialog.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <sstream>
#include <stdexcept>

namespace majakka::ui::test {

namespace {

struct Template
{
    QTemporaryDir folder;
    QString office;
    QString laptop;
    QString tablet;
    QString phoneIdentity;
    std::string phoneFingerprint;
    std::string clientId;
};

std::string passphrase()
{
    return SyncFixture::Passphrase.toStdString();
}

const Template& made()
{
    static Template once = [] {
        Template t;
        const QDir dir(t.folder.path());
        t.office = dir.filePath(QStringLiteral("office.db"));
        t.laptop = dir.filePath(QStringLiteral("laptop.db"));
        t.tablet = dir.filePath(QStringLiteral("tablet.db"));
        t.phoneIdentity = dir.filePath(QStringLiteral("phone.majakka-device"));
        CaseworkFixture::makeDemoDatabase(t.office, CaseworkFixture::ClientCount, true);
        const crypto::KdfParams kdf = crypto::KdfParams::forTests();
        auto office
            = Session::unlock(t.office.toStdString(), SyncFixture::Administrator.toStdString(), passphrase());
        auto laptop = Session::create(
            t.laptop.toStdString(), SyncFixture::Caseworker.toStdString(), passphrase(), kdf);
        sync::SyncService officeSync(*office);
        sync::SyncService laptopSync(*laptop);
        officeSync.renameDevice(SyncFixture::OfficeName);
        laptopSync.renameDevice(SyncFixture::LaptopName);
        officeSync.trust(laptopSync.identityFile(),
                         SyncFixture::LaptopName,
                         laptopSync.fingerprint(),
                         SyncFixture::Caseworker.toStdString(),
                         std::nullopt);
        laptopSync.trust(officeSync.identityFile(),
                         SyncFixture::OfficeName,
                         officeSync.fingerprint(),
                         std::nullopt,
                         std::nullopt);
        const std::string first = dir.filePath(QStringLiteral("first.majakka-sync")).toStdString();
        officeSync.exportTo(SyncFixture::LaptopName, std::nullopt, first);
        laptopSync.importFrom(first, false);

        // A second device of kaisa's, so that a field can get values from two other devices.
        auto tablet = Session::create(
            t.tablet.toStdString(), SyncFixture::Caseworker.toStdString(), passphrase(), kdf);
        sync::SyncService tabletSync(*tablet);
        tabletSync.renameDevice(SyncFixture::TabletName);
        officeSync.trust(tabletSync.identityFile(),
                         SyncFixture::TabletName,
                         tabletSync.fingerprint(),
                         SyncFixture::Caseworker.toStdString(),
                         std::nullopt);
        tabletSync.trust(officeSync.identityFile(),
                         SyncFixture::OfficeName,
                         officeSync.fingerprint(),
                         std::nullopt,
                         std::nullopt);
        const std::string toTablet = dir.filePath(QStringLiteral("tablet.majakka-sync")).toStdString();
        officeSync.exportTo(SyncFixture::TabletName, std::nullopt, toTablet);
        tabletSync.importFrom(toTablet, false);

        ClientFilter active;
        active.ended = false;
        active.worker = SyncFixture::Caseworker.toStdString();
        ClientService clients(*office);
        for (const ClientSummary& summary : clients.list(active)) {
            if (!clients.show(summary.id).measures.empty()) {
                t.clientId = summary.id;
                break;
            }
        }
        if (t.clientId.empty()) {
            throw std::runtime_error(
                "the demo database has no active client of kaisa with a support measure");
        }

        auto phone = Session::create(
            dir.filePath(QStringLiteral("phone.db")).toStdString(), "pekka", passphrase(), kdf);
        sync::SyncService phoneSync(*phone);
        phoneSync.renameDevice("Phone");
        QFile file(t.phoneIdentity);
        if (!file.open(QIODevice::WriteOnly)) {
            throw std::runtime_error("cannot write the phone's identity file");
        }
        file.write(QByteArray::fromStdString(phoneSync.identityFile()));
        t.phoneFingerprint = phoneSync.fingerprint();
        return t;
    }();
    return once;
}

QString copyDatabase(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral(".keys")}) {
        if (!QFile::copy(from + suffix, to + suffix)) {
            throw std::runtime_error("cannot copy a sync test database");
        }
    }
    return to;
}

} // namespace

std::string SyncFixture::phoneFingerprint()
{
    return made().phoneFingerprint;
}

std::string SyncFixture::clientId()
{
    return made().clientId;
}

SyncFixture::SyncFixture()
{
    const Template& t = made();
    const QDir dir(m_desktop.folder());
    m_office = copyDatabase(t.office, dir.filePath(QStringLiteral("majakka.db")));
    m_laptop = copyDatabase(t.laptop, dir.filePath(QStringLiteral("laptop.db")));
    m_tablet = copyDatabase(t.tablet, dir.filePath(QStringLiteral("tablet.db")));
    m_phoneIdentity = dir.filePath(QStringLiteral("phone.majakka-device"));
    QFile::copy(t.phoneIdentity, m_phoneIdentity);
    m_desktop.restart(m_office);
}

bool SyncFixture::unlockAs(const QString& user)
{
    DesktopController& desktop = controller();
    if (!desktop.unlockDialog()) {
        desktop.start();
    }
    UnlockDialog* dialog = desktop.unlockDialog();
    if (!dialog) {
        return false;
    }
    replaceText(child<QLineEdit>(dialog, "userNameEdit"), user);
    submitUnlock(*dialog, Passphrase);
    return waitUntil([&] {
        return isShownAndUnlocked(desktop) && desktop.mainWindow()->clientListPage()->model()->rowCount() > 0;
    });
}

MainWindow* SyncFixture::window()
{
    return controller().mainWindow();
}

SyncActions& SyncFixture::sync()
{
    SyncActions* actions = controller().syncActions();
    if (!actions) {
        throw std::runtime_error("no main window yet");
    }
    return *actions;
}

std::unique_ptr<Session> SyncFixture::openOffice(const QString& user) const
{
    return Session::unlock(m_office.toStdString(), user.toStdString(), passphrase());
}

std::unique_ptr<Session> SyncFixture::openLaptop() const
{
    return Session::unlock(m_laptop.toStdString(), Caseworker.toStdString(), passphrase());
}

void SyncFixture::changeFamilyName(Session& session, const std::string& familyName)
{
    ClientService clients(session);
    domain::ClientRecord record = clients.show(clientId());
    record.person.familyName = familyName;
    clients.change(clientId(), std::move(record));
}

std::string SyncFixture::familyName(Session& session)
{
    return ClientService(session).show(clientId()).person.familyName;
}

std::unique_ptr<Session> SyncFixture::openTablet() const
{
    return Session::unlock(m_tablet.toStdString(), Caseworker.toStdString(), passphrase());
}

QString SyncFixture::laptopPackage(const std::string& familyName, const QString& name)
{
    return packageFrom(*openLaptop(), familyName, name);
}

QString SyncFixture::tabletPackage(const std::string& familyName)
{
    return packageFrom(*openTablet(), familyName, QStringLiteral("from-tablet"));
}

QString SyncFixture::packageFrom(Session& device, const std::string& familyName, const QString& name)
{
    changeFamilyName(device, familyName);
    const QString path = QDir(folder()).filePath(name + QStringLiteral(".majakka-sync"));
    sync::SyncService(device).exportTo(OfficeName, std::nullopt, path.toStdString());
    return path;
}

std::string SyncFixture::canonicalDump(Session& session)
{
    std::ostringstream out;
    sync::writeCanonicalDump(session.database(), out);
    return out.str();
}

} // namespace majakka::ui::test
