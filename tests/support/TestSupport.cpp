#include "TestSupport.h"

#include "crypto/Bytes.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace majakka::test {

TemporaryFolder::TemporaryFolder()
    : TemporaryFolder(std::filesystem::temp_directory_path())
{ }

TemporaryFolder::TemporaryFolder(const std::filesystem::path& parent)
    : m_path(parent / ("majakka-test-" + crypto::toHex(crypto::randomBytes(8))))
{
    std::filesystem::create_directories(m_path);
}

TemporaryFolder::~TemporaryFolder()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::vector<std::uint8_t> readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

std::string fileHash(const std::filesystem::path& path)
{
    return crypto::toHex(crypto::sha256(readBytes(path)));
}

std::vector<std::pair<std::string, std::string>> folderHashes(const std::filesystem::path& folder)
{
    std::vector<std::pair<std::string, std::string>> hashes;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        hashes.emplace_back(entry.path().filename().string(), fileHash(entry.path()));
    }
    std::sort(hashes.begin(), hashes.end());
    return hashes;
}

void flipByte(const std::filesystem::path& path, std::size_t offset)
{
    std::vector<std::uint8_t> bytes = readBytes(path);
    bytes.at(offset) ^= 0x01;
    writeBytes(path, bytes);
}

std::size_t changedPages(const std::vector<std::uint8_t>& before,
                         const std::vector<std::uint8_t>& after,
                         std::size_t pageSize)
{
    const std::size_t pages = (std::max(before.size(), after.size()) + pageSize - 1) / pageSize;
    std::size_t changed = 0;
    for (std::size_t page = 0; page < pages; ++page) {
        const std::size_t start = page * pageSize;
        const bool inBoth = start + pageSize <= before.size() && start + pageSize <= after.size();
        if (!inBoth
            || !std::equal(before.begin() + static_cast<std::ptrdiff_t>(start),
                           before.begin() + static_cast<std::ptrdiff_t>(start + pageSize),
                           after.begin() + static_cast<std::ptrdiff_t>(start))) {
            ++changed;
        }
    }
    return changed;
}

bool fileContains(const std::filesystem::path& path, const std::string& needle)
{
    const std::vector<std::uint8_t> bytes = readBytes(path);
    return std::search(bytes.begin(), bytes.end(), needle.begin(), needle.end()) != bytes.end();
}

} // namespace majakka::test
