#include "crypto/Hash.h"

#include <botan/hash.h>
#include <botan/kdf.h>
#include <botan/mac.h>
#include <botan/mem_ops.h>

namespace majakka::crypto {

Bytes sha256(ByteView data)
{
    auto hash = Botan::HashFunction::create_or_throw("SHA-256");
    hash->update(data.data(), data.size());
    Bytes out(hash->output_length());
    hash->final(out.data());
    return out;
}

Bytes hmacSha256(ByteView key, ByteView data)
{
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    mac->set_key(key.data(), key.size());
    mac->update(data.data(), data.size());
    Bytes out(mac->output_length());
    mac->final(out.data());
    return out;
}

Secret hkdfSha256(ByteView inputKey, ByteView salt, std::string_view label, std::size_t length)
{
    auto kdf = Botan::KDF::create_or_throw("HKDF(SHA-256)");
    const auto derived = kdf->derive_key(length,
                                         inputKey.data(),
                                         inputKey.size(),
                                         salt.data(),
                                         salt.size(),
                                         reinterpret_cast<const std::uint8_t*>(label.data()),
                                         label.size());
    return Secret(derived.data(), derived.size());
}

bool equalConstantTime(ByteView a, ByteView b)
{
    return a.size() == b.size() && Botan::constant_time_compare(a.data(), b.data(), a.size());
}

} // namespace majakka::crypto
