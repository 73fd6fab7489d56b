#include "statistics/FigureLayout.h"

#include "Error.h"
#include "domain/ExploitationVocabulary.h"
#include "domain/PersonVocabulary.h"
#include "domain/ProcessVocabulary.h"
#include "domain/ReferralVocabulary.h"
#include "statistics/AgeBand.h"
#include "statistics/CitizenshipRegion.h"

namespace majakka::statistics {

namespace {

template<domain::NamedEnum E> std::vector<std::string> namesOf()
{
    std::vector<std::string> names;
    for (const auto& entry : domain::enumEntries<E>()) {
        names.emplace_back(entry.name);
    }
    return names;
}

template<domain::NamedEnum E> std::vector<std::string> namesAndNotRecorded()
{
    auto names = namesOf<E>();
    names.emplace_back(category::NotRecorded);
    return names;
}

std::string str(std::string_view text)
{
    return std::string(text);
}

} // namespace

std::vector<Term> Relation::terms() const
{
    std::vector<Term> all {total};
    for (Term part : parts) {
        part.sign = -part.sign;
        all.push_back(part);
    }
    return all;
}

bool Relation::isPlainSum() const
{
    for (const Term& part : parts) {
        if (part.sign != 1) {
            return false;
        }
    }
    return true;
}

const FigureLayout& FigureLayout::standard()
{
    static const FigureLayout layout;
    return layout;
}

std::size_t FigureLayout::add(const std::string& indicator, const std::string& category)
{
    m_index.emplace(std::make_pair(indicator, category), m_cells.size());
    m_cells.push_back({indicator, category});
    return m_cells.size() - 1;
}

std::size_t FigureLayout::at(std::string_view indicator, std::string_view category) const
{
    const auto found = m_index.find({str(indicator), str(category)});
    if (found == m_index.end()) {
        throw Error(ErrorCode::Internal,
                    "the statistics have no cell " + str(indicator) + "," + str(category));
    }
    return found->second;
}

void FigureLayout::table(const std::string& indicator,
                         const std::vector<std::string>& categories,
                         std::pair<std::string, std::string> margin)
{
    Relation relation;
    relation.name = indicator;
    for (const auto& category : categories) {
        relation.parts.push_back({add(indicator, category), Side::Current, 1});
    }
    relation.total.cell
        = margin.first.empty() ? add(indicator, str(category::Total)) : at(margin.first, margin.second);
    m_within.push_back(std::move(relation));
}

FigureLayout::FigureLayout()
{
    using namespace domain;
    const std::pair<std::string, std::string> admitted {str(indicator::NewAdmissions), str(category::Total)};

    table(str(indicator::WithinServices), namesOf<ClientKind>());
    table(str(indicator::NewAdmissions), namesOf<ClientKind>());
    table(str(indicator::ByGender), namesOf<Gender>(), admitted);
    std::vector<std::string> bands;
    for (AgeBand band : AllAgeBands) {
        bands.emplace_back(ageBandName(band));
    }
    table(str(indicator::ByAgeBand), bands, admitted);
    table(str(indicator::ByAgeAtEntry),
          {str(category::Adult), str(category::Minor), str(category::Unknown)},
          admitted);
    table(str(indicator::ByPlace),
          {str(category::InFinland), str(category::Abroad), str(category::NotRecorded)},
          admitted);
    table(str(indicator::ByForm), namesAndNotRecorded<ExploitationForm>(), admitted);
    table(str(indicator::ByIndustry),
          namesAndNotRecorded<LabourIndustry>(),
          {str(indicator::ByForm), str(nameOf(ExploitationForm::ForcedLabour))});
    table(str(indicator::BySource), namesAndNotRecorded<ReferralSource>(), admitted);
    std::vector<std::string> regions;
    for (Region region : AllRegions) {
        regions.emplace_back(regionName(region));
    }
    table(str(indicator::ByRegion), regions, admitted);
    table(str(indicator::ByOffice), namesOf<Office>(), admitted);
    table(str(indicator::NotAdmitted),
          {str(nameOf(AdmissionOutcome::NotAdmitted)), str(nameOf(AdmissionOutcome::Withdrawn))});
    table(str(indicator::Ends), namesOf<EndReason>());
    table(str(indicator::ReflectionPeriods), namesOf<ReflectionGrantor>());
    table(str(indicator::SinceFirstRecord), namesOf<ClientKind>());

    // The age at entry is the age band read coarsely, and the cases without an
    // exploitation record are the same in both tables that show them.
    const auto band = [&](AgeBand b) {
        return Term {at(indicator::ByAgeBand, ageBandName(b)), Side::Current, 1};
    };
    Relation minors {
        "minors_by_age_band", {at(indicator::ByAgeAtEntry, category::Minor), Side::Current, 1}, {}};
    Relation adults {
        "adults_by_age_band", {at(indicator::ByAgeAtEntry, category::Adult), Side::Current, 1}, {}};
    for (AgeBand b : AllAgeBands) {
        if (b != AgeBand::Unknown) {
            (isMinorBand(b) ? minors : adults).parts.push_back(band(b));
        }
    }
    m_within.push_back(minors);
    m_within.push_back(adults);
    m_within.push_back({"unknown_age",
                        {at(indicator::ByAgeAtEntry, category::Unknown), Side::Current, 1},
                        {band(AgeBand::Unknown)}});
    m_within.push_back({"exploitation_not_recorded",
                        {at(indicator::ByPlace, category::NotRecorded), Side::Current, 1},
                        {{at(indicator::ByForm, category::NotRecorded), Side::Current, 1}}});

    // Across periods: the totals since the first record grow by the period's
    // admissions, kind by kind; the clients within services at the end are
    // those at the previous end, plus admissions, less ends (and plus
    // reopenings, which are not published; taking them as known is the
    // cautious reading).
    for (const auto& kind : namesOf<ClientKind>()) {
        m_across.push_back({"since_first_record_" + kind,
                            {at(indicator::SinceFirstRecord, kind), Side::Current, 1},
                            {{at(indicator::SinceFirstRecord, kind), Side::Previous, 1},
                             {at(indicator::NewAdmissions, kind), Side::Current, 1}}});
    }
    m_across.push_back({"since_first_record_total",
                        {at(indicator::SinceFirstRecord, category::Total), Side::Current, 1},
                        {{at(indicator::SinceFirstRecord, category::Total), Side::Previous, 1},
                         {at(indicator::NewAdmissions, category::Total), Side::Current, 1}}});
    m_across.push_back({"within_services_change",
                        {at(indicator::WithinServices, category::Total), Side::Current, 1},
                        {{at(indicator::WithinServices, category::Total), Side::Previous, 1},
                         {at(indicator::NewAdmissions, category::Total), Side::Current, 1},
                         {at(indicator::Ends, category::Total), Side::Current, -1}}});
}

std::vector<Relation> FigureLayout::reportRelations() const
{
    std::vector<Relation> all = m_within;
    for (Relation relation : m_within) {
        relation.name += " (previous period)";
        relation.total.side = Side::Previous;
        for (Term& part : relation.parts) {
            part.side = Side::Previous;
        }
        all.push_back(std::move(relation));
    }
    all.insert(all.end(), m_across.begin(), m_across.end());
    return all;
}

} // namespace majakka::statistics
