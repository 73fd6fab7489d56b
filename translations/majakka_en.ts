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
    <message>
        <source>Only an administrator can change the lock time of this database.</source>
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
