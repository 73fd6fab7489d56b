#include "sync/DeviceIdentity.h"

#include "Clock.h"
#include "Error.h"
#include "Version.h"
#include "crypto/RecoveryKey.h"
#include "crypto/Signature.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <unistd.h>

namespace majakka::sync {

namespace {

store::Id siteIdOf(store::Database& database)
{
    store::Statement query(database, "SELECT value FROM meta WHERE key = 'site_id'");
    if (!query.step()) {
        throw Error(ErrorCode::Damaged,
                    "the database has no site id; it was not made by this version of Majakka");
    }
    const crypto::Bytes bytes = query.columnBlob(0);
    return store::Id::fromBytes(bytes.data(), bytes.size());
}

std::string computerName()
{
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') {
        return "Majakka";
    }
    return name;
}

void create(store::Database& database, const Clock& clock)
{
    const crypto::SigningKeyPair signing = crypto::SigningKeyPair::generate();
    const crypto::RecoveryKeyPair agreement = crypto::RecoveryKeyPair::generate();
    store::Statement insert(
        database,
        "INSERT INTO device_keys (id, name, signing_private, signing_public, agreement_private, "
        "agreement_public, created_at) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, computerName())
        .bind(2, signing.privateKey.bytes())
        .bind(3, crypto::ByteView(signing.publicKey))
        .bind(4, agreement.privateKey.bytes())
        .bind(5, crypto::ByteView(agreement.publicKey))
        .bind(6, isoUtc(clock.now()))
        .run();
}

} // namespace

DeviceIdentity DeviceIdentity::load(store::Database& database, const Clock& clock)
{
    const char* select = "SELECT name, signing_private, signing_public, agreement_private, agreement_public "
                         "FROM device_keys WHERE id = 1";
    store::Statement query(database, select);
    if (!query.step()) {
        store::Transaction transaction(database);
        create(database, clock);
        transaction.commit();
        query.reset();
        query.step();
    }
    DeviceIdentity identity;
    identity.m_public.deviceId = siteIdOf(database);
    identity.m_public.name = query.columnText(0);
    identity.m_signingPrivate = query.columnSecret(1);
    identity.m_public.signingPublicKey = query.columnBlob(2);
    identity.m_agreementPrivate = query.columnSecret(3);
    identity.m_public.agreementPublicKey = query.columnBlob(4);
    identity.m_public.software = std::string("Majakka ") + Version;
    return identity;
}

bool DeviceIdentity::exists(store::Database& database)
{
    store::Statement query(database, "SELECT 1 FROM device_keys WHERE id = 1");
    return query.step();
}

void DeviceIdentity::rename(store::Database& database, std::string_view name)
{
    validateDeviceName(name);
    store::Statement update(database, "UPDATE device_keys SET name = ?1 WHERE id = 1");
    update.bind(1, name).run();
    if (database.changes() == 0) {
        throw Error(ErrorCode::NotFound, "this database has no device identity yet");
    }
}

} // namespace majakka::sync
