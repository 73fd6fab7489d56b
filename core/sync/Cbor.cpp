#include "sync/Cbor.h"

#include "Error.h"

namespace majakka::sync {

namespace {

bool isUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        std::uint32_t point = 0;
        if (byte < 0x80) {
            ++i;
            continue;
        } else if ((byte & 0xe0) == 0xc0) {
            extra = 1;
            point = byte & 0x1f;
        } else if ((byte & 0xf0) == 0xe0) {
            extra = 2;
            point = byte & 0x0f;
        } else if ((byte & 0xf8) == 0xf0) {
            extra = 3;
            point = byte & 0x07;
        } else {
            return false;
        }
        if (text.size() - i <= extra) {
            return false;
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80) {
                return false;
            }
            point = point << 6 | (next & 0x3f);
        }
        // No overlong forms, no surrogates, nothing past U+10FFFF.
        static constexpr std::uint32_t Smallest[] = {0, 0x80, 0x800, 0x10000};
        if (point < Smallest[extra] || (point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff) {
            return false;
        }
        i += extra + 1;
    }
    return true;
}

} // namespace

void CborWriter::head(std::uint8_t major, std::uint64_t argument)
{
    const auto type = static_cast<std::uint8_t>(major << 5);
    if (argument < 24) {
        m_out.push_back(static_cast<std::uint8_t>(type | argument));
        return;
    }
    int size = 8;
    std::uint8_t info = 27;
    if (argument <= 0xff) {
        size = 1;
        info = 24;
    } else if (argument <= 0xffff) {
        size = 2;
        info = 25;
    } else if (argument <= 0xffffffff) {
        size = 4;
        info = 26;
    }
    m_out.push_back(static_cast<std::uint8_t>(type | info));
    for (int shift = (size - 1) * 8; shift >= 0; shift -= 8) {
        m_out.push_back(static_cast<std::uint8_t>(argument >> shift));
    }
}

void CborWriter::bytes(crypto::ByteView value)
{
    head(2, value.size());
    m_out.insert(m_out.end(), value.begin(), value.end());
}

void CborWriter::text(std::string_view value)
{
    head(3, value.size());
    m_out.insert(m_out.end(), value.begin(), value.end());
}

CborReader::CborReader(crypto::ByteView input, std::string what)
    : m_input(input)
    , m_what(std::move(what))
{ }

void CborReader::fail(const std::string& problem) const
{
    throw Error(ErrorCode::Damaged, m_what + " is malformed: " + problem);
}

std::uint8_t CborReader::peek()
{
    if (atEnd()) {
        fail("it ends too early");
    }
    return m_input[m_pos];
}

std::uint64_t CborReader::head(std::uint8_t expectedMajor, const char* kind)
{
    const std::uint8_t initial = peek();
    if (initial >> 5 != expectedMajor) {
        fail(std::string("expected ") + kind + " at byte " + std::to_string(m_pos));
    }
    ++m_pos;
    const std::uint8_t info = initial & 0x1f;
    if (info < 24) {
        return info;
    }
    if (info > 27) {
        fail("indefinite or reserved length at byte " + std::to_string(m_pos - 1));
    }
    const std::size_t size = std::size_t(1) << (info - 24);
    if (m_input.size() - m_pos < size) {
        fail("it ends too early");
    }
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < size; ++i) {
        value = value << 8 | m_input[m_pos++];
    }
    // The shortest form only, so that one value has one encoding.
    const std::uint64_t smallest = size == 1 ? 24 : std::uint64_t(1) << (size * 4);
    if (value < smallest) {
        fail("a number not in its shortest form at byte " + std::to_string(m_pos - size - 1));
    }
    return value;
}

std::size_t CborReader::length(std::uint64_t value, std::size_t itemSize)
{
    // Every item takes at least `itemSize` bytes, so a count beyond what is
    // left cannot be true; refusing it here keeps a hostile count from
    // reserving memory.
    if (value > (m_input.size() - m_pos) / itemSize) {
        fail("a length beyond the end of the input");
    }
    return static_cast<std::size_t>(value);
}

std::uint64_t CborReader::unsignedInt()
{
    return head(0, "an unsigned number");
}

crypto::ByteView CborReader::bytes()
{
    const std::size_t size = length(head(2, "a byte string"), 1);
    const crypto::ByteView out = m_input.subspan(m_pos, size);
    m_pos += size;
    return out;
}

crypto::ByteView CborReader::bytes(std::size_t size)
{
    const crypto::ByteView out = bytes();
    if (out.size() != size) {
        fail("a byte string of " + std::to_string(out.size()) + " bytes where " + std::to_string(size)
             + " belong");
    }
    return out;
}

std::string CborReader::text()
{
    const std::size_t size = length(head(3, "a text string"), 1);
    std::string out(reinterpret_cast<const char*>(m_input.data() + m_pos), size);
    if (!isUtf8(out)) {
        fail("a text string that is not UTF-8 at byte " + std::to_string(m_pos));
    }
    m_pos += size;
    return out;
}

std::size_t CborReader::array(std::size_t minItemSize)
{
    return length(head(4, "an array"), minItemSize);
}

std::size_t CborReader::map()
{
    return length(head(5, "a map"), 2);
}

bool CborReader::boolean()
{
    const std::uint8_t value = peek();
    if (value != 0xf4 && value != 0xf5) {
        fail("expected true or false at byte " + std::to_string(m_pos));
    }
    ++m_pos;
    return value == 0xf5;
}

bool CborReader::nullNext()
{
    if (peek() == 0xf6) {
        ++m_pos;
        return true;
    }
    return false;
}

} // namespace majakka::sync
