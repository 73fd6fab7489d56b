#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace majakka::crypto {

// Public (non-secret) bytes: salts, nonces, ciphertexts, hashes.
using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

inline ByteView asBytes(std::string_view text)
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string toHex(ByteView bytes);
// Throws Error(Invalid) when the text is not an even number of hex digits.
Bytes fromHex(std::string_view hex);

} // namespace majakka::crypto
