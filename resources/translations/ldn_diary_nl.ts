<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>charts.cohort</name>
    <message>
        <source>not started</source>
        <comment>a short verdict: the LDN course has not started</comment>
        <translation>niet gestart</translation>
    </message>
    <message>
        <source>no baseline</source>
        <comment>a short verdict</comment>
        <translation>geen uitgangswaarde</translation>
    </message>
    <message>
        <source>too early</source>
        <comment>a short verdict: too early to tell</comment>
        <translation>te vroeg</translation>
    </message>
    <message>
        <source>non responder</source>
        <comment>a short verdict</comment>
        <translation>geen respons</translation>
    </message>
    <message>
        <source>improving</source>
        <comment>a short verdict</comment>
        <translation>verbetert</translation>
    </message>
    <message>
        <source>not sustained</source>
        <comment>a short verdict: improvement not sustained</comment>
        <translation>niet aangehouden</translation>
    </message>
    <message>
        <source>response ongoing</source>
        <comment>a short verdict</comment>
        <translation>respons, lopend</translation>
    </message>
    <message>
        <source>short lived</source>
        <comment>a short verdict: short-lived clinical response</comment>
        <translation>kortdurend</translation>
    </message>
    <message>
        <source>long lasting</source>
        <comment>a short verdict: long-lasting response</comment>
        <translation>langdurig</translation>
    </message>
</context>
<context>
    <name>charts.score_rows</name>
    <message>
        <source>{line} ({value})</source>
        <comment>a score line&apos;s name and its value</comment>
        <translation>{line} ({value})</translation>
    </message>
    <message>
        <source>no complete week of its items yet</source>
        <translation>nog geen volledige week van de onderdelen</translation>
    </message>
</context>
<context>
    <name>charts.theme</name>
    <message>
        <source>blank: day not recorded</source>
        <translation>leeg: dag niet ingevuld</translation>
    </message>
    <message>
        <source>side effect {severity}</source>
        <comment>a legend: side effect none</comment>
        <translation>bijwerking: {severity}</translation>
    </message>
    <message>
        <source>daily activity</source>
        <translation>activiteit per dag</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>gemiddelde over 7 dagen</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>uitgangswaarde</translation>
    </message>
    <message>
        <source>target</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>response period</source>
        <translation>periode van respons</translation>
    </message>
    <message>
        <source>dose taken</source>
        <translation>dosis ingenomen</translation>
    </message>
    <message>
        <source>dose missed</source>
        <translation>dosis niet ingenomen</translation>
    </message>
</context>
<context>
    <name>charts.trend</name>
    <message>
        <source>Disease activity (0–10)</source>
        <translation>Ziekteactiviteit (0–10)</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>a chart panel&apos;s short name</comment>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <source>Dose</source>
        <comment>a chart panel&apos;s short name</comment>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>daily activity</source>
        <translation>activiteit per dag</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>gemiddelde over 7 dagen</translation>
    </message>
    <message>
        <source>baseline {value}</source>
        <translation>uitgangswaarde {value}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>doel {value}</translation>
    </message>
    <message>
        <source>LDN day 1</source>
        <translation>LDN dag 1</translation>
    </message>
    <message>
        <source>week 4</source>
        <translation>week 4</translation>
    </message>
    <message>
        <source>week 12</source>
        <translation>week 12</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a course of LDN ended here</comment>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>dose taken</source>
        <translation>dosis ingenomen</translation>
    </message>
    <message>
        <source>dose missed</source>
        <translation>dosis niet ingenomen</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Bijwerkingen</translation>
    </message>
    <message>
        <source>response period</source>
        <translation>periode van respons</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the diary&apos;s folder (default: $LDN_DIARY_DATA_DIR, else your user data folder)</source>
        <translation>de map van het dagboek (standaard: $LDN_DIARY_DATA_DIR, anders uw map voor gebruikersgegevens)</translation>
    </message>
    <message>
        <source>en, nl or de (default: $LDN_DIARY_LANG, else the system&apos;s language)</source>
        <translation>en, nl of de (standaard: $LDN_DIARY_LANG, anders de taal van het systeem)</translation>
    </message>
    <message>
        <source>{app}: a symptom diary for low-dose naltrexone. With no command, opens the window.</source>
        <translation>{app}: een klachtendagboek voor laaggedoseerde naltrexon. Zonder opdracht opent het venster.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>het versienummer tonen en afsluiten</translation>
    </message>
    <message>
        <source>add or update one day&apos;s entry (only the values given change)</source>
        <translation>de invoer van één dag toevoegen of bijwerken (alleen de opgegeven waarden veranderen)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>JJJJ-MM-DD (standaard: vandaag)</translation>
    </message>
    <message>
        <source>disease activity 0 (none) to 10 (worst imaginable)</source>
        <translation>ziekteactiviteit 0 (geen) tot 10 (ergst denkbaar)</translation>
    </message>
    <message>
        <source>LDN dose in mg (0.1-50)</source>
        <translation>LDN-dosis in mg (0,1-50)</translation>
    </message>
    <message>
        <source>the dose was taken</source>
        <translation>de dosis is ingenomen</translation>
    </message>
    <message>
        <source>the dose was missed</source>
        <translation>de dosis is niet ingenomen</translation>
    </message>
    <message>
        <source>when the dose was taken (24 h)</source>
        <translation>tijdstip van inname (24-uursnotatie)</translation>
    </message>
    <message>
        <source>e.g. vivid_dreams=2 (0 none, 1 mild, 2 moderate, 3 severe); repeat for more</source>
        <translation>bijv. vivid_dreams=2 (0 geen, 1 licht, 2 matig, 3 ernstig); herhaal voor meer</translation>
    </message>
    <message>
        <source>free text, up to 2,000 characters</source>
        <translation>vrije tekst, tot 2.000 tekens</translation>
    </message>
    <message>
        <source>import a diary CSV or JSON export: all rows or none</source>
        <translation>een CSV- of JSON-export van een dagboek importeren: alle rijen of geen</translation>
    </message>
    <message>
        <source>check the file and say what would change; write nothing</source>
        <translation>het bestand controleren en zeggen wat er zou veranderen; niets opslaan</translation>
    </message>
    <message>
        <source>add a column named close to a known one (e.g. &apos;headach&apos;) as a side effect of your own</source>
        <translation>een kolom met een naam die op een bekende lijkt (bijv. &apos;headach&apos;) toevoegen als eigen bijwerking</translation>
    </message>
    <message>
        <source>export the whole diary to FILE.csv, FILE.json or FILE.fhir.json (FHIR R4, for a clinic&apos;s records)</source>
        <translation>het hele dagboek exporteren naar FILE.csv, FILE.json of FILE.fhir.json (FHIR R4, voor het dossier van een kliniek)</translation>
    </message>
    <message>
        <source>FHIR: put your name and date of birth in the Patient</source>
        <translation>FHIR: uw naam en geboortedatum in de Patient opnemen</translation>
    </message>
    <message>
        <source>is LDN working? the study&apos;s 4- and 12-week response rules</source>
        <translation>werkt LDN? de responsregels van de studie na 4 en 12 weken</translation>
    </message>
    <message>
        <source>judge as of this date (default: the latest recorded day)</source>
        <translation>beoordelen op deze datum (standaard: de laatste ingevulde dag)</translation>
    </message>
    <message>
        <source>print JSON (keys as in the spec) instead of words</source>
        <translation>JSON tonen (sleutels als in de specificatie) in plaats van tekst</translation>
    </message>
    <message>
        <source>every course, oldest first, not just the latest</source>
        <translation>elke behandeling, de oudste eerst, niet alleen de laatste</translation>
    </message>
    <message>
        <source>the condition scores: PRO2, HBI, SCCAI, pain NRS</source>
        <translation>de ziektescores: PRO2, HBI, SCCAI, pijnscore (NRS)</translation>
    </message>
    <message>
        <source>as of this date (default: the latest recorded day)</source>
        <translation>op deze datum (standaard: de laatste ingevulde dag)</translation>
    </message>
    <message>
        <source>print JSON (keys as in docs/scores.md) instead of words</source>
        <translation>JSON tonen (sleutels als in docs/scores.md) in plaats van tekst</translation>
    </message>
    <message>
        <source>save the trend chart the window shows</source>
        <translation>de trendgrafiek uit het venster opslaan</translation>
    </message>
    <message>
        <source>first day shown (default: the first recorded)</source>
        <translation>eerste getoonde dag (standaard: de eerste ingevulde)</translation>
    </message>
    <message>
        <source>last day shown (default: the last recorded)</source>
        <translation>laatste getoonde dag (standaard: de laatste ingevulde)</translation>
    </message>
    <message>
        <source>the 1-2 page PDF summary for your clinician</source>
        <translation>de pdf-samenvatting van 1-2 pagina&apos;s voor uw behandelaar</translation>
    </message>
    <message>
        <source>first day (default: a week before this course)</source>
        <translation>eerste dag (standaard: een week voor deze behandeling)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>laatste dag (standaard: vandaag)</translation>
    </message>
    <message>
        <source>print your notes too</source>
        <translation>ook uw notities afdrukken</translation>
    </message>
    <message>
        <source>print your name and date of birth</source>
        <translation>uw naam en geboortedatum afdrukken</translation>
    </message>
    <message>
        <source>fill an empty data folder with realistic sample data</source>
        <translation>een lege gegevensmap vullen met realistische voorbeeldgegevens</translation>
    </message>
    <message>
        <source>instead, write 47 patients&apos; exports shaped like the study&apos;s cohort to FOLDER (for `cohort`)</source>
        <translation>in plaats daarvan exports van 47 patiënten, opgebouwd als het cohort van de studie, in FOLDER schrijven (voor `cohort`)</translation>
    </message>
    <message>
        <source>back the diary up now (into the backups folder)</source>
        <translation>nu een reservekopie van het dagboek maken (in de map met reservekopieën)</translation>
    </message>
    <message>
        <source>save the backup as FILE instead (or in the folder FILE)</source>
        <translation>de reservekopie in plaats daarvan opslaan als FILE (of in de map FILE)</translation>
    </message>
    <message>
        <source>replace the diary with a backup (the diary as it is now is backed up first)</source>
        <translation>het dagboek vervangen door een reservekopie (van het huidige dagboek wordt eerst een reservekopie gemaakt)</translation>
    </message>
    <message>
        <source>a backup file, or the name of one in the backups folder</source>
        <translation>een reservekopie, of de naam van een reservekopie in de map met reservekopieën</translation>
    </message>
    <message>
        <source>the daily and dose reminders (set them in the window)</source>
        <translation>de dagelijkse herinnering en de dosisherinnering (in te stellen in het venster)</translation>
    </message>
    <message>
        <source>what is set, when the next is due, whether notifications and a tray work here (the default)</source>
        <translation>wat er is ingesteld, wanneer de volgende komt, of meldingen en een systeemvak hier werken (de standaard)</translation>
    </message>
</context>
<context>
    <name>cli.argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>subopdrachten</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulptekst tonen en afsluiten</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de volgende argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>expliciet argument %r genegeerd</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan passen bij %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>onverwachte optie: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige %(type)s-waarde: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (keuze uit: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan &apos;%(filename)s&apos; niet openen: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <comment>argparse fills in %s, the count</comment>
        <translation>
            <numerusform>verwacht %s argument</numerusform>
            <numerusform>verwacht %s argumenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinic_commands</name>
    <message>
        <source>the study&apos;s table from many patients&apos; JSON exports (for a clinic; writes nothing but --out)</source>
        <translation>de tabel van de studie uit de JSON-exports van veel patiënten (voor een kliniek; schrijft alleen --out)</translation>
    </message>
    <message>
        <source>patients&apos; JSON exports, or folders of them</source>
        <translation>JSON-exports van patiënten, of mappen daarmee</translation>
    </message>
    <message>
        <source>print JSON (keys as in docs/cohort.md) instead of words</source>
        <translation>JSON tonen (sleutels als in docs/cohort.md) in plaats van tekst</translation>
    </message>
    <message>
        <source>also print the table to a PDF for a clinic meeting</source>
        <translation>de tabel ook als pdf maken voor een klinisch overleg</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test needs SciPy, from the clinic extra: {install}</source>
        <translation>Fishers exacte toets heeft SciPy nodig, uit het clinic-extra: {install}</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact</source>
        <translation>Fisher exact</translation>
    </message>
    <message numerus="yes">
        <source>LDN cohort: %n patient(s), the first course of each, judged by the study&apos;s response rules</source>
        <translation>
            <numerusform>LDN-cohort: %n patiënt, telkens de eerste behandeling, beoordeeld volgens de responsregels van de studie</numerusform>
            <numerusform>LDN-cohort: %n patiënten, telkens de eerste behandeling, beoordeeld volgens de responsregels van de studie</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} vs {second} (Fisher&apos;s exact test, two-sided): response {response}, 12 weeks or more {long_lasting}</source>
        <translation>{first} vs. {second} (Fishers exacte toets, tweezijdig): respons {response}, 12 weken of langer {long_lasting}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no side effects</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>Side effects (patients): {effects}</source>
        <translation>Bijwerkingen (patiënten): {effects}</translation>
    </message>
    <message>
        <source>Stopped within 28 days: {stopped} ({reasons})</source>
        <translation>Gestopt binnen 28 dagen: {stopped} ({reasons})</translation>
    </message>
    <message>
        <source>Stopped within 28 days: {stopped}</source>
        <translation>Gestopt binnen 28 dagen: {stopped}</translation>
    </message>
    <message>
        <source>Follow-up: {follow_up}</source>
        <translation>Follow-up: {follow_up}</translation>
    </message>
    <message>
        <source>Not counted: {file}: {reason}</source>
        <translation>Niet meegeteld: {file}: {reason}</translation>
    </message>
    <message>
        <source>Files read {read}, skipped {skipped}</source>
        <translation>Bestanden gelezen {read}, overgeslagen {skipped}</translation>
    </message>
    <message>
        <source>--out: {name} must end in .pdf</source>
        <translation>--out: {name} moet eindigen op .pdf</translation>
    </message>
    <message>
        <source>--out: the folder {folder} does not exist</source>
        <translation>--out: de map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>skipped {file}: {reason}</source>
        <translation>{file} overgeslagen: {reason}</translation>
    </message>
    <message>
        <source>no patient&apos;s export could be read, so there is no table</source>
        <translation>geen enkele export van een patiënt kon worden gelezen, dus er is geen tabel</translation>
    </message>
    <message>
        <source>no JSON export was found in the folders given</source>
        <translation>in de opgegeven mappen is geen JSON-export gevonden</translation>
    </message>
    <message numerus="yes">
        <source>Saved the cohort table (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>De cohorttabel (%n pagina) is opgeslagen in {path}.</numerusform>
            <numerusform>De cohorttabel (%n pagina&apos;s) is opgeslagen in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a demo cohort, the exports of %n patient(s), to {folder}; see the table with: {command}</source>
        <translation>
            <numerusform>Een democohort, de export van %n patiënt, is geschreven naar {folder}; bekijk de tabel met: {command}</numerusform>
            <numerusform>Een democohort, de exports van %n patiënten, is geschreven naar {folder}; bekijk de tabel met: {command}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>{text} is not allowed; use a whole number from 0 to 10</source>
        <translation>{text} is niet toegestaan; gebruik een heel getal van 0 tot en met 10</translation>
    </message>
    <message>
        <source>{text} is not a number of mg (0.1-50)</source>
        <translation>{text} is geen aantal mg (0,1-50)</translation>
    </message>
    <message>
        <source>--side-effect {item}: use NAME=SEVERITY with NAME one of: {known}</source>
        <translation>--side-effect {item}: gebruik NAME=SEVERITY met voor NAME een van: {known}</translation>
    </message>
    <message>
        <source>nothing to save: give at least one of --activity, --dose-mg, --taken or --missed, --dose-time, --side-effect, --note or a condition item such as --pain</source>
        <translation>niets om op te slaan: geef ten minste een van --activity, --dose-mg, --taken of --missed, --dose-time, --side-effect, --note of een ziektevraag zoals --pain</translation>
    </message>
    <message>
        <source>there is no treatment course yet: record a dose taken (or import a diary) to start one</source>
        <translation>er is nog geen behandeling: vul een ingenomen dosis in (of importeer een dagboek) om er een te starten</translation>
    </message>
    <message>
        <source>--out: {name} must end in .png or .svg</source>
        <translation>--out: {name} moet eindigen op .png of .svg</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} ligt na --to {last}</translation>
    </message>
    <message>
        <source>the diary has no entries yet, so there is nothing to chart</source>
        <translation>het dagboek heeft nog geen invoer, dus er is niets om in een grafiek te tonen</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>De grafiek is opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>--out: {name} must end in .pdf</source>
        <translation>--out: {name} moet eindigen op .pdf</translation>
    </message>
    <message>
        <source>--out: the folder {folder} does not exist</source>
        <translation>--out: de map {folder} bestaat niet</translation>
    </message>
    <message numerus="yes">
        <source>Saved the summary of {first} to {last} (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>De samenvatting van {first} tot {last} (%n pagina) is opgeslagen in {path}.</numerusform>
            <numerusform>De samenvatting van {first} tot {last} (%n pagina&apos;s) is opgeslagen in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Let op: {note}</translation>
    </message>
    <message>
        <source>Saved {date}.</source>
        <comment>a day&apos;s entry</comment>
        <translation>{date} is opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to {path}.</source>
        <translation>
            <numerusform>%n dag geëxporteerd naar {path}.</numerusform>
            <numerusform>%n dagen geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled {folder} with a sample diary of %n day(s).</source>
        <translation>
            <numerusform>{folder} is gevuld met een voorbeelddagboek van %n dag.</numerusform>
            <numerusform>{folder} is gevuld met een voorbeelddagboek van %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved a backup of the diary ({entries}) to {path}.</source>
        <translation>Een reservekopie van het dagboek ({entries}) is opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Backed up the diary ({entries}) to {path}.</source>
        <translation>Reservekopie van het dagboek ({entries}) gemaakt in {path}.</translation>
    </message>
    <message>
        <source>Restored {file}: the diary now has {entries}, the last on {date}.</source>
        <translation>{file} is teruggezet: het dagboek heeft nu {entries}, de laatste op {date}.</translation>
    </message>
    <message>
        <source>Restored {file}: the diary now has {entries}.</source>
        <translation>{file} is teruggezet: het dagboek heeft nu {entries}.</translation>
    </message>
    <message>
        <source>There was no diary before, so nothing needed to be set aside.</source>
        <translation>Er was nog geen dagboek, dus er hoefde niets apart gezet te worden.</translation>
    </message>
    <message>
        <source>The diary as it was is kept in {path}; to undo, restore that file.</source>
        <translation>Het dagboek zoals het was, is bewaard in {path}; zet dat bestand terug om dit ongedaan te maken.</translation>
    </message>
    <message>
        <source>The damaged diary was set aside, byte for byte, as {path}.</source>
        <translation>Het beschadigde dagboek is byte voor byte apart gezet als {path}.</translation>
    </message>
    <message>
        <source>There are no backups in {folder} to restore. {advice}</source>
        <translation>Er zijn geen reservekopieën in {folder} om terug te zetten. {advice}</translation>
    </message>
    <message>
        <source>Backups you can restore, newest first (in {folder}):</source>
        <translation>Reservekopieën die u kunt terugzetten, de nieuwste eerst (in {folder}):</translation>
    </message>
    <message>
        <source>To restore the newest: {command}</source>
        <translation>Om de nieuwste terug te zetten: {command}</translation>
    </message>
    <message>
        <source>no backup was made: {reason}; nothing was changed</source>
        <translation>er is geen reservekopie gemaakt: {reason}; er is niets veranderd</translation>
    </message>
    <message>
        <source>the diary could not be used ({error}); nothing was changed</source>
        <translation>het dagboek kon niet worden gebruikt ({error}); er is niets veranderd</translation>
    </message>
</context>
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
    <name>domain.categories</name>
    <message>
        <source>Course not started yet</source>
        <translation>Behandeling nog niet begonnen</translation>
    </message>
    <message>
        <source>No baseline to compare with</source>
        <translation>Geen uitgangswaarde om mee te vergelijken</translation>
    </message>
    <message>
        <source>Too early to tell</source>
        <translation>Nog te vroeg om te zeggen</translation>
    </message>
    <message>
        <source>No response in the first 4 weeks</source>
        <translation>Geen respons in de eerste 4 weken</translation>
    </message>
    <message>
        <source>Improving — not yet 4 weeks</source>
        <translation>Verbetering — nog geen 4 weken</translation>
    </message>
    <message>
        <source>Improvement not sustained</source>
        <translation>Verbetering niet aangehouden</translation>
    </message>
    <message>
        <source>Clinical response, ongoing</source>
        <translation>Klinische respons, houdt aan</translation>
    </message>
    <message>
        <source>Short-lived clinical response (4–12 weeks)</source>
        <translation>Kortdurende klinische respons (4–12 weken)</translation>
    </message>
    <message>
        <source>Long-lasting response (12 weeks or more)</source>
        <translation>Langdurige respons (12 weken of langer)</translation>
    </message>
    <message>
        <source>non-response</source>
        <translation>geen respons</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>nog niet beslist</translation>
    </message>
    <message>
        <source>clinical response</source>
        <translation>klinische respons</translation>
    </message>
    <message>
        <source>clinical response, short-lived</source>
        <translation>klinische respons, kortdurend</translation>
    </message>
    <message>
        <source>clinical response of 12 weeks or more (&quot;remission&quot; in the study)</source>
        <translation>klinische respons van 12 weken of langer (&quot;remissie&quot; in de studie)</translation>
    </message>
</context>
<context>
    <name>domain.choices</name>
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
</context>
<context>
    <name>domain.cohort</name>
    <message>
        <source>Clinical response</source>
        <translation>Klinische respons</translation>
    </message>
    <message>
        <source>of 12 weeks or more</source>
        <comment>a row of the cohort table, under Clinical response</comment>
        <translation>van 12 weken of langer</translation>
    </message>
    <message>
        <source>short-lived (4–12 weeks)</source>
        <comment>a row of the cohort table, under Clinical response</comment>
        <translation>kortdurend (4–12 weken)</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Geen respons</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Nog niet beslist</translation>
    </message>
    <message>
        <source>condition not given</source>
        <translation>aandoening niet opgegeven</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>geen reden vastgelegd</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle patiënten</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>the follow-up</comment>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>median {median} days (IQR {q1}–{q3})</source>
        <translation>mediaan {median} dagen (IQR {q1}–{q3})</translation>
    </message>
</context>
<context>
    <name>domain.condition_items</name>
    <message>
        <source>How many liquid or very soft stools today?</source>
        <translation>Hoe vaak had u vandaag waterdunne of zeer zachte ontlasting?</translation>
    </message>
    <message>
        <source>How many bowel movements during the day?</source>
        <translation>Hoe vaak had u overdag ontlasting?</translation>
    </message>
    <message>
        <source>How many bowel movements at night?</source>
        <translation>Hoe vaak had u &apos;s nachts ontlasting?</translation>
    </message>
    <message>
        <source>Tummy (abdominal) pain today?</source>
        <translation>Buikpijn vandaag?</translation>
    </message>
    <message>
        <source>How well did you feel today?</source>
        <translation>Hoe goed voelde u zich vandaag?</translation>
    </message>
    <message>
        <source>How urgent were your bowel movements?</source>
        <translation>Hoeveel aandrang had u bij de ontlasting?</translation>
    </message>
    <message>
        <source>Blood in your stools today?</source>
        <translation>Vandaag bloed bij de ontlasting?</translation>
    </message>
    <message>
        <source>Your average pain today, from 0 (none) to 10 (worst imaginable)?</source>
        <translation>Uw gemiddelde pijn vandaag, van 0 (geen) tot 10 (ergst denkbaar)?</translation>
    </message>
    <message>
        <source>none</source>
        <comment>abdominal pain</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>abdominal pain</comment>
        <translation>licht</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>abdominal pain</comment>
        <translation>matig</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>abdominal pain</comment>
        <translation>ernstig</translation>
    </message>
    <message>
        <source>very well</source>
        <comment>general well-being</comment>
        <translation>zeer goed</translation>
    </message>
    <message>
        <source>slightly below par</source>
        <comment>general well-being</comment>
        <translation>iets minder goed</translation>
    </message>
    <message>
        <source>poor</source>
        <comment>general well-being</comment>
        <translation>slecht</translation>
    </message>
    <message>
        <source>very poor</source>
        <comment>general well-being</comment>
        <translation>zeer slecht</translation>
    </message>
    <message>
        <source>terrible</source>
        <comment>general well-being</comment>
        <translation>vreselijk</translation>
    </message>
    <message>
        <source>none</source>
        <comment>urgency of bowel movements</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>hurry</source>
        <comment>urgency of bowel movements</comment>
        <translation>haast</translation>
    </message>
    <message>
        <source>immediately</source>
        <comment>urgency of bowel movements</comment>
        <translation>direct</translation>
    </message>
    <message>
        <source>incontinence</source>
        <comment>urgency of bowel movements</comment>
        <translation>incontinentie</translation>
    </message>
    <message>
        <source>none</source>
        <comment>blood in stools</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>trace or streaks</source>
        <comment>blood in stools</comment>
        <translation>sporen of strepen</translation>
    </message>
    <message>
        <source>obvious blood</source>
        <comment>blood in stools</comment>
        <translation>duidelijk bloed</translation>
    </message>
    <message>
        <source>mostly blood</source>
        <comment>blood in stools</comment>
        <translation>vooral bloed</translation>
    </message>
    <message>
        <source>liquid stools</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>dunne ontlasting</translation>
    </message>
    <message>
        <source>stools</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>ontlasting</translation>
    </message>
    <message>
        <source>night stools</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>nachtelijke ontlasting</translation>
    </message>
    <message>
        <source>abdominal pain</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>buikpijn</translation>
    </message>
    <message>
        <source>wellbeing</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>welbevinden</translation>
    </message>
    <message>
        <source>urgency</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>aandrang</translation>
    </message>
    <message>
        <source>rectal bleeding</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>bloed bij de ontlasting</translation>
    </message>
    <message>
        <source>pain</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>pijn</translation>
    </message>
    <message>
        <source>{item} {value} is not allowed; use {allowed}</source>
        <translation>{item} {value} is niet toegestaan; gebruik {allowed}</translation>
    </message>
    <message>
        <source>{item} {value} is not allowed; use a whole number from {low} to {high}</source>
        <translation>{item} {value} is niet toegestaan; gebruik een geheel getal van {low} tot en met {high}</translation>
    </message>
    <message>
        <source>joint pain</source>
        <translation>gewrichtspijn</translation>
    </message>
    <message>
        <source>eye inflammation (uveitis)</source>
        <translation>oogontsteking (uveïtis)</translation>
    </message>
    <message>
        <source>tender red skin lumps</source>
        <translation>pijnlijke rode bulten op de huid</translation>
    </message>
    <message>
        <source>mouth ulcers</source>
        <translation>mondzweren (aften)</translation>
    </message>
    <message>
        <source>skin ulcers (pyoderma)</source>
        <translation>huidzweren (pyoderma)</translation>
    </message>
    <message>
        <source>anal fissure</source>
        <translation>anale fissuur</translation>
    </message>
    <message>
        <source>a new fistula</source>
        <translation>een nieuwe fistel</translation>
    </message>
    <message>
        <source>an abscess</source>
        <translation>een abces</translation>
    </message>
    <message>
        <source>items must be a mapping of item to value</source>
        <translation>items moeten een koppeling van item naar waarde zijn</translation>
    </message>
    <message>
        <source>{key} is not a daily item; use one of {items}</source>
        <translation>{key} is geen dagelijks item; gebruik een van {items}</translation>
    </message>
    <message>
        <source>complications: write {none} alone, not beside a complication</source>
        <translation>complicaties: schrijf {none} alleen, niet naast een complicatie</translation>
    </message>
    <message>
        <source>complication {key} is not known; use {keys} or {none}</source>
        <translation>complicatie {key} is onbekend; gebruik {keys} of {none}</translation>
    </message>
    <message>
        <source>complications: {names}</source>
        <translation>complicaties: {names}</translation>
    </message>
    <message>
        <source>no complications</source>
        <translation>geen complicaties</translation>
    </message>
</context>
<context>
    <name>domain.entries</name>
    <message>
        <source>none</source>
        <comment>a side effect&apos;s severity</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>a side effect&apos;s severity</comment>
        <translation>licht</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>a side effect&apos;s severity</comment>
        <translation>matig</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>a side effect&apos;s severity</comment>
        <translation>ernstig</translation>
    </message>
    <message>
        <source>none</source>
        <comment>disease activity 0</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>disease activity 1 to 3</comment>
        <translation>licht</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>disease activity 4 to 6</comment>
        <translation>matig</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>disease activity 7 to 10</comment>
        <translation>ernstig</translation>
    </message>
    <message>
        <source>date {date} is in the future; entries can be made up to today ({today})</source>
        <translation>datum {date} ligt in de toekomst; u kunt dagen invullen tot en met vandaag ({today})</translation>
    </message>
    <message>
        <source>date {date} is before {year}; use a date from {first} on</source>
        <translation>datum {date} ligt vóór {year}; gebruik een datum vanaf {first}</translation>
    </message>
    <message>
        <source>activity {value} is not allowed; use a whole number from 0 (no symptoms) to 10 (worst imaginable)</source>
        <translation>activiteit {value} is niet toegestaan; gebruik een geheel getal van 0 (geen klachten) tot 10 (ergst denkbaar)</translation>
    </message>
    <message>
        <source>dose {dose} mg is not allowed; use a dose from {low} to {high} mg</source>
        <translation>dosis {dose} mg is niet toegestaan; gebruik een dosis van {low} tot {high} mg</translation>
    </message>
    <message>
        <source>note is {length} characters long; the most allowed is {limit}</source>
        <translation>notitie is {length} tekens lang; het maximum is {limit}</translation>
    </message>
    <message>
        <source>side effect {key} is not in your side-effect list</source>
        <translation>bijwerking {key} staat niet in uw lijst met bijwerkingen</translation>
    </message>
    <message>
        <source>{dose} is above {usual}, beyond the usual low-dose range. Please check the dose with your prescriber.</source>
        <translation>{dose} is meer dan {usual}, boven de gebruikelijke lage dosering. Controleer de dosis met uw arts.</translation>
    </message>
    <message>
        <source>severity {value} is not allowed; use 0 none, 1 mild, 2 moderate or 3 severe</source>
        <translation>ernst {value} is niet toegestaan; gebruik 0 geen, 1 licht, 2 matig of 3 ernstig</translation>
    </message>
    <message>
        <source>time {text} is not allowed; use 24-hour HH:MM, e.g. 22:00</source>
        <translation>tijd {text} is niet toegestaan; gebruik de 24-uursklok UU:MM, bijv. 22:00</translation>
    </message>
    <message>
        <source>{what} {date} is not allowed; use a date from {first} to {last}</source>
        <translation>{what} {date} is niet toegestaan; gebruik een datum van {first} tot en met {last}</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>date {text} is not allowed; use YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation>datum {text} is niet toegestaan; gebruik JJJJ-MM-DD, bijv. 2026-03-01</translation>
    </message>
</context>
<context>
    <name>domain.errors</name>
    <message numerus="yes">
        <source>… and {count} more problem(s)</source>
        <translation>
            <numerusform>… en nog {count} probleem</numerusform>
            <numerusform>… en nog {count} problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>… and at least {count} more problems: the check stopped at line {line}</source>
        <translation>… en nog minstens {count} problemen: de controle is gestopt bij regel {line}</translation>
    </message>
    <message>
        <source>column {column}: did you mean {likely}? To add it as a side effect of your own, use --new-side-effects</source>
        <translation>kolom {column}: bedoelde u {likely}? Gebruik --new-side-effects om deze als eigen bijwerking toe te voegen</translation>
    </message>
</context>
<context>
    <name>domain.opioids</name>
    <message>
        <source>This medication is an opioid painkiller.</source>
        <translation>Dit geneesmiddel is een opioïde pijnstiller.</translation>
    </message>
    <message>
        <source>{name} is an opioid painkiller.</source>
        <translation>{name} is een opioïde pijnstiller.</translation>
    </message>
    <message>
        <source>{name} is {generic}, an opioid painkiller.</source>
        <translation>{name} is {generic}, een opioïde pijnstiller.</translation>
    </message>
    <message>
        <source>Naltrexone blocks opioid painkillers, so {names} may not work as expected while you take LDN. Please talk to your prescriber before taking them together.</source>
        <translation>Naltrexon blokkeert opioïde pijnstillers, dus {names} werkt mogelijk niet zoals verwacht zolang u LDN gebruikt. Overleg met uw arts voordat u ze samen gebruikt.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <comment>a list of medications</comment>
        <translation>{names} en {last}</translation>
    </message>
</context>
<context>
    <name>domain.plan_words</name>
    <message>
        <source>From tomorrow your plan goes up to {dose} at {time}.</source>
        <translation>Vanaf morgen gaat uw schema omhoog naar {dose} om {time}.</translation>
    </message>
    <message>
        <source>From {day} your plan goes up to {dose} at {time}.</source>
        <translation>Vanaf {day} gaat uw schema omhoog naar {dose} om {time}.</translation>
    </message>
    <message>
        <source>From tomorrow your plan goes down to {dose} at {time}.</source>
        <translation>Vanaf morgen gaat uw schema omlaag naar {dose} om {time}.</translation>
    </message>
    <message>
        <source>From {day} your plan goes down to {dose} at {time}.</source>
        <translation>Vanaf {day} gaat uw schema omlaag naar {dose} om {time}.</translation>
    </message>
    <message>
        <source>From tomorrow your plan stays at {dose} at {time}.</source>
        <translation>Vanaf morgen blijft uw schema op {dose}, om {time}.</translation>
    </message>
    <message>
        <source>From {day} your plan stays at {dose} at {time}.</source>
        <translation>Vanaf {day} blijft uw schema op {dose}, om {time}.</translation>
    </message>
    <message>
        <source>From tomorrow your plan goes up to {dose}.</source>
        <translation>Vanaf morgen gaat uw schema omhoog naar {dose}.</translation>
    </message>
    <message>
        <source>From {day} your plan goes up to {dose}.</source>
        <translation>Vanaf {day} gaat uw schema omhoog naar {dose}.</translation>
    </message>
    <message>
        <source>From tomorrow your plan goes down to {dose}.</source>
        <translation>Vanaf morgen gaat uw schema omlaag naar {dose}.</translation>
    </message>
    <message>
        <source>From {day} your plan goes down to {dose}.</source>
        <translation>Vanaf {day} gaat uw schema omlaag naar {dose}.</translation>
    </message>
    <message>
        <source>From tomorrow your plan stays at {dose}.</source>
        <translation>Vanaf morgen blijft uw schema op {dose}.</translation>
    </message>
    <message>
        <source>From {day} your plan stays at {dose}.</source>
        <translation>Vanaf {day} blijft uw schema op {dose}.</translation>
    </message>
    <message>
        <source>No titration plan: the entry page suggests your last recorded dose.</source>
        <translation>Geen opbouwschema: de invoerpagina stelt uw laatst ingevulde dosis voor.</translation>
    </message>
    <message>
        <source>Today&apos;s plan: {dose} at {time}.</source>
        <translation>Schema voor vandaag: {dose} om {time}.</translation>
    </message>
    <message>
        <source>Today&apos;s plan: {dose}.</source>
        <translation>Schema voor vandaag: {dose}.</translation>
    </message>
    <message>
        <source>No further steps.</source>
        <translation>Geen verdere stappen.</translation>
    </message>
</context>
<context>
    <name>domain.report</name>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>In deze periode is niets ingevuld.</translation>
    </message>
    <message>
        <source>Nothing is recorded after {date}: the last day of the period has no entry.</source>
        <translation>Na {date} is niets ingevuld: de laatste dag van de periode is leeg.</translation>
    </message>
    <message>
        <source>Nothing is recorded after {date}: the last {days} days of the period have no entry.</source>
        <translation>Na {date} is niets ingevuld: de laatste {days} dagen van de periode zijn leeg.</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geboren {date}</translation>
    </message>
    <message>
        <source>the period starts ({first}) after it ends ({last})</source>
        <translation>de periode begint ({first}) na het einde ervan ({last})</translation>
    </message>
</context>
<context>
    <name>domain.response</name>
    <message>
        <source>relative threshold {value} is not allowed; use {low} to {high}</source>
        <translation>relatieve drempel {value} is niet toegestaan; gebruik {low} tot {high}</translation>
    </message>
    <message>
        <source>absolute threshold {value} is not allowed; use {low} to {high} points</source>
        <translation>absolute drempel {value} is niet toegestaan; gebruik {low} tot {high} punten</translation>
    </message>
</context>
<context>
    <name>domain.response_words</name>
    <message>
        <source>on day 1 of LDN</source>
        <comment>when the baseline was measured</comment>
        <translation>op dag 1 van LDN</translation>
    </message>
    <message>
        <source>before LDN</source>
        <comment>when the baseline was measured</comment>
        <translation>vóór LDN</translation>
    </message>
    <message>
        <source>Your LDN course</source>
        <comment>the patient&apos;s words, starting a sentence</comment>
        <translation>Uw LDN-behandeling</translation>
    </message>
    <message>
        <source>your course</source>
        <comment>the patient&apos;s words, in a sentence</comment>
        <translation>uw behandeling</translation>
    </message>
    <message>
        <source>your diary</source>
        <comment>the patient&apos;s words, in a sentence</comment>
        <translation>uw dagboek</translation>
    </message>
    <message>
        <source>your activity</source>
        <comment>the patient&apos;s words, in a sentence</comment>
        <translation>uw activiteit</translation>
    </message>
    <message>
        <source>Your average activity</source>
        <comment>the patient&apos;s words, starting a sentence</comment>
        <translation>Uw gemiddelde activiteit</translation>
    </message>
    <message>
        <source>your 7-day average</source>
        <comment>the patient&apos;s words, in a sentence</comment>
        <translation>uw 7-daags gemiddelde</translation>
    </message>
    <message>
        <source>Your 7-day average is now {value}.</source>
        <translation>Uw 7-daags gemiddelde is nu {value}.</translation>
    </message>
    <message>
        <source>The LDN course</source>
        <comment>the clinician&apos;s PDF, starting a sentence</comment>
        <translation>De LDN-behandeling</translation>
    </message>
    <message>
        <source>the course</source>
        <comment>the clinician&apos;s PDF, in a sentence</comment>
        <translation>de behandeling</translation>
    </message>
    <message>
        <source>the diary</source>
        <comment>the clinician&apos;s PDF, in a sentence</comment>
        <translation>het dagboek</translation>
    </message>
    <message>
        <source>activity values</source>
        <comment>the clinician&apos;s PDF, in a sentence</comment>
        <translation>activiteitswaarden</translation>
    </message>
    <message>
        <source>Mean activity</source>
        <comment>the clinician&apos;s PDF, starting a sentence</comment>
        <translation>De gemiddelde activiteit</translation>
    </message>
    <message>
        <source>the 7-day mean</source>
        <comment>the clinician&apos;s PDF, in a sentence</comment>
        <translation>het 7-daagse gemiddelde</translation>
    </message>
    <message>
        <source>The 7-day mean is now {value}.</source>
        <translation>Het 7-daagse gemiddelde is nu {value}.</translation>
    </message>
    <message>
        <source>Nothing is recorded after {date}.</source>
        <translation>Na {date} is niets ingevuld.</translation>
    </message>
    <message>
        <source>{mean} {when} was {baseline}; the target is {target} or lower.</source>
        <translation>{mean} {when} was {baseline}; het doel is {target} of lager.</translation>
    </message>
    <message>
        <source>{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and stayed there for {span}, until {last}; on {end} it was above the target again.</source>
        <translation>{mean} daalde van {baseline} {when} naar {onset} op dag {day} (doel {target} of lager) en bleef daar {span}, tot {last}; op {end} lag de waarde weer boven het doel.</translation>
    </message>
    <message>
        <source>That is less than the 4 weeks needed to count as a response.</source>
        <translation>Dat is korter dan de 4 weken die nodig zijn om als respons te tellen.</translation>
    </message>
    <message>
        <source>That is a clinical response, but a short-lived one (4 to 12 weeks).</source>
        <translation>Dat is een klinische respons, maar een kortdurende (4 tot 12 weken).</translation>
    </message>
    <message>
        <source>That is a long-lasting response of 12 weeks or more.</source>
        <translation>Dat is een langdurige respons van 12 weken of langer.</translation>
    </message>
    <message>
        <source>No disease activity has been recorded yet.</source>
        <translation>Er is nog geen ziekteactiviteit ingevuld.</translation>
    </message>
    <message>
        <source>Record your activity for a few days to get started.</source>
        <translation>Vul een paar dagen uw activiteit in om te beginnen.</translation>
    </message>
    <message>
        <source>{course} starts on {start}. The assessment looks at {diary} up to {date}, before the start, so there is nothing to assess yet.</source>
        <translation>{course} begint op {start}. De beoordeling kijkt naar {diary} tot en met {date}, vóór het begin, dus er is nog niets te beoordelen.</translation>
    </message>
    <message>
        <source>There is no baseline to compare with: the diary needs {activity} on at least 3 of the 7 days before the first dose, or on the first day of the course.</source>
        <translation>Er is geen uitgangswaarde om mee te vergelijken: het dagboek heeft {activity} nodig op minstens 3 van de 7 dagen vóór de eerste dosis, of op de eerste dag van de behandeling.</translation>
    </message>
    <message>
        <source>If you remember those days, fill them in on the entry page (pick the date from the calendar).</source>
        <translation>Weet u die dagen nog? Vul ze dan in op de invoerpagina (kies de datum in de kalender).</translation>
    </message>
    <message>
        <source>There are not enough recent days for a 7-day average (it needs at least 4 of the last 7).</source>
        <translation>Er zijn te weinig recente dagen voor een 7-daags gemiddelde (daarvoor zijn minstens 4 van de laatste 7 nodig).</translation>
    </message>
    <message numerus="yes">
        <source>The study looks for an improvement within the first 4 weeks: %n day(s) to go.</source>
        <translation>
            <numerusform>De studie kijkt naar verbetering binnen de eerste 4 weken: nog %n dag te gaan.</numerusform>
            <numerusform>De studie kijkt naar verbetering binnen de eerste 4 weken: nog %n dagen te gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record at least 4 days in any week to get a weekly average.</source>
        <translation>Vul in een week minstens 4 dagen in voor een weekgemiddelde.</translation>
    </message>
    <message>
        <source>It is day {day} of {course}.</source>
        <translation>Het is dag {day} van {course}.</translation>
    </message>
    <message>
        <source>In the first 4 weeks {mean} did not reach the target.</source>
        <translation>In de eerste 4 weken bereikte {mean} het doel niet.</translation>
    </message>
    <message>
        <source>In the study&apos;s terms this is no response to LDN.</source>
        <translation>Volgens de criteria van de studie is dit geen respons op LDN.</translation>
    </message>
    <message>
        <source>Talk to your prescriber about whether to continue, change the dose or stop.</source>
        <translation>Bespreek met uw arts of u doorgaat, de dosis aanpast of stopt.</translation>
    </message>
    <message>
        <source>{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and stayed there for {span}, up to the last day recorded.</source>
        <translation>{mean} daalde van {baseline} {when} naar {onset} op dag {day} (doel {target} of lager) en bleef daar {span}, tot de laatst ingevulde dag.</translation>
    </message>
    <message>
        <source>{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and has stayed there for {span} so far.</source>
        <translation>{mean} daalde van {baseline} {when} naar {onset} op dag {day} (doel {target} of lager) en is daar tot nu toe {span} gebleven.</translation>
    </message>
    <message>
        <source>It counts as a response once it has lasted 4 weeks.</source>
        <translation>Het telt als respons zodra het 4 weken aanhoudt.</translation>
    </message>
    <message>
        <source>{span} more at or below {target} make it a clinical response.</source>
        <translation>Nog {span} op of onder {target} maakt het een klinische respons.</translation>
    </message>
    <message>
        <source>That is a clinical response.</source>
        <translation>Dat is een klinische respons.</translation>
    </message>
    <message>
        <source>{span} more make it a long-lasting (12-week) response.</source>
        <translation>Nog {span} maakt het een langdurige respons (12 weken).</translation>
    </message>
    <message>
        <source>That is a long-lasting response: 12 weeks or more (the study calls this remission).</source>
        <translation>Dat is een langdurige respons: 12 weken of langer (de studie noemt dit remissie).</translation>
    </message>
</context>
<context>
    <name>domain.score_trend</name>
    <message>
        <source>remission &lt; {value}</source>
        <translation>remissie &lt; {value}</translation>
    </message>
    <message>
        <source>response ≤ ½ baseline</source>
        <translation>respons ≤ ½ uitgangswaarde</translation>
    </message>
    <message>
        <source>30% below baseline</source>
        <translation>30% onder uitgangswaarde</translation>
    </message>
</context>
<context>
    <name>domain.scores</name>
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
        <translation>Pijn-NRS</translation>
    </message>
    <message>
        <source>Pain NRS</source>
        <comment>a score&apos;s short name</comment>
        <translation>Pijn-NRS</translation>
    </message>
    <message>
        <source>Harvey &amp; Bradshaw 1980, without abdominal mass</source>
        <translation>Harvey &amp; Bradshaw 1980, zonder abdominale massa</translation>
    </message>
    <message>
        <source>Walmsley 1998; thresholds Higgins 2005</source>
        <translation>Walmsley 1998; grenswaarden Higgins 2005</translation>
    </message>
    <message>
        <source>score {key} is not known; use {keys}</source>
        <translation>score {key} is onbekend; gebruik {keys}</translation>
    </message>
    <message>
        <source>substantial</source>
        <comment>a reduction of pain</comment>
        <translation>aanzienlijk</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>a reduction of pain, or an HBI band</comment>
        <translation>matig</translation>
    </message>
    <message>
        <source>minimal</source>
        <comment>a reduction of pain</comment>
        <translation>minimaal</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a reduction of pain</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>remission</source>
        <comment>an HBI band</comment>
        <translation>remissie</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>an HBI band</comment>
        <translation>licht</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>an HBI band</comment>
        <translation>ernstig</translation>
    </message>
</context>
<context>
    <name>domain.side_effects</name>
    <message>
        <source>Vivid dreams</source>
        <translation>Levendige dromen</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Hoofdpijn</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Slaperigheid</translation>
    </message>
    <message>
        <source>Trouble sleeping (insomnia)</source>
        <translation>Slecht slapen (slapeloosheid)</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Misselijkheid</translation>
    </message>
    <message>
        <source>Abdominal pain or cramps</source>
        <translation>Buikpijn of buikkrampen</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Diarree</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Verstopping</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Vermoeidheid</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Duizeligheid</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>Palpitations</source>
        <translation>Hartkloppingen</translation>
    </message>
    <message>
        <source>a side effect needs a name</source>
        <translation>een bijwerking heeft een naam nodig</translation>
    </message>
    <message>
        <source>a side-effect name can be at most {limit} characters</source>
        <translation>de naam van een bijwerking mag hoogstens {limit} tekens lang zijn</translation>
    </message>
    <message>
        <source>side-effect name {name} can only use letters, digits, spaces and dashes</source>
        <translation>bijwerking {name}: de naam mag alleen letters, cijfers, spaties en streepjes bevatten</translation>
    </message>
    <message>
        <source>{name} is already in your side-effect list</source>
        <translation>{name} staat al in uw lijst met bijwerkingen</translation>
    </message>
</context>
<context>
    <name>domain.snapshot</name>
    <message>
        <source>side_effects[{i}].key: {key} is not a side-effect key (lower case, words joined by _)</source>
        <translation>side_effects[{i}].key: {key} is geen sleutel van een bijwerking (kleine letters, woorden verbonden door _)</translation>
    </message>
    <message>
        <source>side_effects[{i}].label: a name of 1 to {limit} characters is needed</source>
        <translation>side_effects[{i}].label: een naam van 1 tot {limit} tekens is nodig</translation>
    </message>
    <message>
        <source>entries: a date appears more than once; one entry per day</source>
        <translation>entries: een datum komt meer dan eens voor; één invoer per dag</translation>
    </message>
    <message>
        <source>courses: two courses start on the same day</source>
        <translation>courses: twee behandelingen beginnen op dezelfde dag</translation>
    </message>
</context>
<context>
    <name>domain.summaries</name>
    <message>
        <source>Side effects often fade over the first weeks whatever the dose time, so part of a difference can come from when each dose time was used.</source>
        <translation>Bijwerkingen nemen in de eerste weken vaak af, ongeacht het tijdstip van inname. Een deel van een verschil kan dus komen door wanneer elk tijdstip werd gebruikt.</translation>
    </message>
    <message>
        <source>morning</source>
        <comment>a dose time</comment>
        <translation>ochtend</translation>
    </message>
    <message>
        <source>bedtime</source>
        <comment>a dose time</comment>
        <translation>voor het slapengaan</translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>a dose time</comment>
        <translation>middag</translation>
    </message>
    <message>
        <source>No side effect differed clearly (by {points} percentage points or more) between days with a morning dose and days with a bedtime dose (from day {day} of LDN on).</source>
        <translation>Geen enkele bijwerking verschilde duidelijk (met {points} procentpunten of meer) tussen dagen met een dosis &apos;s ochtends en dagen met een dosis voor het slapengaan (vanaf dag {day} van LDN).</translation>
    </message>
    <message>
        <source>no days</source>
        <comment>treatment days a dose time was used on</comment>
        <translation>geen enkele dag</translation>
    </message>
    <message>
        <source>day {day}</source>
        <comment>a treatment day</comment>
        <translation>dag {day}</translation>
    </message>
    <message>
        <source>days {first}–{last}</source>
        <comment>treatment days</comment>
        <translation>dag {first}–{last}</translation>
    </message>
    <message>
        <source>No comparison of morning and bedtime doses: they were taken in different weeks of treatment (bedtime doses on {bedtime}, morning doses on {morning} of LDN), so a difference would mostly reflect the time on LDN, not the dose time.</source>
        <translation>Geen vergelijking van doses &apos;s ochtends en voor het slapengaan: ze werden in verschillende weken van de behandeling ingenomen (doses voor het slapengaan op {bedtime}, ochtenddoses op {morning} van LDN), dus een verschil zou vooral de tijd op LDN weerspiegelen, niet het tijdstip van inname.</translation>
    </message>
    <message>
        <source>{name} came on {low} of days with a morning dose, against {high} with a bedtime dose (from day {day} of LDN on: {morning} morning and {bedtime} bedtime days recorded).</source>
        <translation>{name} kwam voor op {low} van de dagen met een dosis &apos;s ochtends, tegen {high} met een dosis voor het slapengaan (vanaf dag {day} van LDN: {morning} dagen met een ochtenddosis en {bedtime} met een dosis voor het slapengaan ingevuld).</translation>
    </message>
    <message>
        <source>{name} came on {low} of days with a bedtime dose, against {high} with a morning dose (from day {day} of LDN on: {morning} morning and {bedtime} bedtime days recorded).</source>
        <translation>{name} kwam voor op {low} van de dagen met een dosis voor het slapengaan, tegen {high} met een dosis &apos;s ochtends (vanaf dag {day} van LDN: {morning} dagen met een ochtenddosis en {bedtime} met een dosis voor het slapengaan ingevuld).</translation>
    </message>
    <message>
        <source>at least {days} days of each from day {day} of LDN on are needed, as side effects often settle over the first two weeks whatever the dose time</source>
        <translation>van elk zijn minstens {days} dagen vanaf dag {day} van LDN nodig, omdat bijwerkingen in de eerste twee weken vaak afnemen, ongeacht het tijdstip van inname</translation>
    </message>
    <message>
        <source>Too few doses with a recorded time to compare morning ({morning}) and bedtime ({bedtime}) doses: {need}.</source>
        <translation>Te weinig doses met een ingevuld tijdstip om doses &apos;s ochtends ({morning}) en voor het slapengaan ({bedtime}) te vergelijken: {need}.</translation>
    </message>
    <message>
        <source>bedtime doses on {days}</source>
        <translation>doses voor het slapengaan op {days}</translation>
    </message>
    <message>
        <source>morning doses on {days}</source>
        <translation>ochtenddoses op {days}</translation>
    </message>
    <message>
        <source>No comparison of morning and bedtime doses: too few morning and bedtime doses to compare ({used}); {need}.</source>
        <translation>Geen vergelijking van doses &apos;s ochtends en voor het slapengaan: te weinig doses op beide tijdstippen om te vergelijken ({used}); {need}.</translation>
    </message>
    <message>
        <source>No comparison of morning and bedtime doses: too few morning doses to compare ({used}); {need}.</source>
        <translation>Geen vergelijking van doses &apos;s ochtends en voor het slapengaan: te weinig ochtenddoses om te vergelijken ({used}); {need}.</translation>
    </message>
    <message>
        <source>No comparison of morning and bedtime doses: too few bedtime doses to compare ({used}); {need}.</source>
        <translation>Geen vergelijking van doses &apos;s ochtends en voor het slapengaan: te weinig doses voor het slapengaan om te vergelijken ({used}); {need}.</translation>
    </message>
</context>
<context>
    <name>domain.treatment</name>
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
        <translation>anti-TNF of ander biological</translation>
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
        <source>{first} mg, up {step} mg every 2 weeks to {top} mg</source>
        <translation>{first} mg, elke 2 weken {step} mg erbij tot {top} mg</translation>
    </message>
    <message>
        <source>{first} mg, up {step} mg every week to {top} mg</source>
        <translation>{first} mg, elke week {step} mg erbij tot {top} mg</translation>
    </message>
    <message>
        <source>{top} mg from day 1 (as in the study)</source>
        <translation>{top} mg vanaf dag 1 (zoals in de studie)</translation>
    </message>
    <message>
        <source>two steps start on the same day; give each step its own day</source>
        <translation>twee stappen beginnen op dezelfde dag; geef elke stap een eigen dag</translation>
    </message>
    <message>
        <source>a step starts on day {day}; steps start from day 1 (the first dose) to day {last}</source>
        <translation>een stap begint op dag {day}; stappen beginnen op dag 1 (de eerste dosis) tot en met dag {last}</translation>
    </message>
    <message>
        <source>a step&apos;s dose of {dose} mg is not allowed; use {low} to {high} mg</source>
        <translation>een doseringsstap van {dose} mg is niet toegestaan; gebruik {low} tot {high} mg</translation>
    </message>
    <message>
        <source>the plan needs a step from day 1, the first dose</source>
        <translation>het schema heeft een stap vanaf dag 1 nodig, de eerste dosis</translation>
    </message>
    <message>
        <source>{what} is {length} characters long; the most allowed is {limit}</source>
        <translation>{what} is {length} tekens lang; het maximum is {limit}</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>de begindatum</translation>
    </message>
    <message>
        <source>the reason for stopping</source>
        <translation>de reden om te stoppen</translation>
    </message>
    <message>
        <source>the course cannot stop ({end}) before it starts ({start})</source>
        <translation>de behandeling kan niet stoppen ({end}) voordat ze begint ({start})</translation>
    </message>
    <message>
        <source>the stop date {end} is in the future; stop the course on the day of the last dose</source>
        <translation>de stopdatum {end} ligt in de toekomst; stop de behandeling op de dag van de laatste dosis</translation>
    </message>
    <message>
        <source>this course would overlap the course that started on {start}</source>
        <translation>deze behandeling zou overlappen met de behandeling die begon op {start}</translation>
    </message>
    <message>
        <source>this course would overlap the course that started on {start} and is still going; stop that one first</source>
        <translation>deze behandeling zou overlappen met de behandeling die begon op {start} en nog loopt; stop die eerst</translation>
    </message>
    <message>
        <source>a medication&apos;s name</source>
        <translation>de naam van een geneesmiddel</translation>
    </message>
    <message>
        <source>a medication needs a name</source>
        <translation>een geneesmiddel heeft een naam nodig</translation>
    </message>
    <message>
        <source>{name}: choose its kind</source>
        <translation>{name}: kies het soort geneesmiddel</translation>
    </message>
    <message>
        <source>a medication</source>
        <translation>een geneesmiddel</translation>
    </message>
    <message>
        <source>{name}: the stop date {stop} is before the start {start}</source>
        <translation>{name}: de stopdatum {stop} ligt vóór de begindatum {start}</translation>
    </message>
    <message>
        <source>the visit date</source>
        <translation>de datum van het bezoek</translation>
    </message>
    <message>
        <source>the visit&apos;s note</source>
        <translation>de notitie bij het bezoek</translation>
    </message>
    <message>
        <source>the visit date {date} is in the future</source>
        <translation>de datum van het bezoek {date} ligt in de toekomst</translation>
    </message>
    <message>
        <source>CRP {value} mg/L is not allowed; use 0 to 500</source>
        <translation>CRP {value} mg/L is niet toegestaan; gebruik 0 tot 500</translation>
    </message>
    <message>
        <source>ALT {value} U/L is not allowed; use 0 to 5000</source>
        <translation>ALAT {value} U/L is niet toegestaan; gebruik 0 tot 5000</translation>
    </message>
    <message>
        <source>the endoscopic score is 0 none, 1 mild, 2 moderate or 3 severe inflammation</source>
        <translation>de endoscopische score is 0 geen, 1 lichte, 2 matige of 3 ernstige ontsteking</translation>
    </message>
    <message>
        <source>none</source>
        <comment>endoscopic score: inflammation</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>endoscopic score: inflammation</comment>
        <translation>licht</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>endoscopic score: inflammation</comment>
        <translation>matig</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>endoscopic score: inflammation</comment>
        <translation>ernstig</translation>
    </message>
    <message>
        <source>the condition</source>
        <translation>de aandoening</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>de naam</translation>
    </message>
    <message>
        <source>the date of birth is before {year}</source>
        <translation>de geboortedatum ligt vóór {year}</translation>
    </message>
    <message>
        <source>year of diagnosis {year} is not allowed; use 1900 to {this_year}</source>
        <translation>diagnosejaar {year} is niet toegestaan; gebruik 1900 tot en met {this_year}</translation>
    </message>
    <message>
        <source>the date of birth is in the future</source>
        <translation>de geboortedatum ligt in de toekomst</translation>
    </message>
    <message>
        <source>usual stools {value} is not allowed; use a whole number from {low} to {high} a day</source>
        <translation>gebruikelijke ontlasting {value} is niet toegestaan; gebruik een geheel getal van {low} tot {high} per dag</translation>
    </message>
</context>
<context>
    <name>domain.trend</name>
    <message>
        <source>No days recorded from {first} to {last}.</source>
        <translation>Geen dagen ingevuld van {first} tot en met {last}.</translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last}: {shown} of %n day(s) recorded.</source>
        <translation>
            <numerusform>{first} tot en met {last}: {shown} van %n dag ingevuld.</numerusform>
            <numerusform>{first} tot en met {last}: {shown} van %n dagen ingevuld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average activity {mean} (lowest {lowest}, highest {highest}).</source>
        <translation>Gemiddelde activiteit {mean} (laagste {lowest}, hoogste {highest}).</translation>
    </message>
    <message>
        <source>Course from {date}: {verdict}</source>
        <translation>Behandeling vanaf {date}: {verdict}</translation>
    </message>
    <message>
        <source>; baseline {baseline}, target {target} or lower</source>
        <translation>; uitgangswaarde {baseline}, doel {target} of lager</translation>
    </message>
    <message numerus="yes">
        <source>; improved from day {day} for %n day(s)</source>
        <translation>
            <numerusform>; verbeterd vanaf dag {day}, %n dag lang</numerusform>
            <numerusform>; verbeterd vanaf dag {day}, %n dagen lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} on %n day(s)</source>
        <translation>
            <numerusform>{name} op %n dag</numerusform>
            <numerusform>{name} op %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Side effects: {list}.</source>
        <translation>Bijwerkingen: {list}.</translation>
    </message>
    <message>
        <source>Side effects: none reported.</source>
        <translation>Bijwerkingen: geen gemeld.</translation>
    </message>
</context>
<context>
    <name>remind_command</name>
    <message>
        <source>no (no display here)</source>
        <translation>nee (hier geen beeldscherm)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>{count} ({first} to {last})</source>
        <translation>{count} ({first} tot {last})</translation>
    </message>
    <message>
        <source>Daily reminder:</source>
        <translation>Dagelijkse herinnering:</translation>
    </message>
    <message>
        <source>on, at {time}</source>
        <translation>aan, om {time}</translation>
    </message>
    <message>
        <source>Dose reminder:</source>
        <translation>Dosisherinnering:</translation>
    </message>
    <message>
        <source>on, at the planned dose time</source>
        <translation>aan, op het geplande tijdstip van inname</translation>
    </message>
    <message>
        <source>Start at login:</source>
        <translation>Starten bij aanmelden:</translation>
    </message>
    <message>
        <source>on ({where})</source>
        <translation>aan ({where})</translation>
    </message>
    <message>
        <source>Next reminder:</source>
        <translation>Volgende herinnering:</translation>
    </message>
    <message>
        <source>none (reminders are off)</source>
        <translation>geen (herinneringen staan uit)</translation>
    </message>
    <message>
        <source>Missed days:</source>
        <translation>Gemiste dagen:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Meldingen:</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Pictogram in systeemvak:</translation>
    </message>
    <message>
        <source>yes ({server})</source>
        <translation>ja ({server})</translation>
    </message>
    <message>
        <source>no ({reason})</source>
        <translation>nee ({reason})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (reminders come while the window is open)</source>
        <translation>nee (herinneringen komen zolang het venster open is)</translation>
    </message>
</context>
<context>
    <name>report.cohort_pdf</name>
    <message>
        <source>LDN cohort — patient-reported response to low-dose naltrexone</source>
        <translation>LDN-cohort — door patiënten gerapporteerde respons op laaggedoseerde naltrexon</translation>
    </message>
    <message>
        <source>LDN Diary · cohort table · page {page} of {pages}</source>
        <translation>LDN Diary · cohorttabel · pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Each patient&apos;s first LDN course, judged by the study&apos;s rules (Lie et al., J Transl Med 2018;16:55): a response is a fall of the 7-day mean activity to 30 % (and at least 1 point) below the baseline within the first 4 weeks, lasting at least 4 weeks; short-lived, 4 to 12 weeks; non-response, none in the first 4 weeks or one that did not last 4.</source>
        <translation>De eerste LDN-behandeling van elke patiënt, beoordeeld volgens de regels van de studie (Lie et al., J Transl Med 2018;16:55): respons is een daling van de 7-daagse gemiddelde activiteit tot 30 % (en ten minste 1 punt) onder de uitgangswaarde binnen de eerste 4 weken, die ten minste 4 weken aanhoudt; kortdurend: 4 tot 12 weken; geen respons: geen daling in de eerste 4 weken, of een die geen 4 weken aanhield.</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>Fishers exacte toets</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) &amp;nbsp;·&amp;nbsp; generated {date} &amp;nbsp;·&amp;nbsp; files read {read}, skipped {skipped}</source>
        <translation>
            <numerusform>%n patiënt &amp;nbsp;·&amp;nbsp; gemaakt op {date} &amp;nbsp;·&amp;nbsp; bestanden gelezen {read}, overgeslagen {skipped}</numerusform>
            <numerusform>%n patiënten &amp;nbsp;·&amp;nbsp; gemaakt op {date} &amp;nbsp;·&amp;nbsp; bestanden gelezen {read}, overgeslagen {skipped}</numerusform>
        </translation>
    </message>
    <message>
        <source>All values are self-reported in a symptom diary.</source>
        <translation>Alle waarden zijn door de patiënten zelf in een klachtendagboek ingevuld.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>{first} vs {second}, Fisher&apos;s exact test (two-sided): response {response}, 12 weeks or more {long_lasting}.</source>
        <translation>{first} vs. {second}, Fishers exacte toets (tweezijdig): respons {response}, 12 weken of langer {long_lasting}.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a percentage with one decimal</comment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Bijwerkingen</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Bijwerking</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patiënten</translation>
    </message>
    <message>
        <source>Of all patients</source>
        <translation>Van alle patiënten</translation>
    </message>
    <message>
        <source>None reported.</source>
        <comment>side effects</comment>
        <translation>Geen gemeld.</translation>
    </message>
    <message>
        <source>Stopped within 28 days</source>
        <translation>Gestopt binnen 28 dagen</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s): {reasons}.</source>
        <translation>
            <numerusform>%n patiënt: {reasons}.</numerusform>
            <numerusform>%n patiënten: {reasons}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n patiënt.</numerusform>
            <numerusform>%n patiënten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>{follow_up} of treatment judged.</source>
        <translation>Beoordeelde behandelduur: {follow_up}.</translation>
    </message>
    <message>
        <source>Each patient&apos;s 7-day mean activity by treatment day (the first {shown} of {n})</source>
        <translation>7-daagse gemiddelde activiteit van elke patiënt per behandeldag (de eerste {shown} van {n})</translation>
    </message>
    <message>
        <source>Each patient&apos;s 7-day mean activity by treatment day</source>
        <translation>7-daagse gemiddelde activiteit van elke patiënt per behandeldag</translation>
    </message>
    <message>
        <source>0 no symptoms to 10 worst imaginable; dotted lines at day 28 (week 4) and day 84 (week 12).</source>
        <translation>0 geen klachten tot 10 ergst denkbaar; stippellijnen op dag 28 (week 4) en dag 84 (week 12).</translation>
    </message>
</context>
<context>
    <name>report.html</name>
    <message>
        <source>LDN Diary — patient-reported summary</source>
        <translation>LDN Diary — samenvatting van de patiënt</translation>
    </message>
    <message>
        <source>All values were recorded by the patient in a symptom diary: they are self-reported, not clinical measurements.</source>
        <translation>Alle waarden zijn door de patiënt in een klachtendagboek ingevuld: het zijn eigen waarnemingen, geen klinische metingen.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <comment>a percentage: 85%</comment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <comment>e.g. days present: 12 of 30</comment>
        <translation>{part} van {whole}</translation>
    </message>
    <message>
        <source>not given</source>
        <comment>the condition</comment>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>{condition} (diagnosed {year})</source>
        <translation>{condition} (gediagnosticeerd in {year})</translation>
    </message>
    <message>
        <source>Period: &lt;b&gt;{first} – {last}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Generated {generated} &amp;nbsp;·&amp;nbsp; Condition: {condition}</source>
        <translation>Periode: &lt;b&gt;{first} – {last}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Gemaakt op {generated} &amp;nbsp;·&amp;nbsp; Aandoening: {condition}</translation>
    </message>
    <message>
        <source>started {start}, ongoing</source>
        <comment>the LDN course</comment>
        <translation>gestart op {start}, loopt nog</translation>
    </message>
    <message>
        <source>started {start}, stopped {end} ({reason})</source>
        <comment>the LDN course</comment>
        <translation>gestart op {start}, gestopt op {end} ({reason})</translation>
    </message>
    <message>
        <source>started {start}, stopped {end}</source>
        <comment>the LDN course</comment>
        <translation>gestart op {start}, gestopt op {end}</translation>
    </message>
    <message>
        <source>Assessed as of {as_of}, day {day} of the course</source>
        <translation>Beoordeeld op {as_of}, dag {day} van de behandeling</translation>
    </message>
    <message>
        <source>Assessed as of {as_of}</source>
        <translation>Beoordeeld op {as_of}</translation>
    </message>
    <message>
        <source>{assessed} — in the study&apos;s terms: {meaning}</source>
        <translation>{assessed} — in de termen van de studie: {meaning}</translation>
    </message>
    <message>
        <source>LDN course {status}. {assessed}.</source>
        <translation>LDN-behandeling {status}. {assessed}.</translation>
    </message>
    <message>
        <source>1. Response to LDN</source>
        <translation>1. Respons op LDN</translation>
    </message>
    <message>
        <source>No LDN course in this period, so there is no response assessment.</source>
        <translation>Geen LDN-behandeling in deze periode, dus geen beoordeling van de respons.</translation>
    </message>
    <message numerus="yes">
        <source>Onset: &lt;b&gt;day {day}&lt;/b&gt; ({date}); improved for &lt;b&gt;%n day(s)&lt;/b&gt;, ongoing.</source>
        <translation>
            <numerusform>Begin: &lt;b&gt;dag {day}&lt;/b&gt; ({date}); &lt;b&gt;%n dag&lt;/b&gt; verbeterd, houdt aan.</numerusform>
            <numerusform>Begin: &lt;b&gt;dag {day}&lt;/b&gt; ({date}); &lt;b&gt;%n dagen&lt;/b&gt; verbeterd, houdt aan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Onset: &lt;b&gt;day {day}&lt;/b&gt; ({date}); improved for &lt;b&gt;%n day(s)&lt;/b&gt;, ended {end}.</source>
        <translation>
            <numerusform>Begin: &lt;b&gt;dag {day}&lt;/b&gt; ({date}); &lt;b&gt;%n dag&lt;/b&gt; verbeterd, geëindigd op {end}.</numerusform>
            <numerusform>Begin: &lt;b&gt;dag {day}&lt;/b&gt; ({date}); &lt;b&gt;%n dagen&lt;/b&gt; verbeterd, geëindigd op {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{mean}&lt;/b&gt; (4 weeks to {date}, %n day(s) recorded)</source>
        <translation>
            <numerusform>&lt;b&gt;{mean}&lt;/b&gt; (4 weken tot {date}, %n dag ingevuld)</numerusform>
            <numerusform>&lt;b&gt;{mean}&lt;/b&gt; (4 weken tot {date}, %n dagen ingevuld)</numerusform>
        </translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>te weinig gegevens</translation>
    </message>
    <message>
        <source>on day 1 of LDN</source>
        <comment>when the baseline was measured</comment>
        <translation>op dag 1 van LDN</translation>
    </message>
    <message>
        <source>before LDN</source>
        <comment>when the baseline was measured</comment>
        <translation>voor LDN</translation>
    </message>
    <message>
        <source>Mean activity (0–10): baseline &lt;b&gt;{baseline}&lt;/b&gt; ({when}) vs latest {latest}. Target for improvement: {target} or lower.</source>
        <translation>Gemiddelde activiteit (0–10): uitgangswaarde &lt;b&gt;{baseline}&lt;/b&gt; ({when}) vs. laatste {latest}. Doel voor verbetering: {target} of lager.</translation>
    </message>
    <message>
        <source>Week {week}</source>
        <translation>Week {week}</translation>
    </message>
    <message>
        <source>days −7 to −1</source>
        <translation>dag −7 tot −1</translation>
    </message>
    <message>
        <source>days {first}–{last}</source>
        <translation>dag {first}–{last}</translation>
    </message>
    <message>
        <source>baseline</source>
        <comment>a visit&apos;s change from baseline: this is the baseline</comment>
        <translation>uitgangswaarde</translation>
    </message>
    <message>
        <source>day 1</source>
        <translation>dag 1</translation>
    </message>
    <message>
        <source>{mean} (day 1)</source>
        <translation>{mean} (dag 1)</translation>
    </message>
    <message>
        <source>not enough data ({values} of 7 days)</source>
        <translation>te weinig gegevens ({values} van 7 dagen)</translation>
    </message>
    <message numerus="yes">
        <source>{mean} (%n day(s))</source>
        <translation>
            <numerusform>{mean} (%n dag)</numerusform>
            <numerusform>{mean} (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Treatment days</source>
        <translation>Behandeldagen</translation>
    </message>
    <message>
        <source>Mean activity</source>
        <translation>Gemiddelde activiteit</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>Verandering t.o.v. uitgangswaarde</translation>
    </message>
    <message numerus="yes">
        <source>{points} point(s)</source>
        <comment>below baseline; the number may have decimals</comment>
        <translation>
            <numerusform>{points} punt</numerusform>
            <numerusform>{points} punten</numerusform>
        </translation>
    </message>
    <message>
        <source>Definitions (Lie et al., J Transl Med 2018;16:55): a day is improved when the 7-day mean activity is at least {relative} and {points} below baseline; onset must come within {onset_days} days; a response lasts at least {response_weeks} weeks, a long-lasting one at least {long_weeks} weeks.</source>
        <translation>Definities (Lie et al., J Transl Med 2018;16:55): een dag is verbeterd als de 7-daagse gemiddelde activiteit ten minste {relative} en {points} onder de uitgangswaarde ligt; het begin moet binnen {onset_days} dagen vallen; een respons duurt ten minste {response_weeks} weken, een langdurige respons ten minste {long_weeks} weken.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>{score}: {source} (band at the latest: {band})</source>
        <translation>{score}: {source} (categorie bij de laatste: {band})</translation>
    </message>
    <message>
        <source>{score}: {source}</source>
        <translation>{score}: {source}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Uitgangs­waarde</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Remission</source>
        <translation>Remissie</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>&lt;b&gt;Condition scores&lt;/b&gt; (7-day means; baseline: the week before LDN; latest: to {date})</source>
        <translation>&lt;b&gt;Ziektescores&lt;/b&gt; (7-daagse gemiddelden; uitgangswaarde: de week voor LDN; laatste: tot {date})</translation>
    </message>
    <message>
        <source>2. Trend</source>
        <translation>2. Trend</translation>
    </message>
    <message>
        <source>3. Dose and adherence</source>
        <translation>3. Dosis en therapietrouw</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Days recorded</source>
        <translation>Dagen ingevuld</translation>
    </message>
    <message>
        <source>No doses recorded in this period.</source>
        <translation>Geen doses ingevuld in deze periode.</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n recorded dose(s) taken ({percent})</source>
        <translation>
            <numerusform>{taken} van %n ingevulde dosis ingenomen ({percent})</numerusform>
            <numerusform>{taken} van %n ingevulde doses ingenomen ({percent})</numerusform>
        </translation>
    </message>
    <message>
        <source>no doses recorded</source>
        <translation>geen doses ingevuld</translation>
    </message>
    <message>
        <source>usual dose time: &lt;b&gt;{timing}&lt;/b&gt;</source>
        <translation>gebruikelijk tijdstip van inname: &lt;b&gt;{timing}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dose times not recorded</source>
        <translation>tijdstip van inname niet ingevuld</translation>
    </message>
    <message>
        <source>Adherence: {taken}; missed: {missed} ({days}); {timing}.</source>
        <translation>Therapietrouw: {taken}; niet ingenomen: {missed} ({days}); {timing}.</translation>
    </message>
    <message>
        <source>Adherence: {taken}; missed: {missed}; {timing}.</source>
        <translation>Therapietrouw: {taken}; niet ingenomen: {missed}; {timing}.</translation>
    </message>
    <message numerus="yes">
        <source>{effect} on {present} of %n day(s)</source>
        <translation>
            <numerusform>{effect} op {present} van %n dag</numerusform>
            <numerusform>{effect} op {present} van %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before LDN (baseline, %n day(s) recorded; not counted as side effects): {felt}.</source>
        <translation>
            <numerusform>Voor LDN (uitgangswaarde, %n dag ingevuld; niet als bijwerking geteld): {felt}.</numerusform>
            <numerusform>Voor LDN (uitgangswaarde, %n dagen ingevuld; niet als bijwerkingen geteld): {felt}.</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day and month without the year, as a Qt date pattern</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>4. Side effects</source>
        <translation>4. Bijwerkingen</translation>
    </message>
    <message>
        <source>No side effects reported in this period.</source>
        <translation>Geen bijwerkingen gemeld in deze periode.</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Bijwerking</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Dagen aan­wezig</translation>
    </message>
    <message>
        <source>Highest</source>
        <comment>the highest severity</comment>
        <translation>Hoogste</translation>
    </message>
    <message>
        <source>First</source>
        <comment>the first day</comment>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Last</source>
        <comment>the last day</comment>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Resolved*</source>
        <translation>Over*</translation>
    </message>
    <message>
        <source>Morning dose</source>
        <translation>Ochtend­dosis</translation>
    </message>
    <message>
        <source>Bedtime dose</source>
        <translation>Dosis voor de nacht</translation>
    </message>
    <message>
        <source>After increase†</source>
        <translation>Na ver­hoging†</translation>
    </message>
    <message>
        <source>Days present: of the days the side effect was recorded. * Absent on the last {resolved_days} days it was recorded. † Began within {increase_days} days of a dose increase. Morning / bedtime dose: days present of the days recorded with a dose taken {morning} / {bedtime}.</source>
        <translation>Dagen aanwezig: van de dagen waarop de bijwerking is ingevuld. * Afwezig op de laatste {resolved_days} dagen waarop ze is ingevuld. † Begonnen binnen {increase_days} dagen na een dosisverhoging. Ochtenddosis / dosis voor de nacht: dagen aanwezig van de ingevulde dagen met een dosis ingenomen {morning} / {bedtime}.</translation>
    </message>
    <message>
        <source>Morning or bedtime dose.</source>
        <translation>Dosis &apos;s ochtends of voor het slapengaan.</translation>
    </message>
    <message>
        <source>5. Other medications and clinic results</source>
        <translation>5. Andere medicatie en klinische uitslagen</translation>
    </message>
    <message>
        <source>Opioid analgesic during the LDN course: {warning}</source>
        <translation>Opioïde pijnstiller tijdens de LDN-behandeling: {warning}</translation>
    </message>
    <message>
        <source>Other medications</source>
        <translation>Andere medicatie</translation>
    </message>
    <message>
        <source>ongoing</source>
        <comment>a medication not stopped</comment>
        <translation>loopt nog</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicatie</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of medication</comment>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>No other medications recorded.</source>
        <translation>Geen andere medicatie ingevuld.</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>a clinic visit</comment>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>CRP (mg/L)</source>
        <translation>CRP (mg/l)</translation>
    </message>
    <message>
        <source>Endoscopic score</source>
        <translation>Endoscopische score</translation>
    </message>
    <message>
        <source>ALT (U/L)</source>
        <translation>ALAT (U/l)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Clinic results</source>
        <translation>Klinische uitslagen</translation>
    </message>
    <message>
        <source>No clinic results recorded for this period.</source>
        <translation>Geen klinische uitslagen ingevuld voor deze periode.</translation>
    </message>
    <message>
        <source>6. Diary completeness</source>
        <translation>6. Volledigheid van het dagboek</translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of %n day(s) recorded ({percent}); {missing} without an entry.</source>
        <translation>
            <numerusform>{recorded} van %n dag ingevuld ({percent}); {missing} zonder invoer.</numerusform>
            <numerusform>{recorded} van %n dagen ingevuld ({percent}); {missing} zonder invoer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient&apos;s notes</source>
        <translation>Notities van de patiënt</translation>
    </message>
    <message>
        <source>{date}: {note}</source>
        <comment>a note of the patient&apos;s</comment>
        <translation>{date}: {note}</translation>
    </message>
</context>
<context>
    <name>report.pdf</name>
    <message>
        <source>LDN Diary · patient-reported summary · page {page} of {pages}</source>
        <translation>LDN Diary · samenvatting van de patiënt · pagina {page} van {pages}</translation>
    </message>
</context>
<context>
    <name>response_commands</name>
    <message>
        <source>Course started {start}</source>
        <translation>Behandeling gestart op {start}</translation>
    </message>
    <message>
        <source>Course started {start}, day {day} on {date}</source>
        <translation>Behandeling gestart op {start}, dag {day} op {date}</translation>
    </message>
    <message>
        <source>Course started {start}, not started on {date}</source>
        <translation>Behandeling gestart op {start}, op {date} nog niet begonnen</translation>
    </message>
    <message>
        <source>Result: {result} (in the study: {meaning})</source>
        <translation>Uitkomst: {result} (in de studie: {meaning})</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Uitkomst: {result}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Volgende stap: {step}</translation>
    </message>
    <message>
        <source>week {week} {mean}</source>
        <translation>week {week} {mean}</translation>
    </message>
    <message>
        <source>week {week} not enough data</source>
        <translation>week {week} te weinig gegevens</translation>
    </message>
    <message>
        <source>week {week} {mean} ({change})</source>
        <translation>week {week} {mean} ({change})</translation>
    </message>
    <message>
        <source>Visits (mean activity): {visits}</source>
        <translation>Controles (gemiddelde activiteit): {visits}</translation>
    </message>
</context>
<context>
    <name>score_commands</name>
    <message>
        <source>{examples}; ... or {none}</source>
        <translation>{examples}; ... of {none}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>te weinig gegevens</translation>
    </message>
    <message>
        <source>{score} ({source}): {value} on {date}; baseline {baseline}</source>
        <translation>{score} ({source}): {value} op {date}; uitgangswaarde {baseline}</translation>
    </message>
    <message>
        <source>{score} ({source}): {value}; baseline {baseline}</source>
        <translation>{score} ({source}): {value}; uitgangswaarde {baseline}</translation>
    </message>
    <message>
        <source>remission: {answer}</source>
        <translation>remissie: {answer}</translation>
    </message>
    <message>
        <source>response: {answer}</source>
        <translation>respons: {answer}</translation>
    </message>
    <message>
        <source>band: {band}</source>
        <translation>categorie: {band}</translation>
    </message>
    <message>
        <source>Course started {start}</source>
        <translation>Behandeling gestart op {start}</translation>
    </message>
    <message>
        <source>No condition score items are recorded yet (see the profile to switch scores on).</source>
        <translation>Er zijn nog geen vragen voor ziektescores ingevuld (zet scores aan in het profiel).</translation>
    </message>
</context>
<context>
    <name>services.backups</name>
    <message>
        <source>--out: {folder} is not a folder</source>
        <translation>--out: {folder} is geen map</translation>
    </message>
    <message>
        <source>--out: {path} is the diary itself; choose another file</source>
        <translation>--out: {path} is het dagboek zelf; kies een ander bestand</translation>
    </message>
</context>
<context>
    <name>services.demo</name>
    <message>
        <source>Started LDN {dose} mg at bedtime.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Begonnen met LDN {dose} mg voor het slapengaan.</translation>
    </message>
    <message>
        <source>Very vivid dreams last night, woke up twice.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Vannacht heel levendige dromen, twee keer wakker geworden.</translation>
    </message>
    <message>
        <source>Up to {dose} mg.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Verhoogd naar {dose} mg.</translation>
    </message>
    <message>
        <source>Up to {dose} mg. Taking it in the morning now because of the dreams.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Verhoogd naar {dose} mg. Neem het nu &apos;s ochtends in vanwege de dromen.</translation>
    </message>
    <message>
        <source>Good week - walked to the shops and back.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Goede week - naar de winkels gelopen en terug.</translation>
    </message>
    <message>
        <source>Stomach bug at work, felt worse for a few days.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Buikgriep opgelopen op het werk, een paar dagen slechter gevoeld.</translation>
    </message>
    <message>
        <source>Mesalazine {dose} g</source>
        <comment>a medication of the demo diary</comment>
        <translation>Mesalazine {dose} g</translation>
    </message>
</context>
<context>
    <name>services.demo_cohort</name>
    <message>
        <source>{folder}: not a folder</source>
        <translation>{folder}: geen map</translation>
    </message>
    <message>
        <source>{folder} already holds {file}; choose an empty folder for the demo cohort</source>
        <translation>{folder} bevat al {file}; kies een lege map voor het demo-cohort</translation>
    </message>
</context>
<context>
    <name>services.entries</name>
    <message>
        <source>side effect {key} is not in your list</source>
        <translation>bijwerking {key} staat niet in uw lijst</translation>
    </message>
</context>
<context>
    <name>services.transfer</name>
    <message numerus="yes">
        <source>%n new day(s) would be added and {updated} updated</source>
        <translation>
            <numerusform>%n nieuwe dag zou worden toegevoegd en {updated} bijgewerkt</numerusform>
            <numerusform>%n nieuwe dagen zouden worden toegevoegd en {updated} bijgewerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 new day was added and {updated} updated</source>
        <translation>1 nieuwe dag is toegevoegd en {updated} bijgewerkt</translation>
    </message>
    <message>
        <source>{count} new days were added and {updated} updated</source>
        <translation>{count} nieuwe dagen zijn toegevoegd en {updated} bijgewerkt</translation>
    </message>
    <message>
        <source>new side effects: {names}</source>
        <translation>nieuwe bijwerkingen: {names}</translation>
    </message>
    <message>
        <source>treatment course starting {date}</source>
        <translation>behandeling vanaf {date}</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Er is niets opgeslagen (proefrun).</translation>
    </message>
    <message>
        <source>{name}: export to a file ending in .csv or .json (or .fhir.json for a clinic&apos;s FHIR system)</source>
        <translation>{name}: exporteer naar een bestand dat eindigt op .csv of .json (of .fhir.json voor het FHIR-systeem van een kliniek)</translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}: deze map bestaat niet</translation>
    </message>
    <message numerus="yes">
        <source>this diary already has %n day(s) recorded; the demo only fills an empty data folder (use --data-dir to choose another)</source>
        <translation>
            <numerusform>dit dagboek heeft al %n ingevulde dag; de demo vult alleen een lege gegevensmap (kies een andere met --data-dir)</numerusform>
            <numerusform>dit dagboek heeft al %n ingevulde dagen; de demo vult alleen een lege gegevensmap (kies een andere met --data-dir)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.treatment</name>
    <message>
        <source>there is no ongoing LDN course to stop</source>
        <translation>er is geen lopende LDN-behandeling om te stoppen</translation>
    </message>
    <message>
        <source>there is no course starting on {date}</source>
        <translation>er is geen behandeling die begint op {date}</translation>
    </message>
    <message>
        <source>{name} is not in your medication list</source>
        <translation>{name} staat niet in uw lijst met geneesmiddelen</translation>
    </message>
    <message>
        <source>there is no clinic result of {date} like that</source>
        <translation>er is geen zo&apos;n klinische uitslag van {date}</translation>
    </message>
</context>
<context>
    <name>store.backups</name>
    <message>
        <source>automatic, while you worked</source>
        <translation>automatisch, tijdens het werken</translation>
    </message>
    <message>
        <source>when the window closed</source>
        <translation>bij het sluiten van het venster</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>op verzoek gemaakt</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>voor een import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>voor het terugzetten</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>voor een upgrade</translation>
    </message>
    <message>
        <source>the damaged diary, set aside</source>
        <translation>het beschadigde dagboek, apart gezet</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 invoer</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <comment>the count is 0 or above 1</comment>
        <translation>{count} invoeren</translation>
    </message>
    <message>
        <source>copied here</source>
        <translation>hierheen gekopieerd</translation>
    </message>
    <message>
        <source>{entries}, last day {date}</source>
        <translation>{entries}, laatste dag {date}</translation>
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation>beschadigd, kan niet worden teruggezet</translation>
    </message>
    <message>
        <source>the copy of {source} failed its check: {problem}</source>
        <translation>de kopie van {source} is afgekeurd bij de controle: {problem}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>{source} could not be copied ({reason})</source>
        <translation>{source} kon niet worden gekopieerd ({reason})</translation>
    </message>
</context>
<context>
    <name>store.csv_file</name>
    <message>
        <source>activity {text} is not allowed; use a whole number from 0 to 10, or leave it empty</source>
        <translation>activity {text} is niet toegestaan; gebruik een heel getal van 0 tot en met 10, of laat het leeg</translation>
    </message>
    <message>
        <source>dose_taken {text} is not allowed; use yes or no (or y/n, true/false, 1/0, ja/nee, ja/nein), or leave it empty</source>
        <translation>dose_taken {text} is niet toegestaan; gebruik yes of no (of y/n, true/false, 1/0, ja/nee, ja/nein), of laat het leeg</translation>
    </message>
    <message>
        <source>line {line}: not a readable CSV row ({error})</source>
        <translation>regel {line}: geen leesbare CSV-rij ({error})</translation>
    </message>
    <message>
        <source>date {text} could be day or month first; use YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation>datum {text} kan met de dag of de maand beginnen; gebruik JJJJ-MM-DD, bijv. 2026-03-01</translation>
    </message>
    <message>
        <source>date {text} is not a day of the calendar; use YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation>datum {text} is geen dag van de kalender; gebruik JJJJ-MM-DD, bijv. 2026-03-01</translation>
    </message>
    <message>
        <source>dose_mg {text} is not allowed; use a number of mg from {low} to {high}, or leave it empty</source>
        <translation>dose_mg {text} is niet toegestaan; gebruik een aantal mg van {low} tot en met {high}, of laat het leeg</translation>
    </message>
    <message>
        <source>line 1: the header has {columns} columns; a diary has at most {most}</source>
        <translation>regel 1: de kopregel heeft {columns} kolommen; een dagboek heeft er hoogstens {most}</translation>
    </message>
    <message>
        <source>line 1: there is no &apos;date&apos; column; it is required</source>
        <translation>regel 1: er is geen kolom &apos;date&apos;; die is verplicht</translation>
    </message>
    <message>
        <source>line 1, column {column}: the header is empty; name every column</source>
        <translation>regel 1, kolom {column}: de kop is leeg; geef elke kolom een naam</translation>
    </message>
    <message>
        <source>line 1: column {column} appears twice</source>
        <translation>regel 1: kolom {column} komt twee keer voor</translation>
    </message>
    <message>
        <source>line 1: column {column} is the same side effect as column {other}</source>
        <translation>regel 1: kolom {column} is dezelfde bijwerking als kolom {other}</translation>
    </message>
    <message>
        <source>date is empty; every row needs a date (YYYY-MM-DD)</source>
        <translation>date is leeg; elke rij heeft een datum nodig (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>date {date} is already on line {line}; one row per day</source>
        <translation>datum {date} staat al op regel {line}; één rij per dag</translation>
    </message>
    <message>
        <source>column {column}: {value} is not allowed; use a severity 0 none, 1 mild, 2 moderate or 3 severe, or leave it empty</source>
        <translation>kolom {column}: {value} is niet toegestaan; gebruik een ernst 0 geen, 1 licht, 2 matig of 3 ernstig, of laat het leeg</translation>
    </message>
    <message>
        <source>column {column}: {problem}</source>
        <translation>kolom {column}: {problem}</translation>
    </message>
    <message>
        <source>the file is empty; the first row must be a header with a &apos;date&apos; column</source>
        <translation>het bestand is leeg; de eerste rij moet een kopregel zijn met een kolom &apos;date&apos;</translation>
    </message>
    <message>
        <source>line {line}: {cells} cells but the header has {columns} columns</source>
        <translation>regel {line}: {cells} cellen, maar de kopregel heeft {columns} kolommen</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>regel {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>store.database</name>
    <message>
        <source>This diary was written by a newer version of {app} (schema {schema}). Please update the app; the diary was left untouched.</source>
        <translation>Dit dagboek is geschreven door een nieuwere versie van {app} (schema {schema}). Werk de app bij; het dagboek is niet aangeraakt.</translation>
    </message>
    <message>
        <source>The diary could not be backed up before its upgrade ({error}); it was left untouched.</source>
        <translation>Er kon voor de upgrade geen reservekopie van het dagboek worden gemaakt ({error}); het is niet aangeraakt.</translation>
    </message>
</context>
<context>
    <name>store.files</name>
    <message>
        <source>{path} was not written: {reason}</source>
        <translation>{path} is niet geschreven: {reason}</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>de schijf is vol; maak ruimte vrij en probeer het opnieuw</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder or a device); choose a file name</source>
        <translation>het is geen gewoon bestand (een map of een apparaat); kies een bestandsnaam</translation>
    </message>
    <message>
        <source>the file came out shorter than it should be</source>
        <translation>het bestand is korter geworden dan het hoort te zijn</translation>
    </message>
</context>
<context>
    <name>store.integrity</name>
    <message>
        <source>{problem} It was left untouched.</source>
        <translation>{problem} Het is niet aangeraakt.</translation>
    </message>
    <message>
        <source>If you never kept a diary in this folder, delete {path} and a new diary is started.</source>
        <translation>Als u in deze map nooit een dagboek hebt bijgehouden, verwijder dan {path}; er wordt dan een nieuw dagboek gestart.</translation>
    </message>
    <message>
        <source>Keep the file: a specialist may rescue some of it.</source>
        <translation>Bewaar het bestand: een specialist kan er misschien iets van redden.</translation>
    </message>
    <message>
        <source>{path} is not a readable LDN Diary file: it holds text, not a database.</source>
        <translation>{path} is geen leesbaar LDN Diary-bestand: het bevat tekst, geen database.</translation>
    </message>
    <message>
        <source>{path} is not a readable LDN Diary file: it is not a database file.</source>
        <translation>{path} is geen leesbaar LDN Diary-bestand: het is geen databasebestand.</translation>
    </message>
    <message numerus="yes">
        <source>{path} is cut short: it has only %n byte(s) left.</source>
        <translation>
            <numerusform>{path} is afgebroken: er is nog maar %n byte van over.</numerusform>
            <numerusform>{path} is afgebroken: er zijn nog maar %n bytes van over.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is cut short: it has {size} of the {expected} bytes it should have (perhaps a copy or a save was interrupted).</source>
        <translation>{path} is afgebroken: het heeft {size} van de {expected} bytes die het hoort te hebben (misschien is een kopie of het opslaan onderbroken).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} bestaat niet.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation>{path} kan niet worden gelezen ({error}).</translation>
    </message>
    <message>
        <source>{path} has lost its newest changes: they were kept in {wal}, which is missing or cut short (perhaps a copy or a sync tool left it out). Put that file back beside it; or, to use the diary as the file alone holds it, delete {shm}.</source>
        <translation>{path} is de nieuwste wijzigingen kwijt: die stonden in {wal}, dat ontbreekt of is afgebroken (misschien heeft een kopie of een synchronisatieprogramma het overgeslagen). Zet dat bestand er weer naast; of verwijder {shm} om het dagboek te gebruiken zoals het bestand zelf het bevat.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it holds no diary.</source>
        <translation>{path} is leeg (0 bytes): het bevat geen dagboek.</translation>
    </message>
    <message>
        <source>{path} is damaged: its unfinished last change cannot be undone.</source>
        <translation>{path} is beschadigd: de onvoltooide laatste wijziging kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>{path} is damaged: its unfinished last change cannot be undone ({error}).</source>
        <translation>{path} is beschadigd: de onvoltooide laatste wijziging kan niet ongedaan worden gemaakt ({error}).</translation>
    </message>
    <message>
        <source>{path} cannot be checked right now ({error}).</source>
        <translation>{path} kan nu niet worden gecontroleerd ({error}).</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({error}).</source>
        <translation>{path} kan niet worden geopend ({error}).</translation>
    </message>
    <message>
        <source>{path} is damaged: SQLite&apos;s check found {found}.</source>
        <translation>{path} is beschadigd: de controle van SQLite vond {found}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not an LDN Diary.</source>
        <translation>{path} is een SQLite-bestand, maar geen LDN Diary.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problem}.</source>
        <translation>{path} is beschadigd: {problem}.</translation>
    </message>
    <message>
        <source>{path} cannot be read right now ({error}).</source>
        <translation>{path} kan nu niet worden gelezen ({error}).</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}).</source>
        <translation>{path} is beschadigd ({error}).</translation>
    </message>
    <message>
        <source>{path} is damaged (its table list cannot be read).</source>
        <translation>{path} is beschadigd (de lijst met tabellen kan niet worden gelezen).</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed; check who may read the file, or try again.</source>
        <translation>{problem} Er is niets veranderd; controleer wie het bestand mag lezen, of probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{path} holds no diary: it is empty (0 bytes). If the app was stopped suddenly, its companion file {wal} may have been lost.</source>
        <translation>{path} bevat geen dagboek: het is leeg (0 bytes). Als de app plotseling is gestopt, is het bijbehorende bestand {wal} misschien verloren gegaan.</translation>
    </message>
    <message>
        <source>{path} holds no diary: it is a database with nothing in it. If the app was stopped suddenly, its companion file {wal} may have been lost.</source>
        <translation>{path} bevat geen dagboek: het is een lege database. Als de app plotseling is gestopt, is het bijbehorende bestand {wal} misschien verloren gegaan.</translation>
    </message>
</context>
<context>
    <name>store.json_file</name>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}: een object verwacht</translation>
    </message>
    <message>
        <source>{where}: {value} has the wrong type</source>
        <translation>{where}: {value} heeft het verkeerde type</translation>
    </message>
    <message>
        <source>{where}: the number is far too large (or not a number)</source>
        <translation>{where}: het getal is veel te groot (of geen getal)</translation>
    </message>
    <message>
        <source>{where}: expected a list</source>
        <translation>{where}: een lijst verwacht</translation>
    </message>
    <message>
        <source>line {line}: not valid JSON ({error})</source>
        <translation>regel {line}: geen geldige JSON ({error})</translation>
    </message>
    <message>
        <source>the JSON is nested far too deeply to be a diary export</source>
        <translation>de JSON is veel te diep genest voor een dagboekexport</translation>
    </message>
    <message>
        <source>not a readable diary export ({error})</source>
        <translation>geen leesbare dagboekexport ({error})</translation>
    </message>
    <message>
        <source>not an LDN Diary export: the JSON has no &apos;format_version&apos;</source>
        <translation>geen export van LDN Diary: de JSON heeft geen &apos;format_version&apos;</translation>
    </message>
    <message>
        <source>format_version {found} is not supported; this version reads {supported} (the file comes from a newer LDN Diary: update this one to read it)</source>
        <translation>format_version {found} wordt niet ondersteund; deze versie leest {supported} (het bestand komt van een nieuwere LDN Diary: werk deze bij om het te lezen)</translation>
    </message>
    <message>
        <source>format_version {found} is not supported; this version reads {supported}</source>
        <translation>format_version {found} wordt niet ondersteund; deze versie leest {supported}</translation>
    </message>
    <message>
        <source>{where}: required (YYYY-MM-DD)</source>
        <translation>{where}: verplicht (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>{where}: {value} is not allowed; use 0, 1, 2 or 3</source>
        <translation>{where}: {value} is niet toegestaan; gebruik 0, 1, 2 of 3</translation>
    </message>
    <message>
        <source>{where}: use one of {choices}</source>
        <translation>{where}: gebruik een van {choices}</translation>
    </message>
    <message>
        <source>{where}: a list of complication names is needed</source>
        <translation>{where}: er is een lijst met namen van complicaties nodig</translation>
    </message>
    <message>
        <source>{where}: a list of score names is needed</source>
        <translation>{where}: er is een lijst met namen van scores nodig</translation>
    </message>
</context>
<context>
    <name>store.lock</name>
    <message>
        <source>process {pid} on {host}</source>
        <translation>proces {pid} op {host}</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>proces {pid}</translation>
    </message>
    <message>
        <source>another process on {host}</source>
        <translation>een ander proces op {host}</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>een ander proces</translation>
    </message>
    <message>
        <source>The diary in {folder} is already open in the {app} window ({holder}). Close the window first; nothing was changed.</source>
        <translation>Het dagboek in {folder} is al geopend in het venster van {app} ({holder}). Sluit eerst het venster; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The diary in {folder} is already open in the {app} window. Close the window first; nothing was changed.</source>
        <translation>Het dagboek in {folder} is al geopend in het venster van {app}. Sluit eerst het venster; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The diary in {folder} is being changed by another ldn-diary command ({holder}). Try again when it has finished; nothing was changed.</source>
        <translation>Het dagboek in {folder} wordt gewijzigd door een andere ldn-diary-opdracht ({holder}). Probeer het opnieuw als die klaar is; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} is a link, not the app&apos;s lock file (someone may have put it there); nothing was changed. Delete it and try again.</source>
        <translation>{path} is een koppeling, niet het vergrendelbestand van de app (iemand heeft het daar misschien neergezet); er is niets veranderd. Verwijder het en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>store.restore</name>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: bestand bestaat niet</translation>
    </message>
    <message>
        <source>it</source>
        <comment>the backup file, in a sentence about it in place of its path</comment>
        <translation>het bestand</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {problem}</source>
        <translation>{file} kan niet worden teruggezet: {problem}</translation>
    </message>
    <message>
        <source>{file} cannot be restored: it holds no diary</source>
        <translation>{file} kan niet worden teruggezet: het bevat geen dagboek</translation>
    </message>
    <message>
        <source>{file} cannot be restored: it was written by a newer version of the app (schema {schema}); update the app first</source>
        <translation>{file} kan niet worden teruggezet: het is geschreven door een nieuwere versie van de app (schema {schema}); werk eerst de app bij</translation>
    </message>
</context>
<context>
    <name>store.transfer</name>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: bestand bestaat niet</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: kan niet worden gelezen ({error})</translation>
    </message>
    <message>
        <source>{file}: the file is larger than {size} MB, far more than a diary (25 years of days are under 5 MB); is it the right file?</source>
        <translation>{file}: het bestand is groter dan {size} MB, veel meer dan een dagboek (25 jaar aan dagen is minder dan 5 MB); is het het juiste bestand?</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text (byte {byte}); save it as UTF-8 and try again</source>
        <translation>{file}: geen UTF-8-tekst (byte {byte}); sla het op als UTF-8 en probeer het opnieuw</translation>
    </message>
</context>
<context>
    <name>store.value_checks</name>
    <message numerus="yes">
        <source>%n date(s) in {column} cannot be read</source>
        <translation>
            <numerusform>%n datum in {column} kan niet worden gelezen</numerusform>
            <numerusform>%n datums in {column} kunnen niet worden gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in {column} cannot be read</source>
        <translation>
            <numerusform>%n tijd in {column} kan niet worden gelezen</numerusform>
            <numerusform>%n tijden in {column} kunnen niet worden gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 medication category cannot be read</source>
        <translation>1 medicatiesoort kan niet worden gelezen</translation>
    </message>
    <message>
        <source>{count} medication categories cannot be read</source>
        <comment>the count is above 1</comment>
        <translation>{count} medicatiesoorten kunnen niet worden gelezen</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) cannot be read</source>
        <translation>
            <numerusform>%n instelling kan niet worden gelezen</numerusform>
            <numerusform>%n instellingen kunnen niet worden gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row of {table} holds a value of the wrong kind</source>
        <translation>1 rij van {table} bevat een waarde van de verkeerde soort</translation>
    </message>
    <message>
        <source>{count} rows of {table} hold a value of the wrong kind</source>
        <comment>the count is above 1</comment>
        <translation>{count} rijen van {table} bevatten een waarde van de verkeerde soort</translation>
    </message>
    <message>
        <source>1 row of {table} breaks the rule {rule}</source>
        <translation>1 rij van {table} overtreedt de regel {rule}</translation>
    </message>
    <message>
        <source>{count} rows of {table} break the rule {rule}</source>
        <comment>the count is above 1</comment>
        <translation>{count} rijen van {table} overtreden de regel {rule}</translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <source>{app} needs a desktop session to open its window (DISPLAY is not set).</source>
        <translation>{app} heeft een bureaubladsessie nodig om zijn venster te openen (DISPLAY is niet ingesteld).</translation>
    </message>
    <message>
        <source>{app} needs some system libraries to open its window. Install them with:
    {command}</source>
        <translation>{app} heeft enkele systeembibliotheken nodig om zijn venster te openen. Installeer ze met:
    {command}</translation>
    </message>
    <message>
        <source>{app} could not load Qt ({reason}). Reinstall it with: {command}</source>
        <translation>{app} kon Qt niet laden ({reason}). Installeer het opnieuw met: {command}</translation>
    </message>
    <message>
        <source>Your diary is already open in another {app} window. Switch to that window (it may be minimised or behind other windows).</source>
        <translation>Uw dagboek is al geopend in een ander venster van {app}. Ga naar dat venster (het is misschien geminimaliseerd of staat achter andere vensters).</translation>
    </message>
    <message>
        <source>The diary folder cannot be used: {reason}</source>
        <translation>De map van het dagboek kan niet worden gebruikt: {reason}</translation>
    </message>
    <message>
        <source>Your diary could not be opened.

{reason}</source>
        <translation>Uw dagboek kon niet worden geopend.

{reason}</translation>
    </message>
</context>
<context>
    <name>ui.auto_backup</name>
    <message>
        <source>Your diary is saved, but it could not be backed up: {reason}.</source>
        <translation>Uw dagboek is opgeslagen, maar er kon geen reservekopie van worden gemaakt: {reason}.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Reservekopie mislukt</translation>
    </message>
    <message>
        <source>The app will try again later.</source>
        <translation>De app probeert het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>ui.calendar</name>
    <message>
        <source>Calendar: days in bold have an entry</source>
        <translation>Kalender: vetgedrukte dagen hebben een invoer</translation>
    </message>
</context>
<context>
    <name>ui.entry.banner</name>
    <message>
        <source>Can&apos;t remember</source>
        <translation>Weet ik niet meer</translation>
    </message>
    <message>
        <source>Leave this day empty; it is not offered again</source>
        <translation>Deze dag leeg laten; hij wordt niet opnieuw aangeboden</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the catch-up of missed days</comment>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop here; the days left are offered again later</source>
        <translation>Hier stoppen; de overige dagen worden later opnieuw aangeboden</translation>
    </message>
    <message>
        <source>Yesterday has no entry yet.</source>
        <translation>Gisteren heeft nog geen invoer.</translation>
    </message>
    <message>
        <source>Fill in yesterday</source>
        <translation>Gisteren invullen</translation>
    </message>
    <message>
        <source>The last {count} days have no entry yet.</source>
        <translation>De laatste {count} dagen hebben nog geen invoer.</translation>
    </message>
    <message>
        <source>The {count} days since {day} have no entry yet.</source>
        <translation>De {count} dagen sinds {day} hebben nog geen invoer.</translation>
    </message>
    <message>
        <source>Fill in the {count} missed days</source>
        <translation>De {count} gemiste dagen invullen</translation>
    </message>
    <message>
        <source>Neither has today.</source>
        <comment>after: the missed days have no entry yet</comment>
        <translation>Vandaag ook niet.</translation>
    </message>
    <message>
        <source>Today has no entry yet.</source>
        <translation>Vandaag heeft nog geen invoer.</translation>
    </message>
    <message>
        <source>Fill in today</source>
        <translation>Vandaag invullen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed day {place} of {total}:&lt;/b&gt; {day}. Save it to go on to the next.</source>
        <translation>&lt;b&gt;Gemiste dag {place} van {total}:&lt;/b&gt; {day}. Sla hem op om verder te gaan met de volgende.</translation>
    </message>
    <message numerus="yes">
        <source>%n missed day(s) filled in, {left} left empty</source>
        <translation>
            <numerusform>%n gemiste dag ingevuld, {left} leeg gelaten</numerusform>
            <numerusform>%n gemiste dagen ingevuld, {left} leeg gelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed day(s) filled in</source>
        <translation>
            <numerusform>%n gemiste dag ingevuld</numerusform>
            <numerusform>%n gemiste dagen ingevuld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.entry.choice_frame</name>
    <message>
        <source>{question}: not answered</source>
        <translation>{question}: niet beantwoord</translation>
    </message>
    <message>
        <source>{question}: {answer}, {place} of {total}</source>
        <comment>a screen reader: Headache: mild, 2 of 4</comment>
        <translation>{question}: {answer}, {place} van {total}</translation>
    </message>
</context>
<context>
    <name>ui.entry.condition_items</name>
    <message>
        <source>Any of these today?</source>
        <comment>complications of Crohn&apos;s or colitis</comment>
        <translation>Vandaag een van deze?</translation>
    </message>
    <message>
        <source>How many liquid or very soft stools on {day}?</source>
        <translation>Hoe vaak had u op {day} waterdunne of zeer zachte ontlasting?</translation>
    </message>
    <message>
        <source>Tummy (abdominal) pain on {day}?</source>
        <translation>Buikpijn op {day}?</translation>
    </message>
    <message>
        <source>How well did you feel on {day}?</source>
        <translation>Hoe goed voelde u zich op {day}?</translation>
    </message>
    <message>
        <source>Blood in your stools on {day}?</source>
        <translation>Bloed bij de ontlasting op {day}?</translation>
    </message>
    <message>
        <source>Your average pain on {day}, from 0 (none) to 10 (worst imaginable)?</source>
        <translation>Uw gemiddelde pijn op {day}, van 0 (geen) tot 10 (ergst denkbaar)?</translation>
    </message>
    <message>
        <source>Any of these on {day}?</source>
        <comment>complications of Crohn&apos;s or colitis</comment>
        <translation>Een van deze op {day}?</translation>
    </message>
    <message>
        <source>Click again, or press Backspace, to leave it unanswered</source>
        <translation>Klik nogmaals of druk op Backspace om de vraag open te laten</translation>
    </message>
    <message>
        <source>A number from {low} to {high}; leave it empty if you did not count</source>
        <translation>Een getal van {low} tot {high}; laat het leeg als u niet hebt geteld</translation>
    </message>
    <message>
        <source>none of these</source>
        <comment>complications</comment>
        <translation>geen van deze</translation>
    </message>
    <message>
        <source>Complications: none</source>
        <translation>Complicaties: geen</translation>
    </message>
    <message>
        <source>Complication: {complication}</source>
        <translation>Complicatie: {complication}</translation>
    </message>
    <message>
        <source>Complications the last time</source>
        <translation>Complicaties de vorige keer</translation>
    </message>
    <message>
        <source>last time: {complications}</source>
        <translation>vorige keer: {complications}</translation>
    </message>
    <message>
        <source>last time: none</source>
        <comment>complications</comment>
        <translation>vorige keer: geen</translation>
    </message>
    <message>
        <source>{scores} and {last}</source>
        <comment>a list of scores: HBI and PRO2-CD</comment>
        <translation>{scores} en {last}</translation>
    </message>
    <message>
        <source>Questions for your {scores}   ({keys} jumps here)</source>
        <translation>Vragen voor uw {scores}   ({keys} springt hierheen)</translation>
    </message>
</context>
<context>
    <name>ui.entry.page</name>
    <message>
        <source>How active was your disease today?</source>
        <translation>Hoe actief was uw ziekte vandaag?</translation>
    </message>
    <message>
        <source>Side effects today</source>
        <translation>Bijwerkingen vandaag</translation>
    </message>
    <message>
        <source>How active was your disease on {day}?</source>
        <translation>Hoe actief was uw ziekte op {day}?</translation>
    </message>
    <message>
        <source>Side effects on {day}</source>
        <translation>Bijwerkingen op {day}</translation>
    </message>
    <message>
        <source>Unsaved changes — press Save day (Ctrl+S)</source>
        <translation>Niet-opgeslagen wijzigingen — klik op Dag opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>✓ Saved — {day}</source>
        <translation>✓ Opgeslagen — {day}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>This day was not marked</source>
        <translation>Deze dag is niet gemarkeerd</translation>
    </message>
    <message>
        <source>Stopped: {summary}</source>
        <comment>the catch-up of missed days</comment>
        <translation>Gestopt: {summary}</translation>
    </message>
    <message>
        <source>✓ Caught up: {summary}</source>
        <comment>the missed days</comment>
        <translation>✓ Ingehaald: {summary}</translation>
    </message>
    <message>
        <source>This day was not saved</source>
        <translation>Deze dag is niet opgeslagen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>You changed {day} but did not save it. Save it now?</source>
        <translation>U hebt {day} gewijzigd maar niet opgeslagen. Nu opslaan?</translation>
    </message>
</context>
<context>
    <name>ui.entry.parts</name>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Vorige dag</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorige dag (Alt+Pijl-links)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>the date of the entry with its weekday, as a Qt date pattern</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>Date of the entry</source>
        <translation>Datum van de invoer</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Volgende dag ▶</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Volgende dag (Alt+Pijl-rechts)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>go to today&apos;s entry</comment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>Naar vandaag (Alt+Home)</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Naar vandaag</translation>
    </message>
    <message>
        <source>How active was your disease</source>
        <comment>a screen reader, before the answer</comment>
        <translation>Hoe actief was uw ziekte</translation>
    </message>
    <message>
        <source>Activity {value}, {band}</source>
        <translation>Activiteit {value}, {band}</translation>
    </message>
    <message>
        <source>{value}: {band} (no symptoms)</source>
        <translation>{value}: {band} (geen klachten)</translation>
    </message>
    <message>
        <source>{value}: {band} (worst imaginable)</source>
        <translation>{value}: {band} (ergst denkbaar)</translation>
    </message>
    <message>
        <source>{value}: {band}</source>
        <comment>an activity value and its band: 2: mild</comment>
        <translation>{value}: {band}</translation>
    </message>
    <message>
        <source>0 = no symptoms at all, 10 = worst imaginable. Keys 0–9 choose; 1 then 0, or End, is 10.</source>
        <translation>0 = helemaal geen klachten, 10 = ergst denkbaar. Toetsen 0–9 kiezen; 1 en dan 0, of End, is 10.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Leave the activity empty (Backspace)</source>
        <translation>Activiteit leeg laten (Backspace)</translation>
    </message>
    <message>
        <source>Clear activity</source>
        <translation>Activiteit wissen</translation>
    </message>
    <message>
        <source>LDN dose</source>
        <translation>LDN-dosis</translation>
    </message>
    <message>
        <source> mg</source>
        <comment>the unit after the dose, with its space</comment>
        <translation> mg</translation>
    </message>
    <message>
        <source>no dose recorded</source>
        <translation>geen dosis ingevuld</translation>
    </message>
    <message>
        <source>Dose in milligrams</source>
        <translation>Dosis in milligram</translation>
    </message>
    <message>
        <source>Next step of your plan</source>
        <translation>Volgende stap van uw schema</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>the dose</comment>
        <translation>Ingenomen</translation>
    </message>
    <message>
        <source>Dose taken</source>
        <translation>Dosis ingenomen</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>the dose</comment>
        <translation>Niet ingenomen</translation>
    </message>
    <message>
        <source>Dose missed</source>
        <translation>Dosis niet ingenomen</translation>
    </message>
    <message>
        <source>Time the dose was taken</source>
        <translation>Tijdstip van inname</translation>
    </message>
    <message>
        <source>at</source>
        <comment>taken at 22:00</comment>
        <translation>om</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Anything worth remembering: a flare, a missed night&apos;s sleep, a new medicine…</source>
        <translation>Alles wat het onthouden waard is: een opvlamming, een slechte nacht, een nieuw medicijn…</translation>
    </message>
    <message>
        <source>{length} / {limit}  — too long</source>
        <comment>characters in the note</comment>
        <translation>{length} / {limit}  — te lang</translation>
    </message>
    <message>
        <source>{length} / {limit}</source>
        <comment>characters in the note</comment>
        <translation>{length} / {limit}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>Save day</source>
        <translation>Dag opslaan</translation>
    </message>
    <message>
        <source>Save this day (Ctrl+S)</source>
        <translation>Deze dag opslaan (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ui.entry.side_effect_rows</name>
    <message>
        <source>{side_effect}: {severity}</source>
        <translation>{side_effect}: {severity}</translation>
    </message>
    <message>
        <source>Edit list…</source>
        <translation>Lijst bewerken…</translation>
    </message>
    <message>
        <source>Add your own side effects or hide ones you never get</source>
        <translation>Eigen bijwerkingen toevoegen of bijwerkingen verbergen die u nooit hebt</translation>
    </message>
    <message>
        <source>Edit the side-effect list</source>
        <translation>De lijst met bijwerkingen bewerken</translation>
    </message>
</context>
<context>
    <name>ui.errors</name>
    <message>
        <source>Something went wrong, and part of the window may not show your latest changes. What you saved is kept in your diary. Restarting {app} shows it again; the details below help to fix this.</source>
        <translation>Er is iets misgegaan, en een deel van het venster toont misschien niet uw laatste wijzigingen. Wat u hebt opgeslagen, blijft in uw dagboek bewaard. Start {app} opnieuw om het weer te zien; de details hieronder helpen om dit op te lossen.</translation>
    </message>
    <message>
        <source>{kind}: {error}</source>
        <comment>an error&apos;s Python name and its message</comment>
        <translation>{kind}: {error}</translation>
    </message>
</context>
<context>
    <name>ui.export_choice</name>
    <message>
        <source>Spreadsheet: your days, one row each</source>
        <translation>Spreadsheet: uw dagen, één rij per dag</translation>
    </message>
    <message>
        <source>Everything, for a backup or another computer</source>
        <translation>Alles, voor een reservekopie of een andere computer</translation>
    </message>
    <message>
        <source>FHIR R4, for your clinic&apos;s record system</source>
        <translation>FHIR R4, voor het dossiersysteem van uw kliniek</translation>
    </message>
</context>
<context>
    <name>ui.file_menu</name>
    <message>
        <source>Import a diary file</source>
        <translation>Een dagboekbestand importeren</translation>
    </message>
    <message>
        <source>Diary files (*.csv *.json)</source>
        <translation>Dagboekbestanden (*.csv *.json)</translation>
    </message>
    <message>
        <source>{file} was not imported</source>
        <translation>{file} is niet geïmporteerd</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message>
        <source>Importing {file}: {changes}

Import it now?</source>
        <translation>{file} importeren: {changes}

Nu importeren?</translation>
    </message>
    <message>
        <source>Import?</source>
        <translation>Importeren?</translation>
    </message>
    <message>
        <source>Imported {file}: {changes}</source>
        <translation>{file} geïmporteerd: {changes}</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; looks like &apos;{known}&apos;</source>
        <translation>&apos;{column}&apos; lijkt op &apos;{known}&apos;</translation>
    </message>
    <message>
        <source>Some columns of the file look misspelled:

{columns}

Fix their names in the file and import it again, or add them as side effects of your own.</source>
        <translation>Sommige kolommen van het bestand lijken verkeerd gespeld:

{columns}

Verbeter hun namen in het bestand en importeer het opnieuw, of voeg ze toe als uw eigen bijwerkingen.</translation>
    </message>
    <message>
        <source>Misspelled columns?</source>
        <translation>Verkeerd gespelde kolommen?</translation>
    </message>
    <message>
        <source>Add as my own side effects</source>
        <translation>Toevoegen als mijn eigen bijwerkingen</translation>
    </message>
    <message>
        <source>Export the diary</source>
        <translation>Het dagboek exporteren</translation>
    </message>
    <message>
        <source>The diary was not exported</source>
        <translation>Het dagboek is niet geëxporteerd</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to {file}</source>
        <translation>
            <numerusform>%n dag geëxporteerd naar {file}</numerusform>
            <numerusform>%n dagen geëxporteerd naar {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name in the file?</source>
        <translation>Uw naam in het bestand?</translation>
    </message>
    <message>
        <source>Put your name and date of birth in the file for your clinic? Without them the file says nothing about who you are.</source>
        <translation>Uw naam en geboortedatum opnemen in het bestand voor uw kliniek? Zonder deze gegevens zegt het bestand niets over wie u bent.</translation>
    </message>
</context>
<context>
    <name>ui.history_page</name>
    <message>
        <source>Diary history</source>
        <translation>Geschiedenis van het dagboek</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) recorded from {first} to {last}. Double-click a day (or press Enter) to open it.</source>
        <translation>
            <numerusform>%n dag ingevuld van {first} tot {last}. Dubbelklik op een dag (of druk op Enter) om hem te openen.</numerusform>
            <numerusform>%n dagen ingevuld van {first} tot {last}. Dubbelklik op een dag (of druk op Enter) om hem te openen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No days recorded yet. Your entries will be listed here, newest first.</source>
        <translation>Nog geen dagen ingevuld. Uw invoer verschijnt hier, de nieuwste bovenaan.</translation>
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
    <name>ui.main_window</name>
    <message>
        <source>Your diary is kept on this computer only, in {folder}</source>
        <translation>Uw dagboek wordt alleen op deze computer bewaard, in {folder}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <comment>a page of the window and its shortcut</comment>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Medication note</source>
        <translation>Opmerking over medicatie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Terugzetten vanuit een reservekopie…</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Dagboek</translation>
    </message>
    <message>
        <source>&amp;Side-effect list…</source>
        <translation>Lijst met &amp;bijwerkingen…</translation>
    </message>
    <message>
        <source>&amp;Response thresholds…</source>
        <translation>Drempels voor &amp;respons…</translation>
    </message>
    <message>
        <source>Re&amp;minders…</source>
        <translation>&amp;Herinneringen…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Taal…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Over {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;About your painkillers.&lt;/b&gt; {warning}</source>
        <translation>&lt;b&gt;Over uw pijnstillers.&lt;/b&gt; {warning}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;A symptom diary for people taking low-dose naltrexone. Everything you record stays on this computer.&lt;/p&gt;&lt;p&gt;Your diary folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;Een symptoomdagboek voor mensen die laaggedoseerde naltrexon gebruiken. Alles wat u invult, blijft op deze computer.&lt;/p&gt;&lt;p&gt;Uw dagboekmap: {folder}&lt;/p&gt;</translation>
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
    <name>ui.page_list</name>
    <message>
        <source>Today&apos;s entry</source>
        <translation>Invoer van vandaag</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Bijwerkingen</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Samenvatting</translation>
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
    <name>ui.report_page</name>
    <message>
        <source>US Letter</source>
        <comment>a paper size</comment>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>First day of the summary</source>
        <translation>Eerste dag van de samenvatting</translation>
    </message>
    <message>
        <source>Last day of the summary</source>
        <translation>Laatste dag van de samenvatting</translation>
    </message>
    <message>
        <source>This course</source>
        <translation>Deze behandeling</translation>
    </message>
    <message>
        <source>Summarise the current course</source>
        <translation>De huidige behandeling samenvatten</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Mijn notities opnemen</translation>
    </message>
    <message>
        <source>Include my name and date of birth</source>
        <translation>Mijn naam en geboortedatum opnemen</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>Summary language</source>
        <translation>Taal van de samenvatting</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Zoals het venster</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation>De samenvatting opslaan als pdf-bestand</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>Opslaan als pdf (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>De samenvatting afdrukken</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Summary status</source>
        <translation>Status van de samenvatting</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Voorbeeld van de samenvatting</translation>
    </message>
    <message>
        <source>Pages of the summary</source>
        <translation>Pagina&apos;s van de samenvatting</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a period: From [date] to [date]</comment>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <comment>the last day of a period: From [date] to [date]</comment>
        <translation>tot</translation>
    </message>
    <message>
        <source>Summary &amp;language</source>
        <translation>&amp;Taal van de samenvatting</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>{verdict}. Nothing personal is printed unless you tick it.</source>
        <translation>{verdict}. Er wordt niets persoonlijks afgedrukt, tenzij u het aanvinkt.</translation>
    </message>
    <message>
        <source>No LDN course in this period. Nothing personal is printed unless you tick it.</source>
        <translation>Geen LDN-behandeling in deze periode. Er wordt niets persoonlijks afgedrukt, tenzij u het aanvinkt.</translation>
    </message>
    <message>
        <source>LDN summary {date}</source>
        <comment>the PDF&apos;s file name</comment>
        <translation>LDN-samenvatting {date}</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>De samenvatting opslaan</translation>
    </message>
    <message>
        <source>The summary could not be saved</source>
        <translation>De samenvatting kon niet worden opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>%n pagina opgeslagen in {path}.</numerusform>
            <numerusform>%n pagina&apos;s opgeslagen in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.response_panel</name>
    <message>
        <source>Is LDN working?</source>
        <translation>Werkt LDN?</translation>
    </message>
    <message>
        <source>Progress through the first 4 weeks</source>
        <translation>Voortgang in de eerste 4 weken</translation>
    </message>
    <message>
        <source>Weeks of improvement, out of 12</source>
        <translation>Weken met verbetering, van de 12</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Drempels…</translation>
    </message>
    <message>
        <source>What counts as an improvement</source>
        <translation>Wat telt als een verbetering</translation>
    </message>
    <message>
        <source>Response thresholds</source>
        <translation>Drempels voor respons</translation>
    </message>
    <message>
        <source>No LDN course yet</source>
        <translation>Nog geen LDN-behandeling</translation>
    </message>
    <message>
        <source>Your course starts on the first day you record a dose as taken. Recording your activity for a few days before that gives the baseline to compare with.</source>
        <translation>Uw behandeling begint op de eerste dag dat u een dosis als ingenomen invult. Als u in de dagen daarvoor uw activiteit invult, krijgt u de uitgangswaarde om mee te vergelijken.</translation>
    </message>
    <message>
        <source>Day {day} of your course (started {start}), judged on your diary up to {as_of}</source>
        <translation>Dag {day} van uw behandeling (gestart op {start}), beoordeeld op uw dagboek tot en met {as_of}</translation>
    </message>
    <message>
        <source>Day {day} of your course (started {start})</source>
        <translation>Dag {day} van uw behandeling (gestart op {start})</translation>
    </message>
    <message>
        <source>Course starts {start}</source>
        <translation>Behandeling begint op {start}</translation>
    </message>
    <message>
        <source>First 4 weeks: ✓ improved by day {day}</source>
        <translation>Eerste 4 weken: ✓ verbeterd op dag {day}</translation>
    </message>
    <message>
        <source>improved</source>
        <comment>on a progress bar: the first 4 weeks brought an improvement</comment>
        <translation>verbeterd</translation>
    </message>
    <message>
        <source>First 4 weeks: looking for an improvement</source>
        <translation>Eerste 4 weken: nog geen verbetering gezien</translation>
    </message>
    <message>
        <source>day {day} of {days}</source>
        <comment>on a progress bar: day 9 of 28</comment>
        <translation>dag {day} van {days}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): 12 weeks reached</source>
        <translation>
            <numerusform>%n dag: 12 weken bereikt</numerusform>
            <numerusform>%n dagen: 12 weken bereikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{days} of %n day(s)</source>
        <comment>on a progress bar: 34 of 84 days</comment>
        <translation>
            <numerusform>{days} van %n dag</numerusform>
            <numerusform>{days} van %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Improvement lasting 4 weeks (response) and 12 weeks (long-lasting):</source>
        <translation>Verbetering die 4 weken aanhoudt (respons) en 12 weken (langdurig):</translation>
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
    <name>ui.side_effects.model</name>
    <message>
        <source>Side effect</source>
        <translation>Bijwerking</translation>
    </message>
    <message>
        <source>Days felt
of recorded</source>
        <translation>Dagen gevoeld
van ingevuld</translation>
    </message>
    <message>
        <source>Highest</source>
        <comment>the highest severity</comment>
        <translation>Hoogste</translation>
    </message>
    <message>
        <source>First felt</source>
        <translation>Eerst gevoeld</translation>
    </message>
    <message>
        <source>Last felt</source>
        <translation>Laatst gevoeld</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Verdwenen</translation>
    </message>
    <message>
        <source>With a
morning dose</source>
        <translation>Met een
ochtenddosis</translation>
    </message>
    <message>
        <source>With a
bedtime dose</source>
        <translation>Met een dosis voor
het slapengaan</translation>
    </message>
    <message>
        <source>Began after a
dose increase</source>
        <translation>Begonnen na
een dosisverhoging</translation>
    </message>
    <message>
        <source>Days the side effect was felt, out of the days it was recorded (felt or not)</source>
        <translation>Dagen waarop de bijwerking werd gevoeld, van de dagen waarop ze is ingevuld (gevoeld of niet)</translation>
    </message>
    <message>
        <source>The highest severity recorded: mild, moderate or severe</source>
        <translation>De hoogste ernst die is ingevuld: licht, matig of ernstig</translation>
    </message>
    <message>
        <source>Resolved: not felt on any of the last {days} days it was recorded</source>
        <translation>Verdwenen: op geen van de laatste {days} ingevulde dagen gevoeld</translation>
    </message>
    <message>
        <source>Days felt out of the days recorded with a dose taken in the morning ({hours})</source>
        <translation>Dagen gevoeld, van de ingevulde dagen met een dosis in de ochtend ({hours})</translation>
    </message>
    <message>
        <source>Days felt out of the days recorded with a dose taken at bedtime ({hours})</source>
        <translation>Dagen gevoeld, van de ingevulde dagen met een dosis voor het slapengaan ({hours})</translation>
    </message>
    <message>
        <source>Whether it was first felt within {days} days after the dose went up</source>
        <translation>Of ze voor het eerst werd gevoeld binnen {days} dagen na een dosisverhoging</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>resolved</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>resolved</comment>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>began after a dose increase</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <comment>began after a dose increase</comment>
        <translation>nee</translation>
    </message>
    <message>
        <source>(day {day} of LDN)</source>
        <translation>(dag {day} met LDN)</translation>
    </message>
    <message>
        <source>{part} of {whole} ({percent})</source>
        <comment>days felt of days recorded</comment>
        <translation>{part} van {whole} ({percent})</translation>
    </message>
    <message>
        <source>{side_effect} was felt on {present} of the {recorded} days it was recorded</source>
        <translation>{side_effect} werd gevoeld op {present} van de {recorded} ingevulde dagen</translation>
    </message>
    <message>
        <source>Not felt on any of the last {days} days it was recorded</source>
        <translation>Op geen van de laatste {days} ingevulde dagen gevoeld</translation>
    </message>
    <message>
        <source>Resolved once it is not felt on {days} recorded days in a row</source>
        <translation>Verdwenen zodra ze op {days} ingevulde dagen achter elkaar niet is gevoeld</translation>
    </message>
    <message>
        <source>No days recorded with a morning dose ({hours})</source>
        <translation>Geen ingevulde dagen met een ochtenddosis ({hours})</translation>
    </message>
    <message>
        <source>Felt on {present} of {recorded} days with a morning dose ({hours})</source>
        <translation>Gevoeld op {present} van {recorded} dagen met een ochtenddosis ({hours})</translation>
    </message>
    <message>
        <source>No days recorded with a bedtime dose ({hours})</source>
        <translation>Geen ingevulde dagen met een dosis voor het slapengaan ({hours})</translation>
    </message>
    <message>
        <source>Felt on {present} of {recorded} days with a bedtime dose ({hours})</source>
        <translation>Gevoeld op {present} van {recorded} dagen met een dosis voor het slapengaan ({hours})</translation>
    </message>
    <message>
        <source>First felt within {days} days after a dose increase</source>
        <translation>Voor het eerst gevoeld binnen {days} dagen na een dosisverhoging</translation>
    </message>
    <message>
        <source>First felt not within {days} days after a dose increase, but within {days} days of starting LDN on {day}</source>
        <translation>Voor het eerst gevoeld niet binnen {days} dagen na een dosisverhoging, maar binnen {days} dagen na de start met LDN op {day}</translation>
    </message>
    <message>
        <source>First felt not within {days} days after a dose increase</source>
        <translation>Voor het eerst gevoeld niet binnen {days} dagen na een dosisverhoging</translation>
    </message>
    <message>
        <source>{side_effect} was first felt on a day without LDN, so LDN may not be the cause</source>
        <translation>{side_effect} werd voor het eerst gevoeld op een dag zonder LDN; LDN is dus misschien niet de oorzaak</translation>
    </message>
</context>
<context>
    <name>ui.side_effects.page</name>
    <message>
        <source>This course</source>
        <translation>Deze behandeling</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Laatste 4 weken</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Laatste 12 weken</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show this course</source>
        <translation>Deze behandeling tonen</translation>
    </message>
    <message>
        <source>Show last 4 weeks</source>
        <translation>Laatste 4 weken tonen</translation>
    </message>
    <message>
        <source>Show last 12 weeks</source>
        <translation>Laatste 12 weken tonen</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>No side effects recorded in this period.</source>
        <translation>Geen bijwerkingen ingevuld in deze periode.</translation>
    </message>
    <message>
        <source>No side effects</source>
        <translation>Geen bijwerkingen</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Therapietrouw</translation>
    </message>
    <message>
        <source>Dose levels</source>
        <translation>Doseringen</translation>
    </message>
    <message>
        <source>Side effects felt</source>
        <translation>Gevoelde bijwerkingen</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Doses</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Getoonde periode</translation>
    </message>
    <message>
        <source>Show:</source>
        <comment>before the period buttons</comment>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>There is no LDN course yet</source>
        <translation>Er is nog geen LDN-behandeling</translation>
    </message>
    <message>
        <source>Nothing recorded yet. The side effects you record each day will be summarised here.</source>
        <translation>Nog niets ingevuld. De bijwerkingen die u elke dag invult, worden hier samengevat.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Niets ingevuld in deze periode.</translation>
    </message>
    <message>
        <source>No doses recorded in this period.</source>
        <translation>Geen doses ingevuld in deze periode.</translation>
    </message>
    <message>
        <source>{period}: nothing recorded yet.</source>
        <translation>{period}: nog niets ingevuld.</translation>
    </message>
    <message>
        <source>{period}: {dates}.</source>
        <comment>a period and its dates</comment>
        <translation>{period}: {dates}.</translation>
    </message>
    <message>
        <source>{period}: {dates}, from the week before LDN started on {start}.</source>
        <translation>{period}: {dates}, vanaf de week voordat LDN begon op {start}.</translation>
    </message>
    <message>
        <source>{period}: {dates}, from the week before LDN started on {start} until it stopped on {end}.</source>
        <translation>{period}: {dates}, vanaf de week voordat LDN begon op {start} tot het stoppen op {end}.</translation>
    </message>
</context>
<context>
    <name>ui.side_effects.table</name>
    <message>
        <source>Side effects in this period</source>
        <translation>Bijwerkingen in deze periode</translation>
    </message>
</context>
<context>
    <name>ui.side_effects.timing</name>
    <message>
        <source>Morning or bedtime dose</source>
        <translation>Dosis &apos;s ochtends of voor het slapengaan</translation>
    </message>
    <message>
        <source>Morning or bedtime dose?</source>
        <translation>Dosis &apos;s ochtends of voor het slapengaan?</translation>
    </message>
    <message>
        <source>Morning and bedtime doses compared</source>
        <translation>Ochtenddoses en doses voor het slapengaan vergeleken</translation>
    </message>
    <message>
        <source>About this comparison</source>
        <translation>Over deze vergelijking</translation>
    </message>
    <message>
        <source>Talk to your prescriber before changing when you take LDN.</source>
        <translation>Overleg met uw voorschrijver voordat u het tijdstip van inname van LDN verandert.</translation>
    </message>
    <message>
        <source>In the LDN study, vivid dreams improved when the dose was taken in the morning instead of at bedtime. If {side_effects} trouble you, you could ask your prescriber about a morning dose.</source>
        <translation>In het LDN-onderzoek namen levendige dromen af als de dosis &apos;s ochtends werd ingenomen in plaats van voor het slapengaan. Hebt u last van {side_effects}, dan kunt u uw voorschrijver naar een ochtenddosis vragen.</translation>
    </message>
</context>
<context>
    <name>ui.side_effects.words</name>
    <message>
        <source>d MMM</source>
        <comment>a short date without the year, as a Qt date pattern</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <comment>a percentage: 96%</comment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>the end of a list: a, b and c</comment>
        <translation>{items} en {last}</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Niets ingevuld in deze periode.</translation>
    </message>
    <message numerus="yes">
        <source>Doses taken: {taken} of %n day(s) with a dose recorded ({percent}).</source>
        <translation>
            <numerusform>Doses ingenomen: {taken} van %n dag met een ingevulde dosis ({percent}).</numerusform>
            <numerusform>Doses ingenomen: {taken} van %n dagen met een ingevulde dosis ({percent}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No missed doses.</source>
        <translation>Geen doses overgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Missed dose(s): {days}.</source>
        <translation>
            <numerusform>Niet ingenomen dosis: {days}.</numerusform>
            <numerusform>Niet ingenomen doses: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed doses: {count}, the latest on {day}.</source>
        <translation>Niet ingenomen doses: {count}, de laatste op {day}.</translation>
    </message>
    <message>
        <source>Usual dose time: {timing} ({hours}).</source>
        <translation>Gebruikelijk tijdstip van inname: {timing} ({hours}).</translation>
    </message>
    <message>
        <source>Usual dose time: not known (no dose times recorded).</source>
        <translation>Gebruikelijk tijdstip van inname: onbekend (geen tijdstippen ingevuld).</translation>
    </message>
    <message>
        <source>No doses recorded in this period.</source>
        <translation>Geen doses ingevuld in deze periode.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded on {missing} of %n day(s) (diary {percent} complete).</source>
        <translation>
            <numerusform>Niets ingevuld op {missing} van %n dag (dagboek {percent} compleet).</numerusform>
            <numerusform>Niets ingevuld op {missing} van %n dagen (dagboek {percent} compleet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %n day(s) has an entry.</source>
        <translation>
            <numerusform>Elke dag heeft een invoer (%n dag).</numerusform>
            <numerusform>Elke dag heeft een invoer (%n dagen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose}: {dates} (%n day(s) recorded), above the usual low-dose range of up to {limit}</source>
        <translation>
            <numerusform>{dose}: {dates} (%n dag ingevuld), boven het gebruikelijke lage-dosisbereik van maximaal {limit}</numerusform>
            <numerusform>{dose}: {dates} (%n dagen ingevuld), boven het gebruikelijke lage-dosisbereik van maximaal {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose}: {dates} (%n day(s) recorded)</source>
        <translation>
            <numerusform>{dose}: {dates} (%n dag ingevuld)</numerusform>
            <numerusform>{dose}: {dates} (%n dagen ingevuld)</numerusform>
        </translation>
    </message>
    <message>
        <source>before LDN</source>
        <comment>a day before the first LDN course</comment>
        <translation>vóór LDN</translation>
    </message>
    <message>
        <source>off LDN</source>
        <comment>a day between LDN courses or after one</comment>
        <translation>zonder LDN</translation>
    </message>
</context>
<context>
    <name>ui.side_effects_dialog</name>
    <message>
        <source>Your side-effect list</source>
        <translation>Uw lijst met bijwerkingen</translation>
    </message>
    <message>
        <source>Tick the side effects to show on the entry page. Hiding one keeps every day you already recorded.</source>
        <translation>Vink de bijwerkingen aan die op de invoerpagina moeten staan. Als u er een verbergt, blijven alle dagen die u al hebt ingevuld bewaard.</translation>
    </message>
    <message>
        <source>Side effects shown on the entry page</source>
        <translation>Bijwerkingen op de invoerpagina</translation>
    </message>
    <message>
        <source>Add your own, e.g. Brain fog</source>
        <translation>Voeg uw eigen toe, bijv. Hersenmist</translation>
    </message>
    <message>
        <source>Name of a new side effect</source>
        <translation>Naam van een nieuwe bijwerking</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>add a side effect</comment>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add side effect</source>
        <translation>Bijwerking toevoegen</translation>
    </message>
    <message>
        <source>{side_effect}  (your own)</source>
        <comment>a side effect the user added</comment>
        <translation>{side_effect}  (eigen)</translation>
    </message>
    <message>
        <source>The side-effect list was not changed</source>
        <translation>De lijst met bijwerkingen is niet gewijzigd</translation>
    </message>
    <message>
        <source>The side effect was not added</source>
        <translation>De bijwerking is niet toegevoegd</translation>
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
        <source>{score} — {source}</source>
        <comment>a score and where it comes from</comment>
        <translation>{score} — {source}</translation>
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
    <name>ui.trends_page</name>
    <message>
        <source>4 weeks</source>
        <translation>4 weken</translation>
    </message>
    <message>
        <source>Show 4 weeks</source>
        <translation>4 weken tonen</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 weken</translation>
    </message>
    <message>
        <source>Show 12 weeks</source>
        <translation>12 weken tonen</translation>
    </message>
    <message>
        <source>This course</source>
        <translation>Deze behandeling</translation>
    </message>
    <message>
        <source>Show this course</source>
        <translation>Deze behandeling tonen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Legend of the chart</source>
        <translation>Legenda van de grafiek</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Trendgrafiek</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als tabel tonen</translation>
    </message>
    <message>
        <source>Show the chart&apos;s data as a table</source>
        <translation>De gegevens van de grafiek als tabel tonen</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a period: From [date] to [date]</comment>
        <translation>Van</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Eerste getoonde dag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Laatste getoonde dag</translation>
    </message>
    <message>
        <source>to</source>
        <comment>the last day of a period: From [date] to [date]</comment>
        <translation>tot</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>a button: show the dates chosen</comment>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show the chosen dates</source>
        <translation>De gekozen periode tonen</translation>
    </message>
    <message>
        <source>Point at a day in the chart to see its values.</source>
        <translation>Wijs een dag in de grafiek aan om de waarden te zien.</translation>
    </message>
    <message>
        <source>Values of the day under the pointer</source>
        <translation>Waarden van de dag onder de aanwijzer</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Wat de grafiek toont</translation>
    </message>
    <message>
        <source>The chart&apos;s data</source>
        <translation>De gegevens van de grafiek</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Als grafiek tonen</translation>
    </message>
    <message>
        <source>{day}: nothing recorded</source>
        <translation>{day}: niets ingevuld</translation>
    </message>
    <message>
        <source>activity —</source>
        <translation>activiteit —</translation>
    </message>
    <message>
        <source>activity {value} ({band})</source>
        <translation>activiteit {value} ({band})</translation>
    </message>
    <message>
        <source>7-day mean {mean}</source>
        <translation>gemiddelde over 7 dagen {mean}</translation>
    </message>
    <message>
        <source>{dose} missed</source>
        <translation>{dose} niet ingenomen</translation>
    </message>
    <message>
        <source>{dose} taken at {time}</source>
        <translation>{dose} ingenomen om {time}</translation>
    </message>
    <message>
        <source>{dose} taken</source>
        <translation>{dose} ingenomen</translation>
    </message>
</context>
<context>
    <name>ui.welcome_page</name>
    <message>
        <source>LDN Diary is a private diary for people taking low-dose naltrexone (LDN).</source>
        <translation>LDN Diary is een persoonlijk dagboek voor mensen die laaggedoseerde naltrexon (LDN) gebruiken.</translation>
    </message>
    <message>
        <source>Each day you record how active your disease felt, any side effects and your dose.</source>
        <translation>Elke dag legt u vast hoe actief uw ziekte aanvoelde, eventuele bijwerkingen en uw dosis.</translation>
    </message>
    <message>
        <source>The diary shows whether LDN is working, in the terms of the clinical study, and makes a summary to take to your clinician.</source>
        <translation>Het dagboek laat zien of LDN werkt, volgens de maatstaven van het klinische onderzoek, en maakt een samenvatting voor uw behandelaar.</translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation>Alles blijft op deze computer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why the days before LDN matter.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Waarom de dagen vóór LDN ertoe doen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whether LDN works is judged against your average activity in the week before your first dose: your baseline.</source>
        <translation>Of LDN werkt, wordt beoordeeld ten opzichte van uw gemiddelde activiteit in de week vóór uw eerste dosis: uw uitgangswaarde.</translation>
    </message>
    <message>
        <source>Record at least 3 of those 7 days, before you start or afterwards (the entry page lets you pick any past day).</source>
        <translation>Vul minstens 3 van die 7 dagen in, voordat u begint of achteraf (op de invoerpagina kunt u elke eerdere dag kiezen).</translation>
    </message>
    <message>
        <source>Without them there is nothing to compare with.</source>
        <translation>Zonder die dagen is er niets om mee te vergelijken.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LDN Diary&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welkom bij LDN Diary&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Tell the diary about you: your condition (and, if you like, your name for the summary).</source>
        <translation>Vertel het dagboek over uzelf: uw aandoening (en, als u wilt, uw naam voor de samenvatting).</translation>
    </message>
    <message>
        <source>About you…</source>
        <translation>Over u…</translation>
    </message>
    <message>
        <source>Step 1: About you</source>
        <translation>Stap 1: Over u</translation>
    </message>
    <message>
        <source>Enter your LDN plan: the day of your first dose and how the dose goes up.</source>
        <translation>Voer uw LDN-schema in: de dag van uw eerste dosis en hoe de dosis wordt opgebouwd.</translation>
    </message>
    <message>
        <source>Your LDN plan…</source>
        <translation>Uw LDN-schema…</translation>
    </message>
    <message>
        <source>Step 2: Your LDN plan</source>
        <translation>Stap 2: Uw LDN-schema</translation>
    </message>
    <message>
        <source>Record today: how active your disease was, side effects and your dose.</source>
        <translation>Vul vandaag in: hoe actief uw ziekte was, bijwerkingen en uw dosis.</translation>
    </message>
    <message>
        <source>Step 3: Today&apos;s entry</source>
        <translation>Stap 3: Invoer van vandaag</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}.&lt;/b&gt;</source>
        <comment>the number of a step</comment>
        <translation>&lt;b&gt;{number}.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
</context>
<context>
    <name>ui.widgets</name>
    <message>
        <source>{name} known</source>
        <comment>a tick box: the date named is known</comment>
        <translation>{name} bekend</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Bijwerkingen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>Gemiddelde 7 dagen</translation>
    </message>
    <message>
        <source>Condition items</source>
        <translation>Score-onderdelen</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>geen notitie</translation>
    </message>
    <message>
        <source>{dose} missed</source>
        <translation>{dose} niet ingenomen</translation>
    </message>
    <message>
        <source>{dose} at {time}</source>
        <translation>{dose} om {time}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no side effects felt</comment>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>ui.writes</name>
    <message>
        <source>the diary could not be used ({reason}); nothing was changed</source>
        <translation>het dagboek kon niet worden gebruikt ({reason}); er is niets gewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… en nog %n probleem.</numerusform>
            <numerusform>… en nog %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{failed}:

{problems}</source>
        <comment>what failed, then a list of its problems</comment>
        <translation>{failed}:

{problems}</translation>
    </message>
    <message>
        <source>{failed}: {reason}</source>
        <comment>what failed, and why</comment>
        <translation>{failed}: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
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
