#include "Error.h"
#include "sync/Cbor.h"

#include <catch2/catch.hpp>

using namespace majakka;
using sync::CborReader;
using sync::CborWriter;

namespace {
crypto::Bytes bytesOf(std::initializer_list<int> values)
{
    crypto::Bytes out;
    for (int value : values) {
        out.push_back(static_cast<std::uint8_t>(value));
    }
    return out;
}

void expectRefused(const crypto::Bytes& input, const std::function<void(CborReader&)>& read)
{
    CborReader reader(input, "the test input");
    try {
        read(reader);
        FAIL("accepted");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Damaged);
        CHECK(std::string(error.what()).rfind("the test input is malformed", 0) == 0);
    }
}
} // namespace

TEST_CASE("CBOR values come back as they were written, in their shortest form", "[sync][cbor]")
{
    CborWriter out;
    out.map(2);
    out.text("numbers");
    out.array(6);
    for (std::uint64_t value : {0ULL, 23ULL, 24ULL, 255ULL, 65536ULL, 0x1'0000'0000ULL}) {
        out.unsignedInt(value);
    }
    out.text("rest");
    out.array(4);
    out.bytes(bytesOf({1, 2, 3}));
    out.text("Ääkkönen");
    out.null();
    out.boolean(true);
    const auto bytes = out.take();
    // RFC 8949's examples: 24 is 0x18 0x18, 255 is 0x18 0xff, 65536 is 0x1a 0x00010000.
    CHECK(bytes[0] == 0xa2);

    CborReader in(bytes, "the test input");
    REQUIRE(in.map() == 2);
    CHECK(in.text() == "numbers");
    REQUIRE(in.array() == 6);
    for (std::uint64_t value : {0ULL, 23ULL, 24ULL, 255ULL, 65536ULL, 0x1'0000'0000ULL}) {
        CHECK(in.unsignedInt() == value);
    }
    CHECK(in.text() == "rest");
    REQUIRE(in.array() == 4);
    const auto blob = in.bytes();
    CHECK(crypto::Bytes(blob.begin(), blob.end()) == bytesOf({1, 2, 3}));
    CHECK(in.text() == "Ääkkönen");
    CHECK(in.nullNext());
    CHECK(in.boolean());
    CHECK(in.atEnd());
}

TEST_CASE("the CBOR reader refuses what it cannot trust", "[sync][cbor]")
{
    // A number not in its shortest form: 1 written in two bytes.
    expectRefused(bytesOf({0x18, 0x01}), [](CborReader& in) { in.unsignedInt(); });
    // Indefinite length.
    expectRefused(bytesOf({0x9f, 0x01, 0xff}), [](CborReader& in) { in.array(); });
    // A length beyond the input, which must not reserve memory.
    expectRefused(bytesOf({0x9b, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}),
                  [](CborReader& in) { in.array(); });
    expectRefused(bytesOf({0x45, 0x01, 0x02}), [](CborReader& in) { in.bytes(); });
    // Text that is not UTF-8: a lone continuation byte, an overlong slash, a surrogate.
    expectRefused(bytesOf({0x61, 0x80}), [](CborReader& in) { in.text(); });
    expectRefused(bytesOf({0x62, 0xc0, 0xaf}), [](CborReader& in) { in.text(); });
    expectRefused(bytesOf({0x63, 0xed, 0xa0, 0x80}), [](CborReader& in) { in.text(); });
    // The wrong type, and nothing at all.
    expectRefused(bytesOf({0x01}), [](CborReader& in) { in.text(); });
    expectRefused(bytesOf({}), [](CborReader& in) { in.boolean(); });
    // A byte string of the wrong size for an id.
    expectRefused(bytesOf({0x42, 0x01, 0x02}), [](CborReader& in) { in.bytes(16); });
}
