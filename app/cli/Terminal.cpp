#include "Terminal.h"

#include "Error.h"

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <termios.h>
#include <unistd.h>

namespace majakka::cli {

namespace {
std::optional<std::string> environment(const char* name)
{
    const char* value = std::getenv(name);
    if (value == nullptr) {
        return std::nullopt;
    }
    return std::string(value);
}

std::string readPassphraseFile(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw Error(ErrorCode::NotFound, "the passphrase file " + path + " cannot be read");
    }
    std::string line;
    std::getline(file, line);
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}
} // namespace

std::string Terminal::passphrase(const std::optional<std::string>& passphraseFile, const std::string& prompt)
{
    if (auto value = environment("MAJAKKA_PASSPHRASE")) {
        return *value;
    }
    if (passphraseFile) {
        return readPassphraseFile(*passphraseFile);
    }
    return readHidden(prompt);
}

std::string Terminal::newPassphrase(const std::string& prompt)
{
    if (auto value = environment("MAJAKKA_NEW_PASSPHRASE")) {
        return *value;
    }
    const std::string first = readHidden(prompt);
    const std::string second = readHidden("Repeat the passphrase: ");
    if (first != second) {
        throw Error(ErrorCode::Usage, "the two passphrases differ");
    }
    return first;
}

std::string Terminal::readHidden(const std::string& prompt)
{
    // Read from the controlling terminal, not stdin, so piped input is never
    // mistaken for a passphrase; without a terminal, say how else to give one.
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        throw Error(ErrorCode::Usage,
                    "no terminal to ask for a passphrase; set MAJAKKA_PASSPHRASE (or MAJAKKA_NEW_PASSPHRASE) "
                    "or use --passphrase-file");
    }
    if (::write(fd, prompt.data(), prompt.size()) < 0) {
        ::close(fd);
        throw Error(ErrorCode::Io, "writing to the terminal failed");
    }
    termios saved {};
    const bool isTty = ::tcgetattr(fd, &saved) == 0;
    if (isTty) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::string line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        line.push_back(c);
    }
    if (isTty) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    }
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

} // namespace majakka::cli
