#include "support/DesktopFixture.h"

#include "crypto/PassphraseKdf.h"

#include <QDir>
#include <QSettings>

namespace majakka::ui::test {

DesktopFixture::DesktopFixture(QString databasePath)
{
    QSettings().clear();
    m_languages.choose(QStringLiteral("en"));
    restart(std::move(databasePath));
}

DesktopFixture::~DesktopFixture()
{
    m_controller.reset();
    QSettings().clear();
}

QString DesktopFixture::databasePath() const
{
    return QDir(m_folder.path()).filePath(QStringLiteral("majakka.db"));
}

void DesktopFixture::restart(QString databasePath)
{
    m_controller.reset();
    DesktopController::Options options;
    options.databasePath = std::move(databasePath);
    options.databaseFolder = m_folder.path();
    options.kdf = [] {
        return crypto::KdfParams::forTests();
    };
    m_controller = std::make_unique<DesktopController>(std::move(options), m_languages);
}

} // namespace majakka::ui::test
