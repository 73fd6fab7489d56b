#pragma once

#include "domain/EnumNames.h"

#include <optional>
#include <string_view>

namespace majakka::domain {

// Who the client is to the Assistance System.
enum class ClientKind
{
    Victim, // a presumed or identified victim
    Child, // a victim's underage child in Finland, a client in their own right
    Witness, // a person assisting the investigation of a trafficking offence
};

enum class Gender
{
    Female,
    Male,
    Other,
    Unknown,
};

enum class ResidenceStatus
{
    FinnishCitizen,
    EuCitizen, // EU/EEA citizen with a registered right of residence
    PermanentPermit,
    ContinuousPermit,
    TemporaryPermit,
    AsylumSeeker,
    InternationalProtection,
    NoPermit, // staying without a permit; the reflection period matters most here
    Unknown,
};

enum class HousingKind
{
    OwnHome,
    Arranged,
    Sheltered,
    Shelter,
    ReceptionCentre,
};

// The four offices of the Assistance System.
enum class Office
{
    Joutseno,
    Helsinki,
    Oulu,
    Tampere,
};

// The three letters client numbers start with: JNS, HKI, OUL, TRE.
std::string_view clientNumberPrefix(Office office);
std::optional<Office> officeFromClientNumberPrefix(std::string_view prefix);

template<> struct EnumNames<ClientKind>
{
    static constexpr NameEntry<ClientKind> entries[] = {
        {ClientKind::Victim, "victim"},
        {ClientKind::Child, "child"},
        {ClientKind::Witness, "witness"},
    };
};

template<> struct EnumNames<Gender>
{
    static constexpr NameEntry<Gender> entries[] = {
        {Gender::Female, "female"},
        {Gender::Male, "male"},
        {Gender::Other, "other"},
        {Gender::Unknown, "unknown"},
    };
};

template<> struct EnumNames<ResidenceStatus>
{
    static constexpr NameEntry<ResidenceStatus> entries[] = {
        {ResidenceStatus::FinnishCitizen, "finnish_citizen"},
        {ResidenceStatus::EuCitizen, "eu_citizen"},
        {ResidenceStatus::PermanentPermit, "permanent_permit"},
        {ResidenceStatus::ContinuousPermit, "continuous_permit"},
        {ResidenceStatus::TemporaryPermit, "temporary_permit"},
        {ResidenceStatus::AsylumSeeker, "asylum_seeker"},
        {ResidenceStatus::InternationalProtection, "international_protection"},
        {ResidenceStatus::NoPermit, "no_permit"},
        {ResidenceStatus::Unknown, "unknown"},
    };
};

template<> struct EnumNames<HousingKind>
{
    static constexpr NameEntry<HousingKind> entries[] = {
        {HousingKind::OwnHome, "own_home"},
        {HousingKind::Arranged, "arranged"},
        {HousingKind::Sheltered, "sheltered"},
        {HousingKind::Shelter, "shelter"},
        {HousingKind::ReceptionCentre, "reception_centre"},
    };
};

template<> struct EnumNames<Office>
{
    static constexpr NameEntry<Office> entries[] = {
        {Office::Joutseno, "joutseno"},
        {Office::Helsinki, "helsinki"},
        {Office::Oulu, "oulu"},
        {Office::Tampere, "tampere"},
    };
};

} // namespace majakka::domain
