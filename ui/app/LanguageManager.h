#pragma once

#include <QList>
#include <QObject>
#include <QTranslator>

namespace majakka::ui {

// Installs Majakka's own translation and Qt's for its standard dialogs and
// buttons, and swaps both at run time; Qt then sends every widget a
// LanguageChange event and each retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code; // "en", "fi", "sv"
        QString nativeName; // in the language itself, never translated
    };

    static QList<Language> availableLanguages();
    // The first of the system's languages that Majakka has, else English.
    static QString systemLanguage();

    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // The language chosen in the settings, or the system's.
    void applySaved();
    // Applies and remembers a choice (QSettings "ui/language").
    void choose(const QString& code);
    QString current() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    void apply(const QString& code);

    QTranslator m_majakka;
    QTranslator m_qt;
    QString m_current;
};

} // namespace majakka::ui
