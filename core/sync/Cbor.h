#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecureBytes.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace majakka::sync {

// The small part of CBOR (RFC 8949) that sync packages use: unsigned integers,
// byte and text strings, arrays and maps of known length, null and booleans.
// Packages are written and read a value at a time, so a 200,000-operation
// payload never becomes a tree of objects in memory. The reader is strict:
// indefinite lengths, tags, floats and non-shortest integers are refused, and
// no length may pass the end of the input.
class CborWriter
{
public:
    void unsignedInt(std::uint64_t value) { head(0, value); }
    void bytes(crypto::ByteView value);
    void text(std::string_view value);
    void array(std::size_t count) { head(4, count); }
    void map(std::size_t count) { head(5, count); }
    void null() { m_out.push_back(0xf6); }
    void boolean(bool value) { m_out.push_back(value ? 0xf5 : 0xf4); }

    const crypto::SecureBytes& bytes() const { return m_out; }
    crypto::SecureBytes take() { return std::move(m_out); }

private:
    void head(std::uint8_t major, std::uint64_t argument);

    crypto::SecureBytes m_out;
};

class CborReader
{
public:
    // `what` names the input in errors ("the sync package's header").
    CborReader(crypto::ByteView input, std::string what);

    std::uint64_t unsignedInt();
    crypto::ByteView bytes();
    // A byte string of exactly `size` bytes (an id, a key).
    crypto::ByteView bytes(std::size_t size);
    // Refuses text that is not UTF-8, as CBOR requires.
    std::string text();
    // The count of an array whose items take at least `minItemSize` bytes each:
    // a count the rest of the input cannot hold is refused before anything is
    // reserved for it.
    std::size_t array(std::size_t minItemSize = 1);
    std::size_t map();
    bool boolean();
    // True (and consumed) when the next value is null.
    bool nullNext();
    bool atEnd() const { return m_pos == m_input.size(); }

    // Throws Error(Damaged) naming the input.
    [[noreturn]] void fail(const std::string& problem) const;

private:
    std::uint64_t head(std::uint8_t expectedMajor, const char* kind);
    std::uint8_t peek();
    std::size_t length(std::uint64_t value, std::size_t itemSize);

    crypto::ByteView m_input;
    std::string m_what;
    std::size_t m_pos = 0;
};

} // namespace majakka::sync
