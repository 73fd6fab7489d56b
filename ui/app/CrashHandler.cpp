#include "ui/app/CrashHandler.h"

#include <array>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <elf.h>
#include <exception>
#include <execinfo.h>
#include <fcntl.h>
#include <link.h>
#include <time.h>
#include <unistd.h>

namespace majakka::ui {

namespace {

constexpr std::array FatalSignals {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
constexpr int MaxFrames = 64;
constexpr std::size_t PathCapacity = 4096;
constexpr std::size_t MaxBuildIdBytes = 32;

// Everything the handler reads, prepared by install().
char g_folder[PathCapacity]; // ends with '/'
char g_version[64];
std::uintptr_t g_executableStart = 0;
std::uintptr_t g_executableEnd = 0;
unsigned char g_buildId[MaxBuildIdBytes];
std::size_t g_buildIdLength = 0;
volatile std::sig_atomic_t g_handling = 0;
volatile std::sig_atomic_t g_uncaughtException = 0;
// A stack overflow leaves no stack to run the handler on: it gets its own.
alignas(16) char g_alternateStack[64 * 1024];

// --- async-signal-safe output ----------------------------------------------

void put(int fd, const char* text, std::size_t length)
{
    while (length > 0) {
        const ssize_t written = ::write(fd, text, length);
        if (written <= 0) {
            return;
        }
        text += written;
        length -= static_cast<std::size_t>(written);
    }
}

void put(int fd, const char* text)
{
    put(fd, text, std::strlen(text));
}

// Formats VALUE into the end of BUFFER and returns where the digits start.
char* formatNumber(std::uint64_t value, unsigned base, char* bufferEnd)
{
    char* p = bufferEnd;
    do {
        const auto digit = static_cast<unsigned>(value % base);
        *--p = static_cast<char>(digit < 10 ? '0' + digit : 'a' + digit - 10);
        value /= base;
    } while (value != 0);
    return p;
}

void putNumber(int fd, std::uint64_t value, unsigned base)
{
    char buffer[24];
    char* end = buffer + sizeof buffer;
    const char* start = formatNumber(value, base, end);
    put(fd, start, static_cast<std::size_t>(end - start));
}

const char* signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return "SIGSEGV";
    case SIGBUS:
        return "SIGBUS";
    case SIGILL:
        return "SIGILL";
    case SIGFPE:
        return "SIGFPE";
    case SIGABRT:
        return "SIGABRT";
    default:
        return "?";
    }
}

// --- the report ---------------------------------------------------------------

int openReport(std::uint64_t seconds)
{
    char path[PathCapacity + 64];
    std::size_t length = std::strlen(g_folder);
    std::memcpy(path, g_folder, length);
    const auto append = [&](const char* text, std::size_t size) {
        std::memcpy(path + length, text, size);
        length += size;
    };
    append("crash-", 6);
    char digits[24];
    const char* number = formatNumber(seconds, 10, digits + sizeof digits);
    append(number, static_cast<std::size_t>(digits + sizeof digits - number));
    append("-", 1);
    number = formatNumber(static_cast<std::uint64_t>(::getpid()), 10, digits + sizeof digits);
    append(number, static_cast<std::size_t>(digits + sizeof digits - number));
    append(CrashHandler::NewReportSuffix.data(), CrashHandler::NewReportSuffix.size());
    path[length] = '\0';
    return ::open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
}

void writeReport(int signal)
{
    timespec now {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const auto seconds = static_cast<std::uint64_t>(now.tv_sec);
    const int fd = openReport(seconds);
    if (fd < 0) {
        return;
    }
    put(fd, "Majakka crash report\nversion: ");
    put(fd, g_version);
    put(fd, "\nsignal: ");
    putNumber(fd, static_cast<std::uint64_t>(signal), 10);
    put(fd, " (");
    put(fd, signalName(signal));
    put(fd, ")\n");
    if (g_uncaughtException != 0) {
        // Its message could name a file or a field, so only the fact is written.
        put(fd, "cause: an uncaught C++ exception\n");
    }
    put(fd, "time: ");
    putNumber(fd, seconds, 10);
    put(fd, " (seconds since 1970-01-01 UTC)\nexecutable load address: 0x");
    putNumber(fd, g_executableStart, 16);
    if (g_buildIdLength > 0) {
        put(fd, "\nexecutable build id: ");
        for (std::size_t i = 0; i < g_buildIdLength; ++i) {
            const char hex[] = {"0123456789abcdef"[g_buildId[i] >> 4], "0123456789abcdef"[g_buildId[i] & 15]};
            put(fd, hex, 2);
        }
    }
    put(fd, "\nreturn addresses, innermost first (majakka+offset for the executable's own):\n");
    void* frames[MaxFrames];
    const int count = ::backtrace(frames, MaxFrames);
    for (int i = 0; i < count; ++i) {
        const auto address = reinterpret_cast<std::uintptr_t>(frames[i]);
        put(fd, "  0x");
        putNumber(fd, address, 16);
        if (address >= g_executableStart && address < g_executableEnd) {
            put(fd, " majakka+0x");
            putNumber(fd, address - g_executableStart, 16);
        }
        put(fd, "\n");
    }
    ::fsync(fd);
    ::close(fd);
}

void onFatalSignal(int signal)
{
    if (g_handling == 0) {
        g_handling = 1;
        writeReport(signal);
    }
    // SA_RESETHAND put back the default action. The signal stays blocked while
    // the handler runs, so it arrives again on return and ends the process the
    // way it would have without us (exit status, core dump).
    ::raise(signal);
}

[[noreturn]] void onTerminate()
{
    g_uncaughtException = 1;
    std::abort();
}

// --- preparation --------------------------------------------------------------

void readBuildId(const dl_phdr_info& info, const ElfW(Phdr) & header)
{
    const auto* note = reinterpret_cast<const unsigned char*>(info.dlpi_addr + header.p_vaddr);
    const unsigned char* end = note + header.p_memsz;
    while (note + sizeof(ElfW(Nhdr)) <= end) {
        const auto* entry = reinterpret_cast<const ElfW(Nhdr)*>(note);
        const unsigned char* name = note + sizeof(ElfW(Nhdr));
        const unsigned char* descriptor = name + ((entry->n_namesz + 3) & ~3U);
        if (entry->n_type == NT_GNU_BUILD_ID && entry->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0
            && entry->n_descsz <= MaxBuildIdBytes) {
            std::memcpy(g_buildId, descriptor, entry->n_descsz);
            g_buildIdLength = entry->n_descsz;
            return;
        }
        note = descriptor + ((entry->n_descsz + 3) & ~3U);
    }
}

// The first object dl_iterate_phdr reports is the executable itself.
int findExecutable(dl_phdr_info* info, std::size_t, void*)
{
    g_executableStart = info->dlpi_addr;
    g_executableEnd = info->dlpi_addr;
    for (ElfW(Half) i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr)& header = info->dlpi_phdr[i];
        if (header.p_type == PT_LOAD) {
            const std::uintptr_t segmentEnd = info->dlpi_addr + header.p_vaddr + header.p_memsz;
            if (segmentEnd > g_executableEnd) {
                g_executableEnd = segmentEnd;
            }
        } else if (header.p_type == PT_NOTE && g_buildIdLength == 0) {
            readBuildId(*info, header);
        }
    }
    return 1; // stop after the first
}

} // namespace

bool CrashHandler::install(const std::filesystem::path& folder, std::string_view version)
{
    const std::string& name = folder.native();
    if (name.empty() || name.size() + 2 > PathCapacity || version.size() + 1 > sizeof g_version) {
        return false;
    }
    std::memcpy(g_folder, name.data(), name.size());
    std::size_t length = name.size();
    if (g_folder[length - 1] != '/') {
        g_folder[length++] = '/';
    }
    g_folder[length] = '\0';
    std::memcpy(g_version, version.data(), version.size());
    g_version[version.size()] = '\0';

    g_buildIdLength = 0;
    ::dl_iterate_phdr(findExecutable, nullptr);
    // The first backtrace() loads the unwinder, which allocates: do it now, not in the handler.
    void* warmUp[2];
    (void)::backtrace(warmUp, 2);

    stack_t stack {};
    stack.ss_sp = g_alternateStack;
    stack.ss_size = sizeof g_alternateStack;
    ::sigaltstack(&stack, nullptr);

    struct sigaction action
    {
    };
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK | SA_RESETHAND;
    for (const int signal : FatalSignals) {
        ::sigaction(signal, &action, nullptr);
    }
    // The default handler would print the exception's message to the terminal
    // or the journal; that message may name a file or a field.
    std::set_terminate(onTerminate);
    return true;
}

} // namespace majakka::ui
