#include "store/Id.h"

#include "Error.h"
#include "crypto/Bytes.h"
#include "crypto/Random.h"

#include <algorithm>

namespace majakka::store {

Id Id::random()
{
    const crypto::Bytes random = crypto::randomBytes(16);
    return fromBytes(random.data(), random.size());
}

Id Id::ordered(std::uint64_t hlc)
{
    Id id;
    for (int i = 0; i < 8; ++i) {
        id.bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(hlc >> (56 - 8 * i));
    }
    const crypto::Bytes random = crypto::randomBytes(8);
    std::copy(random.begin(), random.end(), id.bytes.begin() + 8);
    return id;
}

Id Id::fromBytes(const std::uint8_t* data, std::size_t size)
{
    if (size != 16) {
        throw Error(ErrorCode::Damaged, "an identifier in the database has the wrong length");
    }
    Id id;
    std::copy(data, data + size, id.bytes.begin());
    return id;
}

Id Id::fromHex(std::string_view hex)
{
    if (hex.size() != 32) {
        throw Error(ErrorCode::Invalid, "an id is 32 hexadecimal digits, not \"" + std::string(hex) + "\"");
    }
    const crypto::Bytes bytes = crypto::fromHex(hex);
    return fromBytes(bytes.data(), bytes.size());
}

std::string Id::hex() const
{
    return crypto::toHex(bytes);
}

} // namespace majakka::store
