#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

namespace majakka::crypto {

// A key or other secret held in locked, wiped-on-free memory. It keeps Botan's
// secure_vector out of the public headers, so the UI can hold a session
// without seeing any cryptographic library.
class Secret
{
public:
    Secret();
    explicit Secret(std::size_t size);
    Secret(const std::uint8_t* data, std::size_t size);
    Secret(const Secret& other);
    Secret& operator=(const Secret& other);
    Secret(Secret&&) noexcept;
    Secret& operator=(Secret&&) noexcept;
    ~Secret();

    static Secret fromText(std::string_view text);

    std::uint8_t* data();
    const std::uint8_t* data() const;
    std::size_t size() const;
    bool empty() const { return size() == 0; }
    std::span<const std::uint8_t> bytes() const { return {data(), size()}; }

    // Overwrites the content with zeros and empties it.
    void wipe();

    bool operator==(const Secret& other) const;

private:
    struct Storage;
    std::unique_ptr<Storage> m_storage;
};

} // namespace majakka::crypto
