#pragma once

#include <filesystem>
#include <string_view>

namespace majakka::ui {

// Writes a diagnostic when the program dies of a fatal signal (SIGSEGV, SIGBUS,
// SIGILL, SIGFPE, SIGABRT, and so an uncaught exception), then lets the signal
// end the process as it would have, without a core dump. The report holds the
// version, the signal, the time, the executable's load address and build id,
// and the return addresses on the stack, each as a loaded file's name and an
// offset in it. A return address is read from the stack, so a smashed stack
// could offer any eight bytes of memory as one: only those inside the code of
// a loaded file are written, anything else as "?". Nothing else is read from
// memory, so no record content, passphrase, user or file name can end up in it.
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

    // Reports go to FOLDER (which must exist) as crash-SECONDS-PID.new. Turns
    // core dumps off (RLIMIT_CORE 0, and not dumpable, which also keeps other
    // processes of the user from reading this one's memory).
    // False, with nothing installed, when the folder name is too long.
    static bool install(const std::filesystem::path& folder, std::string_view version);

    // Notes the code of the files loaded now (install() does it once); again
    // once Qt has loaded its plugins, so that their frames are named too.
    // From the main thread only.
    static void rememberLoadedCode();

    // The report's stack section for FRAMES (async-signal-safe).
    static void writeFrames(int fd, void* const* frames, int count);
};

} // namespace majakka::ui
