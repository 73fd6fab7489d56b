#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace majakka::ui {

// The only door to QSettings. QSettings is a plain file in the user's home, so
// it holds nothing about cases or people: the window geometry, the language
// and the path of the last database, and no more. User names stay out of it on
// purpose (a lost laptop must not say who works on it).
class AppSettings
{
public:
    AppSettings();

    QString lastDatabase() const;
    void setLastDatabase(const QString& path);

    // "en", "fi", "sv", or empty when the user has not chosen one.
    QString language() const;
    void setLanguage(const QString& code);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

    void sync();

private:
    QSettings m_settings;
};

} // namespace majakka::ui
