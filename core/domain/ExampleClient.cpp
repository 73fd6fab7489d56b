#include "domain/ClientJson.h"

namespace majakka::domain {

// A victim of forced labour in Finland, referred by the police, admitted,
// with services, a reflection period, a legal process and contacts. Dated
// back from `today` so that it stays valid whenever the template is printed.
ClientRecord exampleClient(Date today)
{
    const Date referred = today.addDays(-60);
    const Date admitted = today.addDays(-55);

    ClientRecord record;
    Person& person = record.person;
    person.kind = ClientKind::Victim;
    person.givenNames = "Maria Elena";
    person.familyName = "Santos";
    person.aliases = {"Mari"};
    person.birthDate = PartialDate::yearOnly(today.year() - 31);
    person.gender = Gender::Female;
    person.citizenships = {"PH"};
    person.languages = {"tl", "en"};
    person.interpreterNeeded = true;
    person.phone = "+358 40 123 4567";
    person.email = "maria.santos@example.org";
    person.address = "Esimerkkikatu 1 A 2, 00100 Helsinki";
    person.municipality = "Helsinki";
    person.wellbeingCounty = "Helsinki";
    person.residenceStatus = ResidenceStatus::NoPermit;
    person.housing = HousingKind::Sheltered;
    person.office = Office::Helsinki;
    person.worker = "kaisa";

    record.referral = Referral {referred,
                                ReferralChannel::Phone,
                                ReferralSource::Police,
                                false,
                                "Helsinki Police Department",
                                "Detective sergeant, +358 29 000 0000"};
    record.admission = AdmissionDecision {admitted,
                                          AdmissionOutcome::Admitted,
                                          "Signs of forced labour in a restaurant.",
                                          "office_worker_1",
                                          std::nullopt};
    record.exploitation = Exploitation {{ExploitationForm::ForcedLabour},
                                        LabourIndustry::Restaurants,
                                        true,
                                        "",
                                        today.addMonths(-30),
                                        today.addMonths(-3),
                                        {MeansOfControl::DebtBondage, MeansOfControl::WithholdsDocuments},
                                        ExploiterRelation::Employer};
    record.needsAssessment
        = NeedsAssessment {admitted.addDays(3),
                           {NeedArea::Housing, NeedArea::Legal, NeedArea::Residence},
                           "Sheltered housing, legal aid counsel, support with a residence permit.",
                           admitted.addDays(3),
                           admitted.addMonths(6)};
    record.measures = {
        SupportMeasure {SupportMeasureType::SafeHousing,
                        MeasureProvider::PurchasedPrivate,
                        MeasureStatus::Active,
                        admitted.addDays(3),
                        std::nullopt,
                        false,
                        ""},
        SupportMeasure {SupportMeasureType::LegalAid,
                        MeasureProvider::AssistanceSystem,
                        MeasureStatus::Active,
                        admitted.addDays(10),
                        std::nullopt,
                        false,
                        ""},
        SupportMeasure {SupportMeasureType::AssistedVoluntaryReturn,
                        MeasureProvider::AssistanceSystem,
                        MeasureStatus::Declined,
                        admitted.addDays(10),
                        std::nullopt,
                        false,
                        "The client wants to stay."},
    };
    record.reflectionPeriods = {ReflectionPeriod {
        admitted, admitted.addMonths(6), ReflectionGrantor::AssistanceSystem, admitted.addDays(20)}};
    record.residenceMatters = {ResidenceMatter {ResidenceMatterKind::ResidencePermit,
                                                admitted.addDays(20),
                                                ResidenceOutcome::Pending,
                                                today.addMonths(3),
                                                std::nullopt,
                                                ""}};
    record.legalSteps = {
        LegalStep {LegalStepKind::ReportToPolice, referred, "The client chose to report.", std::nullopt},
        LegalStep {LegalStepKind::LegalAidCounsel, admitted.addDays(10), "Counsel appointed.", std::nullopt},
        LegalStep {LegalStepKind::PreTrialInvestigation, admitted.addDays(15), "", today.addMonths(4)},
    };
    record.contacts = {Contact {ContactKind::Visit,
                                admitted.addDays(3),
                                "Helsinki",
                                "kaisa",
                                true,
                                "Needs assessment with an interpreter."}};
    record.consents
        = {Consent {referred, "Referral to the Assistance System and services", ConsentStatus::Given}};
    record.disclosures = {Disclosure {admitted.addDays(10),
                                      "Legal aid counsel",
                                      "Contact details and the case summary",
                                      DisclosureBasis::ClientConsent}};
    return record;
}

} // namespace majakka::domain
