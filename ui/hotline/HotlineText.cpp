#include "ui/hotline/HotlineText.h"

namespace majakka::ui {

using domain::HotlineCallerType;
using domain::HotlineOutcome;
using domain::HotlineTopic;

QString HotlineText::text(HotlineCallerType callerType)
{
    switch (callerType) {
    case HotlineCallerType::PossibleVictim:
        return tr("Possible victim");
    case HotlineCallerType::RelativeOrFriend:
        return tr("Relative or friend");
    case HotlineCallerType::Authority:
        return tr("Authority");
    case HotlineCallerType::Organisation:
        return tr("Organisation");
    case HotlineCallerType::Employer:
        return tr("Employer");
    case HotlineCallerType::Other:
        return tr("Other caller");
    case HotlineCallerType::Unknown:
        return tr("Did not say");
    }
    return {};
}

QString HotlineText::text(HotlineTopic topic)
{
    switch (topic) {
    case HotlineTopic::LabourExploitation:
        return tr("Labour exploitation");
    case HotlineTopic::SexualExploitation:
        return tr("Sexual exploitation");
    case HotlineTopic::ForcedMarriage:
        return tr("Forced marriage");
    case HotlineTopic::ForcedCriminalActivity:
        return tr("Forced criminal activity");
    case HotlineTopic::Begging:
        return tr("Begging");
    case HotlineTopic::ServicesOfAssistanceSystem:
        return tr("Services of the Assistance System");
    case HotlineTopic::GeneralInformation:
        return tr("General information");
    case HotlineTopic::Other:
        return tr("Other topic");
    }
    return {};
}

QString HotlineText::text(HotlineOutcome outcome)
{
    switch (outcome) {
    case HotlineOutcome::InformationGiven:
        return tr("Information given");
    case HotlineOutcome::ReferralToAssistanceSystem:
        return tr("Referral to the Assistance System");
    case HotlineOutcome::ReferredElsewhere:
        return tr("Referred elsewhere");
    case HotlineOutcome::EmergencyServicesAlerted:
        return tr("Emergency services alerted");
    case HotlineOutcome::NoActionNeeded:
        return tr("No action needed");
    case HotlineOutcome::CallInterrupted:
        return tr("Call interrupted");
    case HotlineOutcome::Other:
        return tr("Other outcome");
    }
    return {};
}

} // namespace majakka::ui
