#include "crypto/Signature.h"

#include "Error.h"

#include <botan/ed25519.h>
#include <botan/pubkey.h>
#include <botan/system_rng.h>

namespace majakka::crypto {

namespace {
// Ed25519 signs the message itself (no prehash): Botan calls that "Pure".
constexpr const char* Padding = "Pure";
constexpr std::size_t SeedSize = 32;

Botan::Ed25519_PrivateKey privateKeyOf(const Secret& seed)
{
    if (seed.size() != SeedSize) {
        throw Error(ErrorCode::Internal, "an Ed25519 private key has the wrong length");
    }
    return Botan::Ed25519_PrivateKey(
        Botan::secure_vector<std::uint8_t>(seed.data(), seed.data() + seed.size()));
}
} // namespace

SigningKeyPair SigningKeyPair::generate()
{
    const Botan::Ed25519_PrivateKey key(Botan::system_rng());
    // Botan keeps seed || public key; the seed alone is the private key.
    const Botan::secure_vector<std::uint8_t>& both = key.get_private_key();
    SigningKeyPair pair;
    pair.privateKey = Secret(both.data(), SeedSize);
    pair.publicKey = key.get_public_key();
    return pair;
}

Bytes sign(const Secret& privateKey, ByteView message)
{
    const Botan::Ed25519_PrivateKey key = privateKeyOf(privateKey);
    Botan::PK_Signer signer(key, Botan::system_rng(), Padding);
    return signer.sign_message(message.data(), message.size(), Botan::system_rng());
}

bool verify(ByteView publicKey, ByteView message, ByteView signature)
{
    if (publicKey.size() != Ed25519PublicKeySize || signature.size() != Ed25519SignatureSize) {
        return false;
    }
    try {
        const Botan::Ed25519_PublicKey key(publicKey.data(), publicKey.size());
        Botan::PK_Verifier verifier(key, Padding);
        return verifier.verify_message(message.data(), message.size(), signature.data(), signature.size());
    } catch (const Botan::Exception&) {
        return false;
    }
}

} // namespace majakka::crypto
