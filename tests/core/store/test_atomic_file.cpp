#include "Error.h"
#include "TestSupport.h"
#include "store/AtomicFile.h"

#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace majakka;

namespace {

std::vector<std::string> namesIn(const std::filesystem::path& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("a new file is written whole, readable by its owner only, with nothing left beside it", "[store]")
{
    test::TemporaryFolder folder;
    const auto file = folder / "export.json";
    store::writeNewFileAtomically(file, crypto::asBytes("{\"a\": 1}\n"));
    const auto bytes = test::readBytes(file);
    CHECK(std::string(bytes.begin(), bytes.end()) == "{\"a\": 1}\n");
    CHECK(namesIn(folder.path()) == std::vector<std::string> {"export.json"});
    struct stat info
    {
    };
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("writing a new file over an existing one is refused and the old one stays as it was", "[store]")
{
    test::TemporaryFolder folder;
    const auto file = folder / "2026H1.csv";
    test::writeBytes(file, {'o', 'l', 'd'});
    try {
        store::writeNewFileAtomically(file, crypto::asBytes("new"));
        FAIL("wrote over an existing file");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Usage);
        CHECK(std::string(error.what()).find("a file already exists at " + file.string())
              != std::string::npos);
    }
    CHECK(test::readBytes(file) == std::vector<std::uint8_t> {'o', 'l', 'd'});
    CHECK(namesIn(folder.path()) == std::vector<std::string> {"2026H1.csv"});
}

TEST_CASE("a new file in a folder that does not exist fails with the folder named", "[store]")
{
    test::TemporaryFolder folder;
    const auto file = folder / "missing" / "out.pdf";
    try {
        store::writeNewFileAtomically(file, crypto::asBytes("x"));
        FAIL("wrote into a missing folder");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Io);
        CHECK(std::string(error.what()).find((folder / "missing").string()) != std::string::npos);
    }
}
