#include "ui/record/dialogs/FieldText.h"

#include "Error.h"
#include "domain/TextRules.h"
#include "domain/UserName.h"
#include "ui/common/DateText.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace majakka::ui {

namespace {
bool digits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

QString firstRepeat(const std::vector<std::string>& codes)
{
    for (std::size_t i = 0; i < codes.size(); ++i) {
        for (std::size_t k = 0; k < i; ++k) {
            if (codes[k] == codes[i]) {
                return QString::fromStdString(codes[i]);
            }
        }
    }
    return {};
}
} // namespace

std::string FieldText::plain(const QLineEdit* edit)
{
    return edit->text().trimmed().toStdString();
}

std::string FieldText::plain(const QPlainTextEdit* edit)
{
    return edit->toPlainText().trimmed().toStdString();
}

std::vector<std::string> FieldText::list(const QString& text)
{
    std::vector<std::string> out;
    for (const QString& part : text.split(QLatin1Char(','))) {
        if (const QString item = part.trimmed(); !item.isEmpty()) {
            out.push_back(item.toStdString());
        }
    }
    return out;
}

std::vector<std::string> FieldText::codes(const QString& text, bool upper)
{
    return list(upper ? text.toUpper() : text.toLower());
}

QString FieldText::listText(const std::vector<std::string>& values)
{
    QStringList parts;
    for (const auto& value : values) {
        parts.append(QString::fromStdString(value));
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<domain::PartialDate> FieldText::partialDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return domain::PartialDate::unknown();
    }
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    if (year.match(trimmed).hasMatch()) {
        const int value = trimmed.toInt();
        if (value < 1800 || value > 9999) {
            return std::nullopt;
        }
        return domain::PartialDate::yearOnly(value);
    }
    if (const auto date = DateText::parse(trimmed)) {
        return domain::PartialDate::fullDate(*date);
    }
    return std::nullopt;
}

QString FieldText::partialDateText(const domain::PartialDate& date)
{
    return date.isKnown() ? DateText::format(date) : QString();
}

QString FieldText::identityCodeProblem(const QString& text)
{
    if (text.isEmpty() || domain::PersonalIdentityCode::tryParse(text.toStdString())) {
        return {};
    }
    if (text.size() != 11) {
        return tr("An identity code has 11 characters, such as 131052-308T; this has %n.",
                  nullptr,
                  static_cast<int>(text.size()));
    }
    const QStringView code(text);
    if (!digits(code.first(6))) {
        return tr("The first six characters are the birth date as digits, DDMMYY.");
    }
    const auto century = domain::PersonalIdentityCode::centuryOfSign(text.at(6).toLatin1());
    if (!century || text.at(6).unicode() > 0x7f) {
        return tr("The seventh character is the century sign: + for the 1800s, - Y X W V U for the 1900s, "
                  "A to F for the 2000s (capital letters).");
    }
    if (!domain::Date::fromYmd(*century + code.mid(4, 2).toInt(),
                               static_cast<unsigned>(code.mid(2, 2).toInt()),
                               static_cast<unsigned>(code.first(2).toInt()))) {
        return tr("DDMMYY with its century sign is not a real date.");
    }
    if (!digits(code.mid(7, 3)) || code.mid(7, 3).toInt() < 2) {
        return tr("The individual number (characters 8 to 10) is three digits from 002 to 999.");
    }
    const char expected = domain::PersonalIdentityCode::checkCharacter(text.first(6).toStdString(),
                                                                       text.mid(7, 3).toStdString());
    return tr("The check character (the last one) should be %1 for the rest of this code, not %2.")
        .arg(QChar::fromLatin1(expected), text.at(10));
}

QString FieldText::userNameProblem(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return {};
    }
    try {
        domain::validateUserName(text.toStdString());
    } catch (const Error&) {
        return tr("Not a user name: at most %n bytes, without control characters.",
                  nullptr,
                  static_cast<int>(domain::MaximumUserNameLength));
    }
    return {};
}

QString FieldText::phoneProblem(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return {};
    }
    try {
        domain::text::checkPhone(text.trimmed().toStdString(), "phone");
    } catch (const Error&) {
        return tr(
            "A phone number has 5 to 20 digits and may hold spaces and + - ( ), such as +358 40 123 4567.");
    }
    return {};
}

QString FieldText::emailProblem(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return {};
    }
    try {
        domain::text::checkEmail(text.trimmed().toStdString(), "email");
    } catch (const Error&) {
        return tr("Not an e-mail address: write it as name@example.fi.");
    }
    return {};
}

QString FieldText::countryCodesProblem(const std::vector<std::string>& codes)
{
    for (const auto& code : codes) {
        if (!domain::text::isCountryCode(code)) {
            return tr("\"%1\" is not a country code: use two letters, such as FI or RU.")
                .arg(QString::fromStdString(code));
        }
    }
    if (const QString repeated = firstRepeat(codes); !repeated.isEmpty()) {
        return tr("\"%1\" is in the list twice.").arg(repeated);
    }
    return {};
}

QString FieldText::languageCodesProblem(const std::vector<std::string>& codes)
{
    for (const auto& code : codes) {
        if (!domain::text::isLanguageCode(code)) {
            return tr("\"%1\" is not a language code: use two or three letters, such as fi, ru or tgl.")
                .arg(QString::fromStdString(code));
        }
    }
    if (const QString repeated = firstRepeat(codes); !repeated.isEmpty()) {
        return tr("\"%1\" is in the list twice.").arg(repeated);
    }
    return {};
}

} // namespace majakka::ui
