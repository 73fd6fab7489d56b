#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace majakka {

class Session;

// A backup is one file holding the encrypted database and its key header as
// they are on disk, so a restored database opens with the same passphrases
// (and recovery key). The bundle is authenticated with a key derived from the
// data key: a changed byte is refused at restore.
//
// Layout (integers big-endian): magic "MAJAKKAB" · u16 version · u32 header
// length · header · u64 database length · database · 32-byte HMAC-SHA-256 ·
// 32-byte SHA-256 of all before it.
namespace backup {

// Called as the backup is written, with the bytes of the database copied so
// far and in all; returning false stops the backup.
using Progress = std::function<bool(std::uint64_t done, std::uint64_t total)>;

// Writes the backup atomically, a piece at a time. The session holds the
// database's exclusive lock, and the connection (Database::hold) for as long as
// the copy takes, so no transaction is open and the file on disk is whole.
// Returns false when `progress` stopped it: then nothing at `backupFile` changed.
bool write(Session& session, const std::filesystem::path& backupFile, const Progress& progress = {});

// Restores to a new database path (never over an existing file). The passphrase
// of a user in the backup proves the right to restore and authenticates the bundle.
// Afterwards the restored database is opened once to check it.
void restore(const std::filesystem::path& backupFile,
             const std::filesystem::path& databasePath,
             const std::optional<std::string>& userName,
             std::string_view passphrase);

} // namespace backup
} // namespace majakka
