<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdmissionOutcome</name>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealOutcome</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for a new decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDocumentPdf</name>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redid a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave a new client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance System for Victims of Human Trafficking · for the client&apos;s access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, client number %2. Exported on %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majakka keeps the record in an encrypted database. This copy is not encrypted: keep it safe, and give it to the client only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value written to the record, oldest first, with who wrote it. Earlier values are kept: the history of a record is never rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time the record was opened, changed, printed or exported, oldest first. The audit log cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majakka · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · client number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential. Printed on %1 for a meeting of the Assistance System for Victims of Human Trafficking. Do not leave it lying about; shred it after the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing falls due in the next 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support measures that ended or were declined are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n latest contact(s) at most.</source>
        <translation>
            <numerusform>The latest contact at most.</numerusform>
            <numerusform>The %n latest contacts at most.</numerusform>
        </translation>
    </message>
    <message>
        <source>Majakka · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientKind</name>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>A sync package (.majakka-sync) to import: its preview opens after unlocking, or in the Majakka window that has the database open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one sync package to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Deleted on one device, changed on another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStatus</name>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReports</name>
    <message>
        <source>Majakka stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majakka stopped because of a fault the last time it ran. A diagnostic report was saved here:
%1

The report holds only technical details: the version, the kind of fault and program addresses. It holds nothing from the records, no user names and no passphrases. You may give it to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineKind</name>
    <message>
        <source>Reflection period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reassessment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit decision expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission decision pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>The cases assigned to %1 in the %2 office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases of the %1 office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureBasis</name>
    <message>
        <source>The client&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty to report a serious threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other legal duty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <source>No longer needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to their home country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined further help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services moved to the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
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
    <name>ExploitationForm</name>
    <message>
        <source>Forced labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced criminal activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExploiterRelation</name>
    <message>
        <source>Intimate partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message numerus="yes">
        <source>An identity code has 11 characters, such as 131052-308T; this has %n.</source>
        <translation>
            <numerusform>An identity code has 11 characters, such as 131052-308T; this has %n.</numerusform>
            <numerusform>An identity code has 11 characters, such as 131052-308T; this has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first six characters are the birth date as digits, DDMMYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seventh character is the century sign: + for the 1800s, - Y X W V U for the 1900s, A to F for the 2000s (capital letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDMMYY with its century sign is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individual number (characters 8 to 10) is three digits from 002 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the last one) should be %1 for the rest of this code, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not a user name: at most %n bytes, without control characters.</source>
        <translation>
            <numerusform>Not a user name: at most %n byte, without control characters.</numerusform>
            <numerusform>Not a user name: at most %n bytes, without control characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A phone number has 5 to 20 digits and may hold spaces and + - ( ), such as +358 40 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address: write it as name@example.fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code: use two letters, such as FI or RU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the list twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code: use two or three letters, such as fi, ru or tgl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer&apos;s contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the exploiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police notified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole record (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the whole entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotlineText</name>
    <message>
        <source>Possible victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative or friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced criminal activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services of the Assistance System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to the Assistance System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency services alerted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingKind</name>
    <message>
        <source>Own home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheltered housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabourIndustry</name>
    <message>
        <source>Restaurants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalStepKind</name>
    <message>
        <source>Report to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-trial investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consideration of charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-punishment principle raised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeansOfControl</name>
    <message>
        <source>Debt bondage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricts access to money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychoactive substances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricts movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricts medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat of law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withholds necessities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withholds documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureProvider</name>
    <message>
        <source>Assistance System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought from a public organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought from a private organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality or wellbeing services county</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedArea</name>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Joutseno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helsinki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfLayout</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaintextExport</name>
    <message>
        <source>The file will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majakka keeps its records in an encrypted database. The file you are about to save is not encrypted: anyone who can open the place you save it to can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAccessibleActionInterface</name>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShowMenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SetFocus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggles the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolls to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolls to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolls up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolls down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPPDOptionsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P̸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Num</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SysReq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CapsLock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumLock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScrollLock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent (client id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details and residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing services county:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact details are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact at the organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admission decision has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appealed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is recorded about the exploitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abroad (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the exploiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The needs have not been assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassessment due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistance goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support measure is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection period is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residence matter is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal step is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serious threat is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing about a client is told to anyone without a basis. Each disclosure is recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disclosure is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordParts</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the re&amp;ferral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact at the organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admission decision has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the admission &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the admission &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the admission decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision has not been appealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an &amp;appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appealed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistance goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd the assistance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has not been reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is recorded about the exploitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the exploitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the exploitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move the exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abroad (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the exploiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the person&apos;s details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details and residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing services county:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change office or &amp;worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded</source>
        <translation>
            <numerusform>%n recorded</numerusform>
            <numerusform>%n recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;family link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns 18 on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the parent&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is given against the client&apos;s will. The latest record on or before a day decides whether consent is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing about a client is told to anyone without a basis. Each disclosure is recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disclosure is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add d&amp;isclosure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit disclosure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious &amp;threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serious threat to the life, health or freedom of the client, a worker or another victim must be notified to the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serious threat is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add serious t&amp;hreat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit serious threat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove serious threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The needs have not been assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;needs assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;needs assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassessment due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support measure is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add support measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it support measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move support measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reflection periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a victim staying without a permit: time to recover and decide whether to cooperate with the police. Removal from the country is barred meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection period is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reflection &amp;period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reflection period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reflection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence ma&amp;tters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residence matter is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add residence &amp;matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit residence matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove residence matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance does not depend on the criminal process; reporting an offence is the client&apos;s choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal step is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add legal step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit legal step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move legal step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The underage children of a victim are clients in their own right, each linked to the parent&apos;s record, and listed below it. A child who turns 18 needs an admission decision of their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>(no name recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralChannel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24/7 hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralSource</name>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish Immigration Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim Support Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health or social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionGrantor</name>
    <message>
        <source>Assistance System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border Guard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidenceMatterKind</name>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidenceOutcome</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidenceStatus</name>
    <message>
        <source>Finnish citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
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
    <name>StatisticsChart</name>
    <message>
        <source>* A count of this category is suppressed in at least one of the periods and has no bar; the table gives the counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPdf</name>
    <message>
        <source>Majakka · statistics %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance System for Victims of Human Trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients of the Assistance System in %1, compared with %2. Made with Majakka %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure in this report points to a person: it holds no names, no free text and no dates finer than the period. Where a count is suppressed, the tables say “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients are the admission decisions “admitted” dated in the period. Age is counted on the day of the decision; a birth date known only by its year counts as 1 July. Citizenship is the first one recorded. A client exploited in more than one way counts under each form, so the forms can add up to more than the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients within services are those admitted by the last day of the period whose assistance had not ended on it. Ends of assistance include ends that a later reopening cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year statistics %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsText</name>
    <message>
        <source>Clients within services at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients, adult or minor at admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients, exploited in Finland or abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients by form of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients in forced labour, by industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients by who proposed the admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients by citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients by office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals not admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends of assistance by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection periods granted, by who granted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients admitted since the first record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other EU and EEA countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest of Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Americas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <comment>first month, last month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <comment>a count hidden so that it cannot point to a person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are suppressed (threshold k = %2); zeros are published. Further counts are suppressed so that no suppressed count can be worked out from the totals, from the other tables or from the previous period: every sum holds no suppressed count or at least two, the suppressed parts of a published total add up to at least %2, and all the sums solved together fix no suppressed count. The previous period is shown exactly as its own report published it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportMeasureType</name>
    <message>
        <source>Safe housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary assisted return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support in applying for a residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncErrorText</name>
    <message>
        <source>This sync package does not come from a device this database trusts, or that device was revoked. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync package is damaged or was altered on the way. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported here. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found. Check its location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint does not match this identity file. Compare it again with the device&apos;s owner. Nothing was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid device identity file, or a value is not accepted. Nothing was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be exported to this device. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync data could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::AddUserDialog</name>
    <message>
        <source>Use at most %1 characters, with no line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
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
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An office worker sees the clients of this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell it to the user in person; they sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::AdmissionDialog</name>
    <message>
        <source>The decision cannot be before the referral (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the admission decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the admission decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::AdmissionPage</name>
    <message>
        <source>Type the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot come before the referral (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: whether the person is taken into the Assistance System.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since 1 January 2023 admission is the identification of a victim. If the decision is still to be made, leave it pending and record it in the client&apos;s record when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided &amp;yet (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ot admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;maker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::AppealDialog</name>
    <message>
        <source>The appeal cannot be before the decision it appeals (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome from the court needs the date the court decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The court cannot decide before the appeal was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appealed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;urt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the court decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed once the court has decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::AssignmentDialog</name>
    <message>
        <source>Office and worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name of the worker the client is assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caseworker keeps the clients assigned to them: an office worker or an administrator can give the client another worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An office worker keeps the client in their office: an administrator can move the client to another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow changing the office or the worker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::BackupRunner</name>
    <message>
        <source>majakka-backup-%1.majakka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majakka backups (*.majakka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing an encrypted backup of the database to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to %1. It is encrypted like the database and opens with the same passphrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::CaseSummaryDialog</name>
    <message>
        <source>Case summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a meeting: what is printed leaves the encrypted store. The paper, the printer&apos;s queue and a saved PDF are not encrypted, and both printing and saving are written to the audit log. The summary leaves out the identity code, contact details and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case summary as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the case summary shown, with the client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case-summary-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. It is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ChildrenPanel</name>
    <message>
        <source>Chil&amp;dren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client you can see is linked to this one as their parent. A child is linked in the child&apos;s own record, under Children and family.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ClientListModel</name>
    <message>
        <source>%1, %2</source>
        <comment>family name, given names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (number used twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client has the same number, because two databases were merged. Give one of them a new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ClientListPage</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n client(s); scroll for more</source>
        <translation>
            <numerusform>The first client; scroll for more</numerusform>
            <numerusform>The first %n clients; scroll for more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, alias, client number or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list follows as you type. Press Down to go to the list, Enter to open the first client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ClientPreview</name>
    <message>
        <source>Choose a client in the list to see a summary here. Press Enter to open the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the whole record. Opening is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: another client has the same number, because two databases were merged. Give one of them a new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open c&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ClientRecordPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral and admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs and support measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection period and residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal process and legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents and disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the client record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this record but not change it: your role does not allow changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change the record, reopen the case: Referral and admission, Reopen the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ConflictModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shown now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The record shows this value until the conflict is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict and its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ConflictsPage</name>
    <message>
        <source>A conflict is a value changed on two devices before either had seen the other&apos;s change. Both values are kept until someone chooses; the choice is itself a change and reaches the other devices with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors can see conflicts but not resolve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value made on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value made on the other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value selected in the list (when several devices made one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the consent covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words: the referral, services, passing information to someone…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ContactDetailsDialog</name>
    <message>
        <source>Edit contact details and residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality of residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty when the client has no municipality of residence in Finland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wellbeing services county:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residence status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Housing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the contact took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name of the worker who met the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;interpreter was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
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
    <name>majakka::ui::DeadlineListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::DesktopController</name>
    <message>
        <source>Database already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already open in another Majakka window, which may be locked or minimised. Switch to that window to go on working.

Only one Majakka window at a time can use a database. Here you can open or create another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync package could not be passed to that window (it did not answer). Open it there with Sync → Receive changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::DetailsPanel</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::DeviceAdministration</name>
    <message>
        <source>A file with this name exists already. Majakka never writes over a file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1. Give it to whoever enrols this device, and read them the fingerprint above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1: its packages are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::DevicesDialog</name>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this device&apos;s identity file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device identity files (*.majakka-device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1? Packages from it are refused from now on and nothing is exported to it. This cannot be undone: to work with it again, it needs a new database and enrolling anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever enrols this device elsewhere types this fingerprint as you read it out, group by group. Give them the identity file too: it holds the name, the id and the public keys, nothing secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export identity file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases it receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::DisclosureDialog</name>
    <message>
        <source>No consent of the client is in force on that day: record the consent first, or give the legal duty that allowed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serious threat is recorded on or before that day: record the threat first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing about a client is told to anyone without a basis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::EndDialog</name>
    <message>
        <source>The assistance cannot end before the admission (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the assistance ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record becomes read-only until the case is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::EnrolDeviceDialog</name>
    <message>
        <source>This file cannot be read as a device identity file. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 describes the device “%2”, id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a device identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device identity files (*.majakka-device);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device this database trusts can send it changes and receive the cases it is enrolled for. Get the device&apos;s identity file from its owner (Sync → Devices → Export identity file there) and call them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the device on this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose cases the device receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases (an office desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases assigned to one worker (a laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases of one office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker the device is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office the device is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint as the device&apos;s owner reads it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 digits in six groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the owner to read out the fingerprint their device shows (Sync → Devices, or majakka-cli device show) and type it here. Spaces do not matter. It is not taken from the file on purpose: only comparing it proves the file is theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases it &amp;receives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;gerprint:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ExploitationDialog</name>
    <message>
        <source>Check at least one form; &quot;Other&quot; when none fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country where it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the two-letter code of a country other than Finland, such as EE or TH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every form that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For forced labour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploited in Fin&amp;land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploited in Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened abroad: a two-letter country code, such as EE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of c&amp;ontrol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation to the exploiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the exploiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ExportPage</name>
    <message>
        <source>A file with this name exists already. Majakka never writes over a file: choose another name, or move the old file away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As enrolled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases of its office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sync package as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync packages (*.majakka-sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a signed, encrypted file of the changes the chosen device has not seen yet. Only that device can open it. Carry it over on a USB stick or any other way and import it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device to send the changes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose cases to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write the sync package to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device is trusted yet. An administrator enrols devices under Sync → Devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ases:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::FamilyDialog</name>
    <message>
        <source>The recorded parent (client id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the parent client and choose them in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or client number; the list shows the clients you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::HistoryTab</name>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redid a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave a new client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time this record was opened or changed, newest first. The audit log cannot be edited by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
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
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing falls due tomorrow.</numerusform>
            <numerusform>Nothing falls due in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue. Press Enter or double-click a deadline to open the client.</source>
        <translation>
            <numerusform>%n overdue. Press Enter or double-click a deadline to open the client.</numerusform>
            <numerusform>%n overdue. Press Enter or double-click a deadline to open the client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n active client(s).</source>
        <translation>
            <numerusform>You have %n active client.</numerusform>
            <numerusform>You have %n active clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My &amp;deadlines in the next %n day(s)</source>
        <translation>
            <numerusform>My &amp;deadlines in the next day</numerusform>
            <numerusform>My &amp;deadlines in the next %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients you open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Enter opens the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;recent clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My recent clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::HotlinePage</name>
    <message>
        <source>Type a date such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logged at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous call to the 24/7 hotline. Nothing personal is recorded: no names, phone numbers or places, only what kind of call it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the call was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;referral to the Assistance System followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter in the form logs the call too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest hotline calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ImportFlow</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window of Majakka is open, perhaps with a record being edited. An import must not change records under it.

Close that window, dropping what was typed in it, and go on with the import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it and &amp;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the sync package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sync is running. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the sync package…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ImportPage</name>
    <message>
        <source>There is no file at this location. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync packages (*.majakka-sync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a sync package another device wrote for this one. First you see what it would change; nothing is changed until you press Apply there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync package file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ImportPreviewDialog</name>
    <message>
        <source>Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Apply imports all of it in one go, or nothing if anything goes wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is finished and is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ImportReportView</name>
    <message>
        <source>everything this device has not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cases this device is enrolled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes made on that device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes already here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes held back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records, conflicts and warnings of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package from %1 was imported already, on %2. Importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing this package from %1 would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the package from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are held back: they are stamped too far in the future. Check the clock of %1; they are applied once the time comes.</source>
        <translation>
            <numerusform>%n change is held back: it is stamped too far in the future. Check the clock of %1; it is applied once the time comes.</numerusform>
            <numerusform>%n changes are held back: they are stamped too far in the future. Check the clock of %1; they are applied once the time comes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) held back earlier are applied now.</source>
        <translation>
            <numerusform>%n change held back earlier is applied now.</numerusform>
            <numerusform>%n changes held back earlier are applied now.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package is older than one imported before from %1: its changes count, but what it says about that device is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) more</source>
        <translation>
            <numerusform>%n record more</numerusform>
            <numerusform>%n records more</numerusform>
        </translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this device (they left its scope, but have changes not yet sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that could not be brought up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::LegalStepDialog</name>
    <message>
        <source>The court date cannot be before the step itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add legal step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit legal step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Court date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned date; it is on the deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
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
    <name>majakka::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a referral and create the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted copy of the database and its keys to a file</source>
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
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotline log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;summary to print…</source>
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
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
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
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::MeasureDialog</name>
    <message>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ended measure needs its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add support measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit support measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent: started on an emergency referral before the admission decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a declined measure, when it was offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed once the measure has ended; a planned end otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::NeedsAssessmentDialog</name>
    <message>
        <source>The reassessment cannot be before the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every need found with the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the client agreed to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support measures need the client&apos;s consent on or before their start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassessment due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassessment due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::NewClientWizard</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <name>majakka::ui::PersonDialog</name>
    <message>
        <source>Enter a given name or a family name; a single known name goes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the birth date as %1, or the year alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code gives the birth date %1, which is not the birth date above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases and other spellings, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date, or the year alone when only the year is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal identity code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDMMYYCZZZQ, such as 131052-308T. The century sign is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDMMYYCZZZQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citizenships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country codes separated by commas, such as FI, RU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as FI, RU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language codes separated by commas, such as fi, ru, tgl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as fi, ru, tgl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::PersonPage</name>
    <message>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the year (1990) or the date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child client is linked to a parent: type the parent&apos;s client number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your clients has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: what is known of the person now. Empty fields can be filled in later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ind of client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s client n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number of the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HKI-2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth, or the year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citi&amp;zenship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenships as country codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country codes, e.g. NG, FI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages as language codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language codes, e.g. en, tgl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter is n&amp;eeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality of residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office that takes the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker assigned to the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::RecordConflictsPanel</name>
    <message>
        <source>“%1” (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This record has %n conflict(s) from sync: a value was changed on two devices.</source>
        <translation>
            <numerusform>This record has %n conflict from sync: a value was changed on two devices.</numerusform>
            <numerusform>This record has %n conflicts from sync: values were changed on two devices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this conflict with all its values in the conflicts list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::RecordDialog</name>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::RecordHeader</name>
    <message>
        <source>Serious threat recorded on %1: the police notice is not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious threat recorded on %1; the police were notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reflection period ends on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance ended on %1. The record is read-only until the case is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no worker assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::RecordPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ReferralDialog</name>
    <message>
        <source>Record the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency referral: it may rest on one phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact at the organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact at the organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ReferralPage</name>
    <message>
        <source>Type the date of the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who proposed the admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a first name or an alias: that is enough for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: what the call or message gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the referral as it came. A first name or an alias is enough for the person; the rest can be added in the record later. The person&apos;s consent is needed before their details are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the referral came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who proposed the admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency: help is needed at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer&apos;s &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer&apos;s &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer&apos;s contact person or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name or alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name or alias of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;amily name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name of the person, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ReflectionPeriodDialog</name>
    <message>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A reflection period lasts from %n days to %1 months: end it between %2 and %3.</source>
        <translation>
            <numerusform>A reflection period lasts from %n day to %1 months: end it between %2 and %3.</numerusform>
            <numerusform>A reflection period lasts from %n days to %1 months: end it between %2 and %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application cannot be before the period started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This records an application made during the period, not after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reflection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reflection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the reflection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the end from the start; the end sets it in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the reflection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May stay empty until whoever granted the period sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Granted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permit applied for on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date a residence permit was applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application made during the period keeps the stay lawful while it is processed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ReopenDialog</name>
    <message>
        <source>A case cannot be reopened before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistance ended on %1 (%2). Reopening makes the record editable again; the end is kept with the reopening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds for reopening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::ResidenceMatterDialog</name>
    <message>
        <source>A decision cannot be expected before the matter began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome needs the date it was decided or completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be decided before the matter began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add residence matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit residence matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date applied or started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision e&amp;xpected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned date; it is on the deadlines while the matter is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec&amp;ided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date decided or completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::SeriousThreatDialog</name>
    <message>
        <source>The police cannot be notified before the threat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record serious threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit serious threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Police notified on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the police were notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serious threat to the life, health or freedom of the client, a worker or another victim must be notified to the police. Record the date once it is done.</source>
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
    <message>
        <source>Only an administrator can change the lock time of this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Half-year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January–June (H1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July–December (H2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range of days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <comment>the first day of a range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <comment>the last day of a range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress counts &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from 1 to one less than this are suppressed; never below 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export writes the figures shown above, in the chosen period and threshold, to a file that is not encrypted. It holds anonymised counts only, and it is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first and the last day of the range as %1, the last not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Figures for %1, with %2 for comparison: %n count(s) suppressed.</source>
        <translation>
            <numerusform>Figures for %1, with %2 for comparison: %n count suppressed.</numerusform>
            <numerusform>Figures for %1, with %2 for comparison: %n counts suppressed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the figures were ready. Press Show figures to compute them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the anonymised figures shown, with small counts suppressed: no names, no free text and no dates finer than the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. It is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::StatisticsPreview</name>
    <message>
        <source>Figures to be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the chosen figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::SyncActions</name>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sync package for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors cannot import sync packages. Ask a caseworker, an office worker or an administrator to import this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send changes to a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a sync package for a trusted device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive changes from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and import a sync package from another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values changed on two devices, to choose between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, and the devices this database trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds %1 in %2; its size is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) there left the device&apos;s scope and go from it at the import.</source>
        <translation>
            <numerusform>%n record there left the device&apos;s scope and goes from it at the import.</numerusform>
            <numerusform>%n records there left the device&apos;s scope and go from it at the import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majakka::ui::SyncDialog</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send or receive changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>majakka::ui::SyncProgressDialog</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… Nothing of this work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel stops the work and leaves everything as it was.</source>
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
<context>
    <name>majakka::ui::UserFieldDialog</name>
    <message>
        <source>Use at most %1 characters, with no line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They sign in with the new name and the same passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role applies from their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
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
    <name>majakka::ui::UsersPage</name>
    <message>
        <source>No office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user %1? They can no longer sign in. What they recorded stays, and so do the audit entries under their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may open this database and what each may do. A new user signs in with the passphrase you give them here; changes of role apply from their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change o&amp;ffice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
