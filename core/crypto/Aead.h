#pragma once

#include "crypto/Bytes.h"
#include "crypto/Secret.h"

#include <optional>

namespace majakka::crypto {

// Authenticated encryption with AES-256/GCM. The sealed form is
// nonce (12 bytes) || ciphertext || tag (16 bytes); the nonce is random per call.
constexpr std::size_t AeadKeySize = 32;
constexpr std::size_t AeadNonceSize = 12;
constexpr std::size_t AeadTagSize = 16;
constexpr std::size_t AeadOverhead = AeadNonceSize + AeadTagSize;

Bytes seal(const Secret& key, ByteView plaintext, ByteView associatedData);
// Returns nothing when the key is wrong or the sealed bytes or associated data were altered.
std::optional<Secret> open(const Secret& key, ByteView sealed, ByteView associatedData);

} // namespace majakka::crypto
