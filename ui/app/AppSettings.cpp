#include "ui/app/AppSettings.h"

namespace majakka::ui {

namespace {
constexpr auto LastDatabaseKey = QLatin1StringView("session/lastDatabase");
constexpr auto LanguageKey = QLatin1StringView("ui/language");
constexpr auto GeometryKey = QLatin1StringView("ui/mainWindowGeometry");
} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::lastDatabase() const
{
    return m_settings.value(LastDatabaseKey).toString();
}

void AppSettings::setLastDatabase(const QString& path)
{
    m_settings.setValue(LastDatabaseKey, path);
}

QString AppSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    m_settings.setValue(LanguageKey, code);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace majakka::ui
