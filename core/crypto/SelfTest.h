#pragma once

namespace majakka::crypto {

// Known-answer tests of every primitive the core uses (SHA-256, HMAC, HKDF,
// AES-256/GCM, X25519, Argon2id). Run once per process before any key is
// touched; throws Error(Internal) naming the primitive that gave a wrong answer.
void runSelfTests();

} // namespace majakka::crypto
