#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string.h> // explicit_bzero
#include <vector>

namespace majakka::crypto {

// An allocator that overwrites memory with zeros before giving it back, so a
// growing buffer of plaintext (a sync payload being built) leaves no copies
// behind when it moves to a larger block or goes away.
template<typename T> struct WipingAllocator
{
    using value_type = T;

    WipingAllocator() = default;
    template<typename U> WipingAllocator(const WipingAllocator<U>&) noexcept { }

    T* allocate(std::size_t count) { return std::allocator<T>().allocate(count); }
    void deallocate(T* pointer, std::size_t count) noexcept
    {
        explicit_bzero(pointer, count * sizeof(T));
        std::allocator<T>().deallocate(pointer, count);
    }

    template<typename U> bool operator==(const WipingAllocator<U>&) const noexcept { return true; }
};

// Plaintext bytes that are wiped when freed; Secret is the same for fixed-size keys.
using SecureBytes = std::vector<std::uint8_t, WipingAllocator<std::uint8_t>>;

} // namespace majakka::crypto
