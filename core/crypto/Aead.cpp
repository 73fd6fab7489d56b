#include "crypto/Aead.h"

#include "Error.h"
#include "crypto/Random.h"

#include <botan/aead.h>
#include <botan/exceptn.h>

namespace majakka::crypto {

namespace {
constexpr const char* Algorithm = "AES-256/GCM";

void requireKeySize(const Secret& key)
{
    if (key.size() != AeadKeySize) {
        throw Error(ErrorCode::Internal, "an encryption key has the wrong length");
    }
}
} // namespace

Bytes seal(const Secret& key, ByteView plaintext, ByteView associatedData)
{
    requireKeySize(key);
    auto mode = Botan::AEAD_Mode::create_or_throw(Algorithm, Botan::ENCRYPTION);
    mode->set_key(key.data(), key.size());
    mode->set_associated_data(associatedData.data(), associatedData.size());
    const Bytes nonce = randomBytes(AeadNonceSize);
    mode->start(nonce.data(), nonce.size());
    Botan::secure_vector<std::uint8_t> buffer(plaintext.begin(), plaintext.end());
    mode->finish(buffer);
    Bytes out(nonce);
    out.insert(out.end(), buffer.begin(), buffer.end());
    return out;
}

std::optional<Secret> open(const Secret& key, ByteView sealed, ByteView associatedData)
{
    requireKeySize(key);
    if (sealed.size() < AeadOverhead) {
        return std::nullopt;
    }
    auto mode = Botan::AEAD_Mode::create_or_throw(Algorithm, Botan::DECRYPTION);
    mode->set_key(key.data(), key.size());
    mode->set_associated_data(associatedData.data(), associatedData.size());
    mode->start(sealed.data(), AeadNonceSize);
    Botan::secure_vector<std::uint8_t> buffer(sealed.begin() + AeadNonceSize, sealed.end());
    try {
        mode->finish(buffer);
    } catch (const Botan::Invalid_Authentication_Tag&) {
        return std::nullopt;
    }
    return Secret(buffer.data(), buffer.size());
}

} // namespace majakka::crypto
