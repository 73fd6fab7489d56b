#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace majakka::test {

// A fresh folder under the system temp dir, removed with everything in it.
class TemporaryFolder
{
public:
    TemporaryFolder();
    // Inside `parent` rather than the system's temp folder.
    explicit TemporaryFolder(const std::filesystem::path& parent);
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    ~TemporaryFolder();

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

std::vector<std::uint8_t> readBytes(const std::filesystem::path& path);
void writeBytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes);
// SHA-256 of a file in hex, to show a file did not change.
std::string fileHash(const std::filesystem::path& path);
// Hashes of every file in a folder, by name.
std::vector<std::pair<std::string, std::string>> folderHashes(const std::filesystem::path& folder);
void flipByte(const std::filesystem::path& path, std::size_t offset);
// How many fixed-size pages differ between two versions of a file (pages only
// in the longer one count as differing). A re-encrypted database differs in
// every page, since each page gets a fresh random IV.
std::size_t changedPages(const std::vector<std::uint8_t>& before,
                         const std::vector<std::uint8_t>& after,
                         std::size_t pageSize);
bool fileContains(const std::filesystem::path& path, const std::string& needle);

} // namespace majakka::test
