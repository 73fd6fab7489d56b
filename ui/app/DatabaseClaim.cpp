#include "ui/app/DatabaseClaim.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace majakka::ui {

namespace {
QString canonical(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : resolved;
}

// Where every Majakka of this user sees the claims. Inside a Flatpak sandbox
// each instance has a runtime folder of its own; the one all instances of
// the app share is $XDG_RUNTIME_DIR/app/$FLATPAK_ID.
QString claimFolder()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty()) {
        return QDir::tempPath();
    }
    const QString flatpakId = qEnvironmentVariable("FLATPAK_ID");
    if (!flatpakId.isEmpty() && !flatpakId.contains(QLatin1Char('/'))
        && !flatpakId.startsWith(QLatin1Char('.'))) {
        const QString shared = QDir(runtime).filePath(QStringLiteral("app/") + flatpakId);
        if (QFileInfo(shared).isDir()) {
            return shared;
        }
    }
    return runtime;
}
} // namespace

DatabaseClaim::DatabaseClaim() = default;

DatabaseClaim::~DatabaseClaim() = default;

QString DatabaseClaim::lockFileFor(const QString& databasePath)
{
    const QString folder = claimFolder();
    const QByteArray hash
        = QCryptographicHash::hash(canonical(databasePath).toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(folder).filePath(QStringLiteral("majakka-%1.lock").arg(QString::fromLatin1(hash.left(32))));
}

bool DatabaseClaim::claim(const QString& databasePath)
{
    const QString path = canonical(databasePath);
    if (m_lock && path == m_path) {
        return true;
    }
    auto lock = std::make_unique<QLockFile>(lockFileFor(path));
    // The default (30 s) would count a claim held by a window that is still
    // open as stale; a dead holder is recognised by its process id instead.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        // Not being able to write the lock file at all is no reason to refuse
        // the database: only another live holder is.
        if (lock->error() == QLockFile::LockFailedError) {
            return false;
        }
        lock.reset();
    }
    m_lock = std::move(lock);
    m_path = path;
    return true;
}

void DatabaseClaim::release()
{
    m_lock.reset();
    m_path.clear();
}

} // namespace majakka::ui
