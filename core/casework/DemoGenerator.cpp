#include "casework/DemoGenerator.h"

#include "Error.h"
#include "casework/ClientService.h"
#include "casework/DemoCasePath.h"
#include "casework/DemoVocabulary.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include <random>
#include <utility>

namespace majakka {

using namespace domain;

namespace {
using namespace demo;

class Generator
{
public:
    Generator(std::uint32_t seed, Date today, const std::vector<std::string>& caseworkers)
        : m_random(seed)
        , m_today(today)
        , m_caseworkers(caseworkers)
    { }

    ClientRecord adult()
    {
        ClientRecord record;
        Person& person = record.person;
        person.kind = m_random.chance(0.04) ? ClientKind::Witness : ClientKind::Victim;
        const Date referred = referralDate(m_random, m_today);
        const bool inFinland = m_random.chance(0.4);
        const ExploitationForm form
            = m_random.weighted<ExploitationForm>({{ExploitationForm::ForcedLabour, 45},
                                                   {ExploitationForm::SexualExploitation, 30},
                                                   {ExploitationForm::ForcedMarriage, 7},
                                                   {ExploitationForm::ForcedCriminalActivity, 9},
                                                   {ExploitationForm::Begging, 3},
                                                   {ExploitationForm::Other, 6}});
        const int femalePercent = form == ExploitationForm::SexualExploitation ? 90
            : form == ExploitationForm::ForcedMarriage                         ? 85
                                                                               : 40;
        const int roll = m_random.between(0, 99);
        person.gender = roll < femalePercent ? Gender::Female
            : roll < 98                      ? Gender::Male
            : roll < 99                      ? Gender::Other
                                             : Gender::Unknown;

        const std::size_t originIndex = pickOrigin(m_random, inFinland);
        const Origin& origin = origins()[originIndex];
        nameAndOrigin(person, origin);
        person.birthDate = birthDate(m_random, ageAtReferral(form), referred);
        person.office = m_random.weighted<Office>(
            {{Office::Helsinki, 45}, {Office::Joutseno, 30}, {Office::Tampere, 15}, {Office::Oulu, 10}});
        residence(person, origin, form);
        assign(person);

        const ReferralSource source
            = m_random.weighted<ReferralSource>({{ReferralSource::Police, 20},
                                                 {ReferralSource::BorderGuard, 5},
                                                 {ReferralSource::ImmigrationService, 25},
                                                 {ReferralSource::VictimSupportFinland, 8},
                                                 {ReferralSource::OtherNgo, 15},
                                                 {ReferralSource::HealthSocialServices, 12},
                                                 {ReferralSource::OwnRequest, 10},
                                                 {ReferralSource::Other, 5}});
        Referral referral;
        referral.date = referred;
        referral.source = source;
        referral.emergency = m_random.chance(0.1);
        referral.channel = referral.emergency
            ? ReferralChannel::EmergencyPhone
            : m_random.weighted<ReferralChannel>({{ReferralChannel::Phone, 45},
                                                  {ReferralChannel::Hotline, 10},
                                                  {ReferralChannel::Email, 27},
                                                  {ReferralChannel::Letter, 2},
                                                  {ReferralChannel::InPerson, 13},
                                                  {ReferralChannel::Other, 3}});
        const std::string municipality = person.municipality.empty() ? "Helsinki" : person.municipality;
        referral.referrerOrganisation = referrerOrganisation(source, municipality);
        record.referral = referral;
        record.exploitation = exploitation(m_random, form, inFinland, referred);
        record.consents
            = {Consent {referred, "Referral to the Assistance System and services", ConsentStatus::Given}};
        if (person.kind == ClientKind::Victim && (source == ReferralSource::Police || m_random.chance(0.3))) {
            record.legalSteps.push_back(
                LegalStep {LegalStepKind::ReportToPolice, referred, "", std::nullopt});
        }
        m_casePath.admit(record);
        if (person.kind == ClientKind::Witness) {
            record.exploitation.reset(); // a witness assists the investigation of another's exploitation
        }
        return record;
    }

    // A victim's child in Finland, referred with or soon after the parent.
    ClientRecord child(const ClientRecord& parent, std::size_t parentIndex)
    {
        ClientRecord record;
        Person& person = record.person;
        person.kind = ClientKind::Child;
        person.parent = std::string(DemoGenerator::ParentReferencePrefix) + std::to_string(parentIndex);
        person.familyName = parent.person.familyName;
        const Origin* origin = &origins().front();
        for (const Origin& candidate : origins()) {
            if (!parent.person.citizenships.empty()
                && candidate.country == parent.person.citizenships.front()) {
                origin = &candidate;
            }
        }
        person.gender = m_random.chance(0.5) ? Gender::Female : Gender::Male;
        person.givenNames
            = m_random.pick(person.gender == Gender::Female ? origin->femaleNames : origin->maleNames);
        person.citizenships = parent.person.citizenships;
        person.languages = parent.person.languages;
        person.interpreterNeeded = false;
        person.office = parent.person.office;
        person.worker = parent.person.worker;
        person.municipality = parent.person.municipality;
        person.wellbeingCounty = parent.person.wellbeingCounty;
        person.address = parent.person.address;
        person.residenceStatus = parent.person.residenceStatus;
        person.housing = parent.person.housing;

        const Date parentAdmitted = parent.admission->date;
        const Date referred = clampTo(parentAdmitted.addDays(m_random.between(0, 40)), m_today);
        const Date admitted = clampTo(referred.addDays(m_random.between(0, 10)), m_today);
        person.birthDate = birthDate(m_random, m_random.between(0, 17), admitted);
        record.referral = Referral {
            referred, parent.referral->channel, ReferralSource::Other, false, "", "Referred with the parent"};
        record.admission = AdmissionDecision {
            admitted, AdmissionOutcome::Admitted, "A child of a client in Finland.", "", std::nullopt};
        record.consents
            = {Consent {referred, "Referral and services, given by the guardian", ConsentStatus::Given}};
        const Date horizon = parent.end ? std::max(parent.end->date, admitted) : m_today;
        if (parent.end) {
            record.end = EndOfAssistance {horizon, parent.end->reason, "Ended with the parent's assistance."};
        }
        const Date assessed = during(m_random, admitted, horizon, 14);
        record.needsAssessment
            = NeedsAssessment {assessed,
                               {NeedArea::Housing, NeedArea::Social, NeedArea::PhysicalHealth},
                               "Day care or school, health care, support for the family.",
                               assessed,
                               std::nullopt};
        m_casePath.addMeasure(record,
                              m_random.chance(0.5) ? SupportMeasureType::SocialServices
                                                   : SupportMeasureType::HealthCare,
                              admitted,
                              horizon);
        return record;
    }

private:
    int ageAtReferral(ExploitationForm form)
    {
        // Adults 18 to 60, most between 20 and 40.
        const int base
            = form == ExploitationForm::ForcedMarriage ? m_random.between(18, 30) : m_random.between(19, 42);
        return std::clamp(base + m_random.between(-1, 1) * m_random.between(0, 18), 18, 60);
    }

    void nameAndOrigin(Person& person, const Origin& origin)
    {
        const std::vector<std::string>& given = person.gender == Gender::Female ? origin.femaleNames
            : person.gender == Gender::Male                                     ? origin.maleNames
                                            : (m_random.chance(0.5) ? origin.femaleNames : origin.maleNames);
        person.givenNames = m_random.pick(given);
        if (origin.country == "FI" && m_random.chance(0.4)) {
            const std::string second = m_random.pick(given);
            if (second != person.givenNames) {
                person.givenNames += " " + second;
            }
        }
        person.familyName = m_random.pick(origin.familyNames);
        if (m_random.chance(0.08)) {
            person.aliases = {m_random.pick(given)};
        }
        person.citizenships = {origin.country};
        if (m_random.chance(0.03)) {
            person.citizenships.clear(); // not known, or stateless
        }
        person.languages = origin.languages;
        person.interpreterNeeded = origin.country != "FI" && m_random.chance(0.75);
        if (m_random.chance(0.6)) {
            person.phone = "+358 4" + std::to_string(m_random.between(0, 9)) + " "
                + std::to_string(m_random.between(100, 999)) + " "
                + std::to_string(m_random.between(1000, 9999));
        }
        if (m_random.chance(0.25)) {
            std::string local;
            for (char c : person.familyName) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    local += static_cast<char>(c | 0x20);
                }
            }
            person.email = (local.empty() ? "client" : local) + std::to_string(m_random.between(1, 999))
                + "@example.org";
        }
    }

    void residence(Person& person, const Origin& origin, ExploitationForm form)
    {
        const std::vector<Place> places = placesOf(person.office);
        if (m_random.chance(0.9)) {
            const Place& place = m_random.pick(places);
            person.municipality = place.municipality;
            person.wellbeingCounty = place.county;
        }
        if (origin.typicalStatus == ResidenceStatus::FinnishCitizen
            || origin.typicalStatus == ResidenceStatus::EuCitizen) {
            person.residenceStatus = origin.typicalStatus;
        } else if (m_random.chance(0.5)) {
            person.residenceStatus = origin.typicalStatus;
        } else {
            person.residenceStatus
                = m_random.weighted<ResidenceStatus>({{ResidenceStatus::NoPermit, 25},
                                                      {ResidenceStatus::AsylumSeeker, 25},
                                                      {ResidenceStatus::TemporaryPermit, 20},
                                                      {ResidenceStatus::ContinuousPermit, 10},
                                                      {ResidenceStatus::InternationalProtection, 10},
                                                      {ResidenceStatus::PermanentPermit, 5},
                                                      {ResidenceStatus::Unknown, 5}});
        }
        if (person.residenceStatus == ResidenceStatus::AsylumSeeker) {
            person.housing = HousingKind::ReceptionCentre;
        } else if (m_random.chance(0.8)) {
            person.housing = form == ExploitationForm::SexualExploitation && m_random.chance(0.5)
                ? HousingKind::Shelter
                : m_random.weighted<HousingKind>({{HousingKind::OwnHome, 5},
                                                  {HousingKind::Arranged, 3},
                                                  {HousingKind::Sheltered, 2},
                                                  {HousingKind::Shelter, 1}});
        }
        if (!person.municipality.empty() && m_random.chance(0.5)) {
            person.address
                = "Esimerkkikatu " + std::to_string(m_random.between(1, 80)) + ", " + person.municipality;
        }
    }

    void assign(Person& person)
    {
        if (m_caseworkers.empty()) {
            return;
        }
        person.worker = m_caseworkers[m_random.below(m_caseworkers.size())];
    }

    Random m_random;
    Date m_today;
    const std::vector<std::string>& m_caseworkers;
    CasePath m_casePath {m_random, m_today};
};

bool isParentReference(const std::string& parent)
{
    return parent.starts_with(DemoGenerator::ParentReferencePrefix);
}

} // namespace

std::vector<ClientRecord> DemoGenerator::generateClients(std::size_t count,
                                                         std::uint32_t seed,
                                                         Date today,
                                                         const std::vector<std::string>& caseworkers)
{
    Generator generator(seed, today, caseworkers);
    Random split(seed ^ 0x9e3779b9u);
    // About 22% are children; a child needs an admitted victim for a parent.
    std::size_t children = 0;
    for (std::size_t i = 0; i < count; ++i) {
        children += split.chance(0.22) ? 1 : 0;
    }
    std::vector<ClientRecord> records;
    records.reserve(count);
    while (records.size() < count - children) {
        records.push_back(generator.adult());
    }
    std::vector<std::size_t> parents;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (records[i].person.kind == ClientKind::Victim && records[i].isAdmitted()) {
            parents.push_back(i);
        }
    }
    while (records.size() < count) {
        if (parents.empty()) {
            records.push_back(generator.adult()); // no parent to link a child to
            continue;
        }
        const std::size_t parent = parents[split.below(parents.size())];
        records.push_back(generator.child(records[parent], parent));
    }
    return records;
}

std::size_t DemoGenerator::firstChild(const std::vector<ClientRecord>& records)
{
    const auto child = std::find_if(records.begin(), records.end(), [](const ClientRecord& record) {
        return record.person.kind == ClientKind::Child;
    });
    return static_cast<std::size_t>(child - records.begin());
}

void DemoGenerator::linkChildren(std::vector<ClientRecord>& children,
                                 const std::vector<ClientRecord>& storedParents)
{
    for (std::size_t i = 0; i < children.size(); ++i) {
        std::string& parent = children[i].person.parent;
        std::size_t index = storedParents.size();
        if (isParentReference(parent)) {
            try {
                index = static_cast<std::size_t>(std::stoul(parent.substr(ParentReferencePrefix.size())));
            } catch (const std::exception&) {
                index = storedParents.size();
            }
        }
        if (index >= storedParents.size() || storedParents[index].id.empty()) {
            throw Error(ErrorCode::Invalid,
                        "\"parent\" of demo child " + std::to_string(i) + " (\"" + parent
                            + "\") does not refer to a stored parent.",
                        "[" + std::to_string(i) + "].parent");
        }
        parent = storedParents[index].id;
    }
}

std::size_t DemoGenerator::addClients(ClientService& service,
                                      std::size_t count,
                                      std::uint32_t seed,
                                      domain::Date today,
                                      const std::vector<std::string>& caseworkers)
{
    std::vector<domain::ClientRecord> records = generateClients(count, seed, today, caseworkers);
    const auto split = static_cast<std::ptrdiff_t>(firstChild(records));
    std::vector<domain::ClientRecord> children(std::make_move_iterator(records.begin() + split),
                                               std::make_move_iterator(records.end()));
    records.erase(records.begin() + split, records.end());
    const std::vector<domain::ClientRecord> parents = service.importAll(std::move(records));
    // Children refer to their parents by id, which the store assigns: a second pass.
    linkChildren(children, parents);
    return parents.size() + service.importAll(std::move(children)).size();
}

} // namespace majakka
