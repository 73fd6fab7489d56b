#include "domain/Person.h"

#include "Error.h"
#include "domain/TextRules.h"
#include "domain/UserName.h"

namespace majakka::domain {

void validate(const Person& person)
{
    if (person.givenNames.empty() && person.familyName.empty()) {
        throw Error(
            ErrorCode::Invalid,
            "A client needs a name: fill in \"given_names\" or \"family_name\" (a single known name goes "
            "in given_names).",
            "given_names");
    }
    text::checkText(person.givenNames, "given_names");
    text::checkText(person.familyName, "family_name");
    for (std::size_t i = 0; i < person.aliases.size(); ++i) {
        text::checkRequiredText(person.aliases[i], text::indexed("aliases", i));
    }
    text::checkCodeList(person.citizenships,
                        "citizenships",
                        &text::isCountryCode,
                        "an ISO 3166 country code of two capital letters such as FI");
    text::checkCodeList(person.languages,
                        "languages",
                        &text::isLanguageCode,
                        "an ISO 639 language code of two or three small letters such as fi or tgl");
    if (!person.phone.empty()) {
        text::checkPhone(person.phone, "phone");
    }
    if (!person.email.empty()) {
        text::checkEmail(person.email, "email");
    }
    text::checkText(person.address, "address", 500);
    text::checkText(person.municipality, "municipality");
    text::checkText(person.wellbeingCounty, "wellbeing_county");
    if (!person.worker.empty()) {
        try {
            validateUserName(person.worker);
        } catch (const Error& error) {
            throw Error(ErrorCode::Invalid,
                        std::string("\"worker\" is not a user name: ") + error.what() + ".",
                        "worker");
        }
    }
    text::checkText(person.parent, "parent");
}

} // namespace majakka::domain
