<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="en">
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <source>Yes, confirmed</source>
        <translation>हो, पुष्टि गरियो</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>needsassess cannot start</source>
        <translation>needsassess सुरु हुन सकेन</translation>
    </message>
    <message>
        <source>The data folder {path} could not be opened.

{reason}</source>
        <translation>डाटा फोल्डर {path} खोल्न सकिएन।

{reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>फाराम</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>स्थल</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>अधिकृत</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>अन्तिम परिवर्तन</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>मस्यौदा</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>हटाइएको</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(अहिलेसम्म शीर्षक छैन)</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>Clear</source>
        <translation>खाली गर्नुहोस्</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>मिति खाली गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>FormEntryView</name>
    <message>
        <source>Review and finalize</source>
        <translation>समीक्षा गरी अन्तिम गर्नुहोस्</translation>
    </message>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>{total} मध्ये {answered} उत्तर दिइयो</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered</source>
        <translation>{total} प्रश्नमध्ये {answered} को उत्तर दिइयो</translation>
    </message>
    <message>
        <source>No site entered yet</source>
        <translation>अहिलेसम्म स्थल लेखिएको छैन</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>{time} मा सुरक्षित</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>सुरक्षित भएन</translation>
    </message>
    <message>
        <source>Your last answers are kept on screen but could not be saved yet.</source>
        <translation>तपाईंका पछिल्ला उत्तरहरू स्क्रिनमा छन् तर अझै सुरक्षित गर्न सकिएको छैन।</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>अन्तिम गरिएको</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>मूल्याङ्कनहरू</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>मूल्याङ्कनहरूको सूचीमा फर्कनुहोस्</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पछाडि</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation>अघिल्लो पाना (Alt+Left)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अर्को</translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation>अर्को पाना (Alt+Right)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>फेरि प्रयास गर्नुहोस्</translation>
    </message>
    <message>
        <source>Hide the message</source>
        <translation>सन्देश लुकाउनुहोस्</translation>
    </message>
    <message>
        <source>Pages of the form</source>
        <translation>फारामका पानाहरू</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>उत्तर दिइएका प्रश्नहरू</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>अहिलेसम्म कुनै परिवर्तन छैन</translation>
    </message>
</context>
<context>
    <name>GeopointWidget</name>
    <message>
        <source>Latitude</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>देशान्तर</translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation>उचाइ (मि.)</translation>
    </message>
    <message>
        <source>Accuracy (m)</source>
        <translation>शुद्धता (मि.)</translation>
    </message>
    <message>
        <source>Paste lat, lon</source>
        <translation>अक्षांश, देशान्तर टाँस्नुहोस्</translation>
    </message>
    <message>
        <source>Paste a position copied as "28.1, 81.6".</source>
        <translation>"28.1, 81.6" जस्तो प्रतिलिपि गरिएको स्थान टाँस्नुहोस्।</translation>
    </message>
    <message>
        <source>The clipboard does not hold a position like "28.1, 81.6".</source>
        <translation>क्लिपबोर्डमा "28.1, 81.6" जस्तो स्थान छैन।</translation>
    </message>
    <message>
        <source>Enter both the latitude and the longitude.</source>
        <translation>अक्षांश र देशान्तर दुवै लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>The latitude must be a number from -90 to 90.</source>
        <translation>अक्षांश -90 देखि 90 सम्मको अङ्क हुनुपर्छ।</translation>
    </message>
    <message>
        <source>The longitude must be a number from -180 to 180.</source>
        <translation>देशान्तर -180 देखि 180 सम्मको अङ्क हुनुपर्छ।</translation>
    </message>
    <message>
        <source>The altitude must be a number of metres from -500 to 9000.</source>
        <translation>उचाइ -500 देखि 9000 मिटरसम्मको अङ्क हुनुपर्छ।</translation>
    </message>
    <message>
        <source>The accuracy must be a number of metres, 0 or more.</source>
        <translation>शुद्धता मिटरमा 0 वा सोभन्दा बढीको अङ्क हुनुपर्छ।</translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <source>Choose a photo…</source>
        <translation>फोटो छान्नुहोस्…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>फोटो हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>फोटो छान्नुहोस्</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.bmp);;All files (*)</source>
        <translation>फोटोहरू (*.jpg *.jpeg *.png *.webp *.heic *.bmp);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <source>No photo yet.
Drop one here.</source>
        <translation>अहिलेसम्म फोटो छैन।
यहाँ तानेर राख्नुहोस्।</translation>
    </message>
    <message>
        <source>Photo attached (no preview).</source>
        <translation>फोटो संलग्न छ (पूर्वावलोकन छैन)।</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>new</source>
        <translation>नयाँ</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>अद्यावधिक</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>द्वन्द्वमा</translation>
    </message>
    <message>
        <source>forked</source>
        <translation>शाखा छुट्टिएको</translation>
    </message>
    <message>
        <source>{name}: refused, nothing was changed. {reason}</source>
        <translation>{name}: अस्वीकृत, केही पनि परिवर्तन भएन। {reason}</translation>
    </message>
    <message>
        <source>(from {officer})</source>
        <translation>({officer} बाट)</translation>
    </message>
    <message>
        <source>(already imported)</source>
        <translation>(पहिले नै आयात गरिएको)</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>सबै प्याकेज</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>आयात सकियो।</translation>
    </message>
    <message>
        <source>Package saved to {path}</source>
        <translation>प्याकेज {path} मा सुरक्षित गरियो</translation>
    </message>
    <message>
        <source>{count} assessments saved to {path}</source>
        <translation>{count} मूल्याङ्कन {path} मा सुरक्षित गरियो</translation>
    </message>
</context>
<context>
    <name>InstanceFrame</name>
    <message>
        <source>Remove</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} हटाउनुहोस्</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>needsassess</source>
        <translation>needsassess</translation>
    </message>
    <message>
        <source>Reopen assessment</source>
        <translation>मूल्याङ्कन फेरि खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Why is “{title}” reopened? The reason is kept in its history.</source>
        <translation>“{title}” किन फेरि खोलिँदैछ? कारण यसको इतिहासमा राखिन्छ।</translation>
    </message>
    <message>
        <source>The assessment was not reopened: write a reason, then try again.</source>
        <translation>मूल्याङ्कन फेरि खोलिएन: कारण लेख्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Reopened: {title}</source>
        <translation>फेरि खोलियो: {title}</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>मस्यौदा हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Discard the draft “{title}”? Its answers will no longer be listed.</source>
        <translation>मस्यौदा “{title}” हटाउने? यसका उत्तरहरू अब सूचीमा देखिने छैनन्।</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(अहिलेसम्म शीर्षक छैन)</translation>
    </message>
    <message>
        <source>Draft discarded: {title}</source>
        <translation>मस्यौदा हटाइयो: {title}</translation>
    </message>
    <message>
        <source>Please wait: another operation is still running.</source>
        <translation>कृपया पर्खनुहोस्: अर्को काम अझै चलिरहेको छ।</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द गरियो।</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>मूल्याङ्कनहरू</translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation>PDF प्रतिवेदन सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइलहरू (*.pdf)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF प्रतिवेदन</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>प्रतिवेदन लेखिँदैछ…</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>प्रतिवेदन {path} मा सुरक्षित गरियो</translation>
    </message>
    <message>
        <source>Export complete assessments</source>
        <translation>पूरा मूल्याङ्कनहरू निर्यात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Package files (*.napkg)</source>
        <translation>प्याकेज फाइलहरू (*.napkg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>प्याकेज लेखिँदैछ…</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>प्याकेजहरू आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <source>Checking and importing the packages…</source>
        <translation>प्याकेजहरू जाँच गरी आयात गरिँदैछ…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>नमुना डाटा</translation>
    </message>
    <message>
        <source>Adding demo assessments…</source>
        <translation>नमुना मूल्याङ्कनहरू थपिँदैछ…</translation>
    </message>
    <message>
        <source>Demo assessments added.</source>
        <translation>नमुना मूल्याङ्कनहरू थपियो।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Needs assessments</source>
        <translation>आवश्यकता मूल्याङ्कन</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>नयाँ मूल्याङ्कन(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>प्याकेजहरू आयात(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export complete assessments…</source>
        <translation>पूरा मूल्याङ्कनहरू निर्यात(&amp;E)…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>नमुना डाटा थप्नुहोस्(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिङहरू(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बन्द गर्नुहोस्(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About needsassess</source>
        <translation>needsassess बारे(&amp;A)</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>डाटा फोल्डर: {path}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>डाटा फोल्डर</translation>
    </message>
    <message>
        <source>Number of assessments</source>
        <translation>मूल्याङ्कनको संख्या</translation>
    </message>
    <message>
        <source>{drafts} drafts · {complete} complete</source>
        <translation>{drafts} मस्यौदा · {complete} पूरा</translation>
    </message>
    <message>
        <source>needsassess</source>
        <translation>needsassess</translation>
    </message>
    <message>
        <source>Assessment finalized.</source>
        <translation>मूल्याङ्कन अन्तिम गरियो।</translation>
    </message>
    <message>
        <source>About needsassess</source>
        <translation>needsassess बारे</translation>
    </message>
    <message>
        <source>needsassess records field needs assessments offline, prints reports in English, Nepali and Uzbek, and exchanges assessments as package files.

Data folder: {path}</source>
        <translation>needsassess ले इन्टरनेट बिना नै फिल्डमा आवश्यकता मूल्याङ्कन रेकर्ड गर्छ, अङ्ग्रेजी, नेपाली र उज्बेक भाषामा प्रतिवेदन छाप्छ, र मूल्याङ्कनहरू प्याकेज फाइलमार्फत आदानप्रदान गर्छ।

डाटा फोल्डर: {path}</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>नयाँ मूल्याङ्कन</translation>
    </message>
    <message>
        <source>Choose the form to fill in, then the site you are assessing.</source>
        <translation>भर्ने फाराम छान्नुहोस्, अनि मूल्याङ्कन गर्ने स्थल।</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>संस्करण:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>भाषाहरू:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>स्थल(&amp;S):</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>फारामहरू</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>स्थल</translation>
    </message>
    <message>
        <source>Settlement or site name</source>
        <translation>बस्ती वा स्थलको नाम</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>No forms are installed.</source>
        <translation>कुनै फाराम स्थापना गरिएको छैन।</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>Enter a whole number, for example 120.</source>
        <translation>पूर्णाङ्क लेख्नुहोस्, जस्तै 120।</translation>
    </message>
    <message>
        <source>Enter a number, for example 12.5 or 12,5.</source>
        <translation>अङ्क लेख्नुहोस्, जस्तै 12.5 वा 12,5।</translation>
    </message>
</context>
<context>
    <name>PlaceholderEntryView</name>
    <message>
        <source>“{title}” cannot be opened: form entry is not part of this build.</source>
        <translation>“{title}” खोल्न सकिँदैन: यो संस्करणमा फाराम भर्ने सुविधा छैन।</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>सूचीमा फर्कनुहोस्</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>required</source>
        <translation>आवश्यक</translation>
    </message>
</context>
<context>
    <name>RepeatSection</name>
    <message>
        <source>None added yet.</source>
        <translation>अहिलेसम्म केही थपिएको छैन।</translation>
    </message>
    <message>
        <source>Add: {name}</source>
        <translation>थप्नुहोस्: {name}</translation>
    </message>
    <message>
        <source>{name} {number}</source>
        <translation>{name} {number}</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>{name} हटाउने?</translation>
    </message>
    <message>
        <source>Remove {name} and every answer in it? This cannot be undone.</source>
        <translation>{name} र यसका सबै उत्तरहरू हटाउने? यो फिर्ता गर्न सकिँदैन।</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume your work</source>
        <translation>आफ्नो काम जारी राख्नुहोस्</translation>
    </message>
    <message>
        <source>The app was not closed properly last time. Every answer was saved. These drafts were being edited; choose one to continue, or continue later from the list.</source>
        <translation>पछिल्लो पटक एप राम्ररी बन्द भएन। सबै उत्तरहरू सुरक्षित छन्। यी मस्यौदाहरूमा काम भइरहेको थियो; जारी राख्न एउटा छान्नुहोस्, वा पछि सूचीबाट जारी राख्नुहोस्।</translation>
    </message>
    <message>
        <source>Interrupted drafts</source>
        <translation>अधुरा मस्यौदाहरू</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(अहिलेसम्म शीर्षक छैन)</translation>
    </message>
    <message>
        <source>{title} — last saved {time}</source>
        <translation>{title} — अन्तिम पटक {time} मा सुरक्षित</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>जारी राख्नुहोस्</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>पछि</translation>
    </message>
    <message>
        <source>Resume the selected draft</source>
        <translation>छानिएको मस्यौदा जारी राख्नुहोस्</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finalize</source>
        <translation>समीक्षा गरी अन्तिम गर्नुहोस्</translation>
    </message>
    <message>
        <source>Finalize the assessment</source>
        <translation>मूल्याङ्कन अन्तिम गर्नुहोस्</translation>
    </message>
    <message>
        <source>This assessment is finalized and its answers can no longer be changed here.</source>
        <translation>यो मूल्याङ्कन अन्तिम गरिएको छ र यसका उत्तरहरू अब यहाँ परिवर्तन गर्न सकिँदैन।</translation>
    </message>
    <message>
        <source>To correct it, reopen it from the list of assessments.</source>
        <translation>सच्याउन, मूल्याङ्कनहरूको सूचीबाट यसलाई फेरि खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered.</source>
        <translation>{total} प्रश्नमध्ये {answered} को उत्तर दिइयो।</translation>
    </message>
    <message>
        <source>Answer or correct these questions before finalizing.</source>
        <translation>अन्तिम गर्नुअघि यी प्रश्नहरूको उत्तर दिनुहोस् वा सच्याउनुहोस्।</translation>
    </message>
    <message>
        <source>Select one to go to it.</source>
        <translation>त्यहाँ जान एउटा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Nothing is missing: finalize to lock the assessment.</source>
        <translation>केही पनि छुटेको छैन: मूल्याङ्कन बन्द गर्न अन्तिम गर्नुहोस्।</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…र थप {count}।</translation>
    </message>
    <message>
        <source>{name} {number}</source>
        <translation>{name} {number}</translation>
    </message>
</context>
<context>
    <name>SelectOneWidget</name>
    <message>
        <source>Clear</source>
        <translation>खाली गर्नुहोस्</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>उत्तर खाली गर्नुहोस्</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(छान्नुहोस्)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिङहरू</translation>
    </message>
    <message>
        <source>&amp;Officer name:</source>
        <translation>अधिकृतको नाम(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>इन्टरफेसको भाषा(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Form language:</source>
        <translation>फारामको भाषा(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>कागजको आकार(&amp;P):</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>डाटा फोल्डर:</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>अधिकृतको नाम</translation>
    </message>
    <message>
        <source>Your name, as it should appear on reports</source>
        <translation>प्रतिवेदनमा देखिनुपर्ने तपाईंको नाम</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>इन्टरफेसको भाषा</translation>
    </message>
    <message>
        <source>Form language</source>
        <translation>फारामको भाषा</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>कागजको आकार</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>डाटा फोल्डर</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>फोल्डर खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>डाटा फोल्डर खोल्नुहोस्</translation>
    </message>
    <message>
        <source>The data folder holds the database, photos and backups. Copy the whole folder to keep a backup.</source>
        <translation>डाटा फोल्डरमा डाटाबेस, फोटो र ब्याकअपहरू हुन्छन्। ब्याकअप राख्न पूरै फोल्डर प्रतिलिपि गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Assessments</source>
        <translation>मूल्याङ्कनहरू</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>नयाँ मूल्याङ्कन</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>नयाँ मूल्याङ्कन सुरु गर्नुहोस् (Ctrl+N)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>जारी राख्नुहोस्</translation>
    </message>
    <message>
        <source>Continue filling in the selected draft</source>
        <translation>छानिएको मस्यौदा भर्न जारी राख्नुहोस्</translation>
    </message>
    <message>
        <source>View</source>
        <translation>हेर्नुहोस्</translation>
    </message>
    <message>
        <source>Read the selected assessment without changing it</source>
        <translation>छानिएको मूल्याङ्कन परिवर्तन नगरी पढ्नुहोस्</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>फेरि खोल्नुहोस्…</translation>
    </message>
    <message>
        <source>Reopen a complete assessment to correct it</source>
        <translation>सच्याउन पूरा भएको मूल्याङ्कन फेरि खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>मस्यौदा हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Throw away the selected draft</source>
        <translation>छानिएको मस्यौदा हटाउनुहोस्</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF प्रतिवेदन…</translation>
    </message>
    <message>
        <source>Save a PDF report of the selection</source>
        <translation>छानिएकाहरूको PDF प्रतिवेदन सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>आयात…</translation>
    </message>
    <message>
        <source>Add assessments from package files</source>
        <translation>प्याकेज फाइलबाट मूल्याङ्कनहरू थप्नुहोस्</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात…</translation>
    </message>
    <message>
        <source>Save complete assessments to a package file</source>
        <translation>पूरा मूल्याङ्कनहरू प्याकेज फाइलमा सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Search titles (Ctrl+F)</source>
        <translation>शीर्षक खोज्नुहोस् (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>शीर्षक खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Filter by form</source>
        <translation>फारामअनुसार छान्नुहोस्</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>स्थितिअनुसार छान्नुहोस्</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>स्थलअनुसार छान्नुहोस्</translation>
    </message>
    <message>
        <source>No assessment matches these filters. Clear the search or choose “All” in the filters.</source>
        <translation>यी छनोटसँग मिल्ने कुनै मूल्याङ्कन छैन। खोज खाली गर्नुहोस् वा छनोटमा “सबै” रोज्नुहोस्।</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>सबै फारामहरू</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सबै स्थितिहरू</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>मस्यौदाहरू</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>सबै स्थलहरू</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>TimeWidget</name>
    <message>
        <source>HH:MM</source>
        <translation>घघ:मिमि</translation>
    </message>
    <message>
        <source>Enter a time as hours and minutes, for example 14:30.</source>
        <translation>समय घण्टा र मिनेटमा लेख्नुहोस्, जस्तै 14:30।</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>No assessments yet</source>
        <translation>अहिलेसम्म कुनै मूल्याङ्कन छैन</translation>
    </message>
    <message>
        <source>Record field needs assessments on this laptop, with or without a connection. Choose a form, answer it page by page, and every answer is saved as you type. Finished assessments can be printed as PDF reports and sent to your coordinator in a package file.</source>
        <translation>इन्टरनेट भए पनि नभए पनि, यही ल्यापटपमा फिल्डको आवश्यकता मूल्याङ्कन रेकर्ड गर्नुहोस्। फाराम छान्नुहोस्, पाना-पाना गरी उत्तर दिनुहोस्; तपाईंले टाइप गर्दै जाँदा हरेक उत्तर सुरक्षित हुन्छ। पूरा भएका मूल्याङ्कनहरू PDF प्रतिवेदनका रूपमा छाप्न र प्याकेज फाइलमा आफ्नो संयोजकलाई पठाउन सकिन्छ।</translation>
    </message>
    <message>
        <source>Demo data adds example assessments from several sites, to show how lists and reports look.</source>
        <translation>सूची र प्रतिवेदन कस्ता देखिन्छन् भनेर देखाउन नमुना डाटाले विभिन्न स्थलका उदाहरण मूल्याङ्कनहरू थप्छ।</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>नयाँ मूल्याङ्कन</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>नमुना डाटा थप्नुहोस्</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>प्याकेज आयात गर्नुहोस्…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>स्वागत छ</translation>
    </message>
</context>
</TS>