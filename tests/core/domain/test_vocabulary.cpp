#include "Error.h"
#include "domain/ExploitationVocabulary.h"
#include "domain/HotlineVocabulary.h"
#include "domain/MeasureVocabulary.h"
#include "domain/PersonVocabulary.h"
#include "domain/ProcessVocabulary.h"
#include "domain/ReferralVocabulary.h"

#include <catch2/catch.hpp>
#include <set>

using namespace majakka;
using namespace majakka::domain;

namespace {
// Every value has one name, every name is lower_snake_case and reads back to its value.
template<NamedEnum E> void checkTable(std::size_t expectedCount)
{
    std::set<std::string_view> names;
    std::set<E> values;
    for (const auto& entry : enumEntries<E>()) {
        CAPTURE(entry.name);
        CHECK(names.insert(entry.name).second);
        CHECK(values.insert(entry.value).second);
        for (char c : entry.name) {
            CHECK(((c >= 'a' && c <= 'z') || c == '_'));
        }
        CHECK(nameOf(entry.value) == entry.name);
        CHECK(enumFromName<E>(entry.name) == entry.value);
        CHECK(parseEnum<E>(entry.name, "field") == entry.value);
    }
    CHECK(names.size() == expectedCount);
    CHECK(allValues<E>().size() == expectedCount);
}
} // namespace

TEST_CASE("every enumeration has one stable lower_snake_case name per value", "[domain]")
{
    checkTable<ClientKind>(3);
    checkTable<Gender>(4);
    checkTable<ResidenceStatus>(9);
    checkTable<HousingKind>(5);
    checkTable<Office>(4);
    checkTable<ReferralSource>(8);
    checkTable<ReferralChannel>(7);
    checkTable<AdmissionOutcome>(3);
    checkTable<AppealOutcome>(5);
    checkTable<ExploitationForm>(6);
    checkTable<LabourIndustry>(8);
    checkTable<MeansOfControl>(16);
    checkTable<ExploiterRelation>(6);
    checkTable<SupportMeasureType>(13);
    checkTable<MeasureProvider>(4);
    checkTable<MeasureStatus>(4);
    checkTable<NeedArea>(10);
    checkTable<ReflectionGrantor>(3);
    checkTable<ResidenceMatterKind>(4);
    checkTable<ResidenceOutcome>(5);
    checkTable<LegalStepKind>(11);
    checkTable<ContactKind>(4);
    checkTable<ConsentStatus>(2);
    checkTable<DisclosureBasis>(3);
    checkTable<EndReason>(7);
    checkTable<HotlineCallerType>(7);
    checkTable<HotlineTopic>(8);
    checkTable<HotlineOutcome>(7);
}

TEST_CASE("the public names of the issue keep their spelling", "[domain]")
{
    CHECK(nameOf(ClientKind::Witness) == "witness");
    CHECK(nameOf(AdmissionOutcome::NotAdmitted) == "not_admitted");
    CHECK(nameOf(ReferralSource::VictimSupportFinland) == "victim_support_finland");
    CHECK(nameOf(ReferralChannel::EmergencyPhone) == "emergency_phone");
    CHECK(nameOf(SupportMeasureType::AssistedVoluntaryReturn) == "assisted_voluntary_return");
    CHECK(nameOf(EndReason::ServicesMovedToMunicipality) == "services_moved_to_municipality");
}

TEST_CASE("an unknown name is refused with the field and the allowed names", "[domain]")
{
    try {
        parseEnum<Gender>("femal", "gender");
        FAIL("accepted");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Invalid);
        CHECK(error.field() == "gender");
        const std::string message = error.what();
        CHECK(message.find("\"gender\"") != std::string::npos);
        CHECK(message.find("female, male, other, unknown") != std::string::npos);
        CHECK(message.find("femal\"") != std::string::npos);
    }
    CHECK_FALSE(enumFromName<Office>("Helsinki"));
    CHECK_THROWS_AS(parseEnum<MeasureStatus>("", "measures[0].status"), Error);
}

TEST_CASE("each office has its client-number prefix", "[domain]")
{
    CHECK(clientNumberPrefix(Office::Joutseno) == "JNS");
    CHECK(clientNumberPrefix(Office::Helsinki) == "HKI");
    CHECK(clientNumberPrefix(Office::Oulu) == "OUL");
    CHECK(clientNumberPrefix(Office::Tampere) == "TRE");
    for (Office office : allValues<Office>()) {
        CHECK(officeFromClientNumberPrefix(clientNumberPrefix(office)) == office);
    }
    CHECK_FALSE(officeFromClientNumberPrefix("hki"));
}
