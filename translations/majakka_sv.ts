<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
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
        <source>Clients, cases and statistics will appear here.</source>
        <translation>Klienter, ärenden och statistik visas här.</translation>
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
    <name>majakka::ui::MainWindow</name>
    <message>
        <source>Majakka</source>
        <translation>Majakka</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Majakka</source>
        <translation>&amp;Om Majakka</translation>
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
</TS>
