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

template<typename T> nlohmann::ordered_json writeList(const std::vector<T>& items)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const T& item : items) {
        list.push_back(write(item));
    }
    return list;
}

} // namespace majakka::domain::json
