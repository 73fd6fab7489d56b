#include "sync/PublicIdentity.h"

#include "Error.h"
#include "crypto/Hash.h"
#include "crypto/RecoveryKey.h"
#include "crypto/Signature.h"

#include <nlohmann/json.hpp>

namespace majakka::sync {

namespace {

constexpr int FileFormat = 1;
constexpr std::string_view FingerprintLabel = "majakka device fingerprint v1";
constexpr std::string_view FileSignatureLabel = "majakka device identity v1";

std::string fingerprintInput(const PublicIdentity& identity)
{
    std::string input(FingerprintLabel);
    const auto append = [&](crypto::ByteView bytes) {
        input.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    };
    append(identity.deviceId.bytes);
    append(identity.signingPublicKey);
    append(identity.agreementPublicKey);
    return input;
}

// What the file's signature covers: every field, in a fixed order.
crypto::Bytes signedText(const PublicIdentity& identity)
{
    const std::string text = std::string(FileSignatureLabel) + "\n" + identity.deviceId.hex() + "\n"
        + identity.name + "\n" + crypto::toHex(identity.signingPublicKey) + "\n"
        + crypto::toHex(identity.agreementPublicKey) + "\n" + identity.software;
    return crypto::Bytes(text.begin(), text.end());
}

[[noreturn]] void refuse(const std::string& why)
{
    throw Error(ErrorCode::Invalid, "the file is not a usable Majakka device identity: " + why);
}

} // namespace

void validateDeviceName(std::string_view name)
{
    if (name.empty() || name.size() > 80) {
        throw Error(ErrorCode::Invalid, "a device name has 1 to 80 characters", "name");
    }
    for (char c : name) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            throw Error(ErrorCode::Invalid, "a device name cannot hold control characters", "name");
        }
    }
}

std::string PublicIdentity::fingerprint() const
{
    const crypto::Bytes hash = crypto::sha256(crypto::asBytes(fingerprintInput(*this)));
    std::string out;
    for (std::size_t group = 0; group < 6; ++group) {
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < 5; ++i) {
            value = value << 8 | hash[group * 5 + i];
        }
        const std::string digits = std::to_string(value % 100000);
        out += (group == 0 ? "" : " ") + std::string(5 - digits.size(), '0') + digits;
    }
    return out;
}

std::string PublicIdentity::toFile(const crypto::Secret& signingPrivateKey) const
{
    nlohmann::ordered_json file;
    file["majakka_device_identity"] = FileFormat;
    file["device_id"] = deviceId.hex();
    file["name"] = name;
    file["signing_key"] = crypto::toHex(signingPublicKey);
    file["agreement_key"] = crypto::toHex(agreementPublicKey);
    file["software"] = software;
    file["fingerprint"] = fingerprint();
    file["signature"] = crypto::toHex(crypto::sign(signingPrivateKey, signedText(*this)));
    return file.dump(2) + "\n";
}

PublicIdentity PublicIdentity::fromFile(std::string_view text)
{
    nlohmann::json file;
    try {
        file = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
        refuse("it is not JSON");
    }
    if (!file.is_object() || !file.contains("majakka_device_identity")) {
        refuse("it has no \"majakka_device_identity\" field");
    }
    if (file["majakka_device_identity"] != FileFormat) {
        refuse("it is of another format version (made by a newer Majakka?)");
    }
    const auto field = [&](const char* key) -> std::string {
        const auto found = file.find(key);
        if (found == file.end() || !found->is_string()) {
            refuse(std::string("the field \"") + key + "\" is missing");
        }
        return found->get<std::string>();
    };
    PublicIdentity identity;
    try {
        identity.deviceId = store::Id::fromHex(field("device_id"));
        identity.signingPublicKey = crypto::fromHex(field("signing_key"));
        identity.agreementPublicKey = crypto::fromHex(field("agreement_key"));
    } catch (const Error& error) {
        refuse(error.what());
    }
    identity.name = field("name");
    identity.software = field("software");
    validateDeviceName(identity.name);
    if (identity.signingPublicKey.size() != crypto::Ed25519PublicKeySize
        || identity.agreementPublicKey.size() != crypto::X25519KeySize) {
        refuse("a key has the wrong length");
    }
    crypto::Bytes signature;
    try {
        signature = crypto::fromHex(field("signature"));
    } catch (const Error&) {
        refuse("the signature is not hexadecimal");
    }
    if (!crypto::verify(identity.signingPublicKey, signedText(identity), signature)) {
        throw Error(
            ErrorCode::Damaged,
            "the device identity file was altered after it was written (its signature does not match)");
    }
    return identity;
}

} // namespace majakka::sync
