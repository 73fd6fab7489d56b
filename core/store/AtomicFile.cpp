#include "store/AtomicFile.h"

#include "Error.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace majakka::store {

namespace {

[[noreturn]] void failIo(const std::string& what, const std::filesystem::path& path, int error)
{
    const std::string reason = error == ENOSPC ? "the disk is full" : std::strerror(error);
    throw Error(ErrorCode::Io, what + " " + path.string() + " failed: " + reason);
}

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

void writeAll(int fd, crypto::ByteView content, const std::filesystem::path& path)
{
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            failIo("writing", path, errno);
        }
        written += static_cast<std::size_t>(n);
    }
}

void syncFolderOf(const std::filesystem::path& path)
{
    const std::filesystem::path folder
        = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    const FileDescriptor dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() >= 0) {
        ::fsync(dir.get());
    }
}

} // namespace

void writeFileAtomically(const std::filesystem::path& path, crypto::ByteView content)
{
    AtomicFileWriter file(path);
    file.write(content);
    file.commit();
}

AtomicFileWriter::AtomicFileWriter(std::filesystem::path path)
    : m_path(std::move(path))
    , m_temporary(m_path)
{
    m_temporary += ".new";
    // 0600: the files we write are encrypted, but nobody else needs even that.
    m_fd = ::open(m_temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        failIo("creating", m_temporary, errno);
    }
}

AtomicFileWriter::~AtomicFileWriter()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        ::unlink(m_temporary.c_str());
    }
}

void AtomicFileWriter::write(crypto::ByteView content)
{
    writeAll(m_fd, content, m_temporary);
}

void AtomicFileWriter::commit()
{
    if (::fsync(m_fd) != 0) {
        failIo("flushing", m_temporary, errno);
    }
    ::close(std::exchange(m_fd, -1));
    if (::rename(m_temporary.c_str(), m_path.c_str()) != 0) {
        const int error = errno;
        ::unlink(m_temporary.c_str());
        failIo("replacing", m_path, error);
    }
    syncFolderOf(m_path);
}

FileReader::FileReader(std::filesystem::path path)
    : m_path(std::move(path))
{
    m_fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        if (errno == ENOENT) {
            throw Error(ErrorCode::NotFound, "the file " + m_path.string() + " does not exist");
        }
        failIo("opening", m_path, errno);
    }
    struct stat info
    {
    };
    if (::fstat(m_fd, &info) != 0) {
        const int error = errno;
        ::close(m_fd);
        failIo("reading", m_path, error);
    }
    m_size = static_cast<std::uint64_t>(info.st_size);
}

FileReader::~FileReader()
{
    ::close(m_fd);
}

std::size_t FileReader::read(std::uint8_t* into, std::size_t capacity)
{
    std::size_t done = 0;
    while (done < capacity) {
        const ssize_t n = ::read(m_fd, into + done, capacity - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            failIo("reading", m_path, errno);
        }
        if (n == 0) {
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    return done;
}

namespace {

[[noreturn]] void refuseExisting(const std::filesystem::path& path)
{
    throw Error(ErrorCode::Usage,
                "a file already exists at " + path.string()
                    + "; choose another name (Majakka never writes over an existing file)");
}

// Moves `temporary` to `path` unless something is there already. RENAME_NOREPLACE
// where the file system has it, else a hard link (which fails on an existing
// name just the same); file systems with neither (FAT on a USB stick) get a
// check before a plain rename.
void moveIntoPlace(const std::filesystem::path& temporary, const std::filesystem::path& path)
{
    if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) {
        return;
    }
    int error = errno;
    if (error == EINVAL || error == ENOSYS) {
        if (::link(temporary.c_str(), path.c_str()) == 0) {
            ::unlink(temporary.c_str());
            return;
        }
        error = errno;
        if (error == EPERM || error == EOPNOTSUPP) {
            std::error_code ignored;
            if (std::filesystem::exists(path, ignored)) {
                error = EEXIST;
            } else if (::rename(temporary.c_str(), path.c_str()) == 0) {
                return;
            } else {
                error = errno;
            }
        }
    }
    ::unlink(temporary.c_str());
    if (error == EEXIST) {
        refuseExisting(path);
    }
    failIo("creating", path, error);
}

} // namespace

void writeNewFileAtomically(const std::filesystem::path& path, crypto::ByteView content)
{
    std::error_code ignored;
    if (std::filesystem::exists(path, ignored)) {
        refuseExisting(path);
    }
    const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
    // A hidden name of its own beside the target, made with O_EXCL by mkstemp
    // (mode 0600), so that two exports to one folder never share a temporary file.
    std::string pattern = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
    const FileDescriptor fd(::mkostemp(pattern.data(), O_CLOEXEC));
    const std::filesystem::path temporary = pattern;
    if (fd.get() < 0) {
        failIo("creating a file in", folder, errno);
    }
    try {
        writeAll(fd.get(), content, temporary);
        if (::fsync(fd.get()) != 0) {
            failIo("flushing", temporary, errno);
        }
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
    moveIntoPlace(temporary, path);
    syncFolderOf(path);
}

crypto::Bytes readWholeFile(const std::filesystem::path& path, std::size_t maxSize)
{
    const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT) {
            throw Error(ErrorCode::NotFound, "the file " + path.string() + " does not exist");
        }
        failIo("opening", path, errno);
    }
    struct stat info
    {
    };
    if (::fstat(fd.get(), &info) != 0) {
        failIo("reading", path, errno);
    }
    if (static_cast<std::size_t>(info.st_size) > maxSize) {
        throw Error(ErrorCode::Invalid,
                    "the file " + path.string() + " is too large to be what it claims to be");
    }
    crypto::Bytes content(static_cast<std::size_t>(info.st_size));
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::read(fd.get(), content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            failIo("reading", path, errno);
        }
        if (n == 0) {
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    content.resize(done);
    return content;
}

void syncFile(const std::filesystem::path& path)
{
    const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0) {
        failIo("flushing", path, errno);
    }
    syncFolderOf(path);
}

} // namespace majakka::store
