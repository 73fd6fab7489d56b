#pragma once

#include "domain/EnumNames.h"

namespace majakka::domain {

// Who proposed the admission.
enum class ReferralSource
{
    Police,
    BorderGuard,
    ImmigrationService,
    VictimSupportFinland,
    OtherNgo,
    HealthSocialServices,
    OwnRequest,
    Other,
};

// How the referral reached the Assistance System.
enum class ReferralChannel
{
    Phone,
    Hotline,
    EmergencyPhone,
    Email,
    Letter,
    InPerson,
    Other,
};

enum class AdmissionOutcome
{
    Admitted,
    NotAdmitted,
    Withdrawn,
};

// Where an appeal against an admission or removal decision stands.
enum class AppealOutcome
{
    Pending,
    Upheld, // the court kept the decision
    Overturned,
    Returned, // sent back for a new decision
    Withdrawn,
};

template<> struct EnumNames<ReferralSource>
{
    static constexpr NameEntry<ReferralSource> entries[] = {
        {ReferralSource::Police, "police"},
        {ReferralSource::BorderGuard, "border_guard"},
        {ReferralSource::ImmigrationService, "immigration_service"},
        {ReferralSource::VictimSupportFinland, "victim_support_finland"},
        {ReferralSource::OtherNgo, "other_ngo"},
        {ReferralSource::HealthSocialServices, "health_social_services"},
        {ReferralSource::OwnRequest, "own_request"},
        {ReferralSource::Other, "other"},
    };
};

template<> struct EnumNames<ReferralChannel>
{
    static constexpr NameEntry<ReferralChannel> entries[] = {
        {ReferralChannel::Phone, "phone"},
        {ReferralChannel::Hotline, "hotline"},
        {ReferralChannel::EmergencyPhone, "emergency_phone"},
        {ReferralChannel::Email, "email"},
        {ReferralChannel::Letter, "letter"},
        {ReferralChannel::InPerson, "in_person"},
        {ReferralChannel::Other, "other"},
    };
};

template<> struct EnumNames<AdmissionOutcome>
{
    static constexpr NameEntry<AdmissionOutcome> entries[] = {
        {AdmissionOutcome::Admitted, "admitted"},
        {AdmissionOutcome::NotAdmitted, "not_admitted"},
        {AdmissionOutcome::Withdrawn, "withdrawn"},
    };
};

template<> struct EnumNames<AppealOutcome>
{
    static constexpr NameEntry<AppealOutcome> entries[] = {
        {AppealOutcome::Pending, "pending"},
        {AppealOutcome::Upheld, "upheld"},
        {AppealOutcome::Overturned, "overturned"},
        {AppealOutcome::Returned, "returned"},
        {AppealOutcome::Withdrawn, "withdrawn"},
    };
};

} // namespace majakka::domain
