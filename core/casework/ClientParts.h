#pragma once

#include <cstdint>
#include <string_view>

namespace majakka {

// The parts of a client record that have tables of their own (ClientTables),
// as a set of bits: a change that touched only the contacts rewrites only the
// contacts' rows, not the fifteen other tables of the client.
enum class ClientPart : std::uint32_t
{
    Person = 1u << 0, // the person's values and the client number: the clients table and the summary
    Referral = 1u << 1,
    Admission = 1u << 2,
    Exploitation = 1u << 3,
    NeedsAssessment = 1u << 4,
    Measures = 1u << 5,
    ReflectionPeriods = 1u << 6,
    ResidenceMatters = 1u << 7,
    LegalSteps = 1u << 8,
    Contacts = 1u << 9,
    Consents = 1u << 10,
    Disclosures = 1u << 11,
    SeriousThreats = 1u << 12,
    End = 1u << 13,
    Reopenings = 1u << 14,
};

class ClientParts
{
public:
    constexpr ClientParts() = default;
    static constexpr ClientParts all() { return ClientParts(0x7fff); }

    // The part a stored field (ClientFields.h: "phone", "referral.date",
    // "measures[<id>].status") belongs to.
    static ClientPart ofField(std::string_view field);

    void add(ClientPart part) { m_bits |= static_cast<std::uint32_t>(part); }
    bool has(ClientPart part) const { return (m_bits & static_cast<std::uint32_t>(part)) != 0; }
    bool empty() const { return m_bits == 0; }

private:
    constexpr explicit ClientParts(std::uint32_t bits)
        : m_bits(bits)
    { }

    std::uint32_t m_bits = 0;
};

} // namespace majakka
