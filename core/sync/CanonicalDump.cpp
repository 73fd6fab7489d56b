#include "sync/CanonicalDump.h"

#include "store/Database.h"
#include "store/IdColumns.h"
#include "store/Operation.h"
#include "store/Statement.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace majakka::sync {

namespace {

using Json = nlohmann::json; // std::map underneath: keys come out sorted

Json valueOf(const store::Statement& row, int column)
{
    if (row.columnIsNull(column)) {
        return nullptr;
    }
    const std::string text = row.columnText(column);
    Json value = Json::parse(text, nullptr, false);
    return value.is_discarded() ? Json(text) : value;
}

void writeRecords(store::Database& database, std::ostream& out)
{
    // One record at a time, so a database of 100,000 clients is never one JSON tree.
    store::Statement records(database, "SELECT record_id, record_type FROM records ORDER BY record_id");
    store::Statement fields(database,
                            "SELECT field, value FROM field_values WHERE record_id = ?1 ORDER BY field");
    bool first = true;
    while (records.step()) {
        const store::Id id = store::idColumn(records, 0);
        Json record;
        record["id"] = id.hex();
        record["type"] = records.columnText(1);
        record["deleted"] = false;
        Json values = Json::object();
        fields.reset();
        fields.bind(1, store::idView(id));
        while (fields.step()) {
            const std::string field = fields.columnText(0);
            if (field == store::DeletedField) {
                record["deleted"] = !fields.columnIsNull(1) && fields.columnText(1) == "true";
            } else {
                values[field] = valueOf(fields, 1);
            }
        }
        record["fields"] = std::move(values);
        out << (first ? "\n" : ",\n") << record.dump();
        first = false;
    }
}

void writeConflicts(store::Database& database, std::ostream& out)
{
    store::Statement conflicted(
        database, "SELECT record_id, field FROM field_values WHERE heads > 1 ORDER BY record_id, field");
    store::Statement heads(
        database,
        "SELECT op_id FROM operations o WHERE record_id = ?1 AND field = ?2 AND NOT EXISTS "
        "(SELECT 1 FROM supersessions s WHERE s.superseded = o.op_id) ORDER BY op_id");
    bool first = true;
    while (conflicted.step()) {
        const store::Id record = store::idColumn(conflicted, 0);
        const std::string field = conflicted.columnText(1);
        Json conflict;
        conflict["record"] = record.hex();
        conflict["field"] = field;
        conflict["heads"] = Json::array();
        heads.reset();
        heads.bind(1, store::idView(record)).bind(2, field);
        while (heads.step()) {
            conflict["heads"].push_back(store::idColumn(heads, 0).hex());
        }
        out << (first ? "\n" : ",\n") << conflict.dump();
        first = false;
    }
}

} // namespace

void writeCanonicalDump(store::Database& database, std::ostream& out)
{
    out << "{\"format\":1,\"records\":[";
    writeRecords(database, out);
    out << "\n],\"conflicts\":[";
    writeConflicts(database, out);
    out << "\n]}\n";
}

} // namespace majakka::sync
