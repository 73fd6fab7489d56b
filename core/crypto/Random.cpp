#include "crypto/Random.h"

#include <botan/system_rng.h>

namespace majakka::crypto {

Bytes randomBytes(std::size_t count)
{
    Bytes out(count);
    Botan::system_rng().randomize(out.data(), out.size());
    return out;
}

Secret randomSecret(std::size_t count)
{
    Secret out(count);
    Botan::system_rng().randomize(out.data(), out.size());
    return out;
}

} // namespace majakka::crypto
