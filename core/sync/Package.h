#pragma once

#include "crypto/Bytes.h"
#include "crypto/Secret.h"
#include "crypto/SecureBytes.h"
#include "store/Id.h"
#include "sync/VersionVector.h"

#include <cstdint>
#include <string>
#include <vector>

namespace majakka::sync {

// The package file (docs/sync.md):
//
//   "MJKSYNC\n" | format (u16) | header length (u32) | header (CBOR)
//   | ciphertext length (u64) | ciphertext | Ed25519 signature (64 bytes)
//
// The header is readable without any key, so a receiver can tell who sent
// the package, to whom and in which format before it decrypts anything. The
// payload is compressed, then sealed with AES-256/GCM under a random key with
// the magic, format and header as associated data; that key is sealed to each
// recipient's X25519 key. The sender signs the SHA-256 of everything before
// the signature.
inline constexpr std::uint16_t PackageFormat = 1;

// What the payload is to the receiver's completeness (see VersionVector.h).
enum class PackageScope
{
    Complete, // everything the sender holds beyond the receiver's vector
    Partial, // one worker's or one office's cases: the receiver holds part of the data from now on
    Own, // the sender holds part of the data and sends only the operations it made
};

struct PackageRecipient
{
    crypto::Bytes keyId; // crypto::keyId of the recipient's X25519 public key
    crypto::Bytes ephemeralPublicKey;
    crypto::Bytes sealedKey;
};

struct PackageHeader
{
    store::Id packageId;
    int schema = 0;
    std::string software; // "Majakka 0.1.0"
    store::Id sender;
    crypto::Bytes senderKeyId; // crypto::keyId of the sender's Ed25519 public key
    std::uint64_t createdHlc = 0;
    PackageScope scope = PackageScope::Complete;
    VersionVector vector; // what the sender held when it wrote the package
    std::vector<PackageRecipient> recipients;
    std::uint64_t payloadSize = 0; // bytes of the payload before compression
};

struct RecipientKey
{
    crypto::Bytes agreementPublicKey;
};

// Compresses and seals `payload` for the recipients and signs the whole file.
// `header.recipients` and `header.payloadSize` are filled in here.
crypto::Bytes sealPackage(PackageHeader header,
                          crypto::ByteView payload,
                          const std::vector<RecipientKey>& recipients,
                          const crypto::Secret& signingPrivateKey);

// A package file taken apart, nothing verified or decrypted yet.
struct ParsedPackage
{
    PackageHeader header;
    crypto::Bytes associatedData; // magic, format and header as they were in the file
    crypto::Bytes ciphertext;
    crypto::Bytes signedDigest;
    crypto::Bytes signature;
};

// Throws Error(Invalid) for a file that is not a package or is of a newer
// format, and Error(Damaged) for one that is truncated or malformed.
ParsedPackage parsePackage(crypto::ByteView file);

bool signatureHolds(const ParsedPackage& package, crypto::ByteView signingPublicKey);

// Finds this device among the recipients and opens the payload. Throws
// Error(Invalid) when the package is not for this key, Error(Damaged) when
// the payload does not open or unpack.
crypto::Secret openPackage(const ParsedPackage& package,
                           const crypto::Secret& agreementPrivateKey,
                           crypto::ByteView agreementPublicKey);

std::string_view nameOf(PackageScope scope);

} // namespace majakka::sync
