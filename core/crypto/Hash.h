#pragma once

#include "crypto/Bytes.h"
#include "crypto/Secret.h"

#include <string_view>

namespace majakka::crypto {

constexpr std::size_t Sha256Size = 32;

Bytes sha256(ByteView data);
Bytes hmacSha256(ByteView key, ByteView data);
// HKDF-SHA-256 (RFC 5869) with the given salt and a context label.
Secret hkdfSha256(ByteView inputKey, ByteView salt, std::string_view label, std::size_t length);

// Compares two byte strings in time that does not depend on where they differ.
bool equalConstantTime(ByteView a, ByteView b);

} // namespace majakka::crypto
