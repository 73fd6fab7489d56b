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
    <message>
        <source>Only an administrator can change the lock time of this database.</source>
        <translation>Vain pääkäyttäjä voi muuttaa tämän tietokannan lukitusaikaa.</translation>
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
