#pragma once

#include "crypto/Bytes.h"
#include "crypto/PassphraseKdf.h"
#include "domain/User.h"

#include <string_view>
#include <vector>

namespace majakka {

class Session;

// Users and their key slots, with the role checks: administrators manage users
// and the recovery key; everyone may change their own passphrase.
//
// Each change touches the users table and the key header. The header is
// written inside the database transaction, before its commit, so a failed
// header write leaves both as they were.
class UserAdministration
{
public:
    explicit UserAdministration(Session& session)
        : m_session(session)
    { }

    std::vector<domain::User> users();

    domain::User addUser(std::string_view name,
                         domain::Role role,
                         std::string_view passphrase,
                         const crypto::KdfParams& kdf);
    void removeUser(std::string_view name);
    void renameUser(std::string_view oldName, std::string_view newName);
    // What the user may do from their next sign-in on. Nobody changes their own
    // role, and the last administrator stays one, so that users can always be managed.
    void setRole(std::string_view name, domain::Role role);
    // The office whose clients an office worker sees (nothing: none).
    void setOffice(std::string_view name, std::optional<domain::Office> office);

    // Rewrites the signed-in user's slot only; nothing is re-encrypted.
    void changeOwnPassphrase(std::string_view newPassphrase, const crypto::KdfParams& kdf);
    // An administrator (or the recovery key) sets a new passphrase for someone who forgot theirs.
    void resetPassphrase(std::string_view name, std::string_view newPassphrase, const crypto::KdfParams& kdf);

    void setRecoveryKey(crypto::ByteView publicKey);

private:
    void requireAdministrator(std::string_view action) const;
    domain::User requireUser(std::string_view name);

    Session& m_session;
};

} // namespace majakka
