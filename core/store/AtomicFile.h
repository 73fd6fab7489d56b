#pragma once

#include "crypto/Bytes.h"

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

// Reads a whole file. Throws Error(NotFound) or Error(Io) naming the file.
// Refuses files larger than maxSize (Error(Invalid)).
crypto::Bytes readWholeFile(const std::filesystem::path& path, std::size_t maxSize);

// Syncs a file's content to disk (used on the database after a raw copy).
void syncFile(const std::filesystem::path& path);

} // namespace majakka::store
