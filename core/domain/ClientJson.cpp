#include "domain/ClientJson.h"

#include "domain/ClientJsonValue.h"
#include "domain/RecordJson.h"

#include <algorithm>

namespace majakka::domain {

namespace json {
std::string readElementId(ObjectReader& in)
{
    std::string id = in.text("id");
    const bool wellFormed
        = id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
              return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
          });
    if (!wellFormed) {
        throw Error(
            ErrorCode::Invalid,
            "\"" + in.pathOf("id")
                + "\" must be at most 64 lower-case letters, digits, '-' or '_' (or empty for a new entry)",
            in.pathOf("id"));
    }
    return id;
}
} // namespace json

using namespace json;

namespace {
template<typename T, typename Read>
std::optional<T> readObject(ObjectReader& parent, std::string_view key, Read read)
{
    const nlohmann::ordered_json* value = parent.get(key);
    if (!value) {
        return std::nullopt;
    }
    ObjectReader reader(*value, parent.pathOf(key));
    T result = read(reader);
    reader.finish();
    return result;
}

template<typename T> nlohmann::ordered_json objectOrNull(const std::optional<T>& value)
{
    return value ? write(*value) : nlohmann::ordered_json(nullptr);
}

std::vector<ReflectionPeriod> readReflectionPeriods(ObjectReader& in)
{
    std::vector<ReflectionPeriod> periods
        = readElements<ReflectionPeriod>(in, "previous_reflection_periods", readReflectionPeriod);
    const auto readWithId = [](ObjectReader& reader) {
        std::string id = readElementId(reader);
        ReflectionPeriod period = readReflectionPeriod(reader);
        period.id = std::move(id);
        return period;
    };
    if (auto latest = readObject<ReflectionPeriod>(in, "reflection_period", readWithId)) {
        periods.push_back(*latest);
    } else if (!periods.empty()) {
        throw Error(ErrorCode::Invalid,
                    "\"" + in.pathOf("reflection_period")
                        + "\" is missing: the latest reflection period goes there and only earlier ones in "
                          "previous_reflection_periods.",
                    in.pathOf("reflection_period"));
    }
    return periods;
}
} // namespace

nlohmann::ordered_json clientToJsonValue(const ClientRecord& record)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["id"] = record.id;
    out["number"]
        = record.number ? nlohmann::ordered_json(record.number->toString()) : nlohmann::ordered_json(nullptr);
    writePerson(record.person, out);
    out["referral"] = objectOrNull(record.referral);
    out["admission"] = objectOrNull(record.admission);
    out["exploitation"] = objectOrNull(record.exploitation);
    out["needs_assessment"] = objectOrNull(record.needsAssessment);
    out["measures"] = writeList(record.measures);
    const auto& periods = record.reflectionPeriods;
    out["reflection_period"]
        = periods.empty() ? nlohmann::ordered_json(nullptr) : writeElement(periods.back());
    out["previous_reflection_periods"] = periods.empty()
        ? nlohmann::ordered_json::array()
        : writeList(std::vector<ReflectionPeriod>(periods.begin(), periods.end() - 1));
    out["residence_matters"] = writeList(record.residenceMatters);
    out["legal_steps"] = writeList(record.legalSteps);
    out["contacts"] = writeList(record.contacts);
    out["consents"] = writeList(record.consents);
    out["disclosures"] = writeList(record.disclosures);
    out["serious_threats"] = writeList(record.seriousThreats);
    out["end"] = objectOrNull(record.end);
    out["reopenings"] = writeList(record.reopenings);
    return out;
}

ClientRecord clientFromJsonValue(const nlohmann::ordered_json& document, const std::string& path)
{
    ObjectReader in(document, path);
    ClientRecord record;
    record.id = in.text("id");
    const std::string number = in.text("number");
    if (!number.empty()) {
        record.number = ClientNumber::parse(number, in.pathOf("number"));
    }
    record.person = readPerson(in);
    record.referral = readObject<Referral>(in, "referral", readReferral);
    record.admission = readObject<AdmissionDecision>(in, "admission", readAdmission);
    record.exploitation = readObject<Exploitation>(in, "exploitation", readExploitation);
    record.needsAssessment = readObject<NeedsAssessment>(in, "needs_assessment", readNeedsAssessment);
    record.measures = readElements<SupportMeasure>(in, "measures", readMeasure);
    record.reflectionPeriods = readReflectionPeriods(in);
    record.residenceMatters = readElements<ResidenceMatter>(in, "residence_matters", readResidenceMatter);
    record.legalSteps = readElements<LegalStep>(in, "legal_steps", readLegalStep);
    record.contacts = readElements<Contact>(in, "contacts", readContact);
    record.consents = readElements<Consent>(in, "consents", readConsent);
    record.disclosures = readElements<Disclosure>(in, "disclosures", readDisclosure);
    record.seriousThreats = readElements<SeriousThreat>(in, "serious_threats", readSeriousThreat);
    record.end = readObject<EndOfAssistance>(in, "end", readEnd);
    record.reopenings = readElements<Reopening>(in, "reopenings", readReopening);
    in.finish();
    return record;
}

std::string clientToJson(const ClientRecord& record, int indent)
{
    return clientToJsonValue(record).dump(indent);
}

ClientRecord clientFromJson(std::string_view text)
{
    nlohmann::ordered_json document;
    try {
        document = nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::ordered_json::parse_error& error) {
        throw Error(ErrorCode::Invalid,
                    std::string("The client document is not valid JSON: ") + error.what());
    }
    return clientFromJsonValue(document);
}

} // namespace majakka::domain
