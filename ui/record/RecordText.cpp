#include "ui/record/RecordText.h"

#include <QDate>

namespace majakka::ui {

domain::Date RecordText::today()
{
    const QDate today = QDate::currentDate();
    return domain::Date::fromYmd(
               today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()))
        .value_or(domain::Date {});
}

QString RecordText::fullName(const domain::Person& person)
{
    const QString name = (text(person.givenNames) + QLatin1Char(' ') + text(person.familyName)).trimmed();
    return name.isEmpty() ? tr("(no name recorded)") : name;
}

QString RecordText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString RecordText::joined(const std::vector<std::string>& values)
{
    QStringList out;
    for (const auto& value : values) {
        out.append(text(value));
    }
    return out.join(QStringLiteral(", "));
}

} // namespace majakka::ui
