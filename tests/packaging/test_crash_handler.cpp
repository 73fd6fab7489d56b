#include "TestSupport.h"
#include "ui/app/CrashHandler.h"
#include "ui/app/CrashReports.h"

#include <QFileInfo>
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace majakka;
using majakka::ui::CrashHandler;
using majakka::ui::CrashReports;

namespace {

const std::string CanaryPassphrase = "kanarian tunnuslause 7731";
const std::string CanaryRecord = "Kanaria Ääkkönen, 010190-123X, Kaivokatu 1 Helsinki";

// noexcept: an exception must end the child through std::terminate, not
// reach Catch, which would catch it and carry on running the child's copy of the tests.
template<typename Death> void die(Death& howToDie, const std::string& onHeap) noexcept
{
    howToDie(onHeap);
}

// Runs HOW_TO_DIE in a child that holds the canary text on its heap and stack
// and has the crash handler installed; returns the child's wait status. The
// child's standard error goes to STDERRPATH. No core dump is left behind.
template<typename Death>
int crashChild(const std::filesystem::path& folder, const std::filesystem::path& stderrPath, Death howToDie)
{
    const pid_t child = ::fork();
    if (child == 0) {
        // install() turns core dumps off too (tested below); this keeps a
        // broken handler from leaving a core file of the test behind.
        ::prctl(PR_SET_DUMPABLE, 0);
        const int err = ::open(stderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(err, 2);
        volatile char onStack[128] = {};
        std::memcpy(const_cast<char*>(onStack), CanaryPassphrase.data(), CanaryPassphrase.size());
        const std::string onHeap = CanaryRecord + " / " + CanaryPassphrase;
        if (!CrashHandler::install(folder, "9.8.7-test")) {
            ::_exit(90);
        }
        die(howToDie, onHeap);
        ::_exit(91);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return status;
}

std::vector<std::filesystem::path> filesIn(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        files.push_back(entry.path());
    }
    return files;
}

std::string text(const std::filesystem::path& file)
{
    const auto bytes = test::readBytes(file);
    return {bytes.begin(), bytes.end()};
}

void checkFreeOfCanaries(const std::string& contents, const std::filesystem::path& folder)
{
    for (const std::string& secret : {CanaryPassphrase,
                                      CanaryRecord,
                                      std::string("Ääkkönen"),
                                      std::string("Kaivokatu"),
                                      std::string("kanarian"),
                                      folder.string()}) {
        INFO(secret);
        CHECK(contents.find(secret) == std::string::npos);
    }
}

} // namespace

TEST_CASE("a fatal signal leaves a report with the version and addresses, and no record text",
          "[packaging][crash]")
{
    test::TemporaryFolder folder;
    const auto reports = folder / "reports";
    std::filesystem::create_directory(reports);
    const int status = crashChild(reports, folder / "stderr", [](const std::string& onHeap) {
        if (!onHeap.empty()) {
            ::raise(SIGSEGV);
        }
    });
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGSEGV);
    CHECK_FALSE(WCOREDUMP(status));

    const auto files = filesIn(reports);
    REQUIRE(files.size() == 1);
    const std::string name = files[0].filename().string();
    CHECK(name.rfind("crash-", 0) == 0);
    CHECK(files[0].extension() == ".new");
    CHECK((std::filesystem::status(files[0]).permissions() & std::filesystem::perms::all)
          == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));

    const std::string contents = text(files[0]);
    CHECK(contents.find("version: 9.8.7-test\n") != std::string::npos);
    CHECK(contents.find("signal: 11 (SIGSEGV)\n") != std::string::npos);
    CHECK(contents.find("executable build id: ") != std::string::npos);
    // The frames by file and offset: this test program's own and the C library's.
    CHECK(contents.find("\n  #0 ") != std::string::npos);
    CHECK(contents.find(" test_packaging+0x") != std::string::npos);
    CHECK(contents.find(" libc.so.6+0x") != std::string::npos);
    checkFreeOfCanaries(contents, folder.path());
}

namespace {
[[gnu::noinline]] void* returnAddressHere()
{
    return __builtin_return_address(0);
}

std::string hex(std::uintptr_t value)
{
    char digits[32];
    std::snprintf(digits, sizeof digits, "%lx", static_cast<unsigned long>(value));
    return digits;
}
} // namespace

TEST_CASE("a return address outside the loaded code is written as a question mark, not as its value",
          "[packaging][crash]")
{
    CrashHandler::rememberLoadedCode();
    // What a smashed stack can offer the unwinder: eight bytes of a name, a
    // pointer into the heap, one into the stack, nothing.
    std::uintptr_t piece = 0;
    std::memcpy(&piece, CanaryRecord.data(), sizeof piece);
    const auto heap = std::make_unique<char[]>(64);
    char onStack[16] = {};
    void* frames[] = {returnAddressHere(), reinterpret_cast<void*>(piece), heap.get(), onStack, nullptr};

    test::TemporaryFolder folder;
    const auto path = folder / "frames";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(fd >= 0);
    CrashHandler::writeFrames(fd, frames, 5);
    ::close(fd);

    const std::string contents = text(path);
    INFO(contents);
    CHECK(contents.find("\n  #0 test_packaging+0x") != std::string::npos);
    CHECK(contents.find("\n  #1 ?\n  #2 ?\n  #3 ?\n  #4 ?\n") != std::string::npos);
    for (const void* value : {frames[1], frames[2], frames[3]}) {
        CHECK(contents.find(hex(reinterpret_cast<std::uintptr_t>(value))) == std::string::npos);
    }
    checkFreeOfCanaries(contents, folder.path());
    CHECK(contents.find("Kanaria") == std::string::npos);
}

TEST_CASE("installing the crash handler turns core dumps off", "[packaging][crash]")
{
    test::TemporaryFolder folder;
    // In a child, so that this process keeps its signal handlers and its limits.
    const pid_t child = ::fork();
    if (child == 0) {
        rlimit limit {};
        ::getrlimit(RLIMIT_CORE, &limit);
        limit.rlim_cur = limit.rlim_max; // as large as this machine allows
        ::setrlimit(RLIMIT_CORE, &limit);
        const bool dumpableBefore = ::prctl(PR_GET_DUMPABLE) == 1;
        if (!CrashHandler::install(folder.path(), "1.2.3")) {
            ::_exit(8);
        }
        ::getrlimit(RLIMIT_CORE, &limit);
        ::_exit((dumpableBefore ? 0 : 4) | (::prctl(PR_GET_DUMPABLE) == 0 ? 0 : 1)
                | (limit.rlim_cur == 0 && limit.rlim_max == 0 ? 0 : 2));
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    // 1: still dumpable, 2: core size not zero, 4: the test could not tell.
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("an uncaught exception is reported without its message, here or on standard error",
          "[packaging][crash]")
{
    test::TemporaryFolder folder;
    const auto reports = folder / "reports";
    std::filesystem::create_directory(reports);
    const int status = crashChild(reports, folder / "stderr", [](const std::string& onHeap) {
        throw std::runtime_error("no client " + onHeap);
    });
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGABRT);

    const auto files = filesIn(reports);
    REQUIRE(files.size() == 1);
    const std::string contents = text(files[0]);
    CHECK(contents.find("signal: 6 (SIGABRT)\ncause: an uncaught C++ exception\n") != std::string::npos);
    checkFreeOfCanaries(contents, folder.path());
    checkFreeOfCanaries(text(folder / "stderr"), folder.path());
}

TEST_CASE("reports are announced once, newest first, and only the latest ten are kept", "[packaging][crash]")
{
    test::TemporaryFolder folder;
    const QString reports = QString::fromStdString(folder.path().string());
    for (int i = 0; i < 12; ++i) {
        const auto name = folder / ("crash-" + std::to_string(1700000000 + i) + "-1.txt");
        test::writeBytes(name, {'o', 'l', 'd'});
        const auto when = std::filesystem::file_time_type::clock::now() - std::chrono::hours(100 - i);
        std::filesystem::last_write_time(name, when);
    }
    test::writeBytes(folder / "crash-1800000000-7.new", {'n', 'e', 'w'});

    const QStringList announced = CrashReports::takeNew(reports);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].endsWith(QStringLiteral("/crash-1800000000-7.txt")));
    CHECK(QFileInfo::exists(announced[0]));
    CHECK(CrashReports::noticeText(announced).contains(announced[0]));
    CHECK(CrashReports::takeNew(reports).isEmpty());

    const std::size_t kept = filesIn(folder.path()).size();
    CHECK(kept == static_cast<std::size_t>(CrashReports::MaxKept));
    // The oldest went, the newest stayed.
    CHECK_FALSE(std::filesystem::exists(folder / "crash-1700000000-1.txt"));
    CHECK(std::filesystem::exists(folder / "crash-1700000011-1.txt"));
}

TEST_CASE("the crash handler is installed into a folder made readable by its owner only",
          "[packaging][crash]")
{
    test::TemporaryFolder folder;
    const auto reports = folder / "state/Majakka/crash-reports";
    // In a child, so that this process keeps its own signal handlers.
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(CrashReports::install(QString::fromStdString(reports.string()), QStringLiteral("1.2.3")) ? 0
                                                                                                         : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    const auto permissions = std::filesystem::status(reports).permissions();
    CHECK((permissions & std::filesystem::perms::all) == std::filesystem::perms::owner_all);
}
