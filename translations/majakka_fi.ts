<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AdmissionOutcome</name>
    <message>
        <source>Admitted</source>
        <translation>Otettu auttamisjärjestelmään</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Ei otettu auttamisjärjestelmään</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
</context>
<context>
    <name>AppealOutcome</name>
    <message>
        <source>Pending</source>
        <translation>Vireillä</translation>
    </message>
    <message>
        <source>Decision upheld</source>
        <translation>Päätös pysytetty</translation>
    </message>
    <message>
        <source>Decision overturned</source>
        <translation>Päätös kumottu</translation>
    </message>
    <message>
        <source>Returned for a new decision</source>
        <translation>Palautettu uudelleen käsiteltäväksi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
</context>
<context>
    <name>ClientKind</name>
    <message>
        <source>Victim</source>
        <translation>Uhri</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Lapsi</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Todistaja</translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message>
        <source>Majakka: casework for the Assistance System for Victims of Human Trafficking.</source>
        <translation>Majakka: Ihmiskaupan uhrien auttamisjärjestelmän asiakastyön ohjelma.</translation>
    </message>
    <message>
        <source>Open the database at PATH, or create it there.</source>
        <translation>Avaa tietokanta sijainnista POLKU tai luo se sinne.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>POLKU</translation>
    </message>
    <message>
        <source>A sync package (.majakka-sync) to import: its preview opens after unlocking, or in the Majakka window that has the database open already.</source>
        <translation>Tuotava synkronointipaketti (.majakka-sync): sen esikatselu avautuu lukituksen avaamisen jälkeen tai siinä Majakka-ikkunassa, jossa tietokanta on jo auki.</translation>
    </message>
    <message>
        <source>Give at most one sync package to open.</source>
        <translation>Anna avattavaksi enintään yksi synkronointipaketti.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Deleted on one device, changed on another</source>
        <translation>Poistettu yhdellä laitteella, muutettu toisella</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Poista asiakastieto</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>Säilytä asiakastieto</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Tämä laite</translation>
    </message>
    <message>
        <source>This device (%1)</source>
        <translation>Tämä laite (%1)</translation>
    </message>
    <message>
        <source>An unknown device</source>
        <translation>Tuntematon laite</translation>
    </message>
</context>
<context>
    <name>ConsentStatus</name>
    <message>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>CrashReports</name>
    <message>
        <source>Majakka stopped unexpectedly</source>
        <translation>Majakka pysähtyi odottamatta</translation>
    </message>
    <message>
        <source>Majakka stopped because of a fault the last time it ran. A diagnostic report was saved here:
%1

The report holds only technical details: the version, the kind of fault and program addresses. It holds nothing from the records, no user names and no passphrases. You may give it to your administrator.</source>
        <translation>Majakka pysähtyi virheen vuoksi, kun sitä viimeksi käytettiin. Vianmääritysraportti tallennettiin tänne:
%1

Raportissa on vain teknisiä tietoja: versio, virheen laji ja ohjelman muistiosoitteita. Siinä ei ole asiakastietoja, käyttäjätunnuksia eikä tunnuslauseita. Voit antaa sen pääkäyttäjällesi.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>unknown</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n päivä myöhässä</numerusform>
            <numerusform>%n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n päivän päästä</numerusform>
            <numerusform>%n päivän päästä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineKind</name>
    <message>
        <source>Reflection period ends</source>
        <translation>Harkinta-aika päättyy</translation>
    </message>
    <message>
        <source>Needs reassessment due</source>
        <translation>Palvelutarpeen uudelleenarviointi</translation>
    </message>
    <message>
        <source>Turns 18</source>
        <translation>Täyttää 18</translation>
    </message>
    <message>
        <source>Permit decision expected</source>
        <translation>Lupapäätös odotettavissa</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Oikeudenkäyntipäivä</translation>
    </message>
    <message>
        <source>Admission decision pending</source>
        <translation>Päätös auttamisjärjestelmään ottamisesta odottaa</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>The cases assigned to %1 in the %2 office</source>
        <translation>Työntekijälle %1 osoitetut asiakkuudet toimipisteessä %2</translation>
    </message>
    <message>
        <source>The cases assigned to %1</source>
        <translation>Työntekijälle %1 osoitetut asiakkuudet</translation>
    </message>
    <message>
        <source>The cases of the %1 office</source>
        <translation>Toimipisteen %1 asiakkuudet</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Kaikki asiakkuudet</translation>
    </message>
</context>
<context>
    <name>DisclosureBasis</name>
    <message>
        <source>The client&apos;s consent</source>
        <translation>Asiakkaan suostumus</translation>
    </message>
    <message>
        <source>Duty to report a serious threat</source>
        <translation>Vakavan uhan ilmoitusvelvollisuus</translation>
    </message>
    <message>
        <source>Other legal duty</source>
        <translation>Muu lakisääteinen velvollisuus</translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <source>No longer needs help</source>
        <translation>Ei enää tarvitse apua</translation>
    </message>
    <message>
        <source>Moved abroad</source>
        <translation>Muutti ulkomaille</translation>
    </message>
    <message>
        <source>Returned to their home country</source>
        <translation>Palasi kotimaahansa</translation>
    </message>
    <message>
        <source>Declined further help</source>
        <translation>Kieltäytyi avusta</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Ei tavoitettavissa</translation>
    </message>
    <message>
        <source>Services moved to the municipality</source>
        <translation>Palvelut siirtyivät kotikuntaan</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Kuollut</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
Lisätiedot: %2</translation>
    </message>
    <message>
        <source>The user name or passphrase is wrong.</source>
        <translation>Käyttäjätunnus tai tunnuslause on väärä.</translation>
    </message>
    <message>
        <source>This database is open in another program. Close it there and try again.</source>
        <translation>Tietokanta on auki toisessa ohjelmassa. Sulje se siellä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The database or its key file is damaged or was tampered with.</source>
        <translation>Tietokanta tai sen avaintiedosto on vioittunut, tai sitä on muutettu luvatta.</translation>
    </message>
    <message>
        <source>The database or its key file was not found. Check the location.</source>
        <translation>Tietokantaa tai sen avaintiedostoa ei löytynyt. Tarkista sijainti.</translation>
    </message>
    <message>
        <source>The file could not be read or written. The disk may be full, or you may not have access to the folder.</source>
        <translation>Tiedostoa ei voitu lukea tai kirjoittaa. Levy voi olla täynnä, tai sinulla ei ehkä ole oikeuksia kansioon.</translation>
    </message>
    <message>
        <source>The input was not accepted.</source>
        <translation>Syötettä ei hyväksytty.</translation>
    </message>
    <message>
        <source>This cannot be done this way.</source>
        <translation>Tätä ei voi tehdä näin.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Roolisi ei salli tätä.</translation>
    </message>
    <message>
        <source>Majakka found an internal fault and stopped for safety. Please report this to your administrator.</source>
        <translation>Majakka havaitsi sisäisen virheen ja keskeytti toiminnon turvallisuuden vuoksi. Ilmoita asiasta pääkäyttäjälle.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Tapahtui odottamaton virhe.</translation>
    </message>
</context>
<context>
    <name>ExploitationForm</name>
    <message>
        <source>Forced labour</source>
        <translation>Pakkotyö</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Seksuaalinen hyväksikäyttö</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Pakkoavioliitto</translation>
    </message>
    <message>
        <source>Forced criminal activity</source>
        <translation>Pakotettu rikollinen toiminta</translation>
    </message>
    <message>
        <source>Begging</source>
        <translation>Kerjääminen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>ExploiterRelation</name>
    <message>
        <source>Intimate partner</source>
        <translation>Kumppani</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ystävä</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ei tiedossa</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Referral</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation>Päätös ottamisesta</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Muutoksenhaku</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Hyväksikäyttö</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Palvelutarpeen arviointi</translation>
    </message>
    <message>
        <source>Support measure</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Reflection period</source>
        <translation>Harkinta-aika</translation>
    </message>
    <message>
        <source>Residence matter</source>
        <translation>Oleskeluasia</translation>
    </message>
    <message>
        <source>Legal step</source>
        <translation>Oikeudellinen vaihe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Tietojen luovutus</translation>
    </message>
    <message>
        <source>Serious threat</source>
        <translation>Vakava uhka</translation>
    </message>
    <message>
        <source>End of assistance</source>
        <translation>Auttamisen päättyminen</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>Uudelleen avaaminen</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Muut nimet</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Kansalaisuudet</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Tarvitsee tulkin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Hyvinvointialue</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Oleskelun peruste</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Vanhempi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Soittaja</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>Referral followed</source>
        <translation>Ehdotus tehtiin</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ehdottaja</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Vastaanottotapa</translation>
    </message>
    <message>
        <source>Emergency referral</source>
        <translation>Kiireellinen ehdotus</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>Ehdottava taho</translation>
    </message>
    <message>
        <source>Referrer&apos;s contact details</source>
        <translation>Ehdottajan yhteystiedot</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Perusteet</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Päättäjä</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tuomioistuin</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Hyväksikäytön muodot</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>In Finland</source>
        <translation>Suomessa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Exploitation began</source>
        <translation>Hyväksikäyttö alkoi</translation>
    </message>
    <message>
        <source>Exploitation ended</source>
        <translation>Hyväksikäyttö päättyi</translation>
    </message>
    <message>
        <source>Means of control</source>
        <translation>Kontrollin keinot</translation>
    </message>
    <message>
        <source>Relation to the exploiter</source>
        <translation>Suhde hyväksikäyttäjään</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Asiakas hyväksyi</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Uusi arvio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tuottaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>Residence permit applied for</source>
        <translation>Oleskelulupaa haettu</translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation>Päätös odotettavissa</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Oikeudenkäyntipäivä</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation>Tulkki käytössä</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Mitä se koskee</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>Mitä luovutettiin</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Police notified on</source>
        <translation>Ilmoitettu poliisille</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Päättymisen syy</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>The whole record (deleted)</source>
        <translation>Koko asiakastieto (poistettu)</translation>
    </message>
    <message>
        <source>%1 (the whole entry)</source>
        <translation>%1 (koko merkintä)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(ei arvoa)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ei poistettu</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Mukana</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation>Nainen</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mies</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ei tiedossa</translation>
    </message>
</context>
<context>
    <name>HousingKind</name>
    <message>
        <source>Own home</source>
        <translation>Oma koti</translation>
    </message>
    <message>
        <source>Arranged housing</source>
        <translation>Järjestetty asunto</translation>
    </message>
    <message>
        <source>Sheltered housing</source>
        <translation>Suojattu asuminen</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Turvakoti</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Vastaanottokeskus</translation>
    </message>
</context>
<context>
    <name>LabourIndustry</name>
    <message>
        <source>Restaurants</source>
        <translation>Ravintola-ala</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Siivousala</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Maatalous</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Rakennusala</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>Kotitaloustyö</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Kauneudenhoitoala</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Kuljetusala</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>LegalStepKind</name>
    <message>
        <source>Report to the police</source>
        <translation>Rikosilmoitus</translation>
    </message>
    <message>
        <source>Pre-trial investigation</source>
        <translation>Esitutkinta</translation>
    </message>
    <message>
        <source>Consideration of charges</source>
        <translation>Syyteharkinta</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Syyte</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Oikeudenkäynti</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Tuomio</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Muutoksenhaku</translation>
    </message>
    <message>
        <source>Compensation claim</source>
        <translation>Korvausvaatimus</translation>
    </message>
    <message>
        <source>Legal aid counsel</source>
        <translation>Oikeudenkäyntiavustaja</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Tukihenkilö</translation>
    </message>
    <message>
        <source>Non-punishment principle raised</source>
        <translation>Rankaisemattomuusperiaatteeseen vedottu</translation>
    </message>
</context>
<context>
    <name>MeansOfControl</name>
    <message>
        <source>Debt bondage</source>
        <translation>Velkaorjuus</translation>
    </message>
    <message>
        <source>Takes earnings</source>
        <translation>Ottaa ansiot</translation>
    </message>
    <message>
        <source>Restricts access to money</source>
        <translation>Rajoittaa rahankäyttöä</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Uhkailu</translation>
    </message>
    <message>
        <source>Psychological abuse</source>
        <translation>Henkinen väkivalta</translation>
    </message>
    <message>
        <source>Physical abuse</source>
        <translation>Fyysinen väkivalta</translation>
    </message>
    <message>
        <source>Sexual abuse</source>
        <translation>Seksuaalinen väkivalta</translation>
    </message>
    <message>
        <source>False promises</source>
        <translation>Väärät lupaukset</translation>
    </message>
    <message>
        <source>Psychoactive substances</source>
        <translation>Psykoaktiiviset aineet</translation>
    </message>
    <message>
        <source>Restricts movement</source>
        <translation>Rajoittaa liikkumista</translation>
    </message>
    <message>
        <source>Restricts medical care</source>
        <translation>Rajoittaa hoitoon pääsyä</translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation>Kohtuuttomat työajat</translation>
    </message>
    <message>
        <source>Uses children</source>
        <translation>Käyttää lapsia</translation>
    </message>
    <message>
        <source>Threat of law enforcement</source>
        <translation>Viranomaisilla uhkailu</translation>
    </message>
    <message>
        <source>Withholds necessities</source>
        <translation>Evää välttämättömyydet</translation>
    </message>
    <message>
        <source>Withholds documents</source>
        <translation>Pitää asiakirjoja hallussaan</translation>
    </message>
</context>
<context>
    <name>MeasureProvider</name>
    <message>
        <source>Assistance System</source>
        <translation>Auttamisjärjestelmä</translation>
    </message>
    <message>
        <source>Bought from a public organisation</source>
        <translation>Ostettu julkiselta toimijalta</translation>
    </message>
    <message>
        <source>Bought from a private organisation</source>
        <translation>Ostettu yksityiseltä toimijalta</translation>
    </message>
    <message>
        <source>Municipality or wellbeing services county</source>
        <translation>Kotikunta tai hyvinvointialue</translation>
    </message>
</context>
<context>
    <name>MeasureStatus</name>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Declined by the client</source>
        <translation>Asiakas kieltäytyi</translation>
    </message>
</context>
<context>
    <name>NeedArea</name>
    <message>
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Fyysinen terveys</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mielenterveys</translation>
    </message>
    <message>
        <source>Social situation</source>
        <translation>Sosiaalinen tilanne</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Talous</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Oikeudelliset asiat</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Right of residence</source>
        <translation>Oleskeluoikeus</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Paluu</translation>
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
        <translation>Helsinki</translation>
    </message>
    <message>
        <source>Oulu</source>
        <translation>Oulu</translation>
    </message>
    <message>
        <source>Tampere</source>
        <translation>Tampere</translation>
    </message>
</context>
<context>
    <name>RecordSections</name>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(nimeä ei ole kirjattu)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (ikä %2)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation>Muut nimet:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Asiakkuus:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Syntymäaika:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Sukupuoli:</translation>
    </message>
    <message>
        <source>Personal identity code:</source>
        <translation>Henkilötunnus:</translation>
    </message>
    <message>
        <source>Citizenships:</source>
        <translation>Kansalaisuudet:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Kielet:</translation>
    </message>
    <message>
        <source>Needs an interpreter:</source>
        <translation>Tarvitsee tulkin:</translation>
    </message>
    <message>
        <source>Contact details and residence</source>
        <translation>Yhteystiedot ja asuminen</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Puhelin:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Sähköposti:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Osoite:</translation>
    </message>
    <message>
        <source>Municipality of residence:</source>
        <translation>Kotikunta:</translation>
    </message>
    <message>
        <source>Wellbeing services county:</source>
        <translation>Hyvinvointialue:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>Oleskelun peruste:</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>Asuminen:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation>Asiakasnumero:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Toimipiste:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Työntekijä:</translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation>Ehdotus:</translation>
    </message>
    <message>
        <source>Admission decision:</source>
        <translation>Päätös ottamisesta:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Support measures:</source>
        <translation>Palvelut:</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded</source>
        <translation>
            <numerusform>%n kirjattu</numerusform>
            <numerusform>%n kirjattu</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Yhteydenotot:</translation>
    </message>
    <message>
        <source>Assistance ended:</source>
        <translation>Auttaminen päättynyt:</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Ehdotus auttamisjärjestelmään ottamisesta</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Päivämäärä:</translation>
    </message>
    <message>
        <source>Proposed by:</source>
        <translation>Ehdottaja:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Vastaanotettu:</translation>
    </message>
    <message>
        <source>Emergency:</source>
        <translation>Kiireellinen:</translation>
    </message>
    <message>
        <source>Referring organisation:</source>
        <translation>Ehdottava taho:</translation>
    </message>
    <message>
        <source>Contact at the organisation:</source>
        <translation>Yhteyshenkilö:</translation>
    </message>
    <message>
        <source>No referral is recorded.</source>
        <translation>Ehdotusta ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation>Päätös auttamisjärjestelmään ottamisesta</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Päätös:</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Perusteet:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Päättäjä:</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Muutoksenhaku</translation>
    </message>
    <message>
        <source>Appealed on:</source>
        <translation>Valitus tehty:</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Tuomioistuin:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Lopputulos:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Ratkaistu:</translation>
    </message>
    <message>
        <source>No admission decision has been made yet.</source>
        <translation>Päätöstä ottamisesta ei ole vielä tehty.</translation>
    </message>
    <message>
        <source>End of assistance</source>
        <translation>Auttamisen päättyminen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Syy:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Huomautus:</translation>
    </message>
    <message>
        <source>The assistance goes on.</source>
        <translation>Auttaminen jatkuu.</translation>
    </message>
    <message>
        <source>Reopenings</source>
        <translation>Uudelleen avaamiset</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Avattu uudelleen</translation>
    </message>
    <message>
        <source>Had ended</source>
        <translation>Oli päättynyt</translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation>Päättymisen syy</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Perusteet</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Hyväksikäyttö</translation>
    </message>
    <message>
        <source>Nothing is recorded about the exploitation.</source>
        <translation>Hyväksikäytöstä ei ole kirjattu mitään.</translation>
    </message>
    <message>
        <source>Forms:</source>
        <translation>Muodot:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Toimiala:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Missä:</translation>
    </message>
    <message>
        <source>In Finland</source>
        <translation>Suomessa</translation>
    </message>
    <message>
        <source>Abroad (%1)</source>
        <translation>Ulkomailla (%1)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Alkaen:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Päättyen:</translation>
    </message>
    <message>
        <source>Means of control:</source>
        <translation>Kontrollin keinot:</translation>
    </message>
    <message>
        <source>Relation to the exploiter:</source>
        <translation>Suhde hyväksikäyttäjään:</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Palvelutarpeen arviointi</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Tarpeet:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Suunnitelma:</translation>
    </message>
    <message>
        <source>Client agreed on:</source>
        <translation>Asiakas hyväksyi:</translation>
    </message>
    <message>
        <source>Reassessment due:</source>
        <translation>Uusi arvio viimeistään:</translation>
    </message>
    <message>
        <source>The needs have not been assessed yet.</source>
        <translation>Palvelutarvetta ei ole vielä arvioitu.</translation>
    </message>
    <message>
        <source>Reflection periods</source>
        <translation>Harkinta-ajat</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>Permit applied for</source>
        <translation>Lupaa haettu</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>No reflection period is recorded.</source>
        <translation>Harkinta-aikaa ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Residence matters</source>
        <translation>Oleskeluasiat</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation>Päätös odotettavissa</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>No residence matter is recorded.</source>
        <translation>Oleskeluasioita ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Criminal process and legal aid</source>
        <translation>Rikosprosessi ja oikeusapu</translation>
    </message>
    <message>
        <source>Assistance does not depend on the criminal process; reporting an offence is the client&apos;s choice.</source>
        <translation>Auttaminen ei riipu rikosprosessista; rikosilmoituksen tekeminen on asiakkaan oma valinta.</translation>
    </message>
    <message>
        <source>Legal steps</source>
        <translation>Oikeudelliset vaiheet</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Oikeudenkäyntipäivä</translation>
    </message>
    <message>
        <source>No legal step is recorded.</source>
        <translation>Oikeudellisia vaiheita ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Serious threats</source>
        <translation>Vakavat uhat</translation>
    </message>
    <message>
        <source>Not notified yet</source>
        <translation>Ei vielä ilmoitettu</translation>
    </message>
    <message>
        <source>Police notified</source>
        <translation>Ilmoitettu poliisille</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>No serious threat is recorded.</source>
        <translation>Vakavia uhkia ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation>Lapset ja perhe</translation>
    </message>
    <message>
        <source>Parent (client id):</source>
        <translation>Vanhempi (asiakkaan tunniste):</translation>
    </message>
    <message>
        <source>Turns 18 on:</source>
        <translation>Täyttää 18:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A child who turns 18 needs an admission decision of their own.</source>
        <translation>18 vuotta täyttävästä lapsesta tehdään oma päätös auttamisjärjestelmään ottamisesta.</translation>
    </message>
    <message>
        <source>This client is not recorded as a child. Children of a client are clients in their own right; find them in the client list.</source>
        <translation>Asiakasta ei ole kirjattu lapseksi. Asiakkaan lapset ovat itse asiakkaita; löydät heidät asiakasluettelosta.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteydenotot</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <source>No contact is recorded.</source>
        <translation>Yhteydenottoja ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Mitä se koskee</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Suostumuksia ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Tietojen luovutukset</translation>
    </message>
    <message>
        <source>Nothing about a client is told to anyone without a basis. Each disclosure is recorded here.</source>
        <translation>Asiakkaasta ei kerrota kenellekään ilman perustetta. Jokainen tietojen luovutus kirjataan tähän.</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>No disclosure is recorded.</source>
        <translation>Tietojen luovutuksia ei ole kirjattu.</translation>
    </message>
</context>
<context>
    <name>ReferralChannel</name>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>24/7 hotline</source>
        <translation>Ympärivuorokautinen päivystysnumero</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Hätäpuhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>ReferralSource</name>
    <message>
        <source>Police</source>
        <translation>Poliisi</translation>
    </message>
    <message>
        <source>Border Guard</source>
        <translation>Rajavartiolaitos</translation>
    </message>
    <message>
        <source>Finnish Immigration Service</source>
        <translation>Maahanmuuttovirasto (Migri)</translation>
    </message>
    <message>
        <source>Victim Support Finland</source>
        <translation>Rikosuhripäivystys (RIKU)</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Muu järjestö</translation>
    </message>
    <message>
        <source>Health or social services</source>
        <translation>Sosiaali- tai terveyspalvelut</translation>
    </message>
    <message>
        <source>The person themself</source>
        <translation>Henkilö itse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>ReflectionGrantor</name>
    <message>
        <source>Assistance System</source>
        <translation>Auttamisjärjestelmä</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Poliisi</translation>
    </message>
    <message>
        <source>Border Guard</source>
        <translation>Rajavartiolaitos</translation>
    </message>
</context>
<context>
    <name>ResidenceMatterKind</name>
    <message>
        <source>Residence permit</source>
        <translation>Oleskelulupa</translation>
    </message>
    <message>
        <source>Asylum</source>
        <translation>Turvapaikka</translation>
    </message>
    <message>
        <source>Voluntary return</source>
        <translation>Vapaaehtoinen paluu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>ResidenceOutcome</name>
    <message>
        <source>Pending</source>
        <translation>Vireillä</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Myönnetty</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Toteutunut</translation>
    </message>
</context>
<context>
    <name>ResidenceStatus</name>
    <message>
        <source>Finnish citizen</source>
        <translation>Suomen kansalainen</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>EU-kansalainen</translation>
    </message>
    <message>
        <source>Permanent residence permit</source>
        <translation>Pysyvä oleskelulupa</translation>
    </message>
    <message>
        <source>Continuous residence permit</source>
        <translation>Jatkuva oleskelulupa</translation>
    </message>
    <message>
        <source>Temporary residence permit</source>
        <translation>Tilapäinen oleskelulupa</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Turvapaikanhakija</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Kansainvälinen suojelu</translation>
    </message>
    <message>
        <source>No residence permit</source>
        <translation>Ei oleskelulupaa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ei tiedossa</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>administrator</source>
        <translation>pääkäyttäjä</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>esihenkilö</translation>
    </message>
    <message>
        <source>office worker</source>
        <translation>toimistotyöntekijä</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>asiakastyöntekijä</translation>
    </message>
</context>
<context>
    <name>SupportMeasureType</name>
    <message>
        <source>Safe housing</source>
        <translation>Turvallinen asuminen</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Terveydenhuolto</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosiaalipalvelut</translation>
    </message>
    <message>
        <source>Reception allowance</source>
        <translation>Vastaanottoraha</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>Toimeentulotuki</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Oikeusapu</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Oikeudellinen neuvonta</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Tukihenkilö</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Tulkkaus</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Kääntäminen</translation>
    </message>
    <message>
        <source>Voluntary assisted return</source>
        <translation>Avustettu vapaaehtoinen paluu</translation>
    </message>
    <message>
        <source>Support in applying for a residence permit</source>
        <translation>Tuki oleskeluluvan hakemisessa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>SyncErrorText</name>
    <message>
        <source>This sync package does not come from a device this database trusts, or that device was revoked. Nothing was imported.</source>
        <translation>Tämä synkronointipaketti ei ole laitteelta, johon tämä tietokanta luottaa, tai laitteen luottamus on peruttu. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>This sync package is damaged or was altered on the way. Nothing was imported.</source>
        <translation>Tämä synkronointipaketti on vioittunut tai sitä on muutettu matkalla. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>This file cannot be imported here. Nothing was imported.</source>
        <translation>Tätä tiedostoa ei voi tuoda tähän. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>The file was not found. Check its location.</source>
        <translation>Tiedostoa ei löytynyt. Tarkista sen sijainti.</translation>
    </message>
    <message>
        <source>The fingerprint does not match this identity file. Compare it again with the device&apos;s owner. Nothing was enrolled.</source>
        <translation>Sormenjälki ei vastaa tätä tunnistetiedostoa. Vertaa sitä uudelleen laitteen omistajan kanssa. Mitään laitetta ei lisätty.</translation>
    </message>
    <message>
        <source>This is not a valid device identity file, or a value is not accepted. Nothing was enrolled.</source>
        <translation>Tämä ei ole kelvollinen laitteen tunnistetiedosto, tai jotakin arvoa ei hyväksytty. Mitään laitetta ei lisätty.</translation>
    </message>
    <message>
        <source>Nothing can be exported to this device. Nothing was written.</source>
        <translation>Tälle laitteelle ei voi viedä mitään. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The sync data could not be verified.</source>
        <translation>Synkronointitietoja ei voitu varmentaa.</translation>
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
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>%1 (number used twice)</source>
        <translation>%1 (numero kahdesti käytössä)</translation>
    </message>
    <message>
        <source>Another client has the same number, because two databases were merged. Give one of them a new number.</source>
        <translation>Toisella asiakkaalla on sama numero, koska kaksi tietokantaa on yhdistetty. Anna toiselle heistä uusi numero.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ClientListPage</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n client(s); scroll for more</source>
        <translation>
            <numerusform>Ensimmäinen %n asiakas; vieritä nähdäksesi lisää</numerusform>
            <numerusform>Ensimmäiset %n asiakasta; vieritä nähdäksesi lisää</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Haku:</translation>
    </message>
    <message>
        <source>Name, alias, client number or phone number</source>
        <translation>Nimi, muu nimi, asiakasnumero tai puhelinnumero</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>The list follows as you type. Press Down to go to the list, Enter to open the first client.</source>
        <translation>Luettelo päivittyy kirjoittaessa. Alanuoli siirtää luetteloon, Enter avaa ensimmäisen asiakkaan.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättyneet</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Tilasuodatin</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message>
        <source>Office filter</source>
        <translation>Toimipistesuodatin</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Asiakkuus:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Asiakkuussuodatin</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>T&amp;yöntekijä:</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>käyttäjätunnus</translation>
    </message>
    <message>
        <source>Worker filter</source>
        <translation>Työntekijäsuodatin</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>T&amp;oimipiste:</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ClientPreview</name>
    <message>
        <source>Choose a client in the list to see a summary here. Press Enter to open the client.</source>
        <translation>Valitse asiakas luettelosta, niin hänen tietojensa yhteenveto näkyy tässä. Enter avaa asiakkaan.</translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation>Asiakasnumero:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Asiakkuus:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Toimipiste:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Työntekijä:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Opens the whole record. Opening is written to the audit log.</source>
        <translation>Avaa koko asiakastiedon. Avaaminen kirjataan lokiin.</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>ei nimetty</translation>
    </message>
    <message>
        <source>Warning: another client has the same number, because two databases were merged. Give one of them a new number.</source>
        <translation>Varoitus: toisella asiakkaalla on sama numero, koska kaksi tietokantaa on yhdistetty. Anna toiselle heistä uusi numero.</translation>
    </message>
    <message>
        <source>Open c&amp;lient</source>
        <translation>A&amp;vaa asiakas</translation>
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
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <source>Referral and admission</source>
        <translation>Ehdotus ja päätös</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Hyväksikäyttö</translation>
    </message>
    <message>
        <source>Needs and support measures</source>
        <translation>Tarpeet ja palvelut</translation>
    </message>
    <message>
        <source>Reflection period and residence</source>
        <translation>Harkinta-aika ja oleskelu</translation>
    </message>
    <message>
        <source>Criminal process and legal aid</source>
        <translation>Rikosprosessi ja oikeusapu</translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation>Lapset ja perhe</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteydenotot</translation>
    </message>
    <message>
        <source>Consents and disclosures</source>
        <translation>Suostumukset ja luovutukset</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Parts of the client record</source>
        <translation>Asiakastiedon osat</translation>
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
        <translation>%1 (näkyy nyt)</translation>
    </message>
    <message>
        <source>%1
The record shows this value until the conflict is resolved.</source>
        <translation>%1
Asiakastiedossa näkyy tämä arvo, kunnes ristiriita on ratkaistu.</translation>
    </message>
    <message>
        <source>Conflict and its values</source>
        <translation>Ristiriita ja sen arvot</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ConflictsPage</name>
    <message>
        <source>A conflict is a value changed on two devices before either had seen the other&apos;s change. Both values are kept until someone chooses; the choice is itself a change and reaches the other devices with the next sync.</source>
        <translation>Ristiriita syntyy, kun samaa arvoa on muutettu kahdella laitteella ennen kuin kumpikaan on nähnyt toisen muutosta. Molemmat arvot säilytetään, kunnes joku valitsee; valinta on itsekin muutos ja siirtyy muille laitteille seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>Ristiriitoja ei ole.</translation>
    </message>
    <message>
        <source>Conflicts and their values</source>
        <translation>Ristiriidat ja niiden arvot</translation>
    </message>
    <message>
        <source>Supervisors can see conflicts but not resolve them.</source>
        <translation>Esihenkilöt näkevät ristiriidat, mutta eivät voi ratkaista niitä.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Pidä oma</translation>
    </message>
    <message>
        <source>Keep the value made on this device</source>
        <translation>Pidä tällä laitteella tehty arvo</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>&amp;Ota toisen</translation>
    </message>
    <message>
        <source>Keep the value made on the other device</source>
        <translation>Pidä toisella laitteella tehty arvo</translation>
    </message>
    <message>
        <source>Keep the &amp;selected value</source>
        <translation>Pidä &amp;valittu arvo</translation>
    </message>
    <message>
        <source>Keep the value selected in the list (when several devices made one)</source>
        <translation>Pidä luettelosta valittu arvo (kun usea laite on tehnyt oman)</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Avaa asiakas</translation>
    </message>
</context>
<context>
    <name>majakka::ui::CreateDatabaseDialog</name>
    <message>
        <source>Create a Majakka database</source>
        <translation>Luo Majakka-tietokanta</translation>
    </message>
    <message>
        <source>Majakka keeps its records in one encrypted database. Choose where to create it and set the passphrase of its first user, the administrator. Nobody can open the database without a passphrase.</source>
        <translation>Majakka säilyttää tiedot yhdessä salatussa tietokannassa. Valitse, mihin se luodaan, ja aseta sen ensimmäisen käyttäjän eli pääkäyttäjän tunnuslause. Tietokantaa ei voi avata ilman tunnuslausetta.</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Tietokannan sijainti</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>Choose the database location</source>
        <translation>Valitse tietokannan sijainti</translation>
    </message>
    <message>
        <source>Administrator &amp;name:</source>
        <translation>Pääkäyttäjän &amp;käyttäjätunnus:</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Pääkäyttäjän käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>T&amp;oista tunnuslause:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Toista tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Luo</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Luodaan tietokantaa…</translation>
    </message>
    <message>
        <source>A database already exists at this location. Choose another name, or open it instead.</source>
        <translation>Tässä sijainnissa on jo tietokanta. Valitse toinen nimi tai avaa se sen sijaan.</translation>
    </message>
    <message>
        <source>Use at most %1 characters, with no line breaks or other control characters.</source>
        <translation>Käytä enintään %1 merkkiä, älä käytä rivinvaihtoja tai muita ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
    <message>
        <source>Choose where to create the database</source>
        <translation>Valitse, mihin tietokanta luodaan</translation>
    </message>
    <message>
        <source>Majakka databases (*.db);;All files (*)</source>
        <translation>Majakka-tietokannat (*.db);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>majakka::ui::DesktopController</name>
    <message>
        <source>Database already open</source>
        <translation>Tietokanta on jo auki</translation>
    </message>
    <message>
        <source>This database is already open in another Majakka window, which may be locked or minimised. Switch to that window to go on working.

Only one Majakka window at a time can use a database. Here you can open or create another one.</source>
        <translation>Tämä tietokanta on jo auki toisessa Majakka-ikkunassa, joka voi olla lukittuna tai pienennettynä. Jatka työtä siinä ikkunassa.

Vain yksi Majakka-ikkuna kerrallaan voi käyttää tietokantaa. Täällä voit avata tai luoda toisen tietokannan.</translation>
    </message>
    <message>
        <source>The sync package could not be passed to that window (it did not answer). Open it there with Sync → Receive changes.</source>
        <translation>Synkronointipakettia ei voitu välittää sille ikkunalle (se ei vastannut). Avaa paketti siellä valitsemalla Synkronointi → Vastaanota muutokset.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::DeviceAdministration</name>
    <message>
        <source>A file with this name exists already. Majakka never writes over a file: choose another name.</source>
        <translation>Tämänniminen tiedosto on jo olemassa. Majakka ei koskaan kirjoita tiedoston päälle: valitse toinen nimi.</translation>
    </message>
    <message>
        <source>Wrote %1. Give it to whoever enrols this device, and read them the fingerprint above.</source>
        <translation>Kirjoitettiin %1. Anna se sille, joka lisää tämän laitteen, ja lue hänelle yllä oleva sormenjälki.</translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation>Laite %1 lisättiin.</translation>
    </message>
    <message>
        <source>Revoked %1: its packages are refused from now on.</source>
        <translation>Laitteen %1 luottamus peruttiin: sen paketit hylätään tästä lähtien.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::DevicesDialog</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Peruttu %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Luotettu</translation>
    </message>
    <message>
        <source>Save this device&apos;s identity file as</source>
        <translation>Tallenna tämän laitteen tunnistetiedosto nimellä</translation>
    </message>
    <message>
        <source>Device identity files (*.majakka-device)</source>
        <translation>Laitteiden tunnistetiedostot (*.majakka-device)</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Peru laitteen luottamus</translation>
    </message>
    <message>
        <source>Revoke %1? Packages from it are refused from now on and nothing is exported to it. This cannot be undone: to work with it again, it needs a new database and enrolling anew.</source>
        <translation>Perutaanko laitteen %1 luottamus? Sen paketit hylätään tästä lähtien, eikä sille viedä mitään. Tätä ei voi kumota: jotta laitteen kanssa voisi taas toimia, se tarvitsee uuden tietokannan ja uuden lisäämisen.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Peru luottamus</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>P&amp;eruuta</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Laitteet</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Tämä laite</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Tunniste:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Sormenjälki:</translation>
    </message>
    <message>
        <source>Fingerprint of this device</source>
        <translation>Tämän laitteen sormenjälki</translation>
    </message>
    <message>
        <source>Whoever enrols this device elsewhere types this fingerprint as you read it out, group by group. Give them the identity file too: it holds the name, the id and the public keys, nothing secret.</source>
        <translation>Se, joka lisää tämän laitteen muualla, kirjoittaa tämän sormenjäljen sitä mukaa kuin luet sen ääneen ryhmä kerrallaan. Anna hänelle myös tunnistetiedosto: siinä on nimi, tunniste ja julkiset avaimet, ei mitään salaista.</translation>
    </message>
    <message>
        <source>&amp;Export identity file…</source>
        <translation>&amp;Vie tunnistetiedosto…</translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation>Luotetut laitteet</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Cases it receives</source>
        <translation>Mitä asiakkuuksia se saa</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sormenjälki</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation>&amp;Lisää laite…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>P&amp;eru luottamus…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
</context>
<context>
    <name>majakka::ui::EnrolDeviceDialog</name>
    <message>
        <source>This file cannot be read as a device identity file. Check the name and the folder.</source>
        <translation>Tätä tiedostoa ei voi lukea laitteen tunnistetiedostona. Tarkista nimi ja kansio.</translation>
    </message>
    <message>
        <source>%1 describes the device “%2”, id %3.</source>
        <translation>%1 kuvaa laitetta ”%2”, tunniste %3.</translation>
    </message>
    <message>
        <source>Open a device identity file</source>
        <translation>Avaa laitteen tunnistetiedosto</translation>
    </message>
    <message>
        <source>Device identity files (*.majakka-device);;All files (*)</source>
        <translation>Laitteiden tunnistetiedostot (*.majakka-device);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Lisää laite</translation>
    </message>
    <message>
        <source>A device this database trusts can send it changes and receive the cases it is enrolled for. Get the device&apos;s identity file from its owner (Sync → Devices → Export identity file there) and call them.</source>
        <translation>Laite, johon tämä tietokanta luottaa, voi lähettää sille muutoksia ja saada ne asiakkuudet, joita varten se on lisätty. Pyydä laitteen tunnistetiedosto sen omistajalta (siellä Synkronointi → Laitteet → Vie tunnistetiedosto) ja soita hänelle.</translation>
    </message>
    <message>
        <source>Identity &amp;file:</source>
        <translation>&amp;Tunnistetiedosto:</translation>
    </message>
    <message>
        <source>The device&apos;s identity file</source>
        <translation>Laitteen tunnistetiedosto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>&amp;Nimi täällä:</translation>
    </message>
    <message>
        <source>Name of the device on this database</source>
        <translation>Laitteen nimi tässä tietokannassa</translation>
    </message>
    <message>
        <source>Whose cases the device receives</source>
        <translation>Kenen asiakkuudet laite saa</translation>
    </message>
    <message>
        <source>All cases (an office desktop)</source>
        <translation>Kaikki asiakkuudet (toimiston pöytäkone)</translation>
    </message>
    <message>
        <source>The cases assigned to one worker (a laptop)</source>
        <translation>Yhdelle työntekijälle osoitetut asiakkuudet (kannettava)</translation>
    </message>
    <message>
        <source>The cases of one office</source>
        <translation>Yhden toimipisteen asiakkuudet</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>T&amp;yöntekijä:</translation>
    </message>
    <message>
        <source>Worker the device is for</source>
        <translation>Työntekijä, jota varten laite on</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>T&amp;oimipiste:</translation>
    </message>
    <message>
        <source>Office the device is for</source>
        <translation>Toimipiste, jota varten laite on</translation>
    </message>
    <message>
        <source>Fingerprint as the device&apos;s owner reads it out</source>
        <translation>Sormenjälki sellaisena kuin laitteen omistaja lukee sen ääneen</translation>
    </message>
    <message>
        <source>30 digits in six groups</source>
        <translation>30 numeroa kuutena ryhmänä</translation>
    </message>
    <message>
        <source>Ask the owner to read out the fingerprint their device shows (Sync → Devices, or majakka-cli device show) and type it here. Spaces do not matter. It is not taken from the file on purpose: only comparing it proves the file is theirs.</source>
        <translation>Pyydä omistajaa lukemaan ääneen hänen laitteensa näyttämä sormenjälki (Synkronointi → Laitteet tai majakka-cli device show) ja kirjoita se tähän. Välilyönneillä ei ole väliä. Sormenjälkeä ei tarkoituksella oteta tiedostosta: vain vertaamalla varmistuu, että tiedosto on hänen.</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Cases it &amp;receives:</source>
        <translation>&amp;Asiakkuudet, jotka se saa:</translation>
    </message>
    <message>
        <source>Fin&amp;gerprint:</source>
        <translation>&amp;Sormenjälki:</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ExportPage</name>
    <message>
        <source>A file with this name exists already. Majakka never writes over a file: choose another name, or move the old file away first.</source>
        <translation>Tämänniminen tiedosto on jo olemassa. Majakka ei koskaan kirjoita tiedoston päälle: valitse toinen nimi tai siirrä vanha tiedosto ensin pois.</translation>
    </message>
    <message>
        <source>As enrolled: %1</source>
        <translation>Kuten laite on lisätty: %1</translation>
    </message>
    <message>
        <source>The cases assigned to %1</source>
        <translation>Työntekijälle %1 osoitetut asiakkuudet</translation>
    </message>
    <message>
        <source>The cases of its office</source>
        <translation>Sen toimipisteen asiakkuudet</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Kaikki asiakkuudet</translation>
    </message>
    <message>
        <source>Save the sync package as</source>
        <translation>Tallenna synkronointipaketti nimellä</translation>
    </message>
    <message>
        <source>Sync packages (*.majakka-sync)</source>
        <translation>Synkronointipaketit (*.majakka-sync)</translation>
    </message>
    <message>
        <source>Writes a signed, encrypted file of the changes the chosen device has not seen yet. Only that device can open it. Carry it over on a USB stick or any other way and import it there.</source>
        <translation>Kirjoittaa allekirjoitetun, salatun tiedoston muutoksista, joita valittu laite ei ole vielä nähnyt. Vain se laite voi avata tiedoston. Siirrä se USB-tikulla tai muulla tavalla ja tuo se siellä.</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Laite:</translation>
    </message>
    <message>
        <source>Device to send the changes to</source>
        <translation>Laite, jolle muutokset lähetetään</translation>
    </message>
    <message>
        <source>Whose cases to send</source>
        <translation>Kenen asiakkuudet lähetetään</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>File to write the sync package to</source>
        <translation>Tiedosto, johon synkronointipaketti kirjoitetaan</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>No device is trusted yet. An administrator enrols devices under Sync → Devices.</source>
        <translation>Mihinkään laitteeseen ei vielä luoteta. Pääkäyttäjä lisää laitteet kohdassa Synkronointi → Laitteet.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>C&amp;ases:</source>
        <translation>&amp;Asiakkuudet:</translation>
    </message>
</context>
<context>
    <name>majakka::ui::HistoryTab</name>
    <message>
        <source>Viewed</source>
        <translation>Katsottu</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Undid a change</source>
        <translation>Muutos peruttu</translation>
    </message>
    <message>
        <source>Redid a change</source>
        <translation>Muutos tehty uudelleen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Avattu uudelleen</translation>
    </message>
    <message>
        <source>Gave a new client number</source>
        <translation>Annettu uusi asiakasnumero</translation>
    </message>
    <message>
        <source>Every time this record was opened or changed, newest first. The audit log cannot be edited by anyone.</source>
        <translation>Jokainen kerta, kun tämä asiakastieto on avattu tai sitä on muutettu, uusin ensin. Kukaan ei voi muokata lokia.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Kentät</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Lokitiedot</translation>
    </message>
</context>
<context>
    <name>majakka::ui::HomePage</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Kirjautuneena: %1 (%2)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Tietokanta:</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Tietokannan sijainti</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n day(s).</source>
        <translation>
            <numerusform>Seuraavan %n päivän aikana ei ole määräaikoja.</numerusform>
            <numerusform>Seuraavan %n päivän aikana ei ole määräaikoja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue. Press Enter or double-click a deadline to open the client.</source>
        <translation>
            <numerusform>%n myöhässä. Avaa asiakas painamalla Enter tai kaksoisnapsauttamalla määräaikaa.</numerusform>
            <numerusform>%n myöhässä. Avaa asiakas painamalla Enter tai kaksoisnapsauttamalla määräaikaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n active client(s).</source>
        <translation>
            <numerusform>Sinulla on %n voimassa oleva asiakkuus.</numerusform>
            <numerusform>Sinulla on %n voimassa olevaa asiakkuutta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My &amp;deadlines in the next %n day(s)</source>
        <translation>
            <numerusform>&amp;Määräaikani seuraavan %n päivän aikana</numerusform>
            <numerusform>&amp;Määräaikani seuraavan %n päivän aikana</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>Määräaikani</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ImportFlow</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Peruttu. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Another window of Majakka is open, perhaps with a record being edited. An import must not change records under it.

Close that window, dropping what was typed in it, and go on with the import?</source>
        <translation>Majakassa on auki toinen ikkuna, ehkä asiakastiedon muokkaus. Tuonti ei saa muuttaa asiakastietoja sen alta.

Suljetaanko se ikkuna, jolloin siihen kirjoitettu hylätään, ja jatketaanko tuontia?</translation>
    </message>
    <message>
        <source>Close it and &amp;import</source>
        <translation>Sulje ja &amp;tuo</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ei nyt</translation>
    </message>
    <message>
        <source>Checking the sync package…</source>
        <translation>Tarkistetaan synkronointipakettia…</translation>
    </message>
    <message>
        <source>Another sync is running. Try again when it has finished.</source>
        <translation>Toinen synkronointi on käynnissä. Yritä uudelleen, kun se on valmis.</translation>
    </message>
    <message>
        <source>Importing the sync package…</source>
        <translation>Tuodaan synkronointipakettia…</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ImportPage</name>
    <message>
        <source>There is no file at this location. Check the name and the folder.</source>
        <translation>Tässä sijainnissa ei ole tiedostoa. Tarkista nimi ja kansio.</translation>
    </message>
    <message>
        <source>Open a sync package</source>
        <translation>Avaa synkronointipaketti</translation>
    </message>
    <message>
        <source>Sync packages (*.majakka-sync);;All files (*)</source>
        <translation>Synkronointipaketit (*.majakka-sync);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Imports a sync package another device wrote for this one. First you see what it would change; nothing is changed until you press Apply there.</source>
        <translation>Tuo synkronointipaketin, jonka toinen laite on kirjoittanut tälle laitteelle. Ensin näet, mitä se muuttaisi; mitään ei muuteta ennen kuin painat siellä Käytä.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>Sync package file to import</source>
        <translation>Tuotava synkronointipakettitiedosto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Esi&amp;katsele…</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ImportPreviewDialog</name>
    <message>
        <source>Package:</source>
        <translation>Paketti:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Käytä</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Tuonnin esikatselu</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Apply imports all of it in one go, or nothing if anything goes wrong.</source>
        <translation>Mitään ei ole vielä muutettu. Käytä tuo kaiken kerralla – tai ei mitään, jos jokin menee pieleen.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Tuonti valmis</translation>
    </message>
    <message>
        <source>The import is finished and is in the audit log.</source>
        <translation>Tuonti on valmis ja kirjattu lokiin.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ImportReportView</name>
    <message>
        <source>everything this device has not seen yet</source>
        <translation>kaiken, mitä tämä laite ei ole vielä nähnyt</translation>
    </message>
    <message>
        <source>the cases this device is enrolled for</source>
        <translation>ne asiakkuudet, joita varten tämä laite on lisätty</translation>
    </message>
    <message>
        <source>the changes made on that device</source>
        <translation>sillä laitteella tehdyt muutokset</translation>
    </message>
    <message>
        <source>Records added:</source>
        <translation>Lisättyjä asiakastietoja:</translation>
    </message>
    <message>
        <source>Records changed:</source>
        <translation>Muutettuja asiakastietoja:</translation>
    </message>
    <message>
        <source>Records removed:</source>
        <translation>Poistettuja asiakastietoja:</translation>
    </message>
    <message>
        <source>New changes:</source>
        <translation>Uusia muutoksia:</translation>
    </message>
    <message>
        <source>Changes already here:</source>
        <translation>Jo täällä olevia muutoksia:</translation>
    </message>
    <message>
        <source>Changes held back:</source>
        <translation>Pidätettyjä muutoksia:</translation>
    </message>
    <message>
        <source>Records, conflicts and warnings of the package</source>
        <translation>Paketin asiakastiedot, ristiriidat ja varoitukset</translation>
    </message>
    <message>
        <source>This package from %1 was imported already, on %2. Importing it again changes nothing.</source>
        <translation>Tämä paketti laitteelta %1 on jo tuotu %2. Sen tuominen uudelleen ei muuta mitään.</translation>
    </message>
    <message>
        <source>What importing this package from %1 would do</source>
        <translation>Mitä tämän paketin tuonti laitteelta %1 tekisi</translation>
    </message>
    <message>
        <source>Imported the package from %1</source>
        <translation>Paketti laitteelta %1 tuotiin</translation>
    </message>
    <message>
        <source>It carries %1.</source>
        <translation>Se sisältää %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are held back: they are stamped too far in the future. Check the clock of %1; they are applied once the time comes.</source>
        <translation>
            <numerusform>%n muutos pidätetään: sen aikaleima on liian kaukana tulevaisuudessa. Tarkista laitteen %1 kello; muutos otetaan käyttöön, kun sen aika tulee.</numerusform>
            <numerusform>%n muutosta pidätetään: niiden aikaleima on liian kaukana tulevaisuudessa. Tarkista laitteen %1 kello; muutokset otetaan käyttöön, kun niiden aika tulee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) held back earlier are applied now.</source>
        <translation>
            <numerusform>Aiemmin pidätetty %n muutos otetaan nyt käyttöön.</numerusform>
            <numerusform>Aiemmin pidätetyt %n muutosta otetaan nyt käyttöön.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package is older than one imported before from %1: its changes count, but what it says about that device is out of date.</source>
        <translation>Tämä paketti on vanhempi kuin aiemmin laitteelta %1 tuotu: sen muutokset otetaan huomioon, mutta sen tiedot laitteesta ovat vanhentuneita.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) more</source>
        <translation>
            <numerusform>%n asiakastieto lisää</numerusform>
            <numerusform>%n asiakastietoa lisää</numerusform>
        </translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation>Uudet ristiriidat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisätyt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutetut</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poistetut</translation>
    </message>
    <message>
        <source>Kept on this device (they left its scope, but have changes not yet sent)</source>
        <translation>Säilytetään tällä laitteella (ne eivät enää kuulu sille, mutta niissä on lähettämättömiä muutoksia)</translation>
    </message>
    <message>
        <source>Records that could not be brought up to date</source>
        <translation>Asiakastiedot, joita ei voitu päivittää</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varoitukset</translation>
    </message>
</context>
<context>
    <name>majakka::ui::LockedPage</name>
    <message>
        <source>Majakka is locked</source>
        <translation>Majakka on lukittu</translation>
    </message>
    <message>
        <source>The database is closed. Unlock it with your passphrase to continue.</source>
        <translation>Tietokanta on suljettu. Jatka avaamalla se tunnuslauseellasi.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::MainWindow</name>
    <message>
        <source>Majakka</source>
        <translation>Majakka</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>Close the database until you unlock it again</source>
        <translation>Sulje tietokanta, kunnes avaat sen uudelleen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Majakka</source>
        <translation>&amp;Tietoja Majakasta</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked. Majakka locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Avattu. Majakka lukittuu, kun sitä ei ole käytetty %n minuuttiin.</numerusform>
            <numerusform>Avattu. Majakka lukittuu, kun sitä ei ole käytetty %n minuuttiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Majakka</source>
        <translation>Tietoja Majakasta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Majakka %1&lt;/h3&gt;&lt;p&gt;Casework for the Assistance System for Victims of Human Trafficking.&lt;/p&gt;&lt;p&gt;Records are kept in an encrypted database on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the European Union Public Licence 1.2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Majakka %1&lt;/h3&gt;&lt;p&gt;Ihmiskaupan uhrien auttamisjärjestelmän asiakastyön ohjelma.&lt;/p&gt;&lt;p&gt;Tiedot säilytetään salatussa tietokannassa tällä tietokoneella.&lt;/p&gt;&lt;p&gt;Lisenssi: Euroopan unionin yleinen lisenssi (EUPL) 1.2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Etsi asiakas</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Etusivu</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Asiakkaat</translation>
    </message>
    <message>
        <source>Close &amp;record</source>
        <translation>&amp;Sulje asiakastieto</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Asiakastieto</translation>
    </message>
    <message>
        <source>&amp;Add support measure…</source>
        <translation>&amp;Lisää palvelu…</translation>
    </message>
    <message>
        <source>&amp;Edit support measure…</source>
        <translation>&amp;Muokkaa palvelua…</translation>
    </message>
    <message>
        <source>&amp;Remove support measure</source>
        <translation>&amp;Poista palvelu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Kumoa: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Tee uudelleen: %1</translation>
    </message>
</context>
<context>
    <name>majakka::ui::MeasureDialog</name>
    <message>
        <source>Enter the start date.</source>
        <translation>Anna alkamispäivä.</translation>
    </message>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation>Ei ole päivämäärä. Kirjoita muodossa %1.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Loppu ei voi olla ennen alkua.</translation>
    </message>
    <message>
        <source>An ended measure needs its end date.</source>
        <translation>Päättyneellä palvelulla pitää olla päättymispäivä.</translation>
    </message>
    <message>
        <source>Add support measure</source>
        <translation>Lisää palvelu</translation>
    </message>
    <message>
        <source>Edit support measure</source>
        <translation>Muokkaa palvelua</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Palvelu:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Tuottaja:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ti&amp;la:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Päättyy:</translation>
    </message>
    <message>
        <source>&amp;Urgent: started on an emergency referral before the admission decision</source>
        <translation>&amp;Kiireellinen: aloitettu kiireellisen ehdotuksen perusteella ennen päätöstä ottamisesta</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>Type of measure</source>
        <translation>Palvelun laji</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tuottaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Alkamispäivä</translation>
    </message>
    <message>
        <source>For a declined measure, when it was offered.</source>
        <translation>Palvelusta, josta asiakas kieltäytyi: milloin sitä tarjottiin.</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Needed once the measure has ended; a planned end otherwise.</source>
        <translation>Pakollinen, kun palvelu on päättynyt; muuten suunniteltu päättymispäivä.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
</context>
<context>
    <name>majakka::ui::MeasuresTab</name>
    <message>
        <source>Add %1</source>
        <translation>Lisää: %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Muuta: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Poista: %1</translation>
    </message>
    <message>
        <source>This measure cannot be removed: the record would break a case rule.</source>
        <translation>Palvelua ei voi poistaa: asiakastieto rikkoisi silloin asiakkuuden sääntöä.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tuottaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Support measures</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>&amp;Add measure…</source>
        <translation>&amp;Lisää palvelu…</translation>
    </message>
    <message>
        <source>Add a support measure (Ctrl+Shift+M)</source>
        <translation>Lisää palvelu (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Edit the selected measure (F2)</source>
        <translation>Muokkaa valittua palvelua (F2)</translation>
    </message>
    <message>
        <source>Remove the selected measure (Ctrl+Delete); Ctrl+Z brings it back</source>
        <translation>Poista valittu palvelu (Ctrl+Delete); Ctrl+Z palauttaa sen</translation>
    </message>
    <message>
        <source>You can read these measures but not change them: your role or the end of the assistance does not allow changes.</source>
        <translation>Voit lukea palvelut mutta et muuttaa niitä: roolisi tai auttamisen päättyminen ei salli muutoksia.</translation>
    </message>
    <message>
        <source>&amp;Support measures</source>
        <translation>&amp;Palvelut</translation>
    </message>
    <message>
        <source>Ed&amp;it measure…</source>
        <translation>M&amp;uokkaa palvelua…</translation>
    </message>
    <message>
        <source>Re&amp;move measure</source>
        <translation>P&amp;oista palvelu</translation>
    </message>
</context>
<context>
    <name>majakka::ui::PassphraseStrengthHint</name>
    <message>
        <source>Use at least %1 characters. Several words are easy to remember and hard to guess.</source>
        <translation>Käytä vähintään %1 merkkiä. Useasta sanasta koostuva tunnuslause on helppo muistaa ja vaikea arvata.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Liian lyhyt: käytä vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>Strength: weak. A longer passphrase of several words would be safer.</source>
        <translation>Vahvuus: heikko. Pidempi, useasta sanasta koostuva tunnuslause olisi turvallisempi.</translation>
    </message>
    <message>
        <source>Strength: fair.</source>
        <translation>Vahvuus: kohtalainen.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Vahvuus: vahva.</translation>
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
            <numerusform>Tässä asiakastiedossa on %n synkronoinnin ristiriita: arvoa on muutettu kahdella laitteella.</numerusform>
            <numerusform>Tässä asiakastiedossa on %n synkronoinnin ristiriitaa: arvoja on muutettu kahdella laitteella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation>Täällä: %1</translation>
    </message>
    <message>
        <source>Elsewhere: %1</source>
        <translation>Muualla: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Pidä oma</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ota toisen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Show this conflict with all its values in the conflicts list</source>
        <translation>Näytä tämä ristiriita kaikkine arvoineen ristiriitaluettelossa</translation>
    </message>
</context>
<context>
    <name>majakka::ui::RecordHeader</name>
    <message>
        <source>Serious threat recorded on %1: the police notice is not recorded yet.</source>
        <translation>Vakava uhka kirjattu %1: ilmoitusta poliisille ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <source>Serious threat recorded on %1; the police were notified.</source>
        <translation>Vakava uhka kirjattu %1; poliisille on ilmoitettu.</translation>
    </message>
    <message>
        <source>The reflection period ends on %1 (%2).</source>
        <translation>Harkinta-aika päättyy %1 (%2).</translation>
    </message>
    <message>
        <source>Assistance ended on %1. The record is read-only until the case is reopened.</source>
        <translation>Auttaminen päättyi %1. Tietoja voi vain lukea, kunnes asiakkuus avataan uudelleen.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>no number yet</source>
        <translation>ei vielä numeroa</translation>
    </message>
    <message>
        <source>Assistance ended</source>
        <translation>Auttaminen päättynyt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>no worker assigned</source>
        <translation>työntekijää ei nimetty</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Työntekijä: %1</translation>
    </message>
</context>
<context>
    <name>majakka::ui::SectionView</name>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
</context>
<context>
    <name>majakka::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation>&amp;Automaattinen lukitus:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without use before Majakka locks itself</source>
        <translation>Minuutit ilman käyttöä ennen kuin Majakka lukittuu</translation>
    </message>
    <message>
        <source>Majakka locks itself when the keyboard and mouse have not been used for this many minutes. This setting is kept in the database.</source>
        <translation>Majakka lukittuu, kun näppäimistöä ja hiirtä ei ole käytetty näin moneen minuuttiin. Asetus tallennetaan tietokantaan.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>The language is kept on this computer only.</source>
        <translation>Kieli tallennetaan vain tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
</context>
<context>
    <name>majakka::ui::SyncActions</name>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Peruttu. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Writing the sync package for %1…</source>
        <translation>Kirjoitetaan synkronointipakettia laitteelle %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Supervisors cannot import sync packages. Ask a caseworker, an office worker or an administrator to import this one.</source>
        <translation>Esihenkilöt eivät voi tuoda synkronointipaketteja. Pyydä tämän paketin tuontia asiakastyöntekijältä, toimiston työntekijältä tai pääkäyttäjältä.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynkronointi</translation>
    </message>
    <message>
        <source>&amp;Send changes to a device…</source>
        <translation>&amp;Lähetä muutokset laitteelle…</translation>
    </message>
    <message>
        <source>Write a sync package for a trusted device</source>
        <translation>Kirjoita synkronointipaketti luotetulle laitteelle</translation>
    </message>
    <message>
        <source>&amp;Receive changes from a file…</source>
        <translation>&amp;Vastaanota muutokset tiedostosta…</translation>
    </message>
    <message>
        <source>Preview and import a sync package from another device</source>
        <translation>Esikatsele ja tuo toisen laitteen synkronointipaketti</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Ristiriidat…</translation>
    </message>
    <message>
        <source>Values changed on two devices, to choose between</source>
        <translation>Kahdella laitteella muutetut arvot, joiden välillä valitaan</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>La&amp;itteet…</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, and the devices this database trusts</source>
        <translation>Tämän laitteen sormenjälki ja laitteet, joihin tämä tietokanta luottaa</translation>
    </message>
    <message>
        <source>Wrote %1 for %2 (%3).</source>
        <translation>Kirjoitettiin %1 laitteelle %2 (%3).</translation>
    </message>
    <message>
        <source>It holds %1 in %2; its size is %3.</source>
        <translation>Siinä on %1 %2; sen koko on %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n muutos</numerusform>
            <numerusform>%n muutosta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n asiakastiedossa</numerusform>
            <numerusform>%n asiakastiedossa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) there left the device&apos;s scope and go from it at the import.</source>
        <translation>
            <numerusform>%n asiakastieto ei enää kuulu laitteelle, ja se poistuu siltä tuonnissa.</numerusform>
            <numerusform>%n asiakastietoa ei enää kuulu laitteelle, ja ne poistuvat siltä tuonnissa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majakka::ui::SyncDialog</name>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Send changes</source>
        <translation>Lähetä muutokset</translation>
    </message>
    <message>
        <source>Receive changes</source>
        <translation>Vastaanota muutokset</translation>
    </message>
    <message>
        <source>Send or receive changes</source>
        <translation>Lähetä tai vastaanota muutoksia</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
</context>
<context>
    <name>majakka::ui::SyncProgressDialog</name>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Stopping… Nothing of this work is kept.</source>
        <translation>Pysäytetään… Tästä työstä ei jää mitään voimaan.</translation>
    </message>
    <message>
        <source>Cancel stops the work and leaves everything as it was.</source>
        <translation>Peruuta pysäyttää työn ja jättää kaiken ennalleen.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::UnlockDialog</name>
    <message>
        <source>Unlock Majakka</source>
        <translation>Avaa Majakka</translation>
    </message>
    <message>
        <source>Majakka is locked. Enter your user name and passphrase to open the database.</source>
        <translation>Majakka on lukittu. Avaa tietokanta antamalla käyttäjätunnuksesi ja tunnuslauseesi.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Tietokanta:</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Tietokannan sijainti</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>May be left empty if you are the only user</source>
        <translation>Voit jättää tyhjäksi, jos olet ainoa käyttäjä</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>Luo &amp;uusi tietokanta…</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>Avaa to&amp;inen tietokanta…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
        <source>Open a Majakka database</source>
        <translation>Avaa Majakka-tietokanta</translation>
    </message>
    <message>
        <source>Majakka databases (*.db);;All files (*)</source>
        <translation>Majakka-tietokannat (*.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>This database has more than one user. Enter your user name.</source>
        <translation>Tietokannalla on useita käyttäjiä. Anna käyttäjätunnuksesi.</translation>
    </message>
</context>
</TS>
