#include "domain/HotlineJson.h"

#include "domain/JsonReader.h"

namespace majakka::domain {

using namespace json;

std::string hotlineCallToJson(const HotlineCall& call, int indent)
{
    const nlohmann::ordered_json out = {
        {"date", call.date.toString()},
        {"caller_type", name(call.callerType)},
        {"topic", name(call.topic)},
        {"outcome", name(call.outcome)},
        {"referral_followed", call.referralFollowed},
    };
    return out.dump(indent);
}

HotlineCall hotlineCallFromJson(std::string_view text)
{
    nlohmann::ordered_json document;
    try {
        document = nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::ordered_json::parse_error& error) {
        throw Error(ErrorCode::Invalid, std::string("The hotline call is not valid JSON: ") + error.what());
    }
    ObjectReader in(document, "");
    HotlineCall call;
    call.date = in.date("date");
    call.callerType = in.enumValue<HotlineCallerType>("caller_type", HotlineCallerType::Unknown);
    call.topic = in.enumValue<HotlineTopic>("topic");
    call.outcome = in.enumValue<HotlineOutcome>("outcome");
    call.referralFollowed = in.boolean("referral_followed");
    in.finish();
    return call;
}

} // namespace majakka::domain
