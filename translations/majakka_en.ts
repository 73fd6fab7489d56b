<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommandLineText</name>
    <message>
        <source>Majakka: casework for the Assistance System for Victims of Human Trafficking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at PATH, or create it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1
Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open in another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database or its key file is damaged or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database or its key file was not found. Check the location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written. The disk may be full, or you may not have access to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majakka found an internal fault and stopped for safety. Please report this to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::CreateDatabaseDialog</name>
    <message>
        <source>Create a Majakka database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majakka keeps its records in one encrypted database. Choose where to create it and set the passphrase of its first user, the administrator. Nobody can open the database without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists at this location. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters, with no line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majakka databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::HomePage</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients, cases and statistics will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::LockedPage</name>
    <message>
        <source>Majakka is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is closed. Unlock it with your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::MainWindow</name>
    <message>
        <source>Majakka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the database until you unlock it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Majakka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlocked. Majakka locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Unlocked. Majakka locks itself after %n minute without use.</numerusform>
            <numerusform>Unlocked. Majakka locks itself after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Majakka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Majakka %1&lt;/h3&gt;&lt;p&gt;Casework for the Assistance System for Victims of Human Trafficking.&lt;/p&gt;&lt;p&gt;Records are kept in an encrypted database on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the European Union Public Licence 1.2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::PassphraseStrengthHint</name>
    <message>
        <source>Use at least %1 characters. Several words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak. A longer passphrase of several words would be safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use before Majakka locks itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majakka locks itself when the keyboard and mouse have not been used for this many minutes. This setting is kept in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is kept on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::UnlockDialog</name>
    <message>
        <source>Unlock Majakka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majakka is locked. Enter your user name and passphrase to open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be left empty if you are the only user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Majakka database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majakka databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has more than one user. Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
