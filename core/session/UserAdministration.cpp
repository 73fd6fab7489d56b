#include "session/UserAdministration.h"

#include "Error.h"
#include "domain/EnumNames.h"
#include "domain/PassphrasePolicy.h"
#include "domain/UserName.h"
#include "session/Session.h"
#include "store/Statement.h"
#include "store/UserTable.h"

#include <string>

namespace majakka {

std::vector<domain::User> UserAdministration::users()
{
    return store::UserTable(m_session.database()).all();
}

void UserAdministration::requireAdministrator(std::string_view action) const
{
    if (m_session.user().role != domain::Role::Administrator) {
        throw Error(ErrorCode::Permission, "only an administrator may " + std::string(action));
    }
}

domain::User UserAdministration::requireUser(std::string_view name)
{
    std::optional<domain::User> user = store::UserTable(m_session.database()).byName(name);
    if (!user) {
        throw Error(ErrorCode::NotFound, "there is no user named \"" + std::string(name) + "\"");
    }
    return *user;
}

domain::User UserAdministration::addUser(std::string_view name,
                                         domain::Role role,
                                         std::string_view passphrase,
                                         const crypto::KdfParams& kdf)
{
    requireAdministrator("add users");
    domain::validateUserName(name);
    domain::validateNewPassphrase(passphrase);
    store::UserTable table(m_session.database());
    if (table.byName(name)) {
        throw Error(ErrorCode::Invalid, "a user named \"" + std::string(name) + "\" already exists");
    }
    store::Transaction transaction(m_session.database());
    domain::User user = table.add(name, role);
    m_session.audit("user.add", std::nullopt, user.name + " (" + std::string(domain::roleName(role)) + ")");
    m_session.keyRing().setPassphrase(name, passphrase, kdf);
    transaction.commit();
    return user;
}

void UserAdministration::removeUser(std::string_view name)
{
    requireAdministrator("remove users");
    const domain::User user = requireUser(name);
    if (user.id == m_session.user().id) {
        throw Error(ErrorCode::Invalid, "you cannot remove the user you are signed in as");
    }
    store::UserTable table(m_session.database());
    if (user.role == domain::Role::Administrator && table.countWithRole(domain::Role::Administrator) == 1) {
        throw Error(ErrorCode::Invalid, "the last administrator cannot be removed");
    }
    store::Transaction transaction(m_session.database());
    table.remove(user.id);
    m_session.audit("user.remove", std::nullopt, user.name);
    m_session.keyRing().removeSlot(user.name);
    transaction.commit();
}

void UserAdministration::renameUser(std::string_view oldName, std::string_view newName)
{
    requireAdministrator("rename users");
    domain::validateUserName(newName);
    const domain::User user = requireUser(oldName);
    store::UserTable table(m_session.database());
    const std::optional<domain::User> taken = table.byName(newName);
    if (taken && taken->id != user.id) {
        throw Error(ErrorCode::Invalid, "a user named \"" + std::string(newName) + "\" already exists");
    }
    store::Transaction transaction(m_session.database());
    table.rename(user.id, newName);
    m_session.audit("user.rename", std::nullopt, user.name + " -> " + std::string(newName));
    m_session.keyRing().renameSlot(user.name, newName);
    transaction.commit();
}

void UserAdministration::setRole(std::string_view name, domain::Role role)
{
    requireAdministrator("change users' roles");
    const domain::User user = requireUser(name);
    if (user.role == role) {
        return;
    }
    if (user.id == m_session.user().id) {
        throw Error(ErrorCode::Invalid, "you cannot change the role of the user you are signed in as");
    }
    store::UserTable table(m_session.database());
    if (user.role == domain::Role::Administrator && table.countWithRole(domain::Role::Administrator) == 1) {
        throw Error(ErrorCode::Invalid, "the last administrator must stay an administrator");
    }
    store::Transaction transaction(m_session.database());
    table.setRole(user.id, role);
    m_session.audit("user.role", std::nullopt, user.name + " -> " + std::string(domain::roleName(role)));
    transaction.commit();
}

void UserAdministration::setOffice(std::string_view name, std::optional<domain::Office> office)
{
    requireAdministrator("set users' offices");
    const domain::User user = requireUser(name);
    store::Transaction transaction(m_session.database());
    store::UserTable(m_session.database()).setOffice(user.id, office);
    m_session.audit("user.office",
                    std::nullopt,
                    user.name + " -> " + std::string(office ? domain::nameOf(*office) : "none"));
    transaction.commit();
}

void UserAdministration::changeOwnPassphrase(std::string_view newPassphrase, const crypto::KdfParams& kdf)
{
    if (m_session.openedWithRecoveryKey()) {
        throw Error(ErrorCode::Usage,
                    "the recovery key has no passphrase; reset a user's passphrase instead");
    }
    domain::validateNewPassphrase(newPassphrase);
    store::Transaction transaction(m_session.database());
    m_session.audit("passphrase.change");
    m_session.keyRing().setPassphrase(m_session.user().name, newPassphrase, kdf);
    transaction.commit();
}

void UserAdministration::resetPassphrase(std::string_view name,
                                         std::string_view newPassphrase,
                                         const crypto::KdfParams& kdf)
{
    requireAdministrator("set another user's passphrase");
    domain::validateNewPassphrase(newPassphrase);
    const domain::User user = requireUser(name);
    store::Transaction transaction(m_session.database());
    m_session.audit("passphrase.reset", std::nullopt, user.name);
    m_session.keyRing().setPassphrase(user.name, newPassphrase, kdf);
    transaction.commit();
}

void UserAdministration::setRecoveryKey(crypto::ByteView publicKey)
{
    requireAdministrator("set the recovery key");
    store::Transaction transaction(m_session.database());
    m_session.audit("recovery_key.set");
    m_session.keyRing().setRecoveryKey(publicKey);
    transaction.commit();
}

} // namespace majakka
