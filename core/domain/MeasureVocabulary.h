#pragma once

#include "domain/EnumNames.h"

namespace majakka::domain {

// The service catalogue of the Assistance System.
enum class SupportMeasureType
{
    SafeHousing,
    HealthCare,
    SocialServices,
    ReceptionAllowance,
    SocialAssistance,
    LegalAid,
    LegalAdvice,
    SupportPerson,
    Interpreting,
    Translation,
    AssistedVoluntaryReturn,
    ResidencePermitSupport,
    Other,
};

enum class MeasureProvider
{
    AssistanceSystem,
    PurchasedPublic,
    PurchasedPrivate,
    MunicipalityCounty, // the client's municipality or wellbeing services county
};

enum class MeasureStatus
{
    Planned,
    Active,
    Ended,
    Declined, // offered and refused by the client: recorded, never forced
};

// What the needs assessment looks at.
enum class NeedArea
{
    Housing,
    PhysicalHealth,
    MentalHealth,
    Social,
    Financial,
    Legal,
    Safety,
    Language,
    Residence,
    Return,
};

template<> struct EnumNames<SupportMeasureType>
{
    static constexpr NameEntry<SupportMeasureType> entries[] = {
        {SupportMeasureType::SafeHousing, "safe_housing"},
        {SupportMeasureType::HealthCare, "health_care"},
        {SupportMeasureType::SocialServices, "social_services"},
        {SupportMeasureType::ReceptionAllowance, "reception_allowance"},
        {SupportMeasureType::SocialAssistance, "social_assistance"},
        {SupportMeasureType::LegalAid, "legal_aid"},
        {SupportMeasureType::LegalAdvice, "legal_advice"},
        {SupportMeasureType::SupportPerson, "support_person"},
        {SupportMeasureType::Interpreting, "interpreting"},
        {SupportMeasureType::Translation, "translation"},
        {SupportMeasureType::AssistedVoluntaryReturn, "assisted_voluntary_return"},
        {SupportMeasureType::ResidencePermitSupport, "residence_permit_support"},
        {SupportMeasureType::Other, "other"},
    };
};

template<> struct EnumNames<MeasureProvider>
{
    static constexpr NameEntry<MeasureProvider> entries[] = {
        {MeasureProvider::AssistanceSystem, "assistance_system"},
        {MeasureProvider::PurchasedPublic, "purchased_public"},
        {MeasureProvider::PurchasedPrivate, "purchased_private"},
        {MeasureProvider::MunicipalityCounty, "municipality_county"},
    };
};

template<> struct EnumNames<MeasureStatus>
{
    static constexpr NameEntry<MeasureStatus> entries[] = {
        {MeasureStatus::Planned, "planned"},
        {MeasureStatus::Active, "active"},
        {MeasureStatus::Ended, "ended"},
        {MeasureStatus::Declined, "declined"},
    };
};

template<> struct EnumNames<NeedArea>
{
    static constexpr NameEntry<NeedArea> entries[] = {
        {NeedArea::Housing, "housing"},
        {NeedArea::PhysicalHealth, "physical_health"},
        {NeedArea::MentalHealth, "mental_health"},
        {NeedArea::Social, "social"},
        {NeedArea::Financial, "financial"},
        {NeedArea::Legal, "legal"},
        {NeedArea::Safety, "safety"},
        {NeedArea::Language, "language"},
        {NeedArea::Residence, "residence"},
        {NeedArea::Return, "return"},
    };
};

} // namespace majakka::domain
