#pragma once

#include "domain/ClientRecord.h"
#include "domain/Date.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace majakka {

class ClientService;

// Synthetic casework for the demo database, benchmarks and tests: no real
// people. Proportions follow the published figures (about 78% victims and a
// few witnesses, 22% their children; about 40% exploited in Finland), with
// referrals from 2006 up to `today`, more in recent years. The same seed gives
// the same records on every platform (std::mt19937 with our own distributions).
class DemoGenerator
{
public:
    // `count` records, each passing domain::validateClient(record, today).
    // Victims and witnesses come first, then the children. A child's
    // person.parent is a parent reference ("demo-parent:<index>", the index of
    // the parent in the returned vector) until linkChildren replaces it with
    // the stored parent's id. Workers are taken from `caseworkers` (none when empty).
    static std::vector<domain::ClientRecord> generateClients(std::size_t count,
                                                             std::uint32_t seed,
                                                             domain::Date today,
                                                             const std::vector<std::string>& caseworkers);

    // The index of the first child in what generateClients returned (its size when there are none).
    static std::size_t firstChild(const std::vector<domain::ClientRecord>& records);

    // Replaces each child's parent reference with the id of storedParents[index].
    // Throws Error(Invalid) for a reference that is missing or out of range.
    // Generates `count` clients and adds them through the write path as
    // `majakka-cli demo` does: parents first, then their children, linked by the
    // ids the store gave the parents. Returns how many were added.
    static std::size_t addClients(ClientService& service,
                                  std::size_t count,
                                  std::uint32_t seed,
                                  domain::Date today,
                                  const std::vector<std::string>& caseworkers);

    static void linkChildren(std::vector<domain::ClientRecord>& children,
                             const std::vector<domain::ClientRecord>& storedParents);

    static constexpr std::string_view ParentReferencePrefix = "demo-parent:";
};

} // namespace majakka
