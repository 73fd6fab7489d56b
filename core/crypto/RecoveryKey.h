#pragma once

#include "crypto/Bytes.h"
#include "crypto/Secret.h"

#include <optional>
#include <string_view>

namespace majakka::crypto {

constexpr std::size_t X25519KeySize = 32;

// The office's recovery key pair (X25519). The public half goes into every
// database's key header; the private half stays in the office, in a file sealed
// with its own passphrase.
struct RecoveryKeyPair
{
    Bytes publicKey;
    Secret privateKey;

    static RecoveryKeyPair generate();
    // The public key that belongs to a private key.
    static Bytes publicKeyOf(const Secret& privateKey);
};

// A short identifier of a public key: the first 8 bytes of its SHA-256.
Bytes keyId(ByteView publicKey);

// Seals a secret to a recipient's X25519 public key: ephemeral X25519, HKDF-SHA-256
// over the shared secret and both public keys, then AES-256/GCM. The label keeps
// the uses apart: a key sealed for recovery never opens as a sync package key.
struct SealedToKey
{
    Bytes ephemeralPublicKey;
    Bytes sealed;
};

inline constexpr std::string_view RecoverySealLabel = "majakka recovery seal v1";

SealedToKey sealToPublicKey(ByteView recipientPublicKey,
                            const Secret& secret,
                            ByteView associatedData,
                            std::string_view label = RecoverySealLabel);
// Nothing when the private key does not fit or anything was altered.
std::optional<Secret> openWithPrivateKey(const Secret& recipientPrivateKey,
                                         const SealedToKey& sealed,
                                         ByteView associatedData,
                                         std::string_view label = RecoverySealLabel);

} // namespace majakka::crypto
