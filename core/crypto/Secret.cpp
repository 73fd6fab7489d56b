#include "crypto/Secret.h"

#include <botan/mem_ops.h>
#include <botan/secmem.h>

namespace majakka::crypto {

struct Secret::Storage
{
    Botan::secure_vector<std::uint8_t> bytes;
};

Secret::Secret()
    : m_storage(std::make_unique<Storage>())
{ }

Secret::Secret(std::size_t size)
    : Secret()
{
    m_storage->bytes.resize(size);
}

Secret::Secret(const std::uint8_t* data, std::size_t size)
    : Secret()
{
    m_storage->bytes.assign(data, data + size);
}

Secret::Secret(const Secret& other)
    : Secret(other.data(), other.size())
{ }

Secret& Secret::operator=(const Secret& other)
{
    if (this != &other) {
        m_storage->bytes.assign(other.data(), other.data() + other.size());
    }
    return *this;
}

Secret::Secret(Secret&& other) noexcept
    : m_storage(std::make_unique<Storage>())
{
    m_storage->bytes.swap(other.m_storage->bytes);
}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        m_storage->bytes.swap(other.m_storage->bytes);
        other.wipe();
    }
    return *this;
}

Secret::~Secret() = default; // secure_vector's allocator zeroes the memory it frees

Secret Secret::fromText(std::string_view text)
{
    return Secret(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
}

std::uint8_t* Secret::data()
{
    return m_storage->bytes.data();
}

const std::uint8_t* Secret::data() const
{
    return m_storage->bytes.data();
}

std::size_t Secret::size() const
{
    return m_storage->bytes.size();
}

void Secret::wipe()
{
    Botan::secure_scrub_memory(m_storage->bytes.data(), m_storage->bytes.size());
    m_storage->bytes.clear();
}

bool Secret::operator==(const Secret& other) const
{
    return size() == other.size() && Botan::constant_time_compare(data(), other.data(), size());
}

} // namespace majakka::crypto
