#include "statistics/ReportCsv.h"
#include "statistics/ReportJson.h"
#include "statistics/StatisticsReport.h"

#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::statistics;

namespace {

domain::Date date(int y, unsigned m, unsigned d)
{
    return domain::Date::fromYmd(y, m, d).value();
}

// Seven victims and a victim's child admitted in the first half of 2026, one
// referral not admitted and one withdrawn; nothing before 2026.
std::vector<StatisticsCase> fixture()
{
    using namespace domain;
    std::vector<StatisticsCase> cases;
    for (int i = 0; i < 7; ++i) {
        StatisticsCase v;
        v.kind = ClientKind::Victim;
        v.gender = i < 5 ? Gender::Female : Gender::Male;
        v.birthDate = PartialDate::fullDate(date(1990, 3, 15));
        v.citizenships = {"TH"};
        v.office = Office::Helsinki;
        v.referral = StatisticsCase::Referral {date(2026, 1, 10 + static_cast<unsigned>(i)),
                                               i < 5 ? ReferralSource::Police : ReferralSource::OtherNgo,
                                               ReferralChannel::Phone};
        v.admission = StatisticsCase::Admission {date(2026, 2, 1 + static_cast<unsigned>(i)),
                                                 AdmissionOutcome::Admitted};
        StatisticsCase::Exploitation e;
        if (i < 4) {
            e.inFinland = true;
            e.forms = {ExploitationForm::ForcedLabour};
            e.industry = i < 2 ? LabourIndustry::Restaurants : LabourIndustry::Cleaning;
        } else {
            e.inFinland = false;
            e.country = "SE";
            e.forms = {ExploitationForm::SexualExploitation};
            v.reflectionPeriods.push_back({date(2026, 4, 1), ReflectionGrantor::AssistanceSystem});
        }
        v.exploitation = e;
        cases.push_back(v);
    }
    StatisticsCase child;
    child.kind = ClientKind::Child;
    child.gender = Gender::Male;
    child.birthDate = PartialDate::fullDate(date(2020, 5, 5));
    child.citizenships = {"FI"};
    child.office = Office::Helsinki;
    child.referral
        = StatisticsCase::Referral {date(2026, 3, 20), ReferralSource::OtherNgo, ReferralChannel::Email};
    child.admission = StatisticsCase::Admission {date(2026, 4, 1), AdmissionOutcome::Admitted};
    cases.push_back(child);
    for (AdmissionOutcome outcome : {AdmissionOutcome::NotAdmitted, AdmissionOutcome::Withdrawn}) {
        StatisticsCase refused;
        refused.referral
            = StatisticsCase::Referral {date(2026, 2, 1), ReferralSource::Police, ReferralChannel::Phone};
        refused.admission = StatisticsCase::Admission {date(2026, 3, 10), outcome};
        cases.push_back(refused);
    }
    return cases;
}

// Checked by hand, k = 3. Primary: the child (1) in every table that shows it
// (kind, age band 0-8, minor, region finland, exploitation not recorded), the
// two refused referrals (1, 1, and their total 2). Secondary: beside each
// primary cell, the smallest other non-zero cell of its table (victims 7,
// band 30-38 7, adults 7, asia 7, sexual exploitation 3, abroad 3), so the
// published total 8 less the published parts leaves two unknowns adding up to
// at least 3; restaurants 2 and cleaning 2 are both primary under forced
// labour 4. Victims since the first record (7) are suppressed because the
// previous period's 0 plus the suppressed new victims would give them away,
// and so the child's total beside them. The previous half-year is all zeros:
// nothing was recorded before 2026.
const std::string ExpectedCsv = R"csv(indicator,category,period,value
clients_within_services,victim,2026H1,suppressed
clients_within_services,child,2026H1,suppressed
clients_within_services,witness,2026H1,0
clients_within_services,total,2026H1,8
new_admissions,victim,2026H1,suppressed
new_admissions,child,2026H1,suppressed
new_admissions,witness,2026H1,0
new_admissions,total,2026H1,8
new_admissions_by_gender,female,2026H1,5
new_admissions_by_gender,male,2026H1,3
new_admissions_by_gender,other,2026H1,0
new_admissions_by_gender,unknown,2026H1,0
new_admissions_by_age_band,0-8,2026H1,suppressed
new_admissions_by_age_band,9-17,2026H1,0
new_admissions_by_age_band,18-20,2026H1,0
new_admissions_by_age_band,21-23,2026H1,0
new_admissions_by_age_band,24-26,2026H1,0
new_admissions_by_age_band,27-29,2026H1,0
new_admissions_by_age_band,30-38,2026H1,suppressed
new_admissions_by_age_band,39-47,2026H1,0
new_admissions_by_age_band,48+,2026H1,0
new_admissions_by_age_band,unknown,2026H1,0
new_admissions_by_age_at_entry,adult,2026H1,suppressed
new_admissions_by_age_at_entry,minor,2026H1,suppressed
new_admissions_by_age_at_entry,unknown,2026H1,0
new_admissions_by_place_of_exploitation,in_finland,2026H1,4
new_admissions_by_place_of_exploitation,abroad,2026H1,suppressed
new_admissions_by_place_of_exploitation,not_recorded,2026H1,suppressed
new_admissions_by_form,forced_labour,2026H1,4
new_admissions_by_form,sexual_exploitation,2026H1,suppressed
new_admissions_by_form,forced_marriage,2026H1,0
new_admissions_by_form,forced_criminal_activity,2026H1,0
new_admissions_by_form,begging,2026H1,0
new_admissions_by_form,other,2026H1,0
new_admissions_by_form,not_recorded,2026H1,suppressed
new_admissions_by_labour_industry,restaurants,2026H1,suppressed
new_admissions_by_labour_industry,cleaning,2026H1,suppressed
new_admissions_by_labour_industry,agriculture,2026H1,0
new_admissions_by_labour_industry,construction,2026H1,0
new_admissions_by_labour_industry,domestic_work,2026H1,0
new_admissions_by_labour_industry,beauty,2026H1,0
new_admissions_by_labour_industry,transport,2026H1,0
new_admissions_by_labour_industry,other,2026H1,0
new_admissions_by_labour_industry,not_recorded,2026H1,0
new_admissions_by_referral_source,police,2026H1,5
new_admissions_by_referral_source,border_guard,2026H1,0
new_admissions_by_referral_source,immigration_service,2026H1,0
new_admissions_by_referral_source,victim_support_finland,2026H1,0
new_admissions_by_referral_source,other_ngo,2026H1,3
new_admissions_by_referral_source,health_social_services,2026H1,0
new_admissions_by_referral_source,own_request,2026H1,0
new_admissions_by_referral_source,other,2026H1,0
new_admissions_by_referral_source,not_recorded,2026H1,0
new_admissions_by_citizenship_region,finland,2026H1,suppressed
new_admissions_by_citizenship_region,eu_eea,2026H1,0
new_admissions_by_citizenship_region,europe_other,2026H1,0
new_admissions_by_citizenship_region,africa,2026H1,0
new_admissions_by_citizenship_region,asia,2026H1,suppressed
new_admissions_by_citizenship_region,americas,2026H1,0
new_admissions_by_citizenship_region,oceania,2026H1,0
new_admissions_by_citizenship_region,other,2026H1,0
new_admissions_by_office,joutseno,2026H1,0
new_admissions_by_office,helsinki,2026H1,8
new_admissions_by_office,oulu,2026H1,0
new_admissions_by_office,tampere,2026H1,0
referrals_not_admitted,not_admitted,2026H1,suppressed
referrals_not_admitted,withdrawn,2026H1,suppressed
referrals_not_admitted,total,2026H1,suppressed
ends_of_assistance,no_longer_needs_help,2026H1,0
ends_of_assistance,moved_abroad,2026H1,0
ends_of_assistance,returned,2026H1,0
ends_of_assistance,declined_further_help,2026H1,0
ends_of_assistance,unreachable,2026H1,0
ends_of_assistance,services_moved_to_municipality,2026H1,0
ends_of_assistance,deceased,2026H1,0
ends_of_assistance,total,2026H1,0
reflection_periods_granted,assistance_system,2026H1,3
reflection_periods_granted,police,2026H1,0
reflection_periods_granted,border_guard,2026H1,0
reflection_periods_granted,total,2026H1,3
admissions_since_first_record,victim,2026H1,suppressed
admissions_since_first_record,child,2026H1,suppressed
admissions_since_first_record,witness,2026H1,0
admissions_since_first_record,total,2026H1,8
clients_within_services,victim,2025H2,0
clients_within_services,child,2025H2,0
clients_within_services,witness,2025H2,0
clients_within_services,total,2025H2,0
new_admissions,victim,2025H2,0
new_admissions,child,2025H2,0
new_admissions,witness,2025H2,0
new_admissions,total,2025H2,0
new_admissions_by_gender,female,2025H2,0
new_admissions_by_gender,male,2025H2,0
new_admissions_by_gender,other,2025H2,0
new_admissions_by_gender,unknown,2025H2,0
new_admissions_by_age_band,0-8,2025H2,0
new_admissions_by_age_band,9-17,2025H2,0
new_admissions_by_age_band,18-20,2025H2,0
new_admissions_by_age_band,21-23,2025H2,0
new_admissions_by_age_band,24-26,2025H2,0
new_admissions_by_age_band,27-29,2025H2,0
new_admissions_by_age_band,30-38,2025H2,0
new_admissions_by_age_band,39-47,2025H2,0
new_admissions_by_age_band,48+,2025H2,0
new_admissions_by_age_band,unknown,2025H2,0
new_admissions_by_age_at_entry,adult,2025H2,0
new_admissions_by_age_at_entry,minor,2025H2,0
new_admissions_by_age_at_entry,unknown,2025H2,0
new_admissions_by_place_of_exploitation,in_finland,2025H2,0
new_admissions_by_place_of_exploitation,abroad,2025H2,0
new_admissions_by_place_of_exploitation,not_recorded,2025H2,0
new_admissions_by_form,forced_labour,2025H2,0
new_admissions_by_form,sexual_exploitation,2025H2,0
new_admissions_by_form,forced_marriage,2025H2,0
new_admissions_by_form,forced_criminal_activity,2025H2,0
new_admissions_by_form,begging,2025H2,0
new_admissions_by_form,other,2025H2,0
new_admissions_by_form,not_recorded,2025H2,0
new_admissions_by_labour_industry,restaurants,2025H2,0
new_admissions_by_labour_industry,cleaning,2025H2,0
new_admissions_by_labour_industry,agriculture,2025H2,0
new_admissions_by_labour_industry,construction,2025H2,0
new_admissions_by_labour_industry,domestic_work,2025H2,0
new_admissions_by_labour_industry,beauty,2025H2,0
new_admissions_by_labour_industry,transport,2025H2,0
new_admissions_by_labour_industry,other,2025H2,0
new_admissions_by_labour_industry,not_recorded,2025H2,0
new_admissions_by_referral_source,police,2025H2,0
new_admissions_by_referral_source,border_guard,2025H2,0
new_admissions_by_referral_source,immigration_service,2025H2,0
new_admissions_by_referral_source,victim_support_finland,2025H2,0
new_admissions_by_referral_source,other_ngo,2025H2,0
new_admissions_by_referral_source,health_social_services,2025H2,0
new_admissions_by_referral_source,own_request,2025H2,0
new_admissions_by_referral_source,other,2025H2,0
new_admissions_by_referral_source,not_recorded,2025H2,0
new_admissions_by_citizenship_region,finland,2025H2,0
new_admissions_by_citizenship_region,eu_eea,2025H2,0
new_admissions_by_citizenship_region,europe_other,2025H2,0
new_admissions_by_citizenship_region,africa,2025H2,0
new_admissions_by_citizenship_region,asia,2025H2,0
new_admissions_by_citizenship_region,americas,2025H2,0
new_admissions_by_citizenship_region,oceania,2025H2,0
new_admissions_by_citizenship_region,other,2025H2,0
new_admissions_by_office,joutseno,2025H2,0
new_admissions_by_office,helsinki,2025H2,0
new_admissions_by_office,oulu,2025H2,0
new_admissions_by_office,tampere,2025H2,0
referrals_not_admitted,not_admitted,2025H2,0
referrals_not_admitted,withdrawn,2025H2,0
referrals_not_admitted,total,2025H2,0
ends_of_assistance,no_longer_needs_help,2025H2,0
ends_of_assistance,moved_abroad,2025H2,0
ends_of_assistance,returned,2025H2,0
ends_of_assistance,declined_further_help,2025H2,0
ends_of_assistance,unreachable,2025H2,0
ends_of_assistance,services_moved_to_municipality,2025H2,0
ends_of_assistance,deceased,2025H2,0
ends_of_assistance,total,2025H2,0
reflection_periods_granted,assistance_system,2025H2,0
reflection_periods_granted,police,2025H2,0
reflection_periods_granted,border_guard,2025H2,0
reflection_periods_granted,total,2025H2,0
admissions_since_first_record,victim,2025H2,0
admissions_since_first_record,child,2025H2,0
admissions_since_first_record,witness,2025H2,0
admissions_since_first_record,total,2025H2,0
suppression_threshold,k,2026H1,3
)csv";

} // namespace

TEST_CASE("the fixture's half-year report is exactly the hand-checked CSV", "[statistics]")
{
    const StatisticsReport report = buildReport(fixture(), Period::parse("2026H1"), Suppression(3));
    CHECK(reportToCsv(report) == ExpectedCsv);
}

TEST_CASE("the next half-year's report repeats the fixture's report as its previous period", "[statistics]")
{
    const Suppression suppression(3);
    const StatisticsReport first = buildReport(fixture(), Period::parse("2026H1"), suppression);
    const StatisticsReport next = buildReport(fixture(), Period::parse("2026H2"), suppression);
    CHECK(next.previous.period == first.current.period);
    CHECK(next.previous.values == first.current.values);
    CHECK(next.previous.suppressed == first.current.suppressed);
    // Nothing happened in the second half: the clients are still within services.
    const std::size_t within = FigureLayout::standard().at(indicator::WithinServices, category::Total);
    CHECK(next.current.values[within] == 8);
}

TEST_CASE("the JSON report states the period, the previous period and the rule", "[statistics]")
{
    const StatisticsReport report = buildReport(fixture(), Period::parse("2026H1"), Suppression(3));
    const std::string json = reportToJson(report);
    CHECK(json.find(R"("label": "2026H1")") != std::string::npos);
    CHECK(json.find(R"("label": "2025H2")") != std::string::npos);
    CHECK(json.find(R"("threshold": 3)") != std::string::npos);
    CHECK(json.find(report.rule) != std::string::npos);
    CHECK(json.find(R"("female": 5)") != std::string::npos);
    CHECK(json.find(R"("child": "suppressed")") != std::string::npos);
}
