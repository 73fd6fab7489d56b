#pragma once

#include "crypto/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace majakka::fuzz {

// The readers of what comes from other devices, fed untrusted bytes: the first
// byte picks the reader (package file, package payload, device identity file),
// the rest is its input. Each must either read the input or throw the core's
// Error; anything else (a crash, another exception, a hang) is a bug.
void readUntrusted(const std::uint8_t* data, std::size_t size);

// Inputs that reach deep into each reader: a sealed package, its payload and an
// identity file, made with fresh keys; each begins with its reader's byte.
std::vector<crypto::Bytes> seedInputs();

} // namespace majakka::fuzz
