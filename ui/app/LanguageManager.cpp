#include "ui/app/LanguageManager.h"

#include "ui/app/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace majakka::ui {

namespace {
bool isAvailable(const QString& code)
{
    for (const LanguageManager::Language& language : LanguageManager::availableLanguages()) {
        if (language.code == code) {
            return true;
        }
    }
    return false;
}
} // namespace

QList<LanguageManager::Language> LanguageManager::availableLanguages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fi"), QStringLiteral("suomi")},
        {QStringLiteral("sv"), QStringLiteral("svenska")},
    };
}

QString LanguageManager::systemLanguage()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = QLocale(name).bcp47Name().section(QLatin1Char('-'), 0, 0);
        if (isAvailable(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(&m_majakka);
    QCoreApplication::removeTranslator(&m_qt);
}

void LanguageManager::applySaved()
{
    const QString saved = AppSettings().language();
    apply(isAvailable(saved) ? saved : systemLanguage());
}

void LanguageManager::choose(const QString& code)
{
    if (!isAvailable(code)) {
        return;
    }
    AppSettings().setLanguage(code);
    apply(code);
}

void LanguageManager::apply(const QString& code)
{
    if (code == m_current) {
        return;
    }
    QCoreApplication::removeTranslator(&m_majakka);
    QCoreApplication::removeTranslator(&m_qt);
    // English is the source language, but its file still holds the plural forms.
    if (m_majakka.load(QStringLiteral(":/i18n/majakka_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(&m_majakka);
    }
    if (m_qt.load(QLocale(code),
                  QStringLiteral("qtbase"),
                  QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    QLocale::setDefault(QLocale(code));
    m_current = code;
    Q_EMIT languageChanged(code);
}

} // namespace majakka::ui
