#include "ui/sync/DeviceText.h"

#include "domain/PersonVocabulary.h"
#include "ui/common/VocabularyText.h"

#include <QRegularExpression>
#include <QStringList>

namespace majakka::ui {

QString DeviceText::cases(const std::optional<std::string>& worker, const std::optional<std::string>& office)
{
    const QString officeName = office ? VocabularyText::textOfName<domain::Office>(*office) : QString();
    if (worker && office) {
        return tr("The cases assigned to %1 in the %2 office")
            .arg(QString::fromStdString(*worker), officeName);
    }
    if (worker) {
        return tr("The cases assigned to %1").arg(QString::fromStdString(*worker));
    }
    if (office) {
        return tr("The cases of the %1 office").arg(officeName);
    }
    return tr("All cases");
}

QString DeviceText::fingerprintLines(const std::string& fingerprint)
{
    const QStringList groups
        = QString::fromStdString(fingerprint).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += 3) {
        lines.append(groups.mid(i, 3).join(QStringLiteral("  ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QString DeviceText::fileNamePart(const QString& deviceName)
{
    // Letters and digits of any language stay; what a file name cannot hold, or
    // would make it awkward to type, becomes a hyphen.
    QString name = deviceName.trimmed().toLower();
    name.replace(
        QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
        QStringLiteral("-"));
    name.replace(QRegularExpression(QStringLiteral("^-+|-+$")), QString());
    return name.isEmpty() ? QStringLiteral("device") : name;
}

} // namespace majakka::ui
