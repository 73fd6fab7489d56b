#pragma once

#include "Error.h"
#include "crypto/Bytes.h"

#include <cstdint>
#include <string>

namespace majakka::store {

// Big-endian writing and bounds-checked reading of the small binary files the
// core owns (key header, backup bundle). A short or malformed input throws
// Error(Damaged) with the caller's description of the file.
class ByteWriter
{
public:
    void u8(std::uint8_t value) { m_bytes.push_back(value); }
    void u16(std::uint16_t value)
    {
        u8(static_cast<std::uint8_t>(value >> 8));
        u8(static_cast<std::uint8_t>(value));
    }
    void u32(std::uint32_t value)
    {
        u16(static_cast<std::uint16_t>(value >> 16));
        u16(static_cast<std::uint16_t>(value));
    }
    void u64(std::uint64_t value)
    {
        u32(static_cast<std::uint32_t>(value >> 32));
        u32(static_cast<std::uint32_t>(value));
    }
    void raw(crypto::ByteView bytes) { m_bytes.insert(m_bytes.end(), bytes.begin(), bytes.end()); }
    void withLength16(crypto::ByteView bytes)
    {
        u16(static_cast<std::uint16_t>(bytes.size()));
        raw(bytes);
    }

    const crypto::Bytes& bytes() const { return m_bytes; }
    crypto::Bytes take() { return std::move(m_bytes); }

private:
    crypto::Bytes m_bytes;
};

class ByteReader
{
public:
    ByteReader(crypto::ByteView bytes, std::string what)
        : m_bytes(bytes)
        , m_what(std::move(what))
    { }

    std::uint8_t u8()
    {
        need(1);
        return m_bytes[m_pos++];
    }
    std::uint16_t u16() { return static_cast<std::uint16_t>(u8() << 8 | u8()); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(u16()) << 16 | u16(); }
    std::uint64_t u64() { return static_cast<std::uint64_t>(u32()) << 32 | u32(); }
    crypto::Bytes raw(std::size_t count)
    {
        need(count);
        crypto::Bytes out(m_bytes.begin() + static_cast<std::ptrdiff_t>(m_pos),
                          m_bytes.begin() + static_cast<std::ptrdiff_t>(m_pos + count));
        m_pos += count;
        return out;
    }
    crypto::Bytes withLength16() { return raw(u16()); }

    std::size_t position() const { return m_pos; }
    bool atEnd() const { return m_pos == m_bytes.size(); }

private:
    void need(std::size_t count) const
    {
        if (m_bytes.size() - m_pos < count) {
            throw Error(ErrorCode::Damaged, m_what + " is damaged: it ends too early");
        }
    }

    crypto::ByteView m_bytes;
    std::string m_what;
    std::size_t m_pos = 0;
};

} // namespace majakka::store
