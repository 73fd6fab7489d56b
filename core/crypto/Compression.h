#pragma once

#include "crypto/Bytes.h"
#include "crypto/Secret.h"
#include "crypto/SecureBytes.h"

#include <string>

namespace majakka::crypto {

// zlib (deflate) compression of sync payloads before they are sealed. It
// lives here because Botan provides it, and Botan stays inside core/crypto.
// Compressed plaintext is still plaintext: it comes back in wiped memory.
SecureBytes compress(ByteView plaintext);

// Refuses (Error(Damaged), naming `what`) input that is not zlib data or that
// would inflate beyond `maxSize` bytes, so a small hostile file cannot fill
// the memory.
Secret decompress(ByteView compressed, std::size_t maxSize, const std::string& what);

} // namespace majakka::crypto
