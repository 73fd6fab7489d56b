#pragma once

#include "domain/HotlineCall.h"

#include <string>
#include <vector>

namespace majakka {

class Session;

// The 24/7 hotline's anonymous call log. A call has no personal data by
// construction (see domain/HotlineCall.h), so every role may record calls.
class HotlineLog
{
public:
    explicit HotlineLog(Session& session)
        : m_session(session)
    { }

    // Stores the call through the operation log (so it syncs) and audits it; returns its id.
    std::string add(const domain::HotlineCall& call);
    std::vector<domain::HotlineCall> all();

private:
    Session& m_session;
};

} // namespace majakka
