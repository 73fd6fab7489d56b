#include "statistics/CtdcExport.h"

#include "Error.h"
#include "domain/EnumNames.h"
#include "statistics/AgeBand.h"
#include "statistics/CitizenshipRegion.h"
#include "statistics/Suppression.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>

namespace majakka::statistics {

namespace {

using namespace domain;

const std::string Unknown = "unknown";
const std::string Withheld;

// A victim's row before generalisation.
struct Victim
{
    int year = 0;
    Gender gender = Gender::Unknown;
    AgeBand band = AgeBand::Unknown;
    std::string citizenship; // upper-case alpha-2, empty when none
    const StatisticsCase::Exploitation* exploitation = nullptr;
};

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
        return static_cast<char>(std::toupper(c));
    });
    return text;
}

// Names of a set of values in vocabulary order, joined with ";"; "unknown" for none.
template<NamedEnum E> std::string joined(std::vector<E> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::string out;
    for (E value : values) {
        out += (out.empty() ? "" : ";") + std::string(nameOf(value));
    }
    return out.empty() ? Unknown : out;
}

std::string joinedWords(std::vector<std::string> words)
{
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::string out;
    for (const auto& word : words) {
        out += (out.empty() ? "" : ";") + word;
    }
    return out.empty() ? Unknown : out;
}

// Years, then aligned spans of 2 and 4 years (each inside the next), then withheld.
std::vector<std::string> yearLevels(int year, bool all)
{
    if (!all) {
        return {std::to_string(year)};
    }
    const auto span = [&](int width) {
        const int start = year - ((year % width) + width) % width;
        return std::to_string(start) + "-" + std::to_string(start + width - 1);
    };
    return {std::to_string(year), span(2), span(4), Withheld};
}

std::vector<std::string> genderLevels(Gender gender, bool)
{
    return {std::string(nameOf(gender)), Withheld};
}

// The CTDC's own spelling of the bands ("9--17"), then 0-17, 18-29, 30-47, 48+,
// then minor or adult, then withheld.
std::vector<std::string> ageLevels(AgeBand band, bool)
{
    if (band == AgeBand::Unknown) {
        return {Unknown, Unknown, Unknown, Withheld};
    }
    std::string name(ageBandName(band));
    if (const auto dash = name.find('-'); dash != std::string::npos) {
        name.replace(dash, 1, "--");
    }
    const int index = static_cast<int>(band);
    const std::string wider = index <= 1 ? "0--17" : index <= 5 ? "18--29" : index <= 7 ? "30--47" : "48+";
    return {name, wider, isMinorBand(band) ? "0--17" : "18+", Withheld};
}

std::vector<std::string> citizenshipLevels(const std::string& code, bool all)
{
    if (!all) {
        return {code.empty() ? Unknown : code};
    }
    if (code.empty()) {
        return {Unknown, std::string(regionName(Region::Other)), Withheld};
    }
    return {code, std::string(regionName(regionOf(code))), Withheld};
}

std::vector<std::string> formLevels(const StatisticsCase::Exploitation* e, bool all)
{
    if (!e || e->forms.empty()) {
        return {Unknown, Unknown, Withheld};
    }
    if (!all) {
        return {joined(e->forms)};
    }
    std::vector<std::string> coarse;
    for (ExploitationForm form : e->forms) {
        coarse.emplace_back(form == ExploitationForm::ForcedLabour
                                    || form == ExploitationForm::SexualExploitation
                                ? nameOf(form)
                                : "other");
    }
    return {joined(e->forms), joinedWords(coarse), Withheld};
}

bool forcedLabour(const StatisticsCase::Exploitation* e)
{
    return e && std::find(e->forms.begin(), e->forms.end(), ExploitationForm::ForcedLabour) != e->forms.end();
}

// The industry of forced labour; empty for other forms.
std::vector<std::string> labourLevels(const StatisticsCase::Exploitation* e, bool)
{
    if (!forcedLabour(e)) {
        return {Withheld, Withheld};
    }
    return {e->industry ? std::string(nameOf(*e->industry)) : Unknown, Withheld};
}

// The CTDC's means of control, then four groups of them, then withheld.
std::string_view controlGroup(MeansOfControl means)
{
    switch (means) {
    case MeansOfControl::DebtBondage:
    case MeansOfControl::TakesEarnings:
    case MeansOfControl::RestrictsFinancialAccess:
        return "financial";
    case MeansOfControl::FalsePromises:
        return "deception";
    case MeansOfControl::PsychoactiveSubstances:
    case MeansOfControl::RestrictsMovement:
    case MeansOfControl::RestrictsMedicalCare:
    case MeansOfControl::ExcessiveWorkingHours:
    case MeansOfControl::WithholdsNecessities:
    case MeansOfControl::WithholdsDocuments:
        return "restriction";
    case MeansOfControl::Threats:
    case MeansOfControl::PsychologicalAbuse:
    case MeansOfControl::PhysicalAbuse:
    case MeansOfControl::SexualAbuse:
    case MeansOfControl::UsesChildren:
    case MeansOfControl::ThreatOfLawEnforcement:
        break;
    }
    return "abuse_and_threats";
}

std::vector<std::string> controlLevels(const StatisticsCase::Exploitation* e, bool all)
{
    if (!e || e->meansOfControl.empty()) {
        return {Unknown, Unknown, Withheld};
    }
    if (!all) {
        return {joined(e->meansOfControl)};
    }
    std::vector<std::string> groups;
    for (MeansOfControl means : e->meansOfControl) {
        groups.emplace_back(controlGroup(means));
    }
    return {joined(e->meansOfControl), joinedWords(groups), Withheld};
}

std::vector<std::string> relationLevels(const StatisticsCase::Exploitation* e, bool)
{
    return {e && e->relation ? std::string(nameOf(*e->relation)) : Unknown, Withheld};
}

// FI or the country's code, then its region, then Finland or abroad, then withheld.
std::vector<std::string> countryLevels(const StatisticsCase::Exploitation* e, bool)
{
    if (!e) {
        return {Unknown, Unknown, Unknown, Withheld};
    }
    if (e->inFinland) {
        return {"FI", "finland", "finland", Withheld};
    }
    if (e->country.empty()) {
        return {"abroad", "abroad", "abroad", Withheld};
    }
    const Region region = regionOf(e->country);
    if (region == Region::Finland) {
        return {"abroad", "abroad", "abroad", Withheld}; // abroad, yet Finland's own code: no country known
    }
    return {upper(e->country), std::string(regionName(region)), "abroad", Withheld};
}

struct Column
{
    std::string name;
    // Every level's label; with `all` false, the recorded one only (what tells values apart).
    std::function<std::vector<std::string>(const Victim&, bool all)> levels;
    std::vector<std::string> levelNames; // what each level means, for the summary
};

std::vector<Column> columns()
{
    return {
        {"yearOfRegistration",
         [](const Victim& v, bool all) { return yearLevels(v.year, all); },
         {"year", "2 years", "4 years", "withheld"}},
        {"gender",
         [](const Victim& v, bool all) { return genderLevels(v.gender, all); },
         {"as recorded", "withheld"}},
        {"ageBroad",
         [](const Victim& v, bool all) { return ageLevels(v.band, all); },
         {"age band", "wider band", "minor or adult", "withheld"}},
        {"citizenship",
         [](const Victim& v, bool all) { return citizenshipLevels(v.citizenship, all); },
         {"country", "region", "withheld"}},
        {"typeOfExploitConcatenated",
         [](const Victim& v, bool all) { return formLevels(v.exploitation, all); },
         {"as recorded", "labour, sexual or other", "withheld"}},
        {"typeOfLabourConcatenated",
         [](const Victim& v, bool all) { return labourLevels(v.exploitation, all); },
         {"industry", "withheld"}},
        {"meansOfControlConcatenated",
         [](const Victim& v, bool all) { return controlLevels(v.exploitation, all); },
         {"as recorded", "groups", "withheld"}},
        {"recruiterRelation",
         [](const Victim& v, bool all) { return relationLevels(v.exploitation, all); },
         {"as recorded", "withheld"}},
        {"CountryOfExploitation",
         [](const Victim& v, bool all) { return countryLevels(v.exploitation, all); },
         {"country", "region", "Finland or abroad", "withheld"}},
    };
}

std::vector<Victim> victimsOf(const std::vector<StatisticsCase>& cases)
{
    std::vector<Victim> victims;
    for (const StatisticsCase& c : cases) {
        if (c.kind != ClientKind::Victim || !c.isAdmitted()) {
            continue;
        }
        victims.push_back({c.admission->date.year(),
                           c.gender,
                           ageBandOf(ageOn(c.birthDate, c.admission->date)),
                           c.citizenships.empty() ? std::string() : upper(c.citizenships.front()),
                           c.exploitation ? &*c.exploitation : nullptr});
    }
    return victims;
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\n") == std::string::npos) {
        return text;
    }
    std::string quoted = "\"";
    for (char c : text) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return quoted + "\"";
}

} // namespace

void requireCtdcK(int k)
{
    if (k < Suppression::MinimumThreshold) {
        throw Error(ErrorCode::Usage,
                    "--k must be at least " + std::to_string(Suppression::MinimumThreshold) + "; "
                        + std::to_string(k) + " would publish rows that point to people");
    }
}

CtdcExport makeCtdcExport(const std::vector<StatisticsCase>& cases, const KAnonymityOptions& options)
{
    requireCtdcK(options.k);
    const std::vector<Victim> victims = victimsOf(cases);
    const std::vector<Column> columnList = columns();
    std::vector<QuasiIdentifier> attributes;
    for (const Column& column : columnList) {
        attributes.push_back(makeQuasiIdentifier(
            column.name,
            victims.size(),
            [&](std::size_t row) { return column.levels(victims[row], false).front(); },
            [&](std::size_t row) { return column.levels(victims[row], true); }));
    }
    // Detail is offered first to what readers of trafficking data ask first:
    // when, what (the form of exploitation), who (gender, age), where from and
    // where to; the finer circumstances last.
    KAnonymityOptions search = options;
    if (search.order.empty()) {
        for (const char* name : {"yearOfRegistration",
                                 "typeOfExploitConcatenated",
                                 "gender",
                                 "ageBroad",
                                 "citizenship",
                                 "CountryOfExploitation",
                                 "typeOfLabourConcatenated",
                                 "recruiterRelation",
                                 "meansOfControlConcatenated"}) {
            const auto found = std::find_if(columnList.begin(), columnList.end(), [&](const Column& column) {
                return column.name == name;
            });
            search.order.push_back(static_cast<std::size_t>(found - columnList.begin()));
        }
    }
    const KAnonymousRelease release = makeKAnonymous(attributes, victims.size(), search);

    CtdcExport out;
    out.k = options.k;
    out.victims = victims.size();
    out.suppressedRows = release.suppressedRows;
    out.levels = release.levels;
    for (const Column& column : columnList) {
        out.header.push_back(column.name);
    }
    for (std::size_t row : release.rows) {
        std::vector<std::string> values;
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            values.push_back(attributes[a].label(row, release.levels[a]));
        }
        out.rows.push_back(std::move(values));
    }
    return out;
}

std::string CtdcExport::toCsv() const
{
    std::string out;
    const auto line = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            out += (i ? "," : "") + csvField(fields[i]);
        }
        out += "\n";
    };
    line(header);
    for (const auto& row : rows) {
        line(row);
    }
    return out;
}

std::string CtdcExport::generalisationSummary() const
{
    const std::vector<Column> columnList = columns();
    std::string out;
    for (std::size_t a = 0; a < levels.size() && a < columnList.size(); ++a) {
        if (levels[a] > 0) {
            out += (out.empty() ? "" : "; ") + columnList[a].name + ": "
                + columnList[a].levelNames[levels[a]];
        }
    }
    return out.empty() ? "none" : out;
}

} // namespace majakka::statistics
