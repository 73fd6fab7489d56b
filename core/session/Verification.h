#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace majakka {

// What `majakka-cli verify` found. An empty list of problems means the
// database, its key header and its schema are whole.
struct VerificationReport
{
    std::vector<std::string> problems;
    int schemaVersion = 0;
    std::size_t pages = 0;
    std::size_t users = 0;

    bool ok() const { return problems.empty(); }
};

// Checks a database without changing it: the key header's checksum and MAC,
// every page of the file (no all-zero page, no short file, PRAGMA
// integrity_check decrypting and authenticating each page in use), the schema
// version, the link between header and database, that users and key slots
// match, and the audit log's hash chain. Throws Error(Authentication) for a wrong passphrase; damage found
// after the key is known is reported in the list rather than thrown.
VerificationReport verifyDatabase(const std::filesystem::path& databasePath,
                                  const std::optional<std::string>& userName,
                                  std::string_view passphrase);

} // namespace majakka
