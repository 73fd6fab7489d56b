#pragma once

// Internal to the domain's JSON conversion: include only from .cpp files.
// One writer and one reader per record type; the readers leave unknown keys to
// the caller's ObjectReader::finish().

#include "domain/ClientRecord.h"
#include "domain/JsonReader.h"

namespace majakka::domain::json {

// The person's keys sit at the top level of the client document.
void writePerson(const Person& person, nlohmann::ordered_json& out);
Person readPerson(ObjectReader& in);

nlohmann::ordered_json write(const Referral& referral);
Referral readReferral(ObjectReader& in);
nlohmann::ordered_json write(const AdmissionDecision& admission);
AdmissionDecision readAdmission(ObjectReader& in);
nlohmann::ordered_json write(const Exploitation& exploitation);
Exploitation readExploitation(ObjectReader& in);
nlohmann::ordered_json write(const NeedsAssessment& assessment);
NeedsAssessment readNeedsAssessment(ObjectReader& in);
nlohmann::ordered_json write(const SupportMeasure& measure);
SupportMeasure readMeasure(ObjectReader& in);
nlohmann::ordered_json write(const ReflectionPeriod& period);
ReflectionPeriod readReflectionPeriod(ObjectReader& in);

nlohmann::ordered_json write(const ResidenceMatter& matter);
ResidenceMatter readResidenceMatter(ObjectReader& in);
nlohmann::ordered_json write(const LegalStep& step);
LegalStep readLegalStep(ObjectReader& in);
nlohmann::ordered_json write(const Contact& contact);
Contact readContact(ObjectReader& in);
nlohmann::ordered_json write(const Consent& consent);
Consent readConsent(ObjectReader& in);
nlohmann::ordered_json write(const Disclosure& disclosure);
Disclosure readDisclosure(ObjectReader& in);
nlohmann::ordered_json write(const SeriousThreat& threat);
SeriousThreat readSeriousThreat(ObjectReader& in);
nlohmann::ordered_json write(const EndOfAssistance& end);
EndOfAssistance readEnd(ObjectReader& in);
nlohmann::ordered_json write(const Reopening& reopening);
Reopening readReopening(ObjectReader& in);

// An entry of one of the record's lists: its id first, then its own keys.
template<typename T> nlohmann::ordered_json writeElement(const T& item)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["id"] = item.id;
    const nlohmann::ordered_json fields = write(item);
    for (auto field = fields.begin(); field != fields.end(); ++field) {
        out[field.key()] = field.value();
    }
    return out;
}

template<typename T> nlohmann::ordered_json writeList(const std::vector<T>& items)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const T& item : items) {
        list.push_back(writeElement(item));
    }
    return list;
}

// Reads an entry's "id" (empty for a new entry): letters, digits, '-' and
// '_' only, since it becomes part of the field names of the operation log.
std::string readElementId(ObjectReader& in);

// Reads a list of entries with their ids; two entries with one id are refused.
template<typename T, typename Read>
std::vector<T> readElements(ObjectReader& parent, std::string_view key, Read read)
{
    std::vector<T> items = readList<T>(parent, key, [&](ObjectReader& in) {
        std::string id = readElementId(in);
        T item = read(in);
        item.id = std::move(id);
        return item;
    });
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (!items[i].id.empty() && items[i].id == items[j].id) {
                const std::string path = parent.pathOf(key) + "[" + std::to_string(i) + "].id";
                throw Error(ErrorCode::Invalid,
                            "\"" + path + "\" repeats the id of entry " + std::to_string(j) + " of the list",
                            path);
            }
        }
    }
    return items;
}

} // namespace majakka::domain::json
