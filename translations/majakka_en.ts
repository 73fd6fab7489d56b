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
    <name>RecordSections</name>
    <message>
        <source>Urgent</source>
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
        <source>(no name recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
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
    <message numerus="yes">
        <source>%n recorded</source>
        <translation>
            <numerusform>%n recorded</numerusform>
            <numerusform>%n recorded</numerusform>
        </translation>
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
        <source>No admission decision has been made yet.</source>
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
        <source>The needs have not been assessed yet.</source>
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
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
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
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residence matter is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal process and legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance does not depend on the criminal process; reporting an offence is the client&apos;s choice.</source>
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
        <source>Children and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent (client id):</source>
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
        <source>A child who turns 18 needs an admission decision of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is not recorded as a child. Children of a client are clients in their own right; find them in the client list.</source>
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
    <message>
        <source>My deadlines</source>
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
        <source>Close &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add support measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit support measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove support measure</source>
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
</context>
<context>
    <name>majakka::ui::MeasureDialog</name>
    <message>
        <source>Enter the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Write it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>majakka::ui::MeasuresTab</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This measure cannot be removed: the record would break a case rule.</source>
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
        <source>Support measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a support measure (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected measure (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected measure (Ctrl+Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read these measures but not change them: your role or the end of the assistance does not allow changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move measure</source>
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
    <name>majakka::ui::SectionView</name>
    <message>
        <source>not recorded</source>
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
</TS>
