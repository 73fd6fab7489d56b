#pragma once

#include "crypto/Bytes.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/Secret.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace majakka {

// The office recovery key pair on disk. The public file may be copied to every
// machine; the private file is sealed with its own passphrase (Argon2id +
// AES-256/GCM) and stays in the office safe.
namespace recoverykeyfile {

inline constexpr const char* PublicFileName = "majakka-recovery.pub";
inline constexpr const char* PrivateFileName = "majakka-recovery.key";

void writePublicKey(const std::filesystem::path& path, crypto::ByteView publicKey);
// Throws Error(Invalid) when the file is not a Majakka recovery public key.
crypto::Bytes readPublicKey(const std::filesystem::path& path);

void writePrivateKey(const std::filesystem::path& path,
                     const crypto::Secret& privateKey,
                     std::string_view passphrase,
                     const crypto::KdfParams& kdf);
// Throws Error(Authentication) for a wrong passphrase, Error(Invalid) for a file that is not one.
crypto::Secret readPrivateKey(const std::filesystem::path& path, std::string_view passphrase);

// A fingerprint people can read aloud and compare: the first 16 bytes of the
// key's SHA-256 in groups of four hex digits.
std::string fingerprint(crypto::ByteView publicKey);

} // namespace recoverykeyfile
} // namespace majakka
