#include "statistics/StatisticsCase.h"

namespace majakka::statistics {

bool StatisticsCase::isWithinServicesOn(domain::Date day) const
{
    if (!isAdmitted() || day < admission->date) {
        return false;
    }
    // The events alternate end, reopening, end, ...: the last one on or before
    // `day` says where the case stood.
    bool within = true;
    for (std::size_t i = 0; i < ends.size(); ++i) {
        if (ends[i].date <= day) {
            within = false;
        }
        if (i < reopenings.size() && reopenings[i] <= day) {
            within = true;
        }
    }
    return within;
}

StatisticsCase fromRecord(const domain::ClientRecord& record)
{
    StatisticsCase out;
    const domain::Person& person = record.person;
    out.kind = person.kind;
    out.gender = person.gender;
    out.birthDate = person.birthDate;
    out.citizenships = person.citizenships;
    out.office = person.office;
    if (record.referral) {
        out.referral = StatisticsCase::Referral {
            record.referral->date, record.referral->source, record.referral->channel};
    }
    if (record.admission) {
        out.admission = StatisticsCase::Admission {record.admission->date, record.admission->decision};
    }
    if (const auto& e = record.exploitation) {
        out.exploitation = StatisticsCase::Exploitation {
            e->inFinland, e->forms, e->industry, e->country, e->meansOfControl, e->relation};
    }
    for (const auto& reopening : record.reopenings) {
        out.ends.push_back({reopening.endedOn, reopening.endReason});
        out.reopenings.push_back(reopening.date);
    }
    if (record.end) {
        out.ends.push_back({record.end->date, record.end->reason});
    }
    for (const auto& period : record.reflectionPeriods) {
        out.reflectionPeriods.push_back({period.start, period.grantedBy});
    }
    return out;
}

} // namespace majakka::statistics
