#include "ui/reports/StatisticsText.h"

#include "domain/ExploitationVocabulary.h"
#include "domain/PersonVocabulary.h"
#include "domain/ProcessVocabulary.h"
#include "domain/ReferralVocabulary.h"
#include "statistics/FigureLayout.h"
#include "ui/common/DateText.h"
#include "ui/common/VocabularyText.h"

namespace majakka::reports {

namespace {
namespace indicator = statistics::indicator;
namespace category = statistics::category;

bool byKind(std::string_view name)
{
    return name == indicator::WithinServices || name == indicator::NewAdmissions
        || name == indicator::SinceFirstRecord;
}
} // namespace

QString StatisticsText::indicatorTitle(std::string_view name)
{
    if (name == indicator::WithinServices) {
        return tr("Clients within services at the end of the period");
    }
    if (name == indicator::NewAdmissions) {
        return tr("New clients admitted");
    }
    if (name == indicator::ByGender) {
        return tr("New clients by gender");
    }
    if (name == indicator::ByAgeBand) {
        return tr("New clients by age");
    }
    if (name == indicator::ByAgeAtEntry) {
        return tr("New clients, adult or minor at admission");
    }
    if (name == indicator::ByPlace) {
        return tr("New clients, exploited in Finland or abroad");
    }
    if (name == indicator::ByForm) {
        return tr("New clients by form of exploitation");
    }
    if (name == indicator::ByIndustry) {
        return tr("New clients in forced labour, by industry");
    }
    if (name == indicator::BySource) {
        return tr("New clients by who proposed the admission");
    }
    if (name == indicator::ByRegion) {
        return tr("New clients by citizenship");
    }
    if (name == indicator::ByOffice) {
        return tr("New clients by office");
    }
    if (name == indicator::NotAdmitted) {
        return tr("Referrals not admitted");
    }
    if (name == indicator::Ends) {
        return tr("Ends of assistance by reason");
    }
    if (name == indicator::ReflectionPeriods) {
        return tr("Reflection periods granted, by who granted them");
    }
    if (name == indicator::SinceFirstRecord) {
        return tr("Clients admitted since the first record");
    }
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString StatisticsText::categoryText(std::string_view name, std::string_view part)
{
    using namespace domain;
    if (part == category::Total) {
        return tr("Total");
    }
    if (part == category::NotRecorded) {
        return tr("Not recorded");
    }
    if (part == category::Unknown) {
        return tr("Unknown");
    }
    if (part == category::Adult) {
        return tr("Adult");
    }
    if (part == category::Minor) {
        return tr("Minor");
    }
    if (part == category::InFinland) {
        return tr("In Finland");
    }
    if (part == category::Abroad) {
        return tr("Abroad");
    }
    if (byKind(name)) {
        return ui::VocabularyText::textOfName<ClientKind>(part);
    }
    if (name == indicator::ByGender) {
        return ui::VocabularyText::textOfName<Gender>(part);
    }
    if (name == indicator::ByForm) {
        return ui::VocabularyText::textOfName<ExploitationForm>(part);
    }
    if (name == indicator::ByIndustry) {
        return ui::VocabularyText::textOfName<LabourIndustry>(part);
    }
    if (name == indicator::BySource) {
        return ui::VocabularyText::textOfName<ReferralSource>(part);
    }
    if (name == indicator::ByOffice) {
        return ui::VocabularyText::textOfName<Office>(part);
    }
    if (name == indicator::NotAdmitted) {
        return ui::VocabularyText::textOfName<AdmissionOutcome>(part);
    }
    if (name == indicator::Ends) {
        return ui::VocabularyText::textOfName<EndReason>(part);
    }
    if (name == indicator::ReflectionPeriods) {
        return ui::VocabularyText::textOfName<ReflectionGrantor>(part);
    }
    if (name == indicator::ByRegion) {
        if (part == "finland") {
            return tr("Finland");
        }
        if (part == "eu_eea") {
            return tr("Other EU and EEA countries");
        }
        if (part == "europe_other") {
            return tr("Rest of Europe");
        }
        if (part == "africa") {
            return tr("Africa");
        }
        if (part == "asia") {
            return tr("Asia");
        }
        if (part == "americas") {
            return tr("Americas");
        }
        if (part == "oceania") {
            return tr("Oceania");
        }
        if (part == "other") {
            return tr("Other or not known");
        }
    }
    if (name == indicator::ByAgeBand) {
        // "0-8", "48+": the numbers read the same in every language, with a real dash.
        return tr("%1 years")
            .arg(QString::fromUtf8(part.data(), static_cast<qsizetype>(part.size()))
                     .replace(QLatin1Char('-'), QChar(0x2013)));
    }
    return QString::fromUtf8(part.data(), static_cast<qsizetype>(part.size()));
}

QString StatisticsText::periodName(const statistics::Period& period)
{
    if (!period.isHalfYear()) {
        return tr("%1–%2").arg(ui::DateText::format(period.from()), ui::DateText::format(period.to()));
    }
    const QLocale locale = DocumentLanguage::currentLocale();
    const int first = static_cast<int>(period.from().month());
    return tr("%1–%2 %3", "first month, last month, year")
        .arg(locale.standaloneMonthName(first),
             locale.standaloneMonthName(first + 5),
             QString::number(period.from().year()));
}

QString StatisticsText::count(const std::optional<std::int64_t>& value)
{
    return value ? DocumentLanguage::currentLocale().toString(static_cast<qlonglong>(*value))
                 : suppressedWord();
}

QString StatisticsText::suppressedWord()
{
    return tr("suppressed", "a count hidden so that it cannot point to a person");
}

QString StatisticsText::rule(int threshold)
{
    return tr("Counts from 1 to %1 are suppressed (threshold k = %2); zeros are published. Further counts "
              "are "
              "suppressed so that no suppressed count can be worked out from the totals, from the other "
              "tables "
              "or from the previous period: every sum holds no suppressed count or at least two, the "
              "suppressed "
              "parts of a published total add up to at least %2, and all the sums solved together fix no "
              "suppressed count. The previous period is shown exactly as its own report published it.")
        .arg(threshold - 1)
        .arg(threshold);
}

} // namespace majakka::reports
