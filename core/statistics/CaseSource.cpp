#include "statistics/CaseSource.h"

#include "Error.h"
#include "Progress.h"
#include "domain/EnumNames.h"
#include "store/Database.h"
#include "store/Id.h"
#include "store/Statement.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <tuple>

namespace majakka::statistics {

namespace {

using store::Statement;

[[noreturn]] void damaged(const char* column, std::string_view value, const char* expected)
{
    throw Error(ErrorCode::Damaged,
                std::string("the database's ") + column + " holds \"" + std::string(value)
                    + "\", which is not " + expected + "; run majakka-cli verify");
}

template<domain::NamedEnum E> E nameIn(const Statement& row, int column, const char* where)
{
    const std::string_view text = row.columnTextView(column);
    if (const auto value = domain::enumFromName<E>(text)) {
        return *value;
    }
    damaged(where, text, "a known name");
}

// Calls `use` with each space-separated word of a column.
template<typename Use> void forEachWord(const Statement& row, int column, Use use)
{
    const std::string_view text = row.columnTextView(column);
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find(' ', start);
        end = end == std::string_view::npos ? text.size() : end;
        if (end > start) {
            use(text.substr(start, end - start));
        }
        start = end + 1;
    }
}

template<domain::NamedEnum E> std::vector<E> namesIn(const Statement& row, int column, const char* where)
{
    std::vector<E> values;
    forEachWord(row, column, [&](std::string_view name) {
        const auto value = domain::enumFromName<E>(name);
        if (!value) {
            damaged(where, name, "a known name");
        }
        values.push_back(*value);
    });
    return values;
}

domain::Date dateIn(const Statement& row, int column, const char* where)
{
    const std::string_view text = row.columnTextView(column);
    if (const auto date = domain::Date::tryParse(text)) {
        return *date;
    }
    damaged(where, text, "a date");
}

store::Id idIn(const Statement& row, int column)
{
    const crypto::ByteView bytes = row.columnBlobView(column);
    return store::Id::fromBytes(bytes.data(), bytes.size());
}

// The cases by client id in one flat table: open addressing on the id's first
// eight bytes (ids are random, so they spread evenly). A lookup is a read or
// two; a node-based map spent a quarter of the whole read chasing pointers.
class CaseIndex
{
public:
    explicit CaseIndex(const std::vector<store::Id>& ids)
        : m_ids(ids)
        , m_mask(std::bit_ceil(std::max<std::size_t>(16, ids.size() * 2)) - 1)
        , m_slots(m_mask + 1, Empty)
    {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            std::size_t slot = home(ids[i].bytes.data());
            while (m_slots[slot] != Empty) {
                slot = (slot + 1) & m_mask;
            }
            m_slots[slot] = static_cast<std::uint32_t>(i);
        }
    }

    // The index of the case whose id is in `row`'s first column, or nothing for
    // a row of a client the clients table does not hold.
    std::optional<std::size_t> find(const Statement& row) const
    {
        const crypto::ByteView id = row.columnBlobView(0);
        if (id.size() != sizeof(store::Id::bytes)) {
            throw Error(ErrorCode::Damaged, "an identifier in the database has the wrong length");
        }
        for (std::size_t slot = home(id.data());; slot = (slot + 1) & m_mask) {
            const std::uint32_t at = m_slots[slot];
            if (at == Empty) {
                return std::nullopt;
            }
            if (std::memcmp(m_ids[at].bytes.data(), id.data(), id.size()) == 0) {
                return at;
            }
        }
    }

private:
    static constexpr std::uint32_t Empty = 0xffffffff;

    std::size_t home(const std::uint8_t* id) const
    {
        std::uint64_t value = 0;
        std::memcpy(&value, id, sizeof value);
        return static_cast<std::size_t>(value) & m_mask;
    }

    const std::vector<store::Id>& m_ids;
    std::size_t m_mask;
    std::vector<std::uint32_t> m_slots;
};

// Entries of a list table, put in the order of their position within each case.
template<typename Entry> struct Positioned
{
    std::size_t owner;
    std::int64_t position;
    Entry entry;
};

template<typename Entry> void sortByPosition(std::vector<Positioned<Entry>>& entries)
{
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return std::tie(a.owner, a.position) < std::tie(b.owner, b.position);
    });
}

// Reads the tables one after another, noticing a cancel within a few thousand
// rows and stepping once per table.
class TableReader
{
public:
    static constexpr std::size_t Tables = 7;

    TableReader(store::Database& database, Progress* progress)
        : m_database(database)
        , m_progress(progress)
    {
        Progress::advance(m_progress, 0, Tables);
    }

    template<typename Use> void scan(const char* sql, Use use)
    {
        Statement row(m_database, sql);
        for (std::size_t rows = 1; row.step(); ++rows) {
            if (rows % 4096 == 0) {
                Progress::checkCancel(m_progress);
            }
            use(row);
        }
        Progress::advance(m_progress, ++m_done, Tables);
    }

private:
    store::Database& m_database;
    Progress* m_progress;
    std::size_t m_done = 0;
};

std::size_t clientCount(store::Database& database)
{
    Statement count(database, "SELECT count(*) FROM clients");
    return count.step() ? static_cast<std::size_t>(count.columnInt(0)) : 0;
}

} // namespace

// Each table is read whole and joined here by client id: a scan reads each
// page once, where a join would look up every client in three more tables
// (about three times slower on SQLCipher). The tables whose rows carry free
// text (names, grounds, notes) are read through covering indexes of the
// columns used (schema version 7), so those pages are never decrypted; the
// clients' index also gives the cases in the order of their ids.
std::vector<StatisticsCase> CaseSource::all(Progress* progress)
{
    using namespace domain;
    TableReader reader(m_database, progress);
    std::vector<StatisticsCase> cases;
    std::vector<store::Id> ids;
    cases.reserve(clientCount(m_database));
    ids.reserve(cases.capacity());
    reader.scan("SELECT client_id, kind, gender, birth_date, citizenships, office FROM clients",
                [&](const Statement& row) {
                    StatisticsCase& c = cases.emplace_back();
                    c.kind = nameIn<ClientKind>(row, 1, "clients.kind");
                    c.gender = nameIn<Gender>(row, 2, "clients.gender");
                    if (!row.columnIsNull(3)) {
                        try {
                            c.birthDate = PartialDate::parse(row.columnTextView(3), "birth_date");
                        } catch (const Error&) {
                            damaged("clients.birth_date", row.columnTextView(3), "a birth date");
                        }
                    }
                    forEachWord(row, 4, [&](std::string_view word) { c.citizenships.emplace_back(word); });
                    c.office = nameIn<Office>(row, 5, "clients.office");
                    ids.push_back(idIn(row, 0));
                });
    const CaseIndex index(ids);

    reader.scan("SELECT client_id, date, source, channel FROM referrals", [&](const Statement& row) {
        if (const auto at = index.find(row)) {
            cases[*at].referral
                = StatisticsCase::Referral {dateIn(row, 1, "referrals.date"),
                                            nameIn<ReferralSource>(row, 2, "referrals.source"),
                                            nameIn<ReferralChannel>(row, 3, "referrals.channel")};
        }
    });
    reader.scan("SELECT client_id, date, decision FROM admission_decisions", [&](const Statement& row) {
        if (const auto at = index.find(row)) {
            cases[*at].admission = StatisticsCase::Admission {
                dateIn(row, 1, "admission_decisions.date"),
                nameIn<AdmissionOutcome>(row, 2, "admission_decisions.decision")};
        }
    });
    reader.scan("SELECT client_id, in_finland, forms, industry, country, means_of_control, relation "
                "FROM exploitations",
                [&](const Statement& row) {
                    const auto at = index.find(row);
                    if (!at) {
                        return;
                    }
                    // Assigned rather than emplace()d: clang does not see a nested struct
                    // with member initialisers as default-constructible inside optional.
                    auto& slot = cases[*at].exploitation;
                    slot = StatisticsCase::Exploitation {};
                    StatisticsCase::Exploitation& e = *slot;
                    e.inFinland = row.columnInt(1) != 0;
                    e.forms = namesIn<ExploitationForm>(row, 2, "exploitations.forms");
                    if (!row.columnIsNull(3)) {
                        e.industry = nameIn<LabourIndustry>(row, 3, "exploitations.industry");
                    }
                    e.country = row.columnTextView(4);
                    e.meansOfControl = namesIn<MeansOfControl>(row, 5, "exploitations.means_of_control");
                    if (!row.columnIsNull(6)) {
                        e.relation = nameIn<ExploiterRelation>(row, 6, "exploitations.relation");
                    }
                });

    // The ends that reopenings cancelled come before the current end.
    std::vector<Positioned<std::pair<StatisticsCase::End, Date>>> reopenings;
    reader.scan("SELECT client_id, position, date, ended_on, end_reason FROM reopenings",
                [&](const Statement& row) {
                    if (const auto at = index.find(row)) {
                        reopenings.push_back({*at,
                                              row.columnInt(1),
                                              {{dateIn(row, 3, "reopenings.ended_on"),
                                                nameIn<EndReason>(row, 4, "reopenings.end_reason")},
                                               dateIn(row, 2, "reopenings.date")}});
                    }
                });
    sortByPosition(reopenings);
    for (const auto& [at, position, reopening] : reopenings) {
        cases[at].ends.push_back(reopening.first);
        cases[at].reopenings.push_back(reopening.second);
    }
    reader.scan("SELECT client_id, date, reason FROM ends_of_assistance", [&](const Statement& row) {
        if (const auto at = index.find(row)) {
            cases[*at].ends.push_back({dateIn(row, 1, "ends_of_assistance.date"),
                                       nameIn<EndReason>(row, 2, "ends_of_assistance.reason")});
        }
    });
    std::vector<Positioned<StatisticsCase::ReflectionStart>> periods;
    reader.scan("SELECT client_id, position, start_date, granted_by FROM reflection_periods",
                [&](const Statement& row) {
                    if (const auto at = index.find(row)) {
                        periods.push_back(
                            {*at,
                             row.columnInt(1),
                             {dateIn(row, 2, "reflection_periods.start_date"),
                              nameIn<ReflectionGrantor>(row, 3, "reflection_periods.granted_by")}});
                    }
                });
    sortByPosition(periods);
    for (const auto& period : periods) {
        cases[period.owner].reflectionPeriods.push_back(period.entry);
    }

    // In the order of the client ids, which says nothing about when a client
    // was added. The clients' covering index gives that order already.
    if (std::is_sorted(ids.begin(), ids.end())) {
        return cases;
    }
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
