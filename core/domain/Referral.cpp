#include "domain/Referral.h"

#include "domain/TextRules.h"

namespace majakka::domain {

void validate(const Referral& referral, const std::string& path)
{
    text::checkText(referral.referrerOrganisation, text::path(path, "referrer_organisation"));
    text::checkText(referral.referrerContact, text::path(path, "referrer_contact"));
}

} // namespace majakka::domain
