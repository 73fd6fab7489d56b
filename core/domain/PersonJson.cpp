#include "domain/RecordJson.h"

namespace majakka::domain::json {

void writePerson(const Person& person, nlohmann::ordered_json& out)
{
    out["kind"] = name(person.kind);
    out["given_names"] = person.givenNames;
    out["family_name"] = person.familyName;
    out["aliases"] = person.aliases;
    const auto birth = person.birthDate.toString();
    out["birth_date"] = birth ? nlohmann::ordered_json(*birth) : nlohmann::ordered_json(nullptr);
    out["gender"] = name(person.gender);
    out["personal_id"] = person.personalId ? nlohmann::ordered_json(person.personalId->text())
                                           : nlohmann::ordered_json(nullptr);
    out["citizenships"] = person.citizenships;
    out["languages"] = person.languages;
    out["interpreter_needed"] = person.interpreterNeeded;
    out["phone"] = person.phone;
    out["email"] = person.email;
    out["address"] = person.address;
    out["municipality"] = person.municipality;
    out["wellbeing_county"] = person.wellbeingCounty;
    out["residence_status"] = name(person.residenceStatus);
    out["housing"] = enumOrNull(person.housing);
    out["office"] = name(person.office);
    out["worker"] = person.worker;
    out["parent"] = person.parent;
}

Person readPerson(ObjectReader& in)
{
    Person person;
    person.kind = in.enumValue<ClientKind>("kind");
    person.givenNames = in.text("given_names");
    person.familyName = in.text("family_name");
    person.aliases = in.textList("aliases");
    if (const nlohmann::ordered_json* birth = in.get("birth_date")) {
        person.birthDate = PartialDate::parse(ObjectReader::stringOf(*birth, in.pathOf("birth_date")),
                                              in.pathOf("birth_date"));
    }
    person.gender = in.enumValue<Gender>("gender", Gender::Unknown);
    if (const nlohmann::ordered_json* code = in.get("personal_id")) {
        const std::string text = ObjectReader::stringOf(*code, in.pathOf("personal_id"));
        if (!text.empty()) {
            person.personalId = PersonalIdentityCode::parse(text, in.pathOf("personal_id"));
        }
    }
    person.citizenships = in.textList("citizenships");
    person.languages = in.textList("languages");
    person.interpreterNeeded = in.boolean("interpreter_needed");
    person.phone = in.text("phone");
    person.email = in.text("email");
    person.address = in.text("address");
    person.municipality = in.text("municipality");
    person.wellbeingCounty = in.text("wellbeing_county");
    person.residenceStatus = in.enumValue<ResidenceStatus>("residence_status", ResidenceStatus::Unknown);
    person.housing = in.optionalEnum<HousingKind>("housing");
    person.office = in.enumValue<Office>("office");
    person.worker = in.text("worker");
    person.parent = in.text("parent");
    return person;
}

} // namespace majakka::domain::json
