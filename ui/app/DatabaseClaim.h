#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace majakka::ui {

// One Majakka window per database. SQLCipher's exclusive lock already keeps a
// second program out while the database is open, but the database is closed
// while the program is locked, and a second window could then open it and
// take it from under the first. A claim is a lock file, held from the moment
// a window shows a database until it quits or moves to another one, so a
// second window learns at once, before anyone types a passphrase.
//
// The lock file lives in the user's runtime folder (in a Flatpak, the app's
// folder there that all its instances share) and is named after a hash of the
// database's canonical path (no path in clear). A claim left by a program that
// died is taken over; one whose holder lives is kept even where its process id
// cannot be seen (another process-id namespace, as between Flatpak instances),
// since the holder also keeps the file locked (QLockFile's flock). It is a
// courtesy between windows of one user on one computer; the database's own
// lock stays what guarantees safety.
class DatabaseClaim
{
public:
    DatabaseClaim();
    ~DatabaseClaim();
    DatabaseClaim(const DatabaseClaim&) = delete;
    DatabaseClaim& operator=(const DatabaseClaim&) = delete;

    // Claims DATABASEPATH, letting go of the database claimed before. Returns
    // false, and keeps the previous claim, when another running Majakka holds it.
    bool claim(const QString& databasePath);
    void release();
    QString claimedPath() const { return m_path; }

    static QString lockFileFor(const QString& databasePath);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
};

} // namespace majakka::ui
