#include "crypto/PassphraseKdf.h"

#include "Error.h"
#include "crypto/Random.h"

#include <algorithm>
#include <botan/pwdhash.h>
#include <mutex>

namespace majakka::crypto {

namespace {
// A header is read before anything is authenticated: refuse costs that would
// let a tampered file make the program allocate absurd memory or spin for hours.
constexpr std::uint32_t MaximumMemoryKiB = 4u * 1024 * 1024;
constexpr std::uint32_t MaximumPasses = 100;
constexpr std::uint32_t MaximumLanes = 16;

void validate(const KdfParams& params)
{
    if (params.lanes < 1 || params.lanes > MaximumLanes || params.passes < 1 || params.passes > MaximumPasses
        || params.memoryKiB < 8 * params.lanes || params.memoryKiB > MaximumMemoryKiB) {
        throw Error(ErrorCode::Invalid, "the key derivation parameters are outside the allowed range");
    }
}
} // namespace

Secret deriveKeyFromPassphrase(std::string_view passphrase, ByteView salt, const KdfParams& params)
{
    validate(params);
    auto family = Botan::PasswordHashFamily::create_or_throw("Argon2id");
    auto hash = family->from_params(params.memoryKiB, params.passes, params.lanes);
    Secret out(32);
    hash->derive_key(out.data(), out.size(), passphrase.data(), passphrase.size(), salt.data(), salt.size());
    return out;
}

KdfParams KdfParams::calibrated(std::chrono::milliseconds target)
{
    static std::uint32_t passesPerTarget = MinimumPasses;
    static std::chrono::milliseconds measuredFor {0};
    static std::mutex mutex;

    const std::scoped_lock lock(mutex);
    if (measuredFor != target) {
        const KdfParams probe = standard();
        const Bytes salt = randomBytes(KdfSaltSize);
        const auto start = std::chrono::steady_clock::now();
        deriveKeyFromPassphrase("calibration", salt, probe);
        const auto elapsed
            = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
        const double perPass = std::max(1.0, elapsed.count() / probe.passes);
        const double fitting = static_cast<double>(target.count()) / perPass;
        passesPerTarget = std::clamp(static_cast<std::uint32_t>(fitting), MinimumPasses, 20u);
        measuredFor = target;
    }
    KdfParams params = standard();
    params.passes = passesPerTarget;
    return params;
}

} // namespace majakka::crypto
