#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace majakka;
using test::runCli;

namespace {
const std::map<std::string, std::string> Admin {{"MAJAKKA_PASSPHRASE", "admin passphrase 1"}};

// Two databases, an office and a laptop, that know each other's identity files.
struct TwoDevices
{
    test::TemporaryFolder folder;
    std::string office = (folder / "office.db").string();
    std::string laptop = (folder / "laptop.db").string();
    std::string officeId = (folder / "office.id").string();
    std::string laptopId = (folder / "laptop.id").string();

    TwoDevices()
    {
        REQUIRE(runCli({"init", "--db", office, "--user", "anna"}, Admin).exitCode == 0);
        REQUIRE(runCli({"init", "--db", laptop, "--user", "anna"}, Admin).exitCode == 0);
        REQUIRE(runCli({"device", "export", "--db", office, "--out", officeId}, Admin).exitCode == 0);
        REQUIRE(runCli({"device", "export", "--db", laptop, "--out", laptopId}, Admin).exitCode == 0);
    }

    std::string fingerprintOf(const std::string& db)
    {
        const auto shown = runCli({"device", "show", "--json", "--db", db}, Admin);
        REQUIRE(shown.exitCode == 0);
        return nlohmann::json::parse(shown.out)["fingerprint"].get<std::string>();
    }

    void enrolBoth()
    {
        REQUIRE(runCli({"device",
                        "trust",
                        "--db",
                        office,
                        "--in",
                        laptopId,
                        "--name",
                        "laptop",
                        "--fingerprint",
                        fingerprintOf(laptop)},
                       Admin)
                    .exitCode
                == 0);
        REQUIRE(runCli({"device",
                        "trust",
                        "--db",
                        laptop,
                        "--in",
                        officeId,
                        "--name",
                        "office",
                        "--fingerprint",
                        fingerprintOf(office)},
                       Admin)
                    .exitCode
                == 0);
    }
};
} // namespace

TEST_CASE("devices are enrolled only with the fingerprint their owner reads out", "[cli][sync]")
{
    TwoDevices fx;
    const auto wrong = runCli({"device",
                               "trust",
                               "--db",
                               fx.office,
                               "--in",
                               fx.laptopId,
                               "--name",
                               "laptop",
                               "--fingerprint",
                               "12345 12345 12345 12345 12345 12345"},
                              Admin);
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err.find("does not match") != std::string::npos);
    CHECK(nlohmann::json::parse(runCli({"device", "list", "--json", "--db", fx.office}, Admin).out).empty());

    fx.enrolBoth();
    const auto list
        = nlohmann::json::parse(runCli({"device", "list", "--json", "--db", fx.office}, Admin).out);
    REQUIRE(list.size() == 1);
    CHECK(list[0]["name"] == "laptop");
    CHECK(list[0]["fingerprint"] == fx.fingerprintOf(fx.laptop));
    CHECK(list[0]["revoked_at"].is_null());
}

TEST_CASE("a package goes across once: a dry run writes nothing and a second import changes nothing",
          "[cli][sync]")
{
    TwoDevices fx;
    fx.enrolBoth();
    const auto templ = runCli({"client", "template"});
    test::writeBytes(fx.folder / "client.json",
                     std::vector<std::uint8_t>(templ.out.begin(), templ.out.end()));
    REQUIRE(
        runCli({"client", "add", "--json", (fx.folder / "client.json").string(), "--db", fx.office}, Admin)
            .exitCode
        == 0);

    const std::string package = (fx.folder / "to-laptop.majakka-sync").string();
    const auto exported
        = runCli({"sync", "export", "--db", fx.office, "--to", "laptop", "--out", package, "--json"}, Admin);
    REQUIRE(exported.exitCode == 0);
    CHECK(nlohmann::json::parse(exported.out)["records"] == 1);
    const auto again
        = runCli({"sync", "export", "--db", fx.office, "--to", "laptop", "--out", package}, Admin);
    CHECK(again.exitCode == 2); // never over an existing file
    CHECK(again.err.find("exists already") != std::string::npos);

    // (The CLI's sign-in is audited, so the file changes anyway; the core's tests show a dry run writes
    // nothing.)
    const auto preview
        = runCli({"sync", "import", "--db", fx.laptop, "--in", package, "--dry-run", "--json"}, Admin);
    REQUIRE(preview.exitCode == 0);
    CHECK(nlohmann::json::parse(preview.out)["added"].size() == 1);
    CHECK(nlohmann::json::parse(preview.out)["dry_run"] == true);

    const auto imported = runCli({"sync", "import", "--db", fx.laptop, "--in", package}, Admin);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.find("1 records added") != std::string::npos);
    const auto repeated = runCli({"sync", "import", "--db", fx.laptop, "--in", package}, Admin);
    CHECK(repeated.exitCode == 0);
    CHECK(repeated.out.find("imported already") != std::string::npos);

    const auto officeDump = runCli({"dump", "--canonical", "--db", fx.office}, Admin);
    const auto laptopDump = runCli({"dump", "--canonical", "--db", fx.laptop}, Admin);
    REQUIRE(officeDump.exitCode == 0);
    CHECK(officeDump.out == laptopDump.out);
    CHECK(runCli({"conflicts", "list", "--json", "--db", fx.laptop}, Admin).out == "[]\n");
}

TEST_CASE("an altered package and a revoked sender's package are refused with their exit codes",
          "[cli][sync]")
{
    TwoDevices fx;
    fx.enrolBoth();
    const auto package = fx.folder / "p.majakka-sync";
    REQUIRE(runCli({"sync", "export", "--db", fx.office, "--to", "laptop", "--out", package.string()}, Admin)
                .exitCode
            == 0);
    const auto altered = fx.folder / "altered.majakka-sync";
    std::filesystem::copy_file(package, altered);
    test::flipByte(altered, std::filesystem::file_size(altered) - 10);
    const auto damaged = runCli({"sync", "import", "--db", fx.laptop, "--in", altered.string()}, Admin);
    CHECK(damaged.exitCode == 4);
    CHECK(damaged.err.find("damaged or was altered") != std::string::npos);

    REQUIRE(runCli({"device", "revoke", "office", "--db", fx.laptop}, Admin).exitCode == 0);
    const auto revoked = runCli({"sync", "import", "--db", fx.laptop, "--in", package.string()}, Admin);
    CHECK(revoked.exitCode == 3);
    CHECK(revoked.err.find("revoked") != std::string::npos);
}
