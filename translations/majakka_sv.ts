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
    <name>CaseDocumentPdf</name>
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
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Everything held about a client</source>
        <translation>Allt som har sparats om klienten</translation>
    </message>
    <message>
        <source>Assistance System for Victims of Human Trafficking · for the client&apos;s access request</source>
        <translation>Hjälpsystemet för offer för människohandel · för klientens begäran om registerutdrag</translation>
    </message>
    <message>
        <source>%1, client number %2. Exported on %3 by %4.</source>
        <translation>%1, klientnummer %2. Exporterad %3 av %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Majakka keeps the record in an encrypted database. This copy is not encrypted: keep it safe, and give it to the client only.</source>
        <translation>Majakka förvarar uppgifterna i en krypterad databas. Den här kopian är inte krypterad: förvara den säkert och ge den endast till klienten.</translation>
    </message>
    <message>
        <source>Values as written</source>
        <translation>Sparade värden</translation>
    </message>
    <message>
        <source>Every value written to the record, oldest first, with who wrote it. Earlier values are kept: the history of a record is never rewritten.</source>
        <translation>Varje värde som har skrivits in, det äldsta först, och vem som skrev det. Tidigare värden finns kvar: uppgifternas historik skrivs aldrig om.</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(tömt)</translation>
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
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value written</source>
        <translation>Inskrivet värde</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Granskningsspår</translation>
    </message>
    <message>
        <source>Every time the record was opened, changed, printed or exported, oldest first. The audit log cannot be changed.</source>
        <translation>Varje gång uppgifterna har öppnats, ändrats, skrivits ut eller exporterats, den äldsta först. Loggen kan inte ändras.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Majakka · %1</source>
        <translation>Majakka · %1</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>Case summary</source>
        <translation>Sammanfattning av ärendet</translation>
    </message>
    <message>
        <source>%1 · client number %2</source>
        <translation>%1 · klientnummer %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Confidential. Printed on %1 for a meeting of the Assistance System for Victims of Human Trafficking. Do not leave it lying about; shred it after the meeting.</source>
        <translation>Konfidentiellt. Utskrivet %1 för ett möte inom Hjälpsystemet för offer för människohandel. Lämna det inte framme; förstör det i en dokumentförstörare efter mötet.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (ålder %2)</translation>
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
        <source>Residence status:</source>
        <translation>Vistelsestatus:</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>Boende:</translation>
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
        <source>Assistance:</source>
        <translation>Hjälpen:</translation>
    </message>
    <message>
        <source>ended on %1 (%2)</source>
        <translation>avslutad %1 (%2)</translation>
    </message>
    <message>
        <source>goes on</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>Falls due</source>
        <translation>Kommande tidsfrister</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 90 days.</source>
        <translation>Inga tidsfrister inom de närmaste 90 dagarna.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Support measures that ended or were declined are not listed.</source>
        <translation>Avslutade stödåtgärder och stödåtgärder som klienten har avböjt visas inte.</translation>
    </message>
    <message numerus="yes">
        <source>The %n latest contact(s) at most.</source>
        <translation>
            <numerusform>Högst den %n senaste kontakten.</numerusform>
            <numerusform>Högst de %n senaste kontakterna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Majakka · %1</source>
        <translation>Majakka · %1</translation>
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
    <message>
        <source>A sync package (.majakka-sync) to import: its preview opens after unlocking, or in the Majakka window that has the database open already.</source>
        <translation>Ett synkroniseringspaket (.majakka-sync) att importera: förhandsvisningen öppnas efter upplåsningen, eller i det Majakka-fönster där databasen redan är öppen.</translation>
    </message>
    <message>
        <source>Give at most one sync package to open.</source>
        <translation>Ange högst ett synkroniseringspaket att öppna.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Deleted on one device, changed on another</source>
        <translation>Raderad på en enhet, ändrad på en annan</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Radera klientuppgiften</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>Behåll klientuppgiften</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Den här enheten</translation>
    </message>
    <message>
        <source>This device (%1)</source>
        <translation>Den här enheten (%1)</translation>
    </message>
    <message>
        <source>An unknown device</source>
        <translation>En okänd enhet</translation>
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
    <name>DeviceText</name>
    <message>
        <source>The cases assigned to %1 in the %2 office</source>
        <translation>Ärendena som tilldelats %1 vid verksamhetsstället %2</translation>
    </message>
    <message>
        <source>The cases assigned to %1</source>
        <translation>Ärendena som tilldelats %1</translation>
    </message>
    <message>
        <source>The cases of the %1 office</source>
        <translation>Ärendena vid verksamhetsstället %1</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
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
    <name>FieldText</name>
    <message numerus="yes">
        <source>An identity code has 11 characters, such as 131052-308T; this has %n.</source>
        <translation>
            <numerusform>En personbeteckning har 11 tecken, till exempel 131052-308T; den här har %n.</numerusform>
            <numerusform>En personbeteckning har 11 tecken, till exempel 131052-308T; den här har %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first six characters are the birth date as digits, DDMMYY.</source>
        <translation>De sex första tecknen är födelsedatumet i siffror, DDMMÅÅ.</translation>
    </message>
    <message>
        <source>The seventh character is the century sign: + for the 1800s, - Y X W V U for the 1900s, A to F for the 2000s (capital letters).</source>
        <translation>Det sjunde tecknet är sekelmarkören: + för 1800-talet, - Y X W V U för 1900-talet, A–F för 2000-talet (versaler).</translation>
    </message>
    <message>
        <source>DDMMYY with its century sign is not a real date.</source>
        <translation>DDMMÅÅ med sekelmarkören är inte ett verkligt datum.</translation>
    </message>
    <message>
        <source>The individual number (characters 8 to 10) is three digits from 002 to 999.</source>
        <translation>Individnumret (tecken 8–10) är tre siffror från 002 till 999.</translation>
    </message>
    <message>
        <source>The check character (the last one) should be %1 for the rest of this code, not %2.</source>
        <translation>Kontrolltecknet (det sista) ska vara %1 för resten av den här beteckningen, inte %2.</translation>
    </message>
    <message numerus="yes">
        <source>Not a user name: at most %n bytes, without control characters.</source>
        <translation>
            <numerusform>Inte ett användarnamn: högst %n byte, utan styrtecken.</numerusform>
            <numerusform>Inte ett användarnamn: högst %n byte, utan styrtecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>A phone number has 5 to 20 digits and may hold spaces and + - ( ), such as +358 40 123 4567.</source>
        <translation>Ett telefonnummer har 5–20 siffror och kan innehålla mellanslag och + - ( ), till exempel +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Not an e-mail address: write it as name@example.fi.</source>
        <translation>Inte en e-postadress: skriv den som namn@exempel.fi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code: use two letters, such as FI or RU.</source>
        <translation>&quot;%1&quot; är inte en landskod: använd två bokstäver, till exempel FI eller RU.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the list twice.</source>
        <translation>&quot;%1&quot; finns två gånger i listan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code: use two or three letters, such as fi, ru or tgl.</source>
        <translation>&quot;%1&quot; är inte en språkkod: använd två eller tre bokstäver, till exempel fi, ru eller tgl.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation>Beslut om att tas in</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Överklagande</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Utnyttjande</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Bedömning av servicebehov</translation>
    </message>
    <message>
        <source>Support measure</source>
        <translation>Stödåtgärd</translation>
    </message>
    <message>
        <source>Reflection period</source>
        <translation>Betänketid</translation>
    </message>
    <message>
        <source>Residence matter</source>
        <translation>Uppehållsärende</translation>
    </message>
    <message>
        <source>Legal step</source>
        <translation>Rättsligt steg</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Utlämnande av uppgifter</translation>
    </message>
    <message>
        <source>Serious threat</source>
        <translation>Allvarligt hot</translation>
    </message>
    <message>
        <source>End of assistance</source>
        <translation>Hjälpens upphörande</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>Återöppning</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Klientnummer</translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation>Klienttyp</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Andra namn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Välfärdsområde</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Vistelsestatus</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
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
        <source>Parent</source>
        <translation>Förälder</translation>
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
        <source>Referral followed</source>
        <translation>Förslag gjordes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Förslagsställare</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Mottagen via</translation>
    </message>
    <message>
        <source>Emergency referral</source>
        <translation>Brådskande förslag</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>Föreslående organisation</translation>
    </message>
    <message>
        <source>Referrer&apos;s contact details</source>
        <translation>Förslagsställarens kontaktuppgifter</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grunder</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Domstol</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Avgjort den</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Former av utnyttjande</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>In Finland</source>
        <translation>I Finland</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Exploitation began</source>
        <translation>Utnyttjandet började</translation>
    </message>
    <message>
        <source>Exploitation ended</source>
        <translation>Utnyttjandet slutade</translation>
    </message>
    <message>
        <source>Means of control</source>
        <translation>Kontrollmedel</translation>
    </message>
    <message>
        <source>Relation to the exploiter</source>
        <translation>Relation till förövaren</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Klienten godkände</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Ny bedömning</translation>
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
        <source>Granted by</source>
        <translation>Beviljad av</translation>
    </message>
    <message>
        <source>Residence permit applied for</source>
        <translation>Uppehållstillstånd sökt</translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation>Beslut väntas</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Rättegångsdag</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation>Tolk användes</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Vad det gäller</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Till vem</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>Vad som lämnades ut</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Police notified on</source>
        <translation>Anmält till polisen den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Avslutades den</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Orsak till att den avslutades</translation>
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
        <source>The whole record (deleted)</source>
        <translation>Hela klientuppgiften (raderad)</translation>
    </message>
    <message>
        <source>%1 (the whole entry)</source>
        <translation>%1 (hela posten)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(inget värde)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte raderad</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Finns</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagen</translation>
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
    <name>PdfLayout</name>
    <message>
        <source>Page %1</source>
        <translation>Sida %1</translation>
    </message>
</context>
<context>
    <name>PlaintextExport</name>
    <message>
        <source>The file will not be encrypted</source>
        <translation>Filen krypteras inte</translation>
    </message>
    <message>
        <source>Majakka keeps its records in an encrypted database. The file you are about to save is not encrypted: anyone who can open the place you save it to can read it.</source>
        <translation>Majakka förvarar uppgifterna i en krypterad databas. Filen som du är på väg att spara är inte krypterad: vem som helst som kommer åt platsen där du sparar den kan läsa den.</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Välj var filen sparas…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mapp</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Markera allt</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Stega uppåt</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Stega &amp;nedåt</translation>
    </message>
</context>
<context>
    <name>QAccessibleActionInterface</name>
    <message>
        <source>Press</source>
        <translation>Tryck</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Öka</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Minska</translation>
    </message>
    <message>
        <source>ShowMenu</source>
        <translation>VisaMeny</translation>
    </message>
    <message>
        <source>SetFocus</source>
        <translation>SättFokus</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Växla</translation>
    </message>
    <message>
        <source>Scroll Left</source>
        <translation>Rulla åt vänster</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Rulla åt höger</translation>
    </message>
    <message>
        <source>Scroll Up</source>
        <translation>Rulla uppåt</translation>
    </message>
    <message>
        <source>Scroll Down</source>
        <translation>Rulla nedåt</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Triggers the action</source>
        <translation>Utlöser åtgärden</translation>
    </message>
    <message>
        <source>Increase the value</source>
        <translation>Ökar värdet</translation>
    </message>
    <message>
        <source>Decrease the value</source>
        <translation>Minskar värdet</translation>
    </message>
    <message>
        <source>Shows the menu</source>
        <translation>Visar menyn</translation>
    </message>
    <message>
        <source>Sets the focus</source>
        <translation>Sätter fokus</translation>
    </message>
    <message>
        <source>Toggles the state</source>
        <translation>Växlar tillståndet</translation>
    </message>
    <message>
        <source>Scrolls to the left</source>
        <translation>Rullar åt vänster</translation>
    </message>
    <message>
        <source>Scrolls to the right</source>
        <translation>Rullar åt höger</translation>
    </message>
    <message>
        <source>Scrolls up</source>
        <translation>Rullar uppåt</translation>
    </message>
    <message>
        <source>Scrolls down</source>
        <translation>Rullar nedåt</translation>
    </message>
    <message>
        <source>Goes back a page</source>
        <translation>Går tillbaka en sida</translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation>Går till nästa sida</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation>Sant</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falskt</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Öppna kombinationsrutans lista</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Slut:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Försättsblad</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Natt (18.00–05.59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Viss tid</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Faktureringsinformation:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Schemalagd utskrift:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Hemlig</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Kvalificerat hemlig</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Början:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dag (06.00–17.59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Andra skiftet (16.00–23.59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Jobbhantering</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Helg (lördag till söndag)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Sekretessbelagd</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Tredje skiftet (00.00–07.59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Håll kvar tills vidare</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Skriv ut genast</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Konfidentiell</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Jobbprioritet:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Oklassificerad</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Visa </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>”%1” är skrivskyddad.
Vill du ta bort den ändå?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Vill du verkligen ta bort ”%1”?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista över platser och bokmärken</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmapp</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Skapa en ny mapp</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filer av typen:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Sök mapp</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Mappen hittades inte.
Kontrollera att rätt mappnamn angavs.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidopanel</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mappar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Det gick inte att ta bort mappen.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finns redan.
Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå framåt</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå till den överordnade mappen</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tillbaka</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Byt till detaljerad vy</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genväg</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljerad vy</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen hittades inte.
Kontrollera att rätt filnamn angavs.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Byt till listvy</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Ogiltigt filnamn</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Namnet ”%1” kan inte användas.&lt;/b&gt;&lt;p&gt;Försök med ett annat namn, med färre tecken eller utan skiljetecken.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp u&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
    </message>
</context>
<context>
    <name>QPPDOptionsModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>nedre marginal</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Papperskälla:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>höger marginal</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marginaler</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Sidlayout</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Bredd:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Sidordning:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>övre marginal</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>vänster marginal</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Sidstorlek:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Omvänt stående</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeter (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Punkter (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Sidor per ark:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Tum (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Omvänt liggande</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höjd:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Jämna sidor</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Alternativ &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Alternativ &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Vänster till höger, uppifrån och ned</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Höger till vänster, nedifrån och upp</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Skriv PDF-fil</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Alternativen ”Sidor per ark” och ”Sidurval” kan inte användas samtidigt.
Stäng av ett av dem.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 finns redan.
Vill du skriva över den?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Vänster till höger, nedifrån och upp</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Udda sidor</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokal fil</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Skriv ut till fil (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Skriv ut till fil…</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Ogiltigt sidintervall</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 följer inte rätt syntax. Skilj sidor och intervall åt med ”,”, ange intervall med ”-” och se till att intervallen inte överlappar varandra.</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Höger till vänster, uppifrån och ned</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Nedifrån och upp, vänster till höger</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Värdet ”Från” kan inte vara större än värdet ”Till”.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Alla sidor</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 är en mapp.
Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Det går inte att skriva till filen %1.
Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Nedifrån och upp, höger till vänster</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Uppifrån och ned, vänster till höger</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Uppifrån och ned, höger till vänster</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Konflikter i avancerade alternativ</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Jobbalternativ</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Några avancerade alternativ står i konflikt med varandra. Vill du rätta dem?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Skrivaregenskaper</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Några alternativ står i konflikt med varandra. Rätta dem.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancerat</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Skriv ut allt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Aktuell sida</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Långsidan</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopior</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Utskriftsintervall</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Färgläge</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Utskriftsinställningar</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Omvänd ordning</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Gråskala</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Kortsidan</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Sortera</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Kopior:</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Ange sidor eller intervall åtskilda med kommatecken. Ett intervall anges med två tal och ett bindestreck emellan. Till exempel skriver 3,5-7,9 ut sidorna 3, 5, 6, 7 och 9.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Sidor från</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Sidurval:</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>Dubbelsidig utskrift</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Utdata&amp;fil:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Plats:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Rulla hit</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Vänsterkant</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Överkant</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Högerkant</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Nederkant</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>En sida åt vänster</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>En sida uppåt</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>En sida åt höger</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>En sida nedåt</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Rulla åt vänster</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Rulla uppåt</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Rulla åt höger</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Rulla nedåt</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backsteg</translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation>Bakåttabb</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vänsterpil</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Högerpil</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Uppil</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nedpil</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Num</source>
        <translation>Num</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Skift</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Blanksteg</translation>
    </message>
    <message>
        <source>SysReq</source>
        <translation>SysReq</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>CapsLock</source>
        <translation>CapsLock</translation>
    </message>
    <message>
        <source>NumLock</source>
        <translation>NumLock</translation>
    </message>
    <message>
        <source>ScrollLock</source>
        <translation>ScrollLock</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Rulla åt vänster</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Rulla åt höger</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp u&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
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
        <source>Residence status:</source>
        <translation>Vistelsestatus:</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>Boende:</translation>
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
        <source>Parent (client id):</source>
        <translation>Förälder (klientens id):</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Klientens id:</translation>
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
        <source>No contact details are recorded.</source>
        <translation>Inga kontaktuppgifter har antecknats.</translation>
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
        <source>No admission decision has been made yet.</source>
        <translation>Beslut om att tas in har ännu inte fattats.</translation>
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
        <source>The needs have not been assessed yet.</source>
        <translation>Servicebehovet har ännu inte bedömts.</translation>
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
        <source>Support measures</source>
        <translation>Stödåtgärder</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Stödåtgärd</translation>
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
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>No support measure is recorded.</source>
        <translation>Ingen stödåtgärd har antecknats.</translation>
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
        <source>No residence matter is recorded.</source>
        <translation>Inga uppehållsärenden har antecknats.</translation>
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
    <name>RecordParts</name>
    <message>
        <source>Referral</source>
        <translation>Förslag om att tas in i hjälpsystemet</translation>
    </message>
    <message>
        <source>No referral is recorded.</source>
        <translation>Inget förslag har antecknats.</translation>
    </message>
    <message>
        <source>&amp;Record the referral…</source>
        <translation>&amp;Anteckna förslaget…</translation>
    </message>
    <message>
        <source>Edit the re&amp;ferral…</source>
        <translation>Redigera &amp;förslaget…</translation>
    </message>
    <message>
        <source>Remove the referral</source>
        <translation>Ta bort förslaget</translation>
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
        <source>Admission decision</source>
        <translation>Beslut om att tas in</translation>
    </message>
    <message>
        <source>No admission decision has been made yet.</source>
        <translation>Beslut om att tas in har ännu inte fattats.</translation>
    </message>
    <message>
        <source>Record the admission &amp;decision…</source>
        <translation>Anteckna &amp;beslutet om att tas in…</translation>
    </message>
    <message>
        <source>Edit the admission &amp;decision…</source>
        <translation>Redigera &amp;beslutet om att tas in…</translation>
    </message>
    <message>
        <source>Remove the admission decision</source>
        <translation>Ta bort beslutet om att tas in</translation>
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
        <source>The decision has not been appealed.</source>
        <translation>Beslutet har inte överklagats.</translation>
    </message>
    <message>
        <source>Record an &amp;appeal…</source>
        <translation>Anteckna ett &amp;överklagande…</translation>
    </message>
    <message>
        <source>Edit the &amp;appeal…</source>
        <translation>Redigera &amp;överklagandet…</translation>
    </message>
    <message>
        <source>Remove the appeal</source>
        <translation>Ta bort överklagandet</translation>
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
        <source>End of assistance</source>
        <translation>Hjälpens upphörande</translation>
    </message>
    <message>
        <source>The assistance goes on.</source>
        <translation>Hjälpen fortsätter.</translation>
    </message>
    <message>
        <source>E&amp;nd the assistance…</source>
        <translation>Avsluta &amp;hjälpen…</translation>
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
        <source>Re&amp;open the case…</source>
        <translation>Öppna ärendet &amp;igen…</translation>
    </message>
    <message>
        <source>Reopenings</source>
        <translation>Återöppningar</translation>
    </message>
    <message>
        <source>The case has not been reopened.</source>
        <translation>Ärendet har inte öppnats igen.</translation>
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
        <source>&amp;Record the exploitation…</source>
        <translation>&amp;Anteckna utnyttjandet…</translation>
    </message>
    <message>
        <source>&amp;Edit the exploitation…</source>
        <translation>&amp;Redigera utnyttjandet…</translation>
    </message>
    <message>
        <source>Re&amp;move the exploitation</source>
        <translation>Ta &amp;bort utnyttjandet</translation>
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
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Edit the person&apos;s details…</source>
        <translation>&amp;Redigera personuppgifterna…</translation>
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
        <source>Edit contact &amp;details…</source>
        <translation>Redigera &amp;kontaktuppgifterna…</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
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
        <source>Change office or &amp;worker…</source>
        <translation>Byt verksamhetsställe eller &amp;handläggare…</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded</source>
        <translation>
            <numerusform>%n antecknad</numerusform>
            <numerusform>%n antecknade</numerusform>
        </translation>
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
    <message>
        <source>Contacts:</source>
        <translation>Kontakter:</translation>
    </message>
    <message>
        <source>Assistance ended:</source>
        <translation>Hjälpen avslutad:</translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation>Barn och familj</translation>
    </message>
    <message>
        <source>Edit the &amp;family link…</source>
        <translation>Redigera &amp;familjelänken…</translation>
    </message>
    <message>
        <source>Kind of client:</source>
        <translation>Klienttyp:</translation>
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
        <source>&amp;Open the parent&apos;s record</source>
        <translation>&amp;Öppna förälderns klientuppgifter</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <source>No contact is recorded.</source>
        <translation>Inga kontakter har antecknats.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Lägg till kontakt…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Redigera kontakt…</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>Ta &amp;bort kontakt</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>&amp;Samtycken</translation>
    </message>
    <message>
        <source>Nothing is given against the client&apos;s will. The latest record on or before a day decides whether consent is in force.</source>
        <translation>Ingenting ges mot klientens vilja. Den senaste anteckningen på eller före en dag avgör om samtycket gäller.</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Inga samtycken har antecknats.</translation>
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
        <source>&amp;Add consent…</source>
        <translation>&amp;Lägg till samtycke…</translation>
    </message>
    <message>
        <source>Edit consent…</source>
        <translation>Redigera samtycke…</translation>
    </message>
    <message>
        <source>Remove consent</source>
        <translation>Ta bort samtycke</translation>
    </message>
    <message>
        <source>&amp;Disclosures</source>
        <translation>&amp;Utlämnanden av uppgifter</translation>
    </message>
    <message>
        <source>Nothing about a client is told to anyone without a basis. Each disclosure is recorded here.</source>
        <translation>Ingenting om en klient berättas för någon utan grund. Varje utlämnande antecknas här.</translation>
    </message>
    <message>
        <source>No disclosure is recorded.</source>
        <translation>Inga utlämnanden har antecknats.</translation>
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
        <source>Add d&amp;isclosure…</source>
        <translation>Lägg till utlä&amp;mnande…</translation>
    </message>
    <message>
        <source>Edit disclosure…</source>
        <translation>Redigera utlämnande…</translation>
    </message>
    <message>
        <source>Remove disclosure</source>
        <translation>Ta bort utlämnande</translation>
    </message>
    <message>
        <source>Serious &amp;threats</source>
        <translation>&amp;Allvarliga hot</translation>
    </message>
    <message>
        <source>A serious threat to the life, health or freedom of the client, a worker or another victim must be notified to the police.</source>
        <translation>Ett allvarligt hot mot klientens, en anställds eller ett annat offers liv, hälsa eller frihet ska anmälas till polisen.</translation>
    </message>
    <message>
        <source>No serious threat is recorded.</source>
        <translation>Inga allvarliga hot har antecknats.</translation>
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
        <source>Add serious t&amp;hreat…</source>
        <translation>Lägg till allvarligt &amp;hot…</translation>
    </message>
    <message>
        <source>Edit serious threat…</source>
        <translation>Redigera allvarligt hot…</translation>
    </message>
    <message>
        <source>Remove serious threat</source>
        <translation>Ta bort allvarligt hot</translation>
    </message>
    <message>
        <source>Not notified yet</source>
        <translation>Inte anmält ännu</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Bedömning av servicebehov</translation>
    </message>
    <message>
        <source>The needs have not been assessed yet.</source>
        <translation>Servicebehovet har ännu inte bedömts.</translation>
    </message>
    <message>
        <source>Record the &amp;needs assessment…</source>
        <translation>Anteckna bedömningen av ser&amp;vicebehov…</translation>
    </message>
    <message>
        <source>Edit the &amp;needs assessment…</source>
        <translation>Redigera bedömningen av ser&amp;vicebehov…</translation>
    </message>
    <message>
        <source>Remove the needs assessment</source>
        <translation>Ta bort bedömningen av servicebehov</translation>
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
        <source>&amp;Support measures</source>
        <translation>&amp;Stödåtgärder</translation>
    </message>
    <message>
        <source>No support measure is recorded.</source>
        <translation>Inga stödåtgärder har antecknats.</translation>
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
        <source>&amp;Add support measure…</source>
        <translation>&amp;Lägg till stödåtgärd…</translation>
    </message>
    <message>
        <source>Ed&amp;it support measure…</source>
        <translation>Red&amp;igera stödåtgärd…</translation>
    </message>
    <message>
        <source>Re&amp;move support measure</source>
        <translation>Ta &amp;bort stödåtgärd</translation>
    </message>
    <message>
        <source>&amp;Reflection periods</source>
        <translation>&amp;Betänketider</translation>
    </message>
    <message>
        <source>For a victim staying without a permit: time to recover and decide whether to cooperate with the police. Removal from the country is barred meanwhile.</source>
        <translation>För ett offer som vistas utan tillstånd: tid att återhämta sig och bestämma om samarbete med polisen. Avlägsnande ur landet är under tiden förbjudet.</translation>
    </message>
    <message>
        <source>No reflection period is recorded.</source>
        <translation>Ingen betänketid har antecknats.</translation>
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
        <source>Add reflection &amp;period…</source>
        <translation>&amp;Lägg till betänketid…</translation>
    </message>
    <message>
        <source>Edit reflection period…</source>
        <translation>Redigera betänketid…</translation>
    </message>
    <message>
        <source>Remove reflection period</source>
        <translation>Ta bort betänketid</translation>
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
        <source>Residence ma&amp;tters</source>
        <translation>&amp;Uppehållsärenden</translation>
    </message>
    <message>
        <source>No residence matter is recorded.</source>
        <translation>Inga uppehållsärenden har antecknats.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Ärende</translation>
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
        <source>Add residence &amp;matter…</source>
        <translation>Lägg till uppehålls&amp;ärende…</translation>
    </message>
    <message>
        <source>Edit residence matter…</source>
        <translation>Redigera uppehållsärende…</translation>
    </message>
    <message>
        <source>Remove residence matter</source>
        <translation>Ta bort uppehållsärende</translation>
    </message>
    <message>
        <source>&amp;Legal steps</source>
        <translation>&amp;Rättsliga steg</translation>
    </message>
    <message>
        <source>Assistance does not depend on the criminal process; reporting an offence is the client&apos;s choice.</source>
        <translation>Hjälpen är inte beroende av brottsprocessen; att anmäla ett brott är klientens eget val.</translation>
    </message>
    <message>
        <source>No legal step is recorded.</source>
        <translation>Inga rättsliga steg har antecknats.</translation>
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
        <source>&amp;Add legal step…</source>
        <translation>&amp;Lägg till rättsligt steg…</translation>
    </message>
    <message>
        <source>&amp;Edit legal step…</source>
        <translation>Re&amp;digera rättsligt steg…</translation>
    </message>
    <message>
        <source>Re&amp;move legal step</source>
        <translation>Ta &amp;bort rättsligt steg</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Förälder:</translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation>klientens id %1</translation>
    </message>
    <message>
        <source>The underage children of a victim are clients in their own right, each linked to the parent&apos;s record, and listed below it. A child who turns 18 needs an admission decision of their own.</source>
        <translation>Ett offers minderåriga barn är själva klienter, var och en länkad till förälderns klientuppgifter och listad nedan. Ett barn som fyller 18 behöver ett eget beslut om att tas in.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>(no name recorded)</source>
        <translation>(inget namn antecknat)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
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
    <name>StatisticsChart</name>
    <message>
        <source>* A count of this category is suppressed in at least one of the periods and has no bar; the table gives the counts.</source>
        <translation>* Ett antal i den här kategorin är sekretessbelagt under minst en av perioderna och har ingen stapel; tabellen visar antalen.</translation>
    </message>
</context>
<context>
    <name>StatisticsPdf</name>
    <message>
        <source>Majakka · statistics %1</source>
        <translation>Majakka · statistik %1</translation>
    </message>
    <message>
        <source>Half-year statistics: %1</source>
        <translation>Halvårsstatistik: %1</translation>
    </message>
    <message>
        <source>Statistics: %1</source>
        <translation>Statistik: %1</translation>
    </message>
    <message>
        <source>Assistance System for Victims of Human Trafficking</source>
        <translation>Hjälpsystemet för offer för människohandel</translation>
    </message>
    <message>
        <source>Clients of the Assistance System in %1, compared with %2. Made with Majakka %3 on %4.</source>
        <translation>Hjälpsystemets klienter under %1, jämfört med %2. Sammanställd med Majakka %3 den %4.</translation>
    </message>
    <message>
        <source>Suppression rule</source>
        <translation>Skydd av små tal</translation>
    </message>
    <message>
        <source>No figure in this report points to a person: it holds no names, no free text and no dates finer than the period. Where a count is suppressed, the tables say “%1”.</source>
        <translation>Inget tal i den här rapporten pekar ut en person: den innehåller inga namn, ingen fritext och inga datum som är noggrannare än perioden. Där ett antal är sekretessbelagt står det ”%1” i tabellerna.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Hur talen har räknats</translation>
    </message>
    <message>
        <source>New clients are the admission decisions “admitted” dated in the period. Age is counted on the day of the decision; a birth date known only by its year counts as 1 July. Citizenship is the first one recorded. A client exploited in more than one way counts under each form, so the forms can add up to more than the total.</source>
        <translation>Nya klienter är besluten ”intagen i hjälpsystemet” som fattats under perioden. Åldern räknas på beslutsdagen; är bara födelseåret känt räknas den 1 juli. Medborgarskapet är det som har antecknats först. En klient som har utnyttjats på flera sätt räknas under varje form, så formerna kan tillsammans bli fler än totalen.</translation>
    </message>
    <message>
        <source>Clients within services are those admitted by the last day of the period whose assistance had not ended on it. Ends of assistance include ends that a later reopening cancelled.</source>
        <translation>Klienter inom tjänsterna är de som har tagits in senast periodens sista dag och vars hjälp inte hade avslutats den dagen. Avslutad hjälp omfattar även avslut som en senare återöppning upphävde.</translation>
    </message>
    <message>
        <source>Half-year statistics %1</source>
        <translation>Halvårsstatistik %1</translation>
    </message>
</context>
<context>
    <name>StatisticsText</name>
    <message>
        <source>Clients within services at the end of the period</source>
        <translation>Klienter inom tjänsterna vid periodens slut</translation>
    </message>
    <message>
        <source>New clients admitted</source>
        <translation>Nya klienter</translation>
    </message>
    <message>
        <source>New clients by gender</source>
        <translation>Nya klienter efter kön</translation>
    </message>
    <message>
        <source>New clients by age</source>
        <translation>Nya klienter efter ålder</translation>
    </message>
    <message>
        <source>New clients, adult or minor at admission</source>
        <translation>Nya klienter: vuxen eller minderårig vid intagningen</translation>
    </message>
    <message>
        <source>New clients, exploited in Finland or abroad</source>
        <translation>Nya klienter: utnyttjad i Finland eller utomlands</translation>
    </message>
    <message>
        <source>New clients by form of exploitation</source>
        <translation>Nya klienter efter form av utnyttjande</translation>
    </message>
    <message>
        <source>New clients in forced labour, by industry</source>
        <translation>Nya klienter i tvångsarbete, efter bransch</translation>
    </message>
    <message>
        <source>New clients by who proposed the admission</source>
        <translation>Nya klienter efter vem som föreslog intagningen</translation>
    </message>
    <message>
        <source>New clients by citizenship</source>
        <translation>Nya klienter efter medborgarskap</translation>
    </message>
    <message>
        <source>New clients by office</source>
        <translation>Nya klienter efter verksamhetsställe</translation>
    </message>
    <message>
        <source>Referrals not admitted</source>
        <translation>Förslag som inte ledde till intagning</translation>
    </message>
    <message>
        <source>Ends of assistance by reason</source>
        <translation>Avslutad hjälp efter orsak</translation>
    </message>
    <message>
        <source>Reflection periods granted, by who granted them</source>
        <translation>Beviljade betänketider efter vem som beviljade dem</translation>
    </message>
    <message>
        <source>Clients admitted since the first record</source>
        <translation>Klienter som har tagits in sedan den första anteckningen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Vuxen</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minderårig</translation>
    </message>
    <message>
        <source>In Finland</source>
        <translation>I Finland</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Utomlands</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Other EU and EEA countries</source>
        <translation>Andra EU- och EES-länder</translation>
    </message>
    <message>
        <source>Rest of Europe</source>
        <translation>Övriga Europa</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asien</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amerika</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oceanien</translation>
    </message>
    <message>
        <source>Other or not known</source>
        <translation>Annat eller okänt</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <comment>first month, last month, year</comment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>suppressed</source>
        <comment>a count hidden so that it cannot point to a person</comment>
        <translation>sekretessbelagd</translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are suppressed (threshold k = %2); zeros are published. Further counts are suppressed so that no suppressed count can be worked out from the totals, from the other tables or from the previous period: every sum holds no suppressed count or at least two, the suppressed parts of a published total add up to at least %2, and all the sums solved together fix no suppressed count. The previous period is shown exactly as its own report published it.</source>
        <translation>Antal från 1 till %1 sekretessbeläggs (tröskel k = %2); nollor publiceras. Därtill sekretessbeläggs andra antal så att inget sekretessbelagt antal kan räknas ut ur summorna, ur de andra tabellerna eller ur föregående period: varje summa innehåller inget eller minst två sekretessbelagda antal, de sekretessbelagda delarna av en publicerad summa är tillsammans minst %2, och inget sekretessbelagt antal blir bestämt när alla summor löses tillsammans. Föregående period visas exakt så som dess egen rapport publicerade den.</translation>
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
    <name>SyncErrorText</name>
    <message>
        <source>This sync package does not come from a device this database trusts, or that device was revoked. Nothing was imported.</source>
        <translation>Det här synkroniseringspaketet kommer inte från en enhet som den här databasen litar på, eller så har enheten återkallats. Ingenting importerades.</translation>
    </message>
    <message>
        <source>This sync package is damaged or was altered on the way. Nothing was imported.</source>
        <translation>Det här synkroniseringspaketet är skadat eller har ändrats på vägen. Ingenting importerades.</translation>
    </message>
    <message>
        <source>This file cannot be imported here. Nothing was imported.</source>
        <translation>Den här filen kan inte importeras här. Ingenting importerades.</translation>
    </message>
    <message>
        <source>The file was not found. Check its location.</source>
        <translation>Filen hittades inte. Kontrollera var den finns.</translation>
    </message>
    <message>
        <source>The fingerprint does not match this identity file. Compare it again with the device&apos;s owner. Nothing was enrolled.</source>
        <translation>Fingeravtrycket stämmer inte med den här identitetsfilen. Jämför det igen med enhetens ägare. Ingen enhet registrerades.</translation>
    </message>
    <message>
        <source>This is not a valid device identity file, or a value is not accepted. Nothing was enrolled.</source>
        <translation>Det här är ingen giltig identitetsfil för en enhet, eller så godtogs inte ett värde. Ingen enhet registrerades.</translation>
    </message>
    <message>
        <source>Nothing can be exported to this device. Nothing was written.</source>
        <translation>Ingenting kan exporteras till den här enheten. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>The sync data could not be verified.</source>
        <translation>Synkroniseringsuppgifterna kunde inte verifieras.</translation>
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
    <name>majakka::ui::AdmissionDialog</name>
    <message>
        <source>The decision cannot be before the referral (%1).</source>
        <translation>Beslutet kan inte vara före förslaget (%1).</translation>
    </message>
    <message>
        <source>Record the admission decision</source>
        <translation>Anteckna beslutet om att tas in</translation>
    </message>
    <message>
        <source>Edit the admission decision</source>
        <translation>Redigera beslutet om att tas in</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
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
        <source>Grounds</source>
        <translation>Grunder</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Beslutat &amp;av:</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutsfattare</translation>
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
    <name>majakka::ui::AppealDialog</name>
    <message>
        <source>The appeal cannot be before the decision it appeals (%1).</source>
        <translation>Överklagandet kan inte vara före beslutet som överklagas (%1).</translation>
    </message>
    <message>
        <source>An outcome from the court needs the date the court decided.</source>
        <translation>Ett utfall från domstolen behöver datumet då domstolen avgjorde.</translation>
    </message>
    <message>
        <source>The court cannot decide before the appeal was made.</source>
        <translation>Domstolen kan inte avgöra före överklagandet.</translation>
    </message>
    <message>
        <source>Record an appeal</source>
        <translation>Anteckna ett överklagande</translation>
    </message>
    <message>
        <source>Edit the appeal</source>
        <translation>Redigera överklagandet</translation>
    </message>
    <message>
        <source>&amp;Appealed on:</source>
        <translation>&amp;Överklagat den:</translation>
    </message>
    <message>
        <source>Date of the appeal</source>
        <translation>Överklagandets datum</translation>
    </message>
    <message>
        <source>Co&amp;urt:</source>
        <translation>&amp;Domstol:</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Domstol</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Avgjort den:</translation>
    </message>
    <message>
        <source>Date the court decided</source>
        <translation>Datum då domstolen avgjorde</translation>
    </message>
    <message>
        <source>Needed once the court has decided.</source>
        <translation>Krävs när domstolen har avgjort.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::AssignmentDialog</name>
    <message>
        <source>Office and worker</source>
        <translation>Verksamhetsställe och handläggare</translation>
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
        <source>&amp;Worker:</source>
        <translation>Hand&amp;läggare:</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>The user name of the worker the client is assigned to.</source>
        <translation>Användarnamnet för den handläggare som klienten är tilldelad.</translation>
    </message>
    <message>
        <source>A caseworker keeps the clients assigned to them: an office worker or an administrator can give the client another worker.</source>
        <translation>En handläggare behåller de klienter som tilldelats hen: en kontorsanställd eller en administratör kan ge klienten en annan handläggare.</translation>
    </message>
    <message>
        <source>An office worker keeps the client in their office: an administrator can move the client to another office.</source>
        <translation>En kontorsanställd behåller klienten vid sitt verksamhetsställe: en administratör kan flytta klienten till ett annat verksamhetsställe.</translation>
    </message>
    <message>
        <source>Your role does not allow changing the office or the worker.</source>
        <translation>Din roll tillåter inte att verksamhetsstället eller handläggaren byts.</translation>
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
    <name>majakka::ui::CaseSummaryDialog</name>
    <message>
        <source>Case summary: %1</source>
        <translation>Sammanfattning av ärendet: %1</translation>
    </message>
    <message>
        <source>For a meeting: what is printed leaves the encrypted store. The paper, the printer&apos;s queue and a saved PDF are not encrypted, and both printing and saving are written to the audit log. The summary leaves out the identity code, contact details and notes.</source>
        <translation>För ett möte: det som skrivs ut lämnar den krypterade databasen. Papperet, skrivarens kö och en sparad PDF är inte krypterade, och både utskrift och sparande skrivs i loggen. Sammanfattningen utelämnar personbeteckningen, kontaktuppgifterna och anteckningarna.</translation>
    </message>
    <message>
        <source>The case summary as it will be printed</source>
        <translation>Sammanfattningen så som den skrivs ut</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Skickad till skrivaren.</translation>
    </message>
    <message>
        <source>The file holds the case summary shown, with the client&apos;s name.</source>
        <translation>Filen innehåller sammanfattningen som visas, med klientens namn.</translation>
    </message>
    <message>
        <source>case-summary-%1.pdf</source>
        <translation>sammanfattning-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1. It is not encrypted.</source>
        <translation>Sparade %1. Filen är inte krypterad.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ChildrenPanel</name>
    <message>
        <source>Chil&amp;dren</source>
        <translation>&amp;Barn</translation>
    </message>
    <message>
        <source>Open the &amp;child&apos;s record</source>
        <translation>Ö&amp;ppna barnets klientuppgifter</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>No client you can see is linked to this one as their parent. A child is linked in the child&apos;s own record, under Children and family.</source>
        <translation>Ingen klient som du kan se är länkad till den här klienten som barn. Ett barn länkas till sin förälder i barnets egna klientuppgifter, under Barn och familj.</translation>
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
    <message>
        <source>You can read this record but not change it: your role does not allow changes.</source>
        <translation>Du kan läsa klientuppgifterna men inte ändra dem: din roll tillåter inga ändringar.</translation>
    </message>
    <message>
        <source>To change the record, reopen the case: Referral and admission, Reopen the case.</source>
        <translation>Öppna ärendet igen för att ändra uppgifterna: Förslag och beslut, Öppna ärendet igen.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ConflictModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (shown now)</source>
        <translation>%1 (visas nu)</translation>
    </message>
    <message>
        <source>%1
The record shows this value until the conflict is resolved.</source>
        <translation>%1
Klientuppgiften visar det här värdet tills konflikten har lösts.</translation>
    </message>
    <message>
        <source>Conflict and its values</source>
        <translation>Konflikten och dess värden</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gjord av</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ConflictsPage</name>
    <message>
        <source>A conflict is a value changed on two devices before either had seen the other&apos;s change. Both values are kept until someone chooses; the choice is itself a change and reaches the other devices with the next sync.</source>
        <translation>En konflikt uppstår när ett värde har ändrats på två enheter innan någon av dem hade sett den andras ändring. Båda värdena behålls tills någon väljer; valet är självt en ändring och når de andra enheterna vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>Det finns inga konflikter.</translation>
    </message>
    <message>
        <source>Conflicts and their values</source>
        <translation>Konflikter och deras värden</translation>
    </message>
    <message>
        <source>Supervisors can see conflicts but not resolve them.</source>
        <translation>Chefer kan se konflikter men inte lösa dem.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behåll &amp;min</translation>
    </message>
    <message>
        <source>Keep the value made on this device</source>
        <translation>Behåll värdet som gjordes på den här enheten</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Ta &amp;deras</translation>
    </message>
    <message>
        <source>Keep the value made on the other device</source>
        <translation>Behåll värdet som gjordes på den andra enheten</translation>
    </message>
    <message>
        <source>Keep the &amp;selected value</source>
        <translation>Behåll det &amp;valda värdet</translation>
    </message>
    <message>
        <source>Keep the value selected in the list (when several devices made one)</source>
        <translation>Behåll värdet som valts i listan (när flera enheter har gjort ett eget)</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Öppna klient</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Anteckna samtycke</translation>
    </message>
    <message>
        <source>Edit consent</source>
        <translation>Redigera samtycke</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>Samtyckets datum</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Samtycke:</translation>
    </message>
    <message>
        <source>Given or withdrawn</source>
        <translation>Givet eller återkallat</translation>
    </message>
    <message>
        <source>&amp;What it covers:</source>
        <translation>&amp;Vad det gäller:</translation>
    </message>
    <message>
        <source>What the consent covers</source>
        <translation>Vad samtycket gäller</translation>
    </message>
    <message>
        <source>In your own words: the referral, services, passing information to someone…</source>
        <translation>Med egna ord: förslaget, tjänster, att lämna uppgifter till någon…</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ContactDetailsDialog</name>
    <message>
        <source>Edit contact details and residence</source>
        <translation>Redigera kontaktuppgifter och boende</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
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
        <source>Empty when the client has no municipality of residence in Finland.</source>
        <translation>Tomt när klienten inte har någon hemkommun i Finland.</translation>
    </message>
    <message>
        <source>&amp;Wellbeing services county:</source>
        <translation>&amp;Välfärdsområde:</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Välfärdsområde</translation>
    </message>
    <message>
        <source>&amp;Residence status:</source>
        <translation>Vistelse&amp;status:</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Vistelsestatus</translation>
    </message>
    <message>
        <source>&amp;Housing:</source>
        <translation>&amp;Boende:</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Redigera kontakt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Typ av kontakt</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation>Kontaktens datum</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Where the contact took place.</source>
        <translation>Var kontakten ägde rum.</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>Hand&amp;läggare:</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>The user name of the worker who met the client.</source>
        <translation>Användarnamnet för den handläggare som träffade klienten.</translation>
    </message>
    <message>
        <source>An &amp;interpreter was used</source>
        <translation>Tolk &amp;användes</translation>
    </message>
    <message>
        <source>An interpreter was used</source>
        <translation>Tolk användes</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
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
    <message>
        <source>The sync package could not be passed to that window (it did not answer). Open it there with Sync → Receive changes.</source>
        <translation>Synkroniseringspaketet kunde inte lämnas över till det fönstret (det svarade inte). Öppna paketet där med Synkronisering → Ta emot ändringar.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::DetailsPanel</name>
    <message>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
    </message>
</context>
<context>
    <name>majakka::ui::DeviceAdministration</name>
    <message>
        <source>A file with this name exists already. Majakka never writes over a file: choose another name.</source>
        <translation>Det finns redan en fil med det här namnet. Majakka skriver aldrig över en fil: välj ett annat namn.</translation>
    </message>
    <message>
        <source>Wrote %1. Give it to whoever enrols this device, and read them the fingerprint above.</source>
        <translation>Skrev %1. Ge den till den som registrerar den här enheten och läs upp fingeravtrycket ovan för hen.</translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation>Enheten %1 registrerades.</translation>
    </message>
    <message>
        <source>Revoked %1: its packages are refused from now on.</source>
        <translation>Enheten %1 återkallades: dess paket avvisas från och med nu.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::DevicesDialog</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Återkallad %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Betrodd</translation>
    </message>
    <message>
        <source>Save this device&apos;s identity file as</source>
        <translation>Spara den här enhetens identitetsfil som</translation>
    </message>
    <message>
        <source>Device identity files (*.majakka-device)</source>
        <translation>Identitetsfiler för enheter (*.majakka-device)</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Återkalla en enhet</translation>
    </message>
    <message>
        <source>Revoke %1? Packages from it are refused from now on and nothing is exported to it. This cannot be undone: to work with it again, it needs a new database and enrolling anew.</source>
        <translation>Återkalla %1? Paket från den avvisas från och med nu och ingenting exporteras till den. Det går inte att ångra: för att arbeta med den igen behöver den en ny databas och en ny registrering.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>Å&amp;terkalla</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Den här enheten</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeravtryck:</translation>
    </message>
    <message>
        <source>Fingerprint of this device</source>
        <translation>Den här enhetens fingeravtryck</translation>
    </message>
    <message>
        <source>Whoever enrols this device elsewhere types this fingerprint as you read it out, group by group. Give them the identity file too: it holds the name, the id and the public keys, nothing secret.</source>
        <translation>Den som registrerar den här enheten någon annanstans skriver in fingeravtrycket medan du läser upp det, grupp för grupp. Ge hen också identitetsfilen: den innehåller namnet, id:t och de publika nycklarna, inget hemligt.</translation>
    </message>
    <message>
        <source>&amp;Export identity file…</source>
        <translation>&amp;Exportera identitetsfil…</translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation>Betrodda enheter</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Cases it receives</source>
        <translation>Ärenden den får</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation>&amp;Registrera en enhet…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>majakka::ui::DisclosureDialog</name>
    <message>
        <source>No consent of the client is in force on that day: record the consent first, or give the legal duty that allowed it.</source>
        <translation>Inget samtycke från klienten gäller den dagen: anteckna samtycket först, eller ange den lagstadgade skyldighet som tillät det.</translation>
    </message>
    <message>
        <source>No serious threat is recorded on or before that day: record the threat first.</source>
        <translation>Inget allvarligt hot har antecknats den dagen eller tidigare: anteckna hotet först.</translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation>Anteckna utlämnande</translation>
    </message>
    <message>
        <source>Edit disclosure</source>
        <translation>Redigera utlämnande</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of the disclosure</source>
        <translation>Utlämnandets datum</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>&amp;Till vem:</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Till vem</translation>
    </message>
    <message>
        <source>&amp;What was told:</source>
        <translation>&amp;Vad som berättades:</translation>
    </message>
    <message>
        <source>What was told</source>
        <translation>Vad som berättades</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Nothing about a client is told to anyone without a basis.</source>
        <translation>Ingenting om en klient berättas för någon utan grund.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::EndDialog</name>
    <message>
        <source>The assistance cannot end before the admission (%1).</source>
        <translation>Hjälpen kan inte avslutas före intagningen (%1).</translation>
    </message>
    <message>
        <source>End the assistance</source>
        <translation>Avsluta hjälpen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date the assistance ends</source>
        <translation>Datum då hjälpen avslutas</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>The record becomes read-only until the case is reopened.</source>
        <translation>Därefter kan uppgifterna bara läsas tills ärendet öppnas igen.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::EnrolDeviceDialog</name>
    <message>
        <source>This file cannot be read as a device identity file. Check the name and the folder.</source>
        <translation>Filen kan inte läsas som en identitetsfil för en enhet. Kontrollera namnet och mappen.</translation>
    </message>
    <message>
        <source>%1 describes the device “%2”, id %3.</source>
        <translation>%1 beskriver enheten ”%2”, id %3.</translation>
    </message>
    <message>
        <source>Open a device identity file</source>
        <translation>Öppna en identitetsfil för en enhet</translation>
    </message>
    <message>
        <source>Device identity files (*.majakka-device);;All files (*)</source>
        <translation>Identitetsfiler för enheter (*.majakka-device);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Registrera en enhet</translation>
    </message>
    <message>
        <source>A device this database trusts can send it changes and receive the cases it is enrolled for. Get the device&apos;s identity file from its owner (Sync → Devices → Export identity file there) and call them.</source>
        <translation>En enhet som den här databasen litar på kan skicka ändringar hit och få de ärenden den är registrerad för. Be enhetens ägare om dess identitetsfil (där Synkronisering → Enheter → Exportera identitetsfil) och ring hen.</translation>
    </message>
    <message>
        <source>Identity &amp;file:</source>
        <translation>Identitets&amp;fil:</translation>
    </message>
    <message>
        <source>The device&apos;s identity file</source>
        <translation>Enhetens identitetsfil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>&amp;Namn här:</translation>
    </message>
    <message>
        <source>Name of the device on this database</source>
        <translation>Enhetens namn i den här databasen</translation>
    </message>
    <message>
        <source>Cases it &amp;receives:</source>
        <translation>Ärenden &amp;den får:</translation>
    </message>
    <message>
        <source>Whose cases the device receives</source>
        <translation>Vems ärenden enheten får</translation>
    </message>
    <message>
        <source>All cases (an office desktop)</source>
        <translation>Alla ärenden (en stationär dator på kontoret)</translation>
    </message>
    <message>
        <source>The cases assigned to one worker (a laptop)</source>
        <translation>Ärenden som tilldelats en handläggare (en bärbar dator)</translation>
    </message>
    <message>
        <source>The cases of one office</source>
        <translation>Ärenden vid ett verksamhetsställe</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <source>Worker the device is for</source>
        <translation>Handläggaren som enheten är till för</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Verksamhetsställe:</translation>
    </message>
    <message>
        <source>Office the device is for</source>
        <translation>Verksamhetsstället som enheten är till för</translation>
    </message>
    <message>
        <source>Fin&amp;gerprint:</source>
        <translation>Fing&amp;eravtryck:</translation>
    </message>
    <message>
        <source>Fingerprint as the device&apos;s owner reads it out</source>
        <translation>Fingeravtrycket så som enhetens ägare läser upp det</translation>
    </message>
    <message>
        <source>30 digits in six groups</source>
        <translation>30 siffror i sex grupper</translation>
    </message>
    <message>
        <source>Ask the owner to read out the fingerprint their device shows (Sync → Devices, or majakka-cli device show) and type it here. Spaces do not matter. It is not taken from the file on purpose: only comparing it proves the file is theirs.</source>
        <translation>Be ägaren läsa upp fingeravtrycket som hens enhet visar (Synkronisering → Enheter, eller majakka-cli device show) och skriv in det här. Mellanslag spelar ingen roll. Det hämtas med avsikt inte ur filen: bara en jämförelse visar att filen är hens.</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ExploitationDialog</name>
    <message>
        <source>Check at least one form; &quot;Other&quot; when none fits.</source>
        <translation>Markera minst en form; &quot;Annat&quot; om ingen passar.</translation>
    </message>
    <message>
        <source>Enter the country where it happened.</source>
        <translation>Skriv landet där det hände.</translation>
    </message>
    <message>
        <source>Use the two-letter code of a country other than Finland, such as EE or TH.</source>
        <translation>Använd tvåbokstavskoden för ett annat land än Finland, till exempel EE eller TH.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Slutet kan inte vara före början.</translation>
    </message>
    <message>
        <source>Record the exploitation</source>
        <translation>Anteckna utnyttjandet</translation>
    </message>
    <message>
        <source>Edit the exploitation</source>
        <translation>Redigera utnyttjandet</translation>
    </message>
    <message>
        <source>&amp;Forms:</source>
        <translation>&amp;Former:</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Former av utnyttjande</translation>
    </message>
    <message>
        <source>Check every form that applies.</source>
        <translation>Markera varje form som stämmer.</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Bransch:</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>For forced labour.</source>
        <translation>För tvångsarbete.</translation>
    </message>
    <message>
        <source>Exploited in Fin&amp;land</source>
        <translation>Utnyttjad i Fi&amp;nland</translation>
    </message>
    <message>
        <source>Exploited in Finland</source>
        <translation>Utnyttjad i Finland</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Where it happened abroad: a two-letter country code, such as EE.</source>
        <translation>Var det hände utomlands: en landskod med två bokstäver, till exempel EE.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fr&amp;ån:</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Periodens början</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <source>Means of c&amp;ontrol:</source>
        <translation>&amp;Kontrollmedel:</translation>
    </message>
    <message>
        <source>Means of control</source>
        <translation>Kontrollmedel</translation>
    </message>
    <message>
        <source>&amp;Relation to the exploiter:</source>
        <translation>&amp;Relation till förövaren:</translation>
    </message>
    <message>
        <source>Relation to the exploiter</source>
        <translation>Relation till förövaren</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ExportPage</name>
    <message>
        <source>A file with this name exists already. Majakka never writes over a file: choose another name, or move the old file away first.</source>
        <translation>Det finns redan en fil med det här namnet. Majakka skriver aldrig över en fil: välj ett annat namn, eller flytta undan den gamla filen först.</translation>
    </message>
    <message>
        <source>As enrolled: %1</source>
        <translation>Som enheten är registrerad: %1</translation>
    </message>
    <message>
        <source>The cases assigned to %1</source>
        <translation>Ärendena som tilldelats %1</translation>
    </message>
    <message>
        <source>The cases of its office</source>
        <translation>Ärendena vid dess verksamhetsställe</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Save the sync package as</source>
        <translation>Spara synkroniseringspaketet som</translation>
    </message>
    <message>
        <source>Sync packages (*.majakka-sync)</source>
        <translation>Synkroniseringspaket (*.majakka-sync)</translation>
    </message>
    <message>
        <source>Writes a signed, encrypted file of the changes the chosen device has not seen yet. Only that device can open it. Carry it over on a USB stick or any other way and import it there.</source>
        <translation>Skriver en signerad, krypterad fil med de ändringar som den valda enheten inte har sett ännu. Bara den enheten kan öppna filen. För över den på ett USB-minne eller på annat sätt och importera den där.</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Device to send the changes to</source>
        <translation>Enheten som ändringarna skickas till</translation>
    </message>
    <message>
        <source>C&amp;ases:</source>
        <translation>Ä&amp;renden:</translation>
    </message>
    <message>
        <source>Whose cases to send</source>
        <translation>Vems ärenden som skickas</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>File to write the sync package to</source>
        <translation>Filen som synkroniseringspaketet skrivs till</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>No device is trusted yet. An administrator enrols devices under Sync → Devices.</source>
        <translation>Ingen enhet är betrodd ännu. En administratör registrerar enheter under Synkronisering → Enheter.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportera</translation>
    </message>
</context>
<context>
    <name>majakka::ui::FamilyDialog</name>
    <message>
        <source>The recorded parent (client id %1)</source>
        <translation>Den antecknade föräldern (klientens id %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Find the parent client and choose them in the list.</source>
        <translation>Sök föräldern och välj hen i listan.</translation>
    </message>
    <message>
        <source>Family link</source>
        <translation>Familjelänk</translation>
    </message>
    <message>
        <source>&amp;Kind of client:</source>
        <translation>&amp;Klienttyp:</translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation>Klienttyp</translation>
    </message>
    <message>
        <source>&amp;Find the parent:</source>
        <translation>&amp;Sök föräldern:</translation>
    </message>
    <message>
        <source>Find the parent</source>
        <translation>Sök föräldern</translation>
    </message>
    <message>
        <source>A name or client number; the list shows the clients you may see.</source>
        <translation>Ett namn eller klientnummer; listan visar de klienter du får se.</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Förälder:</translation>
    </message>
    <message>
        <source>Parent client</source>
        <translation>Förälder</translation>
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
    <name>majakka::ui::ImportFlow</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Avbrutet. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Another window of Majakka is open, perhaps with a record being edited. An import must not change records under it.

Close that window, dropping what was typed in it, and go on with the import?</source>
        <translation>Ett annat fönster i Majakka är öppet, kanske med en klientuppgift som redigeras. En import får inte ändra klientuppgifter under det.

Stäng det fönstret, så att det som skrevs i det kastas, och fortsätt med importen?</translation>
    </message>
    <message>
        <source>Close it and &amp;import</source>
        <translation>Stäng det och &amp;importera</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Inte nu</translation>
    </message>
    <message>
        <source>Checking the sync package…</source>
        <translation>Synkroniseringspaketet kontrolleras…</translation>
    </message>
    <message>
        <source>Another sync is running. Try again when it has finished.</source>
        <translation>En annan synkronisering pågår. Försök igen när den är klar.</translation>
    </message>
    <message>
        <source>Importing the sync package…</source>
        <translation>Synkroniseringspaketet importeras…</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ImportPage</name>
    <message>
        <source>There is no file at this location. Check the name and the folder.</source>
        <translation>Det finns ingen fil på den här platsen. Kontrollera namnet och mappen.</translation>
    </message>
    <message>
        <source>Open a sync package</source>
        <translation>Öppna ett synkroniseringspaket</translation>
    </message>
    <message>
        <source>Sync packages (*.majakka-sync);;All files (*)</source>
        <translation>Synkroniseringspaket (*.majakka-sync);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Imports a sync package another device wrote for this one. First you see what it would change; nothing is changed until you press Apply there.</source>
        <translation>Importerar ett synkroniseringspaket som en annan enhet har skrivit för den här. Först ser du vad det skulle ändra; ingenting ändras förrän du trycker på Verkställ där.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Sync package file to import</source>
        <translation>Synkroniseringspaketet som ska importeras</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Förhands&amp;visa…</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ImportPreviewDialog</name>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Förhandsvisning av importen</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Apply imports all of it in one go, or nothing if anything goes wrong.</source>
        <translation>Ingenting har ändrats ännu. Verkställ importerar allt på en gång – eller ingenting om något går fel.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>The import is finished and is in the audit log.</source>
        <translation>Importen är klar och finns i granskningsloggen.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ImportReportView</name>
    <message>
        <source>everything this device has not seen yet</source>
        <translation>allt som den här enheten inte har sett ännu</translation>
    </message>
    <message>
        <source>the cases this device is enrolled for</source>
        <translation>de ärenden som den här enheten är registrerad för</translation>
    </message>
    <message>
        <source>the changes made on that device</source>
        <translation>de ändringar som gjorts på den enheten</translation>
    </message>
    <message>
        <source>Records added:</source>
        <translation>Tillagda klientuppgifter:</translation>
    </message>
    <message>
        <source>Records changed:</source>
        <translation>Ändrade klientuppgifter:</translation>
    </message>
    <message>
        <source>Records removed:</source>
        <translation>Borttagna klientuppgifter:</translation>
    </message>
    <message>
        <source>New changes:</source>
        <translation>Nya ändringar:</translation>
    </message>
    <message>
        <source>Changes already here:</source>
        <translation>Ändringar som redan finns här:</translation>
    </message>
    <message>
        <source>Changes held back:</source>
        <translation>Kvarhållna ändringar:</translation>
    </message>
    <message>
        <source>Records, conflicts and warnings of the package</source>
        <translation>Paketets klientuppgifter, konflikter och varningar</translation>
    </message>
    <message>
        <source>This package from %1 was imported already, on %2. Importing it again changes nothing.</source>
        <translation>Det här paketet från %1 har redan importerats, %2. Att importera det igen ändrar ingenting.</translation>
    </message>
    <message>
        <source>What importing this package from %1 would do</source>
        <translation>Vad en import av det här paketet från %1 skulle göra</translation>
    </message>
    <message>
        <source>Imported the package from %1</source>
        <translation>Paketet från %1 importerades</translation>
    </message>
    <message>
        <source>It carries %1.</source>
        <translation>Det innehåller %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are held back: they are stamped too far in the future. Check the clock of %1; they are applied once the time comes.</source>
        <translation>
            <numerusform>%n ändring hålls kvar: den är tidsstämplad för långt fram i tiden. Kontrollera klockan på %1; den tillämpas när tiden är inne.</numerusform>
            <numerusform>%n ändringar hålls kvar: de är tidsstämplade för långt fram i tiden. Kontrollera klockan på %1; de tillämpas när tiden är inne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) held back earlier are applied now.</source>
        <translation>
            <numerusform>%n tidigare kvarhållen ändring tillämpas nu.</numerusform>
            <numerusform>%n tidigare kvarhållna ändringar tillämpas nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package is older than one imported before from %1: its changes count, but what it says about that device is out of date.</source>
        <translation>Det här paketet är äldre än ett som tidigare importerats från %1: dess ändringar räknas, men det som det säger om enheten är föråldrat.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) more</source>
        <translation>
            <numerusform>%n klientuppgift till</numerusform>
            <numerusform>%n klientuppgifter till</numerusform>
        </translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation>Nya konflikter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagna</translation>
    </message>
    <message>
        <source>Kept on this device (they left its scope, but have changes not yet sent)</source>
        <translation>Behålls på den här enheten (de hör inte längre till den, men har ändringar som inte skickats ännu)</translation>
    </message>
    <message>
        <source>Records that could not be brought up to date</source>
        <translation>Klientuppgifter som inte kunde uppdateras</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
</context>
<context>
    <name>majakka::ui::LegalStepDialog</name>
    <message>
        <source>The court date cannot be before the step itself.</source>
        <translation>Rättegångsdagen kan inte vara före själva steget.</translation>
    </message>
    <message>
        <source>Add legal step</source>
        <translation>Lägg till rättsligt steg</translation>
    </message>
    <message>
        <source>Edit legal step</source>
        <translation>Redigera rättsligt steg</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Steg:</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Typ av steg</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>Stegets datum</translation>
    </message>
    <message>
        <source>&amp;Court date:</source>
        <translation>&amp;Rättegångsdag:</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Rättegångsdag</translation>
    </message>
    <message>
        <source>A planned date; it is on the deadlines.</source>
        <translation>Ett planerat datum; det finns bland tidsfristerna.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
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
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistik…</translation>
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
        <source>Case &amp;summary to print…</source>
        <translation>Sammanfattning för &amp;utskrift…</translation>
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
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Lägg till post…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Redigera post…</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>&amp;Ta bort post</translation>
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
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
</context>
<context>
    <name>majakka::ui::NeedsAssessmentDialog</name>
    <message>
        <source>The reassessment cannot be before the assessment.</source>
        <translation>Den nya bedömningen kan inte vara före bedömningen.</translation>
    </message>
    <message>
        <source>Record the needs assessment</source>
        <translation>Anteckna bedömningen av servicebehov</translation>
    </message>
    <message>
        <source>Edit the needs assessment</source>
        <translation>Redigera bedömningen av servicebehov</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Bedömningens datum</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>&amp;Behov:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Check every need found with the client.</source>
        <translation>Markera varje behov som konstaterats med klienten.</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Client &amp;agreed on:</source>
        <translation>Klienten &amp;godkände:</translation>
    </message>
    <message>
        <source>Date the client agreed to the plan</source>
        <translation>Datum då klienten godkände planen</translation>
    </message>
    <message>
        <source>Support measures need the client&apos;s consent on or before their start.</source>
        <translation>Stödåtgärder kräver klientens samtycke senast när de börjar.</translation>
    </message>
    <message>
        <source>&amp;Reassessment due:</source>
        <translation>&amp;Ny bedömning senast:</translation>
    </message>
    <message>
        <source>Reassessment due</source>
        <translation>Ny bedömning senast</translation>
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
    <name>majakka::ui::PersonDialog</name>
    <message>
        <source>Enter a given name or a family name; a single known name goes here.</source>
        <translation>Skriv ett förnamn eller ett efternamn; ett enda känt namn skrivs här.</translation>
    </message>
    <message>
        <source>Write the birth date as %1, or the year alone.</source>
        <translation>Skriv födelsedatumet som %1, eller bara året.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>Födelsedatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The code gives the birth date %1, which is not the birth date above.</source>
        <translation>Beteckningen ger födelsedatumet %1, som inte är födelsedatumet ovan.</translation>
    </message>
    <message>
        <source>Edit the person&apos;s details</source>
        <translation>Redigera personuppgifterna</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>Förn&amp;amn:</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Other &amp;names:</source>
        <translation>Andra &amp;namn:</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Andra namn</translation>
    </message>
    <message>
        <source>Aliases and other spellings, separated by commas.</source>
        <translation>Alias och andra stavningar, åtskilda med kommatecken.</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Födelsedatum:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>A date, or the year alone when only the year is known.</source>
        <translation>Ett datum, eller bara året när endast året är känt.</translation>
    </message>
    <message>
        <source>%1 or yyyy</source>
        <translation>%1 eller åååå</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>&amp;Personal identity code:</source>
        <translation>&amp;Personbeteckning:</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>DDMMYYCZZZQ, such as 131052-308T. The century sign is kept as written.</source>
        <translation>DDMMÅÅCZZZQ, till exempel 131052-308T. Sekelmarkören behålls som den skrivits.</translation>
    </message>
    <message>
        <source>DDMMYYCZZZQ</source>
        <translation>DDMMÅÅCZZZQ</translation>
    </message>
    <message>
        <source>&amp;Citizenships:</source>
        <translation>&amp;Medborgarskap:</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Country codes separated by commas, such as FI, RU.</source>
        <translation>Landskoder åtskilda med kommatecken, till exempel FI, RU.</translation>
    </message>
    <message>
        <source>such as FI, RU</source>
        <translation>till exempel FI, RU</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Language codes separated by commas, such as fi, ru, tgl.</source>
        <translation>Språkkoder åtskilda med kommatecken, till exempel fi, ru, tgl.</translation>
    </message>
    <message>
        <source>such as fi, ru, tgl</source>
        <translation>till exempel fi, ru, tgl</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>Behöver &amp;tolk</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Behöver tolk</translation>
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
    <name>majakka::ui::RecordConflictsPanel</name>
    <message>
        <source>“%1” (%2, %3, %4)</source>
        <translation>”%1” (%2, %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>This record has %n conflict(s) from sync: a value was changed on two devices.</source>
        <translation>
            <numerusform>Den här klientuppgiften har %n konflikt från synkroniseringen: ett värde ändrades på två enheter.</numerusform>
            <numerusform>Den här klientuppgiften har %n konflikter från synkroniseringen: värden ändrades på två enheter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation>Här: %1</translation>
    </message>
    <message>
        <source>Elsewhere: %1</source>
        <translation>På annat håll: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ta deras</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Show this conflict with all its values in the conflicts list</source>
        <translation>Visa den här konflikten med alla dess värden i konfliktlistan</translation>
    </message>
</context>
<context>
    <name>majakka::ui::RecordDialog</name>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation>Inte ett datum. Skriv det som %1.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Skriv datumet.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>Datumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>Detta kan inte lämnas tomt.</translation>
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
    <name>majakka::ui::RecordPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ReferralDialog</name>
    <message>
        <source>Record the referral</source>
        <translation>Anteckna förslaget</translation>
    </message>
    <message>
        <source>Edit the referral</source>
        <translation>Redigera förslaget</translation>
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
        <source>&amp;Proposed by:</source>
        <translation>&amp;Föreslagen av:</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Föreslagen av</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>&amp;Mottagen via:</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Mottagen via</translation>
    </message>
    <message>
        <source>&amp;Emergency referral: it may rest on one phone call</source>
        <translation>&amp;Brådskande förslag: det kan bygga på ett enda telefonsamtal</translation>
    </message>
    <message>
        <source>Emergency referral</source>
        <translation>Brådskande förslag</translation>
    </message>
    <message>
        <source>Referring &amp;organisation:</source>
        <translation>Föreslående &amp;organisation:</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>Föreslående organisation</translation>
    </message>
    <message>
        <source>&amp;Contact at the organisation:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <source>Contact at the organisation</source>
        <translation>Kontaktperson</translation>
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
    <name>majakka::ui::ReflectionPeriodDialog</name>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Slutet kan inte vara före början.</translation>
    </message>
    <message numerus="yes">
        <source>A reflection period lasts from %n days to %1 months: end it between %2 and %3.</source>
        <translation>
            <numerusform>En betänketid varar från %n dag till %1 månader: den ska sluta mellan %2 och %3.</numerusform>
            <numerusform>En betänketid varar från %n dagar till %1 månader: den ska sluta mellan %2 och %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application cannot be before the period started.</source>
        <translation>Ansökan kan inte vara före betänketidens början.</translation>
    </message>
    <message>
        <source>This records an application made during the period, not after it.</source>
        <translation>Här antecknas en ansökan som gjorts under betänketiden, inte efter den.</translation>
    </message>
    <message>
        <source>Add reflection period</source>
        <translation>Lägg till betänketid</translation>
    </message>
    <message>
        <source>Edit reflection period</source>
        <translation>Redigera betänketid</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Början:</translation>
    </message>
    <message>
        <source>Start of the reflection period</source>
        <translation>Betänketidens början</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <source>Length in days</source>
        <translation>Längd i dagar</translation>
    </message>
    <message>
        <source>Sets the end from the start; the end sets it in turn.</source>
        <translation>Sätter slutet räknat från början; slutdatumet sätter i sin tur längden.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>End of the reflection period</source>
        <translation>Betänketidens slut</translation>
    </message>
    <message>
        <source>May stay empty until whoever granted the period sets it.</source>
        <translation>Kan lämnas tomt tills den som beviljade betänketiden anger det.</translation>
    </message>
    <message>
        <source>&amp;Granted by:</source>
        <translation>Be&amp;viljad av:</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Beviljad av</translation>
    </message>
    <message>
        <source>&amp;Permit applied for on:</source>
        <translation>&amp;Uppehållstillstånd sökt den:</translation>
    </message>
    <message>
        <source>Date a residence permit was applied for</source>
        <translation>Datum då uppehållstillstånd söktes</translation>
    </message>
    <message>
        <source>An application made during the period keeps the stay lawful while it is processed.</source>
        <translation>En ansökan som görs under betänketiden gör vistelsen laglig medan den behandlas.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ReopenDialog</name>
    <message>
        <source>A case cannot be reopened before it ended.</source>
        <translation>Ett ärende kan inte öppnas igen före det avslutades.</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Öppna ärendet igen</translation>
    </message>
    <message>
        <source>The assistance ended on %1 (%2). Reopening makes the record editable again; the end is kept with the reopening.</source>
        <translation>Hjälpen avslutades %1 (%2). När ärendet öppnas igen kan uppgifterna ändras på nytt; avslutet sparas med återöppningen.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of the reopening</source>
        <translation>Återöppningens datum</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Grunder:</translation>
    </message>
    <message>
        <source>Grounds for reopening</source>
        <translation>Grunder för återöppningen</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ResidenceMatterDialog</name>
    <message>
        <source>A decision cannot be expected before the matter began.</source>
        <translation>Ett beslut kan inte väntas före ärendets början.</translation>
    </message>
    <message>
        <source>An outcome needs the date it was decided or completed.</source>
        <translation>Ett utfall behöver datumet då ärendet avgjordes eller slutfördes.</translation>
    </message>
    <message>
        <source>It cannot be decided before the matter began.</source>
        <translation>Ärendet kan inte avgöras före det började.</translation>
    </message>
    <message>
        <source>Add residence matter</source>
        <translation>Lägg till uppehållsärende</translation>
    </message>
    <message>
        <source>Edit residence matter</source>
        <translation>Redigera uppehållsärende</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Ärende:</translation>
    </message>
    <message>
        <source>Kind of matter</source>
        <translation>Typ av ärende</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date applied or started</source>
        <translation>Ansöknings- eller startdatum</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Decision e&amp;xpected:</source>
        <translation>Beslut &amp;väntas:</translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation>Beslut väntas</translation>
    </message>
    <message>
        <source>A planned date; it is on the deadlines while the matter is pending.</source>
        <translation>Ett planerat datum; det finns bland tidsfristerna medan ärendet pågår.</translation>
    </message>
    <message>
        <source>Dec&amp;ided on:</source>
        <translation>&amp;Avgjort den:</translation>
    </message>
    <message>
        <source>Date decided or completed</source>
        <translation>Datum då det avgjordes eller slutfördes</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>majakka::ui::SeriousThreatDialog</name>
    <message>
        <source>The police cannot be notified before the threat.</source>
        <translation>Polisen kan inte underrättas före hotet.</translation>
    </message>
    <message>
        <source>Record serious threat</source>
        <translation>Anteckna allvarligt hot</translation>
    </message>
    <message>
        <source>Edit serious threat</source>
        <translation>Redigera allvarligt hot</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of the threat</source>
        <translation>Hotets datum</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Description of the threat</source>
        <translation>Beskrivning av hotet</translation>
    </message>
    <message>
        <source>&amp;Police notified on:</source>
        <translation>Anmält till &amp;polisen den:</translation>
    </message>
    <message>
        <source>Date the police were notified</source>
        <translation>Datum då polisen underrättades</translation>
    </message>
    <message>
        <source>A serious threat to the life, health or freedom of the client, a worker or another victim must be notified to the police. Record the date once it is done.</source>
        <translation>Ett allvarligt hot mot klientens, en anställds eller ett annat offers liv, hälsa eller frihet ska anmälas till polisen. Anteckna datumet när det är gjort.</translation>
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
    <name>majakka::ui::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Half-year:</source>
        <translation>&amp;Halvår:</translation>
    </message>
    <message>
        <source>January–June (H1)</source>
        <translation>januari–juni (H1)</translation>
    </message>
    <message>
        <source>July–December (H2)</source>
        <translation>juli–december (H2)</translation>
    </message>
    <message>
        <source>Half of the year</source>
        <translation>Halvår</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Range of days:</source>
        <translation>&amp;Dagar:</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <comment>the first day of a range</comment>
        <translation>&amp;från</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <comment>the last day of a range</comment>
        <translation>&amp;till</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>Suppress counts &amp;below:</source>
        <translation>Sekretessbelägg antal &amp;under:</translation>
    </message>
    <message>
        <source>Suppression threshold</source>
        <translation>Tröskel för sekretess</translation>
    </message>
    <message>
        <source>Counts from 1 to one less than this are suppressed; never below 3.</source>
        <translation>Antal från 1 till ett mindre än detta sekretessbeläggs; aldrig under 3.</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>PDF-filens &amp;språk:</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>PDF-filens språk</translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation>&amp;Visa talen</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Talen beräknas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>An export writes the figures shown above, in the chosen period and threshold, to a file that is not encrypted. It holds anonymised counts only, and it is written to the audit log.</source>
        <translation>En export skriver talen ovan, för den valda perioden och tröskeln, till en fil som inte är krypterad. Den innehåller endast anonymiserade antal, och exporten skrivs i loggen.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportera &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Type the first and the last day of the range as %1, the last not before the first.</source>
        <translation>Skriv periodens första och sista dag som %1; den sista kan inte vara före den första.</translation>
    </message>
    <message>
        <source>Computing the figures for %1…</source>
        <translation>Beräknar talen för %1…</translation>
    </message>
    <message numerus="yes">
        <source>Figures for %1, with %2 for comparison: %n count(s) suppressed.</source>
        <translation>
            <numerusform>Talen för %1, med %2 som jämförelse: %n antal sekretessbelagt.</numerusform>
            <numerusform>Talen för %1, med %2 som jämförelse: %n antal sekretessbelagda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the figures were ready. Press Show figures to compute them.</source>
        <translation>Avbröts innan talen var klara. Tryck på Visa talen för att beräkna dem.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The file holds the anonymised figures shown, with small counts suppressed: no names, no free text and no dates finer than the period.</source>
        <translation>Filen innehåller de anonymiserade talen som visas, med små antal sekretessbelagda: inga namn, ingen fritext och inga datum som är noggrannare än perioden.</translation>
    </message>
    <message>
        <source>Saved %1. It is not encrypted.</source>
        <translation>Sparade %1. Filen är inte krypterad.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::StatisticsPreview</name>
    <message>
        <source>Figures to be published</source>
        <translation>Tal som ska publiceras</translation>
    </message>
    <message>
        <source>Ch&amp;art:</source>
        <translation>Dia&amp;gram:</translation>
    </message>
    <message>
        <source>Figures shown in the chart</source>
        <translation>Tal som visas i diagrammet</translation>
    </message>
    <message>
        <source>Chart of the chosen figures</source>
        <translation>Diagram över de valda talen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tal</translation>
    </message>
</context>
<context>
    <name>majakka::ui::SyncActions</name>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Avbrutet. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>Writing the sync package for %1…</source>
        <translation>Synkroniseringspaketet för %1 skrivs…</translation>
    </message>
    <message>
        <source>Wrote %1 for %2 (%3).</source>
        <translation>Skrev %1 för %2 (%3).</translation>
    </message>
    <message>
        <source>It holds %1 in %2; its size is %3.</source>
        <translation>Det innehåller %1 i %2; dess storlek är %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ändring</numerusform>
            <numerusform>%n ändringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n klientuppgift</numerusform>
            <numerusform>%n klientuppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) there left the device&apos;s scope and go from it at the import.</source>
        <translation>
            <numerusform>%n klientuppgift hör inte längre till enheten och försvinner från den vid importen.</numerusform>
            <numerusform>%n klientuppgifter hör inte längre till enheten och försvinner från den vid importen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Supervisors cannot import sync packages. Ask a caseworker, an office worker or an administrator to import this one.</source>
        <translation>Chefer kan inte importera synkroniseringspaket. Be en handläggare, en kontorsanställd eller en administratör att importera det här.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Synkronisering</translation>
    </message>
    <message>
        <source>&amp;Send changes to a device…</source>
        <translation>&amp;Skicka ändringar till en enhet…</translation>
    </message>
    <message>
        <source>Write a sync package for a trusted device</source>
        <translation>Skriv ett synkroniseringspaket för en betrodd enhet</translation>
    </message>
    <message>
        <source>&amp;Receive changes from a file…</source>
        <translation>&amp;Ta emot ändringar från en fil…</translation>
    </message>
    <message>
        <source>Preview and import a sync package from another device</source>
        <translation>Förhandsvisa och importera ett synkroniseringspaket från en annan enhet</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>Values changed on two devices, to choose between</source>
        <translation>Värden som ändrats på två enheter, att välja mellan</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Enheter…</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, and the devices this database trusts</source>
        <translation>Den här enhetens fingeravtryck och de enheter som den här databasen litar på</translation>
    </message>
</context>
<context>
    <name>majakka::ui::SyncDialog</name>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Send changes</source>
        <translation>Skicka ändringar</translation>
    </message>
    <message>
        <source>Receive changes</source>
        <translation>Ta emot ändringar</translation>
    </message>
    <message>
        <source>Send or receive changes</source>
        <translation>Skicka eller ta emot ändringar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>majakka::ui::SyncProgressDialog</name>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Stopping… Nothing of this work is kept.</source>
        <translation>Stoppas… Ingenting av det här arbetet sparas.</translation>
    </message>
    <message>
        <source>Cancel stops the work and leaves everything as it was.</source>
        <translation>Avbryt stoppar arbetet och lämnar allt som det var.</translation>
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
