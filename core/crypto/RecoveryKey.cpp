#include "crypto/RecoveryKey.h"

#include "Error.h"
#include "crypto/Aead.h"
#include "crypto/Hash.h"

#include <botan/curve25519.h>
#include <botan/pubkey.h>
#include <botan/system_rng.h>

namespace majakka::crypto {

namespace {

Secret agree(const Secret& privateKey, ByteView peerPublicKey)
{
    if (peerPublicKey.size() != X25519KeySize || privateKey.size() != X25519KeySize) {
        throw Error(ErrorCode::Invalid, "an X25519 key has the wrong length");
    }
    const Botan::secure_vector<std::uint8_t> raw(privateKey.data(), privateKey.data() + privateKey.size());
    const Botan::Curve25519_PrivateKey key(raw);
    Botan::PK_Key_Agreement agreement(key, Botan::system_rng(), "Raw");
    const auto shared = agreement.derive_key(0, peerPublicKey.data(), peerPublicKey.size());
    const Botan::secure_vector<std::uint8_t> bits = shared.bits_of();
    // A low-order peer key gives an all-zero secret that anyone could compute.
    std::uint8_t any = 0;
    for (std::uint8_t b : bits) {
        any |= b;
    }
    if (any == 0) {
        throw Error(ErrorCode::Invalid, "the public key is not a usable X25519 key");
    }
    return Secret(bits.data(), bits.size());
}

Secret
wrappingKey(const Secret& shared, ByteView ephemeralPublic, ByteView recipientPublic, std::string_view label)
{
    Bytes salt(ephemeralPublic.begin(), ephemeralPublic.end());
    salt.insert(salt.end(), recipientPublic.begin(), recipientPublic.end());
    return hkdfSha256(shared.bytes(), salt, label, AeadKeySize);
}
} // namespace

RecoveryKeyPair RecoveryKeyPair::generate()
{
    const Botan::Curve25519_PrivateKey key(Botan::system_rng());
    const auto raw = key.get_x();
    RecoveryKeyPair pair;
    pair.privateKey = Secret(raw.data(), raw.size());
    pair.publicKey = key.public_value();
    return pair;
}

Bytes RecoveryKeyPair::publicKeyOf(const Secret& privateKey)
{
    if (privateKey.size() != X25519KeySize) {
        throw Error(ErrorCode::Invalid, "an X25519 key has the wrong length");
    }
    const Botan::secure_vector<std::uint8_t> raw(privateKey.data(), privateKey.data() + privateKey.size());
    const Botan::Curve25519_PrivateKey key(raw);
    return key.public_value();
}

Bytes keyId(ByteView publicKey)
{
    Bytes hash = sha256(publicKey);
    hash.resize(8);
    return hash;
}

SealedToKey sealToPublicKey(ByteView recipientPublicKey,
                            const Secret& secret,
                            ByteView associatedData,
                            std::string_view label)
{
    const RecoveryKeyPair ephemeral = RecoveryKeyPair::generate();
    const Secret shared = agree(ephemeral.privateKey, recipientPublicKey);
    const Secret key = wrappingKey(shared, ephemeral.publicKey, recipientPublicKey, label);
    return {ephemeral.publicKey, seal(key, secret.bytes(), associatedData)};
}

std::optional<Secret> openWithPrivateKey(const Secret& recipientPrivateKey,
                                         const SealedToKey& sealed,
                                         ByteView associatedData,
                                         std::string_view label)
{
    if (sealed.ephemeralPublicKey.size() != X25519KeySize) {
        return std::nullopt;
    }
    const Bytes recipientPublic = RecoveryKeyPair::publicKeyOf(recipientPrivateKey);
    Secret shared;
    try {
        shared = agree(recipientPrivateKey, sealed.ephemeralPublicKey);
    } catch (const Error&) {
        return std::nullopt;
    }
    const Secret key = wrappingKey(shared, sealed.ephemeralPublicKey, recipientPublic, label);
    return open(key, sealed.sealed, associatedData);
}

} // namespace majakka::crypto
