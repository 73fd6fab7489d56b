#include "casework/ClientParts.h"

#include <array>
#include <utility>

namespace majakka {

ClientPart ClientParts::ofField(std::string_view field)
{
    // The first word of the path names the part; a person's values are single words.
    static constexpr std::array<std::pair<std::string_view, ClientPart>, 14> Parts {{
        {"referral", ClientPart::Referral},
        {"admission", ClientPart::Admission},
        {"exploitation", ClientPart::Exploitation},
        {"needs_assessment", ClientPart::NeedsAssessment},
        {"measures", ClientPart::Measures},
        {"reflection_periods", ClientPart::ReflectionPeriods},
        {"residence_matters", ClientPart::ResidenceMatters},
        {"legal_steps", ClientPart::LegalSteps},
        {"contacts", ClientPart::Contacts},
        {"consents", ClientPart::Consents},
        {"disclosures", ClientPart::Disclosures},
        {"serious_threats", ClientPart::SeriousThreats},
        {"end", ClientPart::End},
        {"reopenings", ClientPart::Reopenings},
    }};
    const std::string_view head = field.substr(0, field.find_first_of(".["));
    for (const auto& [name, part] : Parts) {
        if (head == name) {
            return part;
        }
    }
    return ClientPart::Person;
}

} // namespace majakka
