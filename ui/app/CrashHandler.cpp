#include "ui/app/CrashHandler.h"

#include <array>
#include <atomic>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <elf.h>
#include <exception>
#include <execinfo.h>
#include <fcntl.h>
#include <link.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace majakka::ui {

namespace {

constexpr std::array FatalSignals {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
constexpr int MaxFrames = 64;
constexpr std::size_t PathCapacity = 4096;
constexpr std::size_t MaxBuildIdBytes = 32;

constexpr std::size_t MaxCodeRanges = 512;
constexpr std::size_t ModuleNameCapacity = 64;

// Executable code of one loaded object: [start, end), and the address its
// file's offsets count from (what addr2line takes).
struct CodeRange
{
    std::uintptr_t start = 0;
    std::uintptr_t end = 0;
    std::uintptr_t base = 0;
    char name[ModuleNameCapacity] = {}; // the file's name without its folder
};

struct LoadedCode
{
    CodeRange ranges[MaxCodeRanges];
    std::size_t count = 0;
};

// Everything the handler reads, prepared by install().
char g_folder[PathCapacity]; // ends with '/'
char g_version[64];
std::uintptr_t g_executableStart = 0;
std::uintptr_t g_executableEnd = 0;
unsigned char g_buildId[MaxBuildIdBytes];
std::size_t g_buildIdLength = 0;
char g_executableName[ModuleNameCapacity] = "majakka";
// Two tables, so that a fault while one is being refilled reads the other.
LoadedCode g_loadedCode[2];
std::atomic<int> g_activeCode {-1};
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
    put(fd, "\n");
    void* frames[MaxFrames];
    const int count = ::backtrace(frames, MaxFrames);
    CrashHandler::writeFrames(fd, frames, count);
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

const CodeRange* codeAt(const LoadedCode& code, std::uintptr_t address)
{
    for (std::size_t i = 0; i < code.count; ++i) {
        if (address >= code.ranges[i].start && address < code.ranges[i].end) {
            return &code.ranges[i];
        }
    }
    return nullptr;
}

void copyName(char (&to)[ModuleNameCapacity], const char* path)
{
    const char* name = std::strrchr(path, '/');
    name = name ? name + 1 : path;
    std::size_t length = std::strlen(name);
    if (length >= ModuleNameCapacity) {
        length = ModuleNameCapacity - 1;
    }
    std::memcpy(to, name, length);
    to[length] = '\0';
}

// Every executable segment of every loaded object; the first object is the program.
int collectCode(dl_phdr_info* info, std::size_t, void* data)
{
    auto& code = *static_cast<LoadedCode*>(data);
    const bool executable = code.count == 0 && (info->dlpi_name == nullptr || info->dlpi_name[0] == '\0');
    for (ElfW(Half) i = 0; i < info->dlpi_phnum && code.count < MaxCodeRanges; ++i) {
        const ElfW(Phdr)& header = info->dlpi_phdr[i];
        if (header.p_type != PT_LOAD || (header.p_flags & PF_X) == 0) {
            continue;
        }
        CodeRange& range = code.ranges[code.count++];
        range.start = info->dlpi_addr + header.p_vaddr;
        range.end = range.start + header.p_memsz;
        range.base = info->dlpi_addr;
        if (executable) {
            std::memcpy(range.name, g_executableName, sizeof range.name);
        } else {
            copyName(range.name, info->dlpi_name ? info->dlpi_name : "?");
        }
    }
    return 0;
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

    // A core dump holds the whole memory: keys, passphrases, records. None is
    // written, and no other process of the user may read this one's memory.
    const rlimit noCore {0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);

    g_buildIdLength = 0;
    ::dl_iterate_phdr(findExecutable, nullptr);
    rememberLoadedCode();
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

void CrashHandler::rememberLoadedCode()
{
    char executable[PathCapacity] = {};
    if (::readlink("/proc/self/exe", executable, sizeof executable - 1) > 0) {
        copyName(g_executableName, executable);
    }
    const int next = g_activeCode.load() == 0 ? 1 : 0;
    g_loadedCode[next].count = 0;
    ::dl_iterate_phdr(collectCode, &g_loadedCode[next]);
    g_activeCode.store(next);
}

void CrashHandler::writeFrames(int fd, void* const* frames, int count)
{
    put(fd,
        "return addresses, innermost first, as FILE+0xOFFSET; one outside the code loaded is not written:\n");
    const int active = g_activeCode.load();
    for (int i = 0; i < count; ++i) {
        const auto address = reinterpret_cast<std::uintptr_t>(frames[i]);
        const CodeRange* range = active < 0 ? nullptr : codeAt(g_loadedCode[active], address);
        put(fd, "  #");
        putNumber(fd, static_cast<std::uint64_t>(i), 10);
        if (range) {
            put(fd, " ");
            put(fd, range->name);
            put(fd, "+0x");
            putNumber(fd, address - range->base, 16);
        } else {
            // A smashed stack can hand the unwinder any eight bytes, a piece of
            // a name among them: only addresses inside code are written.
            put(fd, " ?");
        }
        put(fd, "\n");
    }
}

} // namespace majakka::ui
