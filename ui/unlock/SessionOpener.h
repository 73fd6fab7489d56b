#pragma once

#include "crypto/PassphraseKdf.h"
#include "ui/common/ErrorText.h"

#include <QFutureWatcher>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace majakka {
class Session;
}

namespace majakka::ui {

// Opens or creates a database on a worker thread, because stretching the
// passphrase with Argon2id takes most of a second and the window must stay
// responsive. The session is made on the worker and handed to the UI thread;
// it is never used by both at once.
class SessionOpener : public QObject
{
    Q_OBJECT

public:
    // Called on the worker thread, so that calibrating Argon2id (which times
    // itself) does not freeze the window either.
    using KdfProvider = std::function<crypto::KdfParams()>;

    explicit SessionOpener(QObject* parent = nullptr);
    ~SessionOpener() override;

    void create(const QString& databasePath,
                const QString& administratorName,
                const QString& passphrase,
                KdfProvider kdf);
    // An empty user name opens the database's only user slot.
    void unlock(const QString& databasePath, const QString& userName, const QString& passphrase);

    bool isBusy() const;
    // The session made by the last successful run, once.
    std::unique_ptr<Session> takeSession();

Q_SIGNALS:
    void succeeded();
    void failed(const majakka::ui::ErrorReport& report);

private:
    struct Outcome
    {
        std::unique_ptr<Session> session;
        std::optional<Error> error;
        std::optional<std::string> unexpected; // what() of any other exception
    };

    template<typename Work> void run(Work work);
    void finish();

    QFutureWatcher<Outcome> m_watcher;
    std::unique_ptr<Session> m_session;
};

} // namespace majakka::ui
