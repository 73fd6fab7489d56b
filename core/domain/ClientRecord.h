#pragma once

#include "domain/AdmissionDecision.h"
#include "domain/ClientNumber.h"
#include "domain/Consent.h"
#include "domain/Contact.h"
#include "domain/Disclosure.h"
#include "domain/EndOfAssistance.h"
#include "domain/Exploitation.h"
#include "domain/LegalStep.h"
#include "domain/NeedsAssessment.h"
#include "domain/Person.h"
#include "domain/Referral.h"
#include "domain/ReflectionPeriod.h"
#include "domain/ResidenceMatter.h"
#include "domain/SeriousThreat.h"
#include "domain/SupportMeasure.h"

#include <optional>
#include <string>
#include <vector>

namespace majakka::domain {

// Everything recorded about one client: the person and the path of the case.
struct ClientRecord
{
    std::string id; // assigned by the store; empty for a client not yet stored
    std::optional<ClientNumber> number; // assigned by the store
    Person person;
    std::optional<Referral> referral;
    std::optional<AdmissionDecision> admission;
    std::optional<Exploitation> exploitation;
    std::optional<NeedsAssessment> needsAssessment;
    std::vector<SupportMeasure> measures;
    // Oldest first. In JSON the last one is "reflection_period" and the
    // earlier ones are "previous_reflection_periods".
    std::vector<ReflectionPeriod> reflectionPeriods;
    std::vector<ResidenceMatter> residenceMatters;
    std::vector<LegalStep> legalSteps;
    std::vector<Contact> contacts;
    std::vector<Consent> consents;
    std::vector<Disclosure> disclosures;
    std::vector<SeriousThreat> seriousThreats;
    std::optional<EndOfAssistance> end;
    std::vector<Reopening> reopenings;

    bool operator==(const ClientRecord&) const = default;

    bool isAdmitted() const { return admission && admission->decision == AdmissionOutcome::Admitted; }
    // An ended case is read-only until it is reopened.
    bool isEnded() const { return end.has_value(); }
};

// The JSON path of reflectionPeriods[index]: "reflection_period" for the last,
// "previous_reflection_periods[i]" for the others.
std::string reflectionPeriodPath(const ClientRecord& record, std::size_t index);

} // namespace majakka::domain
