#pragma once

#include "crypto/Bytes.h"
#include "crypto/Secret.h"

namespace majakka::crypto {

constexpr std::size_t Ed25519PublicKeySize = 32;
constexpr std::size_t Ed25519SignatureSize = 64;

// A device's Ed25519 signing key pair: it signs the sync packages the device
// writes, so that a receiver can tell who made a package and that nothing in
// it was changed on the way.
struct SigningKeyPair
{
    Bytes publicKey;
    Secret privateKey; // the 32-byte seed

    static SigningKeyPair generate();
};

Bytes sign(const Secret& privateKey, ByteView message);
// False for a wrong signature, a malformed key or a signature of the wrong length.
bool verify(ByteView publicKey, ByteView message, ByteView signature);

} // namespace majakka::crypto
