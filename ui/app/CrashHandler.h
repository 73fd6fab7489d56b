#pragma once

#include <filesystem>
#include <string_view>

namespace majakka::ui {

// Writes a diagnostic when the program dies of a fatal signal (SIGSEGV, SIGBUS,
// SIGILL, SIGFPE, SIGABRT, and so an uncaught exception), then lets the signal
// end the process as it would have. The report holds the version, the signal,
// the time, the executable's load address and build id, and the return
// addresses on the stack: nothing read from memory, so no record content, no
// passphrase and no file name can end up in it.
//
// The handler may only call async-signal-safe functions (no allocation, no
// locks, no Qt): install() prepares everything it needs in static storage.
// Not thread-aware beyond that: a stack overflow on a worker thread (which has
// no alternate signal stack) ends the program without a report.
class CrashHandler
{
public:
    // What a report's name ends with until the program has told the person about it.
    static constexpr std::string_view NewReportSuffix = ".new";

    // Reports go to FOLDER (which must exist) as crash-SECONDS-PID.new.
    // False, with nothing installed, when the folder name is too long.
    static bool install(const std::filesystem::path& folder, std::string_view version);
};

} // namespace majakka::ui
