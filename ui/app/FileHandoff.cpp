#include "ui/app/FileHandoff.h"

#include "ui/app/DatabaseClaim.h"

#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>
#include <memory>

namespace majakka::ui {

namespace {
constexpr qint64 MaxMessage = 8192; // a path, and a little
constexpr int AnswerTimeoutMs = 3000;
const QByteArray Confirmation = QByteArrayLiteral("ok\n");
} // namespace

FileHandoff::FileHandoff(QObject* parent)
    : QObject(parent)
{ }

FileHandoff::~FileHandoff()
{
    close();
}

QString FileHandoff::socketFor(const QString& databasePath)
{
    QString path = DatabaseClaim::lockFileFor(databasePath);
    path.chop(QStringLiteral(".lock").size());
    return path + QStringLiteral(".sock");
}

bool FileHandoff::listen(const QString& databasePath)
{
    const QString name = socketFor(databasePath);
    if (m_server && m_server->isListening() && m_server->fullServerName() == name) {
        return true;
    }
    close();
    // A socket left by a program that died; the claim says no live window has it.
    QLocalServer::removeServer(name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &FileHandoff::accept);
    if (!m_server->listen(name)) {
        delete m_server.data();
        return false;
    }
    return true;
}

void FileHandoff::close()
{
    if (QLocalServer* server = m_server.data()) {
        server->close();
        delete server;
    }
}

bool FileHandoff::isListening() const
{
    return m_server && m_server->isListening();
}

void FileHandoff::accept()
{
    while (m_server && m_server->hasPendingConnections()) {
        QLocalSocket* socket = m_server->nextPendingConnection();
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxMessage) {
                    socket->abort();
                }
                return;
            }
            const QString file = QString::fromUtf8(socket->readLine(MaxMessage)).trimmed();
            socket->write(Confirmation);
            socket->flush();
            socket->disconnectFromServer();
            if (!file.isEmpty() && QFileInfo(file).isAbsolute()) {
                Q_EMIT fileReceived(file);
            }
        });
    }
}

void FileHandoff::send(const QString& databasePath, const QString& file, QObject* context, Sent sent)
{
    auto* socket = new QLocalSocket(context);
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    // Called once: on the answer, on an error, or when the time is up.
    auto finish
        = std::make_shared<std::function<void(bool)>>([socket, sent = std::move(sent)](bool ok) mutable {
              QObject::disconnect(socket, nullptr, nullptr, nullptr);
              socket->abort();
              socket->deleteLater();
              if (sent) {
                  std::exchange(sent, nullptr)(ok);
              }
          });
    QObject::connect(timer, &QTimer::timeout, socket, [finish] { (*finish)(false); });
    QObject::connect(socket, &QLocalSocket::errorOccurred, socket, [finish] { (*finish)(false); });
    QObject::connect(socket, &QLocalSocket::connected, socket, [socket, file] {
        socket->write(QFileInfo(file).absoluteFilePath().toUtf8() + '\n');
    });
    QObject::connect(socket, &QLocalSocket::readyRead, socket, [socket, finish] {
        if (socket->canReadLine()) {
            (*finish)(socket->readLine(16) == Confirmation);
        }
    });
    timer->start(AnswerTimeoutMs);
    socket->connectToServer(socketFor(databasePath));
}

} // namespace majakka::ui
