<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About needsassess</source>
        <translation>needsassess haqida</translation>
    </message>
    <message>
        <source>needsassess records field needs assessments offline, prints reports in English, Nepali and Uzbek, and exchanges assessments as package files.</source>
        <translation>needsassess dala ehtiyojlarini baholashni internetsiz qayd etadi, hisobotlarni ingliz, nepal va oʻzbek tillarida chop etadi hamda baholashlarni paket fayllari orqali almashadi.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versiya:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Maʼlumotlar jildi:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Maʼlumotlar bazasi sxemasi:</translation>
    </message>
</context>
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <source>Yes, confirmed</source>
        <translation>Ha, tasdiqlandi</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database is damaged</source>
        <translation>Maʼlumotlar bazasi shikastlangan</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>needsassess cannot start</source>
        <translation>needsassess ishga tushmadi</translation>
    </message>
    <message>
        <source>The data folder {path} could not be opened.

{reason}</source>
        <translation>{path} maʼlumotlar jildini ochib boʻlmadi.

{reason}</translation>
    </message>
    <message>
        <source>Open another data folder, or close to quit.</source>
        <translation>Boshqa maʼlumotlar jildini oching yoki chiqish uchun yoping.</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>Maʼlumotlar jildini tanlang</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Title</source>
        <translation>Sarlavha</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Soʻrovnoma</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Joy</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Xodim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Oxirgi oʻzgarish</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Koʻrib chiqish</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qabul qilingan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Tasdiqlangan</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Qayta ishlash kerak</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rad etilgan</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Qoralama</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Tugallangan</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Bekor qilingan</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(hali sarlavha yoʻq)</translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation>Koʻrib chiqish: {state}</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Belgilar</translation>
    </message>
    <message>
        <source>Returned by the coordinator for follow-up: View it to read the comments, then Reopen… to correct it, finalize and export it again.</source>
        <translation>Koordinator qayta ishlash uchun qaytardi: izohlarni oʻqish uchun Koʻrish, tuzatish uchun Qayta ochish…, soʻng yakunlab yana eksport qiling.</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Qayta yuborilgan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Qaytarilgan</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyatlar</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>Javoblar yonma-yon</translation>
    </message>
    <message>
        <source>These assessments arrived in versions that disagree. Compare the answers and choose which version stands. Both versions are kept whole in the history, and your choice is recorded.</source>
        <translation>Bu baholashlar bir-biriga mos kelmaydigan versiyalarda keldi. Javoblarni solishtiring va qaysi versiya qolishini tanlang. Ikkala versiya ham tarixda toʻliq saqlanadi, tanlovingiz qayd etiladi.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Savol</translation>
    </message>
    <message>
        <source>Stored answer</source>
        <translation>Saqlangan javob</translation>
    </message>
    <message>
        <source>Incoming answer</source>
        <translation>Kelgan javob</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Faqat farqlar</translation>
    </message>
    <message>
        <source>Show only the answers that differ</source>
        <translation>Faqat farq qiladigan javoblarni koʻrsatish</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Izoh:</translation>
    </message>
    <message>
        <source>Why this version stands (kept in the history)</source>
        <translation>Nega bu versiya qoladi (tarixda saqlanadi)</translation>
    </message>
    <message>
        <source>Comment on the choice</source>
        <translation>Tanlov haqida izoh</translation>
    </message>
    <message>
        <source>Keep stored</source>
        <translation>Saqlanganini qoldirish</translation>
    </message>
    <message>
        <source>Keep the stored version</source>
        <translation>Saqlangan versiyani qoldirish</translation>
    </message>
    <message>
        <source>Keep incoming</source>
        <translation>Kelganini qoldirish</translation>
    </message>
    <message>
        <source>Keep the incoming version</source>
        <translation>Kelgan versiyani qoldirish</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Tarmoqlanish</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Ziddiyat</translation>
    </message>
    <message>
        <source>{title}
{kind}, revision {revision}, from {officer}</source>
        <translation>{title}
{kind}, tahrir {revision}, {officer}dan</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Ochiq ziddiyatlar yoʻq.</translation>
    </message>
    <message>
        <source>Stored version
revision {revision}</source>
        <translation>Saqlangan versiya
tahrir {revision}</translation>
    </message>
    <message>
        <source>Incoming version
revision {revision}</source>
        <translation>Kelgan versiya
tahrir {revision}</translation>
    </message>
    <message>
        <source>{title} — {kind}. Answers that differ: {answers}. Calculated values that differ: {calculated}.</source>
        <translation>{title} — {kind}. Farq qiladigan javoblar: {answers}. Farq qiladigan hisoblangan qiymatlar: {calculated}.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Javoblar</translation>
    </message>
    <message>
        <source>Calculated values</source>
        <translation>Hisoblangan qiymatlar</translation>
    </message>
    <message>
        <source>Where each version comes from</source>
        <translation>Har bir versiya qayerdan kelgan</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Yakunlangan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim tomonidan</translation>
    </message>
    <message>
        <source>Arrived in</source>
        <translation>Qaysi paketda kelgan</translation>
    </message>
    <message>
        <source>Why it was reopened</source>
        <translation>Nega qayta ochilgan</translation>
    </message>
    <message>
        <source>{officer} on device {device}</source>
        <translation>{officer}, qurilma {device}</translation>
    </message>
    <message>
        <source>Made in this data folder</source>
        <translation>Shu maʼlumotlar jildida yaratilgan</translation>
    </message>
    <message>
        <source>{package}, imported {time}</source>
        <translation>{package}, import qilingan: {time}</translation>
    </message>
    <message>
        <source>First version (not reopened)</source>
        <translation>Birinchi versiya (qayta ochilmagan)</translation>
    </message>
    <message>
        <source>Not recorded here: the reason stays in the history on the officer&apos;s laptop</source>
        <translation>Bu yerda qayd etilmagan: sababi xodimning noutbukidagi tarixda qoladi</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Sanani tozalash</translation>
    </message>
</context>
<context>
    <name>FormEntryView</name>
    <message>
        <source>Review and finalize</source>
        <translation>Koʻrib chiqish va yakunlash</translation>
    </message>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>{total} tadan {answered} tasiga javob berildi</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered</source>
        <translation>{total} ta savoldan {answered} tasiga javob berildi</translation>
    </message>
    <message>
        <source>No site entered yet</source>
        <translation>Hali joy kiritilmagan</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>{time} da saqlandi</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Saqlanmadi</translation>
    </message>
    <message>
        <source>Your last answers are kept on screen but could not be saved yet.</source>
        <translation>Oxirgi javoblaringiz ekranda turibdi, lekin hali saqlab boʻlmadi.</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Yakunlangan</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Baholashlar</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>Baholashlar roʻyxatiga qaytish</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation>Oldingi sahifa (Alt+Left)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Keyingi</translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation>Keyingi sahifa (Alt+Right)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <source>Hide the message</source>
        <translation>Xabarni yashirish</translation>
    </message>
    <message>
        <source>Pages of the form</source>
        <translation>Soʻrovnoma sahifalari</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Javob berilgan savollar</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Hozircha oʻzgarishlar yoʻq</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Tuzatish uchun qaytarilgan</translation>
    </message>
    <message>
        <source>The coordinator sent it back: reopen it from the list (Reopen…) to correct the answers, then finalize again.</source>
        <translation>Koordinator uni qaytarib yubordi: javoblarni tuzatish uchun uni roʻyxatdan qayta oching (Qayta ochish…), soʻng yana yakunlang.</translation>
    </message>
    <message>
        <source>Reopen it from the list</source>
        <translation>Roʻyxatdan qayta oching</translation>
    </message>
</context>
<context>
    <name>GeopointWidget</name>
    <message>
        <source>Latitude</source>
        <translation>Kenglik</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Uzunlik</translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation>Balandlik (m)</translation>
    </message>
    <message>
        <source>Accuracy (m)</source>
        <translation>Aniqlik (m)</translation>
    </message>
    <message>
        <source>Paste lat, lon</source>
        <translation>Kenglik, uzunlikni qoʻyish</translation>
    </message>
    <message>
        <source>Paste a position copied as &quot;28.1, 81.6&quot;.</source>
        <translation>&quot;28.1, 81.6&quot; koʻrinishida nusxalangan joylashuvni qoʻying.</translation>
    </message>
    <message>
        <source>The clipboard does not hold a position like &quot;28.1, 81.6&quot;.</source>
        <translation>Almashish buferida &quot;28.1, 81.6&quot; kabi joylashuv yoʻq.</translation>
    </message>
    <message>
        <source>Enter both the latitude and the longitude.</source>
        <translation>Kenglik va uzunlikni ham kiriting.</translation>
    </message>
    <message>
        <source>The latitude must be a number from -90 to 90.</source>
        <translation>Kenglik -90 dan 90 gacha boʻlgan son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The longitude must be a number from -180 to 180.</source>
        <translation>Uzunlik -180 dan 180 gacha boʻlgan son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The altitude must be a number of metres from -500 to 9000.</source>
        <translation>Balandlik -500 dan 9000 metrgacha boʻlgan son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The accuracy must be a number of metres, 0 or more.</source>
        <translation>Aniqlik metrda, 0 yoki undan katta son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Draw on map…</source>
        <translation>Xaritada chizish…</translation>
    </message>
    <message>
        <source>Put the point on an offline map with a click.</source>
        <translation>Nuqtani oflayn xaritada bir bosish bilan qoʻying.</translation>
    </message>
</context>
<context>
    <name>ImageWidget</name>
    <message>
        <source>Choose a photo…</source>
        <translation>Fotosurat tanlash…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Fotosuratni olib tashlash</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Fotosurat tanlash</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.bmp);;All files (*)</source>
        <translation>Fotosuratlar (*.jpg *.jpeg *.png *.webp *.heic *.bmp);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>No photo yet.
Drop one here.</source>
        <translation>Hali fotosurat yoʻq.
Uni shu yerga tashlang.</translation>
    </message>
    <message>
        <source>Photo attached (no preview).</source>
        <translation>Fotosurat biriktirildi (oldindan koʻrish yoʻq).</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import tugadi</translation>
    </message>
    <message>
        <source>Packages imported</source>
        <translation>Import qilingan paketlar</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yangi</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Yangilangan</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oʻzgarmagan</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyatlar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kalit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tafsilotlar</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Tafsilotlarni yashirish</translation>
    </message>
    <message>
        <source>The whole message, the sender and the signing key of the selected package</source>
        <translation>Tanlangan paketning toʻliq xabari, yuboruvchisi va imzo kaliti</translation>
    </message>
    <message>
        <source>Details of the selected package</source>
        <translation>Tanlangan paket tafsilotlari</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Nima olib keldi</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>new</source>
        <translation>yangi</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>yangilangan</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oʻzgarmagan</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>ziddiyatli</translation>
    </message>
    <message>
        <source>forked</source>
        <translation>tarmoqlangan</translation>
    </message>
    <message>
        <source>{name}: refused, nothing was changed. {reason}</source>
        <translation>{name}: rad etildi, hech narsa oʻzgarmadi. {reason}</translation>
    </message>
    <message>
        <source>(from {officer})</source>
        <translation>({officer} dan)</translation>
    </message>
    <message>
        <source>(already imported)</source>
        <translation>(avval import qilingan)</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>Barcha paketlar</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import tugadi.</translation>
    </message>
    <message>
        <source>Package saved to {path}</source>
        <translation>Paket {path} ga saqlandi</translation>
    </message>
    <message>
        <source>{count} assessments saved to {path}</source>
        <translation>{count} ta baholash {path} ga saqlandi</translation>
    </message>
    <message>
        <source>Held back, nothing imported: {reason}</source>
        <translation>Ushlab qolindi, hech narsa import qilinmadi: {reason}</translation>
    </message>
    <message>
        <source>Refused, nothing imported: {reason}</source>
        <translation>Rad etildi, hech narsa import qilinmadi: {reason}</translation>
    </message>
    <message>
        <source>Already imported earlier: nothing to do.</source>
        <translation>Avval import qilingan: hech narsa qilish shart emas.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Import qilindi.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Imzolanmagan</translation>
    </message>
    <message>
        <source>Accepted now</source>
        <translation>Hozir qabul qilindi</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Roʻyxatga olingan</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Roʻyxatga olinmagan</translation>
    </message>
    <message>
        <source>Sent by {officer} from device {device}</source>
        <translation>{officer} tomonidan {device} qurilmasidan yuborilgan</translation>
    </message>
    <message>
        <source>an unnamed officer</source>
        <translation>ismi koʻrsatilmagan xodim</translation>
    </message>
    <message>
        <source>Signing key: {fingerprint} ({state})</source>
        <translation>Imzo kaliti: {fingerprint} ({state})</translation>
    </message>
    <message>
        <source>Was encrypted for {name}</source>
        <translation>{name} uchun shifrlangan edi</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict</source>
        <translation>{new} yangi, {updated} yangilangan, {unchanged} oʻzgarmagan, {conflicts} ziddiyatda</translation>
    </message>
    <message>
        <source>{done} of {total} packages imported: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict.</source>
        <translation>{total} ta paketdan {done} tasi import qilindi: {new} yangi, {updated} yangilangan, {unchanged} oʻzgarmagan, {conflicts} ziddiyatda.</translation>
    </message>
    <message>
        <source>Refused: {refused}. Held back: {held}.</source>
        <translation>Rad etilgan: {refused}. Ushlab qolingan: {held}.</translation>
    </message>
    <message>
        <source>Coordinator's</source>
        <translation>Koordinatorniki</translation>
    </message>
    <message>
        <source>form versions: {n}</source>
        <translation>soʻrovnoma versiyalari: {n}</translation>
    </message>
    <message>
        <source>lists: {n}</source>
        <translation>roʻyxatlar: {n}</translation>
    </message>
    <message>
        <source>returned assessments: {n}</source>
        <translation>qaytarilgan baholashlar: {n}</translation>
    </message>
    <message>
        <source>retired forms: {n}</source>
        <translation>foydalanishdan chiqarilgan soʻrovnomalar: {n}</translation>
    </message>
    <message>
        <source>Field package: nothing new for this laptop</source>
        <translation>Dala paketi: bu noutbuk uchun yangi narsa yoʻq</translation>
    </message>
    <message>
        <source>Field package: {contents}</source>
        <translation>Dala paketi: {contents}</translation>
    </message>
    <message>
        <source>{done} of {total} packages imported.</source>
        <translation>{total} ta paketdan {done} tasi import qilindi.</translation>
    </message>
</context>
<context>
    <name>ImportedFilter</name>
    <message>
        <source>Imported:</source>
        <translation>Import qilinganlar:</translation>
    </message>
    <message>
        <source>Filter imported assessments by officer</source>
        <translation>Import qilingan baholashlarni xodim boʻyicha saralash</translation>
    </message>
    <message>
        <source>Filter imported assessments by device</source>
        <translation>Import qilingan baholashlarni qurilma boʻyicha saralash</translation>
    </message>
    <message>
        <source>Filter imported assessments by package</source>
        <translation>Import qilingan baholashlarni paket boʻyicha saralash</translation>
    </message>
    <message>
        <source>Filter imported assessments by import date</source>
        <translation>Import qilingan baholashlarni import sanasi boʻyicha saralash</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Koʻrib chiqish…</translation>
    </message>
    <message>
        <source>Mark the selected assessment approved, needing follow-up or rejected</source>
        <translation>Tanlangan baholashni tasdiqlangan, qayta ishlash kerak yoki rad etilgan deb belgilash</translation>
    </message>
    <message>
        <source>Export tables…</source>
        <translation>Jadvallarni eksport qilish…</translation>
    </message>
    <message>
        <source>Save the answers as tables for analysis (CSV or Excel)</source>
        <translation>Javoblarni tahlil uchun jadval sifatida saqlash (CSV yoki Excel)</translation>
    </message>
    <message>
        <source>Conflicts ({count})…</source>
        <translation>Ziddiyatlar ({count})…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Ziddiyatlar…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyatlar</translation>
    </message>
    <message>
        <source>Compare versions that disagree and choose which one stands</source>
        <translation>Mos kelmaydigan versiyalarni solishtirib, qaysi biri qolishini tanlash</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Barcha xodimlar</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Barcha qurilmalar</translation>
    </message>
    <message>
        <source>Device {id}</source>
        <translation>Qurilma {id}</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>Barcha paketlar</translation>
    </message>
    <message>
        <source>Imported any time</source>
        <translation>Istalgan vaqtda import qilingan</translation>
    </message>
    <message>
        <source>Imported today</source>
        <translation>Bugun import qilingan</translation>
    </message>
    <message>
        <source>Imported in the last 7 days</source>
        <translation>Soʻnggi 7 kunda import qilingan</translation>
    </message>
    <message>
        <source>Imported in the last 30 days</source>
        <translation>Soʻnggi 30 kunda import qilingan</translation>
    </message>
    <message>
        <source>Filter imported assessments by what needs a look</source>
        <translation>Import qilingan baholashlarni nimaga qarash kerakligi boʻyicha saralash</translation>
    </message>
    <message>
        <source>Needs a look (any of these)</source>
        <translation>Qarash kerak (bularning istalgani)</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Holatidan qatʼi nazar</translation>
    </message>
</context>
<context>
    <name>InstanceFrame</name>
    <message>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} ni olib tashlash</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys</source>
        <translation>Kalitlar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your coordinator key&lt;/b&gt; (officers encrypt their packages for it)</source>
        <translation>&lt;b&gt;Koordinator kalitingiz&lt;/b&gt; (xodimlar paketlarini shu kalit uchun shifrlaydi)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Officers&apos; keys enrolled here&lt;/b&gt; (packages they sign are imported without asking)</source>
        <translation>&lt;b&gt;Bu yerda roʻyxatga olingan xodim kalitlari&lt;/b&gt; (ular imzolagan paketlar soʻramasdan import qilinadi)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Xodim</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Qurilma</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Barmoq izi</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Roʻyxatga olingan</translation>
    </message>
    <message>
        <source>Enrolled keys</source>
        <translation>Roʻyxatga olingan kalitlar</translation>
    </message>
    <message>
        <source>Create coordinator key…</source>
        <translation>Koordinator kalitini yaratish…</translation>
    </message>
    <message>
        <source>Enrol key from file…</source>
        <translation>Fayldan kalitni roʻyxatga olish…</translation>
    </message>
    <message>
        <source>Back up keys…</source>
        <translation>Kalitlarning zaxira nusxasi…</translation>
    </message>
    <message>
        <source>Restore keys…</source>
        <translation>Kalitlarni tiklash…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Your coordinator key</source>
        <translation>Koordinator kalitingiz</translation>
    </message>
    <message>
        <source>None yet. Create one if you collect packages from officers.</source>
        <translation>Hali yoʻq. Xodimlardan paket yigʻsangiz, bittasini yarating.</translation>
    </message>
    <message>
        <source>Packages held back for an unknown signer: {names}. Import them again and accept the officer&apos;s key after checking its fingerprint.</source>
        <translation>Nomaʼlum imzolovchi tufayli toʻxtatilgan paketlar: {names}. Barmoq izini tekshirgach, ularni qayta import qiling va xodim kalitini qabul qiling.</translation>
    </message>
    <message>
        <source>Create coordinator key</source>
        <translation>Koordinator kalitini yaratish</translation>
    </message>
    <message>
        <source>Name shown to officers (your office or your name):</source>
        <translation>Xodimlarga koʻrinadigan nom (idorangiz yoki ismingiz):</translation>
    </message>
    <message>
        <source>Save the public key for officers</source>
        <translation>Xodimlar uchun ochiq kalitni saqlash</translation>
    </message>
    <message>
        <source>Public key files (*.pub)</source>
        <translation>Ochiq kalit fayllari (*.pub)</translation>
    </message>
    <message>
        <source>Key created. Give {path} to your officers and read them the fingerprint:
{fingerprint}

Back up your keys now (Back up keys…): without the private key, packages encrypted for it cannot be opened.</source>
        <translation>Kalit yaratildi. {path} faylini xodimlaringizga bering va barmoq izini oʻqib bering:
{fingerprint}

Kalitlarning zaxira nusxasini hozir oling (Kalitlarning zaxira nusxasi…): shaxsiy kalitsiz unga shifrlangan paketlarni ochib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Enrol an officer&apos;s key</source>
        <translation>Xodim kalitini roʻyxatga olish</translation>
    </message>
    <message>
        <source>Public key files (*.pub *.txt);;All files (*)</source>
        <translation>Ochiq kalit fayllari (*.pub *.txt);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Enrol key</source>
        <translation>Kalitni roʻyxatga olish</translation>
    </message>
    <message>
        <source>Enrolled the key of {name}.
Fingerprint: {fingerprint}</source>
        <translation>{name} kaliti roʻyxatga olindi.
Barmoq izi: {fingerprint}</translation>
    </message>
    <message>
        <source>Back up keys</source>
        <translation>Kalitlarning zaxira nusxasi</translation>
    </message>
    <message>
        <source>Key backups (*.backup)</source>
        <translation>Kalit zaxiralari (*.backup)</translation>
    </message>
    <message>
        <source>Passphrase for the backup (a few words; without it the backup cannot be opened):</source>
        <translation>Zaxira uchun parol iborasi (bir necha soʻz; usiz zaxirani ochib boʻlmaydi):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Xuddi shu parol iborasi yana:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Ikki parol iborasi farq qiladi; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>Saved to {path}: {what}. Keep it apart from this laptop.</source>
        <translation>{path} ga saqlandi: {what}. Uni bu noutbukdan alohida saqlang.</translation>
    </message>
    <message>
        <source>Restore keys</source>
        <translation>Kalitlarni tiklash</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Zaxiraning parol iborasi:</translation>
    </message>
    <message>
        <source>{reason}

Replace the keys of this data folder with those of the backup? The current key files are kept aside, renamed.</source>
        <translation>{reason}

Bu maʼlumotlar papkasidagi kalitlar zaxiradagilari bilan almashtirilsinmi? Hozirgi kalit fayllari nomi oʻzgartirilib, chetda saqlanadi.</translation>
    </message>
    <message>
        <source>The keys were restored.</source>
        <translation>Kalitlar tiklandi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revoked keys&lt;/b&gt; (packages they sign are refused)</source>
        <translation>&lt;b&gt;Bekor qilingan kalitlar&lt;/b&gt; (ular imzolagan paketlar rad etiladi)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Bekor qilingan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>Revoked keys</source>
        <translation>Bekor qilingan kalitlar</translation>
    </message>
    <message>
        <source>The selected officer&apos;s laptop was lost or stolen: refuse every package signed by its key from now on</source>
        <translation>Tanlangan xodimning noutbuki yoʻqoldi yoki oʻgʻirlandi: endi uning kaliti bilan imzolangan har bir paketni rad etish</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Bekor qilish…</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation>{when}, {name} tomonidan</translation>
    </message>
    <message>
        <source>(not enrolled here)</source>
        <translation>(bu yerda roʻyxatga olinmagan)</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Bekor qilingan: {reason}</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Kalitni bekor qilish</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(nomsiz)</translation>
    </message>
    <message>
        <source>Why is the key of {name} revoked (for example: laptop stolen)? The reason is kept and shown whenever one of its packages is refused.</source>
        <translation>{name} kaliti nima uchun bekor qilinmoqda (masalan: noutbuk oʻgʻirlandi)? Sabab saqlanadi va uning paketlari rad etilganda har safar koʻrsatiladi.</translation>
    </message>
    <message>
        <source>Nothing was revoked: give the reason.</source>
        <translation>Hech narsa bekor qilinmadi: sababini yozing.</translation>
    </message>
    <message>
        <source>Revoke the key of {name}?

Fingerprint: {fingerprint}

Every package signed by this key will be refused from now on, even if you accept it. This is final: the officer needs a new key on a new device, enrolled afresh. Packages imported before stay.</source>
        <translation>{name} kaliti bekor qilinsinmi?

Barmoq izi: {fingerprint}

Bu kalit bilan imzolangan har bir paket endi rad etiladi, siz qabul qilsangiz ham. Bu qaytarib boʻlmaydi: xodimga yangi qurilmada yangi kalit kerak, u qaytadan roʻyxatga olinadi. Avval import qilingan paketlar qoladi.</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>Keys</source>
        <translation>Kalitlar</translation>
    </message>
    <message>
        <source>This laptop&apos;s key:</source>
        <translation>Bu noutbukning kaliti:</translation>
    </message>
    <message>
        <source>Coordinator key:</source>
        <translation>Koordinator kaliti:</translation>
    </message>
    <message>
        <source>Fingerprint of this laptop&apos;s key</source>
        <translation>Bu noutbuk kalitining barmoq izi</translation>
    </message>
    <message>
        <source>Read this out to your coordinator, group by group, so they can check the packages you send</source>
        <translation>Buni koordinatoringizga guruhma-guruh oʻqib bering, shunda u siz yuborgan paketlarni tekshira oladi</translation>
    </message>
    <message>
        <source>Load coordinator key…</source>
        <translation>Koordinator kalitini yuklash…</translation>
    </message>
    <message>
        <source>Load the coordinator key from a file</source>
        <translation>Koordinator kalitini fayldan yuklash</translation>
    </message>
    <message>
        <source>Paste key…</source>
        <translation>Kalitni qoʻyish…</translation>
    </message>
    <message>
        <source>Paste the coordinator key as text</source>
        <translation>Koordinator kalitini matn sifatida qoʻyish</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Unutish</translation>
    </message>
    <message>
        <source>Forget the coordinator key</source>
        <translation>Koordinator kalitini unutish</translation>
    </message>
    <message>
        <source>Save my public key…</source>
        <translation>Ochiq kalitimni saqlash…</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s public key file</source>
        <translation>Bu noutbukning ochiq kalit faylini saqlash</translation>
    </message>
    <message>
        <source>None loaded: packages you export are not encrypted.</source>
        <translation>Yuklanmagan: siz eksport qiladigan paketlar shifrlanmaydi.</translation>
    </message>
    <message>
        <source>{name}&lt;br&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;br&gt;Packages you export are encrypted for this coordinator.</source>
        <translation>{name}&lt;br&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;br&gt;Siz eksport qiladigan paketlar shu koordinator uchun shifrlanadi.</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation>Koordinator kaliti</translation>
    </message>
    <message>
        <source>Loaded the key of {name}.

Fingerprint: {fingerprint}

Check this fingerprint with your coordinator by phone or in person before you send packages.</source>
        <translation>{name} kaliti yuklandi.

Barmoq izi: {fingerprint}

Paket yuborishdan oldin bu barmoq izini koordinatoringiz bilan telefonda yoki yuzma-yuz tekshiring.</translation>
    </message>
    <message>
        <source>Load coordinator key</source>
        <translation>Koordinator kalitini yuklash</translation>
    </message>
    <message>
        <source>Public key files (*.pub *.txt);;All files (*)</source>
        <translation>Ochiq kalit fayllari (*.pub *.txt);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Paste coordinator key</source>
        <translation>Koordinator kalitini qoʻyish</translation>
    </message>
    <message>
        <source>Paste the whole key, from “needsassess public key” to the fingerprint line:</source>
        <translation>Butun kalitni “needsassess public key” dan barmoq izi qatorigacha qoʻying:</translation>
    </message>
    <message>
        <source>Forget coordinator key</source>
        <translation>Koordinator kalitini unutish</translation>
    </message>
    <message>
        <source>Forget the coordinator key? Packages you export afterwards will not be encrypted.</source>
        <translation>Koordinator kaliti unutilsinmi? Keyin eksport qilinadigan paketlar shifrlanmaydi.</translation>
    </message>
    <message>
        <source>Save my public key</source>
        <translation>Ochiq kalitimni saqlash</translation>
    </message>
    <message>
        <source>Public key files (*.pub)</source>
        <translation>Ochiq kalit fayllari (*.pub)</translation>
    </message>
    <message>
        <source>Saved to {path}. Give this file to your coordinator, and read them the fingerprint:
{fingerprint}</source>
        <translation>{path} ga saqlandi. Bu faylni koordinatoringizga bering va barmoq izini oʻqib bering:
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
        <translation>Baholashni qayta ochish</translation>
    </message>
    <message>
        <source>Why is “{title}” reopened? The reason is kept in its history.</source>
        <translation>“{title}” nega qayta ochilmoqda? Sabab uning tarixida saqlanadi.</translation>
    </message>
    <message>
        <source>The assessment was not reopened: write a reason, then try again.</source>
        <translation>Baholash qayta ochilmadi: sababini yozing va qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>Reopened: {title}</source>
        <translation>Qayta ochildi: {title}</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Qoralamani bekor qilish</translation>
    </message>
    <message>
        <source>Discard the draft “{title}”? Its answers will no longer be listed.</source>
        <translation>“{title}” qoralamasi bekor qilinsinmi? Uning javoblari endi roʻyxatda koʻrinmaydi.</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(hali sarlavha yoʻq)</translation>
    </message>
    <message>
        <source>Draft discarded: {title}</source>
        <translation>Qoralama bekor qilindi: {title}</translation>
    </message>
    <message>
        <source>Please wait: another operation is still running.</source>
        <translation>Iltimos, kuting: boshqa amal hali bajarilmoqda.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Bekor qilindi.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Baholashlar</translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation>PDF hisobotni saqlash</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF fayllar (*.pdf)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF hisobot</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Hisobot yozilmoqda…</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Hisobot {path} ga saqlandi</translation>
    </message>
    <message>
        <source>Export complete assessments</source>
        <translation>Tugallangan baholashlarni eksport qilish</translation>
    </message>
    <message>
        <source>Package files (*.napkg)</source>
        <translation>Paket fayllari (*.napkg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Encrypted for {name}: only that coordinator can read it.</source>
        <translation>{name} uchun shifrlandi: faqat shu koordinator oʻqiy oladi.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who finds this file can read the households&apos; answers. Load your coordinator&apos;s key in Settings to encrypt packages.</source>
        <translation>Shifrlanmagan: bu faylni topgan har kim xonadonlar javoblarini oʻqiy oladi. Paketlarni shifrlash uchun Sozlamalarda koordinator kalitini yuklang.</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Paket yozilmoqda…</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Paketlarni import qilish</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Checking and importing the packages…</source>
        <translation>Paketlar tekshirilib, import qilinmoqda…</translation>
    </message>
    <message>
        <source>an unnamed officer</source>
        <translation>nomsiz xodim</translation>
    </message>
    <message>
        <source>(the package is not signed)</source>
        <translation>(paket imzolanmagan)</translation>
    </message>
    <message>
        <source>Accept this officer&apos;s key?</source>
        <translation>Bu xodimning kaliti qabul qilinsinmi?</translation>
    </message>
    <message>
        <source>{file} was sent by {who}, signed with a key this folder does not know.

Fingerprint: {fingerprint}

Accept this officer&apos;s key? Accept only after the officer has read you the same fingerprint (Settings on their laptop), by phone or in person. Your choice is recorded.</source>
        <translation>{file} ni {who} yubordi, bu papka tanimaydigan kalit bilan imzolangan.

Barmoq izi: {fingerprint}

Bu xodimning kaliti qabul qilinsinmi? Xodim sizga xuddi shu barmoq izini (noutbukidagi Sozlamalar) telefonda yoki yuzma-yuz oʻqib bergandan keyingina qabul qiling. Tanlovingiz qayd etiladi.</translation>
    </message>
    <message>
        <source>Review saved: {title}</source>
        <translation>Koʻrib chiqish saqlandi: {title}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ish kitobi (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files in a new folder (*)</source>
        <translation>Yangi papkadagi CSV fayllar (*)</translation>
    </message>
    <message>
        <source>Points, lines and areas for QGIS or ArcGIS (*.geojson)</source>
        <translation>QGIS yoki ArcGIS uchun nuqtalar, chiziqlar va maydonlar (*.geojson)</translation>
    </message>
    <message>
        <source>Export tables for analysis</source>
        <translation>Tahlil uchun jadvallarni eksport qilish</translation>
    </message>
    <message>
        <source>{count} tables saved to {path}</source>
        <translation>{count} ta jadval {path} ga saqlandi</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Jadvallarni eksport qilish</translation>
    </message>
    <message>
        <source>Writing the tables…</source>
        <translation>Jadvallar yozilmoqda…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Namuna maʼlumotlar</translation>
    </message>
    <message>
        <source>Adding demo assessments…</source>
        <translation>Namuna baholashlar qoʻshilmoqda…</translation>
    </message>
    <message>
        <source>Demo assessments added.</source>
        <translation>Namuna baholashlar qoʻshildi.</translation>
    </message>
    <message>
        <source>The coordinator returned “{title}”. What will you check or correct? Your answer is sent back with the fix.</source>
        <translation>Koordinator “{title}”ni qaytardi. Nimani tekshirasiz yoki tuzatasiz? Javobingiz tuzatish bilan birga qaytib yuboriladi.</translation>
    </message>
    <message>
        <source>Save field package</source>
        <translation>Dala paketini saqlash</translation>
    </message>
    <message>
        <source>Send to officers</source>
        <translation>Xodimlarga yuborish</translation>
    </message>
    <message>
        <source>Writing the field package…</source>
        <translation>Dala paketi yozilmoqda…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Needs assessments</source>
        <translation>Ehtiyojlarni baholash</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Koordinator</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Yangi baholash…</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>Paketlarni &amp;import qilish…</translation>
    </message>
    <message>
        <source>&amp;Export complete assessments…</source>
        <translation>Tugallanganlarni &amp;eksport qilish…</translation>
    </message>
    <message>
        <source>Export &amp;tables for analysis…</source>
        <translation>Tahlil uchun &amp;jadvallarni eksport qilish…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Namuna maʼlumotlarni &amp;yuklash</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Ziddiyatlar…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Kalitlar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Sozlamalar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <source>&amp;About needsassess</source>
        <translation>needsassess &amp;haqida</translation>
    </message>
    <message>
        <source>Opening your assessments…</source>
        <translation>Baholashlaringiz ochilmoqda…</translation>
    </message>
    <message>
        <source>Opening your assessments</source>
        <translation>Baholashlaringiz ochilmoqda</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Maʼlumotlar jildi: {path}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Maʼlumotlar jildi</translation>
    </message>
    <message>
        <source>Number of assessments</source>
        <translation>Baholashlar soni</translation>
    </message>
    <message>
        <source>{drafts} drafts · {complete} complete</source>
        <translation>{drafts} qoralama · {complete} tugallangan</translation>
    </message>
    <message>
        <source>needsassess</source>
        <translation>needsassess</translation>
    </message>
    <message>
        <source>Assessment finalized.</source>
        <translation>Baholash yakunlandi.</translation>
    </message>
    <message>
        <source>About needsassess</source>
        <translation>needsassess haqida</translation>
    </message>
    <message>
        <source>&amp;Send to officers…</source>
        <translation>Xodimlarga &amp;yuborish…</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>XLSForm spreadsheets (*.xlsx *.xls)</source>
        <translation>XLSForm jadvallari (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Lists:</source>
        <translation>Roʻyxatlar:</translation>
    </message>
    <message>
        <source>{name} v{version}, {rows} rows</source>
        <translation>{name} {version}-versiya, {rows} qator</translation>
    </message>
    <message>
        <source>{name} (missing: import it)</source>
        <translation>{name} (yoʻq: uni import qiling)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Yangi baholash</translation>
    </message>
    <message>
        <source>Import XLSForm</source>
        <translation>XLSForm import qilish</translation>
    </message>
    <message>
        <source>XLSForm spreadsheets (*.xlsx)</source>
        <translation>XLSForm jadvallari (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the spreadsheet…</source>
        <translation>Jadval oʻqilmoqda…</translation>
    </message>
    <message>
        <source>A form with the id “{form_id}” was imported before ({path}). Replace it? Assessments already made keep the version they were made with.</source>
        <translation>“{form_id}” identifikatorli soʻrovnoma avval import qilingan ({path}). Almashtirilsinmi? Avval tuzilgan baholashlar oʻzlari tuzilgan versiyani saqlab qoladi.</translation>
    </message>
    <message>
        <source>Choose the form to fill in, then the site you are assessing.</source>
        <translation>Toʻldiriladigan soʻrovnomani, soʻng baholanayotgan joyni tanlang.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versiya:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Tillar:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Joy:</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Soʻrovnomalar</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Joy</translation>
    </message>
    <message>
        <source>Settlement or site name</source>
        <translation>Aholi punkti yoki joy nomi</translation>
    </message>
    <message>
        <source>Import XLSForm…</source>
        <translation>XLSForm import qilish…</translation>
    </message>
    <message>
        <source>Add a form from an XLSForm spreadsheet (ODK, KoboToolbox, SurveyCTO); you see the import report first</source>
        <translation>XLSForm jadvalidan soʻrovnoma qoʻshish (ODK, KoboToolbox, SurveyCTO); avval import hisobotini koʻrasiz</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Boshlash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>No forms are installed.</source>
        <translation>Hech qanday soʻrovnoma oʻrnatilmagan.</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>Enter a whole number, for example 120.</source>
        <translation>Butun son kiriting, masalan 120.</translation>
    </message>
    <message>
        <source>Enter a number, for example 12.5 or 12,5.</source>
        <translation>Son kiriting, masalan 12.5 yoki 12,5.</translation>
    </message>
</context>
<context>
    <name>PlaceholderEntryView</name>
    <message>
        <source>“{title}” cannot be opened: form entry is not part of this build.</source>
        <translation>“{title}” ochib boʻlmaydi: bu versiyada soʻrovnoma toʻldirish imkoniyati yoʻq.</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Roʻyxatga qaytish</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>required</source>
        <translation>majburiy</translation>
    </message>
</context>
<context>
    <name>RepeatSection</name>
    <message>
        <source>None added yet.</source>
        <translation>Hali hech narsa qoʻshilmagan.</translation>
    </message>
    <message>
        <source>Add: {name}</source>
        <translation>Qoʻshish: {name}</translation>
    </message>
    <message>
        <source>{name} {number}</source>
        <translation>{name} {number}</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>{name} olib tashlansinmi?</translation>
    </message>
    <message>
        <source>Remove {name} and every answer in it? This cannot be undone.</source>
        <translation>{name} va undagi barcha javoblar olib tashlansinmi? Buni qaytarib boʻlmaydi.</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume your work</source>
        <translation>Ishingizni davom ettiring</translation>
    </message>
    <message>
        <source>The app was not closed properly last time. Every answer was saved. These drafts were being edited; choose one to continue, or continue later from the list.</source>
        <translation>Oʻtgan safar ilova toʻgʻri yopilmadi. Barcha javoblar saqlangan. Quyidagi qoralamalar tahrirlanayotgan edi; davom ettirish uchun bittasini tanlang yoki keyinroq roʻyxatdan davom eting.</translation>
    </message>
    <message>
        <source>Interrupted drafts</source>
        <translation>Toʻxtab qolgan qoralamalar</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(hali sarlavha yoʻq)</translation>
    </message>
    <message>
        <source>{title} — last saved {time}</source>
        <translation>{title} — oxirgi marta {time} da saqlangan</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Davom ettirish</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Keyinroq</translation>
    </message>
    <message>
        <source>Resume the selected draft</source>
        <translation>Tanlangan qoralamani davom ettirish</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review</source>
        <translation>Koʻrib chiqish</translation>
    </message>
    <message>
        <source>Review of “{title}”. The officer&apos;s answers are not changed; the review is kept beside them.</source>
        <translation>“{title}” ni koʻrib chiqish. Xodimning javoblari oʻzgarmaydi; koʻrib chiqish ularning yonida alohida saqlanadi.</translation>
    </message>
    <message>
        <source>Received (not reviewed yet)</source>
        <translation>Qabul qilingan (hali koʻrib chiqilmagan)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Tasdiqlangan</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Qayta ishlash kerak</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rad etilgan</translation>
    </message>
    <message>
        <source>&amp;Comment (what to follow up, why rejected):</source>
        <translation>&amp;Izoh (nimani qayta ishlash, nega rad etildi):</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Koʻrib chiqish izohi</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Koʻrib chiqishni saqlash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Nima haqida:</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation>Izoh nima haqida</translation>
    </message>
    <message>
        <source>The whole assessment</source>
        <translation>Butun baholash</translation>
    </message>
    <message>
        <source>Review so far</source>
        <translation>Hozirgacha koʻrib chiqish</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finalize</source>
        <translation>Koʻrib chiqish va yakunlash</translation>
    </message>
    <message>
        <source>Finalize the assessment</source>
        <translation>Baholashni yakunlash</translation>
    </message>
    <message>
        <source>This assessment is finalized and its answers can no longer be changed here.</source>
        <translation>Bu baholash yakunlangan, uning javoblarini endi bu yerda oʻzgartirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>To correct it, reopen it from the list of assessments.</source>
        <translation>Tuzatish uchun uni baholashlar roʻyxatidan qayta oching.</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered.</source>
        <translation>{total} ta savoldan {answered} tasiga javob berildi.</translation>
    </message>
    <message>
        <source>Answer or correct these questions before finalizing.</source>
        <translation>Yakunlashdan oldin bu savollarga javob bering yoki ularni tuzating.</translation>
    </message>
    <message>
        <source>Select one to go to it.</source>
        <translation>Unga oʻtish uchun bittasini tanlang.</translation>
    </message>
    <message>
        <source>Nothing is missing: finalize to lock the assessment.</source>
        <translation>Hech narsa yetishmaydi: baholashni qulflash uchun yakunlang.</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…va yana {count} ta.</translation>
    </message>
    <message>
        <source>{name} {number}</source>
        <translation>{name} {number}</translation>
    </message>
    <message>
        <source>Key figures to check</source>
        <translation>Tekshiriladigan asosiy koʻrsatkichlar</translation>
    </message>
    <message>
        <source>Still to answer or correct</source>
        <translation>Hali javob berish yoki tuzatish kerak</translation>
    </message>
    <message>
        <source>Lock the answers; a change after this needs a reopen with a reason.</source>
        <translation>Javoblarni qulflash; shundan keyin oʻzgartirish uchun baholashni sababini yozib qayta ochish kerak.</translation>
    </message>
    <message>
        <source>Answer or correct the questions listed below before finalizing; select one to go to it.</source>
        <translation>Yakunlashdan oldin quyidagi savollarga javob bering yoki ularni tuzating; oʻtish uchun birini tanlang.</translation>
    </message>
    <message>
        <source>Nothing is missing: check the key figures, then finalize to lock the assessment.</source>
        <translation>Hech narsa yetishmaydi: asosiy koʻrsatkichlarni tekshiring, soʻng baholashni qulflash uchun yakunlang.</translation>
    </message>
    <message>
        <source>Finalize becomes possible once nothing listed above is missing.</source>
        <translation>Yuqorida hech narsa yetishmay qolmaganda yakunlash mumkin boʻladi.</translation>
    </message>
    <message>
        <source>After finalizing, the answers are locked and the assessment is ready to export.</source>
        <translation>Yakunlangandan soʻng javoblar qulflanadi va baholash eksportga tayyor boʻladi.</translation>
    </message>
    <message>
        <source>Go to this page</source>
        <translation>Shu sahifaga oʻtish</translation>
    </message>
    <message>
        <source>The coordinator returned this assessment for correction.</source>
        <translation>Koordinator bu baholashni tuzatish uchun qaytardi.</translation>
    </message>
    <message>
        <source>To correct it, reopen it from the list of assessments, then finalize it again.</source>
        <translation>Tuzatish uchun uni baholashlar roʻyxatidan qayta oching, soʻng yana yakunlang.</translation>
    </message>
</context>
<context>
    <name>SelectOneWidget</name>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Javobni tozalash</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(tanlang)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <source>&amp;Officer name:</source>
        <translation>&amp;Xodim ismi:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interfeys tili:</translation>
    </message>
    <message>
        <source>&amp;Form language:</source>
        <translation>&amp;Soʻrovnoma tili:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Qogʻoz oʻlchami:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Maʼlumotlar jildi:</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Xodim ismi</translation>
    </message>
    <message>
        <source>Your name, as it should appear on reports</source>
        <translation>Hisobotlarda koʻrinadigan ismingiz</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interfeys tili</translation>
    </message>
    <message>
        <source>Form language</source>
        <translation>Soʻrovnoma tili</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Qogʻoz oʻlchami</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Maʼlumotlar jildi</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Jildni ochish</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Maʼlumotlar jildini ochish</translation>
    </message>
    <message>
        <source>Database, photos and keys live here; the app copies the database to “backups” daily and before each import.</source>
        <translation>Baza, fotosuratlar va kalitlar shu yerda; ilova bazani har kuni va importdan oldin “backups” ga nusxalaydi.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Nepali &amp;digits:</source>
        <translation>Nepalcha &amp;raqamlar:</translation>
    </message>
    <message>
        <source>Digits of the Nepali interface</source>
        <translation>Nepalcha interfeys raqamlari</translation>
    </message>
    <message>
        <source>How the Nepali interface writes numbers and dates (Devanagari by default)</source>
        <translation>Nepalcha interfeys sonlar va sanalarni qanday yozadi (odatda devanagari)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>List</source>
        <translation>Roʻyxat</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Xarita</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Baholashlar</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Yangi baholash</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Yangi baholashni boshlash (Ctrl+N)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Davom ettirish</translation>
    </message>
    <message>
        <source>Continue filling in the selected draft</source>
        <translation>Tanlangan qoralamani toʻldirishni davom ettirish</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Koʻrish</translation>
    </message>
    <message>
        <source>Read the selected assessment without changing it</source>
        <translation>Tanlangan baholashni oʻzgartirmasdan koʻrish</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Qayta ochish…</translation>
    </message>
    <message>
        <source>Reopen a complete assessment to correct it</source>
        <translation>Tugallangan baholashni tuzatish uchun qayta ochish</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Qoralamani bekor qilish</translation>
    </message>
    <message>
        <source>Throw away the selected draft</source>
        <translation>Tanlangan qoralamani bekor qilish</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF hisobot…</translation>
    </message>
    <message>
        <source>Save a PDF report of the selection</source>
        <translation>Tanlanganlarning PDF hisobotini saqlash</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import qilish…</translation>
    </message>
    <message>
        <source>Add assessments from package files</source>
        <translation>Paket fayllaridan baholashlarni qoʻshish</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport…</translation>
    </message>
    <message>
        <source>Save complete assessments to a package file</source>
        <translation>Tugallangan baholashlarni paket fayliga saqlash</translation>
    </message>
    <message>
        <source>Search titles (Ctrl+F)</source>
        <translation>Sarlavhalarni qidirish (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Sarlavhalarni qidirish</translation>
    </message>
    <message>
        <source>Filter by form</source>
        <translation>Soʻrovnoma boʻyicha saralash</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Holat boʻyicha saralash</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>Joy boʻyicha saralash</translation>
    </message>
    <message>
        <source>No assessment matches these filters. Clear the search or choose “All” in the filters.</source>
        <translation>Bu filtrlarga mos baholash yoʻq. Qidiruvni tozalang yoki filtrlarda “Barchasi”ni tanlang.</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Barcha soʻrovnomalar</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Barcha holatlar</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Qoralamalar</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Tugallangan</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Barcha joylar</translation>
    </message>
    <message>
        <source>Marked for follow-up: {title}</source>
        <translation>Qayta ishlashga belgilandi: {title}</translation>
    </message>
    <message>
        <source>Needs follow-up (flags as the comment)</source>
        <translation>Qayta ishlash kerak (belgilar izoh sifatida)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Qaytarilganlar</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>TimeWidget</name>
    <message>
        <source>HH:MM</source>
        <translation>SS:DD</translation>
    </message>
    <message>
        <source>Enter a time as hours and minutes, for example 14:30.</source>
        <translation>Vaqtni soat va daqiqada kiriting, masalan 14:30.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>No assessments yet</source>
        <translation>Hozircha baholashlar yoʻq</translation>
    </message>
    <message>
        <source>Record field needs assessments on this laptop, with or without a connection. Choose a form, answer it page by page, and every answer is saved as you type. Finished assessments can be printed as PDF reports and sent to your coordinator in a package file.</source>
        <translation>Dala ehtiyojlarini baholashni shu noutbukda, internet boʻlsa ham, boʻlmasa ham qayd eting. Soʻrovnomani tanlang, unga sahifama-sahifa javob bering — har bir javob yozilishi bilan saqlanadi. Tugallangan baholashlarni PDF hisobot sifatida chop etish va paket faylida koordinatoringizga yuborish mumkin.</translation>
    </message>
    <message>
        <source>Demo data adds example assessments from several sites, to show how lists and reports look.</source>
        <translation>Namuna maʼlumotlar roʻyxat va hisobotlar qanday koʻrinishini koʻrsatish uchun bir necha joydan misol baholashlarni qoʻshadi.</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Yangi baholash</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Namuna maʼlumotlarni yuklash</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>Paketni import qilish…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Xush kelibsiz</translation>
    </message>
</context>
<context>
    <name>XLSFormReportDialog</name>
    <message>
        <source>Import XLSForm</source>
        <translation>XLSForm import qilish</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({form_id}, version {version}) from {file}: {questions} questions on {pages} pages, languages {languages}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({form_id}, versiya {version}) {file} dan: {pages} sahifada {questions} ta savol, tillar {languages}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file} cannot be imported.&lt;/b&gt; Correct the rows marked as errors in the spreadsheet, then import it again.</source>
        <translation>&lt;b&gt;{file} ni import qilib boʻlmaydi.&lt;/b&gt; Jadvaldagi xato deb belgilangan qatorlarni tuzating va qayta import qiling.</translation>
    </message>
    <message>
        <source>Approximated: {approximated} · dropped: {dropped} · errors: {errors} · notes: {notes}. Everything else was kept as it is.</source>
        <translation>Taxminiy: {approximated} · tashlab ketilgan: {dropped} · xatolar: {errors} · izohlar: {notes}. Qolgan hammasi oʻzgarishsiz saqlandi.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import hisoboti</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Qayerda</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Ustun</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>error</source>
        <translation>xato</translation>
    </message>
    <message>
        <source>approximated</source>
        <translation>taxminiy</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>tashlab ketilgan</translation>
    </message>
    <message>
        <source>note</source>
        <translation>izoh</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}-qator</translation>
    </message>
    <message>
        <source>Add this form</source>
        <translation>Bu soʻrovnomani qoʻshish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Hammasini saqlash</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ha</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Hammasiga ha</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Yoʻq</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Hammasiga y&amp;oʻq</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Toʻxtatish</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Eʼtibor bermaslik</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Tashlab yuborish</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yordam</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Qoʻllash</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Asliga qaytarish</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standart sozlamalarni tiklash</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ortga qaytarish</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Qaytadan bajarish</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kesib olish</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nusxa olish</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Qoʻyish</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hammasini tanlash</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ortga qaytarish</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Qaytadan bajarish</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kesib olish</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nusxa olish</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Qoʻyish</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hammasini tanlash</translation>
    </message>
</context>
<context>
    <name>RowState</name>
    <message>
        <source>In conflict</source>
        <translation>Ziddiyatda</translation>
    </message>
    <message>
        <source>Two versions disagree: compare them in Conflicts… and choose one.</source>
        <translation>Ikki versiya mos kelmaydi: ularni Ziddiyatlar… oynasida solishtiring va bittasini tanlang.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Yangilangan</translation>
    </message>
    <message>
        <source>A later version arrived after your last review: review it again.</source>
        <translation>Oxirgi koʻrib chiqishingizdan keyin yangi versiya keldi: uni qayta koʻrib chiqing.</translation>
    </message>
    <message>
        <source>Updated since review</source>
        <translation>Koʻrib chiqilgandan keyin yangilangan</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yangi</translation>
    </message>
    <message>
        <source>Received in an import and not reviewed yet.</source>
        <translation>Import orqali keldi, hali koʻrib chiqilmagan.</translation>
    </message>
    <message>
        <source>New, not reviewed</source>
        <translation>Yangi, koʻrib chiqilmagan</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Qayta yuborilgan</translation>
    </message>
    <message>
        <source>The officer sent a fix for the follow-up you asked for: review it (the thread shows their reason).</source>
        <translation>Xodim siz soʻragan qayta ishlash uchun tuzatish yubordi: uni koʻrib chiqing (suhbatda uning sababi bor).</translation>
    </message>
    <message>
        <source>Resubmitted after a return</source>
        <translation>Qaytarilgandan keyin qayta yuborilgan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Qaytarilgan</translation>
    </message>
    <message>
        <source>You asked for a follow-up: send it with Coordinator → Send to officers…; the officer's fix will come back in a package.</source>
        <translation>Siz qayta ishlashni soʻradingiz: uni Koordinator → Xodimlarga yuborish… orqali yuboring; xodimning tuzatishi paketda qaytadi.</translation>
    </message>
    <message>
        <source>Returned, waiting for the officer</source>
        <translation>Qaytarilgan, xodimni kutmoqda</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to officers</source>
        <translation>Xodimlarga yuborish</translation>
    </message>
    <message>
        <source>A field package carries forms, lists and assessments returned for follow-up back to officers' laptops, signed by you. Officers import it with Import…</source>
        <translation>Dala paketi soʻrovnomalar, roʻyxatlar va qayta ishlash uchun qaytarilgan baholashlarni xodimlarning noutbuklariga olib boradi, siz imzolagan holda. Xodimlar uni Import… orqali import qiladi.</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Xodimlar</translation>
    </message>
    <message>
        <source>{officer} · device {device}</source>
        <translation>{officer} · qurilma {device}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ismsiz)</translation>
    </message>
    <message>
        <source>no returns: old key file</source>
        <translation>qaytarib boʻlmaydi: eski kalit fayli</translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Kalit barmoq izi: {fingerprint}</translation>
    </message>
    <message>
        <source>This officer's key file has no encryption key, so returned assessments cannot be sealed to it. Ask the officer for a new key file (Settings → Keys).</source>
        <translation>Bu xodimning kalit faylida shifrlash kaliti yoʻq, shuning uchun qaytarilgan baholashlarni unga muhrlab boʻlmaydi. Xodimdan yangi kalit faylini soʻrang (Sozlamalar → Kalitlar).</translation>
    </message>
    <message>
        <source>No officer key is enrolled yet: import an officer's package and accept the key first. Forms and lists can still be sent to every officer.</source>
        <translation>Hali birorta xodim kaliti roʻyxatga olinmagan: avval xodim paketini import qilib, kalitni qabul qiling. Soʻrovnomalar va roʻyxatlarni baribir barcha xodimlarga yuborish mumkin.</translation>
    </message>
    <message>
        <source>Forms (the current version of each)</source>
        <translation>Soʻrovnomalar (har birining joriy versiyasi)</translation>
    </message>
    <message>
        <source>Lists the forms use (sites, households)</source>
        <translation>Soʻrovnomalar foydalanadigan roʻyxatlar (joylar, xonadonlar)</translation>
    </message>
    <message>
        <source>Assessments returned for follow-up ({count})</source>
        <translation>Qayta ishlash uchun qaytariladigan baholashlar ({count})</translation>
    </message>
    <message>
        <source>Retired forms</source>
        <translation>Foydalanishdan chiqarilgan soʻrovnomalar</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Tarkibi</translation>
    </message>
    <message>
        <source>Retired forms (ticked: officers can no longer start them):</source>
        <translation>Foydalanishdan chiqarilgan soʻrovnomalar (belgilanganlarini xodimlar endi boshlay olmaydi):</translation>
    </message>
    <message>
        <source>Save package…</source>
        <translation>Paketni saqlash…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Choose something to send.</source>
        <translation>Yuborish uchun biror narsani tanlang.</translation>
    </message>
    <message>
        <source>Returned assessments go only to ticked officers: tick at least one.</source>
        <translation>Qaytarilgan baholashlar faqat belgilangan xodimlarga boradi: kamida bittasini belgilang.</translation>
    </message>
</context>
<context>
    <name>ReviewThread</name>
    <message>
        <source>Received</source>
        <translation>Qabul qilingan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Tasdiqlangan</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Qayta ishlash kerak</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rad etilgan</translation>
    </message>
    <message>
        <source>Resubmitted after a return</source>
        <translation>Qaytarilgandan keyin qayta yuborilgan</translation>
    </message>
    <message>
        <source>the whole assessment</source>
        <translation>butun baholash</translation>
    </message>
    <message>
        <source>{who}, {when} · {state} · on {about}</source>
        <translation>{who}, {when} · {state} · {about} haqida</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ismsiz)</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>Hali koʻrib chiqilmagan.</translation>
    </message>
</context>
<context>
    <name>SendResult</name>
    <message>
        <source>none</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <source>Field package {number} saved to {path}</source>
        <translation>{number}-dala paketi saqlandi: {path}</translation>
    </message>
    <message>
        <source>Forms: {forms}</source>
        <translation>Soʻrovnomalar: {forms}</translation>
    </message>
    <message>
        <source>Retired forms: {forms}</source>
        <translation>Foydalanishdan chiqarilgan soʻrovnomalar: {forms}</translation>
    </message>
    <message>
        <source>Lists: {names}</source>
        <translation>Roʻyxatlar: {names}</translation>
    </message>
    <message>
        <source>Returned to {officer}: {count} assessments</source>
        <translation>{officer}ga qaytarildi: {count} ta baholash</translation>
    </message>
    <message>
        <source>Returned assessments: none</source>
        <translation>Qaytarilgan baholashlar: yoʻq</translation>
    </message>
    <message>
        <source>Not sent (their officer was not ticked or cannot receive returns): {titles}</source>
        <translation>Yuborilmadi (ularning xodimi belgilanmagan yoki qaytarilganlarni qabul qila olmaydi): {titles}</translation>
    </message>
</context>
<context>
    <name>FieldSummary</name>
    <message>
        <source>Field package {number} from {coordinator}.</source>
        <translation>{coordinator}dan {number}-dala paketi.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>Nothing changed: package {last} or a later one was already imported.</source>
        <translation>Hech narsa oʻzgarmadi: {last}-paket yoki undan keyingisi allaqachon import qilingan.</translation>
    </message>
    <message>
        <source>Nothing changed: nothing in it is addressed to this laptop.</source>
        <translation>Hech narsa oʻzgarmadi: unda bu noutbukka atalgan narsa yoʻq.</translation>
    </message>
    <message>
        <source>forms installed: {forms}</source>
        <translation>oʻrnatilgan soʻrovnomalar: {forms}</translation>
    </message>
    <message>
        <source>forms retired: {forms}</source>
        <translation>foydalanishdan chiqarilgan soʻrovnomalar: {forms}</translation>
    </message>
    <message>
        <source>lists replaced: {names}</source>
        <translation>almashtirilgan roʻyxatlar: {names}</translation>
    </message>
    <message>
        <source>assessments returned for follow-up: {count}</source>
        <translation>qayta ishlash uchun qaytarilgan baholashlar: {count}</translation>
    </message>
    <message>
        <source>new comments on assessments changed here since (your answers kept): {count}</source>
        <translation>bu yerda keyin oʻzgartirilgan baholashlarga yangi izohlar (javoblaringiz saqlandi): {count}</translation>
    </message>
    <message>
        <source>returned assessments not on this laptop: {count}</source>
        <translation>bu noutbukda yoʻq qaytarilgan baholashlar: {count}</translation>
    </message>
    <message>
        <source>Nothing changed: everything in it was already here.</source>
        <translation>Hech narsa oʻzgarmadi: undagi hamma narsa allaqachon shu yerda.</translation>
    </message>
</context>
<context>
    <name>ReturnComments</name>
    <message>
        <source>Returned by the coordinator: {state}. Reopen it from the list to correct it.</source>
        <translation>Koordinator qaytardi: {state}. Tuzatish uchun uni roʻyxatdan qayta oching.</translation>
    </message>
    <message>
        <source>Returned by the coordinator: correct the answers below, then finalize.</source>
        <translation>Koordinator qaytardi: quyidagi javoblarni tuzating, soʻng yakunlang.</translation>
    </message>
    <message>
        <source>Review comments ({state})</source>
        <translation>Koʻrib chiqish izohlari ({state})</translation>
    </message>
    <message>
        <source>Hide comments</source>
        <translation>Izohlarni yashirish</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>Izohlarni koʻrsatish</translation>
    </message>
    <message>
        <source>Show or hide the coordinator's comments</source>
        <translation>Koordinator izohlarini koʻrsatish yoki yashirish</translation>
    </message>
    <message>
        <source>Comments on questions: {links}</source>
        <translation>Savollarga izohlar: {links}</translation>
    </message>
    <message>
        <source>The coordinator's comment</source>
        <translation>Koordinator izohi</translation>
    </message>
</context>
<context>
    <name>SavedState</name>
    <message>
        <source>Saved {time}</source>
        <translation>{time} da saqlandi</translation>
    </message>
    <message>
        <source>Saved yesterday at {time}</source>
        <translation>Kecha {time} da saqlandi</translation>
    </message>
    <message>
        <source>Saved {date}, {time}</source>
        <translation>{date}, {time} da saqlandi</translation>
    </message>
</context>
<context>
    <name>BsDateWidget</name>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Sanani tozalash</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugun</translation>
    </message>
    <message>
        <source>Bikram Sambat date, year-month-day</source>
        <translation>Bikram Sambat sanasi, yil-oy-kun</translation>
    </message>
    <message>
        <source>Enter a Bikram Sambat date as year-month-day, for example {example} (years {first}-{last}).</source>
        <translation>Bikram Sambat sanasini yil-oy-kun koʻrinishida kiriting, masalan {example} ({first}-{last} yillar).</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Taqvim…</translation>
    </message>
    <message>
        <source>Pick the date from a Bikram Sambat calendar</source>
        <translation>Sanani Bikram Sambat taqvimidan tanlang</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Zaxira nusxalar</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Oxirgi zaxira nusxa:</translation>
    </message>
    <message>
        <source>Keep for (days):</source>
        <translation>Saqlash muddati (kun):</translation>
    </message>
    <message>
        <source>Also copy to:</source>
        <translation>Bu yerga ham nusxalash:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hozir zaxiralash</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <source>A USB stick or another folder (optional)</source>
        <translation>USB fleshka yoki boshqa jild (ixtiyoriy)</translation>
    </message>
    <message>
        <source>Days to keep backups</source>
        <translation>Zaxira nusxalarni saqlash kunlari</translation>
    </message>
    <message>
        <source>Folder to copy backups to</source>
        <translation>Zaxira nusxalar koʻchiriladigan jild</translation>
    </message>
    <message>
        <source>This is a PostgreSQL hub: back it up with pg_dump.</source>
        <translation>Bu PostgreSQL markazi: uning zaxirasini pg_dump bilan oling.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Hali yoʻq</translation>
    </message>
    <message>
        <source>{when} (in the data folder's “backups” folder)</source>
        <translation>{when} (maʼlumotlar jildidagi “backups” jildida)</translation>
    </message>
    <message>
        <source>The backup was made in the data folder, but not copied to {folder}.</source>
        <translation>Zaxira nusxa maʼlumotlar jildida yaratildi, lekin {folder} ga koʻchirilmadi.</translation>
    </message>
</context>
<context>
    <name>FlagFilter</name>
    <message>
        <source>Filter by data-quality flag</source>
        <translation>Maʼlumot sifati belgisi boʻyicha saralash</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Qayta ishlash kerak</translation>
    </message>
    <message>
        <source>Mark the selected flagged assessment as needing follow-up, with the flags' reasons as the review comment</source>
        <translation>Tanlangan belgili baholashni qayta ishlash kerak deb belgilash, belgilar sabablari koʻrib chiqish izohi sifatida yoziladi</translation>
    </message>
    <message>
        <source>Flags: all</source>
        <translation>Belgilar: hammasi</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Belgilangan</translation>
    </message>
    <message>
        <source>Flag: {name}</source>
        <translation>Belgi: {name}</translation>
    </message>
</context>
<context>
    <name>FlagNotes</name>
    <message>
        <source>Data-quality flags of this assessment:</source>
        <translation>Ushbu baholashning maʼlumot sifati belgilari:</translation>
    </message>
    <message>
        <source>Data-quality flag</source>
        <translation>Maʼlumot sifati belgisi</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>The disk is full, so nothing can be saved: you can look at and print the assessments. Free some space, then start the app again.</source>
        <translation>Disk toʻlgan, shuning uchun hech narsa saqlanmaydi: baholashlarni koʻrish va chop etish mumkin. Biroz joy boʻshating, soʻng ilovani qayta ishga tushiring.</translation>
    </message>
    <message>
        <source>This data folder can only be read ({folder}), so nothing can be saved: you can look at and print the assessments. To work, check the folder's permissions or start the app with another data folder.</source>
        <translation>Bu maʼlumotlar jildini faqat oʻqish mumkin ({folder}), shuning uchun hech narsa saqlanmaydi: baholashlarni koʻrish va chop etish mumkin. Ishlash uchun jildning ruxsatlarini tekshiring yoki ilovani boshqa maʼlumotlar jildi bilan ishga tushiring.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>Yaqinlashtirish (+ yoki sichqoncha gʻildiragi)</translation>
    </message>
    <message>
        <source>Zoom out (− or the mouse wheel)</source>
        <translation>Uzoqlashtirish (− yoki sichqoncha gʻildiragi)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yaqinlashtirish</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzoqlashtirish</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Xarita</translation>
    </message>
    <message>
        <source>No basemap: latitude and longitude lines (WGS 84)</source>
        <translation>Asosiy xarita yoʻq: kenglik va uzunlik chiziqlari (WGS 84)</translation>
    </message>
    <message>
        <source>Boundaries: Natural Earth</source>
        <translation>Chegaralar: Natural Earth</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Legend</source>
        <translation>Shartli belgilar</translation>
    </message>
    <message>
        <source>Basemap…</source>
        <translation>Asosiy xarita…</translation>
    </message>
    <message>
        <source>Draw the map over an MBTiles file (works without network)</source>
        <translation>Xaritani MBTiles fayli ustida koʻrsatish (tarmoqsiz ishlaydi)</translation>
    </message>
    <message>
        <source>Built-in map</source>
        <translation>Ichki xarita</translation>
    </message>
    <message>
        <source>Countries and provinces shipped with the program (Natural Earth), with latitude and longitude lines</source>
        <translation>Dastur bilan kelgan mamlakat va viloyat chegaralari (Natural Earth), kenglik va uzunlik chiziqlari bilan</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hammasini koʻrsatish</translation>
    </message>
    <message>
        <source>Zoom to show every assessment on the map</source>
        <translation>Xaritada barcha baholashlar koʻrinadigan qilib masshtabni moslash</translation>
    </message>
    <message>
        <source>Reading the assessments’ locations…</source>
        <translation>Baholashlarning joylashuvi oʻqilmoqda…</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>tugallangan</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>qoralama</translation>
    </message>
    <message>
        <source>%1 of %2 assessments have a location. Click a point to open it; drag to move, wheel or +/− to zoom.</source>
        <translation>%2 ta baholashdan %1 tasining joylashuvi bor. Ochish uchun nuqtani bosing; surish uchun torting, masshtab uchun gʻildirak yoki +/− dan foydalaning.</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>Asosiy xarita: %1</translation>
    </message>
    <message>
        <source>Choose a basemap</source>
        <translation>Asosiy xaritani tanlang</translation>
    </message>
    <message>
        <source>MBTiles basemaps (*.mbtiles);;All files (*)</source>
        <translation>MBTiles asosiy xaritalari (*.mbtiles);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Basemap refused</source>
        <translation>Asosiy xarita rad etildi</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Asosiy xarita</translation>
    </message>
</context>
<context>
    <name>PointsWidget</name>
    <message>
        <source>One point per line: latitude longitude, e.g. 27.7012 85.3201</source>
        <translation>Har qatorda bitta nuqta: kenglik uzunlik, masalan 27.7012 85.3201</translation>
    </message>
    <message>
        <source>Import GPX, KML or GeoJSON…</source>
        <translation>GPX, KML yoki GeoJSON import qilish…</translation>
    </message>
    <message>
        <source>Read the track or outline saved by a handheld GPS or a phone.</source>
        <translation>Qoʻl GPS qurilmasi yoki telefon saqlagan yoʻl yoki chegarani oʻqing.</translation>
    </message>
    <message>
        <source>Paste points</source>
        <translation>Nuqtalarni qoʻyish</translation>
    </message>
    <message>
        <source>Choose a GPX, KML or GeoJSON file</source>
        <translation>GPX, KML yoki GeoJSON faylni tanlang</translation>
    </message>
    <message>
        <source>GPS files (*.gpx *.kml *.geojson *.json);;All files (*)</source>
        <translation>GPS fayllari (*.gpx *.kml *.geojson *.json);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>Hali nuqta yoʻq.</translation>
    </message>
    <message>
        <source>{count} points · area {area} · perimeter {length}</source>
        <translation>{count} ta nuqta · maydon {area} · perimetr {length}</translation>
    </message>
    <message>
        <source>{count} points · length {length}</source>
        <translation>{count} ta nuqta · uzunlik {length}</translation>
    </message>
    <message>
        <source>accuracy up to {accuracy}</source>
        <translation>aniqlik {accuracy} gacha</translation>
    </message>
    <message>
        <source>Draw on map…</source>
        <translation>Xaritada chizish…</translation>
    </message>
    <message>
        <source>Click the points on an offline map; drag, delete and undo.</source>
        <translation>Oflayn xaritada nuqtalarni bosing; tortish, oʻchirish va bekor qilish mumkin.</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <source>Draw on map: %1</source>
        <translation>Xaritada chizish: %1</translation>
    </message>
    <message>
        <source>Click the place to put the point there; drag the point to move it.</source>
        <translation>Nuqtani qoʻyish uchun joyni bosing; koʻchirish uchun nuqtani torting.</translation>
    </message>
    <message>
        <source>Click to add points along the line; drag a point to move it; Delete removes the selected point.</source>
        <translation>Chiziq boʻylab nuqta qoʻshish uchun bosing; nuqtani koʻchirish uchun torting; Delete tanlangan nuqtani oʻchiradi.</translation>
    </message>
    <message>
        <source>Click to add points around the area (it closes by itself); drag a point to move it; Delete removes the selected point.</source>
        <translation>Maydon atrofida nuqta qoʻshish uchun bosing (u oʻzi yopiladi); nuqtani koʻchirish uchun torting; Delete tanlangan nuqtani oʻchiradi.</translation>
    </message>
    <message>
        <source>Move the map with the right button or Ctrl+drag; zoom with the wheel or +/−.</source>
        <translation>Xaritani oʻng tugma yoki Ctrl+tortish bilan suring; gʻildirak yoki +/− bilan yaqinlashtiring.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ortga qaytarish</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ortga qaytarish (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Qaytadan bajarish</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Qaytadan bajarish (Ctrl+Shift+Z yoki Ctrl+Y)</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>Nuqtani oʻchirish</translation>
    </message>
    <message>
        <source>Remove the selected point (Delete)</source>
        <translation>Tanlangan nuqtani oʻchirish (Delete)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hammasini koʻrsatish</translation>
    </message>
    <message>
        <source>Zoom to the whole drawing</source>
        <translation>Butun chizmani koʻrsatish</translation>
    </message>
    <message>
        <source>Map to draw on</source>
        <translation>Chizish uchun xarita</translation>
    </message>
    <message>
        <source>No point yet: click the place on the map.</source>
        <translation>Hali nuqta yoʻq: xaritada joyni bosing.</translation>
    </message>
    <message>
        <source>{count} points · area {area} · perimeter {length}</source>
        <translation>{count} ta nuqta · maydon {area} · perimetr {length}</translation>
    </message>
    <message>
        <source>{count} points · length {length}</source>
        <translation>{count} ta nuqta · uzunlik {length}</translation>
    </message>
    <message>
        <source>Point {number}: {lat}, {lon}</source>
        <translation>{number}-nuqta: {lat}, {lon}</translation>
    </message>
    <message>
        <source>accuracy {accuracy}</source>
        <translation>aniqlik {accuracy}</translation>
    </message>
    <message>
        <source>Pointer at {lat}, {lon}</source>
        <translation>Koʻrsatkich: {lat}, {lon}</translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>Yaqinlashtirish (+ yoki sichqoncha gʻildiragi)</translation>
    </message>
    <message>
        <source>Zoom out (− or the mouse wheel)</source>
        <translation>Uzoqlashtirish (− yoki sichqoncha gʻildiragi)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yaqinlashtirish</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzoqlashtirish</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Xarita</translation>
    </message>
    <message>
        <source>No basemap: latitude and longitude lines (WGS 84)</source>
        <translation>Asosiy xarita yoʻq: kenglik va uzunlik chiziqlari (WGS 84)</translation>
    </message>
</context>
<context>
    <name>ParadataNote</name>
    <message>
        <source>Time spent entering:</source>
        <translation>Kiritishga ketgan vaqt:</translation>
    </message>
</context>
<context>
    <name>BsCalendar</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Oldingi oy (Page Up)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Keyingi oy (Page Down)</translation>
    </message>
    <message>
        <source>Bikram Sambat calendar</source>
        <translation>Bikram Sambat taqvimi</translation>
    </message>
</context>
<context>
    <name>_WrittenDate</name>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Sanani tozalash</translation>
    </message>
</context>
</TS>
