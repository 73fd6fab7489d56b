#include "store/RecordPurge.h"

#include "store/Database.h"
#include "store/IdColumns.h"
#include "store/Statement.h"

namespace majakka::store {

void purgeRecord(Database& database, const Id& record, const std::string& at)
{
    const crypto::ByteView key = idView(record);
    const auto run = [&](const char* sql) {
        Statement statement(database, sql);
        statement.bind(1, key);
        statement.run();
    };
    // The delete trigger on operations lets these through while the record is named here.
    Statement name(database, "INSERT OR REPLACE INTO scope_removals (record_id, removed_at) VALUES (?1, ?2)");
    name.bind(1, key).bind(2, at).run();
    run("DELETE FROM supersessions WHERE superseded IN (SELECT op_id FROM operations WHERE record_id = ?1) "
        "OR by_op IN (SELECT op_id FROM operations WHERE record_id = ?1)");
    run("DELETE FROM operations WHERE record_id = ?1");
    run("DELETE FROM field_values WHERE record_id = ?1");
    run("DELETE FROM records WHERE record_id = ?1");
    run("DELETE FROM quarantined_operations WHERE record_id = ?1");
    run("DELETE FROM scope_removals WHERE record_id = ?1");
}

} // namespace majakka::store
