#include "support/CaseworkFixture.h"

#include "Clock.h"
#include "casework/ClientService.h"
#include "casework/DemoGenerator.h"
#include "crypto/PassphraseKdf.h"
#include "session/Session.h"
#include "session/UserAdministration.h"
#include "support/UiDriver.h"
#include "ui/clients/ClientListPage.h"
#include "ui/main/MainWindow.h"
#include "ui/unlock/UnlockDialog.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <stdexcept>

namespace majakka::ui::test {

void CaseworkFixture::makeDemoDatabase(const QString& path, std::size_t clients, bool cheapKdf)
{
    const crypto::KdfParams kdf = cheapKdf ? crypto::KdfParams::forTests() : crypto::KdfParams::calibrated();
    const std::string passphrase = Passphrase.toStdString();
    auto session = Session::create(path.toStdString(), Administrator.toStdString(), passphrase, kdf);
    UserAdministration users(*session);
    users.addUser(Caseworker.toStdString(), domain::Role::Caseworker, passphrase, kdf);
    users.addUser(Supervisor.toStdString(), domain::Role::Supervisor, passphrase, kdf);

    // As `majakka-cli demo` fills it: parents first, then their children.
    const domain::Date today = domain::Date::fromTimePoint(session->clock().now());
    ClientService service(*session);
    DemoGenerator::addClients(service, clients, 1, today, {Caseworker.toStdString()});
}

QString CaseworkFixture::templateDatabase()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString made = QDir(folder.path()).filePath(QStringLiteral("demo.db"));
        makeDemoDatabase(made, ClientCount, true);
        return made;
    }();
    return path;
}

namespace {
QString copyTemplate(const QString& from, const QString& folder)
{
    const QString to = QDir(folder).filePath(QStringLiteral("majakka.db"));
    for (const QString& suffix : {QString(), QStringLiteral(".keys")}) {
        if (!QFile::copy(from + suffix, to + suffix)) {
            throw std::runtime_error("cannot copy the demo database");
        }
    }
    return to;
}
} // namespace

CaseworkFixture::CaseworkFixture()
    : m_path()
    , m_desktop()
{
    m_path = copyTemplate(templateDatabase(), m_desktop.folder());
    m_desktop.restart(m_path);
}

MainWindow* CaseworkFixture::window()
{
    return controller().mainWindow();
}

bool CaseworkFixture::unlockAs(const QString& user)
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

ClientService CaseworkFixture::service()
{
    Session* session = controller().session();
    if (!session) {
        throw std::runtime_error("not unlocked");
    }
    return ClientService(*session);
}

} // namespace majakka::ui::test
