#pragma once

#include "sync/PublicIdentity.h"

#include <optional>
#include <string>
#include <vector>

namespace majakka::store {
class Database;
}

namespace majakka::sync {

// A peer this database exchanges packages with. A laptop is enrolled for one
// worker (it receives the cases assigned to them) or an office; an office
// desktop for everything.
struct TrustedDevice
{
    PublicIdentity identity;
    std::optional<std::string> worker; // a user name
    std::optional<std::string> office; // office name, e.g. "oulu"
    std::string trustedAt; // ISO 8601 UTC
    std::string trustedBy;
    std::optional<std::string> revokedAt;

    bool isRevoked() const { return revokedAt.has_value(); }
};

// The devices this database trusts (device-local: never synced).
class TrustedDevices
{
public:
    explicit TrustedDevices(store::Database& database)
        : m_database(database)
    { }

    // Enrols the device, or renews a device trusted before with its new name,
    // keys or scope. A revoked device stays revoked: a new identity (a new
    // database) is needed to come back.
    void trust(const TrustedDevice& device);
    // Throws Error(NotFound) for a device that is not enrolled.
    void revoke(const store::Id& deviceId, const std::string& at);

    std::optional<TrustedDevice> find(const store::Id& deviceId);
    // Finds by the whole id or by a unique start of its hex form (as people type it).
    TrustedDevice findByText(const std::string& text);
    std::vector<TrustedDevice> all();

private:
    store::Database& m_database;
};

} // namespace majakka::sync
