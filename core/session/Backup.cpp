#include "session/Backup.h"

#include "Error.h"
#include "crypto/Hash.h"
#include "session/Session.h"
#include "store/AtomicFile.h"
#include "store/ByteStream.h"
#include "store/KeyHeader.h"
#include "store/KeyRing.h"

#include <algorithm>
#include <cstdint>

namespace majakka::backup {

namespace {
constexpr char Magic[] = {'M', 'A', 'J', 'A', 'K', 'K', 'A', 'B'};
constexpr std::uint16_t FormatVersion = 1;
constexpr std::size_t MaxBackupSize = std::size_t {64} * 1024 * 1024 * 1024;

crypto::Bytes macKey(const crypto::Secret& dataKey, crypto::ByteView databaseId)
{
    const crypto::Secret key = crypto::hkdfSha256(dataKey.bytes(), databaseId, "majakka backup mac v1", 32);
    return crypto::Bytes(key.data(), key.data() + key.size());
}

struct Bundle
{
    crypto::Bytes header;
    crypto::Bytes database;
    crypto::Bytes signedPart;
    crypto::Bytes mac;
};

Bundle parse(crypto::ByteView bytes, const std::filesystem::path& file)
{
    const std::string what = "the backup " + file.string();
    if (bytes.size() < sizeof(Magic) || !std::equal(Magic, Magic + sizeof(Magic), bytes.begin())) {
        throw Error(ErrorCode::Invalid, what + " is not a Majakka backup");
    }
    if (bytes.size() < sizeof(Magic) + 2 * crypto::Sha256Size) {
        throw Error(ErrorCode::Damaged, what + " is damaged: it ends too early");
    }
    const auto checked = bytes.first(bytes.size() - crypto::Sha256Size);
    if (!crypto::equalConstantTime(crypto::sha256(checked), bytes.last(crypto::Sha256Size))) {
        throw Error(ErrorCode::Damaged, what + " is damaged or was altered: its checksum does not match");
    }
    store::ByteReader in(bytes, what);
    in.raw(sizeof(Magic));
    if (in.u16() != FormatVersion) {
        throw Error(ErrorCode::Invalid, what + " has a format this version of Majakka cannot read");
    }
    Bundle bundle;
    bundle.header = in.raw(in.u32());
    const std::uint64_t databaseSize = in.u64();
    if (databaseSize > bytes.size()) {
        throw Error(ErrorCode::Damaged, what + " is damaged: it ends too early");
    }
    bundle.database = in.raw(static_cast<std::size_t>(databaseSize));
    bundle.signedPart.assign(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(in.position()));
    bundle.mac = in.raw(crypto::Sha256Size);
    return bundle;
}

void refuseExisting(const std::filesystem::path& path)
{
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        throw Error(ErrorCode::Usage,
                    "a file already exists at " + path.string()
                        + "; restore to a new name or move it away first");
    }
}
} // namespace

void write(Session& session, const std::filesystem::path& backupFile)
{
    const std::filesystem::path headerPath = store::KeyHeader::pathFor(session.databasePath());
    const crypto::Bytes header = store::readWholeFile(headerPath, 64 * 1024);
    const crypto::Bytes database = store::readWholeFile(session.databasePath(), MaxBackupSize);

    store::ByteWriter out;
    out.raw(crypto::asBytes(std::string_view(Magic, sizeof(Magic))));
    out.u16(FormatVersion);
    out.u32(static_cast<std::uint32_t>(header.size()));
    out.raw(header);
    out.u64(database.size());
    out.raw(database);
    crypto::Bytes bundle = out.take();
    const crypto::Bytes mac
        = crypto::hmacSha256(macKey(session.keyRing().dataKey(), session.keyRing().databaseId()), bundle);
    bundle.insert(bundle.end(), mac.begin(), mac.end());
    const crypto::Bytes checksum = crypto::sha256(bundle);
    bundle.insert(bundle.end(), checksum.begin(), checksum.end());
    store::writeFileAtomically(backupFile, bundle);
}

void restore(const std::filesystem::path& backupFile,
             const std::filesystem::path& databasePath,
             const std::optional<std::string>& userName,
             std::string_view passphrase)
{
    const std::filesystem::path headerPath = store::KeyHeader::pathFor(databasePath);
    refuseExisting(databasePath);
    refuseExisting(headerPath);

    const Bundle bundle = parse(store::readWholeFile(backupFile, MaxBackupSize), backupFile);
    store::KeyRing ring = store::KeyRing::unlock(bundle.header, headerPath, userName, passphrase);
    const crypto::Bytes expected
        = crypto::hmacSha256(macKey(ring.dataKey(), ring.databaseId()), bundle.signedPart);
    if (!crypto::equalConstantTime(expected, bundle.mac)) {
        throw Error(ErrorCode::Damaged,
                    "the backup " + backupFile.string()
                        + " was altered: its authentication code does not match");
    }

    // The database first, the header last: a database without its header is
    // visibly unfinished, and the restore can simply be run again.
    try {
        store::writeFileAtomically(databasePath, bundle.database);
        store::writeFileAtomically(headerPath, bundle.header);
        Session::unlock(databasePath, userName, passphrase);
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(headerPath, ec);
        std::filesystem::remove(databasePath, ec);
        throw;
    }
}

} // namespace majakka::backup
