#pragma once

#include "ui/app/DesktopController.h"
#include "ui/app/LanguageManager.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace majakka::ui::test {

// A controller over an empty temporary folder, in English, with cheap
// Argon2id parameters, and settings cleared before it starts.
class DesktopFixture
{
public:
    explicit DesktopFixture(QString databasePath = {});
    ~DesktopFixture();

    DesktopController& controller() { return *m_controller; }
    LanguageManager& languages() { return m_languages; }
    QString folder() const { return m_folder.path(); }
    QString databasePath() const;
    // A second controller over the same folder and settings, as after a restart.
    void restart(QString databasePath = {});

    static inline const QString Name = QStringLiteral("aino");
    static inline const QString Passphrase = QStringLiteral("kaksi kuusta ja järvi");

private:
    QTemporaryDir m_folder;
    LanguageManager m_languages;
    std::unique_ptr<DesktopController> m_controller;
};

} // namespace majakka::ui::test
