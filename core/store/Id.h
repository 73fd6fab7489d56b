#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace majakka::store {

// A random 128-bit identifier, made on the device that creates the record or
// operation, so ids from different devices never collide and need no server.
struct Id
{
    std::array<std::uint8_t, 16> bytes {};

    static Id random();
    // The HLC (big-endian) then 8 random bytes: ids that sort in the order they
    // were made, so that the operations' primary key grows at its end instead of
    // at a random place (a random insert reads and rewrites an encrypted page
    // that is rarely in the cache). Unique all the same: two sites stamping the
    // same HLC differ in 64 random bits.
    static Id ordered(std::uint64_t hlc);
    // Throws Error(Invalid) unless the text is 32 hex digits.
    static Id fromHex(std::string_view hex);
    static Id fromBytes(const std::uint8_t* data, std::size_t size);
    std::string hex() const;

    auto operator<=>(const Id&) const = default;
};

} // namespace majakka::store
