#pragma once

#include "Progress.h"
#include "store/HybridClock.h"
#include "store/Id.h"
#include "store/Operation.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace majakka::store {

class Database;

// The append-only operation log and the current values made from it.
//
// Every write of a field is an operation that names the field's heads it saw
// (the operations it supersedes). A field's heads are its operations that no
// other supersedes; the value shown is the head with the highest (HLC, site id).
// The result depends only on the set of operations held, so replicas that hold
// the same operations show the same values whatever order they arrived in. A
// field with more than one head is a conflict; every head is kept.
//
// The log does not open transactions: the caller's unit of work does, so the
// operations, the current values and the audit entry commit together.
class OperationLog
{
public:
    OperationLog(Database& database, const Clock& clock);

    const Id& siteId() const { return m_siteId; }

    struct FieldWrite
    {
        std::string field;
        std::optional<std::string> value; // JSON text; nothing clears the field
    };

    // Records one operation per field whose shown value differs (or which is in
    // conflict), each superseding the field's current heads. Returns the new operations.
    std::vector<Operation> write(const Id& recordId,
                                 std::string_view recordType,
                                 const std::vector<FieldWrite>& writes,
                                 std::string_view author);

    // A new HLC value, later than every operation held (a sync package's
    // stamp), saved so that it is never given out again.
    std::uint64_t stamp();

    // A name for an entry of a record's list (a support measure, a contact):
    // unique among replicas, and later than every name made before at this site.
    std::string newEntryId();

    // Deletes the record: one operation on the reserved field, superseding every head of every field.
    Operation remove(const Id& recordId, std::string_view recordType, std::string_view author);

    // Brings back a deleted record (a person chose an edit made elsewhere over
    // the delete): one operation that clears the delete, and the values the
    // delete had replaced written again where nothing has taken their place.
    std::vector<Operation> undelete(const Id& recordId, std::string_view recordType, std::string_view author);

    // Adds an operation made elsewhere (sync import). Returns false when it was
    // held already, in which case nothing changes.
    bool apply(const Operation& operation);

    // Called around each record's operations in applyAll: `before` ahead of
    // the record's first, `after` once they are all in and its values are
    // worked out, with the fields that changed. Work on the record done there
    // finds its pages still in the cache.
    struct RecordHooks
    {
        std::function<void(const Id& record)> before;
        std::function<void(const Id& record, const std::set<std::string>& changedFields)> after;
    };

    // The same for a whole package's operations in one pass (OperationLogApply.cpp),
    // record by record: held ones are skipped, and a field's shown value is
    // worked out without a query when the new operation simply follows its one
    // head. Throws Error(Invalid) for an operation that would change a record's
    // type. On return `operations` holds the ones that were new here (the list
    // is compacted in place: a package's 200,000 operations are not held
    // twice). `progress`, when given, hears of every 1,000 operations and may
    // cancel. `contested`, when given, receives the fields that had one head or
    // none before and have several now: the conflicts this batch made.
    void applyAll(std::vector<Operation>& operations,
                  Progress* progress = nullptr,
                  std::set<std::pair<Id, std::string>>* contested = nullptr,
                  const RecordHooks& hooks = {});

    // The shown value of each field of a record (deleted records included).
    std::map<std::string, std::optional<std::string>> fields(const Id& recordId);
    std::optional<std::string> recordType(const Id& recordId);
    bool isDeleted(const Id& recordId);
    std::vector<Operation> heads(const Id& recordId, std::string_view field);
    // Every operation of a record, oldest first (for history and export).
    std::vector<Operation> operations(const Id& recordId);

    struct Conflict
    {
        Id recordId;
        std::string field;
        int heads = 0;
    };
    std::vector<Conflict> conflicts();

private:
    struct ShownValue
    {
        std::optional<std::string> value;
        Id opId; // the shown head
        int heads = 0;
    };
    std::map<std::string, ShownValue, std::less<>> shownValues(const Id& recordId);
    void insert(const Operation& operation);
    void noteRecord(const Operation& operation);
    // Works out the field's shown value from its heads; returns how many heads it has.
    int refreshField(const Id& recordId, const std::string& field);
    int headCount(const Id& recordId, const std::string& field);
    void refreshSupersededFields(const Operation& operation);
    void saveClock();
    // Keeps site_clocks, the version vector: the newest HLC held from each site.
    void noteSiteClock(const Id& site, std::uint64_t hlc);
    bool followsOnlyHead(const Operation& operation);

    Database& m_database;
    Id m_siteId;
    HybridClock m_clock;
};

} // namespace majakka::store
