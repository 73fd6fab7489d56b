#include "session/RecoveryKeyFile.h"

#include "Error.h"
#include "crypto/Aead.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "crypto/RecoveryKey.h"
#include "store/AtomicFile.h"
#include "store/ByteStream.h"

#include <nlohmann/json.hpp>

namespace majakka::recoverykeyfile {

namespace {
constexpr const char* PublicFormat = "majakka-recovery-public-key";
constexpr const char* PrivateFormat = "majakka-recovery-private-key";
constexpr std::size_t MaxKeyFileSize = 16 * 1024;

nlohmann::json readJson(const std::filesystem::path& path, const char* format, const char* description)
{
    const crypto::Bytes content = store::readWholeFile(path, MaxKeyFileSize);
    nlohmann::json document = nlohmann::json::parse(content.begin(), content.end(), nullptr, false);
    if (document.is_discarded() || !document.is_object() || document.value("format", "") != format
        || document.value("version", 0) != 1) {
        throw Error(ErrorCode::Invalid, path.string() + " is not " + description);
    }
    return document;
}

crypto::Bytes hexField(const nlohmann::json& document, const char* field, const std::filesystem::path& path)
{
    if (!document.contains(field) || !document[field].is_string()) {
        throw Error(ErrorCode::Invalid, path.string() + " lacks its \"" + field + "\" field");
    }
    return crypto::fromHex(document[field].get<std::string>());
}

void writeJson(const std::filesystem::path& path, const nlohmann::json& document)
{
    const std::string text = document.dump(2) + "\n";
    store::writeFileAtomically(path, crypto::asBytes(text));
}

crypto::Bytes privateAssociatedData(crypto::ByteView publicKey)
{
    store::ByteWriter out;
    out.raw(crypto::asBytes(PrivateFormat));
    out.raw(publicKey);
    return out.take();
}
} // namespace

std::string fingerprint(crypto::ByteView publicKey)
{
    const std::string hex = crypto::toHex(crypto::sha256(publicKey)).substr(0, 32);
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 4) {
        if (!out.empty()) {
            out += ' ';
        }
        out += hex.substr(i, 4);
    }
    return out;
}

void writePublicKey(const std::filesystem::path& path, crypto::ByteView publicKey)
{
    writeJson(path,
              {{"format", PublicFormat},
               {"version", 1},
               {"public_key", crypto::toHex(publicKey)},
               {"fingerprint", fingerprint(publicKey)}});
}

crypto::Bytes readPublicKey(const std::filesystem::path& path)
{
    const nlohmann::json document = readJson(path, PublicFormat, "a Majakka recovery public key");
    crypto::Bytes key = hexField(document, "public_key", path);
    if (key.size() != crypto::X25519KeySize) {
        throw Error(ErrorCode::Invalid, path.string() + " holds a public key of the wrong length");
    }
    return key;
}

void writePrivateKey(const std::filesystem::path& path,
                     const crypto::Secret& privateKey,
                     std::string_view passphrase,
                     const crypto::KdfParams& kdf)
{
    const crypto::Bytes publicKey = crypto::RecoveryKeyPair::publicKeyOf(privateKey);
    const crypto::Bytes salt = crypto::randomBytes(crypto::KdfSaltSize);
    const crypto::Secret wrapping = crypto::deriveKeyFromPassphrase(passphrase, salt, kdf);
    const crypto::Bytes sealed = crypto::seal(wrapping, privateKey.bytes(), privateAssociatedData(publicKey));
    writeJson(path,
              {{"format", PrivateFormat},
               {"version", 1},
               {"kdf",
                {{"algorithm", "argon2id"},
                 {"memory_kib", kdf.memoryKiB},
                 {"passes", kdf.passes},
                 {"lanes", kdf.lanes}}},
               {"salt", crypto::toHex(salt)},
               {"public_key", crypto::toHex(publicKey)},
               {"sealed_private_key", crypto::toHex(sealed)}});
}

crypto::Secret readPrivateKey(const std::filesystem::path& path, std::string_view passphrase)
{
    const nlohmann::json document = readJson(path, PrivateFormat, "a Majakka recovery private key");
    const nlohmann::json& kdfJson = document.value("kdf", nlohmann::json::object());
    crypto::KdfParams kdf;
    kdf.memoryKiB = kdfJson.value("memory_kib", 0u);
    kdf.passes = kdfJson.value("passes", 0u);
    kdf.lanes = kdfJson.value("lanes", 0u);
    const crypto::Bytes salt = hexField(document, "salt", path);
    const crypto::Bytes publicKey = hexField(document, "public_key", path);
    const crypto::Bytes sealed = hexField(document, "sealed_private_key", path);
    const crypto::Secret wrapping = crypto::deriveKeyFromPassphrase(passphrase, salt, kdf);
    std::optional<crypto::Secret> privateKey
        = crypto::open(wrapping, sealed, privateAssociatedData(publicKey));
    if (!privateKey) {
        throw Error(ErrorCode::Authentication,
                    "the passphrase of the recovery key " + path.string() + " is wrong");
    }
    return std::move(*privateKey);
}

} // namespace majakka::recoverykeyfile
