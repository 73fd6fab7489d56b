#pragma once

#include <QString>
#include <filesystem>

namespace majakka::ui {

// File names cross between Qt and the core in the local 8-bit encoding, which
// is what std::filesystem uses on Linux (QFile::encodeName does the same).
std::filesystem::path toPath(const QString& path);
QString fromPath(const std::filesystem::path& path);

} // namespace majakka::ui
