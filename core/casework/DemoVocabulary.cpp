#include "casework/DemoVocabulary.h"

#include <algorithm>

namespace majakka::demo {

using namespace domain;

const std::vector<Origin>& origins()
{
    static const std::vector<Origin> all = {
        {"FI",
         {"fi"},
         ResidenceStatus::FinnishCitizen,
         {"Aino", "Emilia", "Laura", "Sanna", "Johanna", "Minna", "Kaisa", "Satu", "Henna", "Riikka"},
         {"Mikko", "Juha", "Antti", "Janne", "Ville", "Teemu", "Jari", "Petri", "Tuomas", "Sami"},
         {"Korhonen",
          "Virtanen",
          "Mäkinen",
          "Nieminen",
          "Hämäläinen",
          "Laine",
          "Heikkinen",
          "Koskinen",
          "Järvinen",
          "Lehtonen",
          "Saarinen",
          "Salminen"}},
        {"VN",
         {"vi"},
         ResidenceStatus::TemporaryPermit,
         {"Linh", "Trang", "Huong", "Mai", "Thao", "Ngoc"},
         {"Minh", "Tuan", "Duc", "Hung", "Quang", "Long"},
         {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang"}},
        {"TH",
         {"th"},
         ResidenceStatus::TemporaryPermit,
         {"Somchai", "Malee", "Ratana", "Siriporn", "Kanya", "Pensri"},
         {"Somsak", "Prasert", "Anan", "Niran", "Chaiwat", "Kiet"},
         {"Saetang", "Wongsa", "Chaiyaphum", "Srisuk", "Boonmee", "Thongdee"}},
        {"PH",
         {"tl", "en"},
         ResidenceStatus::ContinuousPermit,
         {"Maricel", "Joy", "Rowena", "Analyn", "Jocelyn", "Liza"},
         {"Jomar", "Rodel", "Arnel", "Jun", "Ramil", "Noel"},
         {"Dela Cruz", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino"}},
        {"NG",
         {"en", "yo"},
         ResidenceStatus::AsylumSeeker,
         {"Blessing", "Joy", "Precious", "Favour", "Esther", "Gift", "Mercy"},
         {"Emeka", "Tunde", "Chinedu", "Samuel", "Ifeanyi", "Musa"},
         {"Okafor", "Adeyemi", "Eze", "Obi", "Okonkwo", "Balogun", "Nwosu"}},
        {"IQ",
         {"ar"},
         ResidenceStatus::AsylumSeeker,
         {"Zainab", "Noor", "Fatima", "Huda", "Rasha", "Sara"},
         {"Ahmed", "Ali", "Hussein", "Karim", "Mustafa", "Omar"},
         {"Al-Jaberi", "Hassan", "Al-Obaidi", "Kareem", "Salman", "Mahdi"}},
        {"AF",
         {"fa"},
         ResidenceStatus::AsylumSeeker,
         {"Mariam", "Farzana", "Shabnam", "Zahra", "Laila"},
         {"Ahmad", "Mohammad", "Rahim", "Jawad", "Farid", "Hamid"},
         {"Rahimi", "Ahmadi", "Hosseini", "Karimi", "Sultani", "Noori"}},
        {"UA",
         {"uk", "ru"},
         ResidenceStatus::InternationalProtection,
         {"Olena", "Iryna", "Natalia", "Oksana", "Yulia", "Tetiana"},
         {"Andrii", "Oleksandr", "Serhii", "Dmytro", "Vasyl", "Mykola"},
         {"Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko"}},
        {"RU",
         {"ru"},
         ResidenceStatus::TemporaryPermit,
         {"Anna", "Elena", "Svetlana", "Olga", "Tatiana", "Irina"},
         {"Sergei", "Alexei", "Dmitri", "Nikolai", "Pavel", "Igor"},
         {"Ivanova", "Smirnov", "Kuznetsov", "Popova", "Sokolov", "Volkova"}},
        {"EE",
         {"et", "ru"},
         ResidenceStatus::EuCitizen,
         {"Kadri", "Liis", "Maarja", "Kristiina", "Triin"},
         {"Andres", "Margus", "Tarmo", "Rein", "Priit"},
         {"Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane"}},
        {"RO",
         {"ro"},
         ResidenceStatus::EuCitizen,
         {"Ioana", "Elena", "Mihaela", "Andreea", "Florentina"},
         {"Ion", "Gheorghe", "Marius", "Florin", "Costel", "Vasile"},
         {"Popescu", "Ionescu", "Dumitru", "Stan", "Constantin", "Radu"}},
        {"BG",
         {"bg"},
         ResidenceStatus::EuCitizen,
         {"Maria", "Ivanka", "Desislava", "Tsvetelina", "Galina"},
         {"Georgi", "Dimitar", "Stoyan", "Hristo", "Plamen"},
         {"Petrova", "Georgiev", "Dimitrova", "Kolev", "Stoyanov"}},
        {"CN",
         {"zh"},
         ResidenceStatus::TemporaryPermit,
         {"Li Na", "Wang Fang", "Zhang Min", "Liu Yan", "Chen Jing"},
         {"Wang Wei", "Li Qiang", "Zhang Lei", "Liu Yang", "Chen Jun"},
         {"Wang", "Li", "Zhang", "Liu", "Chen", "Zhao"}},
        {"IN",
         {"hi", "en"},
         ResidenceStatus::TemporaryPermit,
         {"Priya", "Sunita", "Anjali", "Kavita", "Pooja"},
         {"Rajesh", "Amit", "Suresh", "Manoj", "Harpreet"},
         {"Sharma", "Singh", "Kumar", "Patel", "Gupta", "Reddy"}},
        {"NP",
         {"ne"},
         ResidenceStatus::TemporaryPermit,
         {"Sita", "Gita", "Sabina", "Anita", "Laxmi"},
         {"Ram", "Bikash", "Suman", "Rajan", "Dipak"},
         {"Shrestha", "Gurung", "Tamang", "Thapa", "Rai", "Magar"}},
        {"SO",
         {"so"},
         ResidenceStatus::AsylumSeeker,
         {"Amina", "Hodan", "Fadumo", "Sahra", "Ifrah"},
         {"Abdi", "Mohamed", "Abdirahman", "Yusuf", "Hassan"},
         {"Warsame", "Farah", "Abdullahi", "Jama", "Osman", "Ali"}},
        {"ER",
         {"ti"},
         ResidenceStatus::AsylumSeeker,
         {"Helen", "Senait", "Saba", "Yohanna", "Selam"},
         {"Yonas", "Dawit", "Tesfay", "Mehari", "Samuel"},
         {"Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Berhe"}},
        {"CM",
         {"fr", "en"},
         ResidenceStatus::AsylumSeeker,
         {"Aïcha", "Brigitte", "Clarisse", "Nadège", "Solange"},
         {"Jean", "Paul", "Emmanuel", "Achille", "Serge"},
         {"Mbarga", "Nkoulou", "Fotso", "Tchoupo", "Ndjock"}},
        {"BR",
         {"pt"},
         ResidenceStatus::NoPermit,
         {"Ana", "Juliana", "Fernanda", "Camila", "Luana"},
         {"João", "Carlos", "Lucas", "Rafael", "Bruno"},
         {"Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa"}},
        {"UZ",
         {"uz", "ru"},
         ResidenceStatus::NoPermit,
         {"Dilnoza", "Gulnora", "Nigora", "Malika", "Shahnoza"},
         {"Bobur", "Sardor", "Jasur", "Akmal", "Rustam"},
         {"Karimov", "Rakhimova", "Tursunov", "Yusupova", "Aliyev"}},
    };
    return all;
}

// Weights of the origins for people exploited in Finland and abroad.
namespace {
const std::vector<int> inFinlandOriginWeights
    = {14, 10, 10, 6, 6, 5, 4, 8, 5, 6, 6, 3, 5, 5, 4, 2, 1, 1, 3, 2};
const std::vector<int> abroadOriginWeights = {2, 3, 2, 3, 20, 14, 12, 4, 2, 1, 2, 2, 1, 2, 1, 8, 8, 8, 3, 2};
} // namespace

std::size_t pickOrigin(Random& random, bool inFinland)
{
    const std::vector<int>& weights = inFinland ? inFinlandOriginWeights : abroadOriginWeights;
    int total = 0;
    for (std::size_t i = 0; i < origins().size(); ++i) {
        total += weights[i];
    }
    int roll = random.between(0, total - 1);
    for (std::size_t i = 0; i < origins().size(); ++i) {
        if (roll < weights[i]) {
            return i;
        }
        roll -= weights[i];
    }
    return 0;
}

const std::vector<std::string> abroadCountries
    = {"IT", "IT", "IT", "ES", "ES", "GR", "GR", "DE", "SE", "FR", "AT", "LY", "LY", "TR", "AE",
       "SA", "QA", "RU", "NG", "IQ", "AF", "TH", "MY", "PL", "NL", "BE", "DK", "EE", "MA", "IR"};

std::vector<Place> placesOf(Office office)
{
    switch (office) {
    case Office::Helsinki:
        return {{"Helsinki", "Helsinki"},
                {"Espoo", "Länsi-Uusimaa"},
                {"Vantaa", "Vantaa ja Kerava"},
                {"Porvoo", "Itä-Uusimaa"},
                {"Lahti", "Päijät-Häme"},
                {"Turku", "Varsinais-Suomi"}};
    case Office::Joutseno:
        return {{"Lappeenranta", "Etelä-Karjala"},
                {"Imatra", "Etelä-Karjala"},
                {"Kouvola", "Kymenlaakso"},
                {"Kotka", "Kymenlaakso"},
                {"Joensuu", "Pohjois-Karjala"},
                {"Mikkeli", "Etelä-Savo"}};
    case Office::Tampere:
        return {{"Tampere", "Pirkanmaa"},
                {"Pori", "Satakunta"},
                {"Hämeenlinna", "Kanta-Häme"},
                {"Jyväskylä", "Keski-Suomi"},
                {"Vaasa", "Pohjanmaa"},
                {"Seinäjoki", "Etelä-Pohjanmaa"}};
    case Office::Oulu:
        return {{"Oulu", "Pohjois-Pohjanmaa"},
                {"Rovaniemi", "Lappi"},
                {"Kajaani", "Kainuu"},
                {"Kemi", "Lappi"},
                {"Kuopio", "Pohjois-Savo"},
                {"Kokkola", "Keski-Pohjanmaa"}};
    }
    return {{"Helsinki", "Helsinki"}};
}

std::string referrerOrganisation(ReferralSource source, const std::string& municipality)
{
    switch (source) {
    case ReferralSource::Police:
        return "Police, " + municipality;
    case ReferralSource::BorderGuard:
        return "Finnish Border Guard";
    case ReferralSource::ImmigrationService:
        return "Reception centre, " + municipality;
    case ReferralSource::VictimSupportFinland:
        return "Victim Support Finland";
    case ReferralSource::OtherNgo:
        return "A non-governmental organisation, " + municipality;
    case ReferralSource::HealthSocialServices:
        return "Social services, " + municipality;
    case ReferralSource::OwnRequest:
    case ReferralSource::Other:
        return "";
    }
    return "";
}

Date clampTo(Date date, Date latest)
{
    return std::min(date, latest);
}

// A referral date from 2006 up to `today`, more in recent years: the
// published figures grow from a few dozen a year to a few hundred.
Date referralDate(Random& random, Date today)
{
    const Date first = *Date::fromYmd(2006, 1, 1);
    const int span = daysBetween(first, today);
    // u^0.55 leans towards today: the last half-year gets roughly 4% of all.
    const double position = std::pow(random.unit(), 0.55);
    return first.addDays(std::min(span, static_cast<int>(position * (span + 1))));
}

PartialDate birthDate(Random& random, int ageOnDay, Date day)
{
    // Born so that they are `ageOnDay` on `day`.
    const Date born = day.addYears(-ageOnDay).addDays(-random.between(0, 364));
    if (random.chance(0.4)) {
        return PartialDate::yearOnly(born.year());
    }
    return PartialDate::fullDate(born);
}

std::vector<MeansOfControl> meansOfControl(Random& random, ExploitationForm form)
{
    std::vector<MeansOfControl> means;
    const int count = random.between(1, 4);
    for (int i = 0; i < count; ++i) {
        const MeansOfControl mean = form == ExploitationForm::SexualExploitation
            ? random.weighted<MeansOfControl>({{MeansOfControl::DebtBondage, 4},
                                               {MeansOfControl::Threats, 4},
                                               {MeansOfControl::PsychologicalAbuse, 3},
                                               {MeansOfControl::SexualAbuse, 3},
                                               {MeansOfControl::PhysicalAbuse, 2},
                                               {MeansOfControl::TakesEarnings, 3},
                                               {MeansOfControl::FalsePromises, 3},
                                               {MeansOfControl::PsychoactiveSubstances, 1},
                                               {MeansOfControl::RestrictsMovement, 2},
                                               {MeansOfControl::WithholdsDocuments, 2}})
            : random.weighted<MeansOfControl>({{MeansOfControl::DebtBondage, 4},
                                               {MeansOfControl::TakesEarnings, 4},
                                               {MeansOfControl::RestrictsFinancialAccess, 2},
                                               {MeansOfControl::Threats, 3},
                                               {MeansOfControl::FalsePromises, 4},
                                               {MeansOfControl::ExcessiveWorkingHours, 4},
                                               {MeansOfControl::WithholdsDocuments, 3},
                                               {MeansOfControl::ThreatOfLawEnforcement, 2},
                                               {MeansOfControl::WithholdsNecessities, 1},
                                               {MeansOfControl::RestrictsMedicalCare, 1},
                                               {MeansOfControl::PsychologicalAbuse, 2},
                                               {MeansOfControl::UsesChildren, 1}});
        if (std::find(means.begin(), means.end(), mean) == means.end()) {
            means.push_back(mean);
        }
    }
    return means;
}

Exploitation exploitation(Random& random, ExploitationForm form, bool inFinland, Date referred)
{
    Exploitation result;
    result.forms = {form};
    if (random.chance(0.1)) {
        const ExploitationForm second
            = random.weighted<ExploitationForm>({{ExploitationForm::ForcedLabour, 3},
                                                 {ExploitationForm::SexualExploitation, 3},
                                                 {ExploitationForm::ForcedCriminalActivity, 2},
                                                 {ExploitationForm::Begging, 1}});
        if (second != form) {
            result.forms.push_back(second);
        }
    }
    if (std::find(result.forms.begin(), result.forms.end(), ExploitationForm::ForcedLabour)
        != result.forms.end()) {
        result.industry = random.weighted<LabourIndustry>({{LabourIndustry::Restaurants, 6},
                                                           {LabourIndustry::Cleaning, 4},
                                                           {LabourIndustry::Agriculture, 5},
                                                           {LabourIndustry::Construction, 4},
                                                           {LabourIndustry::DomesticWork, 2},
                                                           {LabourIndustry::Beauty, 2},
                                                           {LabourIndustry::Transport, 2},
                                                           {LabourIndustry::Other, 1}});
    }
    result.inFinland = inFinland;
    result.country = inFinland ? "" : random.pick(abroadCountries);
    if (random.chance(0.85)) {
        const Date end = referred.addDays(-random.between(0, 120));
        result.periodEnd = end;
        result.periodStart = end.addMonths(-random.between(1, 60));
    }
    result.meansOfControl = meansOfControl(random, form);
    result.relation = random.weighted<ExploiterRelation>({{ExploiterRelation::Employer, 8},
                                                          {ExploiterRelation::IntimatePartner, 3},
                                                          {ExploiterRelation::Friend, 2},
                                                          {ExploiterRelation::Family, 2},
                                                          {ExploiterRelation::Other, 2},
                                                          {ExploiterRelation::Unknown, 2}});
    return result;
}

SupportMeasureType measureType(Random& random)
{
    return random.weighted<SupportMeasureType>({{SupportMeasureType::SafeHousing, 8},
                                                {SupportMeasureType::HealthCare, 8},
                                                {SupportMeasureType::SocialServices, 5},
                                                {SupportMeasureType::ReceptionAllowance, 4},
                                                {SupportMeasureType::SocialAssistance, 4},
                                                {SupportMeasureType::LegalAid, 6},
                                                {SupportMeasureType::LegalAdvice, 5},
                                                {SupportMeasureType::SupportPerson, 3},
                                                {SupportMeasureType::Interpreting, 5},
                                                {SupportMeasureType::Translation, 2},
                                                {SupportMeasureType::AssistedVoluntaryReturn, 1},
                                                {SupportMeasureType::ResidencePermitSupport, 3},
                                                {SupportMeasureType::Other, 1}});
}

// Dates after admission: from `from`, up to `horizon` (today, or the end of assistance).
Date during(Random& random, Date from, Date horizon, int maximumDays)
{
    return clampTo(from.addDays(random.between(0, maximumDays)), horizon);
}

} // namespace majakka::demo
