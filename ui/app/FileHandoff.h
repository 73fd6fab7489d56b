#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QLocalServer;

namespace majakka::ui {

// Hands a sync package to the Majakka window that has its database, so that
// `majakka FILE.majakka-sync` (what the file manager runs) starts the import
// preview there instead of a second window that could not open the database.
//
// The window holding a database's claim (DatabaseClaim) listens on a local
// socket beside the claim's lock file, in the user's runtime folder and
// reachable by the user only. A second program connects, sends the file's
// absolute path and, once the window confirmed, quits. A path is all that
// travels: the receiving window only previews it, and imports nothing unless
// someone presses Apply there.
class FileHandoff : public QObject
{
    Q_OBJECT

public:
    explicit FileHandoff(QObject* parent = nullptr);
    ~FileHandoff() override;

    // Listens for the database the window now claims (and stops listening for
    // the one before). False when the socket could not be made.
    bool listen(const QString& databasePath);
    void close();
    bool isListening() const;

    using Sent = std::function<void(bool handedOver)>;
    // Sends FILE to the window that holds DATABASEPATH; `sent` is called on the
    // event loop once it confirmed (true), or it is not there or did not answer in time.
    static void send(const QString& databasePath, const QString& file, QObject* context, Sent sent);
    static QString socketFor(const QString& databasePath);

Q_SIGNALS:
    void fileReceived(const QString& file);

private:
    void accept();

    QPointer<QLocalServer> m_server;
};

} // namespace majakka::ui
