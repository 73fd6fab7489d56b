#pragma once

#include "domain/PartialDate.h"
#include "domain/PersonalIdentityCode.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <string>
#include <vector>

class QLineEdit;
class QPlainTextEdit;

namespace majakka::ui {

// What the record dialogs read from their fields, and the checks of typed
// text that need no record: identity codes, user names, lists of codes.
class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)

public:
    // The text with surrounding spaces removed, as the core stores it.
    static std::string plain(const QLineEdit* edit);
    static std::string plain(const QPlainTextEdit* edit);

    // "FI, ru" -> {"FI", "RU"} with `upper`; comma-separated, empty items dropped.
    static std::vector<std::string> list(const QString& text);
    static std::vector<std::string> codes(const QString& text, bool upper);
    static QString listText(const std::vector<std::string>& values);

    // A birth date as far as it is known: a date, a year ("1990") or nothing.
    // nullopt when the text is neither.
    static std::optional<domain::PartialDate> partialDate(const QString& text);
    static QString partialDateText(const domain::PartialDate& date);

    // Why the text is not a personal identity code, in words; empty when it is one.
    static QString identityCodeProblem(const QString& text);
    // Why the text is not a user name; empty when it is one (or empty).
    static QString userNameProblem(const QString& text);
    // Why the text is not a phone number or an e-mail address; empty when it is one (or empty).
    static QString phoneProblem(const QString& text);
    static QString emailProblem(const QString& text);
    // The first code of the list that does not have the shape of an ISO
    // country (two letters) or language (two or three letters) code.
    static QString countryCodesProblem(const std::vector<std::string>& codes);
    static QString languageCodesProblem(const std::vector<std::string>& codes);
};

} // namespace majakka::ui
