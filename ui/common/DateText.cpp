#include "ui/common/DateText.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace majakka::ui {

namespace {

QDate toQDate(const domain::Date& date)
{
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

} // namespace

QString DateText::inputFormat()
{
    QString pattern = reports::DocumentLanguage::currentLocale().dateFormat(QLocale::ShortFormat);
    if (!pattern.contains(QStringLiteral("yyyy"))) {
        pattern.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return pattern;
}

QString DateText::format(const domain::Date& date)
{
    return reports::DocumentLanguage::currentLocale().toString(toQDate(date), inputFormat());
}

QString DateText::format(const std::optional<domain::Date>& date)
{
    return date ? format(*date) : QString();
}

QString DateText::format(const domain::PartialDate& date)
{
    if (const auto full = date.date()) {
        return format(*full);
    }
    if (const auto year = date.year()) {
        return QString::number(*year);
    }
    return tr("unknown");
}

std::optional<domain::Date> DateText::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    const QLocale locale;
    for (const QString& pattern : {inputFormat(), QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy")}) {
        const QDate date = locale.toDate(trimmed, pattern);
        if (date.isValid()) {
            return domain::Date::fromYmd(
                date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
        }
    }
    return std::nullopt;
}

QString DateText::relative(int daysFromToday)
{
    if (daysFromToday == 0) {
        return tr("today");
    }
    if (daysFromToday < 0) {
        return tr("%n day(s) overdue", nullptr, -daysFromToday);
    }
    return tr("in %n day(s)", nullptr, daysFromToday);
}

QString DateText::formatMoment(const QString& isoUtc)
{
    QDateTime moment = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!moment.isValid()) {
        return isoUtc;
    }
    moment.setTimeZone(QTimeZone::utc());
    const QLocale locale = reports::DocumentLanguage::currentLocale();
    return locale.toString(moment.toLocalTime(),
                           inputFormat() + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
}

} // namespace majakka::ui
