#pragma once

#include "domain/PartialDate.h"
#include "domain/PersonVocabulary.h"
#include "domain/PersonalIdentityCode.h"

#include <optional>
#include <string>
#include <vector>

namespace majakka::domain {

// Who the client is. Empty strings mean "not recorded".
struct Person
{
    ClientKind kind = ClientKind::Victim;
    std::string givenNames;
    std::string familyName;
    std::vector<std::string> aliases;
    PartialDate birthDate;
    Gender gender = Gender::Unknown;
    std::optional<PersonalIdentityCode> personalId;
    std::vector<std::string> citizenships; // ISO 3166-1 alpha-2, e.g. "FI"
    std::vector<std::string> languages; // ISO 639-1 or 639-2, e.g. "fi", "tgl"
    bool interpreterNeeded = false;
    std::string phone;
    std::string email;
    std::string address;
    std::string municipality; // municipality of residence; empty when the client has none
    std::string wellbeingCounty;
    ResidenceStatus residenceStatus = ResidenceStatus::Unknown;
    std::optional<HousingKind> housing;
    Office office = Office::Helsinki;
    std::string worker; // the assigned worker's user name; empty until assigned
    std::string parent; // the parent client's id, for a child

    bool operator==(const Person&) const = default;
};

// Checks the person's own fields (names, codes, contact details); field paths
// are the top-level JSON keys. Throws Error(Invalid, sentence, field).
void validate(const Person& person);

} // namespace majakka::domain
