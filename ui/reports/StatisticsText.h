#pragma once

#include "statistics/Period.h"
#include "ui/reports/DocumentLanguage.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <string_view>

namespace majakka::reports {

// The words of the half-year statistics as people read them, in the language
// of the document being made (or the program's, on the statistics screen):
// what each indicator and category of the core's FigureLayout means, period
// names, counts in the language's way, and the suppression rule.
class StatisticsText
{
    MAJAKKA_DOCUMENT_TR_FUNCTIONS(StatisticsText)

public:
    static QString indicatorTitle(std::string_view indicator);
    static QString categoryText(std::string_view indicator, std::string_view category);
    // "January–June 2026" for a half-year, "15.1.2026–31.3.2026" for a range.
    static QString periodName(const statistics::Period& period);
    // A published count, or the word that stands where a count is suppressed.
    static QString count(const std::optional<std::int64_t>& value);
    static QString suppressedWord();
    // The rule a report applied with threshold k, in words.
    static QString rule(int threshold);
};

} // namespace majakka::reports
