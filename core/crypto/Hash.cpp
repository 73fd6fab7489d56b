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

struct StreamingHash::State
{
    std::unique_ptr<Botan::HashFunction> hash;
    std::unique_ptr<Botan::MessageAuthenticationCode> mac;
};

StreamingHash::StreamingHash(std::unique_ptr<State> state)
    : m_state(std::move(state))
{ }

StreamingHash::StreamingHash(StreamingHash&&) noexcept = default;
StreamingHash& StreamingHash::operator=(StreamingHash&&) noexcept = default;
StreamingHash::~StreamingHash() = default;

StreamingHash StreamingHash::sha256()
{
    auto state = std::make_unique<State>();
    state->hash = Botan::HashFunction::create_or_throw("SHA-256");
    return StreamingHash(std::move(state));
}

StreamingHash StreamingHash::hmacSha256(ByteView key)
{
    auto state = std::make_unique<State>();
    state->mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    state->mac->set_key(key.data(), key.size());
    return StreamingHash(std::move(state));
}

void StreamingHash::update(ByteView data)
{
    if (m_state->mac) {
        m_state->mac->update(data.data(), data.size());
    } else {
        m_state->hash->update(data.data(), data.size());
    }
}

Bytes StreamingHash::final()
{
    Botan::Buffered_Computation& computation = m_state->mac
        ? static_cast<Botan::Buffered_Computation&>(*m_state->mac)
        : static_cast<Botan::Buffered_Computation&>(*m_state->hash);
    Bytes out(computation.output_length());
    computation.final(out.data());
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
