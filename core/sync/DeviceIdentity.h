#pragma once

#include "crypto/Secret.h"
#include "sync/PublicIdentity.h"

#include <string_view>

namespace majakka {
class Clock;
namespace store {
class Database;
}
} // namespace majakka

namespace majakka::sync {

// This database as a device: its site id, its name and its two key pairs. The
// private keys are kept in the encrypted database only (table device_keys), so
// they are as safe as the records and go with a backup.
class DeviceIdentity
{
public:
    // The identity stored in the database; made the first time it is asked
    // for, named after the computer.
    static DeviceIdentity load(store::Database& database, const Clock& clock);
    static bool exists(store::Database& database);

    const PublicIdentity& publicIdentity() const { return m_public; }
    const store::Id& deviceId() const { return m_public.deviceId; }
    const crypto::Secret& signingPrivateKey() const { return m_signingPrivate; }
    const crypto::Secret& agreementPrivateKey() const { return m_agreementPrivate; }

    // Renames the device in the database (peers learn the new name from a new identity file).
    static void rename(store::Database& database, std::string_view name);

private:
    PublicIdentity m_public;
    crypto::Secret m_signingPrivate;
    crypto::Secret m_agreementPrivate;
};

} // namespace majakka::sync
