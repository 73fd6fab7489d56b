#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

// Like Q_DECLARE_TR_FUNCTIONS (and read as such by lupdate, see ui/CMakeLists.txt):
// the class's tr() speaks the language of the document being made on this
// thread (DocumentLanguage::Scope), else the program's.
#define MAJAKKA_DOCUMENT_TR_FUNCTIONS(context)                                                               \
public:                                                                                                      \
    static QString tr(const char* sourceText, const char* disambiguation = nullptr, int n = -1)              \
    {                                                                                                        \
        return ::majakka::reports::DocumentLanguage::translate(#context, sourceText, disambiguation, n);     \
    }                                                                                                        \
                                                                                                             \
private:

namespace majakka::reports {

// The language of a document, which need not be the program's: a supervisor
// working in Finnish may publish the statistics in Swedish, and majakka-cli
// has no language of its own. Loads Majakka's translation (:/i18n) for it.
class DocumentLanguage
{
public:
    // "en", "fi" and "sv".
    static QStringList codes();
    static bool isKnown(const QString& code);

    // Throws majakka::Error(Usage) for a code that is not one of codes().
    explicit DocumentLanguage(const QString& code);
    ~DocumentLanguage();
    DocumentLanguage(const DocumentLanguage&) = delete;
    DocumentLanguage& operator=(const DocumentLanguage&) = delete;

    const QString& code() const { return m_code; }
    const QLocale& locale() const { return m_locale; }

    // While a Scope lives, the document classes' tr(), the vocabulary's words
    // (VocabularyText) and dates (DateText) come in this language on this
    // thread. Documents are made in one go, so a scope around the making is
    // all it takes, and the program's own language is never touched (switching
    // it would retranslate every open window).
    class Scope
    {
    public:
        explicit Scope(const DocumentLanguage& language);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        const DocumentLanguage* m_previous;
    };

    // The word in the current document's language, or through
    // QCoreApplication::translate when no document is being made. %n becomes
    // n, %Ln n in the language's way.
    static QString
    translate(const char* context, const char* sourceText, const char* disambiguation = nullptr, int n = -1);
    // The current document's locale, else the default one.
    static QLocale currentLocale();

private:
    QString translated(const char* context, const char* sourceText, const char* disambiguation, int n) const;

    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace majakka::reports
