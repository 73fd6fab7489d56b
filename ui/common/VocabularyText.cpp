#include "ui/common/VocabularyText.h"

#include "domain/Deadlines.h"
#include "domain/ExploitationVocabulary.h"
#include "domain/MeasureVocabulary.h"
#include "domain/PersonVocabulary.h"
#include "domain/ProcessVocabulary.h"
#include "domain/ReferralVocabulary.h"
#include "ui/reports/DocumentLanguage.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>

namespace majakka::ui {

namespace {

struct Word
{
    std::string_view name; // the core's stable name
    const char* text; // English, marked for lupdate under the enumeration's name
};

template<typename E> struct Words;

template<> struct Words<domain::ClientKind>
{
    static constexpr const char* context = "ClientKind";
    static constexpr Word entries[] = {
        {"victim", QT_TRANSLATE_NOOP("ClientKind", "Victim")},
        {"child", QT_TRANSLATE_NOOP("ClientKind", "Child")},
        {"witness", QT_TRANSLATE_NOOP("ClientKind", "Witness")},
    };
};

template<> struct Words<domain::Gender>
{
    static constexpr const char* context = "Gender";
    static constexpr Word entries[] = {
        {"female", QT_TRANSLATE_NOOP("Gender", "Female")},
        {"male", QT_TRANSLATE_NOOP("Gender", "Male")},
        {"other", QT_TRANSLATE_NOOP("Gender", "Other")},
        {"unknown", QT_TRANSLATE_NOOP("Gender", "Unknown")},
    };
};

template<> struct Words<domain::ResidenceStatus>
{
    static constexpr const char* context = "ResidenceStatus";
    static constexpr Word entries[] = {
        {"finnish_citizen", QT_TRANSLATE_NOOP("ResidenceStatus", "Finnish citizen")},
        {"eu_citizen", QT_TRANSLATE_NOOP("ResidenceStatus", "EU citizen")},
        {"permanent_permit", QT_TRANSLATE_NOOP("ResidenceStatus", "Permanent residence permit")},
        {"continuous_permit", QT_TRANSLATE_NOOP("ResidenceStatus", "Continuous residence permit")},
        {"temporary_permit", QT_TRANSLATE_NOOP("ResidenceStatus", "Temporary residence permit")},
        {"asylum_seeker", QT_TRANSLATE_NOOP("ResidenceStatus", "Asylum seeker")},
        {"international_protection", QT_TRANSLATE_NOOP("ResidenceStatus", "International protection")},
        {"no_permit", QT_TRANSLATE_NOOP("ResidenceStatus", "No residence permit")},
        {"unknown", QT_TRANSLATE_NOOP("ResidenceStatus", "Unknown")},
    };
};

template<> struct Words<domain::HousingKind>
{
    static constexpr const char* context = "HousingKind";
    static constexpr Word entries[] = {
        {"own_home", QT_TRANSLATE_NOOP("HousingKind", "Own home")},
        {"arranged", QT_TRANSLATE_NOOP("HousingKind", "Arranged housing")},
        {"sheltered", QT_TRANSLATE_NOOP("HousingKind", "Sheltered housing")},
        {"shelter", QT_TRANSLATE_NOOP("HousingKind", "Shelter")},
        {"reception_centre", QT_TRANSLATE_NOOP("HousingKind", "Reception centre")},
    };
};

template<> struct Words<domain::Office>
{
    static constexpr const char* context = "Office";
    static constexpr Word entries[] = {
        {"joutseno", QT_TRANSLATE_NOOP("Office", "Joutseno")},
        {"helsinki", QT_TRANSLATE_NOOP("Office", "Helsinki")},
        {"oulu", QT_TRANSLATE_NOOP("Office", "Oulu")},
        {"tampere", QT_TRANSLATE_NOOP("Office", "Tampere")},
    };
};

template<> struct Words<domain::ReferralSource>
{
    static constexpr const char* context = "ReferralSource";
    static constexpr Word entries[] = {
        {"police", QT_TRANSLATE_NOOP("ReferralSource", "Police")},
        {"border_guard", QT_TRANSLATE_NOOP("ReferralSource", "Border Guard")},
        {"immigration_service", QT_TRANSLATE_NOOP("ReferralSource", "Finnish Immigration Service")},
        {"victim_support_finland", QT_TRANSLATE_NOOP("ReferralSource", "Victim Support Finland")},
        {"other_ngo", QT_TRANSLATE_NOOP("ReferralSource", "Other organisation")},
        {"health_social_services", QT_TRANSLATE_NOOP("ReferralSource", "Health or social services")},
        {"own_request", QT_TRANSLATE_NOOP("ReferralSource", "The person themself")},
        {"other", QT_TRANSLATE_NOOP("ReferralSource", "Other")},
    };
};

template<> struct Words<domain::ReferralChannel>
{
    static constexpr const char* context = "ReferralChannel";
    static constexpr Word entries[] = {
        {"phone", QT_TRANSLATE_NOOP("ReferralChannel", "Phone")},
        {"hotline", QT_TRANSLATE_NOOP("ReferralChannel", "24/7 hotline")},
        {"emergency_phone", QT_TRANSLATE_NOOP("ReferralChannel", "Emergency phone")},
        {"email", QT_TRANSLATE_NOOP("ReferralChannel", "Email")},
        {"letter", QT_TRANSLATE_NOOP("ReferralChannel", "Letter")},
        {"in_person", QT_TRANSLATE_NOOP("ReferralChannel", "In person")},
        {"other", QT_TRANSLATE_NOOP("ReferralChannel", "Other")},
    };
};

template<> struct Words<domain::AdmissionOutcome>
{
    static constexpr const char* context = "AdmissionOutcome";
    static constexpr Word entries[] = {
        {"admitted", QT_TRANSLATE_NOOP("AdmissionOutcome", "Admitted")},
        {"not_admitted", QT_TRANSLATE_NOOP("AdmissionOutcome", "Not admitted")},
        {"withdrawn", QT_TRANSLATE_NOOP("AdmissionOutcome", "Withdrawn")},
    };
};

template<> struct Words<domain::AppealOutcome>
{
    static constexpr const char* context = "AppealOutcome";
    static constexpr Word entries[] = {
        {"pending", QT_TRANSLATE_NOOP("AppealOutcome", "Pending")},
        {"upheld", QT_TRANSLATE_NOOP("AppealOutcome", "Decision upheld")},
        {"overturned", QT_TRANSLATE_NOOP("AppealOutcome", "Decision overturned")},
        {"returned", QT_TRANSLATE_NOOP("AppealOutcome", "Returned for a new decision")},
        {"withdrawn", QT_TRANSLATE_NOOP("AppealOutcome", "Withdrawn")},
    };
};

template<> struct Words<domain::ExploitationForm>
{
    static constexpr const char* context = "ExploitationForm";
    static constexpr Word entries[] = {
        {"forced_labour", QT_TRANSLATE_NOOP("ExploitationForm", "Forced labour")},
        {"sexual_exploitation", QT_TRANSLATE_NOOP("ExploitationForm", "Sexual exploitation")},
        {"forced_marriage", QT_TRANSLATE_NOOP("ExploitationForm", "Forced marriage")},
        {"forced_criminal_activity", QT_TRANSLATE_NOOP("ExploitationForm", "Forced criminal activity")},
        {"begging", QT_TRANSLATE_NOOP("ExploitationForm", "Begging")},
        {"other", QT_TRANSLATE_NOOP("ExploitationForm", "Other")},
    };
};

template<> struct Words<domain::LabourIndustry>
{
    static constexpr const char* context = "LabourIndustry";
    static constexpr Word entries[] = {
        {"restaurants", QT_TRANSLATE_NOOP("LabourIndustry", "Restaurants")},
        {"cleaning", QT_TRANSLATE_NOOP("LabourIndustry", "Cleaning")},
        {"agriculture", QT_TRANSLATE_NOOP("LabourIndustry", "Agriculture")},
        {"construction", QT_TRANSLATE_NOOP("LabourIndustry", "Construction")},
        {"domestic_work", QT_TRANSLATE_NOOP("LabourIndustry", "Domestic work")},
        {"beauty", QT_TRANSLATE_NOOP("LabourIndustry", "Beauty")},
        {"transport", QT_TRANSLATE_NOOP("LabourIndustry", "Transport")},
        {"other", QT_TRANSLATE_NOOP("LabourIndustry", "Other")},
    };
};

template<> struct Words<domain::MeansOfControl>
{
    static constexpr const char* context = "MeansOfControl";
    static constexpr Word entries[] = {
        {"debt_bondage", QT_TRANSLATE_NOOP("MeansOfControl", "Debt bondage")},
        {"takes_earnings", QT_TRANSLATE_NOOP("MeansOfControl", "Takes earnings")},
        {"restricts_financial_access", QT_TRANSLATE_NOOP("MeansOfControl", "Restricts access to money")},
        {"threats", QT_TRANSLATE_NOOP("MeansOfControl", "Threats")},
        {"psychological_abuse", QT_TRANSLATE_NOOP("MeansOfControl", "Psychological abuse")},
        {"physical_abuse", QT_TRANSLATE_NOOP("MeansOfControl", "Physical abuse")},
        {"sexual_abuse", QT_TRANSLATE_NOOP("MeansOfControl", "Sexual abuse")},
        {"false_promises", QT_TRANSLATE_NOOP("MeansOfControl", "False promises")},
        {"psychoactive_substances", QT_TRANSLATE_NOOP("MeansOfControl", "Psychoactive substances")},
        {"restricts_movement", QT_TRANSLATE_NOOP("MeansOfControl", "Restricts movement")},
        {"restricts_medical_care", QT_TRANSLATE_NOOP("MeansOfControl", "Restricts medical care")},
        {"excessive_working_hours", QT_TRANSLATE_NOOP("MeansOfControl", "Excessive working hours")},
        {"uses_children", QT_TRANSLATE_NOOP("MeansOfControl", "Uses children")},
        {"threat_of_law_enforcement", QT_TRANSLATE_NOOP("MeansOfControl", "Threat of law enforcement")},
        {"withholds_necessities", QT_TRANSLATE_NOOP("MeansOfControl", "Withholds necessities")},
        {"withholds_documents", QT_TRANSLATE_NOOP("MeansOfControl", "Withholds documents")},
    };
};

template<> struct Words<domain::ExploiterRelation>
{
    static constexpr const char* context = "ExploiterRelation";
    static constexpr Word entries[] = {
        {"intimate_partner", QT_TRANSLATE_NOOP("ExploiterRelation", "Intimate partner")},
        {"friend", QT_TRANSLATE_NOOP("ExploiterRelation", "Friend")},
        {"family", QT_TRANSLATE_NOOP("ExploiterRelation", "Family")},
        {"employer", QT_TRANSLATE_NOOP("ExploiterRelation", "Employer")},
        {"other", QT_TRANSLATE_NOOP("ExploiterRelation", "Other")},
        {"unknown", QT_TRANSLATE_NOOP("ExploiterRelation", "Unknown")},
    };
};

template<> struct Words<domain::NeedArea>
{
    static constexpr const char* context = "NeedArea";
    static constexpr Word entries[] = {
        {"housing", QT_TRANSLATE_NOOP("NeedArea", "Housing")},
        {"physical_health", QT_TRANSLATE_NOOP("NeedArea", "Physical health")},
        {"mental_health", QT_TRANSLATE_NOOP("NeedArea", "Mental health")},
        {"social", QT_TRANSLATE_NOOP("NeedArea", "Social situation")},
        {"financial", QT_TRANSLATE_NOOP("NeedArea", "Finances")},
        {"legal", QT_TRANSLATE_NOOP("NeedArea", "Legal matters")},
        {"safety", QT_TRANSLATE_NOOP("NeedArea", "Safety")},
        {"language", QT_TRANSLATE_NOOP("NeedArea", "Language")},
        {"residence", QT_TRANSLATE_NOOP("NeedArea", "Right of residence")},
        {"return", QT_TRANSLATE_NOOP("NeedArea", "Return")},
    };
};

template<> struct Words<domain::SupportMeasureType>
{
    static constexpr const char* context = "SupportMeasureType";
    static constexpr Word entries[] = {
        {"safe_housing", QT_TRANSLATE_NOOP("SupportMeasureType", "Safe housing")},
        {"health_care", QT_TRANSLATE_NOOP("SupportMeasureType", "Health care")},
        {"social_services", QT_TRANSLATE_NOOP("SupportMeasureType", "Social services")},
        {"reception_allowance", QT_TRANSLATE_NOOP("SupportMeasureType", "Reception allowance")},
        {"social_assistance", QT_TRANSLATE_NOOP("SupportMeasureType", "Social assistance")},
        {"legal_aid", QT_TRANSLATE_NOOP("SupportMeasureType", "Legal aid")},
        {"legal_advice", QT_TRANSLATE_NOOP("SupportMeasureType", "Legal advice")},
        {"support_person", QT_TRANSLATE_NOOP("SupportMeasureType", "Support person")},
        {"interpreting", QT_TRANSLATE_NOOP("SupportMeasureType", "Interpreting")},
        {"translation", QT_TRANSLATE_NOOP("SupportMeasureType", "Translation")},
        {"assisted_voluntary_return", QT_TRANSLATE_NOOP("SupportMeasureType", "Voluntary assisted return")},
        {"residence_permit_support",
         QT_TRANSLATE_NOOP("SupportMeasureType", "Support in applying for a residence permit")},
        {"other", QT_TRANSLATE_NOOP("SupportMeasureType", "Other")},
    };
};

template<> struct Words<domain::MeasureProvider>
{
    static constexpr const char* context = "MeasureProvider";
    static constexpr Word entries[] = {
        {"assistance_system", QT_TRANSLATE_NOOP("MeasureProvider", "Assistance System")},
        {"purchased_public", QT_TRANSLATE_NOOP("MeasureProvider", "Bought from a public organisation")},
        {"purchased_private", QT_TRANSLATE_NOOP("MeasureProvider", "Bought from a private organisation")},
        {"municipality_county",
         QT_TRANSLATE_NOOP("MeasureProvider", "Municipality or wellbeing services county")},
    };
};

template<> struct Words<domain::MeasureStatus>
{
    static constexpr const char* context = "MeasureStatus";
    static constexpr Word entries[] = {
        {"planned", QT_TRANSLATE_NOOP("MeasureStatus", "Planned")},
        {"active", QT_TRANSLATE_NOOP("MeasureStatus", "Active")},
        {"ended", QT_TRANSLATE_NOOP("MeasureStatus", "Ended")},
        {"declined", QT_TRANSLATE_NOOP("MeasureStatus", "Declined by the client")},
    };
};

template<> struct Words<domain::ReflectionGrantor>
{
    static constexpr const char* context = "ReflectionGrantor";
    static constexpr Word entries[] = {
        {"assistance_system", QT_TRANSLATE_NOOP("ReflectionGrantor", "Assistance System")},
        {"police", QT_TRANSLATE_NOOP("ReflectionGrantor", "Police")},
        {"border_guard", QT_TRANSLATE_NOOP("ReflectionGrantor", "Border Guard")},
    };
};

template<> struct Words<domain::ResidenceMatterKind>
{
    static constexpr const char* context = "ResidenceMatterKind";
    static constexpr Word entries[] = {
        {"residence_permit", QT_TRANSLATE_NOOP("ResidenceMatterKind", "Residence permit")},
        {"asylum", QT_TRANSLATE_NOOP("ResidenceMatterKind", "Asylum")},
        {"voluntary_return", QT_TRANSLATE_NOOP("ResidenceMatterKind", "Voluntary return")},
        {"other", QT_TRANSLATE_NOOP("ResidenceMatterKind", "Other")},
    };
};

template<> struct Words<domain::ResidenceOutcome>
{
    static constexpr const char* context = "ResidenceOutcome";
    static constexpr Word entries[] = {
        {"pending", QT_TRANSLATE_NOOP("ResidenceOutcome", "Pending")},
        {"granted", QT_TRANSLATE_NOOP("ResidenceOutcome", "Granted")},
        {"refused", QT_TRANSLATE_NOOP("ResidenceOutcome", "Refused")},
        {"withdrawn", QT_TRANSLATE_NOOP("ResidenceOutcome", "Withdrawn")},
        {"completed", QT_TRANSLATE_NOOP("ResidenceOutcome", "Completed")},
    };
};

template<> struct Words<domain::LegalStepKind>
{
    static constexpr const char* context = "LegalStepKind";
    static constexpr Word entries[] = {
        {"report_to_police", QT_TRANSLATE_NOOP("LegalStepKind", "Report to the police")},
        {"pre_trial_investigation", QT_TRANSLATE_NOOP("LegalStepKind", "Pre-trial investigation")},
        {"consideration_of_charges", QT_TRANSLATE_NOOP("LegalStepKind", "Consideration of charges")},
        {"charges", QT_TRANSLATE_NOOP("LegalStepKind", "Charges")},
        {"court_hearing", QT_TRANSLATE_NOOP("LegalStepKind", "Court hearing")},
        {"judgment", QT_TRANSLATE_NOOP("LegalStepKind", "Judgment")},
        {"appeal", QT_TRANSLATE_NOOP("LegalStepKind", "Appeal")},
        {"compensation_claim", QT_TRANSLATE_NOOP("LegalStepKind", "Compensation claim")},
        {"legal_aid_counsel", QT_TRANSLATE_NOOP("LegalStepKind", "Legal aid counsel")},
        {"support_person", QT_TRANSLATE_NOOP("LegalStepKind", "Support person")},
        {"non_punishment_raised", QT_TRANSLATE_NOOP("LegalStepKind", "Non-punishment principle raised")},
    };
};

template<> struct Words<domain::ContactKind>
{
    static constexpr const char* context = "ContactKind";
    static constexpr Word entries[] = {
        {"visit", QT_TRANSLATE_NOOP("ContactKind", "Visit")},
        {"call", QT_TRANSLATE_NOOP("ContactKind", "Call")},
        {"meeting", QT_TRANSLATE_NOOP("ContactKind", "Meeting")},
        {"other", QT_TRANSLATE_NOOP("ContactKind", "Other")},
    };
};

template<> struct Words<domain::ConsentStatus>
{
    static constexpr const char* context = "ConsentStatus";
    static constexpr Word entries[] = {
        {"given", QT_TRANSLATE_NOOP("ConsentStatus", "Given")},
        {"withdrawn", QT_TRANSLATE_NOOP("ConsentStatus", "Withdrawn")},
    };
};

template<> struct Words<domain::DisclosureBasis>
{
    static constexpr const char* context = "DisclosureBasis";
    static constexpr Word entries[] = {
        {"client_consent", QT_TRANSLATE_NOOP("DisclosureBasis", "The client's consent")},
        {"serious_threat_duty", QT_TRANSLATE_NOOP("DisclosureBasis", "Duty to report a serious threat")},
        {"other_legal_duty", QT_TRANSLATE_NOOP("DisclosureBasis", "Other legal duty")},
    };
};

template<> struct Words<domain::EndReason>
{
    static constexpr const char* context = "EndReason";
    static constexpr Word entries[] = {
        {"no_longer_needs_help", QT_TRANSLATE_NOOP("EndReason", "No longer needs help")},
        {"moved_abroad", QT_TRANSLATE_NOOP("EndReason", "Moved abroad")},
        {"returned", QT_TRANSLATE_NOOP("EndReason", "Returned to their home country")},
        {"declined_further_help", QT_TRANSLATE_NOOP("EndReason", "Declined further help")},
        {"unreachable", QT_TRANSLATE_NOOP("EndReason", "Unreachable")},
        {"services_moved_to_municipality",
         QT_TRANSLATE_NOOP("EndReason", "Services moved to the municipality")},
        {"deceased", QT_TRANSLATE_NOOP("EndReason", "Deceased")},
    };
};

template<> struct Words<domain::DeadlineKind>
{
    static constexpr const char* context = "DeadlineKind";
    static constexpr Word entries[] = {
        {"reflection_period_ends", QT_TRANSLATE_NOOP("DeadlineKind", "Reflection period ends")},
        {"reassessment_due", QT_TRANSLATE_NOOP("DeadlineKind", "Needs reassessment due")},
        {"turns_18", QT_TRANSLATE_NOOP("DeadlineKind", "Turns 18")},
        {"permit_decision_expected", QT_TRANSLATE_NOOP("DeadlineKind", "Permit decision expected")},
        {"court_date", QT_TRANSLATE_NOOP("DeadlineKind", "Court date")},
        {"admission_decision_pending", QT_TRANSLATE_NOOP("DeadlineKind", "Admission decision pending")},
    };
};

template<typename E> const Word* findWord(std::string_view name)
{
    const auto& entries = Words<E>::entries;
    const auto* found = std::find_if(
        std::begin(entries), std::end(entries), [&](const Word& word) { return word.name == name; });
    return found == std::end(entries) ? nullptr : found;
}

} // namespace

template<typename E> QString VocabularyText::text(E value)
{
    return textOfName<E>(domain::nameOf(value));
}

template<typename E> QString VocabularyText::textOfName(std::string_view name)
{
    if (const Word* word = findWord<E>(name)) {
        // In a document's language while one is being made (ui/reports).
        return reports::DocumentLanguage::translate(Words<E>::context, word->text);
    }
    // A name from a newer program version: shown as stored rather than hidden.
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

template QString VocabularyText::text<domain::ClientKind>(domain::ClientKind);
template QString VocabularyText::textOfName<domain::ClientKind>(std::string_view);
template QString VocabularyText::text<domain::Gender>(domain::Gender);
template QString VocabularyText::textOfName<domain::Gender>(std::string_view);
template QString VocabularyText::text<domain::ResidenceStatus>(domain::ResidenceStatus);
template QString VocabularyText::textOfName<domain::ResidenceStatus>(std::string_view);
template QString VocabularyText::text<domain::HousingKind>(domain::HousingKind);
template QString VocabularyText::textOfName<domain::HousingKind>(std::string_view);
template QString VocabularyText::text<domain::Office>(domain::Office);
template QString VocabularyText::textOfName<domain::Office>(std::string_view);
template QString VocabularyText::text<domain::ReferralSource>(domain::ReferralSource);
template QString VocabularyText::textOfName<domain::ReferralSource>(std::string_view);
template QString VocabularyText::text<domain::ReferralChannel>(domain::ReferralChannel);
template QString VocabularyText::textOfName<domain::ReferralChannel>(std::string_view);
template QString VocabularyText::text<domain::AdmissionOutcome>(domain::AdmissionOutcome);
template QString VocabularyText::textOfName<domain::AdmissionOutcome>(std::string_view);
template QString VocabularyText::text<domain::AppealOutcome>(domain::AppealOutcome);
template QString VocabularyText::textOfName<domain::AppealOutcome>(std::string_view);
template QString VocabularyText::text<domain::ExploitationForm>(domain::ExploitationForm);
template QString VocabularyText::textOfName<domain::ExploitationForm>(std::string_view);
template QString VocabularyText::text<domain::LabourIndustry>(domain::LabourIndustry);
template QString VocabularyText::textOfName<domain::LabourIndustry>(std::string_view);
template QString VocabularyText::text<domain::MeansOfControl>(domain::MeansOfControl);
template QString VocabularyText::textOfName<domain::MeansOfControl>(std::string_view);
template QString VocabularyText::text<domain::ExploiterRelation>(domain::ExploiterRelation);
template QString VocabularyText::textOfName<domain::ExploiterRelation>(std::string_view);
template QString VocabularyText::text<domain::NeedArea>(domain::NeedArea);
template QString VocabularyText::textOfName<domain::NeedArea>(std::string_view);
template QString VocabularyText::text<domain::SupportMeasureType>(domain::SupportMeasureType);
template QString VocabularyText::textOfName<domain::SupportMeasureType>(std::string_view);
template QString VocabularyText::text<domain::MeasureProvider>(domain::MeasureProvider);
template QString VocabularyText::textOfName<domain::MeasureProvider>(std::string_view);
template QString VocabularyText::text<domain::MeasureStatus>(domain::MeasureStatus);
template QString VocabularyText::textOfName<domain::MeasureStatus>(std::string_view);
template QString VocabularyText::text<domain::ReflectionGrantor>(domain::ReflectionGrantor);
template QString VocabularyText::textOfName<domain::ReflectionGrantor>(std::string_view);
template QString VocabularyText::text<domain::ResidenceMatterKind>(domain::ResidenceMatterKind);
template QString VocabularyText::textOfName<domain::ResidenceMatterKind>(std::string_view);
template QString VocabularyText::text<domain::ResidenceOutcome>(domain::ResidenceOutcome);
template QString VocabularyText::textOfName<domain::ResidenceOutcome>(std::string_view);
template QString VocabularyText::text<domain::LegalStepKind>(domain::LegalStepKind);
template QString VocabularyText::textOfName<domain::LegalStepKind>(std::string_view);
template QString VocabularyText::text<domain::ContactKind>(domain::ContactKind);
template QString VocabularyText::textOfName<domain::ContactKind>(std::string_view);
template QString VocabularyText::text<domain::ConsentStatus>(domain::ConsentStatus);
template QString VocabularyText::textOfName<domain::ConsentStatus>(std::string_view);
template QString VocabularyText::text<domain::DisclosureBasis>(domain::DisclosureBasis);
template QString VocabularyText::textOfName<domain::DisclosureBasis>(std::string_view);
template QString VocabularyText::text<domain::EndReason>(domain::EndReason);
template QString VocabularyText::textOfName<domain::EndReason>(std::string_view);
template QString VocabularyText::text<domain::DeadlineKind>(domain::DeadlineKind);
template QString VocabularyText::textOfName<domain::DeadlineKind>(std::string_view);

} // namespace majakka::ui
