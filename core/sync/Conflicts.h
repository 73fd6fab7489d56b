#pragma once

#include "store/Id.h"
#include "sync/SyncContext.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace majakka::sync {

// One of the values a field holds at once.
struct ConflictHead
{
    store::Id opId;
    std::string field; // for a delete conflict, the edited field (or "$deleted" for the delete)
    std::optional<std::string> value; // JSON text; nothing when the value was cleared
    std::string author;
    store::Id site;
    std::string siteName; // this device's or a trusted device's name; empty when unknown
    std::uint64_t hlc = 0;
    bool local = false; // made on this device
    bool shown = false; // the value the record shows until the conflict is resolved
};

// A field that two devices changed without seeing each other's change, or a
// record deleted on one device while edited on another. Every head is kept
// until a person picks one; the pick is itself an operation and syncs.
struct Conflict
{
    std::string id; // twelve hex digits, stable across devices
    store::Id record;
    std::string recordType;
    std::string label;
    std::string field; // "$deleted" for a delete against an edit
    std::vector<ConflictHead> heads; // the shown one first

    bool isDelete() const;
};

enum class Take
{
    Local, // the head made on this device
    Remote, // the one head made elsewhere
};

class Conflicts
{
public:
    explicit Conflicts(SyncContext& context)
        : m_context(context)
    { }

    // Every conflict, or those of the given records, by record and field.
    std::vector<Conflict> list(const std::optional<std::set<store::Id>>& records = std::nullopt);
    // By its id (or a unique start of it). Throws Error(NotFound).
    Conflict find(const std::string& id);

    // Keeps one head: the local or the remote one, or `head`: its number as
    // listed (1 for the shown value) or a unique start of its operation id.
    // Checks the user may change the record; audited.
    void resolve(const std::string& id, Take take);
    void resolve(const std::string& id, const std::string& head);

    static std::string conflictId(const store::Id& record, const std::string& field);

private:
    void keep(const Conflict& conflict, const ConflictHead& head);

    SyncContext& m_context;
};

} // namespace majakka::sync
