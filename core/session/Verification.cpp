#include "session/Verification.h"

#include "Error.h"
#include "audit/AuditLog.h"
#include "crypto/Hash.h"
#include "crypto/SelfTest.h"
#include "store/AtomicFile.h"
#include "store/Database.h"
#include "store/KeyRing.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/UserTable.h"

#include <algorithm>
#include <fstream>
#include <optional>

namespace majakka {

namespace {

// SQLCipher 3 writes every page with a fresh IV and an HMAC, so no page of a
// whole database is ever all zeros; SQLCipher itself lets such a page through
// as plain zeros, so it is looked for here.
void checkRawPages(const std::filesystem::path& path, std::size_t pageSize, VerificationReport& report)
{
    std::ifstream file(path, std::ios::binary);
    std::vector<char> page(pageSize);
    std::size_t index = 0;
    std::size_t total = 0;
    while (file.read(page.data(), static_cast<std::streamsize>(pageSize)) || file.gcount() > 0) {
        const auto got = static_cast<std::size_t>(file.gcount());
        total += got;
        ++index;
        if (got < pageSize) {
            report.problems.push_back("the database file is truncated: its last page is incomplete ("
                                      + std::to_string(got) + " of " + std::to_string(pageSize) + " bytes)");
            break;
        }
        if (std::all_of(page.begin(), page.end(), [](char c) { return c == 0; })) {
            report.problems.push_back("page " + std::to_string(index)
                                      + " of the database is all zeros: it was overwritten or damaged");
        }
    }
    report.pages = index;
    if (total == 0) {
        report.problems.push_back("the database file is empty");
    }
}

void checkSlotsAndUsers(store::Database& database, const store::KeyRing& ring, VerificationReport& report)
{
    const std::vector<domain::User> users = store::UserTable(database).all();
    report.users = users.size();
    std::size_t matched = 0;
    for (const domain::User& user : users) {
        if (ring.hasSlot(user.name)) {
            ++matched;
        } else {
            report.problems.push_back("the user \"" + user.name + "\" has no key slot and cannot sign in");
        }
    }
    if (ring.header().passphraseSlots.size() > matched) {
        report.problems.push_back(std::to_string(ring.header().passphraseSlots.size() - matched)
                                  + " key slot(s) belong to no user (left by an interrupted change)");
    }
}

} // namespace

VerificationReport verifyDatabase(const std::filesystem::path& databasePath,
                                  const std::optional<std::string>& userName,
                                  std::string_view passphrase)
{
    crypto::runSelfTests();
    std::error_code ec;
    if (!std::filesystem::exists(databasePath, ec)) {
        throw Error(ErrorCode::NotFound, "there is no database at " + databasePath.string());
    }
    // Header damage and a wrong passphrase are thrown: nothing more can be checked.
    store::KeyRing ring
        = store::KeyRing::unlock(store::KeyHeader::pathFor(databasePath), userName, passphrase);

    VerificationReport report;
    // The raw scan runs before the file is opened, so that a file SQLite
    // refuses outright still gets its damage described.
    checkRawPages(databasePath, store::Database::PageSize, report);
    std::optional<store::Database> opened;
    try {
        opened.emplace(
            store::Database::open(databasePath, ring.dataKey(), store::Database::Mode::OpenExisting));
    } catch (const Error& error) {
        if (error.code() != ErrorCode::Damaged) {
            throw;
        }
        report.problems.push_back("the database cannot be read with its key: it is damaged, truncated or was "
                                  "tampered with");
        return report;
    }
    store::Database& database = *opened;
    {
        store::Statement count(database, "PRAGMA page_count");
        count.step();
        const auto declared = static_cast<std::size_t>(count.columnInt(0));
        if (declared != report.pages) {
            report.problems.push_back("the database file has " + std::to_string(report.pages)
                                      + " pages but declares " + std::to_string(declared)
                                      + ": it was truncated or extended");
        }
    }
    if (const auto problem = database.integrityProblem()) {
        report.problems.push_back("the database failed its integrity check: " + *problem);
        return report;
    }

    report.schemaVersion = database.userVersion();
    if (report.schemaVersion > store::latestSchemaVersion()) {
        report.problems.push_back("the schema version " + std::to_string(report.schemaVersion)
                                  + " is newer than this Majakka knows");
        return report;
    }
    if (report.schemaVersion < 1) {
        report.problems.push_back("the database has no schema");
        return report;
    }
    store::Statement identity(database, "SELECT value FROM meta WHERE key = 'database_id'");
    if (!identity.step() || !crypto::equalConstantTime(identity.columnBlob(0), ring.databaseId())) {
        report.problems.push_back("the key header belongs to another database");
    }
    checkSlotsAndUsers(database, ring, report);
    if (report.schemaVersion >= 3) {
        if (const auto broken = audit::AuditLog(database, Clock::system()).firstBreak()) {
            report.problems.push_back("the audit log is broken at entry " + std::to_string(broken->sequence)
                                      + ": " + broken->reason);
        }
    }
    return report;
}

} // namespace majakka
