#pragma once

#include "domain/ClientRecord.h"
#include "domain/Date.h"
#include "domain/PartialDate.h"

#include <optional>
#include <string>
#include <vector>

namespace majakka::statistics {

// What the figures need of one client, and nothing more: no names, no free
// text, no identity code. Loaded from the per-kind tables (CaseSource) or made
// from a record (fromRecord).
struct StatisticsCase
{
    struct Referral
    {
        domain::Date date;
        domain::ReferralSource source = domain::ReferralSource::Other;
        domain::ReferralChannel channel = domain::ReferralChannel::Phone;

        bool operator==(const Referral&) const = default;
    };

    struct Admission
    {
        domain::Date date;
        domain::AdmissionOutcome decision = domain::AdmissionOutcome::Admitted;

        bool operator==(const Admission&) const = default;
    };

    struct Exploitation
    {
        bool inFinland = true;
        std::vector<domain::ExploitationForm> forms;
        std::optional<domain::LabourIndustry> industry;
        std::string country; // ISO 3166 alpha-2 where it happened abroad
        std::vector<domain::MeansOfControl> meansOfControl;
        std::optional<domain::ExploiterRelation> relation;

        bool operator==(const Exploitation&) const = default;
    };

    // An end of assistance: the current one, or one a reopening cancelled.
    struct End
    {
        domain::Date date;
        domain::EndReason reason = domain::EndReason::NoLongerNeedsHelp;

        bool operator==(const End&) const = default;
    };

    struct ReflectionStart
    {
        domain::Date start;
        domain::ReflectionGrantor grantedBy = domain::ReflectionGrantor::AssistanceSystem;

        bool operator==(const ReflectionStart&) const = default;
    };

    domain::ClientKind kind = domain::ClientKind::Victim;
    domain::Gender gender = domain::Gender::Unknown;
    domain::PartialDate birthDate;
    std::vector<std::string> citizenships; // ISO 3166 alpha-2, the first is the main one
    domain::Office office = domain::Office::Helsinki;
    std::optional<Referral> referral;
    std::optional<Admission> admission;
    std::optional<Exploitation> exploitation;
    // Oldest first: the ends that reopenings cancelled, then the current end.
    std::vector<End> ends;
    // The dates the case was reopened, oldest first; reopenings[i] follows ends[i].
    std::vector<domain::Date> reopenings;
    std::vector<ReflectionStart> reflectionPeriods; // oldest first

    bool operator==(const StatisticsCase&) const = default;

    bool isAdmitted() const { return admission && admission->decision == domain::AdmissionOutcome::Admitted; }
    // Admitted on or before `day` and not ended on it (a case reopened after an
    // end is within services again from the reopening).
    bool isWithinServicesOn(domain::Date day) const;
};

// The statistics case of a client record.
StatisticsCase fromRecord(const domain::ClientRecord& record);

} // namespace majakka::statistics
