#pragma once

#include "sync/SyncHooks.h"

namespace majakka {

class Session;

// How sync sees the casework records: clients (with their summaries, search
// entries and per-kind tables to keep) and the hotline's anonymous calls.
class ClientSyncHooks final : public sync::SyncHooks
{
public:
    explicit ClientSyncHooks(Session& session)
        : m_session(session)
    { }

    bool knowsRecordType(std::string_view type) const override;
    std::vector<store::Id> recordsIn(const sync::Scope& scope) override;
    std::vector<std::string> refresh(const std::map<store::Id, std::set<std::string>>& changes) override;
    void forget(const store::Id& record) override;
    std::string label(const store::Id& record) override;
    void requireMayChange(const store::Id& record) override;

private:
    Session& m_session;
};

} // namespace majakka
