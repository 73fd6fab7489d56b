#include "ui/unlock/SessionOpener.h"

#include "Error.h"
#include "session/Session.h"
#include "ui/common/Paths.h"
#include "ui/common/SensitiveText.h"

#include <QtConcurrent/QtConcurrentRun>

namespace majakka::ui {

SessionOpener::SessionOpener(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SessionOpener::finish);
}

// A run still going on when the dialog goes away finishes on its own; the
// session it makes is dropped with the future, which closes it again.
SessionOpener::~SessionOpener() = default;

bool SessionOpener::isBusy() const
{
    return m_watcher.isRunning();
}

std::unique_ptr<Session> SessionOpener::takeSession()
{
    return std::move(m_session);
}

template<typename Work> void SessionOpener::run(Work work)
{
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work)]() mutable {
        Outcome outcome;
        // Translation happens on the UI thread; the worker only keeps what failed.
        try {
            outcome.session = work();
        } catch (const Error& error) {
            outcome.error = error;
        } catch (const std::exception& error) {
            outcome.unexpected = error.what();
        } catch (...) {
            outcome.unexpected = std::string();
        }
        return outcome;
    }));
}

void SessionOpener::create(const QString& databasePath,
                           const QString& administratorName,
                           const QString& passphrase,
                           KdfProvider kdf)
{
    run([path = toPath(databasePath),
         name = administratorName.toStdString(),
         secret = toSecret(passphrase),
         kdf = std::move(kdf)]() {
        std::error_code ignored;
        std::filesystem::create_directories(path.parent_path(), ignored);
        const crypto::KdfParams params = kdf ? kdf() : crypto::KdfParams::calibrated();
        return Session::create(path, name, asText(secret), params);
    });
}

void SessionOpener::unlock(const QString& databasePath, const QString& userName, const QString& passphrase)
{
    std::optional<std::string> name;
    if (!userName.trimmed().isEmpty()) {
        name = userName.trimmed().toStdString();
    }
    run([path = toPath(databasePath), name = std::move(name), secret = toSecret(passphrase)]() {
        return Session::unlock(path, name, asText(secret));
    });
}

void SessionOpener::finish()
{
    Outcome outcome = m_watcher.future().takeResult();
    if (outcome.session) {
        m_session = std::move(outcome.session);
        Q_EMIT succeeded();
    } else if (outcome.error) {
        Q_EMIT failed(ErrorText::describe(*outcome.error));
    } else {
        Q_EMIT failed(ErrorText::describeUnexpected(QString::fromStdString(outcome.unexpected.value_or(""))));
    }
}

} // namespace majakka::ui
