#pragma once

#include "domain/EnumNames.h"

namespace majakka::domain {

// The 24/7 hotline logs anonymous calls with these words only, never personal data.
enum class HotlineCallerType
{
    PossibleVictim,
    RelativeOrFriend,
    Authority,
    Organisation,
    Employer,
    Other,
    Unknown,
};

enum class HotlineTopic
{
    LabourExploitation,
    SexualExploitation,
    ForcedMarriage,
    ForcedCriminalActivity,
    Begging,
    ServicesOfAssistanceSystem,
    GeneralInformation,
    Other,
};

enum class HotlineOutcome
{
    InformationGiven,
    ReferralToAssistanceSystem,
    ReferredElsewhere,
    EmergencyServicesAlerted,
    NoActionNeeded,
    CallInterrupted,
    Other,
};

template<> struct EnumNames<HotlineCallerType>
{
    static constexpr NameEntry<HotlineCallerType> entries[] = {
        {HotlineCallerType::PossibleVictim, "possible_victim"},
        {HotlineCallerType::RelativeOrFriend, "relative_or_friend"},
        {HotlineCallerType::Authority, "authority"},
        {HotlineCallerType::Organisation, "organisation"},
        {HotlineCallerType::Employer, "employer"},
        {HotlineCallerType::Other, "other"},
        {HotlineCallerType::Unknown, "unknown"},
    };
};

template<> struct EnumNames<HotlineTopic>
{
    static constexpr NameEntry<HotlineTopic> entries[] = {
        {HotlineTopic::LabourExploitation, "labour_exploitation"},
        {HotlineTopic::SexualExploitation, "sexual_exploitation"},
        {HotlineTopic::ForcedMarriage, "forced_marriage"},
        {HotlineTopic::ForcedCriminalActivity, "forced_criminal_activity"},
        {HotlineTopic::Begging, "begging"},
        {HotlineTopic::ServicesOfAssistanceSystem, "services_of_assistance_system"},
        {HotlineTopic::GeneralInformation, "general_information"},
        {HotlineTopic::Other, "other"},
    };
};

template<> struct EnumNames<HotlineOutcome>
{
    static constexpr NameEntry<HotlineOutcome> entries[] = {
        {HotlineOutcome::InformationGiven, "information_given"},
        {HotlineOutcome::ReferralToAssistanceSystem, "referral_to_assistance_system"},
        {HotlineOutcome::ReferredElsewhere, "referred_elsewhere"},
        {HotlineOutcome::EmergencyServicesAlerted, "emergency_services_alerted"},
        {HotlineOutcome::NoActionNeeded, "no_action_needed"},
        {HotlineOutcome::CallInterrupted, "call_interrupted"},
        {HotlineOutcome::Other, "other"},
    };
};

} // namespace majakka::domain
