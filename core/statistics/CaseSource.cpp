#include "statistics/CaseSource.h"

#include "Error.h"
#include "domain/EnumNames.h"
#include "store/Database.h"
#include "store/Id.h"
#include "store/Statement.h"

#include <algorithm>
#include <cstring>
#include <tuple>
#include <unordered_map>

namespace majakka::statistics {

namespace {

using store::Statement;

[[noreturn]] void damaged(const std::string& column, const std::string& value, const std::string& expected)
{
    throw Error(ErrorCode::Damaged,
                "the database's " + column + " holds \"" + value + "\", which is not " + expected
                    + "; run majakka-cli verify");
}

template<domain::NamedEnum E> E nameIn(const Statement& row, int column, const std::string& where)
{
    const std::string text = row.columnText(column);
    if (const auto value = domain::enumFromName<E>(text)) {
        return *value;
    }
    damaged(where, text, "a known name");
}

template<domain::NamedEnum E>
std::vector<E> namesIn(const Statement& row, int column, const std::string& where)
{
    std::vector<E> values;
    const std::string text = row.columnText(column);
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find(' ', start);
        end = end == std::string::npos ? text.size() : end;
        if (end > start) {
            const std::string name = text.substr(start, end - start);
            const auto value = domain::enumFromName<E>(name);
            if (!value) {
                damaged(where, name, "a known name");
            }
            values.push_back(*value);
        }
        start = end + 1;
    }
    return values;
}

domain::Date dateIn(const Statement& row, int column, const std::string& where)
{
    const std::string text = row.columnText(column);
    if (const auto date = domain::Date::tryParse(text)) {
        return *date;
    }
    damaged(where, text, "a date");
}

std::vector<std::string> wordsIn(const Statement& row, int column)
{
    std::vector<std::string> words;
    const std::string text = row.columnText(column);
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find(' ', start);
        end = end == std::string::npos ? text.size() : end;
        if (end > start) {
            words.push_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return words;
}

store::Id idIn(const Statement& row, int column)
{
    const crypto::Bytes bytes = row.columnBlob(column);
    return store::Id::fromBytes(bytes.data(), bytes.size());
}

// The cases by client id. Ids are random, so their first eight bytes hash well.
class CaseIndex
{
public:
    void add(const store::Id& id, std::size_t index) { m_index.emplace(id, index); }

    StatisticsCase* find(const Statement& row, std::vector<StatisticsCase>& cases) const
    {
        const auto found = m_index.find(idIn(row, 0));
        return found == m_index.end() ? nullptr : &cases[found->second];
    }

private:
    struct Hash
    {
        std::size_t operator()(const store::Id& id) const
        {
            std::uint64_t value = 0;
            std::memcpy(&value, id.bytes.data(), sizeof value);
            return static_cast<std::size_t>(value);
        }
    };
    std::unordered_map<store::Id, std::size_t, Hash> m_index;
};

// Entries of a list table, put in the order of their position within each case.
template<typename Entry> struct Positioned
{
    StatisticsCase* owner;
    std::int64_t position;
    Entry entry;
};

template<typename Entry> void sortByPosition(std::vector<Positioned<Entry>>& entries)
{
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return std::tie(a.owner, a.position) < std::tie(b.owner, b.position);
    });
}

} // namespace

// Each table is read whole, in the order it is stored, and the rows are joined
// here by client id: a scan reads each page once, where a join would look up
// every client in three more tables (about three times slower on SQLCipher).
std::vector<StatisticsCase> CaseSource::all()
{
    using namespace domain;
    std::vector<StatisticsCase> cases;
    std::vector<store::Id> ids;
    CaseIndex index;
    {
        Statement row(m_database,
                      "SELECT client_id, kind, gender, birth_date, citizenships, office FROM clients");
        while (row.step()) {
            StatisticsCase c;
            c.kind = nameIn<ClientKind>(row, 1, "clients.kind");
            c.gender = nameIn<Gender>(row, 2, "clients.gender");
            if (!row.columnIsNull(3)) {
                try {
                    c.birthDate = PartialDate::parse(row.columnText(3), "birth_date");
                } catch (const Error&) {
                    damaged("clients.birth_date", row.columnText(3), "a birth date");
                }
            }
            c.citizenships = wordsIn(row, 4);
            c.office = nameIn<Office>(row, 5, "clients.office");
            ids.push_back(idIn(row, 0));
            index.add(ids.back(), cases.size());
            cases.push_back(std::move(c));
        }
    }
    const auto find = [&](const Statement& row) {
        return index.find(row, cases);
    };

    for (Statement row(m_database, "SELECT client_id, date, source, channel FROM referrals"); row.step();) {
        if (StatisticsCase* c = find(row)) {
            c->referral = StatisticsCase::Referral {dateIn(row, 1, "referrals.date"),
                                                    nameIn<ReferralSource>(row, 2, "referrals.source"),
                                                    nameIn<ReferralChannel>(row, 3, "referrals.channel")};
        }
    }
    for (Statement row(m_database, "SELECT client_id, date, decision FROM admission_decisions");
         row.step();) {
        if (StatisticsCase* c = find(row)) {
            c->admission = StatisticsCase::Admission {
                dateIn(row, 1, "admission_decisions.date"),
                nameIn<AdmissionOutcome>(row, 2, "admission_decisions.decision")};
        }
    }
    for (Statement row(m_database,
                       "SELECT client_id, in_finland, forms, industry, country, means_of_control, relation "
                       "FROM exploitations");
         row.step();) {
        if (StatisticsCase* c = find(row)) {
            StatisticsCase::Exploitation e;
            e.inFinland = row.columnInt(1) != 0;
            e.forms = namesIn<ExploitationForm>(row, 2, "exploitations.forms");
            if (!row.columnIsNull(3)) {
                e.industry = nameIn<LabourIndustry>(row, 3, "exploitations.industry");
            }
            e.country = row.columnText(4);
            e.meansOfControl = namesIn<MeansOfControl>(row, 5, "exploitations.means_of_control");
            if (!row.columnIsNull(6)) {
                e.relation = nameIn<ExploiterRelation>(row, 6, "exploitations.relation");
            }
            c->exploitation = std::move(e);
        }
    }

    // The ends that reopenings cancelled come before the current end.
    std::vector<Positioned<std::pair<StatisticsCase::End, Date>>> reopenings;
    for (Statement row(m_database, "SELECT client_id, position, date, ended_on, end_reason FROM reopenings");
         row.step();) {
        if (StatisticsCase* c = find(row)) {
            reopenings.push_back(
                {c,
                 row.columnInt(1),
                 {{dateIn(row, 3, "reopenings.ended_on"), nameIn<EndReason>(row, 4, "reopenings.end_reason")},
                  dateIn(row, 2, "reopenings.date")}});
        }
    }
    sortByPosition(reopenings);
    for (const auto& [c, position, reopening] : reopenings) {
        c->ends.push_back(reopening.first);
        c->reopenings.push_back(reopening.second);
    }
    for (Statement row(m_database, "SELECT client_id, date, reason FROM ends_of_assistance"); row.step();) {
        if (StatisticsCase* c = find(row)) {
            c->ends.push_back({dateIn(row, 1, "ends_of_assistance.date"),
                               nameIn<EndReason>(row, 2, "ends_of_assistance.reason")});
        }
    }
    std::vector<Positioned<StatisticsCase::ReflectionStart>> periods;
    for (Statement row(m_database,
                       "SELECT client_id, position, start_date, granted_by FROM reflection_periods");
         row.step();) {
        if (StatisticsCase* c = find(row)) {
            periods.push_back({c,
                               row.columnInt(1),
                               {dateIn(row, 2, "reflection_periods.start_date"),
                                nameIn<ReflectionGrantor>(row, 3, "reflection_periods.granted_by")}});
        }
    }
    sortByPosition(periods);
    for (const auto& period : periods) {
        period.owner->reflectionPeriods.push_back(period.entry);
    }

    // In the order of the client ids, which says nothing about when a client was added.
    std::vector<std::size_t> order(cases.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ids[a] < ids[b]; });
    std::vector<StatisticsCase> out;
    out.reserve(cases.size());
    for (std::size_t i : order) {
        out.push_back(std::move(cases[i]));
    }
    return out;
}

} // namespace majakka::statistics
