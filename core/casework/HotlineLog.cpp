#include "casework/HotlineLog.h"

#include "domain/HotlineJson.h"
#include "session/Session.h"
#include "store/OperationLog.h"
#include "store/Statement.h"

#include <nlohmann/json.hpp>

namespace majakka {

namespace {
constexpr const char* HotlineType = "hotline_call";
}

std::string HotlineLog::add(const domain::HotlineCall& call)
{
    domain::validate(call, domain::Date::fromTimePoint(m_session.clock().now()));
    const nlohmann::ordered_json document
        = nlohmann::ordered_json::parse(domain::hotlineCallToJson(call, -1));
    std::vector<store::OperationLog::FieldWrite> parts;
    for (const auto& [key, value] : document.items()) {
        parts.push_back({key, value.dump()});
    }
    store::Transaction transaction(m_session.database());
    const store::Id id = store::Id::random();
    store::OperationLog(m_session.database(), m_session.clock())
        .write(id, HotlineType, parts, m_session.user().name);
    m_session.audit("hotline.add", id);
    transaction.commit();
    return id.hex();
}

std::vector<domain::HotlineCall> HotlineLog::all()
{
    std::vector<store::Id> ids;
    {
        store::Statement records(m_session.database(),
                                 "SELECT record_id FROM records WHERE record_type = ?1");
        records.bind(1, HotlineType);
        while (records.step()) {
            const crypto::Bytes bytes = records.columnBlob(0);
            ids.push_back(store::Id::fromBytes(bytes.data(), bytes.size()));
        }
    }
    store::OperationLog log(m_session.database(), m_session.clock());
    std::vector<domain::HotlineCall> calls;
    for (const store::Id& id : ids) {
        if (log.isDeleted(id)) {
            continue;
        }
        nlohmann::ordered_json document = nlohmann::ordered_json::object();
        for (const auto& [field, value] : log.fields(id)) {
            if (value) {
                document[field] = nlohmann::ordered_json::parse(*value);
            }
        }
        calls.push_back(domain::hotlineCallFromJson(document.dump()));
    }
    return calls;
}

} // namespace majakka
