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
    <name>CaseDocumentPdf</name>
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
        <source>Exported</source>
        <translation>Viety tiedostoon</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <source>Everything held about a client</source>
        <translation>Kaikki asiakkaasta tallennettu</translation>
    </message>
    <message>
        <source>Assistance System for Victims of Human Trafficking · for the client&apos;s access request</source>
        <translation>Ihmiskaupan uhrien auttamisjärjestelmä · asiakkaan tietopyyntöä varten</translation>
    </message>
    <message>
        <source>%1, client number %2. Exported on %3 by %4.</source>
        <translation>%1, asiakasnumero %2. Viety tiedostoon %3, viejä %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei ole</translation>
    </message>
    <message>
        <source>Majakka keeps the record in an encrypted database. This copy is not encrypted: keep it safe, and give it to the client only.</source>
        <translation>Majakka säilyttää tiedot salatussa tietokannassa. Tämä kopio ei ole salattu: säilytä se turvassa ja anna se vain asiakkaalle itselleen.</translation>
    </message>
    <message>
        <source>Values as written</source>
        <translation>Tallennetut arvot</translation>
    </message>
    <message>
        <source>Every value written to the record, oldest first, with who wrote it. Earlier values are kept: the history of a record is never rewritten.</source>
        <translation>Jokainen tietoihin kirjattu arvo vanhimmasta alkaen ja kuka sen kirjasi. Aiemmat arvot säilyvät: tietojen historiaa ei koskaan kirjoiteta uudelleen.</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(tyhjennetty)</translation>
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
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Value written</source>
        <translation>Kirjattu arvo</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Lokitiedot</translation>
    </message>
    <message>
        <source>Every time the record was opened, changed, printed or exported, oldest first. The audit log cannot be changed.</source>
        <translation>Jokainen kerta, kun tietoja on katsottu, muutettu, tulostettu tai viety tiedostoon, vanhimmasta alkaen. Lokia ei voi muuttaa.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sivu %1/%2</translation>
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
        <translation>Asiakkuuden yhteenveto</translation>
    </message>
    <message>
        <source>%1 · client number %2</source>
        <translation>%1 · asiakasnumero %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei ole</translation>
    </message>
    <message>
        <source>Confidential. Printed on %1 for a meeting of the Assistance System for Victims of Human Trafficking. Do not leave it lying about; shred it after the meeting.</source>
        <translation>Luottamuksellinen. Tulostettu %1 Ihmiskaupan uhrien auttamisjärjestelmän kokousta varten. Älä jätä paperia näkyville; hävitä se silppurissa kokouksen jälkeen.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (ikä %2)</translation>
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
        <source>Residence status:</source>
        <translation>Oleskelun peruste:</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>Asuminen:</translation>
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
        <source>Assistance:</source>
        <translation>Auttaminen:</translation>
    </message>
    <message>
        <source>ended on %1 (%2)</source>
        <translation>päättynyt %1 (%2)</translation>
    </message>
    <message>
        <source>goes on</source>
        <translation>jatkuu</translation>
    </message>
    <message>
        <source>Falls due</source>
        <translation>Tulossa olevat määräajat</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 90 days.</source>
        <translation>Seuraavan 90 päivän aikana ei ole määräaikoja.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Support measures that ended or were declined are not listed.</source>
        <translation>Päättyneitä palveluja ja palveluja, joista asiakas on kieltäytynyt, ei luetella.</translation>
    </message>
    <message numerus="yes">
        <source>The %n latest contact(s) at most.</source>
        <translation>
            <numerusform>Enintään %n viimeisin yhteydenotto.</numerusform>
            <numerusform>Enintään %n viimeisintä yhteydenottoa.</numerusform>
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
    <message numerus="yes">
        <source>An identity code has 11 characters, such as 131052-308T; this has %n.</source>
        <translation>
            <numerusform>Henkilötunnuksessa on 11 merkkiä, esimerkiksi 131052-308T; tässä on %n.</numerusform>
            <numerusform>Henkilötunnuksessa on 11 merkkiä, esimerkiksi 131052-308T; tässä on %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first six characters are the birth date as digits, DDMMYY.</source>
        <translation>Kuusi ensimmäistä merkkiä ovat syntymäaika numeroina, PPKKVV.</translation>
    </message>
    <message>
        <source>The seventh character is the century sign: + for the 1800s, - Y X W V U for the 1900s, A to F for the 2000s (capital letters).</source>
        <translation>Seitsemäs merkki on välimerkki: + 1800-luvulla, - Y X W V U 1900-luvulla, A–F 2000-luvulla (isot kirjaimet).</translation>
    </message>
    <message>
        <source>DDMMYY with its century sign is not a real date.</source>
        <translation>PPKKVV ja välimerkki eivät muodosta todellista päivämäärää.</translation>
    </message>
    <message>
        <source>The individual number (characters 8 to 10) is three digits from 002 to 999.</source>
        <translation>Yksilönumero (merkit 8–10) on kolme numeroa väliltä 002–999.</translation>
    </message>
    <message>
        <source>The check character (the last one) should be %1 for the rest of this code, not %2.</source>
        <translation>Tarkistusmerkin (viimeinen merkki) pitäisi olla tälle tunnukselle %1 eikä %2.</translation>
    </message>
    <message numerus="yes">
        <source>Not a user name: at most %n bytes, without control characters.</source>
        <translation>
            <numerusform>Ei ole käyttäjätunnus: enintään %n tavu, ei ohjausmerkkejä.</numerusform>
            <numerusform>Ei ole käyttäjätunnus: enintään %n tavua, ei ohjausmerkkejä.</numerusform>
        </translation>
    </message>
    <message>
        <source>A phone number has 5 to 20 digits and may hold spaces and + - ( ), such as +358 40 123 4567.</source>
        <translation>Puhelinnumerossa on 5–20 numeroa, ja siinä voi olla välilyöntejä ja merkit + - ( ), esimerkiksi +358 40 123 4567.</translation>
    </message>
    <message>
        <source>Not an e-mail address: write it as name@example.fi.</source>
        <translation>Ei ole sähköpostiosoite: kirjoita muodossa nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code: use two letters, such as FI or RU.</source>
        <translation>&quot;%1&quot; ei ole maatunnus: käytä kahta kirjainta, esimerkiksi FI tai RU.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the list twice.</source>
        <translation>&quot;%1&quot; on luettelossa kahdesti.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code: use two or three letters, such as fi, ru or tgl.</source>
        <translation>&quot;%1&quot; ei ole kielitunnus: käytä kahta tai kolmea kirjainta, esimerkiksi fi, ru tai tgl.</translation>
    </message>
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
    <name>HotlineText</name>
    <message>
        <source>Possible victim</source>
        <translation>Mahdollinen uhri</translation>
    </message>
    <message>
        <source>Relative or friend</source>
        <translation>Omainen tai ystävä</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Viranomainen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Other caller</source>
        <translation>Muu soittaja</translation>
    </message>
    <message>
        <source>Did not say</source>
        <translation>Ei kertonut</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>Työperäinen hyväksikäyttö</translation>
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
        <source>Services of the Assistance System</source>
        <translation>Auttamisjärjestelmän palvelut</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Yleistä tietoa</translation>
    </message>
    <message>
        <source>Other topic</source>
        <translation>Muu aihe</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Annettiin tietoa</translation>
    </message>
    <message>
        <source>Referral to the Assistance System</source>
        <translation>Ehdotus auttamisjärjestelmään</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Ohjattiin muualle</translation>
    </message>
    <message>
        <source>Emergency services alerted</source>
        <translation>Hätäkeskukseen ilmoitettiin</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Ei toimenpiteitä</translation>
    </message>
    <message>
        <source>Call interrupted</source>
        <translation>Puhelu katkesi</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Muu lopputulos</translation>
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
    <name>PdfLayout</name>
    <message>
        <source>Page %1</source>
        <translation>Sivu %1</translation>
    </message>
</context>
<context>
    <name>PlaintextExport</name>
    <message>
        <source>The file will not be encrypted</source>
        <translation>Tiedostoa ei salata</translation>
    </message>
    <message>
        <source>Majakka keeps its records in an encrypted database. The file you are about to save is not encrypted: anyone who can open the place you save it to can read it.</source>
        <translation>Majakka säilyttää tiedot salatussa tietokannassa. Tallennettava tiedosto ei ole salattu: kuka tahansa, joka pääsee käsiksi tallennuspaikkaan, voi lukea sen.</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Valitse tallennuspaikka…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Tallenna nimellä</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Kansio</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>V&amp;alitse kaikki</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Siirry ylös</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Sii&amp;rry alas</translation>
    </message>
</context>
<context>
    <name>QAccessibleActionInterface</name>
    <message>
        <source>Press</source>
        <translation>Paina</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Vähennä</translation>
    </message>
    <message>
        <source>ShowMenu</source>
        <translation>NäytäValikko</translation>
    </message>
    <message>
        <source>SetFocus</source>
        <translation>AsetaKohdistus</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Vaihda</translation>
    </message>
    <message>
        <source>Scroll Left</source>
        <translation>Vieritä vasemmalle</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Vieritä oikealle</translation>
    </message>
    <message>
        <source>Scroll Up</source>
        <translation>Vieritä ylös</translation>
    </message>
    <message>
        <source>Scroll Down</source>
        <translation>Vieritä alas</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Edellinen sivu</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Seuraava sivu</translation>
    </message>
    <message>
        <source>Triggers the action</source>
        <translation>Käynnistää toiminnon</translation>
    </message>
    <message>
        <source>Increase the value</source>
        <translation>Lisää arvoa</translation>
    </message>
    <message>
        <source>Decrease the value</source>
        <translation>Vähentää arvoa</translation>
    </message>
    <message>
        <source>Shows the menu</source>
        <translation>Näyttää valikon</translation>
    </message>
    <message>
        <source>Sets the focus</source>
        <translation>Asettaa kohdistuksen</translation>
    </message>
    <message>
        <source>Toggles the state</source>
        <translation>Vaihtaa tilaa</translation>
    </message>
    <message>
        <source>Scrolls to the left</source>
        <translation>Vierittää vasemmalle</translation>
    </message>
    <message>
        <source>Scrolls to the right</source>
        <translation>Vierittää oikealle</translation>
    </message>
    <message>
        <source>Scrolls up</source>
        <translation>Vierittää ylös</translation>
    </message>
    <message>
        <source>Scrolls down</source>
        <translation>Vierittää alas</translation>
    </message>
    <message>
        <source>Goes back a page</source>
        <translation>Siirtyy sivun taaksepäin</translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation>Siirtyy seuraavalle sivulle</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation>Tosi</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Epätosi</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Avaa yhdistelmäruudun vaihtoehdot</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Työ</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Lopussa:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Etulehdet</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Yöllä (18.00-5.59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Määräaikana</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Laskutustiedot:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Ajastettu tulostus:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Salainen (Secret)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Huippusalainen</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Alussa:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Päivällä (6.00-17.59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ns. toisessa vuorossa (16.00-23.59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Töiden hallinta</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Viikonloppuna (lauantaista sunnuntaihin)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Tavallinen</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Salainen (Classified)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ns. kolmannessa vuorossa (0.00-7.59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Pidä ikuisesti</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Tulosta välittömästi</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Luottamuksellinen</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Työn prioriteetti:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Luokittelematon</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tiedostot</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Näytä </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>”%1” on kirjoitussuojattu.
Haluatko silti poistaa sen?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Haluatko varmasti poistaa kohteen ”%1”?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Sijaintien ja kirjanmerkkien lista</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tiedosto&amp;nimi:</translation>
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
        <translation>Tiedostokansio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poisto</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Uusi kansio</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Yläkansio</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Uusi kansio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Oma tietokone</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Lähde:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Luo uusi kansio</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-tiedosto</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Tiedostotyyppi:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Etsi kansio</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Näytä piilotiedostot</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Kansiota ei löydy.
Varmista oikea kansion nimi.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sivupalkki</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listanäkymä</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Valitse</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Kansiot</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Muuta nimeä</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Kansion poistaminen epäonnistui.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Kansio:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 on jo olemassa.
Korvataanko se?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Eteenpäin</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Siirry eteenpäin</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Siirry yläkansioon</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Viimeaikaiset sijainnit</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Siirry takaisin</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Vaihda yksityiskohtaiseen näkymään</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Uusi kansio</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pikakuvake</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Yksityiskohtainen näkymä</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Tiedostoa ei löydy.
Varmista oikea tiedoston nimi.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Vaihda listanäkymään</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Muutosaika</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Tietokone</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Virheellinen tiedostonimi</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Nimeä ”%1” ei voi käyttää.&lt;/b&gt;&lt;p&gt;Kokeile jotain muuta nimeä, esim. vähemmän merkkejä tai ei välimerkkejä.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>L&amp;eikkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Liitä</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Näytä yksityiskohdat…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Piilota yksityiskohdat…</translation>
    </message>
</context>
<context>
    <name>QPPDOptionsModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>cc</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>dd</translation>
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
        <translation>Lomake</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>alareunus</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Paperilähde:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>oikea reunus</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Reunukset</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Vaakasuunta</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Sivujen asettelu</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Leveys:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (dd)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Pystysuunta</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Sivujen järjestys:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>yläreunus</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>vasen reunus</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Sivukoko:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (cc)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Käänteinen pystysuunta</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimetrit (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Pisteet (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Sivuja arkilla:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Tuumat (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Käänteinen vaakasuunta</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Korkeus:</translation>
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
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tallenna kaikki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Kyllä k&amp;aikkiin</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kaikkiin</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
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
        <translation>Parilliset sivut</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Asetukset &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Asetukset &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Vasemmalta oikealle, ylhäältä alas</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Oikealta vasemmalle, alhaalta ylös</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Tallenna PDF-tiedostoon</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>T&amp;ulosta</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1 × 1)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Asetuksia ”Sivuja arkilla” ja ”Sivujoukko” ei voi käyttää samanaikaisesti.
Poista toinen niistä käytöstä.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 on jo olemassa.
Haluatko korvata sen?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2 × 1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Vasemmalta oikealle, alhaalta ylös</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2 × 2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Parittomat sivut</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Paikallinen tiedosto</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2 × 3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4 × 4)</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Tulosta tiedostoon (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Tulosta tiedostoon…</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Virheellinen sivujen määritys</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 ei noudata oikeaa syntaksia. Käytä pilkkua (,) sivunumeroiden ja -numeroalueiden erottamiseen. Käytä viivaa (-) sivunumeroalueiden ilmaisemiseen. Varmista, että sivunumeroalueet eivät mene päällekkäin.</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3 × 3)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automaattinen</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Oikealta vasemmalle, ylhäältä alas</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Alhaalta ylös, vasemmalta oikealle</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Sivulta-arvo ei voi olla suurempi kuin sivulle-arvo.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Kaikki sivut</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 on kansio.
Anna tiedostolle toinen nimi.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Tiedostoon %1 ei voida tallentaa.
Anna jokin muu tiedostonimi.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Alhaalta ylös, oikealta vasemmalle</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Ylhäältä alas, vasemmalta oikealle</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Ylhäältä alas, oikealta vasemmalle</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Konflikti edistyneissä asetuksissa</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Työn asetukset</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Joissakin edistyneissä asetuksissa on konflikteja. Haluatko korjata ne?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Tulostimen ominaisuudet</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sivu</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Joissakin asetuksissa on konflikteja. Ole hyvä ja korjaa ne.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Edistyneet</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>sivulle</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Väri</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Tulosta kaikki</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Nykyinen sivu</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Valinta</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Pidempi reuna</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopiot</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Tulostusalue</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Väritila</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Tulostusasetukset</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Käänteisesti</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Harmaasävy</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Lyhyempi reuna</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Lajittele</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Kopioita:</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Erottele sivunumerot ja -numeroalueet pilkuilla. Sivunumeroalueet merkitään kahdella numerolla, viivalla erotettuina. Esim. 3,5-7,9 tulostaa sivut 3, 5, 6, 7 ja 9.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Sivulta</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Sivujoukko:</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>Kaksipuolinen tulostus</translation>
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
        <translation>Lomake</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tyyppi:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Tuloste&amp;tiedosto:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Ominaisuudet</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Tulostin</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Sijainti:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Vieritä tähän</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Vasempaan reunaan</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Alkuun</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Oikeaan reunaan</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Loppuun</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Sivu vasemmalle</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Sivu ylös</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Sivu oikealle</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Sivu alas</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Vieritä vasemmalle</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Vieritä ylös</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Vieritä oikealle</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Vieritä alas</translation>
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
        <translation>Askelpalautin</translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation>Sarkain taaksepäin</translation>
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
        <translation>Vasen nuoli</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Oikea nuoli</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Ylänuoli</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Alanuoli</translation>
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
        <translation>Return</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vaihto</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Välilyönti</translation>
    </message>
    <message>
        <source>SysReq</source>
        <translation>SysReq</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sarkain</translation>
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
        <translation>Valikko</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
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
        <translation>Vieritä vasemmalle</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Vieritä oikealle</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Tee uu&amp;delleen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>L&amp;eikkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Liitä</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopioi li&amp;nkin osoite</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
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
        <source>Residence status:</source>
        <translation>Oleskelun peruste:</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>Asuminen:</translation>
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
        <source>Parent (client id):</source>
        <translation>Vanhempi (asiakkaan tunniste):</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Asiakkaan tunniste:</translation>
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
        <source>No contact details are recorded.</source>
        <translation>Yhteystietoja ei ole kirjattu.</translation>
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
        <source>No admission decision has been made yet.</source>
        <translation>Päätöstä ottamisesta ei ole vielä tehty.</translation>
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
        <source>The needs have not been assessed yet.</source>
        <translation>Palvelutarvetta ei ole vielä arvioitu.</translation>
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
        <source>Support measures</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Measure</source>
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
        <translation>Alku</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Kiireellisyys</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>No support measure is recorded.</source>
        <translation>Palveluja ei ole kirjattu.</translation>
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
        <source>No residence matter is recorded.</source>
        <translation>Oleskeluasioita ei ole kirjattu.</translation>
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
    <name>RecordParts</name>
    <message>
        <source>Referral</source>
        <translation>Ehdotus auttamisjärjestelmään ottamisesta</translation>
    </message>
    <message>
        <source>No referral is recorded.</source>
        <translation>Ehdotusta ei ole kirjattu.</translation>
    </message>
    <message>
        <source>&amp;Record the referral…</source>
        <translation>&amp;Kirjaa ehdotus…</translation>
    </message>
    <message>
        <source>Edit the re&amp;ferral…</source>
        <translation>Muokkaa &amp;ehdotusta…</translation>
    </message>
    <message>
        <source>Remove the referral</source>
        <translation>Poista ehdotus</translation>
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
        <source>Admission decision</source>
        <translation>Päätös auttamisjärjestelmään ottamisesta</translation>
    </message>
    <message>
        <source>No admission decision has been made yet.</source>
        <translation>Päätöstä ottamisesta ei ole vielä tehty.</translation>
    </message>
    <message>
        <source>Record the admission &amp;decision…</source>
        <translation>Kirjaa &amp;päätös ottamisesta…</translation>
    </message>
    <message>
        <source>Edit the admission &amp;decision…</source>
        <translation>Muokkaa &amp;päätöstä ottamisesta…</translation>
    </message>
    <message>
        <source>Remove the admission decision</source>
        <translation>Poista päätös ottamisesta</translation>
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
        <source>The decision has not been appealed.</source>
        <translation>Päätökseen ei ole haettu muutosta.</translation>
    </message>
    <message>
        <source>Record an &amp;appeal…</source>
        <translation>Kirjaa &amp;muutoksenhaku…</translation>
    </message>
    <message>
        <source>Edit the &amp;appeal…</source>
        <translation>Muokkaa &amp;muutoksenhakua…</translation>
    </message>
    <message>
        <source>Remove the appeal</source>
        <translation>Poista muutoksenhaku</translation>
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
        <source>End of assistance</source>
        <translation>Auttamisen päättyminen</translation>
    </message>
    <message>
        <source>The assistance goes on.</source>
        <translation>Auttaminen jatkuu.</translation>
    </message>
    <message>
        <source>E&amp;nd the assistance…</source>
        <translation>Päätä &amp;auttaminen…</translation>
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
        <source>Re&amp;open the case…</source>
        <translation>Avaa asiakkuus &amp;uudelleen…</translation>
    </message>
    <message>
        <source>Reopenings</source>
        <translation>Uudelleen avaamiset</translation>
    </message>
    <message>
        <source>The case has not been reopened.</source>
        <translation>Asiakkuutta ei ole avattu uudelleen.</translation>
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
        <source>&amp;Record the exploitation…</source>
        <translation>&amp;Kirjaa hyväksikäyttö…</translation>
    </message>
    <message>
        <source>&amp;Edit the exploitation…</source>
        <translation>&amp;Muokkaa hyväksikäyttöä…</translation>
    </message>
    <message>
        <source>Re&amp;move the exploitation</source>
        <translation>&amp;Poista hyväksikäyttö</translation>
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
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>&amp;Edit the person&apos;s details…</source>
        <translation>&amp;Muokkaa henkilötietoja…</translation>
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
        <source>Edit contact &amp;details…</source>
        <translation>Muokkaa &amp;yhteystietoja…</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Puhelin:</translation>
    </message>
    <message>
        <source>E-mail:</source>
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
        <source>Change office or &amp;worker…</source>
        <translation>Vaihda toimipiste tai &amp;työntekijä…</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded</source>
        <translation>
            <numerusform>%n kirjattu</numerusform>
            <numerusform>%n kirjattu</numerusform>
        </translation>
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
    <message>
        <source>Contacts:</source>
        <translation>Yhteydenotot:</translation>
    </message>
    <message>
        <source>Assistance ended:</source>
        <translation>Auttaminen päättynyt:</translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation>Lapset ja perhe</translation>
    </message>
    <message>
        <source>Edit the &amp;family link…</source>
        <translation>Muokkaa &amp;perhesuhdetta…</translation>
    </message>
    <message>
        <source>Kind of client:</source>
        <translation>Asiakkuuden laji:</translation>
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
        <source>&amp;Open the parent&apos;s record</source>
        <translation>&amp;Avaa vanhemman asiakastiedot</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Yhteydenotot</translation>
    </message>
    <message>
        <source>No contact is recorded.</source>
        <translation>Yhteydenottoja ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
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
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Lisää yhteydenotto…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Muokkaa yhteydenottoa…</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>&amp;Poista yhteydenotto</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>&amp;Suostumukset</translation>
    </message>
    <message>
        <source>Nothing is given against the client&apos;s will. The latest record on or before a day decides whether consent is in force.</source>
        <translation>Mitään ei anneta vastoin asiakkaan tahtoa. Päivän viimeisin tai sitä edeltävä merkintä ratkaisee, onko suostumus voimassa.</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Suostumuksia ei ole kirjattu.</translation>
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
        <source>&amp;Add consent…</source>
        <translation>&amp;Lisää suostumus…</translation>
    </message>
    <message>
        <source>Edit consent…</source>
        <translation>Muokkaa suostumusta…</translation>
    </message>
    <message>
        <source>Remove consent</source>
        <translation>Poista suostumus</translation>
    </message>
    <message>
        <source>&amp;Disclosures</source>
        <translation>&amp;Tietojen luovutukset</translation>
    </message>
    <message>
        <source>Nothing about a client is told to anyone without a basis. Each disclosure is recorded here.</source>
        <translation>Asiakkaasta ei kerrota kenellekään ilman perustetta. Jokainen tietojen luovutus kirjataan tähän.</translation>
    </message>
    <message>
        <source>No disclosure is recorded.</source>
        <translation>Tietojen luovutuksia ei ole kirjattu.</translation>
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
        <source>Add d&amp;isclosure…</source>
        <translation>Lisää tietojen l&amp;uovutus…</translation>
    </message>
    <message>
        <source>Edit disclosure…</source>
        <translation>Muokkaa tietojen luovutusta…</translation>
    </message>
    <message>
        <source>Remove disclosure</source>
        <translation>Poista tietojen luovutus</translation>
    </message>
    <message>
        <source>Serious &amp;threats</source>
        <translation>&amp;Vakavat uhat</translation>
    </message>
    <message>
        <source>A serious threat to the life, health or freedom of the client, a worker or another victim must be notified to the police.</source>
        <translation>Vakavasta uhasta asiakkaan, työntekijän tai toisen uhrin hengelle, terveydelle tai vapaudelle on ilmoitettava poliisille.</translation>
    </message>
    <message>
        <source>No serious threat is recorded.</source>
        <translation>Vakavia uhkia ei ole kirjattu.</translation>
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
        <source>Add serious t&amp;hreat…</source>
        <translation>Lisää vakava uh&amp;ka…</translation>
    </message>
    <message>
        <source>Edit serious threat…</source>
        <translation>Muokkaa vakavaa uhkaa…</translation>
    </message>
    <message>
        <source>Remove serious threat</source>
        <translation>Poista vakava uhka</translation>
    </message>
    <message>
        <source>Not notified yet</source>
        <translation>Ei vielä ilmoitettu</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Palvelutarpeen arviointi</translation>
    </message>
    <message>
        <source>The needs have not been assessed yet.</source>
        <translation>Palvelutarvetta ei ole vielä arvioitu.</translation>
    </message>
    <message>
        <source>Record the &amp;needs assessment…</source>
        <translation>Kirjaa palvelutarpeen &amp;arviointi…</translation>
    </message>
    <message>
        <source>Edit the &amp;needs assessment…</source>
        <translation>Muokkaa palvelutarpeen &amp;arviointia…</translation>
    </message>
    <message>
        <source>Remove the needs assessment</source>
        <translation>Poista palvelutarpeen arviointi</translation>
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
        <source>&amp;Support measures</source>
        <translation>&amp;Palvelut</translation>
    </message>
    <message>
        <source>No support measure is recorded.</source>
        <translation>Palveluja ei ole kirjattu.</translation>
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
        <translation>Alku</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>&amp;Add support measure…</source>
        <translation>&amp;Lisää palvelu…</translation>
    </message>
    <message>
        <source>Ed&amp;it support measure…</source>
        <translation>M&amp;uokkaa palvelua…</translation>
    </message>
    <message>
        <source>Re&amp;move support measure</source>
        <translation>P&amp;oista palvelu</translation>
    </message>
    <message>
        <source>&amp;Reflection periods</source>
        <translation>&amp;Harkinta-ajat</translation>
    </message>
    <message>
        <source>For a victim staying without a permit: time to recover and decide whether to cooperate with the police. Removal from the country is barred meanwhile.</source>
        <translation>Ilman oleskelulupaa oleskelevalle uhrille: aikaa toipua ja päättää yhteistyöstä poliisin kanssa. Maasta poistaminen on sillä välin estetty.</translation>
    </message>
    <message>
        <source>No reflection period is recorded.</source>
        <translation>Harkinta-aikaa ei ole kirjattu.</translation>
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
        <source>Add reflection &amp;period…</source>
        <translation>&amp;Lisää harkinta-aika…</translation>
    </message>
    <message>
        <source>Edit reflection period…</source>
        <translation>Muokkaa harkinta-aikaa…</translation>
    </message>
    <message>
        <source>Remove reflection period</source>
        <translation>Poista harkinta-aika</translation>
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
        <source>Residence ma&amp;tters</source>
        <translation>&amp;Oleskeluasiat</translation>
    </message>
    <message>
        <source>No residence matter is recorded.</source>
        <translation>Oleskeluasioita ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asia</translation>
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
        <source>Add residence &amp;matter…</source>
        <translation>Lisää oleskelu&amp;asia…</translation>
    </message>
    <message>
        <source>Edit residence matter…</source>
        <translation>Muokkaa oleskeluasiaa…</translation>
    </message>
    <message>
        <source>Remove residence matter</source>
        <translation>Poista oleskeluasia</translation>
    </message>
    <message>
        <source>&amp;Legal steps</source>
        <translation>&amp;Oikeudelliset vaiheet</translation>
    </message>
    <message>
        <source>Assistance does not depend on the criminal process; reporting an offence is the client&apos;s choice.</source>
        <translation>Auttaminen ei riipu rikosprosessista; rikosilmoituksen tekeminen on asiakkaan oma valinta.</translation>
    </message>
    <message>
        <source>No legal step is recorded.</source>
        <translation>Oikeudellisia vaiheita ei ole kirjattu.</translation>
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
        <source>&amp;Add legal step…</source>
        <translation>&amp;Lisää oikeudellinen vaihe…</translation>
    </message>
    <message>
        <source>&amp;Edit legal step…</source>
        <translation>&amp;Muokkaa oikeudellista vaihetta…</translation>
    </message>
    <message>
        <source>Re&amp;move legal step</source>
        <translation>&amp;Poista oikeudellinen vaihe</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Vanhempi:</translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation>asiakkaan tunniste %1</translation>
    </message>
    <message>
        <source>The underage children of a victim are clients in their own right, each linked to the parent&apos;s record, and listed below it. A child who turns 18 needs an admission decision of their own.</source>
        <translation>Uhrin alaikäiset lapset ovat itse asiakkaita, ja kunkin tiedot on liitetty vanhemman asiakastietoihin; heidät luetellaan alla. 18 vuotta täyttävästä lapsesta tehdään oma päätös auttamisjärjestelmään ottamisesta.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>(no name recorded)</source>
        <translation>(nimeä ei ole kirjattu)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
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
    <name>StatisticsChart</name>
    <message>
        <source>* A count of this category is suppressed in at least one of the periods and has no bar; the table gives the counts.</source>
        <translation>* Luokan luku on salattu ainakin toisella ajanjaksolla, eikä sillä ole pylvästä; luvut ovat taulukossa.</translation>
    </message>
</context>
<context>
    <name>StatisticsPdf</name>
    <message>
        <source>Majakka · statistics %1</source>
        <translation>Majakka · tilasto %1</translation>
    </message>
    <message>
        <source>Half-year statistics: %1</source>
        <translation>Puolivuotistilasto: %1</translation>
    </message>
    <message>
        <source>Statistics: %1</source>
        <translation>Tilasto: %1</translation>
    </message>
    <message>
        <source>Assistance System for Victims of Human Trafficking</source>
        <translation>Ihmiskaupan uhrien auttamisjärjestelmä</translation>
    </message>
    <message>
        <source>Clients of the Assistance System in %1, compared with %2. Made with Majakka %3 on %4.</source>
        <translation>Auttamisjärjestelmän asiakkaat ajalla %1 verrattuna ajanjaksoon %2. Laadittu Majakka %3 -ohjelmalla %4.</translation>
    </message>
    <message>
        <source>Suppression rule</source>
        <translation>Pienten lukujen salaaminen</translation>
    </message>
    <message>
        <source>No figure in this report points to a person: it holds no names, no free text and no dates finer than the period. Where a count is suppressed, the tables say “%1”.</source>
        <translation>Mikään tämän raportin luku ei osoita yksittäiseen henkilöön: raportissa ei ole nimiä, vapaata tekstiä eikä ajanjaksoa tarkempia päivämääriä. Salatun luvun kohdalla taulukoissa lukee ”%1”.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Miten luvut on laskettu</translation>
    </message>
    <message>
        <source>New clients are the admission decisions “admitted” dated in the period. Age is counted on the day of the decision; a birth date known only by its year counts as 1 July. Citizenship is the first one recorded. A client exploited in more than one way counts under each form, so the forms can add up to more than the total.</source>
        <translation>Uudet asiakkaat ovat ajanjaksolla tehdyt päätökset ”otettu auttamisjärjestelmään”. Ikä lasketaan päätöksen päivänä; jos syntymäajasta tiedetään vain vuosi, syntymäpäiväksi katsotaan 1. heinäkuuta. Kansalaisuus on ensimmäisenä kirjattu kansalaisuus. Usealla tavalla hyväksikäytetty asiakas lasketaan jokaisen muodon kohdalle, joten muodot voivat olla yhteensä enemmän kuin kokonaismäärä.</translation>
    </message>
    <message>
        <source>Clients within services are those admitted by the last day of the period whose assistance had not ended on it. Ends of assistance include ends that a later reopening cancelled.</source>
        <translation>Palvelujen piirissä ovat asiakkaat, jotka on otettu auttamisjärjestelmään viimeistään ajanjakson viimeisenä päivänä ja joiden auttaminen ei ollut päättynyt sinä päivänä. Auttamisen päättymisiin lasketaan myös päättymiset, jotka myöhempi uudelleen avaaminen kumosi.</translation>
    </message>
    <message>
        <source>Half-year statistics %1</source>
        <translation>Puolivuotistilasto %1</translation>
    </message>
</context>
<context>
    <name>StatisticsText</name>
    <message>
        <source>Clients within services at the end of the period</source>
        <translation>Palvelujen piirissä olevat asiakkaat ajanjakson lopussa</translation>
    </message>
    <message>
        <source>New clients admitted</source>
        <translation>Uudet asiakkaat</translation>
    </message>
    <message>
        <source>New clients by gender</source>
        <translation>Uudet asiakkaat sukupuolen mukaan</translation>
    </message>
    <message>
        <source>New clients by age</source>
        <translation>Uudet asiakkaat iän mukaan</translation>
    </message>
    <message>
        <source>New clients, adult or minor at admission</source>
        <translation>Uudet asiakkaat: täysi-ikäinen vai alaikäinen päätöksen aikaan</translation>
    </message>
    <message>
        <source>New clients, exploited in Finland or abroad</source>
        <translation>Uudet asiakkaat: hyväksikäytetty Suomessa vai ulkomailla</translation>
    </message>
    <message>
        <source>New clients by form of exploitation</source>
        <translation>Uudet asiakkaat hyväksikäytön muodon mukaan</translation>
    </message>
    <message>
        <source>New clients in forced labour, by industry</source>
        <translation>Pakkotyön uhrit uusista asiakkaista toimialan mukaan</translation>
    </message>
    <message>
        <source>New clients by who proposed the admission</source>
        <translation>Uudet asiakkaat ehdottajan mukaan</translation>
    </message>
    <message>
        <source>New clients by citizenship</source>
        <translation>Uudet asiakkaat kansalaisuuden mukaan</translation>
    </message>
    <message>
        <source>New clients by office</source>
        <translation>Uudet asiakkaat toimipisteen mukaan</translation>
    </message>
    <message>
        <source>Referrals not admitted</source>
        <translation>Ehdotukset, jotka eivät johtaneet auttamisjärjestelmään ottamiseen</translation>
    </message>
    <message>
        <source>Ends of assistance by reason</source>
        <translation>Auttamisen päättymiset syyn mukaan</translation>
    </message>
    <message>
        <source>Reflection periods granted, by who granted them</source>
        <translation>Myönnetyt harkinta-ajat myöntäjän mukaan</translation>
    </message>
    <message>
        <source>Clients admitted since the first record</source>
        <translation>Auttamisjärjestelmään otetut asiakkaat ensimmäisestä kirjauksesta lähtien</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Täysi-ikäinen</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Alaikäinen</translation>
    </message>
    <message>
        <source>In Finland</source>
        <translation>Suomessa</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Ulkomailla</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Other EU and EEA countries</source>
        <translation>Muut EU- ja ETA-maat</translation>
    </message>
    <message>
        <source>Rest of Europe</source>
        <translation>Muu Eurooppa</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrikka</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Aasia</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amerikka</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oseania</translation>
    </message>
    <message>
        <source>Other or not known</source>
        <translation>Muu tai ei tiedossa</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 vuotta</translation>
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
        <translation>salattu</translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are suppressed (threshold k = %2); zeros are published. Further counts are suppressed so that no suppressed count can be worked out from the totals, from the other tables or from the previous period: every sum holds no suppressed count or at least two, the suppressed parts of a published total add up to at least %2, and all the sums solved together fix no suppressed count. The previous period is shown exactly as its own report published it.</source>
        <translation>Luvut 1–%1 on salattu (kynnysarvo k = %2); nollat julkaistaan. Lisäksi salataan muita lukuja niin, ettei salattua lukua voi päätellä summista, muista taulukoista eikä edellisestä ajanjaksosta: jokaisessa summassa on joko ei yhtään tai vähintään kaksi salattua lukua, julkaistun summan salatut osat ovat yhteensä vähintään %2, eikä yksikään salattu luku ratkea, vaikka kaikki summat ratkaistaan yhdessä. Edellinen ajanjakso esitetään täsmälleen sellaisena kuin sen oma raportti sen julkaisi.</translation>
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
    <name>majakka::ui::AddUserDialog</name>
    <message>
        <source>Use at most %1 characters, with no line breaks or other control characters.</source>
        <translation>Käytä enintään %1 merkkiä, älä käytä rivinvaihtoja tai muita ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Lisää käyttäjä</translation>
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
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>T&amp;oimipiste:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>An office worker sees the clients of this office.</source>
        <translation>Toimistotyöntekijä näkee tämän toimipisteen asiakkaat.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>First passphrase</source>
        <translation>Ensimmäinen tunnuslause</translation>
    </message>
    <message>
        <source>Tell it to the user in person; they sign in with it.</source>
        <translation>Kerro se käyttäjälle henkilökohtaisesti; hän kirjautuu sillä.</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>Tunnuslause &amp;uudelleen:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Toista tunnuslause</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>Lisätään käyttäjää…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
</context>
<context>
    <name>majakka::ui::AdmissionDialog</name>
    <message>
        <source>The decision cannot be before the referral (%1).</source>
        <translation>Päätös ei voi olla ennen ehdotusta (%1).</translation>
    </message>
    <message>
        <source>Record the admission decision</source>
        <translation>Kirjaa päätös auttamisjärjestelmään ottamisesta</translation>
    </message>
    <message>
        <source>Edit the admission decision</source>
        <translation>Muokkaa päätöstä auttamisjärjestelmään ottamisesta</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>&amp;Päätös:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Päivä&amp;määrä:</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Päätöksen päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>P&amp;erusteet:</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Perusteet</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Pää&amp;ttäjä:</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Päättäjä</translation>
    </message>
</context>
<context>
    <name>majakka::ui::AdmissionPage</name>
    <message>
        <source>Type the date of the decision.</source>
        <translation>Kirjoita päätöksen päivämäärä.</translation>
    </message>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation>Ei ole päivämäärä. Kirjoita muodossa %1.</translation>
    </message>
    <message>
        <source>The decision cannot come before the referral (%1).</source>
        <translation>Päätös ei voi olla ennen ehdotusta (%1).</translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation>Päätös auttamisjärjestelmään ottamisesta</translation>
    </message>
    <message>
        <source>Step 2 of 3: whether the person is taken into the Assistance System.</source>
        <translation>Vaihe 2/3: otetaanko henkilö auttamisjärjestelmään.</translation>
    </message>
    <message>
        <source>Since 1 January 2023 admission is the identification of a victim. If the decision is still to be made, leave it pending and record it in the client&apos;s record when it is.</source>
        <translation>1.1.2023 alkaen auttamisjärjestelmään ottaminen on uhrin tunnistaminen. Jos päätöstä ei ole vielä tehty, jätä se odottamaan ja kirjaa se asiakkaan tietoihin, kun se tehdään.</translation>
    </message>
    <message>
        <source>Not decided &amp;yet (pending)</source>
        <translation>Ei vielä päätetty (&amp;odottaa)</translation>
    </message>
    <message>
        <source>&amp;Admitted</source>
        <translation>Otettu &amp;auttamisjärjestelmään</translation>
    </message>
    <message>
        <source>N&amp;ot admitted</source>
        <translation>E&amp;i otettu</translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation>&amp;Peruttu</translation>
    </message>
    <message>
        <source>&amp;Date of decision:</source>
        <translation>Päätöksen päivä&amp;määrä:</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Päätöksen päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>Perus&amp;telut:</translation>
    </message>
    <message>
        <source>Grounds for the decision</source>
        <translation>Päätöksen perustelut</translation>
    </message>
    <message>
        <source>Decision &amp;maker:</source>
        <translation>Päätöksen te&amp;kijä:</translation>
    </message>
    <message>
        <source>Who made the decision</source>
        <translation>Kuka teki päätöksen</translation>
    </message>
</context>
<context>
    <name>majakka::ui::AppealDialog</name>
    <message>
        <source>The appeal cannot be before the decision it appeals (%1).</source>
        <translation>Valitus ei voi olla ennen päätöstä, josta valitetaan (%1).</translation>
    </message>
    <message>
        <source>An outcome from the court needs the date the court decided.</source>
        <translation>Tuomioistuimen ratkaisulle tarvitaan ratkaisupäivä.</translation>
    </message>
    <message>
        <source>The court cannot decide before the appeal was made.</source>
        <translation>Tuomioistuin ei voi ratkaista asiaa ennen valituksen tekemistä.</translation>
    </message>
    <message>
        <source>Record an appeal</source>
        <translation>Kirjaa muutoksenhaku</translation>
    </message>
    <message>
        <source>Edit the appeal</source>
        <translation>Muokkaa muutoksenhakua</translation>
    </message>
    <message>
        <source>&amp;Appealed on:</source>
        <translation>&amp;Valitus tehty:</translation>
    </message>
    <message>
        <source>Date of the appeal</source>
        <translation>Valituksen päivämäärä</translation>
    </message>
    <message>
        <source>Co&amp;urt:</source>
        <translation>&amp;Tuomioistuin:</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tuomioistuin</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Lopputulos:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Ratkaistu:</translation>
    </message>
    <message>
        <source>Date the court decided</source>
        <translation>Tuomioistuimen ratkaisupäivä</translation>
    </message>
    <message>
        <source>Needed once the court has decided.</source>
        <translation>Pakollinen, kun tuomioistuin on ratkaissut asian.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::AssignmentDialog</name>
    <message>
        <source>Office and worker</source>
        <translation>Toimipiste ja työntekijä</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>T&amp;oimipiste:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>T&amp;yöntekijä:</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>The user name of the worker the client is assigned to.</source>
        <translation>Sen työntekijän käyttäjätunnus, jolle asiakas on osoitettu.</translation>
    </message>
    <message>
        <source>A caseworker keeps the clients assigned to them: an office worker or an administrator can give the client another worker.</source>
        <translation>Asiakastyöntekijä pitää hänelle osoitetut asiakkaat: toimistotyöntekijä tai pääkäyttäjä voi antaa asiakkaalle toisen työntekijän.</translation>
    </message>
    <message>
        <source>An office worker keeps the client in their office: an administrator can move the client to another office.</source>
        <translation>Toimistotyöntekijä pitää asiakkaan omassa toimipisteessään: pääkäyttäjä voi siirtää asiakkaan toiseen toimipisteeseen.</translation>
    </message>
    <message>
        <source>Your role does not allow changing the office or the worker.</source>
        <translation>Roolisi ei salli toimipisteen tai työntekijän vaihtamista.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::BackupRunner</name>
    <message>
        <source>majakka-backup-%1.majakka</source>
        <translation>majakka-varmuuskopio-%1.majakka</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Varmuuskopioi tietokanta</translation>
    </message>
    <message>
        <source>Majakka backups (*.majakka)</source>
        <translation>Majakan varmuuskopiot (*.majakka)</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Varmuuskopioi</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Varmuuskopio</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself. Choose another file.</source>
        <translation>Varmuuskopiota ei voi kirjoittaa itse tietokannan päälle. Valitse toinen tiedosto.</translation>
    </message>
    <message>
        <source>Writing an encrypted backup of the database to %1…</source>
        <translation>Kirjoitetaan tietokannan salattua varmuuskopiota tiedostoon %1…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>The backup was written to %1. It is encrypted like the database and opens with the same passphrases.</source>
        <translation>Varmuuskopio kirjoitettiin tiedostoon %1. Se on salattu kuten tietokanta, ja sen voi avata samoilla tunnuslauseilla.</translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was written.</source>
        <translation>Varmuuskopiointi peruttiin. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The backup could not be written.
%1</source>
        <translation>Varmuuskopiota ei voitu kirjoittaa.
%1</translation>
    </message>
</context>
<context>
    <name>majakka::ui::CaseSummaryDialog</name>
    <message>
        <source>Case summary: %1</source>
        <translation>Asiakkuuden yhteenveto: %1</translation>
    </message>
    <message>
        <source>For a meeting: what is printed leaves the encrypted store. The paper, the printer&apos;s queue and a saved PDF are not encrypted, and both printing and saving are written to the audit log. The summary leaves out the identity code, contact details and notes.</source>
        <translation>Kokousta varten: tulostettu yhteenveto on salatun tietokannan ulkopuolella. Paperi, tulostimen jono ja tallennettu PDF eivät ole salattuja, ja sekä tulostus että tallennus kirjataan lokiin. Yhteenvedosta on jätetty pois henkilötunnus, yhteystiedot ja huomautukset.</translation>
    </message>
    <message>
        <source>The case summary as it will be printed</source>
        <translation>Yhteenveto sellaisena kuin se tulostuu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna &amp;PDF-tiedostoksi…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Lähetetty tulostimelle.</translation>
    </message>
    <message>
        <source>The file holds the case summary shown, with the client&apos;s name.</source>
        <translation>Tiedostossa on näytetty yhteenveto asiakkaan nimineen.</translation>
    </message>
    <message>
        <source>case-summary-%1.pdf</source>
        <translation>yhteenveto-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1. It is not encrypted.</source>
        <translation>Tallennettu %1. Tiedosto ei ole salattu.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ChildrenPanel</name>
    <message>
        <source>Chil&amp;dren</source>
        <translation>&amp;Lapset</translation>
    </message>
    <message>
        <source>Open the &amp;child&apos;s record</source>
        <translation>Avaa lapse&amp;n asiakastiedot</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Lapset</translation>
    </message>
    <message>
        <source>No client you can see is linked to this one as their parent. A child is linked in the child&apos;s own record, under Children and family.</source>
        <translation>Yhtäkään näkemääsi asiakasta ei ole liitetty tähän asiakkaaseen lapsena. Lapsi liitetään vanhempaansa lapsen omissa asiakastiedoissa, kohdassa Lapset ja perhe.</translation>
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
    <message>
        <source>You can read this record but not change it: your role does not allow changes.</source>
        <translation>Voit lukea asiakastiedot mutta et muuttaa niitä: roolisi ei salli muutoksia.</translation>
    </message>
    <message>
        <source>To change the record, reopen the case: Referral and admission, Reopen the case.</source>
        <translation>Jos haluat muuttaa tietoja, avaa asiakkuus uudelleen: Ehdotus ja päätös, Avaa asiakkuus uudelleen.</translation>
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
    <name>majakka::ui::ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <source>Edit consent</source>
        <translation>Muokkaa suostumusta</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>Suostumuksen päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Suostumus:</translation>
    </message>
    <message>
        <source>Given or withdrawn</source>
        <translation>Annettu tai peruttu</translation>
    </message>
    <message>
        <source>&amp;What it covers:</source>
        <translation>&amp;Mitä se koskee:</translation>
    </message>
    <message>
        <source>What the consent covers</source>
        <translation>Mitä suostumus koskee</translation>
    </message>
    <message>
        <source>In your own words: the referral, services, passing information to someone…</source>
        <translation>Omin sanoin: ehdotus, palvelut, tietojen antaminen jollekulle…</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ContactDetailsDialog</name>
    <message>
        <source>Edit contact details and residence</source>
        <translation>Muokkaa yhteystietoja ja asumista</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>&amp;Municipality of residence:</source>
        <translation>&amp;Kotikunta:</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Empty when the client has no municipality of residence in Finland.</source>
        <translation>Tyhjä, kun asiakkaalla ei ole kotikuntaa Suomessa.</translation>
    </message>
    <message>
        <source>&amp;Wellbeing services county:</source>
        <translation>&amp;Hyvinvointialue:</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Hyvinvointialue</translation>
    </message>
    <message>
        <source>&amp;Residence status:</source>
        <translation>Oleskelun p&amp;eruste:</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Oleskelun peruste</translation>
    </message>
    <message>
        <source>&amp;Housing:</source>
        <translation>&amp;Asuminen:</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Lisää yhteydenotto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Muokkaa yhteydenottoa</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Asiakkuus:</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Yhteydenoton laji</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation>Yhteydenoton päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kunta:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Where the contact took place.</source>
        <translation>Missä yhteydenotto tapahtui.</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>T&amp;yöntekijä:</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>The user name of the worker who met the client.</source>
        <translation>Asiakkaan tavanneen työntekijän käyttäjätunnus.</translation>
    </message>
    <message>
        <source>An &amp;interpreter was used</source>
        <translation>T&amp;ulkkia käytettiin</translation>
    </message>
    <message>
        <source>An interpreter was used</source>
        <translation>Tulkkia käytettiin</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
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
    <name>majakka::ui::DeadlineListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>majakka::ui::DetailsPanel</name>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
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
    <name>majakka::ui::DisclosureDialog</name>
    <message>
        <source>No consent of the client is in force on that day: record the consent first, or give the legal duty that allowed it.</source>
        <translation>Asiakkaan suostumus ei ole voimassa sinä päivänä: kirjaa ensin suostumus tai valitse lakisääteinen velvollisuus, joka salli luovutuksen.</translation>
    </message>
    <message>
        <source>No serious threat is recorded on or before that day: record the threat first.</source>
        <translation>Sinä päivänä tai sitä ennen ei ole kirjattu vakavaa uhkaa: kirjaa uhka ensin.</translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation>Kirjaa tietojen luovutus</translation>
    </message>
    <message>
        <source>Edit disclosure</source>
        <translation>Muokkaa tietojen luovutusta</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the disclosure</source>
        <translation>Luovutuksen päivämäärä</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>&amp;Kenelle:</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>&amp;What was told:</source>
        <translation>&amp;Mitä kerrottiin:</translation>
    </message>
    <message>
        <source>What was told</source>
        <translation>Mitä kerrottiin</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>P&amp;eruste:</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Nothing about a client is told to anyone without a basis.</source>
        <translation>Asiakkaasta ei kerrota kenellekään ilman perustetta.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::EndDialog</name>
    <message>
        <source>The assistance cannot end before the admission (%1).</source>
        <translation>Auttaminen ei voi päättyä ennen ottamista auttamisjärjestelmään (%1).</translation>
    </message>
    <message>
        <source>End the assistance</source>
        <translation>Päätä auttaminen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date the assistance ends</source>
        <translation>Auttamisen päättymispäivä</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>The record becomes read-only until the case is reopened.</source>
        <translation>Tämän jälkeen tietoja voi vain lukea, kunnes asiakkuus avataan uudelleen.</translation>
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
        <source>Cases it &amp;receives:</source>
        <translation>&amp;Asiakkuudet, jotka se saa:</translation>
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
        <source>Fin&amp;gerprint:</source>
        <translation>&amp;Sormenjälki:</translation>
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
</context>
<context>
    <name>majakka::ui::ExploitationDialog</name>
    <message>
        <source>Check at least one form; &quot;Other&quot; when none fits.</source>
        <translation>Valitse vähintään yksi muoto; &quot;Muu&quot;, jos mikään ei sovi.</translation>
    </message>
    <message>
        <source>Enter the country where it happened.</source>
        <translation>Kirjoita maa, jossa se tapahtui.</translation>
    </message>
    <message>
        <source>Use the two-letter code of a country other than Finland, such as EE or TH.</source>
        <translation>Käytä muun maan kuin Suomen kaksikirjaimista tunnusta, esimerkiksi EE tai TH.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Loppu ei voi olla ennen alkua.</translation>
    </message>
    <message>
        <source>Record the exploitation</source>
        <translation>Kirjaa hyväksikäyttö</translation>
    </message>
    <message>
        <source>Edit the exploitation</source>
        <translation>Muokkaa hyväksikäyttöä</translation>
    </message>
    <message>
        <source>&amp;Forms:</source>
        <translation>&amp;Muodot:</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Hyväksikäytön muodot</translation>
    </message>
    <message>
        <source>Check every form that applies.</source>
        <translation>Valitse kaikki sopivat muodot.</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Toimiala:</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>For forced labour.</source>
        <translation>Pakkotyötä varten.</translation>
    </message>
    <message>
        <source>Exploited in Fin&amp;land</source>
        <translation>Hyväksikäyttö &amp;Suomessa</translation>
    </message>
    <message>
        <source>Exploited in Finland</source>
        <translation>Hyväksikäyttö Suomessa</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ma&amp;a:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Where it happened abroad: a two-letter country code, such as EE.</source>
        <translation>Missä se tapahtui ulkomailla: kaksikirjaiminen maatunnus, esimerkiksi EE.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>A&amp;lkaen:</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Ajanjakson alku</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Ajanjakson loppu</translation>
    </message>
    <message>
        <source>Means of c&amp;ontrol:</source>
        <translation>&amp;Kontrollin keinot:</translation>
    </message>
    <message>
        <source>Means of control</source>
        <translation>Kontrollin keinot</translation>
    </message>
    <message>
        <source>&amp;Relation to the exploiter:</source>
        <translation>Suhde &amp;hyväksikäyttäjään:</translation>
    </message>
    <message>
        <source>Relation to the exploiter</source>
        <translation>Suhde hyväksikäyttäjään</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
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
        <source>C&amp;ases:</source>
        <translation>&amp;Asiakkuudet:</translation>
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
</context>
<context>
    <name>majakka::ui::FamilyDialog</name>
    <message>
        <source>The recorded parent (client id %1)</source>
        <translation>Kirjattu vanhempi (asiakkaan tunniste %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Find the parent client and choose them in the list.</source>
        <translation>Etsi vanhempi ja valitse hänet luettelosta.</translation>
    </message>
    <message>
        <source>Family link</source>
        <translation>Perhesuhde</translation>
    </message>
    <message>
        <source>&amp;Kind of client:</source>
        <translation>&amp;Asiakkuuden laji:</translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation>Asiakkuuden laji</translation>
    </message>
    <message>
        <source>&amp;Find the parent:</source>
        <translation>&amp;Etsi vanhempi:</translation>
    </message>
    <message>
        <source>Find the parent</source>
        <translation>Etsi vanhempi</translation>
    </message>
    <message>
        <source>A name or client number; the list shows the clients you may see.</source>
        <translation>Nimi tai asiakasnumero; luettelossa näkyvät asiakkaat, jotka saat nähdä.</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Vanhempi:</translation>
    </message>
    <message>
        <source>Parent client</source>
        <translation>Vanhempi</translation>
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
        <source>My deadlines</source>
        <translation>Määräaikani</translation>
    </message>
    <message>
        <source>The clients you open will be listed here.</source>
        <translation>Avaamasi asiakkaat näkyvät tässä.</translation>
    </message>
    <message>
        <source>Newest first. Enter opens the client.</source>
        <translation>Uusin ensin. Enter avaa asiakkaan.</translation>
    </message>
    <message>
        <source>My &amp;recent clients</source>
        <translation>&amp;Viimeksi avaamani asiakkaat</translation>
    </message>
    <message>
        <source>My recent clients</source>
        <translation>Viimeksi avaamani asiakkaat</translation>
    </message>
</context>
<context>
    <name>majakka::ui::HotlinePage</name>
    <message>
        <source>Type a date such as %1.</source>
        <translation>Kirjoita päivämäärä, esimerkiksi %1.</translation>
    </message>
    <message>
        <source>Call logged at %1.</source>
        <translation>Puhelu kirjattu klo %1.</translation>
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
        <source>Hotline log</source>
        <translation>Päivystysnumeron puhelut</translation>
    </message>
    <message>
        <source>An anonymous call to the 24/7 hotline. Nothing personal is recorded: no names, phone numbers or places, only what kind of call it was.</source>
        <translation>Nimetön puhelu ympärivuorokautiseen päivystysnumeroon. Mitään henkilökohtaista ei kirjata: ei nimiä, puhelinnumeroita eikä paikkoja, vain millainen puhelu oli.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the call</source>
        <translation>Puhelun päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Soittaja:</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Kuka soitti</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>What the call was about</source>
        <translation>Mistä puhelussa oli kyse</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Lopputulos:</translation>
    </message>
    <message>
        <source>What came of the call</source>
        <translation>Mitä puhelusta seurasi</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>A &amp;referral to the Assistance System followed</source>
        <translation>Tästä seurasi &amp;ehdotus auttamisjärjestelmään</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>&amp;Kirjaa puhelu</translation>
    </message>
    <message>
        <source>Enter in the form logs the call too.</source>
        <translation>Myös Enter lomakkeessa kirjaa puhelun.</translation>
    </message>
    <message>
        <source>Latest calls</source>
        <translation>Viimeisimmät puhelut</translation>
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
        <source>Referral</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <source>Latest hotline calls</source>
        <translation>Viimeisimmät päivystyspuhelut</translation>
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
    <name>majakka::ui::LegalStepDialog</name>
    <message>
        <source>The court date cannot be before the step itself.</source>
        <translation>Oikeudenkäyntipäivä ei voi olla ennen itse vaihetta.</translation>
    </message>
    <message>
        <source>Add legal step</source>
        <translation>Lisää oikeudellinen vaihe</translation>
    </message>
    <message>
        <source>Edit legal step</source>
        <translation>Muokkaa oikeudellista vaihetta</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Vaihe:</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Vaiheen laji</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>Vaiheen päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Court date:</source>
        <translation>&amp;Oikeudenkäyntipäivä:</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Oikeudenkäyntipäivä</translation>
    </message>
    <message>
        <source>A planned date; it is on the deadlines.</source>
        <translation>Suunniteltu päivämäärä; se näkyy määräajoissa.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
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
    <name>majakka::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <source>Record a referral and create the client</source>
        <translation>Kirjaa ehdotus ja luo asiakas</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Tilastot…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Varmuuskopioi…</translation>
    </message>
    <message>
        <source>Write an encrypted copy of the database and its keys to a file</source>
        <translation>Kirjoita tietokannasta ja sen avaimista salattu kopio tiedostoon</translation>
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
        <source>&amp;Hotline log</source>
        <translation>&amp;Päivystyspuhelut</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Käyttäjät</translation>
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
        <source>Case &amp;summary to print…</source>
        <translation>Tulostettava &amp;yhteenveto…</translation>
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
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Lisää merkintä…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Muokkaa merkintää…</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>&amp;Poista merkintä</translation>
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
        <source>Hotline log</source>
        <translation>Päivystyspuhelut</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
</context>
<context>
    <name>majakka::ui::MeasureDialog</name>
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
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
</context>
<context>
    <name>majakka::ui::NeedsAssessmentDialog</name>
    <message>
        <source>The reassessment cannot be before the assessment.</source>
        <translation>Uusi arvio ei voi olla ennen arviointia.</translation>
    </message>
    <message>
        <source>Record the needs assessment</source>
        <translation>Kirjaa palvelutarpeen arviointi</translation>
    </message>
    <message>
        <source>Edit the needs assessment</source>
        <translation>Muokkaa palvelutarpeen arviointia</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Arvioinnin päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>&amp;Tarpeet:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <source>Check every need found with the client.</source>
        <translation>Valitse kaikki asiakkaan kanssa todetut tarpeet.</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Suunnitelma:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Client &amp;agreed on:</source>
        <translation>Asiakas &amp;hyväksyi:</translation>
    </message>
    <message>
        <source>Date the client agreed to the plan</source>
        <translation>Päivä, jona asiakas hyväksyi suunnitelman</translation>
    </message>
    <message>
        <source>Support measures need the client&apos;s consent on or before their start.</source>
        <translation>Palvelut edellyttävät asiakkaan suostumusta viimeistään niiden alkaessa.</translation>
    </message>
    <message>
        <source>&amp;Reassessment due:</source>
        <translation>&amp;Uusi arvio viimeistään:</translation>
    </message>
    <message>
        <source>Reassessment due</source>
        <translation>Uusi arvio viimeistään</translation>
    </message>
</context>
<context>
    <name>majakka::ui::NewClientWizard</name>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Edellinen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
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
    <name>majakka::ui::PersonDialog</name>
    <message>
        <source>Enter a given name or a family name; a single known name goes here.</source>
        <translation>Kirjoita etunimi tai sukunimi; jos tiedossa on vain yksi nimi, se kirjoitetaan tähän.</translation>
    </message>
    <message>
        <source>Write the birth date as %1, or the year alone.</source>
        <translation>Kirjoita syntymäaika muodossa %1 tai pelkkä vuosi.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>Syntymäaika ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The code gives the birth date %1, which is not the birth date above.</source>
        <translation>Tunnuksen mukainen syntymäaika on %1, joka ei ole yllä oleva syntymäaika.</translation>
    </message>
    <message>
        <source>Edit the person&apos;s details</source>
        <translation>Muokkaa henkilötietoja</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Etunimet:</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Other &amp;names:</source>
        <translation>Muut &amp;nimet:</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Muut nimet</translation>
    </message>
    <message>
        <source>Aliases and other spellings, separated by commas.</source>
        <translation>Peitenimet ja muut kirjoitusasut pilkuilla erotettuina.</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>S&amp;yntymäaika:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>A date, or the year alone when only the year is known.</source>
        <translation>Päivämäärä tai pelkkä vuosi, jos vain vuosi tiedetään.</translation>
    </message>
    <message>
        <source>%1 or yyyy</source>
        <translation>%1 tai vvvv</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Suku&amp;puoli:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>&amp;Personal identity code:</source>
        <translation>&amp;Henkilötunnus:</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>DDMMYYCZZZQ, such as 131052-308T. The century sign is kept as written.</source>
        <translation>PPKKVVSNNNT, esimerkiksi 131052-308T. Välimerkki säilytetään sellaisena kuin se on kirjoitettu.</translation>
    </message>
    <message>
        <source>DDMMYYCZZZQ</source>
        <translation>PPKKVVSNNNT</translation>
    </message>
    <message>
        <source>&amp;Citizenships:</source>
        <translation>&amp;Kansalaisuudet:</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Kansalaisuudet</translation>
    </message>
    <message>
        <source>Country codes separated by commas, such as FI, RU.</source>
        <translation>Maatunnukset pilkuilla erotettuina, esimerkiksi FI, RU.</translation>
    </message>
    <message>
        <source>such as FI, RU</source>
        <translation>esimerkiksi FI, RU</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>K&amp;ielet:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Language codes separated by commas, such as fi, ru, tgl.</source>
        <translation>Kielitunnukset pilkuilla erotettuina, esimerkiksi fi, ru, tgl.</translation>
    </message>
    <message>
        <source>such as fi, ru, tgl</source>
        <translation>esimerkiksi fi, ru, tgl</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>Tarvitsee &amp;tulkin</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Tarvitsee tulkin</translation>
    </message>
</context>
<context>
    <name>majakka::ui::PersonPage</name>
    <message>
        <source>Not assigned yet</source>
        <translation>Ei vielä nimetty</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>Vanhempi: %1</translation>
    </message>
    <message>
        <source>Type the year (1990) or the date (%1).</source>
        <translation>Kirjoita vuosi (1990) tai päivämäärä (%1).</translation>
    </message>
    <message>
        <source>A child client is linked to a parent: type the parent&apos;s client number.</source>
        <translation>Lapsiasiakas liitetään vanhempaan: kirjoita vanhemman asiakasnumero.</translation>
    </message>
    <message>
        <source>None of your clients has this number.</source>
        <translation>Kenelläkään asiakkaistasi ei ole tätä numeroa.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Step 3 of 3: what is known of the person now. Empty fields can be filled in later.</source>
        <translation>Vaihe 3/3: mitä henkilöstä nyt tiedetään. Tyhjät kentät voi täyttää myöhemmin.</translation>
    </message>
    <message>
        <source>K&amp;ind of client:</source>
        <translation>Asiakkaan la&amp;ji:</translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation>Asiakkaan laji</translation>
    </message>
    <message>
        <source>Parent&apos;s client n&amp;umber:</source>
        <translation>Vanhemman asiakasnume&amp;ro:</translation>
    </message>
    <message>
        <source>Client number of the parent</source>
        <translation>Vanhemman asiakasnumero</translation>
    </message>
    <message>
        <source>e.g. HKI-2026-0042</source>
        <translation>esim. HKI-2026-0042</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Syntymä&amp;aika:</translation>
    </message>
    <message>
        <source>Date of birth, or the year only</source>
        <translation>Syntymäaika tai pelkkä vuosi</translation>
    </message>
    <message>
        <source>%1 or the year</source>
        <translation>%1 tai vuosi</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Suku&amp;puoli:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>Citi&amp;zenship:</source>
        <translation>&amp;Kansalaisuus:</translation>
    </message>
    <message>
        <source>Citizenships as country codes</source>
        <translation>Kansalaisuudet maakoodeina</translation>
    </message>
    <message>
        <source>country codes, e.g. NG, FI</source>
        <translation>maakoodit, esim. NG, FI</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Kie&amp;let:</translation>
    </message>
    <message>
        <source>Languages as language codes</source>
        <translation>Kielet kielikoodeina</translation>
    </message>
    <message>
        <source>language codes, e.g. en, tgl</source>
        <translation>kielikoodit, esim. en, tgl</translation>
    </message>
    <message>
        <source>An interpreter is n&amp;eeded</source>
        <translation>T&amp;ulkkaus tarvitaan</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Pu&amp;helin:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>&amp;Municipality of residence:</source>
        <translation>Kotiku&amp;nta:</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>empty if none</source>
        <translation>tyhjä, jos ei ole</translation>
    </message>
    <message>
        <source>Residence &amp;status:</source>
        <translation>Oleskeluase&amp;ma:</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Oleskeluasema</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>T&amp;oimipiste:</translation>
    </message>
    <message>
        <source>Office that takes the case</source>
        <translation>Asiaa hoitava toimipiste</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>T&amp;yöntekijä:</translation>
    </message>
    <message>
        <source>Worker assigned to the case</source>
        <translation>Asiaa hoitava työntekijä</translation>
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
    <name>majakka::ui::RecordDialog</name>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation>Ei ole päivämäärä. Kirjoita muodossa %1.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Kirjoita päivämäärä.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>Tätä ei voi jättää tyhjäksi.</translation>
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
        <translation>Kirjaa ehdotus</translation>
    </message>
    <message>
        <source>Edit the referral</source>
        <translation>Muokkaa ehdotusta</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Ehdotuksen päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>&amp;Ehdottaja:</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Ehdottaja</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>&amp;Vastaanotettu:</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>&amp;Emergency referral: it may rest on one phone call</source>
        <translation>&amp;Kiireellinen ehdotus: voi perustua yhteen puheluun</translation>
    </message>
    <message>
        <source>Emergency referral</source>
        <translation>Kiireellinen ehdotus</translation>
    </message>
    <message>
        <source>Referring &amp;organisation:</source>
        <translation>Ehdottava &amp;taho:</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>Ehdottava taho</translation>
    </message>
    <message>
        <source>&amp;Contact at the organisation:</source>
        <translation>&amp;Yhteyshenkilö:</translation>
    </message>
    <message>
        <source>Contact at the organisation</source>
        <translation>Yhteyshenkilö</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ReferralPage</name>
    <message>
        <source>Type the date of the referral.</source>
        <translation>Kirjoita ehdotuksen päivämäärä.</translation>
    </message>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation>Ei ole päivämäärä. Kirjoita muodossa %1.</translation>
    </message>
    <message>
        <source>Choose who proposed the admission.</source>
        <translation>Valitse, kuka teki ehdotuksen.</translation>
    </message>
    <message>
        <source>Type a first name or an alias: that is enough for now.</source>
        <translation>Kirjoita etunimi tai peitenimi: se riittää nyt.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Ehdotus auttamisjärjestelmään ottamisesta</translation>
    </message>
    <message>
        <source>Step 1 of 3: what the call or message gave.</source>
        <translation>Vaihe 1/3: mitä puhelusta tai viestistä selvisi.</translation>
    </message>
    <message>
        <source>Record the referral as it came. A first name or an alias is enough for the person; the rest can be added in the record later. The person&apos;s consent is needed before their details are recorded.</source>
        <translation>Kirjaa ehdotus sellaisena kuin se tuli. Henkilöstä riittää etunimi tai peitenimi; muut tiedot voi lisätä asiakkaan tietoihin myöhemmin. Henkilön tietojen kirjaamiseen tarvitaan hänen suostumuksensa.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Ehdotuksen päivämäärä</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanava:</translation>
    </message>
    <message>
        <source>How the referral came</source>
        <translation>Miten ehdotus tuli</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>Ehdotuksen &amp;tekijä:</translation>
    </message>
    <message>
        <source>Who proposed the admission</source>
        <translation>Kuka teki ehdotuksen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>&amp;Emergency: help is needed at once</source>
        <translation>&amp;Hätätilanne: apua tarvitaan heti</translation>
    </message>
    <message>
        <source>Referrer&apos;s &amp;organisation:</source>
        <translation>Ehdottajan &amp;organisaatio:</translation>
    </message>
    <message>
        <source>Referrer&apos;s organisation</source>
        <translation>Ehdottajan organisaatio</translation>
    </message>
    <message>
        <source>Referrer&apos;s &amp;contact:</source>
        <translation>Ehdottajan &amp;yhteyshenkilö:</translation>
    </message>
    <message>
        <source>Referrer&apos;s contact person or number</source>
        <translation>Ehdottajan yhteyshenkilö tai numero</translation>
    </message>
    <message>
        <source>&amp;First name or alias:</source>
        <translation>Etu&amp;nimi tai peitenimi:</translation>
    </message>
    <message>
        <source>First name or alias of the person</source>
        <translation>Henkilön etunimi tai peitenimi</translation>
    </message>
    <message>
        <source>F&amp;amily name:</source>
        <translation>S&amp;ukunimi:</translation>
    </message>
    <message>
        <source>Family name of the person, if known</source>
        <translation>Henkilön sukunimi, jos tiedossa</translation>
    </message>
    <message>
        <source>if known</source>
        <translation>jos tiedossa</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ReflectionPeriodDialog</name>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Loppu ei voi olla ennen alkua.</translation>
    </message>
    <message numerus="yes">
        <source>A reflection period lasts from %n days to %1 months: end it between %2 and %3.</source>
        <translation>
            <numerusform>Harkinta-aika kestää %n päivästä %1 kuukauteen: sen on päätyttävä välillä %2–%3.</numerusform>
            <numerusform>Harkinta-aika kestää %n päivästä %1 kuukauteen: sen on päätyttävä välillä %2–%3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application cannot be before the period started.</source>
        <translation>Hakemus ei voi olla ennen harkinta-ajan alkua.</translation>
    </message>
    <message>
        <source>This records an application made during the period, not after it.</source>
        <translation>Tähän kirjataan harkinta-aikana tehty hakemus, ei sen jälkeen tehtyä.</translation>
    </message>
    <message>
        <source>Add reflection period</source>
        <translation>Lisää harkinta-aika</translation>
    </message>
    <message>
        <source>Edit reflection period</source>
        <translation>Muokkaa harkinta-aikaa</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <source>Start of the reflection period</source>
        <translation>Harkinta-ajan alku</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Kesto:</translation>
    </message>
    <message>
        <source>Length in days</source>
        <translation>Kesto päivinä</translation>
    </message>
    <message>
        <source>Sets the end from the start; the end sets it in turn.</source>
        <translation>Asettaa päättymisen alusta laskien; päättymispäivä puolestaan asettaa keston.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ei asetettu</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Päättyy:</translation>
    </message>
    <message>
        <source>End of the reflection period</source>
        <translation>Harkinta-ajan loppu</translation>
    </message>
    <message>
        <source>May stay empty until whoever granted the period sets it.</source>
        <translation>Voi jäädä tyhjäksi, kunnes harkinta-ajan myöntäjä asettaa sen.</translation>
    </message>
    <message>
        <source>&amp;Granted by:</source>
        <translation>&amp;Myöntäjä:</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>&amp;Permit applied for on:</source>
        <translation>&amp;Oleskelulupaa haettu:</translation>
    </message>
    <message>
        <source>Date a residence permit was applied for</source>
        <translation>Oleskeluluvan hakupäivä</translation>
    </message>
    <message>
        <source>An application made during the period keeps the stay lawful while it is processed.</source>
        <translation>Harkinta-aikana tehty hakemus pitää oleskelun laillisena hakemuksen käsittelyn ajan.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ReopenDialog</name>
    <message>
        <source>A case cannot be reopened before it ended.</source>
        <translation>Asiakkuutta ei voi avata uudelleen ennen sen päättymistä.</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Avaa asiakkuus uudelleen</translation>
    </message>
    <message>
        <source>The assistance ended on %1 (%2). Reopening makes the record editable again; the end is kept with the reopening.</source>
        <translation>Auttaminen päättyi %1 (%2). Uudelleen avaaminen tekee tiedoista jälleen muokattavia; päättyminen säilytetään uudelleen avaamisen yhteydessä.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the reopening</source>
        <translation>Uudelleen avaamisen päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>P&amp;erusteet:</translation>
    </message>
    <message>
        <source>Grounds for reopening</source>
        <translation>Uudelleen avaamisen perusteet</translation>
    </message>
</context>
<context>
    <name>majakka::ui::ResidenceMatterDialog</name>
    <message>
        <source>A decision cannot be expected before the matter began.</source>
        <translation>Päätöstä ei voi odottaa ennen asian alkamista.</translation>
    </message>
    <message>
        <source>An outcome needs the date it was decided or completed.</source>
        <translation>Lopputulokselle tarvitaan päivämäärä, jolloin asia ratkaistiin tai saatiin päätökseen.</translation>
    </message>
    <message>
        <source>It cannot be decided before the matter began.</source>
        <translation>Asiaa ei voi ratkaista ennen sen alkamista.</translation>
    </message>
    <message>
        <source>Add residence matter</source>
        <translation>Lisää oleskeluasia</translation>
    </message>
    <message>
        <source>Edit residence matter</source>
        <translation>Muokkaa oleskeluasiaa</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Asia:</translation>
    </message>
    <message>
        <source>Kind of matter</source>
        <translation>Asian laji</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date applied or started</source>
        <translation>Hakemus- tai alkamispäivä</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Lopputulos:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>Decision e&amp;xpected:</source>
        <translation>Päätös &amp;odotettavissa:</translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation>Päätös odotettavissa</translation>
    </message>
    <message>
        <source>A planned date; it is on the deadlines while the matter is pending.</source>
        <translation>Suunniteltu päivämäärä; se näkyy määräajoissa, kun asia on vireillä.</translation>
    </message>
    <message>
        <source>Dec&amp;ided on:</source>
        <translation>&amp;Ratkaistu:</translation>
    </message>
    <message>
        <source>Date decided or completed</source>
        <translation>Ratkaisu- tai valmistumispäivä</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
</context>
<context>
    <name>majakka::ui::SeriousThreatDialog</name>
    <message>
        <source>The police cannot be notified before the threat.</source>
        <translation>Poliisille ei voi ilmoittaa ennen uhkaa.</translation>
    </message>
    <message>
        <source>Record serious threat</source>
        <translation>Kirjaa vakava uhka</translation>
    </message>
    <message>
        <source>Edit serious threat</source>
        <translation>Muokkaa vakavaa uhkaa</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the threat</source>
        <translation>Uhan päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <source>Description of the threat</source>
        <translation>Uhan kuvaus</translation>
    </message>
    <message>
        <source>&amp;Police notified on:</source>
        <translation>Ilmoitettu p&amp;oliisille:</translation>
    </message>
    <message>
        <source>Date the police were notified</source>
        <translation>Poliisille ilmoittamisen päivämäärä</translation>
    </message>
    <message>
        <source>A serious threat to the life, health or freedom of the client, a worker or another victim must be notified to the police. Record the date once it is done.</source>
        <translation>Vakavasta uhasta asiakkaan, työntekijän tai toisen uhrin hengelle, terveydelle tai vapaudelle on ilmoitettava poliisille. Kirjaa päivämäärä, kun ilmoitus on tehty.</translation>
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
    <message>
        <source>Only an administrator can change the lock time of this database.</source>
        <translation>Vain pääkäyttäjä voi muuttaa tämän tietokannan lukitusaikaa.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>&amp;Half-year:</source>
        <translation>&amp;Vuosipuolisko:</translation>
    </message>
    <message>
        <source>January–June (H1)</source>
        <translation>tammi–kesäkuu (H1)</translation>
    </message>
    <message>
        <source>July–December (H2)</source>
        <translation>heinä–joulukuu (H2)</translation>
    </message>
    <message>
        <source>Half of the year</source>
        <translation>Vuoden puolisko</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>&amp;Range of days:</source>
        <translation>Päivä&amp;t:</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <comment>the first day of a range</comment>
        <translation>&amp;mistä</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <comment>the last day of a range</comment>
        <translation>m&amp;ihin</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Ajanjakson ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Ajanjakson viimeinen päivä</translation>
    </message>
    <message>
        <source>Suppress counts &amp;below:</source>
        <translation>&amp;Salaa luvut, jotka ovat alle:</translation>
    </message>
    <message>
        <source>Suppression threshold</source>
        <translation>Salaamisen kynnysarvo</translation>
    </message>
    <message>
        <source>Counts from 1 to one less than this are suppressed; never below 3.</source>
        <translation>Luvut 1:stä tätä yhtä pienempään salataan; vähintään 3.</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>PDF:n &amp;kieli:</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>PDF:n kieli</translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation>&amp;Näytä luvut</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Lukuja lasketaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>An export writes the figures shown above, in the chosen period and threshold, to a file that is not encrypted. It holds anonymised counts only, and it is written to the audit log.</source>
        <translation>Vienti kirjoittaa yllä näkyvät luvut valitulta ajanjaksolta valitulla kynnysarvolla tiedostoon, jota ei salata. Tiedostossa on vain anonymisoituja lukumääriä, ja vienti kirjataan lokiin.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Vie &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Vie &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Vie &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Type the first and the last day of the range as %1, the last not before the first.</source>
        <translation>Kirjoita ajanjakson ensimmäinen ja viimeinen päivä muodossa %1; viimeinen ei voi olla ennen ensimmäistä.</translation>
    </message>
    <message>
        <source>Computing the figures for %1…</source>
        <translation>Lasketaan lukuja ajalta %1…</translation>
    </message>
    <message numerus="yes">
        <source>Figures for %1, with %2 for comparison: %n count(s) suppressed.</source>
        <translation>
            <numerusform>Luvut ajalta %1, vertailukohtana %2: %n luku salattu.</numerusform>
            <numerusform>Luvut ajalta %1, vertailukohtana %2: %n lukua salattu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the figures were ready. Press Show figures to compute them.</source>
        <translation>Keskeytetty ennen kuin luvut valmistuivat. Laske ne painamalla Näytä luvut.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>The file holds the anonymised figures shown, with small counts suppressed: no names, no free text and no dates finer than the period.</source>
        <translation>Tiedostossa ovat näytetyt anonymisoidut luvut pienet luvut salattuina: ei nimiä, ei vapaata tekstiä eikä ajanjaksoa tarkempia päivämääriä.</translation>
    </message>
    <message>
        <source>Saved %1. It is not encrypted.</source>
        <translation>Tallennettu %1. Tiedosto ei ole salattu.</translation>
    </message>
</context>
<context>
    <name>majakka::ui::StatisticsPreview</name>
    <message>
        <source>Figures to be published</source>
        <translation>Julkaistavat luvut</translation>
    </message>
    <message>
        <source>Ch&amp;art:</source>
        <translation>Kaavi&amp;o:</translation>
    </message>
    <message>
        <source>Figures shown in the chart</source>
        <translation>Kaaviossa näytettävät luvut</translation>
    </message>
    <message>
        <source>Chart of the chosen figures</source>
        <translation>Valittujen lukujen kaavio</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Luku</translation>
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
<context>
    <name>majakka::ui::UserFieldDialog</name>
    <message>
        <source>Use at most %1 characters, with no line breaks or other control characters.</source>
        <translation>Käytä enintään %1 merkkiä, älä käytä rivinvaihtoja tai muita ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Nimeä %1 uudelleen</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Uusi &amp;käyttäjätunnus:</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>Uusi käyttäjätunnus</translation>
    </message>
    <message>
        <source>They sign in with the new name and the same passphrase.</source>
        <translation>Hän kirjautuu uudella tunnuksella ja samalla tunnuslauseella.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Käyttäjän %1 rooli</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>The new role applies from their next sign-in.</source>
        <translation>Uusi rooli on voimassa seuraavasta kirjautumisesta alkaen.</translation>
    </message>
    <message>
        <source>Office of %1</source>
        <translation>Käyttäjän %1 toimipiste</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>T&amp;oimipiste:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Toimipiste</translation>
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
    <name>majakka::ui::UsersPage</name>
    <message>
        <source>No office</source>
        <translation>Ei toimipistettä</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Poista käyttäjä</translation>
    </message>
    <message>
        <source>Remove the user %1? They can no longer sign in. What they recorded stays, and so do the audit entries under their name.</source>
        <translation>Poistetaanko käyttäjä %1? Hän ei voi enää kirjautua. Hänen kirjaamansa tiedot säilyvät, samoin hänen nimissään olevat lokimerkinnät.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>Who may open this database and what each may do. A new user signs in with the passphrase you give them here; changes of role apply from their next sign-in.</source>
        <translation>Kuka saa avata tämän tietokannan ja mitä kukin saa tehdä. Uusi käyttäjä kirjautuu sillä tunnuslauseella, jonka annat hänelle tässä; roolin muutos on voimassa hänen seuraavasta kirjautumisestaan alkaen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Lisää käyttäjä…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Nimeä uudelleen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Vaihda &amp;rooli…</translation>
    </message>
    <message>
        <source>Change o&amp;ffice…</source>
        <translation>Vaihda &amp;toimipiste…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Poista…</translation>
    </message>
</context>
</TS>
