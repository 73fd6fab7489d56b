#pragma once

#include "crypto/Bytes.h"
#include "crypto/Secret.h"

#include <memory>
#include <string_view>

namespace majakka::crypto {

constexpr std::size_t Sha256Size = 32;

Bytes sha256(ByteView data);
Bytes hmacSha256(ByteView key, ByteView data);
// HKDF-SHA-256 (RFC 5869) with the given salt and a context label.
Secret hkdfSha256(ByteView inputKey, ByteView salt, std::string_view label, std::size_t length);

// SHA-256 or HMAC-SHA-256 of data that comes in pieces (a backup of a large
// database, read a chunk at a time).
class StreamingHash
{
public:
    static StreamingHash sha256();
    static StreamingHash hmacSha256(ByteView key);

    StreamingHash(StreamingHash&&) noexcept;
    StreamingHash& operator=(StreamingHash&&) noexcept;
    ~StreamingHash();

    void update(ByteView data);
    // The hash of everything given so far; the object starts again afterwards.
    Bytes final();

private:
    struct State;
    explicit StreamingHash(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

// Compares two byte strings in time that does not depend on where they differ.
bool equalConstantTime(ByteView a, ByteView b);

} // namespace majakka::crypto
