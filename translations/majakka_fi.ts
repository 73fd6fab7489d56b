<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
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
        <source>Clients, cases and statistics will appear here.</source>
        <translation>Asiakkaat, asiakkuudet ja tilastot tulevat näkyviin tähän.</translation>
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
