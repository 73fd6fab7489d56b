#pragma once

namespace majakka {

// Set by CMake from the project version.
inline constexpr const char* Version = MAJAKKA_VERSION;

} // namespace majakka
