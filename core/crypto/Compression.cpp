#include "crypto/Compression.h"

#include "Error.h"

#include <algorithm>
#include <botan/compression.h>
#include <botan/exceptn.h>
#include <memory>

namespace majakka::crypto {

namespace {
constexpr const char* Algorithm = "zlib";
// Level 6 is zlib's own default: most of the gain of 9 at a third of its time.
constexpr std::size_t Level = 6;
// Fed to the decompressor this much at a time, so the size check runs often.
constexpr std::size_t Chunk = 16 * 1024;
} // namespace

SecureBytes compress(ByteView plaintext)
{
    std::unique_ptr<Botan::Compression_Algorithm> compressor(Botan::make_compressor(Algorithm));
    if (!compressor) {
        throw Error(ErrorCode::Internal, "this build of Botan has no zlib compression");
    }
    compressor->start(Level);
    Botan::secure_vector<std::uint8_t> buffer(plaintext.begin(), plaintext.end());
    compressor->finish(buffer);
    return SecureBytes(buffer.begin(), buffer.end());
}

Secret decompress(ByteView compressed, std::size_t maxSize, const std::string& what)
{
    std::unique_ptr<Botan::Decompression_Algorithm> decompressor(Botan::make_decompressor(Algorithm));
    if (!decompressor) {
        throw Error(ErrorCode::Internal, "this build of Botan has no zlib decompression");
    }
    Botan::secure_vector<std::uint8_t> out;
    try {
        decompressor->start();
        for (std::size_t offset = 0; offset < compressed.size(); offset += Chunk) {
            const std::size_t length = std::min(Chunk, compressed.size() - offset);
            Botan::secure_vector<std::uint8_t> piece(compressed.begin() + static_cast<std::ptrdiff_t>(offset),
                                                     compressed.begin()
                                                         + static_cast<std::ptrdiff_t>(offset + length));
            if (offset + length == compressed.size()) {
                decompressor->finish(piece);
            } else {
                decompressor->update(piece);
            }
            if (out.size() + piece.size() > maxSize) {
                throw Error(ErrorCode::Damaged, what + " unpacks to more than its stated size");
            }
            out.insert(out.end(), piece.begin(), piece.end());
        }
        if (compressed.empty()) {
            throw Error(ErrorCode::Damaged, what + " is empty");
        }
    } catch (const Botan::Exception&) {
        throw Error(ErrorCode::Damaged, what + " is not valid compressed data");
    }
    return Secret(out.data(), out.size());
}

} // namespace majakka::crypto
