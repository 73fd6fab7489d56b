#include "SyncSimulation.h"

#include "store/IdColumns.h"
#include "store/OperationHistory.h"
#include "store/Statement.h"

#include <algorithm>

namespace majakka::test {

namespace {
const std::vector<std::string> Fields {"title", "status", "note", "worker"};
const std::vector<std::string> Workers {"kaisa", "mikko", "leena"};

// In memory where the system has it: a run makes a few dozen databases.
std::filesystem::path scratchFolder()
{
    std::error_code ec;
    return std::filesystem::is_directory("/dev/shm", ec) ? std::filesystem::path("/dev/shm")
                                                         : std::filesystem::temp_directory_path();
}
} // namespace

SyncSimulation::SyncSimulation(std::uint64_t seed,
                               std::size_t offices,
                               std::size_t laptops,
                               std::size_t records)
    : m_folder(scratchFolder())
    , m_random(seed)
{
    const auto start = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'795'000'000'000));
    const auto make = [&](const std::string& name) {
        // Clocks that disagree by up to five minutes, as laptops' do.
        const auto offset = std::chrono::milliseconds(static_cast<std::int64_t>(pick(600'000)) - 300'000);
        return std::make_unique<SyncReplica>(m_folder / (name + ".db"), name, start + offset);
    };
    for (std::size_t i = 0; i < offices; ++i) {
        m_offices.push_back(make("office" + std::to_string(i)));
    }
    for (std::size_t i = 0; i < laptops; ++i) {
        m_laptops.push_back({make("laptop" + std::to_string(i)), Workers[i % Workers.size()]});
    }
    for (auto& a : m_offices) {
        for (auto& b : m_offices) {
            if (a != b) {
                a->trust(*b);
            }
        }
        for (auto& laptop : m_laptops) {
            a->trust(*laptop.replica, laptop.worker);
            laptop.replica->trust(*a);
        }
    }
    for (std::size_t i = 0; i < records; ++i) {
        m_records.push_back(store::Id::random());
    }
}

std::size_t SyncSimulation::pick(std::size_t count)
{
    return std::uniform_int_distribution<std::size_t>(0, count - 1)(m_random);
}

std::set<store::Id> SyncSimulation::held(SyncReplica& replica, const store::Id& record)
{
    store::Statement query(replica.database(), "SELECT op_id FROM operations WHERE record_id = ?1");
    query.bind(1, store::idView(record));
    std::set<store::Id> out;
    while (query.step()) {
        out.insert(store::idColumn(query, 0));
    }
    return out;
}

std::vector<store::Id> SyncSimulation::editable(SyncReplica& replica, bool laptop)
{
    // A caseworker's laptop changes only the cases it holds; an office any, new ones too.
    return laptop ? store::OperationHistory(replica.database()).liveRecords() : m_records;
}

void SyncSimulation::edit(SyncReplica& replica)
{
    const bool laptop = replica.name().rfind("laptop", 0) == 0;
    const std::vector<store::Id> records = editable(replica, laptop);
    if (records.empty()) {
        return;
    }
    const store::Id& record = records[pick(records.size())];
    const std::string& field = Fields[pick(Fields.size())];
    std::optional<std::string> value;
    if (field == "worker") {
        value = "\"" + Workers[pick(Workers.size())] + "\"";
    } else if (pick(10) != 0) {
        value = "\"v" + std::to_string(pick(5)) + "\"";
    }
    std::set<store::Id> seen = held(replica, record);
    for (const store::Operation& op : replica.edit(record, field, value)) {
        m_made.push_back({op.opId, record, field, seen});
    }
}

void SyncSimulation::remove(SyncReplica& replica)
{
    const store::Id& record = m_records[pick(m_records.size())];
    std::set<store::Id> seen = held(replica, record);
    if (seen.empty()) {
        return; // nothing of it here to delete
    }
    const store::Operation op = replica.remove(record);
    m_made.push_back({op.opId, record, op.field, std::move(seen)});
}

void SyncSimulation::exchange(SyncReplica& from, SyncReplica& to, bool lost)
{
    crypto::Bytes package = from.exportTo(to);
    for (const Laptop& laptop : m_laptops) {
        if (laptop.replica.get() == &to) {
            const auto scope = from.context().hooks.recordsIn({laptop.worker, std::nullopt});
            m_toLaptops.push_back({&laptop, package, {scope.begin(), scope.end()}});
        }
    }
    if (!lost) {
        to.import(package);
    }
    m_sent.emplace_back(&to, std::move(package));
}

void SyncSimulation::step()
{
    for (auto& replica : m_offices) {
        replica->clock().advance(std::chrono::milliseconds(pick(40)));
    }
    for (auto& laptop : m_laptops) {
        laptop.replica->clock().advance(std::chrono::milliseconds(pick(40)));
    }
    const std::size_t count = m_offices.size() + m_laptops.size();
    const std::size_t index = pick(count);
    const bool onLaptop = index >= m_offices.size();
    SyncReplica& replica = onLaptop ? *m_laptops[index - m_offices.size()].replica : *m_offices[index];
    const std::size_t roll = pick(100);
    if (roll < 45) {
        edit(replica);
    } else if (roll < 50) {
        remove(replica);
    } else if (roll < 90) {
        // Offices sync with everyone, laptops with offices; one package in eight is lost.
        const std::size_t peers = onLaptop ? m_offices.size() : count - 1;
        std::size_t other = pick(peers);
        if (!onLaptop && other >= index) {
            ++other;
        }
        SyncReplica& to
            = other < m_offices.size() ? *m_offices[other] : *m_laptops[other - m_offices.size()].replica;
        exchange(replica, to, pick(8) == 0);
    } else if (!m_sent.empty()) {
        // An old package imported (again): harmless.
        auto& [to, package] = m_sent[pick(m_sent.size())];
        to->import(package);
    }
}

void SyncSimulation::exchangeAll()
{
    // A laptop gives up a case only once an office holds everything it made
    // there, which takes a round trip: three rounds settle everything.
    for (int round = 0; round < 3; ++round) {
        std::vector<std::pair<SyncReplica*, SyncReplica*>> pairs;
        for (auto& a : m_offices) {
            for (auto& b : m_offices) {
                if (a != b) {
                    pairs.emplace_back(a.get(), b.get());
                }
            }
            for (auto& laptop : m_laptops) {
                pairs.emplace_back(a.get(), laptop.replica.get());
                pairs.emplace_back(laptop.replica.get(), a.get());
            }
        }
        std::shuffle(pairs.begin(), pairs.end(), m_random);
        for (const auto& [from, to] : pairs) {
            exchange(*from, *to, false);
        }
    }
}

std::map<std::pair<store::Id, std::string>, std::set<store::Id>> SyncSimulation::expectedHeads() const
{
    std::map<std::pair<store::Id, std::string>, std::set<store::Id>> heads;
    for (const Made& candidate : m_made) {
        const bool superseded = std::any_of(m_made.begin(), m_made.end(), [&](const Made& other) {
            return other.op != candidate.op && other.record == candidate.record
                && (other.field == candidate.field || other.field == store::DeletedField)
                && other.seen.count(candidate.op) > 0;
        });
        if (!superseded) {
            heads[{candidate.record, candidate.field}].insert(candidate.op);
        }
    }
    return heads;
}

} // namespace majakka::test
