#pragma once

#include "domain/Date.h"
#include "domain/PartialDate.h"
#include "ui/reports/DocumentLanguage.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace majakka::ui {

// Dates as people read and type them: in the chosen language's short format,
// always with four-digit years (a two-digit year is ambiguous in records that
// reach back to the 1800s). ISO dates (2026-04-21) are accepted when typed too.
// While a document is being made (ui/reports), in the document's language.
class DateText
{
    MAJAKKA_DOCUMENT_TR_FUNCTIONS(DateText)

public:
    static QString format(const domain::Date& date);
    // Empty for a date not recorded.
    static QString format(const std::optional<domain::Date>& date);
    static QString format(const domain::PartialDate& date);
    static std::optional<domain::Date> parse(const QString& text);
    // The format to type, as a hint beside a date field ("d.M.yyyy").
    static QString inputFormat();
    // "today", "in 3 days", "5 days overdue".
    static QString relative(int daysFromToday);
    // A UTC ISO 8601 moment (audit entries) in local time.
    static QString formatMoment(const QString& isoUtc);
};

} // namespace majakka::ui
