#pragma once

#include "TestSupport.h"
#include "session/Session.h"

namespace majakka::test {

inline const crypto::KdfParams CheapKdf = crypto::KdfParams::forTests();
inline const std::string AdminPassphrase = "admin passphrase 1";

// A folder with a new database whose administrator is "anna".
struct SessionFixture
{
    TemporaryFolder folder;
    std::filesystem::path database = folder / "majakka.db";
    std::filesystem::path header = folder / "majakka.db.keys";

    std::unique_ptr<Session> create() { return Session::create(database, "anna", AdminPassphrase, CheapKdf); }
    std::unique_ptr<Session> unlock(const std::string& user, const std::string& passphrase)
    {
        return Session::unlock(database, user, passphrase);
    }
};

} // namespace majakka::test
