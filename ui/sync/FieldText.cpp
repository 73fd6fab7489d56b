#include "ui/sync/FieldText.h"

#include "domain/Date.h"
#include "domain/ExploitationVocabulary.h"
#include "domain/MeasureVocabulary.h"
#include "domain/PersonVocabulary.h"
#include "domain/ProcessVocabulary.h"
#include "domain/ReferralVocabulary.h"
#include "ui/common/DateText.h"
#include "ui/common/VocabularyText.h"

#include <QLocale>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

namespace majakka::ui {

namespace {

constexpr std::string_view DeletedField = "$deleted";

struct Segment
{
    std::string name;
    bool entry = false; // "measures[<id>]": one entry of a list
};

std::vector<Segment> segmentsOf(const std::string& field)
{
    std::vector<Segment> out;
    std::size_t start = 0;
    while (start <= field.size()) {
        const std::size_t dot = field.find('.', start);
        std::string part = field.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        Segment segment;
        if (const std::size_t open = part.find('['); open != std::string::npos && part.back() == ']') {
            segment.name = part.substr(0, open);
            segment.entry = true;
        } else {
            segment.name = std::move(part);
        }
        out.push_back(std::move(segment));
        if (dot == std::string::npos) {
            break;
        }
        start = dot + 1;
    }
    return out;
}

struct Word
{
    std::string_view key;
    const char* text;
};

// The parts of a client document, and the lists whose entries are named by id.
constexpr Word Parts[] = {
    {"referral", QT_TRANSLATE_NOOP("FieldText", "Referral")},
    {"admission", QT_TRANSLATE_NOOP("FieldText", "Admission decision")},
    {"appeal", QT_TRANSLATE_NOOP("FieldText", "Appeal")},
    {"exploitation", QT_TRANSLATE_NOOP("FieldText", "Exploitation")},
    {"needs_assessment", QT_TRANSLATE_NOOP("FieldText", "Needs assessment")},
    {"measures", QT_TRANSLATE_NOOP("FieldText", "Support measure")},
    {"reflection_periods", QT_TRANSLATE_NOOP("FieldText", "Reflection period")},
    {"residence_matters", QT_TRANSLATE_NOOP("FieldText", "Residence matter")},
    {"legal_steps", QT_TRANSLATE_NOOP("FieldText", "Legal step")},
    {"contacts", QT_TRANSLATE_NOOP("FieldText", "Contact")},
    {"consents", QT_TRANSLATE_NOOP("FieldText", "Consent")},
    {"disclosures", QT_TRANSLATE_NOOP("FieldText", "Disclosure")},
    {"serious_threats", QT_TRANSLATE_NOOP("FieldText", "Serious threat")},
    {"end", QT_TRANSLATE_NOOP("FieldText", "End of assistance")},
    {"reopenings", QT_TRANSLATE_NOOP("FieldText", "Reopening")},
};

// The person's values, at the top of the document (and a hotline call's).
constexpr Word PersonKeys[] = {
    {"number", QT_TRANSLATE_NOOP("FieldText", "Client number")},
    {"kind", QT_TRANSLATE_NOOP("FieldText", "Kind of client")},
    {"given_names", QT_TRANSLATE_NOOP("FieldText", "Given names")},
    {"family_name", QT_TRANSLATE_NOOP("FieldText", "Family name")},
    {"aliases", QT_TRANSLATE_NOOP("FieldText", "Other names")},
    {"birth_date", QT_TRANSLATE_NOOP("FieldText", "Birth date")},
    {"gender", QT_TRANSLATE_NOOP("FieldText", "Gender")},
    {"personal_id", QT_TRANSLATE_NOOP("FieldText", "Personal identity code")},
    {"citizenships", QT_TRANSLATE_NOOP("FieldText", "Citizenships")},
    {"languages", QT_TRANSLATE_NOOP("FieldText", "Languages")},
    {"interpreter_needed", QT_TRANSLATE_NOOP("FieldText", "Needs an interpreter")},
    {"phone", QT_TRANSLATE_NOOP("FieldText", "Phone")},
    {"email", QT_TRANSLATE_NOOP("FieldText", "Email")},
    {"address", QT_TRANSLATE_NOOP("FieldText", "Address")},
    {"municipality", QT_TRANSLATE_NOOP("FieldText", "Municipality of residence")},
    {"wellbeing_county", QT_TRANSLATE_NOOP("FieldText", "Wellbeing services county")},
    {"residence_status", QT_TRANSLATE_NOOP("FieldText", "Residence status")},
    {"housing", QT_TRANSLATE_NOOP("FieldText", "Housing")},
    {"office", QT_TRANSLATE_NOOP("FieldText", "Office")},
    {"worker", QT_TRANSLATE_NOOP("FieldText", "Worker")},
    {"parent", QT_TRANSLATE_NOOP("FieldText", "Parent")},
    {"date", QT_TRANSLATE_NOOP("FieldText", "Date")},
    {"caller_type", QT_TRANSLATE_NOOP("FieldText", "Caller")},
    {"topic", QT_TRANSLATE_NOOP("FieldText", "Topic")},
    {"outcome", QT_TRANSLATE_NOOP("FieldText", "Outcome")},
    {"referral_followed", QT_TRANSLATE_NOOP("FieldText", "Referral followed")},
};

// Values inside a part or an entry of a list.
constexpr Word PartKeys[] = {
    {"date", QT_TRANSLATE_NOOP("FieldText", "Date")},
    {"source", QT_TRANSLATE_NOOP("FieldText", "Source")},
    {"channel", QT_TRANSLATE_NOOP("FieldText", "Channel")},
    {"emergency", QT_TRANSLATE_NOOP("FieldText", "Emergency referral")},
    {"referrer_organisation", QT_TRANSLATE_NOOP("FieldText", "Referring organisation")},
    {"referrer_contact", QT_TRANSLATE_NOOP("FieldText", "Referrer's contact details")},
    {"decision", QT_TRANSLATE_NOOP("FieldText", "Decision")},
    {"grounds", QT_TRANSLATE_NOOP("FieldText", "Grounds")},
    {"decider", QT_TRANSLATE_NOOP("FieldText", "Decided by")},
    {"court", QT_TRANSLATE_NOOP("FieldText", "Court")},
    {"outcome", QT_TRANSLATE_NOOP("FieldText", "Outcome")},
    {"decided", QT_TRANSLATE_NOOP("FieldText", "Decided on")},
    {"forms", QT_TRANSLATE_NOOP("FieldText", "Forms of exploitation")},
    {"industry", QT_TRANSLATE_NOOP("FieldText", "Industry")},
    {"in_finland", QT_TRANSLATE_NOOP("FieldText", "In Finland")},
    {"country", QT_TRANSLATE_NOOP("FieldText", "Country")},
    {"period_start", QT_TRANSLATE_NOOP("FieldText", "Exploitation began")},
    {"period_end", QT_TRANSLATE_NOOP("FieldText", "Exploitation ended")},
    {"means_of_control", QT_TRANSLATE_NOOP("FieldText", "Means of control")},
    {"relation", QT_TRANSLATE_NOOP("FieldText", "Relation to the exploiter")},
    {"needs", QT_TRANSLATE_NOOP("FieldText", "Needs")},
    {"plan", QT_TRANSLATE_NOOP("FieldText", "Plan")},
    {"consent_date", QT_TRANSLATE_NOOP("FieldText", "Consent given on")},
    {"reassessment_date", QT_TRANSLATE_NOOP("FieldText", "Reassessment")},
    {"type", QT_TRANSLATE_NOOP("FieldText", "Type")},
    {"provider", QT_TRANSLATE_NOOP("FieldText", "Provider")},
    {"status", QT_TRANSLATE_NOOP("FieldText", "Status")},
    {"start", QT_TRANSLATE_NOOP("FieldText", "Start")},
    {"end", QT_TRANSLATE_NOOP("FieldText", "End")},
    {"urgent", QT_TRANSLATE_NOOP("FieldText", "Urgent")},
    {"note", QT_TRANSLATE_NOOP("FieldText", "Note")},
    {"granted_by", QT_TRANSLATE_NOOP("FieldText", "Granted by")},
    {"permit_applied", QT_TRANSLATE_NOOP("FieldText", "Residence permit applied for")},
    {"kind", QT_TRANSLATE_NOOP("FieldText", "Type")},
    {"decision_expected", QT_TRANSLATE_NOOP("FieldText", "Decision expected")},
    {"court_date", QT_TRANSLATE_NOOP("FieldText", "Court date")},
    {"municipality", QT_TRANSLATE_NOOP("FieldText", "Municipality")},
    {"worker", QT_TRANSLATE_NOOP("FieldText", "Worker")},
    {"interpreter", QT_TRANSLATE_NOOP("FieldText", "Interpreter used")},
    {"scope", QT_TRANSLATE_NOOP("FieldText", "What it covers")},
    {"to_whom", QT_TRANSLATE_NOOP("FieldText", "To whom")},
    {"what", QT_TRANSLATE_NOOP("FieldText", "What was disclosed")},
    {"basis", QT_TRANSLATE_NOOP("FieldText", "Basis")},
    {"description", QT_TRANSLATE_NOOP("FieldText", "Description")},
    {"police_notified", QT_TRANSLATE_NOOP("FieldText", "Police notified on")},
    {"reason", QT_TRANSLATE_NOOP("FieldText", "Reason")},
    {"ended_on", QT_TRANSLATE_NOOP("FieldText", "Ended on")},
    {"end_reason", QT_TRANSLATE_NOOP("FieldText", "Reason for ending")},
};

template<std::size_t N> const char* find(const Word (&words)[N], std::string_view key)
{
    for (const Word& word : words) {
        if (word.key == key) {
            return word.text;
        }
    }
    return nullptr;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("FieldText", text);
}

// Which vocabulary a value is from: by the part (or list) it is in and its key.
using Namer = QString (*)(std::string_view);

template<typename E> QString wordOf(std::string_view name)
{
    return VocabularyText::textOfName<E>(name);
}

struct VocabularyField
{
    std::string_view part; // "" for the top of the document
    std::string_view key;
    Namer namer;
};

constexpr VocabularyField Vocabularies[] = {
    {"", "kind", &wordOf<domain::ClientKind>},
    {"", "gender", &wordOf<domain::Gender>},
    {"", "residence_status", &wordOf<domain::ResidenceStatus>},
    {"", "housing", &wordOf<domain::HousingKind>},
    {"", "office", &wordOf<domain::Office>},
    {"referral", "source", &wordOf<domain::ReferralSource>},
    {"referral", "channel", &wordOf<domain::ReferralChannel>},
    {"admission", "decision", &wordOf<domain::AdmissionOutcome>},
    {"appeal", "outcome", &wordOf<domain::AppealOutcome>},
    {"exploitation", "forms", &wordOf<domain::ExploitationForm>},
    {"exploitation", "industry", &wordOf<domain::LabourIndustry>},
    {"exploitation", "means_of_control", &wordOf<domain::MeansOfControl>},
    {"exploitation", "relation", &wordOf<domain::ExploiterRelation>},
    {"needs_assessment", "needs", &wordOf<domain::NeedArea>},
    {"measures", "type", &wordOf<domain::SupportMeasureType>},
    {"measures", "provider", &wordOf<domain::MeasureProvider>},
    {"measures", "status", &wordOf<domain::MeasureStatus>},
    {"reflection_periods", "granted_by", &wordOf<domain::ReflectionGrantor>},
    {"residence_matters", "kind", &wordOf<domain::ResidenceMatterKind>},
    {"residence_matters", "outcome", &wordOf<domain::ResidenceOutcome>},
    {"legal_steps", "kind", &wordOf<domain::LegalStepKind>},
    {"contacts", "kind", &wordOf<domain::ContactKind>},
    {"consents", "status", &wordOf<domain::ConsentStatus>},
    {"disclosures", "basis", &wordOf<domain::DisclosureBasis>},
    {"end", "reason", &wordOf<domain::EndReason>},
    {"reopenings", "end_reason", &wordOf<domain::EndReason>},
};

Namer namerFor(const std::vector<Segment>& segments)
{
    const std::string_view part
        = segments.size() > 1 ? std::string_view(segments[segments.size() - 2].name) : std::string_view();
    const std::string_view key = segments.back().name;
    for (const VocabularyField& field : Vocabularies) {
        if (field.part == part && field.key == key) {
            return field.namer;
        }
    }
    return nullptr;
}

QString scalarText(const nlohmann::json& value, Namer namer)
{
    if (value.is_boolean()) {
        return value.get<bool>() ? FieldText::tr("Yes") : FieldText::tr("No");
    }
    if (value.is_number_integer()) {
        return QLocale().toString(value.get<qlonglong>());
    }
    if (value.is_number()) {
        return QLocale().toString(value.get<double>());
    }
    if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        if (namer) {
            return namer(text);
        }
        if (const auto date = domain::Date::tryParse(text); date && text.size() == 10) {
            return DateText::format(*date);
        }
        return QString::fromStdString(text);
    }
    return QString::fromStdString(value.dump());
}

} // namespace

QString FieldText::fieldName(const std::string& field)
{
    if (field == DeletedField) {
        return tr("The whole record (deleted)");
    }
    const std::vector<Segment> segments = segmentsOf(field);
    QStringList words;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const Segment& segment = segments[i];
        const bool last = i + 1 == segments.size();
        const char* text = nullptr;
        if (!last) {
            text = find(Parts, segment.name);
        } else if (segment.entry) {
            // The entry's presence: added on one device, removed on another.
            text = find(Parts, segment.name);
            if (text) {
                words.append(tr("%1 (the whole entry)").arg(translated(text)));
                continue;
            }
        } else {
            text = segments.size() == 1 ? find(PersonKeys, segment.name) : find(PartKeys, segment.name);
        }
        if (!text) {
            return QString::fromStdString(field);
        }
        words.append(translated(text));
    }
    return words.join(QStringLiteral(" › "));
}

QString FieldText::value(const std::string& field, const std::optional<std::string>& json)
{
    if (!json) {
        return tr("(no value)");
    }
    const std::vector<Segment> segments = segmentsOf(field);
    if (field == DeletedField) {
        return *json == "true" ? tr("Deleted") : tr("Not deleted");
    }
    if (segments.back().entry) {
        return *json == "true" ? tr("Present") : tr("Removed");
    }
    const nlohmann::json value = nlohmann::json::parse(*json, nullptr, false);
    if (value.is_discarded()) {
        return QString::fromStdString(*json);
    }
    const Namer namer = namerFor(segments);
    if (value.is_array()) {
        QStringList items;
        for (const nlohmann::json& item : value) {
            items.append(scalarText(item, namer));
        }
        return items.join(QStringLiteral(", "));
    }
    if (value.is_null()) {
        return tr("(no value)");
    }
    return scalarText(value, namer);
}

} // namespace majakka::ui
