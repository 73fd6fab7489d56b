#pragma once

#include "crypto/Bytes.h"
#include "crypto/Secret.h"
#include "store/Id.h"

#include <string>

namespace majakka::sync {

// What a device tells others about itself: its id (the site id of its
// database), a name for people, and its two public keys. It travels in a
// small file (`device export`) and is enrolled on the other side only after
// people have compared its fingerprint (`device trust`).
struct PublicIdentity
{
    store::Id deviceId;
    std::string name;
    crypto::Bytes signingPublicKey; // Ed25519
    crypto::Bytes agreementPublicKey; // X25519
    std::string software; // "Majakka 0.1.0", informative

    // Thirty digits in six groups ("04917 55120 ..."), from the SHA-256 of the
    // id and both keys: short enough to read aloud over the phone, long enough
    // (about 100 bits) that no one can make another identity that matches it.
    std::string fingerprint() const;

    // The identity file: JSON signed by the device's own key, so that a file
    // altered after it was written is refused (the fingerprint check is what
    // proves whose it is).
    std::string toFile(const crypto::Secret& signingPrivateKey) const;
    // Throws Error(Invalid) or Error(Damaged) naming the problem.
    static PublicIdentity fromFile(std::string_view text);
};

// Throws Error(Invalid) unless the name is 1 to 80 printable characters.
void validateDeviceName(std::string_view name);

} // namespace majakka::sync
