<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About needsassess</source>
        <translation>needsassess बारे</translation>
    </message>
    <message>
        <source>needsassess records field needs assessments offline, prints reports in English, Nepali and Uzbek, and exchanges assessments as package files.</source>
        <translation>needsassess ले इन्टरनेट बिना नै फिल्डमा आवश्यकता मूल्याङ्कन रेकर्ड गर्छ, अङ्ग्रेजी, नेपाली र उज्बेक भाषामा प्रतिवेदन छाप्छ, र मूल्याङ्कनहरू प्याकेज फाइलमार्फत आदानप्रदान गर्छ।</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>संस्करण:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>डाटा फोल्डर:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>डाटाबेस स्किमा:</translation>
    </message>
</context>
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <source>Yes, confirmed</source>
        <translation>हो, पुष्टि गरियो</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database is damaged</source>
        <translation>डाटाबेस बिग्रिएको छ</translation>
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
    <message>
        <source>Open another data folder, or close to quit.</source>
        <translation>अर्को डाटा फोल्डर खोल्नुहोस्, वा बाहिरिन बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>डाटा फोल्डर छान्नुहोस्</translation>
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
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>थप काम चाहिने</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
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
    <message>
        <source>Review: {state}</source>
        <translation>समीक्षा: {state}</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>चिह्नहरू</translation>
    </message>
    <message>
        <source>Returned by the coordinator for follow-up: View it to read the comments, then Reopen… to correct it, finalize and export it again.</source>
        <translation>संयोजकले थप कामका लागि फिर्ता पठाउनुभयो: टिप्पणी पढ्न हेर्नुहोस्, सच्याउन फेरि खोल्नुहोस्…, अनि अन्तिम गरी फेरि निर्यात गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>फेरि पठाइएको</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>फिर्ता पठाइएको</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <source>Conflicts</source>
        <translation>द्वन्द्वहरू</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>उत्तरहरू छेउछेउमा</translation>
    </message>
    <message>
        <source>These assessments arrived in versions that disagree. Compare the answers and choose which version stands. Both versions are kept whole in the history, and your choice is recorded.</source>
        <translation>यी मूल्याङ्कनहरू नमिल्ने संस्करणमा आए। उत्तरहरू तुलना गर्नुहोस् र कुन संस्करण कायम रहने हो छान्नुहोस्। दुवै संस्करण इतिहासमा पूरै राखिन्छन्, र तपाईंको छनोट अभिलेख हुन्छ।</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Stored answer</source>
        <translation>सुरक्षित उत्तर</translation>
    </message>
    <message>
        <source>Incoming answer</source>
        <translation>आएको उत्तर</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>फरक मात्र</translation>
    </message>
    <message>
        <source>Show only the answers that differ</source>
        <translation>फरक परेका उत्तर मात्र देखाउनुहोस्</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>टिप्पणी(&amp;C):</translation>
    </message>
    <message>
        <source>Why this version stands (kept in the history)</source>
        <translation>यो संस्करण किन कायम रहन्छ (इतिहासमा राखिन्छ)</translation>
    </message>
    <message>
        <source>Comment on the choice</source>
        <translation>छनोटमा टिप्पणी</translation>
    </message>
    <message>
        <source>Keep stored</source>
        <translation>सुरक्षित राख्नुहोस्</translation>
    </message>
    <message>
        <source>Keep the stored version</source>
        <translation>सुरक्षित संस्करण राख्नुहोस्</translation>
    </message>
    <message>
        <source>Keep incoming</source>
        <translation>आएको राख्नुहोस्</translation>
    </message>
    <message>
        <source>Keep the incoming version</source>
        <translation>आएको संस्करण राख्नुहोस्</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>शाखा</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>द्वन्द्व</translation>
    </message>
    <message>
        <source>{title}
{kind}, revision {revision}, from {officer}</source>
        <translation>{title}
{kind}, संशोधन {revision}, {officer} बाट</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>कुनै खुला द्वन्द्व छैन।</translation>
    </message>
    <message>
        <source>Stored version
revision {revision}</source>
        <translation>सुरक्षित संस्करण
संशोधन {revision}</translation>
    </message>
    <message>
        <source>Incoming version
revision {revision}</source>
        <translation>आएको संस्करण
संशोधन {revision}</translation>
    </message>
    <message>
        <source>{title} — {kind}. Answers that differ: {answers}. Calculated values that differ: {calculated}.</source>
        <translation>{title} — {kind}। फरक उत्तर: {answers}। फरक गणना गरिएका मान: {calculated}।</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>उत्तरहरू</translation>
    </message>
    <message>
        <source>Calculated values</source>
        <translation>गणना गरिएका मानहरू</translation>
    </message>
    <message>
        <source>Where each version comes from</source>
        <translation>प्रत्येक संस्करण कहाँबाट आयो</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>अन्तिम गरिएको</translation>
    </message>
    <message>
        <source>By</source>
        <translation>गर्ने</translation>
    </message>
    <message>
        <source>Arrived in</source>
        <translation>आएको प्याकेज</translation>
    </message>
    <message>
        <source>Why it was reopened</source>
        <translation>किन फेरि खोलियो</translation>
    </message>
    <message>
        <source>{officer} on device {device}</source>
        <translation>{officer}, उपकरण {device}</translation>
    </message>
    <message>
        <source>Made in this data folder</source>
        <translation>यही डाटा फोल्डरमा बनाइएको</translation>
    </message>
    <message>
        <source>{package}, imported {time}</source>
        <translation>{package}, आयात {time}</translation>
    </message>
    <message>
        <source>First version (not reopened)</source>
        <translation>पहिलो संस्करण (फेरि नखोलिएको)</translation>
    </message>
    <message>
        <source>Not recorded here: the reason stays in the history on the officer&apos;s laptop</source>
        <translation>यहाँ अभिलेख छैन: कारण अधिकृतको ल्यापटपको इतिहासमा रहन्छ</translation>
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
    <message>
        <source>Returned for correction</source>
        <translation>सच्याउन फिर्ता आएको</translation>
    </message>
    <message>
        <source>The coordinator sent it back: reopen it from the list (Reopen…) to correct the answers, then finalize again.</source>
        <translation>संयोजकले यो फिर्ता पठाउनुभयो: उत्तर सच्याउन सूचीबाट फेरि खोल्नुहोस् (फेरि खोल्नुहोस्…), अनि फेरि अन्तिम गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Reopen it from the list</source>
        <translation>सूचीबाट फेरि खोल्नुहोस्</translation>
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
        <source>Paste a position copied as &quot;28.1, 81.6&quot;.</source>
        <translation>&quot;28.1, 81.6&quot; जस्तो प्रतिलिपि गरिएको स्थान टाँस्नुहोस्।</translation>
    </message>
    <message>
        <source>The clipboard does not hold a position like &quot;28.1, 81.6&quot;.</source>
        <translation>क्लिपबोर्डमा &quot;28.1, 81.6&quot; जस्तो स्थान छैन।</translation>
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
    <message>
        <source>Draw on map…</source>
        <translation>नक्सामा कोर्नुहोस्…</translation>
    </message>
    <message>
        <source>Put the point on an offline map with a click.</source>
        <translation>अफलाइन नक्सामा क्लिक गरेर बिन्दु राख्नुहोस्।</translation>
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
    <name>ImportResultDialog</name>
    <message>
        <source>Import finished</source>
        <translation>आयात सकियो</translation>
    </message>
    <message>
        <source>Packages imported</source>
        <translation>आयात गरिएका प्याकेजहरू</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>प्याकेज</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नयाँ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अद्यावधिक</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>द्वन्द्वहरू</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>कुञ्जी</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>नतिजा</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>विवरण लुकाउनुहोस्</translation>
    </message>
    <message>
        <source>The whole message, the sender and the signing key of the selected package</source>
        <translation>छानिएको प्याकेजको पूरा सन्देश, पठाउने र हस्ताक्षर कुञ्जी</translation>
    </message>
    <message>
        <source>Details of the selected package</source>
        <translation>छानिएको प्याकेजको विवरण</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>के ल्यायो</translation>
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
    <message>
        <source>Held back, nothing imported: {reason}</source>
        <translation>रोकियो, केही पनि आयात गरिएन: {reason}</translation>
    </message>
    <message>
        <source>Refused, nothing imported: {reason}</source>
        <translation>अस्वीकार गरियो, केही पनि आयात गरिएन: {reason}</translation>
    </message>
    <message>
        <source>Already imported earlier: nothing to do.</source>
        <translation>पहिले नै आयात गरिएको: केही गर्नु पर्दैन।</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>आयात गरियो।</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>हस्ताक्षर नगरिएको</translation>
    </message>
    <message>
        <source>Accepted now</source>
        <translation>अहिले स्वीकार गरियो</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>दर्ता गरिएको</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>दर्ता नगरिएको</translation>
    </message>
    <message>
        <source>Sent by {officer} from device {device}</source>
        <translation>{officer} ले उपकरण {device} बाट पठाएको</translation>
    </message>
    <message>
        <source>an unnamed officer</source>
        <translation>नाम नभएका अधिकृत</translation>
    </message>
    <message>
        <source>Signing key: {fingerprint} ({state})</source>
        <translation>हस्ताक्षर कुञ्जी: {fingerprint} ({state})</translation>
    </message>
    <message>
        <source>Was encrypted for {name}</source>
        <translation>{name} का लागि गुप्तिकरण गरिएको थियो</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict</source>
        <translation>{new} नयाँ, {updated} अद्यावधिक, {unchanged} अपरिवर्तित, {conflicts} द्वन्द्वमा</translation>
    </message>
    <message>
        <source>{done} of {total} packages imported: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict.</source>
        <translation>{total} मध्ये {done} प्याकेज आयात गरियो: {new} नयाँ, {updated} अद्यावधिक, {unchanged} अपरिवर्तित, {conflicts} द्वन्द्वमा।</translation>
    </message>
    <message>
        <source>Refused: {refused}. Held back: {held}.</source>
        <translation>अस्वीकार: {refused}। रोकिएका: {held}।</translation>
    </message>
    <message>
        <source>Coordinator's</source>
        <translation>संयोजकको</translation>
    </message>
    <message>
        <source>form versions: {n}</source>
        <translation>फारम संस्करण: {n}</translation>
    </message>
    <message>
        <source>lists: {n}</source>
        <translation>सूची: {n}</translation>
    </message>
    <message>
        <source>returned assessments: {n}</source>
        <translation>फिर्ता आएका मूल्याङ्कन: {n}</translation>
    </message>
    <message>
        <source>retired forms: {n}</source>
        <translation>बन्द गरिएका फारम: {n}</translation>
    </message>
    <message>
        <source>Field package: nothing new for this laptop</source>
        <translation>फिल्ड प्याकेज: यो ल्यापटपका लागि केही नयाँ छैन</translation>
    </message>
    <message>
        <source>Field package: {contents}</source>
        <translation>फिल्ड प्याकेज: {contents}</translation>
    </message>
    <message>
        <source>{done} of {total} packages imported.</source>
        <translation>{total} मध्ये {done} प्याकेज आयात गरियो।</translation>
    </message>
</context>
<context>
    <name>ImportedFilter</name>
    <message>
        <source>Imported:</source>
        <translation>आयात गरिएका:</translation>
    </message>
    <message>
        <source>Filter imported assessments by officer</source>
        <translation>आयात गरिएका मूल्याङ्कन अधिकारी अनुसार छान्नुहोस्</translation>
    </message>
    <message>
        <source>Filter imported assessments by device</source>
        <translation>आयात गरिएका मूल्याङ्कन उपकरण अनुसार छान्नुहोस्</translation>
    </message>
    <message>
        <source>Filter imported assessments by package</source>
        <translation>आयात गरिएका मूल्याङ्कन प्याकेज अनुसार छान्नुहोस्</translation>
    </message>
    <message>
        <source>Filter imported assessments by import date</source>
        <translation>आयात गरिएका मूल्याङ्कन आयात मिति अनुसार छान्नुहोस्</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>समीक्षा…</translation>
    </message>
    <message>
        <source>Mark the selected assessment approved, needing follow-up or rejected</source>
        <translation>छानिएको मूल्याङ्कनलाई स्वीकृत, थप काम चाहिने वा अस्वीकृत चिन्ह लगाउनुहोस्</translation>
    </message>
    <message>
        <source>Export tables…</source>
        <translation>तालिका निर्यात…</translation>
    </message>
    <message>
        <source>Save the answers as tables for analysis (CSV or Excel)</source>
        <translation>विश्लेषणका लागि उत्तरहरू तालिकाका रूपमा सुरक्षित गर्नुहोस् (CSV वा Excel)</translation>
    </message>
    <message>
        <source>Conflicts ({count})…</source>
        <translation>द्वन्द्वहरू ({count})…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>द्वन्द्वहरू…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>द्वन्द्वहरू</translation>
    </message>
    <message>
        <source>Compare versions that disagree and choose which one stands</source>
        <translation>नमिल्ने संस्करणहरू तुलना गरी कुन कायम रहने छान्नुहोस्</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>सबै अधिकारी</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>सबै उपकरण</translation>
    </message>
    <message>
        <source>Device {id}</source>
        <translation>उपकरण {id}</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>सबै प्याकेज</translation>
    </message>
    <message>
        <source>Imported any time</source>
        <translation>जुनसुकै बेला आयात गरिएका</translation>
    </message>
    <message>
        <source>Imported today</source>
        <translation>आज आयात गरिएका</translation>
    </message>
    <message>
        <source>Imported in the last 7 days</source>
        <translation>पछिल्लो ७ दिनमा आयात गरिएका</translation>
    </message>
    <message>
        <source>Imported in the last 30 days</source>
        <translation>पछिल्लो ३० दिनमा आयात गरिएका</translation>
    </message>
    <message>
        <source>Filter imported assessments by what needs a look</source>
        <translation>हेर्नुपर्ने कुराअनुसार आयात गरिएका मूल्याङ्कन छान्नुहोस्</translation>
    </message>
    <message>
        <source>Needs a look (any of these)</source>
        <translation>हेर्नुपर्ने (यीमध्ये कुनै पनि)</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>जुनसुकै अवस्था</translation>
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
    <name>KeysDialog</name>
    <message>
        <source>Keys</source>
        <translation>कुञ्जीहरू</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your coordinator key&lt;/b&gt; (officers encrypt their packages for it)</source>
        <translation>&lt;b&gt;तपाईंको संयोजक कुञ्जी&lt;/b&gt; (अधिकारीहरूले आफ्ना प्याकेज यसका लागि इन्क्रिप्ट गर्छन्)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Officers&apos; keys enrolled here&lt;/b&gt; (packages they sign are imported without asking)</source>
        <translation>&lt;b&gt;यहाँ दर्ता भएका अधिकारीका कुञ्जी&lt;/b&gt; (तिनले हस्ताक्षर गरेका प्याकेज नसोधी आयात हुन्छन्)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>उपकरण</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>फिंगरप्रिन्ट</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>दर्ता मिति</translation>
    </message>
    <message>
        <source>Enrolled keys</source>
        <translation>दर्ता भएका कुञ्जीहरू</translation>
    </message>
    <message>
        <source>Create coordinator key…</source>
        <translation>संयोजक कुञ्जी बनाउनुहोस्…</translation>
    </message>
    <message>
        <source>Enrol key from file…</source>
        <translation>फाइलबाट कुञ्जी दर्ता…</translation>
    </message>
    <message>
        <source>Back up keys…</source>
        <translation>कुञ्जीको ब्याकअप…</translation>
    </message>
    <message>
        <source>Restore keys…</source>
        <translation>कुञ्जी पुनर्स्थापना…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Your coordinator key</source>
        <translation>तपाईंको संयोजक कुञ्जी</translation>
    </message>
    <message>
        <source>None yet. Create one if you collect packages from officers.</source>
        <translation>अहिलेसम्म छैन। अधिकारीहरूबाट प्याकेज सङ्कलन गर्नुहुन्छ भने एउटा बनाउनुहोस्।</translation>
    </message>
    <message>
        <source>Packages held back for an unknown signer: {names}. Import them again and accept the officer&apos;s key after checking its fingerprint.</source>
        <translation>अज्ञात हस्ताक्षरकर्ताका कारण रोकिएका प्याकेज: {names}। फिंगरप्रिन्ट जाँचेपछि फेरि आयात गरी अधिकारीको कुञ्जी स्वीकार गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Create coordinator key</source>
        <translation>संयोजक कुञ्जी बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Name shown to officers (your office or your name):</source>
        <translation>अधिकारीलाई देखिने नाम (तपाईंको कार्यालय वा नाम):</translation>
    </message>
    <message>
        <source>Save the public key for officers</source>
        <translation>अधिकारीहरूका लागि सार्वजनिक कुञ्जी सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Public key files (*.pub)</source>
        <translation>सार्वजनिक कुञ्जी फाइल (*.pub)</translation>
    </message>
    <message>
        <source>Key created. Give {path} to your officers and read them the fingerprint:
{fingerprint}

Back up your keys now (Back up keys…): without the private key, packages encrypted for it cannot be opened.</source>
        <translation>कुञ्जी बन्यो। {path} आफ्ना अधिकारीलाई दिनुहोस् र फिंगरप्रिन्ट पढेर सुनाउनुहोस्:
{fingerprint}

अहिले नै कुञ्जीको ब्याकअप लिनुहोस् (कुञ्जीको ब्याकअप…): निजी कुञ्जी बिना यसका लागि इन्क्रिप्ट गरिएका प्याकेज खोल्न सकिँदैन।</translation>
    </message>
    <message>
        <source>Enrol an officer&apos;s key</source>
        <translation>अधिकारीको कुञ्जी दर्ता गर्नुहोस्</translation>
    </message>
    <message>
        <source>Public key files (*.pub *.txt);;All files (*)</source>
        <translation>सार्वजनिक कुञ्जी फाइल (*.pub *.txt);;सबै फाइल (*)</translation>
    </message>
    <message>
        <source>Enrol key</source>
        <translation>कुञ्जी दर्ता</translation>
    </message>
    <message>
        <source>Enrolled the key of {name}.
Fingerprint: {fingerprint}</source>
        <translation>{name} को कुञ्जी दर्ता भयो।
फिंगरप्रिन्ट: {fingerprint}</translation>
    </message>
    <message>
        <source>Back up keys</source>
        <translation>कुञ्जीको ब्याकअप</translation>
    </message>
    <message>
        <source>Key backups (*.backup)</source>
        <translation>कुञ्जी ब्याकअप (*.backup)</translation>
    </message>
    <message>
        <source>Passphrase for the backup (a few words; without it the backup cannot be opened):</source>
        <translation>ब्याकअपको पासफ्रेज (केही शब्द; यो बिना ब्याकअप खोल्न सकिँदैन):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>उही पासफ्रेज फेरि:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>दुई पासफ्रेज फरक छन्; केही लेखिएन।</translation>
    </message>
    <message>
        <source>Saved to {path}: {what}. Keep it apart from this laptop.</source>
        <translation>{path} मा सुरक्षित: {what}। यसलाई यो ल्यापटपबाट अलग राख्नुहोस्।</translation>
    </message>
    <message>
        <source>Restore keys</source>
        <translation>कुञ्जी पुनर्स्थापना</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>ब्याकअपको पासफ्रेज:</translation>
    </message>
    <message>
        <source>{reason}

Replace the keys of this data folder with those of the backup? The current key files are kept aside, renamed.</source>
        <translation>{reason}

यो डेटा फोल्डरका कुञ्जीलाई ब्याकअपका कुञ्जीले बदल्ने? हालका कुञ्जी फाइल नाम बदलेर छेउमा राखिन्छन्।</translation>
    </message>
    <message>
        <source>The keys were restored.</source>
        <translation>कुञ्जीहरू पुनर्स्थापित भए।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revoked keys&lt;/b&gt; (packages they sign are refused)</source>
        <translation>&lt;b&gt;रद्द गरिएका कुञ्जीहरू&lt;/b&gt; (तिनले हस्ताक्षर गरेका प्याकेज अस्वीकार हुन्छन्)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>रद्द गरिएको</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Revoked keys</source>
        <translation>रद्द गरिएका कुञ्जीहरू</translation>
    </message>
    <message>
        <source>The selected officer&apos;s laptop was lost or stolen: refuse every package signed by its key from now on</source>
        <translation>चयन गरिएको अधिकारीको ल्यापटप हरायो वा चोरियो: अबदेखि यसको कुञ्जीले हस्ताक्षर गरेका सबै प्याकेज अस्वीकार गर्नुहोस्</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>रद्द गर्नुहोस्…</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation>{when}, {name} द्वारा</translation>
    </message>
    <message>
        <source>(not enrolled here)</source>
        <translation>(यहाँ दर्ता नभएको)</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>रद्द गरिएको: {reason}</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>कुञ्जी रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(नाम छैन)</translation>
    </message>
    <message>
        <source>Why is the key of {name} revoked (for example: laptop stolen)? The reason is kept and shown whenever one of its packages is refused.</source>
        <translation>{name} को कुञ्जी किन रद्द गरिँदैछ (जस्तै: ल्यापटप चोरियो)? कारण राखिन्छ, र यसका प्याकेज अस्वीकार हुँदा हरेक पटक देखाइन्छ।</translation>
    </message>
    <message>
        <source>Nothing was revoked: give the reason.</source>
        <translation>केही रद्द गरिएन: कारण दिनुहोस्।</translation>
    </message>
    <message>
        <source>Revoke the key of {name}?

Fingerprint: {fingerprint}

Every package signed by this key will be refused from now on, even if you accept it. This is final: the officer needs a new key on a new device, enrolled afresh. Packages imported before stay.</source>
        <translation>{name} को कुञ्जी रद्द गर्ने?

फिंगरप्रिन्ट: {fingerprint}

यो कुञ्जीले हस्ताक्षर गरेका सबै प्याकेज अबदेखि अस्वीकार हुनेछन्, तपाईंले स्वीकार गरे पनि। यो अन्तिम हो: अधिकारीलाई नयाँ उपकरणमा नयाँ कुञ्जी चाहिन्छ, जुन फेरि दर्ता गर्नुपर्छ। पहिले आयात भएका प्याकेज रहन्छन्।</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>Keys</source>
        <translation>कुञ्जीहरू</translation>
    </message>
    <message>
        <source>This laptop&apos;s key:</source>
        <translation>यो ल्यापटपको कुञ्जी:</translation>
    </message>
    <message>
        <source>Coordinator key:</source>
        <translation>संयोजक कुञ्जी:</translation>
    </message>
    <message>
        <source>Fingerprint of this laptop&apos;s key</source>
        <translation>यो ल्यापटपको कुञ्जीको फिंगरप्रिन्ट</translation>
    </message>
    <message>
        <source>Read this out to your coordinator, group by group, so they can check the packages you send</source>
        <translation>यसलाई समूह-समूह गरी आफ्ना संयोजकलाई पढेर सुनाउनुहोस्, ताकि उहाँले तपाईंले पठाएका प्याकेज जाँच्न सक्नुहोस्</translation>
    </message>
    <message>
        <source>Load coordinator key…</source>
        <translation>संयोजक कुञ्जी लोड…</translation>
    </message>
    <message>
        <source>Load the coordinator key from a file</source>
        <translation>फाइलबाट संयोजक कुञ्जी लोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>Paste key…</source>
        <translation>कुञ्जी टाँस्नुहोस्…</translation>
    </message>
    <message>
        <source>Paste the coordinator key as text</source>
        <translation>संयोजक कुञ्जी पाठका रूपमा टाँस्नुहोस्</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>बिर्सनुहोस्</translation>
    </message>
    <message>
        <source>Forget the coordinator key</source>
        <translation>संयोजक कुञ्जी बिर्सनुहोस्</translation>
    </message>
    <message>
        <source>Save my public key…</source>
        <translation>मेरो सार्वजनिक कुञ्जी सुरक्षित…</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s public key file</source>
        <translation>यो ल्यापटपको सार्वजनिक कुञ्जी फाइल सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>None loaded: packages you export are not encrypted.</source>
        <translation>कुनै लोड गरिएको छैन: तपाईंले निर्यात गर्ने प्याकेज इन्क्रिप्ट हुँदैनन्।</translation>
    </message>
    <message>
        <source>{name}&lt;br&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;br&gt;Packages you export are encrypted for this coordinator.</source>
        <translation>{name}&lt;br&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;br&gt;तपाईंले निर्यात गर्ने प्याकेज यी संयोजकका लागि इन्क्रिप्ट हुन्छन्।</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation>संयोजक कुञ्जी</translation>
    </message>
    <message>
        <source>Loaded the key of {name}.

Fingerprint: {fingerprint}

Check this fingerprint with your coordinator by phone or in person before you send packages.</source>
        <translation>{name} को कुञ्जी लोड भयो।

फिंगरप्रिन्ट: {fingerprint}

प्याकेज पठाउनुअघि यो फिंगरप्रिन्ट आफ्ना संयोजकसँग फोनमा वा भेटेर जाँच्नुहोस्।</translation>
    </message>
    <message>
        <source>Load coordinator key</source>
        <translation>संयोजक कुञ्जी लोड</translation>
    </message>
    <message>
        <source>Public key files (*.pub *.txt);;All files (*)</source>
        <translation>सार्वजनिक कुञ्जी फाइल (*.pub *.txt);;सबै फाइल (*)</translation>
    </message>
    <message>
        <source>Paste coordinator key</source>
        <translation>संयोजक कुञ्जी टाँस्नुहोस्</translation>
    </message>
    <message>
        <source>Paste the whole key, from “needsassess public key” to the fingerprint line:</source>
        <translation>“needsassess public key” देखि फिंगरप्रिन्ट पङ्क्तिसम्म पूरै कुञ्जी टाँस्नुहोस्:</translation>
    </message>
    <message>
        <source>Forget coordinator key</source>
        <translation>संयोजक कुञ्जी बिर्सनुहोस्</translation>
    </message>
    <message>
        <source>Forget the coordinator key? Packages you export afterwards will not be encrypted.</source>
        <translation>संयोजक कुञ्जी बिर्सने? त्यसपछि निर्यात गरिने प्याकेज इन्क्रिप्ट हुने छैनन्।</translation>
    </message>
    <message>
        <source>Save my public key</source>
        <translation>मेरो सार्वजनिक कुञ्जी सुरक्षित</translation>
    </message>
    <message>
        <source>Public key files (*.pub)</source>
        <translation>सार्वजनिक कुञ्जी फाइल (*.pub)</translation>
    </message>
    <message>
        <source>Saved to {path}. Give this file to your coordinator, and read them the fingerprint:
{fingerprint}</source>
        <translation>{path} मा सुरक्षित भयो। यो फाइल आफ्ना संयोजकलाई दिनुहोस्, र फिंगरप्रिन्ट पढेर सुनाउनुहोस्:
{fingerprint}</translation>
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
        <source>Encrypted for {name}: only that coordinator can read it.</source>
        <translation>{name} का लागि इन्क्रिप्ट गरियो: ती संयोजकले मात्र पढ्न सक्छन्।</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who finds this file can read the households&apos; answers. Load your coordinator&apos;s key in Settings to encrypt packages.</source>
        <translation>इन्क्रिप्ट गरिएको छैन: यो फाइल भेट्ने जो कोहीले घरधुरीका उत्तर पढ्न सक्छ। प्याकेज इन्क्रिप्ट गर्न सेटिङमा आफ्ना संयोजकको कुञ्जी लोड गर्नुहोस्।</translation>
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
        <source>an unnamed officer</source>
        <translation>नाम नभएका अधिकारी</translation>
    </message>
    <message>
        <source>(the package is not signed)</source>
        <translation>(प्याकेजमा हस्ताक्षर छैन)</translation>
    </message>
    <message>
        <source>Accept this officer&apos;s key?</source>
        <translation>यी अधिकारीको कुञ्जी स्वीकार गर्ने?</translation>
    </message>
    <message>
        <source>{file} was sent by {who}, signed with a key this folder does not know.

Fingerprint: {fingerprint}

Accept this officer&apos;s key? Accept only after the officer has read you the same fingerprint (Settings on their laptop), by phone or in person. Your choice is recorded.</source>
        <translation>{file} {who} ले पठाउनुभएको हो, यो फोल्डरले नचिनेको कुञ्जीले हस्ताक्षर गरिएको।

फिंगरप्रिन्ट: {fingerprint}

यी अधिकारीको कुञ्जी स्वीकार गर्ने? अधिकारीले उही फिंगरप्रिन्ट (उहाँको ल्यापटपको सेटिङ) फोनमा वा भेटेर पढेर सुनाएपछि मात्र स्वीकार गर्नुहोस्। तपाईंको छनोट अभिलेख हुन्छ।</translation>
    </message>
    <message>
        <source>Review saved: {title}</source>
        <translation>समीक्षा सुरक्षित भयो: {title}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel कार्यपुस्तिका (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files in a new folder (*)</source>
        <translation>नयाँ फोल्डरमा CSV फाइलहरू (*)</translation>
    </message>
    <message>
        <source>Points, lines and areas for QGIS or ArcGIS (*.geojson)</source>
        <translation>QGIS वा ArcGIS का लागि बिन्दु, रेखा र क्षेत्रहरू (*.geojson)</translation>
    </message>
    <message>
        <source>Export tables for analysis</source>
        <translation>विश्लेषणका लागि तालिका निर्यात</translation>
    </message>
    <message>
        <source>{count} tables saved to {path}</source>
        <translation>{count} तालिका {path} मा सुरक्षित भए</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>तालिका निर्यात</translation>
    </message>
    <message>
        <source>Writing the tables…</source>
        <translation>तालिकाहरू लेख्दै…</translation>
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
    <message>
        <source>The coordinator returned “{title}”. What will you check or correct? Your answer is sent back with the fix.</source>
        <translation>संयोजकले “{title}” फिर्ता पठाउनुभयो। तपाईं के जाँच्नुहुन्छ वा सच्याउनुहुन्छ? तपाईंको जवाफ सुधारसँगै फिर्ता पठाइन्छ।</translation>
    </message>
    <message>
        <source>Save field package</source>
        <translation>फिल्ड प्याकेज सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Send to officers</source>
        <translation>अधिकृतहरूलाई पठाउनुहोस्</translation>
    </message>
    <message>
        <source>Writing the field package…</source>
        <translation>फिल्ड प्याकेज लेखिँदै…</translation>
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
        <source>&amp;Coordinator</source>
        <translation>संयोजक(&amp;C)</translation>
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
        <source>Export &amp;tables for analysis…</source>
        <translation>विश्लेषणका लागि तालिका निर्यात(&amp;T)…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>नमुना डाटा थप्नुहोस्(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>द्वन्द्वहरू(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>कुञ्जीहरू(&amp;K)…</translation>
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
        <source>Opening your assessments…</source>
        <translation>तपाईंका मूल्याङ्कनहरू खोल्दै…</translation>
    </message>
    <message>
        <source>Opening your assessments</source>
        <translation>तपाईंका मूल्याङ्कनहरू खोल्दै</translation>
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
        <source>&amp;Send to officers…</source>
        <translation>अधिकृतहरूलाई &amp;पठाउनुहोस्…</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>XLSForm spreadsheets (*.xlsx *.xls)</source>
        <translation>XLSForm स्प्रेडसिट (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Lists:</source>
        <translation>सूचीहरू:</translation>
    </message>
    <message>
        <source>{name} v{version}, {rows} rows</source>
        <translation>{name} संस्करण {version}, {rows} पङ्क्ति</translation>
    </message>
    <message>
        <source>{name} (missing: import it)</source>
        <translation>{name} (छैन: यसलाई आयात गर्नुहोस्)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>नयाँ मूल्याङ्कन</translation>
    </message>
    <message>
        <source>Import XLSForm</source>
        <translation>XLSForm आयात</translation>
    </message>
    <message>
        <source>XLSForm spreadsheets (*.xlsx)</source>
        <translation>XLSForm स्प्रेडसिट (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the spreadsheet…</source>
        <translation>स्प्रेडसिट पढ्दै…</translation>
    </message>
    <message>
        <source>A form with the id “{form_id}” was imported before ({path}). Replace it? Assessments already made keep the version they were made with.</source>
        <translation>“{form_id}” आईडी भएको फारम पहिले आयात भएको थियो ({path})। बदल्ने? पहिले बनेका मूल्याङ्कनले आफू बनेको संस्करण नै राख्छन्।</translation>
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
        <source>Import XLSForm…</source>
        <translation>XLSForm आयात…</translation>
    </message>
    <message>
        <source>Add a form from an XLSForm spreadsheet (ODK, KoboToolbox, SurveyCTO); you see the import report first</source>
        <translation>XLSForm स्प्रेडसिटबाट फारम थप्नुहोस् (ODK, KoboToolbox, SurveyCTO); पहिले आयात प्रतिवेदन देखिन्छ</translation>
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
    <name>ReviewDialog</name>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Review of “{title}”. The officer&apos;s answers are not changed; the review is kept beside them.</source>
        <translation>“{title}” को समीक्षा। अधिकारीका उत्तर परिवर्तन हुँदैनन्; समीक्षा छुट्टै राखिन्छ।</translation>
    </message>
    <message>
        <source>Received (not reviewed yet)</source>
        <translation>प्राप्त (समीक्षा बाँकी)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>थप काम चाहिने</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>&amp;Comment (what to follow up, why rejected):</source>
        <translation>टिप्पणी (के थप गर्ने, किन अस्वीकृत)(&amp;C):</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>समीक्षा टिप्पणी</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>समीक्षा सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>विषय(&amp;A):</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation>टिप्पणी केबारे हो</translation>
    </message>
    <message>
        <source>The whole assessment</source>
        <translation>पूरै मूल्याङ्कन</translation>
    </message>
    <message>
        <source>Review so far</source>
        <translation>अहिलेसम्मको समीक्षा</translation>
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
    <message>
        <source>Key figures to check</source>
        <translation>जाँच गर्नुपर्ने मुख्य तथ्याङ्क</translation>
    </message>
    <message>
        <source>Still to answer or correct</source>
        <translation>अझै उत्तर दिन वा सच्याउन बाँकी</translation>
    </message>
    <message>
        <source>Lock the answers; a change after this needs a reopen with a reason.</source>
        <translation>उत्तरहरू बन्द गर्नुहोस्; यसपछि परिवर्तन गर्न कारणसहित फेरि खोल्नुपर्छ।</translation>
    </message>
    <message>
        <source>Answer or correct the questions listed below before finalizing; select one to go to it.</source>
        <translation>अन्तिम गर्नुअघि तल सूचीमा भएका प्रश्नहरूको उत्तर दिनुहोस् वा सच्याउनुहोस्; त्यहाँ जान एउटा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Nothing is missing: check the key figures, then finalize to lock the assessment.</source>
        <translation>केही पनि छुटेको छैन: मुख्य तथ्याङ्क जाँच गर्नुहोस्, अनि मूल्याङ्कन बन्द गर्न अन्तिम गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Finalize becomes possible once nothing listed above is missing.</source>
        <translation>माथि केही पनि नछुटेपछि अन्तिम गर्न सकिन्छ।</translation>
    </message>
    <message>
        <source>After finalizing, the answers are locked and the assessment is ready to export.</source>
        <translation>अन्तिम गरेपछि उत्तरहरू बन्द हुन्छन् र मूल्याङ्कन निर्यात गर्न तयार हुन्छ।</translation>
    </message>
    <message>
        <source>Go to this page</source>
        <translation>यो पृष्ठमा जानुहोस्</translation>
    </message>
    <message>
        <source>The coordinator returned this assessment for correction.</source>
        <translation>संयोजकले यो मूल्याङ्कन सच्याउन फिर्ता पठाउनुभयो।</translation>
    </message>
    <message>
        <source>To correct it, reopen it from the list of assessments, then finalize it again.</source>
        <translation>सच्याउन मूल्याङ्कनहरूको सूचीबाट फेरि खोल्नुहोस्, अनि फेरि अन्तिम गर्नुहोस्।</translation>
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
        <source>Database, photos and keys live here; the app copies the database to “backups” daily and before each import.</source>
        <translation>डाटाबेस, फोटो र कुञ्जीहरू यहीँ छन्; एपले हरेक दिन र हरेक आयातअघि डाटाबेस ब्याकअपमा प्रतिलिपि गर्छ।</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Nepali &amp;digits:</source>
        <translation>नेपाली अङ्क(&amp;D):</translation>
    </message>
    <message>
        <source>Digits of the Nepali interface</source>
        <translation>नेपाली इन्टरफेसका अङ्क</translation>
    </message>
    <message>
        <source>How the Nepali interface writes numbers and dates (Devanagari by default)</source>
        <translation>नेपाली इन्टरफेसले सङ्ख्या र मिति कसरी लेख्छ (पूर्वनिर्धारित रूपमा देवनागरी)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>List</source>
        <translation>सूची</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>नक्सा</translation>
    </message>
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
    <message>
        <source>Marked for follow-up: {title}</source>
        <translation>थप काम चाहिने भनी चिह्नित: {title}</translation>
    </message>
    <message>
        <source>Needs follow-up (flags as the comment)</source>
        <translation>थप काम चाहिने (चिह्नहरू टिप्पणीका रूपमा)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>फिर्ता पठाइएका</translation>
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
<context>
    <name>XLSFormReportDialog</name>
    <message>
        <source>Import XLSForm</source>
        <translation>XLSForm आयात</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({form_id}, version {version}) from {file}: {questions} questions on {pages} pages, languages {languages}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({form_id}, संस्करण {version}) {file} बाट: {pages} पृष्ठमा {questions} प्रश्न, भाषाहरू {languages}।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file} cannot be imported.&lt;/b&gt; Correct the rows marked as errors in the spreadsheet, then import it again.</source>
        <translation>&lt;b&gt;{file} आयात गर्न सकिँदैन।&lt;/b&gt; स्प्रेडसिटमा त्रुटि भनी चिन्ह लगाइएका पङ्क्ति सच्याएर फेरि आयात गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Approximated: {approximated} · dropped: {dropped} · errors: {errors} · notes: {notes}. Everything else was kept as it is.</source>
        <translation>अनुमानित: {approximated} · हटाइएका: {dropped} · त्रुटि: {errors} · टिप्पणी: {notes}। बाँकी सबै जस्ताको तस्तै राखियो।</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>आयात प्रतिवेदन</translation>
    </message>
    <message>
        <source>What</source>
        <translation>के</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>स्तम्भ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>किन</translation>
    </message>
    <message>
        <source>error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>approximated</source>
        <translation>अनुमानित</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>हटाइएको</translation>
    </message>
    <message>
        <source>note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>पङ्क्ति {row}</translation>
    </message>
    <message>
        <source>Add this form</source>
        <translation>यो फारम थप्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक छ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सबै सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोल्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हो(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सबैलाई हो(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>होइन(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सबैलाई होइन(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फेरि प्रयास गर्नुहोस्</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>बेवास्ता गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू गर्नुहोस्</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>पहिलेजस्तै बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>पूर्वनिर्धारित फर्काउनुहोस्</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत् गर्नुहोस्(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फेरि गर्नुहोस्(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काट्नुहोस्(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>प्रतिलिपि गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>टाँस्नुहोस्(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सबै छान्नुहोस्</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत् गर्नुहोस्(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फेरि गर्नुहोस्(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काट्नुहोस्(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>प्रतिलिपि गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>टाँस्नुहोस्(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सबै छान्नुहोस्</translation>
    </message>
</context>
<context>
    <name>RowState</name>
    <message>
        <source>In conflict</source>
        <translation>द्वन्द्वमा</translation>
    </message>
    <message>
        <source>Two versions disagree: compare them in Conflicts… and choose one.</source>
        <translation>दुई संस्करण मिल्दैनन्: द्वन्द्वहरू… मा तुलना गरेर एउटा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अद्यावधिक</translation>
    </message>
    <message>
        <source>A later version arrived after your last review: review it again.</source>
        <translation>तपाईंको पछिल्लो समीक्षापछि नयाँ संस्करण आयो: फेरि समीक्षा गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Updated since review</source>
        <translation>समीक्षापछि अद्यावधिक</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नयाँ</translation>
    </message>
    <message>
        <source>Received in an import and not reviewed yet.</source>
        <translation>आयातमा प्राप्त भयो, अहिलेसम्म समीक्षा गरिएको छैन।</translation>
    </message>
    <message>
        <source>New, not reviewed</source>
        <translation>नयाँ, समीक्षा नगरिएको</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>फेरि पठाइएको</translation>
    </message>
    <message>
        <source>The officer sent a fix for the follow-up you asked for: review it (the thread shows their reason).</source>
        <translation>तपाईंले मागेको थप कामको सुधार अधिकृतले पठाउनुभयो: समीक्षा गर्नुहोस् (छलफलमा उहाँको कारण छ)।</translation>
    </message>
    <message>
        <source>Resubmitted after a return</source>
        <translation>फिर्तापछि फेरि पठाइएको</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>फिर्ता पठाइएको</translation>
    </message>
    <message>
        <source>You asked for a follow-up: send it with Coordinator → Send to officers…; the officer's fix will come back in a package.</source>
        <translation>तपाईंले थप काम माग्नुभयो: संयोजक → अधिकृतहरूलाई पठाउनुहोस्… बाट पठाउनुहोस्; अधिकृतको सुधार प्याकेजमा फर्किनेछ।</translation>
    </message>
    <message>
        <source>Returned, waiting for the officer</source>
        <translation>फिर्ता पठाइएको, अधिकृतको प्रतीक्षामा</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to officers</source>
        <translation>अधिकृतहरूलाई पठाउनुहोस्</translation>
    </message>
    <message>
        <source>A field package carries forms, lists and assessments returned for follow-up back to officers' laptops, signed by you. Officers import it with Import…</source>
        <translation>फिल्ड प्याकेजले फारम, सूचीहरू र थप कामका लागि फिर्ता पठाइएका मूल्याङ्कनहरू अधिकृतहरूका ल्यापटपमा पुर्‍याउँछ, तपाईंको हस्ताक्षरसहित। अधिकृतहरूले यसलाई आयात… बाट आयात गर्छन्।</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>अधिकृतहरू</translation>
    </message>
    <message>
        <source>{officer} · device {device}</source>
        <translation>{officer} · उपकरण {device}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(नाम छैन)</translation>
    </message>
    <message>
        <source>no returns: old key file</source>
        <translation>फिर्ता पठाउन मिल्दैन: पुरानो कुञ्जी फाइल</translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>कुञ्जीको औंठाछाप: {fingerprint}</translation>
    </message>
    <message>
        <source>This officer's key file has no encryption key, so returned assessments cannot be sealed to it. Ask the officer for a new key file (Settings → Keys).</source>
        <translation>यो अधिकृतको कुञ्जी फाइलमा इन्क्रिप्सन कुञ्जी छैन, त्यसैले फिर्ता पठाइने मूल्याङ्कन उहाँका लागि बन्द गर्न मिल्दैन। अधिकृतसँग नयाँ कुञ्जी फाइल माग्नुहोस् (सेटिङ → कुञ्जीहरू)।</translation>
    </message>
    <message>
        <source>No officer key is enrolled yet: import an officer's package and accept the key first. Forms and lists can still be sent to every officer.</source>
        <translation>अहिलेसम्म कुनै अधिकृतको कुञ्जी दर्ता छैन: पहिले अधिकृतको प्याकेज आयात गरी कुञ्जी स्वीकार गर्नुहोस्। फारम र सूचीहरू भने सबै अधिकृतलाई पठाउन सकिन्छ।</translation>
    </message>
    <message>
        <source>Forms (the current version of each)</source>
        <translation>फारमहरू (प्रत्येकको हालको संस्करण)</translation>
    </message>
    <message>
        <source>Lists the forms use (sites, households)</source>
        <translation>फारमले प्रयोग गर्ने सूचीहरू (स्थान, घरधुरी)</translation>
    </message>
    <message>
        <source>Assessments returned for follow-up ({count})</source>
        <translation>थप कामका लागि फिर्ता पठाइने मूल्याङ्कन ({count})</translation>
    </message>
    <message>
        <source>Retired forms</source>
        <translation>बन्द गरिएका फारमहरू</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>Retired forms (ticked: officers can no longer start them):</source>
        <translation>बन्द गरिएका फारमहरू (चिन्ह लगाइएका: अधिकृतहरूले अब सुरु गर्न सक्नुहुन्न):</translation>
    </message>
    <message>
        <source>Save package…</source>
        <translation>प्याकेज सुरक्षित गर्नुहोस्…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Choose something to send.</source>
        <translation>पठाउन केही छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Returned assessments go only to ticked officers: tick at least one.</source>
        <translation>फिर्ता पठाइने मूल्याङ्कन चिन्ह लगाइएका अधिकृतलाई मात्र जान्छन्: कम्तीमा एक जनामा चिन्ह लगाउनुहोस्।</translation>
    </message>
</context>
<context>
    <name>ReviewThread</name>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>थप काम चाहिने</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Resubmitted after a return</source>
        <translation>फिर्तापछि फेरि पठाइएको</translation>
    </message>
    <message>
        <source>the whole assessment</source>
        <translation>पूरै मूल्याङ्कन</translation>
    </message>
    <message>
        <source>{who}, {when} · {state} · on {about}</source>
        <translation>{who}, {when} · {state} · विषय: {about}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(नाम छैन)</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>अहिलेसम्म समीक्षा छैन।</translation>
    </message>
</context>
<context>
    <name>SendResult</name>
    <message>
        <source>none</source>
        <translation>केही छैन</translation>
    </message>
    <message>
        <source>Field package {number} saved to {path}</source>
        <translation>फिल्ड प्याकेज {number} यहाँ सुरक्षित भयो: {path}</translation>
    </message>
    <message>
        <source>Forms: {forms}</source>
        <translation>फारमहरू: {forms}</translation>
    </message>
    <message>
        <source>Retired forms: {forms}</source>
        <translation>बन्द गरिएका फारमहरू: {forms}</translation>
    </message>
    <message>
        <source>Lists: {names}</source>
        <translation>सूचीहरू: {names}</translation>
    </message>
    <message>
        <source>Returned to {officer}: {count} assessments</source>
        <translation>{officer} लाई फिर्ता: {count} मूल्याङ्कन</translation>
    </message>
    <message>
        <source>Returned assessments: none</source>
        <translation>फिर्ता पठाइएका मूल्याङ्कन: केही छैन</translation>
    </message>
    <message>
        <source>Not sent (their officer was not ticked or cannot receive returns): {titles}</source>
        <translation>पठाइएन (तिनका अधिकृतमा चिन्ह लगाइएन वा उहाँले फिर्ता प्राप्त गर्न सक्नुहुन्न): {titles}</translation>
    </message>
</context>
<context>
    <name>FieldSummary</name>
    <message>
        <source>Field package {number} from {coordinator}.</source>
        <translation>{coordinator} बाट फिल्ड प्याकेज {number}।</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>संयोजक</translation>
    </message>
    <message>
        <source>Nothing changed: package {last} or a later one was already imported.</source>
        <translation>केही परिवर्तन भएन: प्याकेज {last} वा त्यसपछिको पहिल्यै आयात भइसकेको छ।</translation>
    </message>
    <message>
        <source>Nothing changed: nothing in it is addressed to this laptop.</source>
        <translation>केही परिवर्तन भएन: यसमा यो ल्यापटपका लागि केही छैन।</translation>
    </message>
    <message>
        <source>forms installed: {forms}</source>
        <translation>फारम थपियो: {forms}</translation>
    </message>
    <message>
        <source>forms retired: {forms}</source>
        <translation>बन्द गरिएका फारम: {forms}</translation>
    </message>
    <message>
        <source>lists replaced: {names}</source>
        <translation>सूची बदलियो: {names}</translation>
    </message>
    <message>
        <source>assessments returned for follow-up: {count}</source>
        <translation>थप कामका लागि फिर्ता आएका मूल्याङ्कन: {count}</translation>
    </message>
    <message>
        <source>new comments on assessments changed here since (your answers kept): {count}</source>
        <translation>यहाँ पछि बदलिएका मूल्याङ्कनमा नयाँ टिप्पणी (तपाईंका उत्तर जस्ताको तस्तै): {count}</translation>
    </message>
    <message>
        <source>returned assessments not on this laptop: {count}</source>
        <translation>यो ल्यापटपमा नभएका फिर्ता मूल्याङ्कन: {count}</translation>
    </message>
    <message>
        <source>Nothing changed: everything in it was already here.</source>
        <translation>केही परिवर्तन भएन: यसमा भएका सबै कुरा पहिल्यै यहाँ छन्।</translation>
    </message>
</context>
<context>
    <name>ReturnComments</name>
    <message>
        <source>Returned by the coordinator: {state}. Reopen it from the list to correct it.</source>
        <translation>संयोजकले फिर्ता पठाउनुभयो: {state}। सच्याउन सूचीबाट फेरि खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>Returned by the coordinator: correct the answers below, then finalize.</source>
        <translation>संयोजकले फिर्ता पठाउनुभयो: तलका उत्तर सच्याउनुहोस्, अनि अन्तिम गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Review comments ({state})</source>
        <translation>समीक्षा टिप्पणी ({state})</translation>
    </message>
    <message>
        <source>Hide comments</source>
        <translation>टिप्पणी लुकाउनुहोस्</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>टिप्पणी देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Show or hide the coordinator's comments</source>
        <translation>संयोजकका टिप्पणी देखाउनुहोस् वा लुकाउनुहोस्</translation>
    </message>
    <message>
        <source>Comments on questions: {links}</source>
        <translation>प्रश्नहरूमा टिप्पणी: {links}</translation>
    </message>
    <message>
        <source>The coordinator's comment</source>
        <translation>संयोजकको टिप्पणी</translation>
    </message>
</context>
<context>
    <name>SavedState</name>
    <message>
        <source>Saved {time}</source>
        <translation>{time} मा सुरक्षित</translation>
    </message>
    <message>
        <source>Saved yesterday at {time}</source>
        <translation>हिजो {time} मा सुरक्षित</translation>
    </message>
    <message>
        <source>Saved {date}, {time}</source>
        <translation>{date}, {time} मा सुरक्षित</translation>
    </message>
</context>
<context>
    <name>BsDateWidget</name>
    <message>
        <source>Clear</source>
        <translation>खाली गर्नुहोस्</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>मिति खाली गर्नुहोस्</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Bikram Sambat date, year-month-day</source>
        <translation>विक्रम संवत् मिति, साल-महिना-गते</translation>
    </message>
    <message>
        <source>Enter a Bikram Sambat date as year-month-day, for example {example} (years {first}-{last}).</source>
        <translation>विक्रम संवत् मिति साल-महिना-गते गरी लेख्नुहोस्, जस्तै {example} (साल {first}-{last})।</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>पात्रो…</translation>
    </message>
    <message>
        <source>Pick the date from a Bikram Sambat calendar</source>
        <translation>विक्रम संवत् पात्रोबाट मिति छान्नुहोस्</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>ब्याकअप</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>पछिल्लो ब्याकअप:</translation>
    </message>
    <message>
        <source>Keep for (days):</source>
        <translation>राख्ने अवधि (दिन):</translation>
    </message>
    <message>
        <source>Also copy to:</source>
        <translation>यहाँ पनि प्रतिलिपि:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>अहिले ब्याकअप लिनुहोस्</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>छान्नुहोस्…</translation>
    </message>
    <message>
        <source>A USB stick or another folder (optional)</source>
        <translation>USB स्टिक वा अर्को फोल्डर (ऐच्छिक)</translation>
    </message>
    <message>
        <source>Days to keep backups</source>
        <translation>ब्याकअप राख्ने दिन</translation>
    </message>
    <message>
        <source>Folder to copy backups to</source>
        <translation>ब्याकअप प्रतिलिपि गर्ने फोल्डर</translation>
    </message>
    <message>
        <source>This is a PostgreSQL hub: back it up with pg_dump.</source>
        <translation>यो PostgreSQL हब हो: यसको ब्याकअप pg_dump बाट लिनुहोस्।</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>अहिलेसम्म छैन</translation>
    </message>
    <message>
        <source>{when} (in the data folder's “backups” folder)</source>
        <translation>{when} (डाटा फोल्डरको “backups” फोल्डरमा)</translation>
    </message>
    <message>
        <source>The backup was made in the data folder, but not copied to {folder}.</source>
        <translation>ब्याकअप डाटा फोल्डरमा बन्यो, तर {folder} मा प्रतिलिपि भएन।</translation>
    </message>
</context>
<context>
    <name>FlagFilter</name>
    <message>
        <source>Filter by data-quality flag</source>
        <translation>डेटा गुणस्तर चिह्न अनुसार छान्नुहोस्</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>थप काम चाहिने</translation>
    </message>
    <message>
        <source>Mark the selected flagged assessment as needing follow-up, with the flags' reasons as the review comment</source>
        <translation>छानिएको चिह्नित मूल्याङ्कनलाई थप काम चाहिने भनी चिह्न लगाउनुहोस्, चिह्नका कारणहरू समीक्षा टिप्पणीका रूपमा राखेर</translation>
    </message>
    <message>
        <source>Flags: all</source>
        <translation>चिह्न: सबै</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>चिह्नित</translation>
    </message>
    <message>
        <source>Flag: {name}</source>
        <translation>चिह्न: {name}</translation>
    </message>
</context>
<context>
    <name>FlagNotes</name>
    <message>
        <source>Data-quality flags of this assessment:</source>
        <translation>यस मूल्याङ्कनका डेटा गुणस्तर चिह्नहरू:</translation>
    </message>
    <message>
        <source>Data-quality flag</source>
        <translation>डेटा गुणस्तर चिह्न</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>The disk is full, so nothing can be saved: you can look at and print the assessments. Free some space, then start the app again.</source>
        <translation>डिस्क भरिएको छ, त्यसैले केही पनि सुरक्षित गर्न सकिँदैन: तपाईं मूल्याङ्कनहरू हेर्न र छाप्न सक्नुहुन्छ। केही ठाउँ खाली गर्नुहोस्, अनि एप फेरि सुरु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This data folder can only be read ({folder}), so nothing can be saved: you can look at and print the assessments. To work, check the folder's permissions or start the app with another data folder.</source>
        <translation>यो डाटा फोल्डर पढ्न मात्र मिल्छ ({folder}), त्यसैले केही पनि सुरक्षित गर्न सकिँदैन: तपाईं मूल्याङ्कनहरू हेर्न र छाप्न सक्नुहुन्छ। काम गर्न, फोल्डरको अनुमति जाँच्नुहोस् वा अर्को डाटा फोल्डरसँग एप सुरु गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>नजिकबाट हेर्नुहोस् (+ वा माउसको पाङ्ग्रा)</translation>
    </message>
    <message>
        <source>Zoom out (− or the mouse wheel)</source>
        <translation>टाढाबाट हेर्नुहोस् (− वा माउसको पाङ्ग्रा)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>नजिकबाट हेर्नुहोस्</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>टाढाबाट हेर्नुहोस्</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>नक्सा</translation>
    </message>
    <message>
        <source>No basemap: latitude and longitude lines (WGS 84)</source>
        <translation>आधार नक्सा छैन: अक्षांश र देशान्तर रेखाहरू (WGS 84)</translation>
    </message>
    <message>
        <source>Boundaries: Natural Earth</source>
        <translation>सीमाना: Natural Earth</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Legend</source>
        <translation>सङ्केत</translation>
    </message>
    <message>
        <source>Basemap…</source>
        <translation>आधार नक्सा…</translation>
    </message>
    <message>
        <source>Draw the map over an MBTiles file (works without network)</source>
        <translation>नक्सा MBTiles फाइलमाथि देखाउनुहोस् (नेटवर्कबिना पनि चल्छ)</translation>
    </message>
    <message>
        <source>Built-in map</source>
        <translation>भित्री नक्सा</translation>
    </message>
    <message>
        <source>Countries and provinces shipped with the program (Natural Earth), with latitude and longitude lines</source>
        <translation>कार्यक्रमसँगै आएका देश र प्रदेशका सीमाना (Natural Earth), अक्षांश र देशान्तर रेखासहित</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>सबै देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Zoom to show every assessment on the map</source>
        <translation>नक्सामा सबै मूल्याङ्कन देखिने गरी मिलाउनुहोस्</translation>
    </message>
    <message>
        <source>Reading the assessments’ locations…</source>
        <translation>मूल्याङ्कनहरूका स्थानहरू पढ्दै…</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>मस्यौदा</translation>
    </message>
    <message>
        <source>%1 of %2 assessments have a location. Click a point to open it; drag to move, wheel or +/− to zoom.</source>
        <translation>%2 मध्ये %1 मूल्याङ्कनको स्थान छ। खोल्न बिन्दुमा क्लिक गर्नुहोस्; सार्न तान्नुहोस्, जुम गर्न पाङ्ग्रा वा +/− प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>आधार नक्सा: %1</translation>
    </message>
    <message>
        <source>Choose a basemap</source>
        <translation>आधार नक्सा छान्नुहोस्</translation>
    </message>
    <message>
        <source>MBTiles basemaps (*.mbtiles);;All files (*)</source>
        <translation>MBTiles आधार नक्साहरू (*.mbtiles);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <source>Basemap refused</source>
        <translation>आधार नक्सा अस्वीकार गरियो</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>आधार नक्सा</translation>
    </message>
</context>
<context>
    <name>PointsWidget</name>
    <message>
        <source>One point per line: latitude longitude, e.g. 27.7012 85.3201</source>
        <translation>प्रति पङ्क्ति एउटा बिन्दु: अक्षांश देशान्तर, जस्तै 27.7012 85.3201</translation>
    </message>
    <message>
        <source>Import GPX, KML or GeoJSON…</source>
        <translation>GPX, KML वा GeoJSON ल्याउनुहोस्…</translation>
    </message>
    <message>
        <source>Read the track or outline saved by a handheld GPS or a phone.</source>
        <translation>हाते GPS वा फोनले सुरक्षित गरेको ट्र्याक वा सीमारेखा पढ्नुहोस्।</translation>
    </message>
    <message>
        <source>Paste points</source>
        <translation>बिन्दुहरू टाँस्नुहोस्</translation>
    </message>
    <message>
        <source>Choose a GPX, KML or GeoJSON file</source>
        <translation>GPX, KML वा GeoJSON फाइल छान्नुहोस्</translation>
    </message>
    <message>
        <source>GPS files (*.gpx *.kml *.geojson *.json);;All files (*)</source>
        <translation>GPS फाइलहरू (*.gpx *.kml *.geojson *.json);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>अहिलेसम्म कुनै बिन्दु छैन।</translation>
    </message>
    <message>
        <source>{count} points · area {area} · perimeter {length}</source>
        <translation>{count} बिन्दु · क्षेत्रफल {area} · परिधि {length}</translation>
    </message>
    <message>
        <source>{count} points · length {length}</source>
        <translation>{count} बिन्दु · लम्बाइ {length}</translation>
    </message>
    <message>
        <source>accuracy up to {accuracy}</source>
        <translation>शुद्धता {accuracy} सम्म</translation>
    </message>
    <message>
        <source>Draw on map…</source>
        <translation>नक्सामा कोर्नुहोस्…</translation>
    </message>
    <message>
        <source>Click the points on an offline map; drag, delete and undo.</source>
        <translation>अफलाइन नक्सामा बिन्दुहरू क्लिक गर्नुहोस्; तान्न, हटाउन र पूर्ववत् गर्न सकिन्छ।</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <source>Draw on map: %1</source>
        <translation>नक्सामा कोर्नुहोस्: %1</translation>
    </message>
    <message>
        <source>Click the place to put the point there; drag the point to move it.</source>
        <translation>बिन्दु राख्न ठाउँमा क्लिक गर्नुहोस्; सार्न बिन्दुलाई तान्नुहोस्।</translation>
    </message>
    <message>
        <source>Click to add points along the line; drag a point to move it; Delete removes the selected point.</source>
        <translation>रेखामा बिन्दु थप्न क्लिक गर्नुहोस्; सार्न बिन्दुलाई तान्नुहोस्; Delete ले छानिएको बिन्दु हटाउँछ।</translation>
    </message>
    <message>
        <source>Click to add points around the area (it closes by itself); drag a point to move it; Delete removes the selected point.</source>
        <translation>क्षेत्रको वरिपरि बिन्दु थप्न क्लिक गर्नुहोस् (यो आफैँ बन्द हुन्छ); सार्न बिन्दुलाई तान्नुहोस्; Delete ले छानिएको बिन्दु हटाउँछ।</translation>
    </message>
    <message>
        <source>Move the map with the right button or Ctrl+drag; zoom with the wheel or +/−.</source>
        <translation>दायाँ बटन वा Ctrl+तानेर नक्सा सार्नुहोस्; माउसको पाङ्ग्रा वा +/− ले नजिक-टाढा गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत् गर्नुहोस्</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>पूर्ववत् गर्नुहोस् (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>फेरि गर्नुहोस्</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>फेरि गर्नुहोस् (Ctrl+Shift+Z वा Ctrl+Y)</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>बिन्दु हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Remove the selected point (Delete)</source>
        <translation>छानिएको बिन्दु हटाउनुहोस् (Delete)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>सबै देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Zoom to the whole drawing</source>
        <translation>पूरै रेखाचित्र देखिने गरी हेर्नुहोस्</translation>
    </message>
    <message>
        <source>Map to draw on</source>
        <translation>कोर्ने नक्सा</translation>
    </message>
    <message>
        <source>No point yet: click the place on the map.</source>
        <translation>अहिलेसम्म बिन्दु छैन: नक्सामा ठाउँ क्लिक गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{count} points · area {area} · perimeter {length}</source>
        <translation>{count} बिन्दु · क्षेत्रफल {area} · परिधि {length}</translation>
    </message>
    <message>
        <source>{count} points · length {length}</source>
        <translation>{count} बिन्दु · लम्बाइ {length}</translation>
    </message>
    <message>
        <source>Point {number}: {lat}, {lon}</source>
        <translation>बिन्दु {number}: {lat}, {lon}</translation>
    </message>
    <message>
        <source>accuracy {accuracy}</source>
        <translation>शुद्धता {accuracy}</translation>
    </message>
    <message>
        <source>Pointer at {lat}, {lon}</source>
        <translation>माउस {lat}, {lon} मा</translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>नजिकबाट हेर्नुहोस् (+ वा माउसको पाङ्ग्रा)</translation>
    </message>
    <message>
        <source>Zoom out (− or the mouse wheel)</source>
        <translation>टाढाबाट हेर्नुहोस् (− वा माउसको पाङ्ग्रा)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>नजिकबाट हेर्नुहोस्</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>टाढाबाट हेर्नुहोस्</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>नक्सा</translation>
    </message>
    <message>
        <source>No basemap: latitude and longitude lines (WGS 84)</source>
        <translation>आधार नक्सा छैन: अक्षांश र देशान्तर रेखाहरू (WGS 84)</translation>
    </message>
</context>
<context>
    <name>ParadataNote</name>
    <message>
        <source>Time spent entering:</source>
        <translation>प्रविष्टिमा लागेको समय:</translation>
    </message>
</context>
<context>
    <name>BsCalendar</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>अघिल्लो महिना (Page Up)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>अर्को महिना (Page Down)</translation>
    </message>
    <message>
        <source>Bikram Sambat calendar</source>
        <translation>विक्रम संवत् पात्रो</translation>
    </message>
</context>
<context>
    <name>_WrittenDate</name>
    <message>
        <source>Clear</source>
        <translation>खाली गर्नुहोस्</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>मिति खाली गर्नुहोस्</translation>
    </message>
</context>
</TS>
