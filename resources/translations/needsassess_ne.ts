<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP">
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <source>Yes, confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>needsassess cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} could not be opened.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormEntryView</name>
    <message>
        <source>Review and finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last answers are kept on screen but could not be saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeopointWidget</name>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste lat, lon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a position copied as &quot;28.1, 81.6&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not hold a position like &quot;28.1, 81.6&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the latitude and the longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude must be a number from -90 to 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude must be a number from -180 to 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The altitude must be a number of metres from -500 to 9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accuracy must be a number of metres, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <source>Choose a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.bmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo yet.
Drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo attached (no preview).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceFrame</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>needsassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “{title}” reopened? The reason is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not reopened: write a reason, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft “{title}”? Its answers will no longer be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft discarded: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait: another operation is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export complete assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package files (*.napkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and importing the packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo assessments added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Needs assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export complete assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
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
        <source>&amp;About needsassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drafts} drafts · {complete} complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needsassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About needsassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needsassess records field needs assessments offline, prints reports in English, Nepali and Uzbek, and exchanges assessments as package files.

Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the form to fill in, then the site you are assessing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement or site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forms are installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>Enter a whole number, for example 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, for example 12.5 or 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderEntryView</name>
    <message>
        <source>“{title}” cannot be opened: form entry is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatSection</name>
    <message>
        <source>None added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} and every answer in it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was not closed properly last time. Every answer was saved. These drafts were being edited; choose one to continue, or continue later from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — last saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is finalized and its answers can no longer be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To correct it, reopen it from the list of assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer or correct these questions before finalizing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: finalize to lock the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectOneWidget</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as it should appear on reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder holds the database, photos and backups. Copy the whole folder to keep a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue filling in the selected draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected assessment without changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a complete assessment to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the selected draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PDF report of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assessments from package files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save complete assessments to a package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment matches these filters. Clear the search or choose “All” in the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeWidget</name>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time as hours and minutes, for example 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>No assessments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record field needs assessments on this laptop, with or without a connection. Choose a form, answer it page by page, and every answer is saved as you type. Finished assessments can be printed as PDF reports and sent to your coordinator in a package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data adds example assessments from several sites, to show how lists and reports look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
