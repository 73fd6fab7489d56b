<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AdmissionOutcome</name>
    <message>
        <source>Admitted</source>
        <translation>Intagen i hjälpsystemet</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Inte intagen i hjälpsystemet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återtagen</translation>
    </message>
</context>
<context>
    <name>AppealOutcome</name>
    <message>
        <source>Pending</source>
        <translation>Anhängigt</translation>
    </message>
    <message>
        <source>Decision upheld</source>
        <translation>Beslutet fastställt</translation>
    </message>
    <message>
        <source>Decision overturned</source>
        <translation>Beslutet upphävt</translation>
    </message>
    <message>
        <source>Returned for a new decision</source>
        <translation>Återförvisat för nytt beslut</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
</context>
<context>
    <name>ClientKind</name>
    <message>
        <source>Victim</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Vittne</translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message>
        <source>Majakka: casework for the Assistance System for Victims of Human Trafficking.</source>
        <translation>Majakka: program för klientarbetet inom Hjälpsystemet för offer för människohandel.</translation>
    </message>
    <message>
        <source>Open the database at PATH, or create it there.</source>
        <translation>Öppna databasen på SÖKVÄG eller skapa den där.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>SÖKVÄG</translation>
    </message>
</context>
<context>
    <name>ConsentStatus</name>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>CrashReports</name>
    <message>
        <source>Majakka stopped unexpectedly</source>
        <translation>Majakka avslutades oväntat</translation>
    </message>
    <message>
        <source>Majakka stopped because of a fault the last time it ran. A diagnostic report was saved here:
%1

The report holds only technical details: the version, the kind of fault and program addresses. It holds nothing from the records, no user names and no passphrases. You may give it to your administrator.</source>
        <translation>Majakka avslutades på grund av ett fel förra gången programmet kördes. En felrapport sparades här:
%1

Rapporten innehåller bara tekniska uppgifter: versionen, typen av fel och programadresser. Den innehåller inga klientuppgifter, inga användarnamn och inga lösenfraser. Du kan ge den till din administratör.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineKind</name>
    <message>
        <source>Reflection period ends</source>
        <translation>Betänketiden slutar</translation>
    </message>
    <message>
        <source>Needs reassessment due</source>
        <translation>Ny bedömning av behoven</translation>
    </message>
    <message>
        <source>Turns 18</source>
        <translation>Fyller 18</translation>
    </message>
    <message>
        <source>Permit decision expected</source>
        <translation>Beslut om tillstånd väntas</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Rättegångsdag</translation>
    </message>
    <message>
        <source>Admission decision pending</source>
        <translation>Beslut om att tas in väntar</translation>
    </message>
</context>
<context>
    <name>DisclosureBasis</name>
    <message>
        <source>The client&apos;s consent</source>
        <translation>Klientens samtycke</translation>
    </message>
    <message>
        <source>Duty to report a serious threat</source>
        <translation>Skyldighet att anmäla ett allvarligt hot</translation>
    </message>
    <message>
        <source>Other legal duty</source>
        <translation>Annan lagstadgad skyldighet</translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <source>No longer needs help</source>
        <translation>Behöver inte längre hjälp</translation>
    </message>
    <message>
        <source>Moved abroad</source>
        <translation>Flyttade utomlands</translation>
    </message>
    <message>
        <source>Returned to their home country</source>
        <translation>Återvände till sitt hemland</translation>
    </message>
    <message>
        <source>Declined further help</source>
        <translation>Avböjde fortsatt hjälp</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Går inte att nå</translation>
    </message>
    <message>
        <source>Services moved to the municipality</source>
        <translation>Tjänsterna flyttade till hemkommunen</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Avliden</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
Detaljer: %2</translation>
    </message>
    <message>
        <source>The user name or passphrase is wrong.</source>
        <translation>Användarnamnet eller lösenfrasen är fel.</translation>
    </message>
    <message>
        <source>This database is open in another program. Close it there and try again.</source>
        <translation>Databasen är öppen i ett annat program. Stäng den där och försök igen.</translation>
    </message>
    <message>
        <source>The database or its key file is damaged or was tampered with.</source>
        <translation>Databasen eller dess nyckelfil är skadad eller har manipulerats.</translation>
    </message>
    <message>
        <source>The database or its key file was not found. Check the location.</source>
        <translation>Databasen eller dess nyckelfil hittades inte. Kontrollera platsen.</translation>
    </message>
    <message>
        <source>The file could not be read or written. The disk may be full, or you may not have access to the folder.</source>
        <translation>Filen kunde inte läsas eller skrivas. Disken kan vara full, eller så har du kanske inte behörighet till mappen.</translation>
    </message>
    <message>
        <source>The input was not accepted.</source>
        <translation>Uppgifterna godtogs inte.</translation>
    </message>
    <message>
        <source>This cannot be done this way.</source>
        <translation>Det går inte att göra så här.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Din roll tillåter inte detta.</translation>
    </message>
    <message>
        <source>Majakka found an internal fault and stopped for safety. Please report this to your administrator.</source>
        <translation>Majakka upptäckte ett internt fel och avbröt av säkerhetsskäl. Rapportera detta till din administratör.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Något oväntat gick fel.</translation>
    </message>
</context>
<context>
    <name>ExploitationForm</name>
    <message>
        <source>Forced labour</source>
        <translation>Tvångsarbete</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Sexuellt utnyttjande</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Tvångsäktenskap</translation>
    </message>
    <message>
        <source>Forced criminal activity</source>
        <translation>Tvång att begå brott</translation>
    </message>
    <message>
        <source>Begging</source>
        <translation>Tiggeri</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>ExploiterRelation</name>
    <message>
        <source>Intimate partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Vän</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
</context>
<context>
    <name>HotlineText</name>
    <message>
        <source>Possible victim</source>
        <translation>Möjligt offer</translation>
    </message>
    <message>
        <source>Relative or friend</source>
        <translation>Anhörig eller vän</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Other caller</source>
        <translation>Annan uppringare</translation>
    </message>
    <message>
        <source>Did not say</source>
        <translation>Sade inte</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>Arbetskraftsexploatering</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Sexuellt utnyttjande</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Tvångsäktenskap</translation>
    </message>
    <message>
        <source>Forced criminal activity</source>
        <translation>Tvång att begå brott</translation>
    </message>
    <message>
        <source>Begging</source>
        <translation>Tiggeri</translation>
    </message>
    <message>
        <source>Services of the Assistance System</source>
        <translation>Hjälpsystemets tjänster</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Allmän information</translation>
    </message>
    <message>
        <source>Other topic</source>
        <translation>Annat ämne</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information gavs</translation>
    </message>
    <message>
        <source>Referral to the Assistance System</source>
        <translation>Förslag till hjälpsystemet</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Hänvisades vidare</translation>
    </message>
    <message>
        <source>Emergency services alerted</source>
        <translation>Nödcentralen larmades</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Ingen åtgärd behövdes</translation>
    </message>
    <message>
        <source>Call interrupted</source>
        <translation>Samtalet avbröts</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Annat utfall</translation>
    </message>
</context>
<context>
    <name>HousingKind</name>
    <message>
        <source>Own home</source>
        <translation>Eget hem</translation>
    </message>
    <message>
        <source>Arranged housing</source>
        <translation>Ordnat boende</translation>
    </message>
    <message>
        <source>Sheltered housing</source>
        <translation>Skyddat boende</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Skyddshem</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Förläggning</translation>
    </message>
</context>
<context>
    <name>LabourIndustry</name>
    <message>
        <source>Restaurants</source>
        <translation>Restaurangbranschen</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Städbranschen</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Jordbruk</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Byggbranschen</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>Hushållsarbete</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Skönhetsbranschen</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transportbranschen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>LegalStepKind</name>
    <message>
        <source>Report to the police</source>
        <translation>Brottsanmälan</translation>
    </message>
    <message>
        <source>Pre-trial investigation</source>
        <translation>Förundersökning</translation>
    </message>
    <message>
        <source>Consideration of charges</source>
        <translation>Åtalsprövning</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Åtal</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Rättegång</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Överklagande</translation>
    </message>
    <message>
        <source>Compensation claim</source>
        <translation>Skadeståndsyrkande</translation>
    </message>
    <message>
        <source>Legal aid counsel</source>
        <translation>Rättegångsbiträde</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <source>Non-punishment principle raised</source>
        <translation>Principen om straffrihet åberopad</translation>
    </message>
</context>
<context>
    <name>MeansOfControl</name>
    <message>
        <source>Debt bondage</source>
        <translation>Skuldslaveri</translation>
    </message>
    <message>
        <source>Takes earnings</source>
        <translation>Tar inkomsterna</translation>
    </message>
    <message>
        <source>Restricts access to money</source>
        <translation>Begränsar tillgången till pengar</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Hot</translation>
    </message>
    <message>
        <source>Psychological abuse</source>
        <translation>Psykiskt våld</translation>
    </message>
    <message>
        <source>Physical abuse</source>
        <translation>Fysiskt våld</translation>
    </message>
    <message>
        <source>Sexual abuse</source>
        <translation>Sexuellt våld</translation>
    </message>
    <message>
        <source>False promises</source>
        <translation>Falska löften</translation>
    </message>
    <message>
        <source>Psychoactive substances</source>
        <translation>Psykoaktiva ämnen</translation>
    </message>
    <message>
        <source>Restricts movement</source>
        <translation>Begränsar rörelsefriheten</translation>
    </message>
    <message>
        <source>Restricts medical care</source>
        <translation>Begränsar tillgången till vård</translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation>Orimliga arbetstider</translation>
    </message>
    <message>
        <source>Uses children</source>
        <translation>Använder barn</translation>
    </message>
    <message>
        <source>Threat of law enforcement</source>
        <translation>Hot om myndigheter</translation>
    </message>
    <message>
        <source>Withholds necessities</source>
        <translation>Undanhåller förnödenheter</translation>
    </message>
    <message>
        <source>Withholds documents</source>
        <translation>Behåller dokumenten</translation>
    </message>
</context>
<context>
    <name>MeasureProvider</name>
    <message>
        <source>Assistance System</source>
        <translation>Hjälpsystemet</translation>
    </message>
    <message>
        <source>Bought from a public organisation</source>
        <translation>Köpt av en offentlig aktör</translation>
    </message>
    <message>
        <source>Bought from a private organisation</source>
        <translation>Köpt av en privat aktör</translation>
    </message>
    <message>
        <source>Municipality or wellbeing services county</source>
        <translation>Hemkommun eller välfärdsområde</translation>
    </message>
</context>
<context>
    <name>MeasureStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Declined by the client</source>
        <translation>Avböjd av klienten</translation>
    </message>
</context>
<context>
    <name>NeedArea</name>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Fysisk hälsa</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk hälsa</translation>
    </message>
    <message>
        <source>Social situation</source>
        <translation>Social situation</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Juridiska frågor</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Right of residence</source>
        <translation>Uppehållsrätt</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Återresa</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Joutseno</source>
        <translation>Joutseno</translation>
    </message>
    <message>
        <source>Helsinki</source>
        <translation>Helsingfors</translation>
    </message>
    <message>
        <source>Oulu</source>
        <translation>Uleåborg</translation>
    </message>
    <message>
        <source>Tampere</source>
        <translation>Tammerfors</translation>
    </message>
</context>
<context>
    <name>RecordSections</name>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(inget namn antecknat)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (ålder %2)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation>Andra namn:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Klienttyp:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Födelsedatum:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Kön:</translation>
    </message>
    <message>
        <source>Personal identity code:</source>
        <translation>Personbeteckning:</translation>
    </message>
    <message>
        <source>Citizenships:</source>
        <translation>Medborgarskap:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Needs an interpreter:</source>
        <translation>Behöver tolk:</translation>
    </message>
    <message>
        <source>Contact details and residence</source>
        <translation>Kontaktuppgifter och boende</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Municipality of residence:</source>
        <translation>Hemkommun:</translation>
    </message>
    <message>
        <source>Wellbeing services county:</source>
        <translation>Välfärdsområde:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>Vistelsestatus:</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>Boende:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Klientskap</translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation>Klientnummer:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Verksamhetsställe:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Handläggare:</translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation>Förslag:</translation>
    </message>
    <message>
        <source>Admission decision:</source>
        <translation>Beslut om att tas in:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Support measures:</source>
        <translation>Stödåtgärder:</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded</source>
        <translation>
            <numerusform>%n antecknad</numerusform>
            <numerusform>%n antecknade</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakter:</translation>
    </message>
    <message>
        <source>Assistance ended:</source>
        <translation>Hjälpen avslutad:</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Förslag om att tas in i hjälpsystemet</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Proposed by:</source>
        <translation>Föreslagen av:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Mottagen via:</translation>
    </message>
    <message>
        <source>Emergency:</source>
        <translation>Brådskande:</translation>
    </message>
    <message>
        <source>Referring organisation:</source>
        <translation>Föreslående organisation:</translation>
    </message>
    <message>
        <source>Contact at the organisation:</source>
        <translation>Kontaktperson:</translation>
    </message>
    <message>
        <source>No referral is recorded.</source>
        <translation>Inget förslag har antecknats.</translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation>Beslut om att tas in</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Grunder:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Beslutsfattare:</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Överklagande</translation>
    </message>
    <message>
        <source>Appealed on:</source>
        <translation>Överklagat den:</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Domstol:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Utfall:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Avgjort den:</translation>
    </message>
    <message>
        <source>No admission decision has been made yet.</source>
        <translation>Beslut om att tas in har ännu inte fattats.</translation>
    </message>
    <message>
        <source>End of assistance</source>
        <translation>Hjälpens upphörande</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <source>The assistance goes on.</source>
        <translation>Hjälpen fortsätter.</translation>
    </message>
    <message>
        <source>Reopenings</source>
        <translation>Återöppningar</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Återöppnad</translation>
    </message>
    <message>
        <source>Had ended</source>
        <translation>Hade avslutats</translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation>Orsak till att den avslutades</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grunder</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Utnyttjande</translation>
    </message>
    <message>
        <source>Nothing is recorded about the exploitation.</source>
        <translation>Inget har antecknats om utnyttjandet.</translation>
    </message>
    <message>
        <source>Forms:</source>
        <translation>Former:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Bransch:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Var:</translation>
    </message>
    <message>
        <source>In Finland</source>
        <translation>I Finland</translation>
    </message>
    <message>
        <source>Abroad (%1)</source>
        <translation>Utomlands (%1)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>Means of control:</source>
        <translation>Kontrollmedel:</translation>
    </message>
    <message>
        <source>Relation to the exploiter:</source>
        <translation>Relation till förövaren:</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Bedömning av servicebehov</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Behov:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Client agreed on:</source>
        <translation>Klienten godkände:</translation>
    </message>
    <message>
        <source>Reassessment due:</source>
        <translation>Ny bedömning senast:</translation>
    </message>
    <message>
        <source>The needs have not been assessed yet.</source>
        <translation>Servicebehovet har ännu inte bedömts.</translation>
    </message>
    <message>
        <source>Reflection periods</source>
        <translation>Betänketider</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Beviljad av</translation>
    </message>
    <message>
        <source>Permit applied for</source>
        <translation>Tillstånd sökt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>No reflection period is recorded.</source>
        <translation>Ingen betänketid har antecknats.</translation>
    </message>
    <message>
        <source>Residence matters</source>
        <translation>Uppehållsärenden</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation>Beslut väntas</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>No residence matter is recorded.</source>
        <translation>Inga uppehållsärenden har antecknats.</translation>
    </message>
    <message>
        <source>Criminal process and legal aid</source>
        <translation>Brottsprocess och rättshjälp</translation>
    </message>
    <message>
        <source>Assistance does not depend on the criminal process; reporting an offence is the client&apos;s choice.</source>
        <translation>Hjälpen är inte beroende av brottsprocessen; att anmäla ett brott är klientens eget val.</translation>
    </message>
    <message>
        <source>Legal steps</source>
        <translation>Rättsliga steg</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Rättegångsdag</translation>
    </message>
    <message>
        <source>No legal step is recorded.</source>
        <translation>Inga rättsliga steg har antecknats.</translation>
    </message>
    <message>
        <source>Serious threats</source>
        <translation>Allvarliga hot</translation>
    </message>
    <message>
        <source>Not notified yet</source>
        <translation>Inte anmält ännu</translation>
    </message>
    <message>
        <source>Police notified</source>
        <translation>Anmält till polisen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>No serious threat is recorded.</source>
        <translation>Inga allvarliga hot har antecknats.</translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation>Barn och familj</translation>
    </message>
    <message>
        <source>Parent (client id):</source>
        <translation>Förälder (klientens id):</translation>
    </message>
    <message>
        <source>Turns 18 on:</source>
        <translation>Fyller 18:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A child who turns 18 needs an admission decision of their own.</source>
        <translation>Ett barn som fyller 18 behöver ett eget beslut om att tas in.</translation>
    </message>
    <message>
        <source>This client is not recorded as a child. Children of a client are clients in their own right; find them in the client list.</source>
        <translation>Klienten är inte antecknad som barn. En klients barn är själva klienter; du hittar dem i klientlistan.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>No contact is recorded.</source>
        <translation>Inga kontakter har antecknats.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Vad det gäller</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Inga samtycken har antecknats.</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Utlämnanden av uppgifter</translation>
    </message>
    <message>
        <source>Nothing about a client is told to anyone without a basis. Each disclosure is recorded here.</source>
        <translation>Ingenting om en klient berättas för någon utan grund. Varje utlämnande antecknas här.</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Till vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No disclosure is recorded.</source>
        <translation>Inga utlämnanden har antecknats.</translation>
    </message>
</context>
<context>
    <name>ReferralChannel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>24/7 hotline</source>
        <translation>Jourtelefon dygnet runt</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Nödtelefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>ReferralSource</name>
    <message>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Border Guard</source>
        <translation>Gränsbevakningsväsendet</translation>
    </message>
    <message>
        <source>Finnish Immigration Service</source>
        <translation>Migrationsverket</translation>
    </message>
    <message>
        <source>Victim Support Finland</source>
        <translation>Brottsofferjouren</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Annan organisation</translation>
    </message>
    <message>
        <source>Health or social services</source>
        <translation>Social- eller hälsovården</translation>
    </message>
    <message>
        <source>The person themself</source>
        <translation>Personen själv</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>ReflectionGrantor</name>
    <message>
        <source>Assistance System</source>
        <translation>Hjälpsystemet</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Border Guard</source>
        <translation>Gränsbevakningsväsendet</translation>
    </message>
</context>
<context>
    <name>ResidenceMatterKind</name>
    <message>
        <source>Residence permit</source>
        <translation>Uppehållstillstånd</translation>
    </message>
    <message>
        <source>Asylum</source>
        <translation>Asyl</translation>
    </message>
    <message>
        <source>Voluntary return</source>
        <translation>Frivillig återresa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>ResidenceOutcome</name>
    <message>
        <source>Pending</source>
        <translation>Anhängig</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återtagen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
</context>
<context>
    <name>ResidenceStatus</name>
    <message>
        <source>Finnish citizen</source>
        <translation>Finsk medborgare</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>EU-medborgare</translation>
    </message>
    <message>
        <source>Permanent residence permit</source>
        <translation>Permanent uppehållstillstånd</translation>
    </message>
    <message>
        <source>Continuous residence permit</source>
        <translation>Kontinuerligt uppehållstillstånd</translation>
    </message>
    <message>
        <source>Temporary residence permit</source>
        <translation>Tillfälligt uppehållstillstånd</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Asylsökande</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Internationellt skydd</translation>
    </message>
    <message>
        <source>No residence permit</source>
        <translation>Inget uppehållstillstånd</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>administrator</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>arbetsledare</translation>
    </message>
    <message>
        <source>office worker</source>
        <translation>kontorsanställd</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>handläggare</translation>
    </message>
</context>
<context>
    <name>SupportMeasureType</name>
    <message>
        <source>Safe housing</source>
        <translation>Tryggt boende</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Hälsovård</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänster</translation>
    </message>
    <message>
        <source>Reception allowance</source>
        <translation>Mottagningspenning</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>Utkomststöd</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Rättshjälp</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Juridisk rådgivning</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Tolkning</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Översättning</translation>
    </message>
    <message>
        <source>Voluntary assisted return</source>
        <translation>Frivillig återresa</translation>
    </message>
    <message>
        <source>Support in applying for a residence permit</source>
        <translation>Stöd vid ansökan om uppehållstillstånd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>majakka::ui::AddUserDialog</name>
    <message>
        <source>Use at most %1 characters, with no line breaks or other control characters.</source>
        <translation>Använd högst %1 tecken, utan radbrytningar eller andra styrtecken.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Verksamhetsställe:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>An office worker sees the clients of this office.</source>
        <translation>En kontorsanställd ser klienterna vid det här verksamhetsstället.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>First passphrase</source>
        <translation>Första lösenfrasen</translation>
    </message>
    <message>
        <source>Tell it to the user in person; they sign in with it.</source>
        <translation>Berätta den för användaren personligen; hen loggar in med den.</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>Användaren läggs till…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Lägg &amp;till</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Avbr&amp;yt</translation>
    </message>
</context>
<context>
    <name>majakka::ui::AdmissionPage</name>
    <message>
        <source>Type the date of the decision.</source>
        <translation>Skriv beslutets datum.</translation>
    </message>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation>Inte ett datum. Skriv det som %1.</translation>
    </message>
    <message>
        <source>The decision cannot come before the referral (%1).</source>
        <translation>Beslutet kan inte komma före förslaget (%1).</translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation>Beslut om att tas in</translation>
    </message>
    <message>
        <source>Step 2 of 3: whether the person is taken into the Assistance System.</source>
        <translation>Steg 2 av 3: om personen tas in i hjälpsystemet.</translation>
    </message>
    <message>
        <source>Since 1 January 2023 admission is the identification of a victim. If the decision is still to be made, leave it pending and record it in the client&apos;s record when it is.</source>
        <translation>Sedan den 1 januari 2023 är beslutet om att tas in identifieringen av ett offer. Om beslutet ännu inte är fattat, låt det vänta och för in det i klientens uppgifter när det fattas.</translation>
    </message>
    <message>
        <source>Not decided &amp;yet (pending)</source>
        <translation>Inte beslutat &amp;än (väntar)</translation>
    </message>
    <message>
        <source>&amp;Admitted</source>
        <translation>&amp;Intagen</translation>
    </message>
    <message>
        <source>N&amp;ot admitted</source>
        <translation>&amp;Ej intagen</translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation>Åter&amp;kallad</translation>
    </message>
    <message>
        <source>&amp;Date of decision:</source>
        <translation>Beslutets &amp;datum:</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Beslutets datum</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Grunder:</translation>
    </message>
    <message>
        <source>Grounds for the decision</source>
        <translation>Grunder för beslutet</translation>
    </message>
    <message>
        <source>Decision &amp;maker:</source>
        <translation>Beslutsfa&amp;ttare:</translation>
    </message>
    <message>
        <source>Who made the decision</source>
        <translation>Vem fattade beslutet</translation>
    </message>
</context>
<context>
    <name>majakka::ui::BackupRunner</name>
    <message>
        <source>majakka-backup-%1.majakka</source>
        <translation>majakka-sakerhetskopia-%1.majakka</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <source>Majakka backups (*.majakka)</source>
        <translation>Majakka-säkerhetskopior (*.majakka)</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Säkerhetskopiera</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself. Choose another file.</source>
        <translation>En säkerhetskopia kan inte skrivas över själva databasen. Välj en annan fil.</translation>
    </message>
    <message>
        <source>Writing an encrypted backup of the database to %1…</source>
        <translation>Skriver en krypterad säkerhetskopia av databasen till %1…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>The backup was written to %1. It is encrypted like the database and opens with the same passphrases.</source>
        <translation>Säkerhetskopian skrevs till %1. Den är krypterad som databasen och öppnas med samma lösenfraser.</translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was written.</source>
        <translation>Säkerhetskopieringen avbröts. Inget skrevs.</translation>
    </message>
    <message>
        <source>The backup could not be written.
%1</source>
        <translation>Säkerhetskopian kunde inte skrivas.
%1</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ClientListModel</name>
    <message>
        <source>%1, %2</source>
        <comment>family name, given names</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1 (number used twice)</source>
        <translation>%1 (numret används två gånger)</translation>
    </message>
    <message>
        <source>Another client has the same number, because two databases were merged. Give one of them a new number.</source>
        <translation>En annan klient har samma nummer eftersom två databaser har slagits samman. Ge en av dem ett nytt nummer.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ClientListPage</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n client(s); scroll for more</source>
        <translation>
            <numerusform>Den första %n klienten; rulla för fler</numerusform>
            <numerusform>De första %n klienterna; rulla för fler</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Name, alias, client number or phone number</source>
        <translation>Namn, alias, klientnummer eller telefonnummer</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <source>The list follows as you type. Press Down to go to the list, Enter to open the first client.</source>
        <translation>Listan följer med medan du skriver. Nedåtpilen flyttar till listan, Enter öppnar den första klienten.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alla verksamhetsställen</translation>
    </message>
    <message>
        <source>Office filter</source>
        <translation>Filter för verksamhetsställe</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>Hand&amp;läggare:</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>användarnamn</translation>
    </message>
    <message>
        <source>Worker filter</source>
        <translation>Handläggarfilter</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Verksamhetsställe:</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ClientPreview</name>
    <message>
        <source>Choose a client in the list to see a summary here. Press Enter to open the client.</source>
        <translation>Välj en klient i listan för att se en sammanfattning här. Enter öppnar klienten.</translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation>Klientnummer:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Verksamhetsställe:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Handläggare:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Opens the whole record. Opening is written to the audit log.</source>
        <translation>Öppnar hela klientuppgiften. Öppnandet skrivs i granskningsloggen.</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>inte utsedd</translation>
    </message>
    <message>
        <source>Warning: another client has the same number, because two databases were merged. Give one of them a new number.</source>
        <translation>Varning: en annan klient har samma nummer eftersom två databaser har slagits samman. Ge en av dem ett nytt nummer.</translation>
    </message>
    <message>
        <source>Open c&amp;lient</source>
        <translation>Öppna k&amp;lient</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ClientRecordPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Referral and admission</source>
        <translation>Förslag och beslut</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Utnyttjande</translation>
    </message>
    <message>
        <source>Needs and support measures</source>
        <translation>Behov och stödåtgärder</translation>
    </message>
    <message>
        <source>Reflection period and residence</source>
        <translation>Betänketid och uppehåll</translation>
    </message>
    <message>
        <source>Criminal process and legal aid</source>
        <translation>Brottsprocess och rättshjälp</translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation>Barn och familj</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Consents and disclosures</source>
        <translation>Samtycken och utlämnanden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Parts of the client record</source>
        <translation>Klientuppgiftens delar</translation>
    </message>
</context>
<context>
    <name>majakka::ui::CreateDatabaseDialog</name>
    <message>
        <source>Create a Majakka database</source>
        <translation>Skapa en Majakka-databas</translation>
    </message>
    <message>
        <source>Majakka keeps its records in one encrypted database. Choose where to create it and set the passphrase of its first user, the administrator. Nobody can open the database without a passphrase.</source>
        <translation>Majakka förvarar sina uppgifter i en enda krypterad databas. Välj var den ska skapas och ange lösenfrasen för dess första användare, administratören. Ingen kan öppna databasen utan en lösenfras.</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Databasens plats</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the database location</source>
        <translation>Välj databasens plats</translation>
    </message>
    <message>
        <source>Administrator &amp;name:</source>
        <translation>Administratörens &amp;användarnamn:</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Administratörens användarnamn</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Databasen skapas…</translation>
    </message>
    <message>
        <source>A database already exists at this location. Choose another name, or open it instead.</source>
        <translation>Det finns redan en databas på den här platsen. Välj ett annat namn eller öppna den i stället.</translation>
    </message>
    <message>
        <source>Use at most %1 characters, with no line breaks or other control characters.</source>
        <translation>Använd högst %1 tecken, utan radbrytningar eller andra styrtecken.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>Choose where to create the database</source>
        <translation>Välj var databasen ska skapas</translation>
    </message>
    <message>
        <source>Majakka databases (*.db);;All files (*)</source>
        <translation>Majakka-databaser (*.db);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>majakka::ui::DeadlineListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
</context>
<context>
    <name>majakka::ui::DesktopController</name>
    <message>
        <source>Database already open</source>
        <translation>Databasen är redan öppen</translation>
    </message>
    <message>
        <source>This database is already open in another Majakka window, which may be locked or minimised. Switch to that window to go on working.

Only one Majakka window at a time can use a database. Here you can open or create another one.</source>
        <translation>Den här databasen är redan öppen i ett annat Majakka-fönster, som kan vara låst eller minimerat. Byt till det fönstret för att fortsätta arbeta.

Bara ett Majakka-fönster åt gången kan använda en databas. Här kan du öppna eller skapa en annan databas.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::HistoryTab</name>
    <message>
        <source>Viewed</source>
        <translation>Visad</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Undid a change</source>
        <translation>Ändring ångrad</translation>
    </message>
    <message>
        <source>Redid a change</source>
        <translation>Ändring gjord igen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Återöppnad</translation>
    </message>
    <message>
        <source>Gave a new client number</source>
        <translation>Nytt klientnummer givet</translation>
    </message>
    <message>
        <source>Every time this record was opened or changed, newest first. The audit log cannot be edited by anyone.</source>
        <translation>Varje gång den här klientuppgiften öppnades eller ändrades, nyaste först. Ingen kan redigera granskningsloggen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Granskningsspår</translation>
    </message>
</context>
<context>
    <name>majakka::ui::HomePage</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Inloggad som %1 (%2)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Databasens plats</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n day(s).</source>
        <translation>
            <numerusform>Inget förfaller inom %n dag.</numerusform>
            <numerusform>Inget förfaller inom de närmaste %n dagarna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue. Press Enter or double-click a deadline to open the client.</source>
        <translation>
            <numerusform>%n försenad. Tryck Enter eller dubbelklicka på en tidsfrist för att öppna klienten.</numerusform>
            <numerusform>%n försenade. Tryck Enter eller dubbelklicka på en tidsfrist för att öppna klienten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n active client(s).</source>
        <translation>
            <numerusform>Du har %n aktiv klient.</numerusform>
            <numerusform>Du har %n aktiva klienter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My &amp;deadlines in the next %n day(s)</source>
        <translation>
            <numerusform>Mina &amp;tidsfrister inom %n dag</numerusform>
            <numerusform>Mina &amp;tidsfrister inom de närmaste %n dagarna</numerusform>
        </translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>Mina tidsfrister</translation>
    </message>
    <message>
        <source>The clients you open will be listed here.</source>
        <translation>Klienter du öppnar visas här.</translation>
    </message>
    <message>
        <source>Newest first. Enter opens the client.</source>
        <translation>Nyaste först. Enter öppnar klienten.</translation>
    </message>
    <message>
        <source>My &amp;recent clients</source>
        <translation>Mina &amp;senaste klienter</translation>
    </message>
    <message>
        <source>My recent clients</source>
        <translation>Mina senaste klienter</translation>
    </message>
</context>
<context>
    <name>majakka::ui::HotlinePage</name>
    <message>
        <source>Type a date such as %1.</source>
        <translation>Skriv ett datum, till exempel %1.</translation>
    </message>
    <message>
        <source>Call logged at %1.</source>
        <translation>Samtalet loggades kl. %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Hotline log</source>
        <translation>Samtal till jouren</translation>
    </message>
    <message>
        <source>An anonymous call to the 24/7 hotline. Nothing personal is recorded: no names, phone numbers or places, only what kind of call it was.</source>
        <translation>Ett anonymt samtal till jouren dygnet runt. Inget personligt förs in: inga namn, telefonnummer eller platser, bara vilket slags samtal det var.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of the call</source>
        <translation>Samtalets datum</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Uppringare:</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Vem ringde</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Ä&amp;mne:</translation>
    </message>
    <message>
        <source>What the call was about</source>
        <translation>Vad samtalet gällde</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Utf&amp;all:</translation>
    </message>
    <message>
        <source>What came of the call</source>
        <translation>Vad samtalet ledde till</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>A &amp;referral to the Assistance System followed</source>
        <translation>Ett &amp;förslag till hjälpsystemet följde</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>&amp;Logga samtalet</translation>
    </message>
    <message>
        <source>Enter in the form logs the call too.</source>
        <translation>Enter i formuläret loggar också samtalet.</translation>
    </message>
    <message>
        <source>Latest calls</source>
        <translation>Senaste samtal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Uppringare</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Latest hotline calls</source>
        <translation>Senaste samtal till jouren</translation>
    </message>
</context>
<context>
    <name>majakka::ui::LockedPage</name>
    <message>
        <source>Majakka is locked</source>
        <translation>Majakka är låst</translation>
    </message>
    <message>
        <source>The database is closed. Unlock it with your passphrase to continue.</source>
        <translation>Databasen är stängd. Lås upp den med din lösenfras för att fortsätta.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Ny klient…</translation>
    </message>
    <message>
        <source>Record a referral and create the client</source>
        <translation>För in ett förslag och skapa klienten</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Säkerhetskopiera…</translation>
    </message>
    <message>
        <source>Write an encrypted copy of the database and its keys to a file</source>
        <translation>Skriv en krypterad kopia av databasen och dess nycklar till en fil</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Close the database until you unlock it again</source>
        <translation>Stäng databasen tills du låser upp den igen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Sök klient</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Startsida</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klienter</translation>
    </message>
    <message>
        <source>&amp;Hotline log</source>
        <translation>&amp;Jourens samtal</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>An&amp;vändare</translation>
    </message>
    <message>
        <source>Close &amp;record</source>
        <translation>S&amp;täng klientuppgiften</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Klientuppgift</translation>
    </message>
    <message>
        <source>&amp;Add support measure…</source>
        <translation>&amp;Lägg till stödåtgärd…</translation>
    </message>
    <message>
        <source>&amp;Edit support measure…</source>
        <translation>&amp;Redigera stödåtgärd…</translation>
    </message>
    <message>
        <source>&amp;Remove support measure</source>
        <translation>&amp;Ta bort stödåtgärd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Majakka</source>
        <translation>&amp;Om Majakka</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ångra: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Gör om: %1</translation>
    </message>
</context>
<context>
    <name>majakka::ui::MainWindow</name>
    <message>
        <source>Majakka</source>
        <translation>Majakka</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked. Majakka locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Upplåst. Majakka låser sig själv efter %n minut utan användning.</numerusform>
            <numerusform>Upplåst. Majakka låser sig själv efter %n minuter utan användning.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Majakka</source>
        <translation>Om Majakka</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Majakka %1&lt;/h3&gt;&lt;p&gt;Casework for the Assistance System for Victims of Human Trafficking.&lt;/p&gt;&lt;p&gt;Records are kept in an encrypted database on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the European Union Public Licence 1.2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Majakka %1&lt;/h3&gt;&lt;p&gt;Program för klientarbetet inom Hjälpsystemet för offer för människohandel.&lt;/p&gt;&lt;p&gt;Uppgifterna förvaras i en krypterad databas på den här datorn.&lt;/p&gt;&lt;p&gt;Licens: Europeiska unionens licens för fri programvara (EUPL) 1.2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Hotline log</source>
        <translation>Jourens samtal</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
</context>
<context>
    <name>majakka::ui::MeasureDialog</name>
    <message>
        <source>Enter the start date.</source>
        <translation>Ange startdatum.</translation>
    </message>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation>Inte ett datum. Skriv det som %1.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Slutet kan inte vara före början.</translation>
    </message>
    <message>
        <source>An ended measure needs its end date.</source>
        <translation>En avslutad åtgärd behöver ett slutdatum.</translation>
    </message>
    <message>
        <source>Add support measure</source>
        <translation>Lägg till stödåtgärd</translation>
    </message>
    <message>
        <source>Edit support measure</source>
        <translation>Redigera stödåtgärd</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anordnare:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>&amp;Urgent: started on an emergency referral before the admission decision</source>
        <translation>&amp;Brådskande: inledd på ett brådskande förslag före beslutet om att tas in</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Type of measure</source>
        <translation>Typ av åtgärd</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>For a declined measure, when it was offered.</source>
        <translation>För en avböjd åtgärd: när den erbjöds.</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Needed once the measure has ended; a planned end otherwise.</source>
        <translation>Krävs när åtgärden har avslutats; annars ett planerat slut.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Början:</translation>
    </message>
</context>
<context>
    <name>majakka::ui::MeasuresTab</name>
    <message>
        <source>Add %1</source>
        <translation>Lägg till: %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort: %1</translation>
    </message>
    <message>
        <source>This measure cannot be removed: the record would break a case rule.</source>
        <translation>Åtgärden kan inte tas bort: klientuppgiften skulle då bryta mot en regel.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Support measures</source>
        <translation>Stödåtgärder</translation>
    </message>
    <message>
        <source>&amp;Add measure…</source>
        <translation>&amp;Lägg till åtgärd…</translation>
    </message>
    <message>
        <source>Add a support measure (Ctrl+Shift+M)</source>
        <translation>Lägg till en stödåtgärd (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Edit the selected measure (F2)</source>
        <translation>Redigera den valda åtgärden (F2)</translation>
    </message>
    <message>
        <source>Remove the selected measure (Ctrl+Delete); Ctrl+Z brings it back</source>
        <translation>Ta bort den valda åtgärden (Ctrl+Delete); Ctrl+Z återställer den</translation>
    </message>
    <message>
        <source>You can read these measures but not change them: your role or the end of the assistance does not allow changes.</source>
        <translation>Du kan läsa åtgärderna men inte ändra dem: din roll eller att hjälpen har avslutats tillåter inga ändringar.</translation>
    </message>
    <message>
        <source>&amp;Support measures</source>
        <translation>&amp;Stödåtgärder</translation>
    </message>
    <message>
        <source>Ed&amp;it measure…</source>
        <translation>Red&amp;igera åtgärd…</translation>
    </message>
    <message>
        <source>Re&amp;move measure</source>
        <translation>Ta &amp;bort åtgärd</translation>
    </message>
</context>
<context>
    <name>majakka::ui::NewClientWizard</name>
    <message>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Föregående</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>majakka::ui::PassphraseStrengthHint</name>
    <message>
        <source>Use at least %1 characters. Several words are easy to remember and hard to guess.</source>
        <translation>Använd minst %1 tecken. Flera ord är lätta att komma ihåg och svåra att gissa.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>För kort: använd minst %1 tecken.</translation>
    </message>
    <message>
        <source>Strength: weak. A longer passphrase of several words would be safer.</source>
        <translation>Styrka: svag. En längre lösenfras med flera ord vore säkrare.</translation>
    </message>
    <message>
        <source>Strength: fair.</source>
        <translation>Styrka: godtagbar.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Styrka: stark.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::PersonPage</name>
    <message>
        <source>Not assigned yet</source>
        <translation>Inte tilldelad än</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>Förälder: %1</translation>
    </message>
    <message>
        <source>Type the year (1990) or the date (%1).</source>
        <translation>Skriv året (1990) eller datumet (%1).</translation>
    </message>
    <message>
        <source>A child client is linked to a parent: type the parent&apos;s client number.</source>
        <translation>En barnklient kopplas till en förälder: skriv förälderns klientnummer.</translation>
    </message>
    <message>
        <source>None of your clients has this number.</source>
        <translation>Ingen av dina klienter har det här numret.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Step 3 of 3: what is known of the person now. Empty fields can be filled in later.</source>
        <translation>Steg 3 av 3: vad som nu är känt om personen. Tomma fält kan fyllas i senare.</translation>
    </message>
    <message>
        <source>K&amp;ind of client:</source>
        <translation>Klient&amp;typ:</translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation>Klienttyp</translation>
    </message>
    <message>
        <source>Parent&apos;s client n&amp;umber:</source>
        <translation>Förälderns klientnu&amp;mmer:</translation>
    </message>
    <message>
        <source>Client number of the parent</source>
        <translation>Förälderns klientnummer</translation>
    </message>
    <message>
        <source>e.g. HKI-2026-0042</source>
        <translation>t.ex. HKI-2026-0042</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Födelse&amp;datum:</translation>
    </message>
    <message>
        <source>Date of birth, or the year only</source>
        <translation>Födelsedatum, eller bara året</translation>
    </message>
    <message>
        <source>%1 or the year</source>
        <translation>%1 eller året</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Citi&amp;zenship:</source>
        <translation>Med&amp;borgarskap:</translation>
    </message>
    <message>
        <source>Citizenships as country codes</source>
        <translation>Medborgarskap som landskoder</translation>
    </message>
    <message>
        <source>country codes, e.g. NG, FI</source>
        <translation>landskoder, t.ex. NG, FI</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>Languages as language codes</source>
        <translation>Språk som språkkoder</translation>
    </message>
    <message>
        <source>language codes, e.g. en, tgl</source>
        <translation>språkkoder, t.ex. en, tgl</translation>
    </message>
    <message>
        <source>An interpreter is n&amp;eeded</source>
        <translation>T&amp;olk behövs</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tel&amp;efon:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Municipality of residence:</source>
        <translation>&amp;Hemkommun:</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>empty if none</source>
        <translation>tomt om ingen</translation>
    </message>
    <message>
        <source>Residence &amp;status:</source>
        <translation>&amp;Uppehållsstatus:</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Uppehållsstatus</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Verksamhetsställe:</translation>
    </message>
    <message>
        <source>Office that takes the case</source>
        <translation>Verksamhetsställe som tar ärendet</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>Hand&amp;läggare:</translation>
    </message>
    <message>
        <source>Worker assigned to the case</source>
        <translation>Handläggare för ärendet</translation>
    </message>
</context>
<context>
    <name>majakka::ui::RecordHeader</name>
    <message>
        <source>Serious threat recorded on %1: the police notice is not recorded yet.</source>
        <translation>Allvarligt hot antecknat %1: anmälan till polisen har ännu inte antecknats.</translation>
    </message>
    <message>
        <source>Serious threat recorded on %1; the police were notified.</source>
        <translation>Allvarligt hot antecknat %1; polisen har underrättats.</translation>
    </message>
    <message>
        <source>The reflection period ends on %1 (%2).</source>
        <translation>Betänketiden slutar %1 (%2).</translation>
    </message>
    <message>
        <source>Assistance ended on %1. The record is read-only until the case is reopened.</source>
        <translation>Hjälpen avslutades %1. Uppgifterna kan bara läsas tills ärendet öppnas igen.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Observera</translation>
    </message>
    <message>
        <source>no number yet</source>
        <translation>inget nummer ännu</translation>
    </message>
    <message>
        <source>Assistance ended</source>
        <translation>Hjälpen avslutad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>no worker assigned</source>
        <translation>ingen handläggare utsedd</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Handläggare: %1</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ReferralPage</name>
    <message>
        <source>Type the date of the referral.</source>
        <translation>Skriv förslagets datum.</translation>
    </message>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation>Inte ett datum. Skriv det som %1.</translation>
    </message>
    <message>
        <source>Choose who proposed the admission.</source>
        <translation>Välj vem som lade fram förslaget.</translation>
    </message>
    <message>
        <source>Type a first name or an alias: that is enough for now.</source>
        <translation>Skriv ett förnamn eller ett alias: det räcker nu.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Förslag om att tas in i hjälpsystemet</translation>
    </message>
    <message>
        <source>Step 1 of 3: what the call or message gave.</source>
        <translation>Steg 1 av 3: vad samtalet eller meddelandet gav.</translation>
    </message>
    <message>
        <source>Record the referral as it came. A first name or an alias is enough for the person; the rest can be added in the record later. The person&apos;s consent is needed before their details are recorded.</source>
        <translation>För in förslaget som det kom. Ett förnamn eller ett alias räcker för personen; resten kan läggas till i klientens uppgifter senare. Personens samtycke behövs innan hens uppgifter förs in.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Förslagets datum</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>How the referral came</source>
        <translation>Hur förslaget kom</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>Föreslaget a&amp;v:</translation>
    </message>
    <message>
        <source>Who proposed the admission</source>
        <translation>Vem som lade fram förslaget</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>&amp;Emergency: help is needed at once</source>
        <translation>&amp;Brådskande: hjälp behövs genast</translation>
    </message>
    <message>
        <source>Referrer&apos;s &amp;organisation:</source>
        <translation>Förslagsställarens &amp;organisation:</translation>
    </message>
    <message>
        <source>Referrer&apos;s organisation</source>
        <translation>Förslagsställarens organisation</translation>
    </message>
    <message>
        <source>Referrer&apos;s &amp;contact:</source>
        <translation>Förslagsställarens kont&amp;akt:</translation>
    </message>
    <message>
        <source>Referrer&apos;s contact person or number</source>
        <translation>Förslagsställarens kontaktperson eller nummer</translation>
    </message>
    <message>
        <source>&amp;First name or alias:</source>
        <translation>Förnamn eller a&amp;lias:</translation>
    </message>
    <message>
        <source>First name or alias of the person</source>
        <translation>Personens förnamn eller alias</translation>
    </message>
    <message>
        <source>F&amp;amily name:</source>
        <translation>Efte&amp;rnamn:</translation>
    </message>
    <message>
        <source>Family name of the person, if known</source>
        <translation>Personens efternamn, om det är känt</translation>
    </message>
    <message>
        <source>if known</source>
        <translation>om känt</translation>
    </message>
</context>
<context>
    <name>majakka::ui::SectionView</name>
    <message>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
    </message>
</context>
<context>
    <name>majakka::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation>&amp;Lås automatiskt efter:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without use before Majakka locks itself</source>
        <translation>Minuter utan användning innan Majakka låser sig</translation>
    </message>
    <message>
        <source>Majakka locks itself when the keyboard and mouse have not been used for this many minutes. This setting is kept in the database.</source>
        <translation>Majakka låser sig när tangentbordet och musen inte har använts på så här många minuter. Inställningen sparas i databasen.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language is kept on this computer only.</source>
        <translation>Språket sparas bara på den här datorn.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Only an administrator can change the lock time of this database.</source>
        <translation>Bara en administratör kan ändra låstiden för den här databasen.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::UnlockDialog</name>
    <message>
        <source>Unlock Majakka</source>
        <translation>Lås upp Majakka</translation>
    </message>
    <message>
        <source>Majakka is locked. Enter your user name and passphrase to open the database.</source>
        <translation>Majakka är låst. Ange ditt användarnamn och din lösenfras för att öppna databasen.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Databasens plats</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>May be left empty if you are the only user</source>
        <translation>Kan lämnas tomt om du är den enda användaren</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>Skapa en &amp;ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Öppna en annan databas…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Databasen öppnas…</translation>
    </message>
    <message>
        <source>Open a Majakka database</source>
        <translation>Öppna en Majakka-databas</translation>
    </message>
    <message>
        <source>Majakka databases (*.db);;All files (*)</source>
        <translation>Majakka-databaser (*.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>This database has more than one user. Enter your user name.</source>
        <translation>Databasen har flera användare. Ange ditt användarnamn.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::UserFieldDialog</name>
    <message>
        <source>Use at most %1 characters, with no line breaks or other control characters.</source>
        <translation>Använd högst %1 tecken, utan radbrytningar eller andra styrtecken.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Byt namn på %1</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Nytt &amp;användarnamn:</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>Nytt användarnamn</translation>
    </message>
    <message>
        <source>They sign in with the new name and the same passphrase.</source>
        <translation>Hen loggar in med det nya namnet och samma lösenfras.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Roll för %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>The new role applies from their next sign-in.</source>
        <translation>Den nya rollen gäller från nästa inloggning.</translation>
    </message>
    <message>
        <source>Office of %1</source>
        <translation>Verksamhetsställe för %1</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Verksamhetsställe:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>majakka::ui::UsersPage</name>
    <message>
        <source>No office</source>
        <translation>Inget verksamhetsställe</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Ta bort användare</translation>
    </message>
    <message>
        <source>Remove the user %1? They can no longer sign in. What they recorded stays, and so do the audit entries under their name.</source>
        <translation>Ta bort användaren %1? Hen kan inte längre logga in. Det hen har fört in finns kvar, liksom loggposterna i hens namn.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Who may open this database and what each may do. A new user signs in with the passphrase you give them here; changes of role apply from their next sign-in.</source>
        <translation>Vem som får öppna den här databasen och vad var och en får göra. En ny användare loggar in med lösenfrasen du ger hen här; en ändrad roll gäller från hens nästa inloggning.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Lägg till användare…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Ändra &amp;roll…</translation>
    </message>
    <message>
        <source>Change o&amp;ffice…</source>
        <translation>Ändra &amp;verksamhetsställe…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
</context>
</TS>
