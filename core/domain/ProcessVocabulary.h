#pragma once

#include "domain/EnumNames.h"

namespace majakka::domain {

// Who granted a reflection period.
enum class ReflectionGrantor
{
    AssistanceSystem,
    Police,
    BorderGuard,
};

// Residence matters the Assistance System supports (the Immigration Service decides).
enum class ResidenceMatterKind
{
    ResidencePermit,
    Asylum,
    VoluntaryReturn,
    Other,
};

enum class ResidenceOutcome
{
    Pending,
    Granted,
    Refused,
    Withdrawn,
    Completed, // e.g. a return that took place
};

// Steps of the criminal process and of legal aid, kept beside the case, never as a condition.
enum class LegalStepKind
{
    ReportToPolice,
    PreTrialInvestigation,
    ConsiderationOfCharges,
    Charges,
    CourtHearing,
    Judgment,
    Appeal,
    CompensationClaim,
    LegalAidCounsel,
    SupportPerson,
    NonPunishmentRaised, // Criminal Code 4:5
};

enum class ContactKind
{
    Visit,
    Call,
    Meeting,
    Other,
};

enum class ConsentStatus
{
    Given,
    Withdrawn,
};

// The basis on which something about a client was told to someone.
enum class DisclosureBasis
{
    ClientConsent,
    SeriousThreatDuty, // a serious threat to life, health or freedom must be notified to the police
    OtherLegalDuty,
};

enum class EndReason
{
    NoLongerNeedsHelp,
    MovedAbroad,
    Returned,
    DeclinedFurtherHelp,
    Unreachable,
    ServicesMovedToMunicipality,
    Deceased,
};

template<> struct EnumNames<ReflectionGrantor>
{
    static constexpr NameEntry<ReflectionGrantor> entries[] = {
        {ReflectionGrantor::AssistanceSystem, "assistance_system"},
        {ReflectionGrantor::Police, "police"},
        {ReflectionGrantor::BorderGuard, "border_guard"},
    };
};

template<> struct EnumNames<ResidenceMatterKind>
{
    static constexpr NameEntry<ResidenceMatterKind> entries[] = {
        {ResidenceMatterKind::ResidencePermit, "residence_permit"},
        {ResidenceMatterKind::Asylum, "asylum"},
        {ResidenceMatterKind::VoluntaryReturn, "voluntary_return"},
        {ResidenceMatterKind::Other, "other"},
    };
};

template<> struct EnumNames<ResidenceOutcome>
{
    static constexpr NameEntry<ResidenceOutcome> entries[] = {
        {ResidenceOutcome::Pending, "pending"},
        {ResidenceOutcome::Granted, "granted"},
        {ResidenceOutcome::Refused, "refused"},
        {ResidenceOutcome::Withdrawn, "withdrawn"},
        {ResidenceOutcome::Completed, "completed"},
    };
};

template<> struct EnumNames<LegalStepKind>
{
    static constexpr NameEntry<LegalStepKind> entries[] = {
        {LegalStepKind::ReportToPolice, "report_to_police"},
        {LegalStepKind::PreTrialInvestigation, "pre_trial_investigation"},
        {LegalStepKind::ConsiderationOfCharges, "consideration_of_charges"},
        {LegalStepKind::Charges, "charges"},
        {LegalStepKind::CourtHearing, "court_hearing"},
        {LegalStepKind::Judgment, "judgment"},
        {LegalStepKind::Appeal, "appeal"},
        {LegalStepKind::CompensationClaim, "compensation_claim"},
        {LegalStepKind::LegalAidCounsel, "legal_aid_counsel"},
        {LegalStepKind::SupportPerson, "support_person"},
        {LegalStepKind::NonPunishmentRaised, "non_punishment_raised"},
    };
};

template<> struct EnumNames<ContactKind>
{
    static constexpr NameEntry<ContactKind> entries[] = {
        {ContactKind::Visit, "visit"},
        {ContactKind::Call, "call"},
        {ContactKind::Meeting, "meeting"},
        {ContactKind::Other, "other"},
    };
};

template<> struct EnumNames<ConsentStatus>
{
    static constexpr NameEntry<ConsentStatus> entries[] = {
        {ConsentStatus::Given, "given"},
        {ConsentStatus::Withdrawn, "withdrawn"},
    };
};

template<> struct EnumNames<DisclosureBasis>
{
    static constexpr NameEntry<DisclosureBasis> entries[] = {
        {DisclosureBasis::ClientConsent, "client_consent"},
        {DisclosureBasis::SeriousThreatDuty, "serious_threat_duty"},
        {DisclosureBasis::OtherLegalDuty, "other_legal_duty"},
    };
};

template<> struct EnumNames<EndReason>
{
    static constexpr NameEntry<EndReason> entries[] = {
        {EndReason::NoLongerNeedsHelp, "no_longer_needs_help"},
        {EndReason::MovedAbroad, "moved_abroad"},
        {EndReason::Returned, "returned"},
        {EndReason::DeclinedFurtherHelp, "declined_further_help"},
        {EndReason::Unreachable, "unreachable"},
        {EndReason::ServicesMovedToMunicipality, "services_moved_to_municipality"},
        {EndReason::Deceased, "deceased"},
    };
};

} // namespace majakka::domain
