#pragma once

#include "sync/SyncHooks.h"
#include "sync/TrustedDevices.h"

#include <nlohmann/json.hpp>
#include <string>

// How the sync commands write devices and scopes, in words and in JSON.
namespace majakka::cli {

inline std::string casesText(const sync::Scope& scope)
{
    if (scope.isEverything()) {
        return "all cases";
    }
    std::string out = "the cases";
    if (scope.worker) {
        out += " of " + *scope.worker;
    }
    if (scope.office) {
        out += std::string(scope.worker ? " in" : " of") + " the office " + *scope.office;
    }
    return out;
}

inline nlohmann::ordered_json deviceJson(const sync::TrustedDevice& device)
{
    return {{"id", device.identity.deviceId.hex()},
            {"name", device.identity.name},
            {"fingerprint", device.identity.fingerprint()},
            {"worker", device.worker ? nlohmann::ordered_json(*device.worker) : nullptr},
            {"office", device.office ? nlohmann::ordered_json(*device.office) : nullptr},
            {"trusted_at", device.trustedAt},
            {"trusted_by", device.trustedBy},
            {"revoked_at", device.revokedAt ? nlohmann::ordered_json(*device.revokedAt) : nullptr}};
}

} // namespace majakka::cli
