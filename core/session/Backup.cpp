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

bool write(Session& session, const std::filesystem::path& backupFile, const Progress& progress)
{
    // No other thread of the program may change the file while it is copied.
    const store::Database::Hold held = session.database().hold();
    const std::filesystem::path headerPath = store::KeyHeader::pathFor(session.databasePath());
    const crypto::Bytes header = store::readWholeFile(headerPath, 64 * 1024);
    store::FileReader database(session.databasePath());
    const std::uint64_t total = database.size();
    if (total > MaxBackupSize) {
        throw Error(ErrorCode::Invalid,
                    "the database " + session.databasePath().string() + " is too large to back up");
    }

    store::ByteWriter prefix;
    prefix.raw(crypto::asBytes(std::string_view(Magic, sizeof(Magic))));
    prefix.u16(FormatVersion);
    prefix.u32(static_cast<std::uint32_t>(header.size()));
    prefix.raw(header);
    prefix.u64(total);

    crypto::StreamingHash mac = crypto::StreamingHash::hmacSha256(
        macKey(session.keyRing().dataKey(), session.keyRing().databaseId()));
    crypto::StreamingHash checksum = crypto::StreamingHash::sha256();
    // Without a commit the writer removes its temporary file: a stopped or
    // failed backup leaves nothing behind.
    store::AtomicFileWriter out(backupFile);
    const auto signedPart = [&](crypto::ByteView bytes) {
        out.write(bytes);
        mac.update(bytes);
        checksum.update(bytes);
    };
    signedPart(prefix.bytes());
    if (progress && !progress(0, total)) {
        return false;
    }
    crypto::Bytes chunk(std::size_t {1} << 20);
    std::uint64_t done = 0;
    while (done < total) {
        const std::size_t wanted
            = static_cast<std::size_t>(std::min<std::uint64_t>(chunk.size(), total - done));
        const std::size_t got = database.read(chunk.data(), wanted);
        if (got == 0) {
            throw Error(ErrorCode::Io,
                        "the database " + session.databasePath().string()
                            + " became shorter while it was being backed up");
        }
        signedPart(crypto::ByteView(chunk.data(), got));
        done += got;
        if (progress && !progress(done, total)) {
            return false;
        }
    }
    const crypto::Bytes code = mac.final();
    out.write(code);
    checksum.update(code);
    out.write(checksum.final());
    out.commit();
    return true;
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
