#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace majakka;
using test::runCli;

namespace {
const std::map<std::string, std::string> Admin {{"MAJAKKA_PASSPHRASE", "admin passphrase 1"}};

struct DamagedDatabase
{
    test::TemporaryFolder folder;
    std::string db = (folder / "m.db").string();

    DamagedDatabase() { REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0); }

    // verify must exit 4 with a clear message and write nothing.
    void expectVerifyNames(const std::string& words)
    {
        const auto before = test::folderHashes(folder.path());
        const auto verify = runCli({"verify", "--db", db}, Admin);
        CHECK(verify.exitCode == 4);
        INFO(verify.err);
        CHECK(verify.err.find(words) != std::string::npos);
        CHECK(verify.out.empty());
        CHECK(test::folderHashes(folder.path()) == before);
    }
};
} // namespace

TEST_CASE("verify prints OK for a whole database", "[cli][verify]")
{
    DamagedDatabase fx;
    const auto verify = runCli({"verify", "--db", fx.db}, Admin);
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.rfind("OK", 0) == 0);
}

TEST_CASE("verify names a flipped byte in the database", "[cli][verify]")
{
    DamagedDatabase fx;
    test::flipByte(fx.db, 4096 + 100);
    fx.expectVerifyNames("damaged");
}

TEST_CASE("verify names a flipped byte in the key header", "[cli][verify]")
{
    DamagedDatabase fx;
    test::flipByte(fx.db + ".keys", 30);
    fx.expectVerifyNames("key header");
}

TEST_CASE("verify names a page overwritten with zeros", "[cli][verify]")
{
    DamagedDatabase fx;
    auto bytes = test::readBytes(fx.db);
    std::fill(bytes.begin() + 4096, bytes.begin() + 8192, 0);
    test::writeBytes(fx.db, bytes);
    fx.expectVerifyNames("all zeros");
}

TEST_CASE("verify names a truncated file", "[cli][verify]")
{
    DamagedDatabase fx;
    std::filesystem::resize_file(fx.db, std::filesystem::file_size(fx.db) - 700);
    fx.expectVerifyNames("truncated");
}

TEST_CASE("opening a damaged database is refused with exit code 4", "[cli][verify]")
{
    DamagedDatabase fx;
    test::flipByte(fx.db, 500);
    const auto before = test::folderHashes(fx.folder.path());
    const auto list = runCli({"user", "list", "--db", fx.db}, Admin);
    CHECK(list.exitCode == 4);
    CHECK(test::folderHashes(fx.folder.path()) == before);
}
