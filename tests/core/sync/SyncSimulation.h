#pragma once

#include "SyncReplica.h"
#include "TestSupport.h"

#include <memory>
#include <random>

namespace majakka::test {

// A random history of edits, deletes and exchanges among office databases
// (complete replicas that trust each other) and laptops (each enrolled at
// every office for one worker's cases), with a model of who saw what: the
// oracle the property tests check the databases against.
class SyncSimulation
{
public:
    SyncSimulation(std::uint64_t seed, std::size_t offices, std::size_t laptops, std::size_t records);

    // One random step: an edit, a delete, an exchange (sometimes lost), or a
    // package imported again.
    void step();
    // Rounds of every office sending to every other and each laptop and office
    // sending to each other, in random order, until everything has settled.
    void exchangeAll();

    std::vector<std::unique_ptr<SyncReplica>>& offices() { return m_offices; }
    struct Laptop
    {
        std::unique_ptr<SyncReplica> replica;
        std::string worker;
    };
    std::vector<Laptop>& laptops() { return m_laptops; }

    struct Made
    {
        store::Id op;
        store::Id record;
        std::string field;
        std::set<store::Id> seen; // the operations of the record its replica held when it was made
    };
    const std::vector<Made>& made() const { return m_made; }
    // Every package written to a laptop, with the cases of its worker at the
    // sender when it was written.
    struct ToLaptop
    {
        const Laptop* laptop;
        crypto::Bytes package;
        std::set<store::Id> scope;
    };
    const std::vector<ToLaptop>& toLaptops() const { return m_toLaptops; }

    // The heads the model expects: each operation no other operation of its
    // field (or a delete of its record) saw.
    std::map<std::pair<store::Id, std::string>, std::set<store::Id>> expectedHeads() const;

private:
    void edit(SyncReplica& replica);
    void remove(SyncReplica& replica);
    void exchange(SyncReplica& from, SyncReplica& to, bool lost);
    std::set<store::Id> held(SyncReplica& replica, const store::Id& record);
    std::vector<store::Id> editable(SyncReplica& replica, bool laptop);
    std::size_t pick(std::size_t count);

    TemporaryFolder m_folder;
    std::mt19937_64 m_random;
    std::vector<std::unique_ptr<SyncReplica>> m_offices;
    std::vector<Laptop> m_laptops;
    std::vector<store::Id> m_records;
    std::vector<Made> m_made;
    std::vector<std::pair<SyncReplica*, crypto::Bytes>> m_sent;
    std::vector<ToLaptop> m_toLaptops;
};

} // namespace majakka::test
