#pragma once

#include "crypto/Bytes.h"
#include "crypto/Secret.h"

namespace majakka::crypto {

// Bytes from the operating system's generator (getrandom), through Botan.
Bytes randomBytes(std::size_t count);
Secret randomSecret(std::size_t count);

} // namespace majakka::crypto
