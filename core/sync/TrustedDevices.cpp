#include "sync/TrustedDevices.h"

#include "Error.h"
#include "store/Database.h"
#include "store/IdColumns.h"
#include "store/Statement.h"

#include <cctype>

namespace majakka::sync {

namespace {

constexpr const char* Columns
    = "device_id, name, signing_public, agreement_public, worker, office, trusted_at, "
      "trusted_by, revoked_at";

std::optional<std::string> optionalText(const store::Statement& row, int column)
{
    return row.columnIsNull(column) ? std::nullopt : std::optional<std::string>(row.columnText(column));
}

TrustedDevice readDevice(const store::Statement& row)
{
    TrustedDevice device;
    device.identity.deviceId = store::idColumn(row, 0);
    device.identity.name = row.columnText(1);
    device.identity.signingPublicKey = row.columnBlob(2);
    device.identity.agreementPublicKey = row.columnBlob(3);
    device.worker = optionalText(row, 4);
    device.office = optionalText(row, 5);
    device.trustedAt = row.columnText(6);
    device.trustedBy = row.columnText(7);
    device.revokedAt = optionalText(row, 8);
    return device;
}

void bindOptional(store::Statement& statement, int index, const std::optional<std::string>& text)
{
    if (text) {
        statement.bind(index, *text);
    } else {
        statement.bindNull(index);
    }
}

} // namespace

void TrustedDevices::trust(const TrustedDevice& device)
{
    if (const auto known = find(device.identity.deviceId); known && known->isRevoked()) {
        throw Error(ErrorCode::Invalid,
                    "the device " + device.identity.name + " (" + device.identity.deviceId.hex()
                        + ") was revoked on " + *known->revokedAt
                        + " and cannot be trusted again; give that computer a new database instead");
    }
    // SQLCipher 3.4's SQLite has no upsert: an update, then an insert if nothing was there.
    const auto write = [&](const char* sql) {
        store::Statement statement(m_database, sql);
        statement.bind(1, store::idView(device.identity.deviceId))
            .bind(2, device.identity.name)
            .bind(3, crypto::ByteView(device.identity.signingPublicKey))
            .bind(4, crypto::ByteView(device.identity.agreementPublicKey));
        bindOptional(statement, 5, device.worker);
        bindOptional(statement, 6, device.office);
        statement.bind(7, device.trustedAt).bind(8, device.trustedBy).run();
        return m_database.changes();
    };
    if (write(
            "UPDATE trusted_devices SET name = ?2, signing_public = ?3, agreement_public = ?4, worker = ?5, "
            "office = ?6, trusted_at = ?7, trusted_by = ?8 WHERE device_id = ?1")
        == 0) {
        write(
            "INSERT INTO trusted_devices (device_id, name, signing_public, agreement_public, worker, office, "
            "trusted_at, trusted_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    }
}

void TrustedDevices::revoke(const store::Id& deviceId, const std::string& at)
{
    store::Statement update(
        m_database, "UPDATE trusted_devices SET revoked_at = ?2 WHERE device_id = ?1 AND revoked_at IS NULL");
    update.bind(1, store::idView(deviceId)).bind(2, at).run();
    if (m_database.changes() == 0 && !find(deviceId)) {
        throw Error(ErrorCode::NotFound, "no device with the id " + deviceId.hex() + " is enrolled here");
    }
}

std::optional<TrustedDevice> TrustedDevices::find(const store::Id& deviceId)
{
    store::Statement query(m_database,
                           std::string("SELECT ") + Columns + " FROM trusted_devices WHERE device_id = ?1");
    query.bind(1, store::idView(deviceId));
    if (query.step()) {
        return readDevice(query);
    }
    return std::nullopt;
}

TrustedDevice TrustedDevices::findByText(const std::string& text)
{
    std::string prefix;
    for (char c : text) {
        prefix.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    std::vector<TrustedDevice> matches;
    for (TrustedDevice& device : all()) {
        if (device.identity.deviceId.hex().rfind(prefix, 0) == 0 || device.identity.name == text) {
            matches.push_back(std::move(device));
        }
    }
    if (prefix.empty() || matches.empty()) {
        throw Error(ErrorCode::NotFound,
                    "no enrolled device has the id or name \"" + text + "\" (see `majakka-cli device list`)");
    }
    if (matches.size() > 1) {
        throw Error(ErrorCode::Usage, "\"" + text + "\" names more than one device; give more of its id");
    }
    return std::move(matches.front());
}

std::vector<TrustedDevice> TrustedDevices::all()
{
    store::Statement query(
        m_database, std::string("SELECT ") + Columns + " FROM trusted_devices ORDER BY name, device_id");
    std::vector<TrustedDevice> out;
    while (query.step()) {
        out.push_back(readDevice(query));
    }
    return out;
}

} // namespace majakka::sync
