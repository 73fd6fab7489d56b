#pragma once

#include "crypto/Bytes.h"
#include "crypto/Secret.h"

#include <chrono>
#include <cstdint>
#include <string_view>

namespace majakka::crypto {

// Argon2id cost, stored with every key slot so it can be raised later
// without touching the slots made before.
struct KdfParams
{
    std::uint32_t memoryKiB = 64 * 1024;
    std::uint32_t passes = 3;
    // Botan 2 computes Argon2 lanes one after another, so more lanes only cost time.
    std::uint32_t lanes = 1;

    // Never below these for a real slot: 64 MiB and 3 passes.
    static constexpr std::uint32_t MinimumMemoryKiB = 64 * 1024;
    static constexpr std::uint32_t MinimumPasses = 3;

    bool operator==(const KdfParams&) const = default;

    // The shipped default, before calibration.
    static KdfParams standard() { return {}; }
    // Cheap parameters for tests that open hundreds of databases. Never shipped in a slot
    // made by the programs: they always calibrate from the standard parameters.
    static KdfParams forTests() { return {256, 1, 1}; }
    // The standard memory cost with as many passes as fit in the target time on this
    // machine (measured once per process), never fewer than the minimum.
    static KdfParams calibrated(std::chrono::milliseconds target = std::chrono::milliseconds(600));

    // True when these are at least the minimum a real slot may use.
    bool meetsMinimum() const { return memoryKiB >= MinimumMemoryKiB && passes >= MinimumPasses; }
};

constexpr std::size_t KdfSaltSize = 16;

// Argon2id of the passphrase, 32 bytes. Throws Error(Invalid) on parameters outside
// what Argon2 allows or beyond what this program accepts from a file (4 GiB, 100 passes).
Secret deriveKeyFromPassphrase(std::string_view passphrase, ByteView salt, const KdfParams& params);

} // namespace majakka::crypto
