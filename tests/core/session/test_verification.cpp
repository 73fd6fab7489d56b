#include "Error.h"
#include "SessionFixture.h"
#include "session/UserAdministration.h"
#include "session/Verification.h"
#include "store/SettingsTable.h"
#include "store/Statement.h"

#include <catch2/catch.hpp>

using namespace majakka;

namespace {
constexpr std::size_t PageSize = store::Database::PageSize;

// A database with enough rows to span many pages.
void fill(test::SessionFixture& fx)
{
    auto session = fx.create();
    store::Transaction transaction(session->database());
    store::SettingsTable settings(session->database());
    for (int i = 0; i < 1000; ++i) {
        settings.setValue("row " + std::to_string(i), std::string(100, static_cast<char>('a' + i % 26)));
    }
    transaction.commit();
}

// The outcome of verify on damaged files: a list of problems, or a Damaged error.
std::string verifyProblems(test::SessionFixture& fx)
{
    try {
        const VerificationReport report
            = verifyDatabase(fx.database, std::string("anna"), test::AdminPassphrase);
        std::string all;
        for (const auto& problem : report.problems) {
            all += problem + "\n";
        }
        return all;
    } catch (const Error& error) {
        REQUIRE((error.code() == ErrorCode::Damaged || error.code() == ErrorCode::Invalid));
        return error.what();
    }
}
} // namespace

TEST_CASE("verify passes a whole database and writes nothing", "[session][verify]")
{
    test::SessionFixture fx;
    fill(fx);
    const auto before = test::folderHashes(fx.folder.path());
    const VerificationReport report = verifyDatabase(fx.database, std::nullopt, test::AdminPassphrase);
    CHECK(report.ok());
    CHECK(report.pages > 10);
    CHECK(report.users == 1);
    CHECK(test::folderHashes(fx.folder.path()) == before);
}

TEST_CASE("verify names damage: a flipped byte in any page of the database", "[session][verify]")
{
    test::SessionFixture fx;
    fill(fx);
    const auto original = test::readBytes(fx.database);
    const std::size_t pages = original.size() / PageSize;
    REQUIRE(pages > 10);
    // One byte in each page, at a different place each time. SQLCipher 3 keeps
    // 48 reserved bytes at the end of a page: IV and HMAC, then 12 bytes of random
    // padding that nothing reads, so a change there is harmless and not looked for.
    for (std::size_t page = 0; page < pages; ++page) {
        const std::size_t offset = page * PageSize + 16 + (page * 131) % (PageSize - 16 - 12);
        INFO("page " << page + 1 << ", offset " << offset);
        test::flipByte(fx.database, offset);
        const auto damaged = test::folderHashes(fx.folder.path());
        CHECK_FALSE(verifyProblems(fx).empty());
        CHECK(test::folderHashes(fx.folder.path()) == damaged); // verify wrote nothing
        test::writeBytes(fx.database, original);
    }
}

TEST_CASE("verify names damage: a page overwritten with zeros", "[session][verify]")
{
    test::SessionFixture fx;
    fill(fx);
    auto bytes = test::readBytes(fx.database);
    std::fill(bytes.begin() + PageSize * 4, bytes.begin() + PageSize * 5, 0);
    test::writeBytes(fx.database, bytes);
    const std::string problems = verifyProblems(fx);
    CHECK(problems.find("page 5") != std::string::npos);
    CHECK(problems.find("all zeros") != std::string::npos);
}

TEST_CASE("verify names damage: a truncated file", "[session][verify]")
{
    test::SessionFixture fx;
    fill(fx);
    SECTION("cut mid-page")
    {
        std::filesystem::resize_file(fx.database, std::filesystem::file_size(fx.database) - 300);
        CHECK(verifyProblems(fx).find("truncated") != std::string::npos);
    }
    SECTION("cut at a page boundary")
    {
        std::filesystem::resize_file(fx.database, std::filesystem::file_size(fx.database) - 2 * PageSize);
        CHECK(verifyProblems(fx).find("truncated") != std::string::npos);
    }
}

TEST_CASE("verify names damage: a flipped byte in the key header", "[session][verify]")
{
    test::SessionFixture fx;
    fill(fx);
    test::flipByte(fx.header, 40);
    const auto before = test::folderHashes(fx.folder.path());
    const std::string problems = verifyProblems(fx);
    CHECK(problems.find("key header") != std::string::npos);
    CHECK(test::folderHashes(fx.folder.path()) == before);
}

TEST_CASE("verify with a wrong passphrase is an authentication error", "[session][verify]")
{
    test::SessionFixture fx;
    fill(fx);
    try {
        verifyDatabase(fx.database, std::nullopt, "wrong passphrase");
        FAIL("verified with a wrong passphrase");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Authentication);
    }
}
