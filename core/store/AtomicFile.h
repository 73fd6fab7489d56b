#pragma once

#include "crypto/Bytes.h"

#include <cstdint>
#include <filesystem>

namespace majakka::store {

// Writes the file so that a crash leaves either the old or the new content,
// never a mix: write a temporary file beside it, fsync it, rename it over the
// old one, fsync the folder. Throws Error(Io) naming the file on failure, and
// leaves the old file untouched.
void writeFileAtomically(const std::filesystem::path& path, crypto::ByteView content);

// The same for a file that must not exist yet (an export, a published
// release): the content appears whole under `path` or not at all, and a file
// already there, even one made a moment ago by someone else, is never
// replaced. Throws Error(Usage) naming the file when it exists, Error(Io) on
// other failures; nothing is left behind on failure.
void writeNewFileAtomically(const std::filesystem::path& path, crypto::ByteView content);
// The same, a piece at a time, for content too large to hold in memory:
// nothing at `path` changes until commit(); an object that goes without a
// commit removes its temporary file.
class AtomicFileWriter
{
public:
    explicit AtomicFileWriter(std::filesystem::path path);
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;
    ~AtomicFileWriter();

    void write(crypto::ByteView content);
    // Flushes, renames over `path` and flushes the folder.
    void commit();

private:
    std::filesystem::path m_path;
    std::filesystem::path m_temporary;
    int m_fd = -1;
};

// Reads a file a piece at a time. Throws Error(NotFound) or Error(Io) naming the file.
class FileReader
{
public:
    explicit FileReader(std::filesystem::path path);
    FileReader(const FileReader&) = delete;
    FileReader& operator=(const FileReader&) = delete;
    ~FileReader();

    std::uint64_t size() const { return m_size; }
    // Fills `into` as far as the file goes; returns how much was read (0 at the end).
    std::size_t read(std::uint8_t* into, std::size_t capacity);

private:
    std::filesystem::path m_path;
    int m_fd = -1;
    std::uint64_t m_size = 0;
};

// Reads a whole file. Throws Error(NotFound) or Error(Io) naming the file.
// Refuses files larger than maxSize (Error(Invalid)).
crypto::Bytes readWholeFile(const std::filesystem::path& path, std::size_t maxSize);

// Syncs a file's content to disk (used on the database after a raw copy).
void syncFile(const std::filesystem::path& path);

} // namespace majakka::store
