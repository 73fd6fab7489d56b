#include "ui/reports/DocumentLanguage.h"

#include "Error.h"

#include <QTranslator>

namespace majakka::reports {

namespace {
thread_local const DocumentLanguage* current = nullptr;

QString withNumber(QString text, int n, const QLocale& locale)
{
    if (n >= 0) {
        text.replace(QStringLiteral("%Ln"), locale.toString(n));
        text.replace(QStringLiteral("%n"), QString::number(n));
    }
    return text;
}
} // namespace

QStringList DocumentLanguage::codes()
{
    return {QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("sv")};
}

bool DocumentLanguage::isKnown(const QString& code)
{
    return codes().contains(code);
}

DocumentLanguage::DocumentLanguage(const QString& code)
    : m_code(code)
    , m_locale(code)
    , m_translator(std::make_unique<QTranslator>())
{
    if (!isKnown(code)) {
        throw Error(ErrorCode::Usage,
                    "the language is en, fi or sv; \"" + code.toStdString() + "\" is not one of them");
    }
    // English is the source language, but its file holds the plural forms.
    if (!m_translator->load(QStringLiteral(":/i18n/majakka_%1.qm").arg(code))) {
        throw Error(ErrorCode::Internal,
                    "the " + code.toStdString() + " translation is missing from this build of Majakka");
    }
}

DocumentLanguage::~DocumentLanguage() = default;

DocumentLanguage::Scope::Scope(const DocumentLanguage& language)
    : m_previous(current)
{
    current = &language;
}

DocumentLanguage::Scope::~Scope()
{
    current = m_previous;
}

QString DocumentLanguage::translated(const char* context,
                                     const char* sourceText,
                                     const char* disambiguation,
                                     int n) const
{
    QString text = m_translator->translate(context, sourceText, disambiguation, n);
    // Never the program's language instead: an untranslated word stays English.
    if (text.isEmpty()) {
        text = QString::fromUtf8(sourceText);
    }
    return withNumber(text, n, m_locale);
}

QString
DocumentLanguage::translate(const char* context, const char* sourceText, const char* disambiguation, int n)
{
    if (current) {
        return current->translated(context, sourceText, disambiguation, n);
    }
    return QCoreApplication::translate(context, sourceText, disambiguation, n);
}

QLocale DocumentLanguage::currentLocale()
{
    return current ? current->m_locale : QLocale();
}

} // namespace majakka::reports
