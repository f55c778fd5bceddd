<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>desktop.notifications</name>
    <message>
        <source>no notification service on this desktop took it</source>
        <translation>geen meldingsdienst op deze desktop heeft de melding aangenomen</translation>
    </message>
    <message>
        <source>the Windows notification centre</source>
        <translation>het Windows-meldingencentrum</translation>
    </message>
    <message>
        <source>the macOS notification centre</source>
        <translation>het macOS-berichtencentrum</translation>
    </message>
</context>
<context>
    <name>ui.language_dialog</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Zoals het systeem ({language})</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Taal van het venster</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>&amp;Taal van het venster</translation>
    </message>
    <message>
        <source>This is the language the window speaks now.</source>
        <translation>Het venster gebruikt deze taal al.</translation>
    </message>
    <message>
        <source>LDN Diary speaks {language} from its next start. The clinician summary can be printed in any language: choose it on its page.</source>
        <translation>LDN Diary gebruikt {language} vanaf de volgende keer dat u het opent. De samenvatting voor uw behandelaar kunt u in elke taal afdrukken: kies die op de pagina van de samenvatting.</translation>
    </message>
</context>
<context>
    <name>ui.opening</name>
    <message>
        <source>Opening your diary…</source>
        <translation>Uw dagboek wordt geopend…</translation>
    </message>
    <message>
        <source>Opening your diary</source>
        <translation>Uw dagboek wordt geopend</translation>
    </message>
</context>
<context>
    <name>ui.reminders</name>
    <message>
        <source>Time for your LDN diary</source>
        <translation>Tijd voor uw LDN-dagboek</translation>
    </message>
    <message>
        <source>Today has no entry yet. Click here to fill it in: it takes about 15 seconds.</source>
        <translation>Vandaag is nog niet ingevuld. Klik hier om het in te vullen: het kost ongeveer 15 seconden.</translation>
    </message>
    <message>
        <source>Time for your LDN dose</source>
        <translation>Tijd voor uw LDN-dosis</translation>
    </message>
    <message>
        <source>Your plan has a dose now. Click here to record it once you have taken it.</source>
        <translation>Volgens uw schema is het nu tijd voor een dosis. Klik hier om de dosis in te vullen zodra u die hebt ingenomen.</translation>
    </message>
    <message>
        <source>LDN Diary test reminder</source>
        <translation>Testherinnering van LDN Diary</translation>
    </message>
    <message>
        <source>Reminders work on this computer. Click here to open today&apos;s entry.</source>
        <translation>Herinneringen werken op deze computer. Klik hier om de invoer van vandaag te openen.</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>{app} openen</translation>
    </message>
    <message>
        <source>Today&apos;s entry</source>
        <translation>Invoer van vandaag</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Herinneringen staan uit.</translation>
    </message>
    <message>
        <source>On: a reminder at {time} on days without an entry and a reminder at the planned dose time while a course runs.</source>
        <translation>Aan: een herinnering om {time} op dagen zonder invoer en een herinnering op het geplande tijdstip van inname zolang een behandeling loopt.</translation>
    </message>
    <message>
        <source>On: a reminder at {time} on days without an entry.</source>
        <translation>Aan: een herinnering om {time} op dagen zonder invoer.</translation>
    </message>
    <message>
        <source>On: a reminder at the planned dose time while a course runs.</source>
        <translation>Aan: een herinnering op het geplande tijdstip van inname zolang een behandeling loopt.</translation>
    </message>
    <message>
        <source>The app stays in the tray when you close the window.</source>
        <translation>Het programma blijft in het systeemvak als u het venster sluit.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come while the window is open (it may be minimised).</source>
        <translation>Deze desktop heeft geen systeemvak: herinneringen komen zolang het venster open is (het mag geminimaliseerd zijn).</translation>
    </message>
    <message>
        <source>{app} keeps running here to remind you. To quit, choose Quit in this icon&apos;s menu.</source>
        <translation>{app} blijft hier actief om u te herinneren. Wilt u stoppen, kies dan Afsluiten in het menu van dit pictogram.</translation>
    </message>
</context>
<context>
    <name>ui.reminders_dialog</name>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>The verdict on LDN needs most days filled in. A reminder in the evening helps; it comes only on days that have no entry yet, once.</source>
        <translation>Voor een oordeel over LDN moeten de meeste dagen zijn ingevuld. Een herinnering &apos;s avonds helpt; die komt alleen op dagen die nog niet zijn ingevuld, en maar één keer.</translation>
    </message>
    <message>
        <source>Remind me when a day has no entry, at</source>
        <translation>Herinner mij als een dag niet is ingevuld, om</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Tijdstip van de herinnering</translation>
    </message>
    <message>
        <source>Remind me at my planned dose time, while a course runs and until the dose is recorded</source>
        <translation>Herinner mij op het geplande tijdstip van inname, zolang een behandeling loopt en tot de dosis is ingevuld</translation>
    </message>
    <message>
        <source>Start LDN Diary when I log in, out of sight until a reminder</source>
        <translation>LDN Diary starten als ik inlog, onzichtbaar tot er een herinnering is</translation>
    </message>
    <message>
        <source>Writes {place}; turning it off removes it again</source>
        <translation>Schrijft {place}; uitzetten verwijdert het weer</translation>
    </message>
    <message>
        <source>Looking for the desktop&apos;s notifications…</source>
        <translation>Meldingen van de desktop zoeken…</translation>
    </message>
    <message>
        <source>Send a test reminder</source>
        <translation>Testherinnering sturen</translation>
    </message>
    <message>
        <source>Notifications on this desktop are shown by {server}.</source>
        <translation>Meldingen op deze desktop worden getoond door {server}.</translation>
    </message>
    <message>
        <source>No notification service answered on this desktop: a reminder makes the LDN Diary window ask for attention instead.</source>
        <translation>Geen meldingsdienst op deze desktop gaf antwoord: bij een herinnering vraagt het venster van LDN Diary in plaats daarvan om aandacht.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <source>Sent: it should be on your screen now.</source>
        <translation>Verstuurd: de herinnering zou nu op uw scherm moeten staan.</translation>
    </message>
    <message>
        <source>no answer</source>
        <comment>from the notification service</comment>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>It could not be shown ({reason}).</source>
        <translation>De herinnering kon niet worden getoond ({reason}).</translation>
    </message>
    <message>
        <source>The reminders were not saved</source>
        <translation>De herinneringen zijn niet opgeslagen</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: {error}</source>
        <translation>Starten bij inloggen kon niet worden gewijzigd: {error}</translation>
    </message>
</context>
<context>
    <name>ui.restore_dialog</name>
    <message>
        <source>Diary backups (*.sqlite3);;All files (*)</source>
        <translation>Reservekopieën van het dagboek (*.sqlite3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Last day recorded</source>
        <translation>Laatste ingevulde dag</translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation>Waarom gemaakt</translation>
    </message>
    <message>
        <source>damaged</source>
        <comment>a backup</comment>
        <translation>beschadigd</translation>
    </message>
    <message>
        <source>cannot be restored</source>
        <translation>kan niet worden teruggezet</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Restoring replaces your diary with the backup you choose. Your diary as it is now is backed up first, so you can undo a restore by restoring that backup.</source>
        <translation>Terugzetten vervangt uw dagboek door de reservekopie die u kiest. Van uw dagboek zoals het nu is wordt eerst een reservekopie gemaakt, dus u kunt het terugzetten ongedaan maken door die reservekopie terug te zetten.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>There are no backups yet. They are made when you close the window after a change, every 30 minutes while you work, and before an import or a restore.</source>
        <translation>Er zijn nog geen reservekopieën. Ze worden gemaakt als u na een wijziging het venster sluit, elke 30 minuten terwijl u werkt, en vóór het importeren of terugzetten.</translation>
    </message>
    <message>
        <source>Backups are kept in &lt;a href=&apos;{url}&apos;&gt;{folder}&lt;/a&gt;</source>
        <translation>Reservekopieën worden bewaard in &lt;a href=&apos;{url}&apos;&gt;{folder}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Ander bestand…</translation>
    </message>
    <message>
        <source>Restore a backup saved elsewhere, e.g. with &apos;{command}&apos;</source>
        <translation>Een elders opgeslagen reservekopie terugzetten, bijv. gemaakt met &apos;{command}&apos;</translation>
    </message>
    <message>
        <source>Restore a diary file</source>
        <translation>Een dagboekbestand terugzetten</translation>
    </message>
    <message>
        <source>Replace your diary ({now}) with the backup made on {made}, with {entries}?</source>
        <translation>Uw dagboek ({now}) vervangen door de reservekopie van {made}, met {entries}?</translation>
    </message>
    <message>
        <source>Replace your diary ({now}) with {file}?</source>
        <translation>Uw dagboek ({now}) vervangen door {file}?</translation>
    </message>
    <message>
        <source>Your diary as it is now is backed up first, so you can undo this.</source>
        <translation>Van uw dagboek zoals het nu is wordt eerst een reservekopie gemaakt, dus u kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Deze reservekopie terugzetten?</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>Your diary was not changed.</source>
        <translation>Uw dagboek is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>De reservekopie kon niet worden teruggezet</translation>
    </message>
    <message>
        <source>Restored the backup made on {made}: {entries}.</source>
        <translation>De reservekopie van {made} is teruggezet: {entries}.</translation>
    </message>
    <message>
        <source>Restored {file}: {entries}.</source>
        <translation>{file} is teruggezet: {entries}.</translation>
    </message>
    <message>
        <source>To undo, restore the backup made on {made} ({reason}).</source>
        <translation>Om dit ongedaan te maken zet u de reservekopie van {made} terug ({reason}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your diary could not be opened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uw dagboek kon niet worden geopend.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{app}: the diary could not be opened</source>
        <translation>{app}: het dagboek kon niet worden geopend</translation>
    </message>
    <message>
        <source>The newest good backup, made on {made}, has {entries}, the last on {day}. Restoring it keeps the damaged file in the backups folder, so nothing is lost.</source>
        <translation>De nieuwste goede reservekopie, gemaakt op {made}, bevat {entries}, de laatste van {day}. Bij het terugzetten blijft het beschadigde bestand bewaard in de map met reservekopieën, dus er gaat niets verloren.</translation>
    </message>
    <message>
        <source>The newest good backup, made on {made}, has {entries}. Restoring it keeps the damaged file in the backups folder, so nothing is lost.</source>
        <translation>De nieuwste goede reservekopie, gemaakt op {made}, bevat {entries}. Bij het terugzetten blijft het beschadigde bestand bewaard in de map met reservekopieën, dus er gaat niets verloren.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Deze reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Een andere kiezen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>There are no backups in {folder} to restore. If you saved a backup elsewhere, you can restore it.</source>
        <translation>Er zijn geen reservekopieën in {folder} om terug te zetten. Hebt u elders een reservekopie bewaard, dan kunt u die terugzetten.</translation>
    </message>
    <message>
        <source>Restore a file…</source>
        <translation>Een bestand terugzetten…</translation>
    </message>
    <message>
        <source>Choose the backup to restore in place of the damaged diary.</source>
        <translation>Kies de reservekopie die u wilt terugzetten in plaats van het beschadigde dagboek.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}</source>
        <translation>De reservekopie kon niet worden teruggezet: {error}</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <source>What counts as an improvement</source>
        <translation>Wat telt als verbetering</translation>
    </message>
    <message>
        <source>A day counts as improved when your 7-day average activity is lower than before LDN by at least &lt;b&gt;both&lt;/b&gt; of these. The usual definition of a clinically important change on a 0–10 scale, used by default, is 30% and at least 1 point.</source>
        <translation>Een dag telt als verbeterd als uw 7-daags gemiddelde van de ziekteactiviteit lager is dan vóór LDN, met minstens &lt;b&gt;allebei&lt;/b&gt; deze waarden. De gebruikelijke definitie van een klinisch relevante verandering op een schaal van 0–10, standaard gebruikt, is 30% en minstens 1 punt.</translation>
    </message>
    <message>
        <source> % lower</source>
        <translation> % lager</translation>
    </message>
    <message>
        <source>Relative threshold in percent</source>
        <translation>Relatieve drempel in procent</translation>
    </message>
    <message>
        <source> points lower</source>
        <translation> punten lager</translation>
    </message>
    <message>
        <source>Absolute threshold in points</source>
        <translation>Absolute drempel in punten</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Minstens</translation>
    </message>
    <message>
        <source>and at least</source>
        <translation>en minstens</translation>
    </message>
    <message>
        <source>For example, with an average of {baseline} before LDN, days with a 7-day average of {target} or lower count as improved.</source>
        <translation>Bijvoorbeeld: met een gemiddelde van {baseline} vóór LDN tellen dagen met een 7-daags gemiddelde van {target} of lager als verbeterd.</translation>
    </message>
    <message>
        <source>The thresholds were not saved</source>
        <translation>De drempels zijn niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>ui.treatment.boxes</name>
    <message>
        <source>Your LDN course</source>
        <translation>Uw LDN-behandeling</translation>
    </message>
    <message>
        <source>Start LDN…</source>
        <translation>Met LDN beginnen…</translation>
    </message>
    <message>
        <source>Start LDN</source>
        <translation>Met LDN beginnen</translation>
    </message>
    <message>
        <source>Stop LDN…</source>
        <translation>Met LDN stoppen…</translation>
    </message>
    <message>
        <source>Stop LDN</source>
        <translation>Met LDN stoppen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Reden om te stoppen</translation>
    </message>
    <message>
        <source>Your LDN courses</source>
        <translation>Uw LDN-behandelingen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>About you (all optional)</source>
        <translation>Over u (alles optioneel)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Aandoening</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Year of diagnosis</source>
        <translation>Diagnosejaar</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Het profiel opslaan</translation>
    </message>
    <message>
        <source>Your name and date of birth are printed on the summary only if you ask for them.</source>
        <translation>Uw naam en geboortedatum komen alleen op de samenvatting als u daarom vraagt.</translation>
    </message>
    <message>
        <source>Scores to track</source>
        <translation>Te volgen scores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>ui.treatment.page</name>
    <message>
        <source>{kind} ({generic}: an opioid painkiller)</source>
        <translation>{kind} ({generic}: een opioïde pijnstiller)</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Other medications</source>
        <translation>Andere medicijnen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Een medicijn toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected medication</source>
        <translation>Het gekozen medicijn verwijderen</translation>
    </message>
    <message>
        <source>Clinic results</source>
        <translation>Onderzoeksuitslagen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>CRP (mg/L)</source>
        <translation>CRP (mg/L)</translation>
    </message>
    <message>
        <source>Endoscopy</source>
        <translation>Endoscopie</translation>
    </message>
    <message>
        <source>ALT (U/L)</source>
        <translation>ALAT (U/L)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Add clinic results</source>
        <translation>Onderzoeksuitslagen toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected clinic result</source>
        <translation>De gekozen uitslag verwijderen</translation>
    </message>
    <message>
        <source>Your LDN course starts on {start}.</source>
        <translation>Uw LDN-behandeling begint op {start}.</translation>
    </message>
    <message>
        <source>On LDN since {start} — day {day} today.</source>
        <translation>U gebruikt LDN sinds {start} — vandaag is het dag {day}.</translation>
    </message>
    <message>
        <source>Not taking LDN. Your last course ran from {start} to {end} ({reason}).</source>
        <translation>U gebruikt geen LDN. Uw laatste behandeling liep van {start} tot {end} ({reason}).</translation>
    </message>
    <message>
        <source>Not taking LDN. Your last course ran from {start} to {end}.</source>
        <translation>U gebruikt geen LDN. Uw laatste behandeling liep van {start} tot {end}.</translation>
    </message>
    <message>
        <source>Start LDN again to begin a new course with its own assessment.</source>
        <translation>Begin opnieuw met LDN om een nieuwe behandeling met een eigen beoordeling te starten.</translation>
    </message>
    <message>
        <source>No LDN course yet.</source>
        <translation>Nog geen LDN-behandeling.</translation>
    </message>
    <message>
        <source>Start one here, or it starts by itself on the first day you record a dose as taken.</source>
        <translation>Begin er hier een, of ze begint vanzelf op de eerste dag waarop u een dosis als ingenomen invult.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <comment>a course not stopped</comment>
        <translation>loopt nog</translation>
    </message>
    <message>
        <source>still taking</source>
        <translation>nog in gebruik</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>Er is niets opgeslagen</translation>
    </message>
    <message>
        <source>Start LDN: not saved</source>
        <translation>Met LDN beginnen: niet opgeslagen</translation>
    </message>
    <message>
        <source>Stop LDN: not saved</source>
        <translation>Met LDN stoppen: niet opgeslagen</translation>
    </message>
    <message>
        <source>Plan: not saved</source>
        <translation>Schema: niet opgeslagen</translation>
    </message>
    <message>
        <source>Medication: not saved</source>
        <translation>Medicijn: niet opgeslagen</translation>
    </message>
    <message>
        <source>Remove medication?</source>
        <translation>Medicijn verwijderen?</translation>
    </message>
    <message>
        <source>Remove the medication “{name}” from your diary?</source>
        <translation>Het medicijn ‘{name}’ uit uw dagboek verwijderen?</translation>
    </message>
    <message>
        <source>Clinic results: not saved</source>
        <translation>Onderzoeksuitslagen: niet opgeslagen</translation>
    </message>
    <message>
        <source>Remove clinic result?</source>
        <translation>Uitslag verwijderen?</translation>
    </message>
    <message>
        <source>Remove the clinic result of {name} from your diary?</source>
        <translation>De uitslag van {name} uit uw dagboek verwijderen?</translation>
    </message>
    <message>
        <source>About you: not saved</source>
        <translation>Over u: niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>ui.treatment.plan</name>
    <message>
        <source>Titration plan</source>
        <translation>Opbouwschema</translation>
    </message>
    <message>
        <source>Plan preset</source>
        <translation>Standaardschema</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>Dit schema gebruiken</translation>
    </message>
    <message>
        <source>Fill the steps from the preset</source>
        <translation>De stappen uit het standaardschema overnemen</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Vanaf dag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Stappen van het schema</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Schema opslaan</translation>
    </message>
    <message>
        <source>Take it in the morning from today</source>
        <translation>Vanaf vandaag &apos;s ochtends innemen</translation>
    </message>
    <message>
        <source>Adds a step from today at {time} with today&apos;s dose; vivid dreams often settle with a morning dose</source>
        <translation>Voegt vanaf vandaag een stap toe om {time} met de dosis van vandaag; levendige dromen verminderen vaak met een ochtenddosis</translation>
    </message>
    <message>
        <source>Titration plan of the course from {day}</source>
        <translation>Opbouwschema van de behandeling vanaf {day}</translation>
    </message>
    <message>
        <source>Step {step}: from treatment day</source>
        <translation>Stap {step}: vanaf behandeldag</translation>
    </message>
    <message>
        <source> mg</source>
        <comment>after a dose</comment>
        <translation> mg</translation>
    </message>
    <message>
        <source>Step {step}: dose</source>
        <translation>Stap {step}: dosis</translation>
    </message>
    <message>
        <source>Step {step}: usual time</source>
        <translation>Stap {step}: tijdstip</translation>
    </message>
</context>
<context>
    <name>ui.treatment.score_choice</name>
    <message>
        <source>PRO2 (Crohn&apos;s disease)</source>
        <translation>PRO2 (ziekte van Crohn)</translation>
    </message>
    <message>
        <source>PRO2 (ulcerative colitis)</source>
        <translation>PRO2 (colitis ulcerosa)</translation>
    </message>
    <message>
        <source>HBI without abdominal mass</source>
        <translation>HBI zonder abdominale massa</translation>
    </message>
    <message>
        <source>SCCAI</source>
        <translation>SCCAI</translation>
    </message>
    <message>
        <source>Pain NRS</source>
        <translation>Pijnscore (NRS)</translation>
    </message>
    <message>
        <source>Pain NRS</source>
        <comment>a score&apos;s short name</comment>
        <translation>Pijnscore (NRS)</translation>
    </message>
    <message>
        <source>PRO2 (Crohn&apos;s disease) — STRIDE-II</source>
        <translation>PRO2 (ziekte van Crohn) — STRIDE-II</translation>
    </message>
    <message>
        <source>PRO2 (ulcerative colitis) — STRIDE-II</source>
        <translation>PRO2 (colitis ulcerosa) — STRIDE-II</translation>
    </message>
    <message>
        <source>HBI without abdominal mass — Harvey &amp; Bradshaw 1980</source>
        <translation>HBI zonder abdominale massa — Harvey &amp; Bradshaw 1980</translation>
    </message>
    <message>
        <source>SCCAI — Walmsley 1998; thresholds Higgins 2005</source>
        <translation>SCCAI — Walmsley 1998; grenswaarden Higgins 2005</translation>
    </message>
    <message>
        <source>Pain NRS — IMMPACT, Dworkin 2008</source>
        <translation>Pijnscore (NRS) — IMMPACT, Dworkin 2008</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>a list of scores: PRO2-CD and HBI</comment>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>Track {score}</source>
        <translation>{score} volgen</translation>
    </message>
    <message>
        <source>Bowel movements a day when you are well</source>
        <translation>Keer ontlasting per dag als het goed gaat</translation>
    </message>
    <message>
        <source>PRO2 (ulcerative colitis) counts the stools above this number</source>
        <translation>PRO2 (colitis ulcerosa) telt het aantal keer ontlasting boven dit getal</translation>
    </message>
    <message>
        <source>Give your condition above, and the scores that fit it are suggested.</source>
        <translation>Vul hierboven uw aandoening in, dan worden de passende scores voorgesteld.</translation>
    </message>
    <message>
        <source>No score is suggested for this condition; tick any you want to track.</source>
        <translation>Voor deze aandoening wordt geen score voorgesteld; vink aan wat u wilt volgen.</translation>
    </message>
    <message>
        <source>Suggested for {condition}: {scores}.</source>
        <translation>Voorgesteld bij {condition}: {scores}.</translation>
    </message>
</context>
<context>
    <name>ui.treatment.words</name>
    <message>
        <source>Crohn&apos;s disease</source>
        <translation>Ziekte van Crohn</translation>
    </message>
    <message>
        <source>Ulcerative colitis</source>
        <translation>Colitis ulcerosa</translation>
    </message>
    <message>
        <source>Fibromyalgia</source>
        <translation>Fibromyalgie</translation>
    </message>
    <message>
        <source>Multiple sclerosis</source>
        <translation>Multiple sclerose</translation>
    </message>
    <message>
        <source>Lupus</source>
        <translation>Lupus</translation>
    </message>
    <message>
        <source>Side effects</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Bijwerkingen</translation>
    </message>
    <message>
        <source>Not helping</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Helpt niet</translation>
    </message>
    <message>
        <source>Feeling better</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Ik voel me beter</translation>
    </message>
    <message>
        <source>My prescriber&apos;s advice</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Advies van mijn arts</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Zwangerschap</translation>
    </message>
    <message>
        <source>Surgery or opioid painkillers</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Operatie of opioïde pijnstillers</translation>
    </message>
    <message>
        <source>5-ASA</source>
        <comment>a kind of medication</comment>
        <translation>5-ASA</translation>
    </message>
    <message>
        <source>corticosteroid</source>
        <comment>a kind of medication</comment>
        <translation>corticosteroïd</translation>
    </message>
    <message>
        <source>immunosuppressive</source>
        <comment>a kind of medication</comment>
        <translation>immunosuppressivum</translation>
    </message>
    <message>
        <source>anti-TNF or other biologic</source>
        <comment>a kind of medication</comment>
        <translation>anti-TNF of ander biologisch middel</translation>
    </message>
    <message>
        <source>opioid analgesic</source>
        <comment>a kind of medication</comment>
        <translation>opioïde pijnstiller</translation>
    </message>
    <message>
        <source>other</source>
        <comment>a kind of medication</comment>
        <translation>overig</translation>
    </message>
    <message>
        <source>{first} mg, up {step} mg every 2 weeks to {last} mg</source>
        <translation>{first} mg, elke 2 weken {step} mg erbij tot {last} mg</translation>
    </message>
    <message>
        <source>{first} mg, up {step} mg every week to {last} mg</source>
        <translation>{first} mg, elke week {step} mg erbij tot {last} mg</translation>
    </message>
    <message>
        <source>{dose} mg from day 1 (as in the study)</source>
        <translation>{dose} mg vanaf dag 1 (zoals in het onderzoek)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>endoscopic score 0: no inflammation</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>endoscopic score 1: mild inflammation</comment>
        <translation>licht</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>endoscopic score 2: moderate inflammation</comment>
        <translation>matig</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>endoscopic score 3: severe inflammation</comment>
        <translation>ernstig</translation>
    </message>
    <message>
        <source>0 — no inflammation</source>
        <translation>0 — geen ontsteking</translation>
    </message>
    <message>
        <source>1 — mild inflammation</source>
        <translation>1 — lichte ontsteking</translation>
    </message>
    <message>
        <source>2 — moderate inflammation</source>
        <translation>2 — matige ontsteking</translation>
    </message>
    <message>
        <source>3 — severe inflammation</source>
        <translation>3 — ernstige ontsteking</translation>
    </message>
</context>
<context>
    <name>ui.treatment_dialogs</name>
    <message>
        <source>Start LDN</source>
        <translation>Met LDN beginnen</translation>
    </message>
    <message>
        <source>Day of the first dose</source>
        <translation>Dag van de eerste dosis</translation>
    </message>
    <message>
        <source>Titration plan</source>
        <translation>Opbouwschema</translation>
    </message>
    <message>
        <source>No plan: I&apos;ll record each dose as I go</source>
        <translation>Geen schema: ik vul elke dosis in wanneer ik die neem</translation>
    </message>
    <message>
        <source>Usual time of the dose</source>
        <translation>Gebruikelijk tijdstip van inname</translation>
    </message>
    <message>
        <source>Bedtime (as in the study) or morning: if vivid dreams trouble you, a morning dose often helps. You can change the plan and the time later.</source>
        <translation>Voor het slapengaan (zoals in het onderzoek) of &apos;s ochtends: hebt u last van levendige dromen, dan helpt een ochtenddosis vaak. U kunt het schema en het tijdstip later nog wijzigen.</translation>
    </message>
    <message>
        <source>First dose (day 1)</source>
        <translation>Eerste dosis (dag 1)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Stop LDN</source>
        <translation>Met LDN stoppen</translation>
    </message>
    <message>
        <source>Day of the last dose</source>
        <translation>Dag van de laatste dosis</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Reden om te stoppen</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Laatste dosis</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Reden (optioneel)</translation>
    </message>
    <message>
        <source>The course keeps its days and its response assessment. Starting again later
begins a new course with its own assessment.</source>
        <translation>De behandeling behoudt haar dagen en de beoordeling van de respons. Later opnieuw beginnen
start een nieuwe behandeling met een eigen beoordeling.</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Een medicijn toevoegen</translation>
    </message>
    <message>
        <source>e.g. Mesalazine {mesalazine} g, Tramadol 50 mg</source>
        <translation>bijv. Mesalazine {mesalazine} g, Tramadol 50 mg</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Naam van het medicijn</translation>
    </message>
    <message>
        <source>Kind of medication</source>
        <translation>Soort medicijn</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Stopdatum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>{note} Naltrexone blocks opioid painkillers, so it may not work as expected while you take LDN. Please talk to your prescriber before taking them together.</source>
        <translation>{note} Naltrexon blokkeert opioïde pijnstillers, dus dit middel werkt misschien niet zoals verwacht zolang u LDN gebruikt. Overleg met uw voorschrijver voordat u ze samen gebruikt.</translation>
    </message>
    <message>
        <source>Add clinic results</source>
        <translation>Onderzoeksuitslagen toevoegen</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Datum van het bezoek</translation>
    </message>
    <message>
        <source> mg/L</source>
        <comment>after a CRP value</comment>
        <translation> mg/L</translation>
    </message>
    <message>
        <source>CRP in milligrams per litre</source>
        <translation>CRP in milligram per liter</translation>
    </message>
    <message>
        <source> U/L</source>
        <comment>after an ALT value</comment>
        <translation> U/L</translation>
    </message>
    <message>
        <source>ALT in units per litre</source>
        <translation>ALAT in eenheden per liter</translation>
    </message>
    <message>
        <source>Endoscopic score</source>
        <translation>Endoscopische score</translation>
    </message>
    <message>
        <source>not done</source>
        <comment>an endoscopy</comment>
        <translation>niet gedaan</translation>
    </message>
    <message>
        <source>Note about the visit</source>
        <translation>Notitie over het bezoek</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>CRP</translation>
    </message>
    <message>
        <source>Endoscopy</source>
        <translation>Endoscopie</translation>
    </message>
    <message>
        <source>ALT (liver)</source>
        <translation>ALAT (lever)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>niet gemeten</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>a short date, as a Qt date pattern</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a short date with its weekday, as a Qt date pattern</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>a weekday and date without the year, as a Qt date pattern</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a date and a time of day</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date in a sentence, as a Qt date pattern</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>{weeks} and {days}</source>
        <comment>a length of time: 9 weeks and 6 days</comment>
        <translation>{weeks} en {days}</translation>
    </message>
</context>
</TS>
