#include "crypto/SelfTest.h"

#include "Error.h"
#include "crypto/Bytes.h"
#include "crypto/Hash.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/RecoveryKey.h"
#include "crypto/Signature.h"

#include <botan/aead.h>
#include <botan/curve25519.h>
#include <botan/pubkey.h>
#include <botan/system_rng.h>
#include <mutex>
#include <string>

namespace majakka::crypto {

namespace {

void expect(bool ok, const std::string& primitive)
{
    if (!ok) {
        throw Error(ErrorCode::Internal,
                    "the cryptographic self-test of " + primitive
                        + " failed; the program refuses to open any database on this installation");
    }
}

void testSha256()
{
    expect(toHex(sha256(asBytes("abc")))
               == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
           "SHA-256");
}

void testHmac()
{
    // RFC 4231, test case 2.
    expect(toHex(hmacSha256(asBytes("Jefe"), asBytes("what do ya want for nothing?")))
               == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
           "HMAC-SHA-256");
}

void testHkdf()
{
    // RFC 5869, test case 1.
    const Bytes ikm(22, 0x0b);
    const Bytes salt = fromHex("000102030405060708090a0b0c");
    const Bytes info = fromHex("f0f1f2f3f4f5f6f7f8f9");
    const Secret okm = hkdfSha256(ikm, salt, std::string(info.begin(), info.end()), 42);
    expect(toHex(okm.bytes())
               == "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
           "HKDF-SHA-256");
}

void testAesGcm()
{
    // The GCM specification's test case 14: zero key, zero nonce, one zero block.
    auto mode = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
    const Bytes key(32, 0);
    const Bytes nonce(12, 0);
    mode->set_key(key.data(), key.size());
    mode->start(nonce.data(), nonce.size());
    Botan::secure_vector<std::uint8_t> buffer(16, 0);
    mode->finish(buffer);
    expect(toHex(buffer) == "cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919",
           "AES-256/GCM");
}

void testX25519()
{
    // RFC 7748, section 6.1.
    const Bytes alice = fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    const Bytes bobPublic = fromHex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
    const Secret alicePrivate(alice.data(), alice.size());
    expect(toHex(RecoveryKeyPair::publicKeyOf(alicePrivate))
               == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a",
           "X25519");
    const Botan::secure_vector<std::uint8_t> raw(alice.begin(), alice.end());
    const Botan::Curve25519_PrivateKey key(raw);
    Botan::PK_Key_Agreement agreement(key, Botan::system_rng(), "Raw");
    expect(toHex(agreement.derive_key(0, bobPublic).bits_of())
               == "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742",
           "X25519");
}

void testEd25519()
{
    // RFC 8032, section 7.1, test 1 (the empty message).
    const Bytes seed = fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const Bytes publicKey = fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const Bytes signature = sign(Secret(seed.data(), seed.size()), {});
    expect(toHex(signature)
               == "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701c"
                  "f9b46b"
                  "d25bf5f0595bbe24655141438e7a100b",
           "Ed25519");
    expect(verify(publicKey, {}, signature), "Ed25519");
    Bytes altered = signature;
    altered[0] ^= 1;
    expect(!verify(publicKey, {}, altered), "Ed25519");
}

void testArgon2id()
{
    // Checked against the reference implementation's command-line tool:
    // echo -n "majakka self-test" | argon2 saltsaltsaltsalt -id -t 1 -k 64 -p 1 -l 32 -r
    const Secret key = deriveKeyFromPassphrase("majakka self-test", asBytes("saltsaltsaltsalt"), {64, 1, 1});
    expect(toHex(key.bytes()) == "0ff4574838a3480440a0ae94335b204f418a7d87a8872a2a63cad60f84fca375",
           "Argon2id");
}

} // namespace

void runSelfTests()
{
    static std::once_flag once;
    std::call_once(once, [] {
        testSha256();
        testHmac();
        testHkdf();
        testAesGcm();
        testX25519();
        testEd25519();
        testArgon2id();
    });
}

} // namespace majakka::crypto
