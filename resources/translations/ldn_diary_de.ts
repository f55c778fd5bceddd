<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>charts.cohort</name>
    <message>
        <source>not started</source>
        <comment>a short verdict: the LDN course has not started</comment>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>no baseline</source>
        <comment>a short verdict</comment>
        <translation>kein Ausgangswert</translation>
    </message>
    <message>
        <source>too early</source>
        <comment>a short verdict: too early to tell</comment>
        <translation>zu früh</translation>
    </message>
    <message>
        <source>non responder</source>
        <comment>a short verdict</comment>
        <translation>kein Ansprechen</translation>
    </message>
    <message>
        <source>improving</source>
        <comment>a short verdict</comment>
        <translation>bessert sich</translation>
    </message>
    <message>
        <source>not sustained</source>
        <comment>a short verdict: improvement not sustained</comment>
        <translation>nicht anhaltend</translation>
    </message>
    <message>
        <source>response ongoing</source>
        <comment>a short verdict</comment>
        <translation>Ansprechen, laufend</translation>
    </message>
    <message>
        <source>short lived</source>
        <comment>a short verdict: short-lived clinical response</comment>
        <translation>kurzzeitig</translation>
    </message>
    <message>
        <source>long lasting</source>
        <comment>a short verdict: long-lasting response</comment>
        <translation>anhaltend</translation>
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
        <translation>noch keine vollständige Woche der Angaben</translation>
    </message>
</context>
<context>
    <name>charts.theme</name>
    <message>
        <source>blank: day not recorded</source>
        <translation>leer: Tag nicht erfasst</translation>
    </message>
    <message>
        <source>side effect {severity}</source>
        <comment>a legend: side effect none</comment>
        <translation>Nebenwirkung: {severity}</translation>
    </message>
    <message>
        <source>daily activity</source>
        <translation>Aktivität pro Tag</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittelwert</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>response period</source>
        <translation>Zeitraum des Ansprechens</translation>
    </message>
    <message>
        <source>dose taken</source>
        <translation>Dosis eingenommen</translation>
    </message>
    <message>
        <source>dose missed</source>
        <translation>Dosis nicht eingenommen</translation>
    </message>
</context>
<context>
    <name>charts.trend</name>
    <message>
        <source>Disease activity (0–10)</source>
        <translation>Krankheitsaktivität (0–10)</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>a chart panel&apos;s short name</comment>
        <translation>Aktivität</translation>
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
        <translation>Aktivität pro Tag</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittelwert</translation>
    </message>
    <message>
        <source>baseline {value}</source>
        <translation>Ausgangswert {value}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>Zielwert {value}</translation>
    </message>
    <message>
        <source>LDN day 1</source>
        <translation>LDN Tag 1</translation>
    </message>
    <message>
        <source>week 4</source>
        <translation>Woche 4</translation>
    </message>
    <message>
        <source>week 12</source>
        <translation>Woche 12</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a course of LDN ended here</comment>
        <translation>beendet</translation>
    </message>
    <message>
        <source>dose taken</source>
        <translation>Dosis eingenommen</translation>
    </message>
    <message>
        <source>dose missed</source>
        <translation>Dosis nicht eingenommen</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>response period</source>
        <translation>Zeitraum des Ansprechens</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the diary&apos;s folder (default: $LDN_DIARY_DATA_DIR, else your user data folder)</source>
        <translation>der Ordner des Tagebuchs (Standard: $LDN_DIARY_DATA_DIR, sonst Ihr Ordner für Benutzerdaten)</translation>
    </message>
    <message>
        <source>en, nl or de (default: $LDN_DIARY_LANG, else the system&apos;s language)</source>
        <translation>en, nl oder de (Standard: $LDN_DIARY_LANG, sonst die Sprache des Systems)</translation>
    </message>
    <message>
        <source>{app}: a symptom diary for low-dose naltrexone. With no command, opens the window.</source>
        <translation>{app}: ein Symptomtagebuch für niedrig dosiertes Naltrexon. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>die Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <source>add or update one day&apos;s entry (only the values given change)</source>
        <translation>den Eintrag eines Tages hinzufügen oder ändern (nur die angegebenen Werte ändern sich)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>JJJJ-MM-TT (Standard: heute)</translation>
    </message>
    <message>
        <source>disease activity 0 (none) to 10 (worst imaginable)</source>
        <translation>Krankheitsaktivität 0 (keine) bis 10 (schlimmste vorstellbare)</translation>
    </message>
    <message>
        <source>LDN dose in mg (0.1-50)</source>
        <translation>LDN-Dosis in mg (0,1-50)</translation>
    </message>
    <message>
        <source>the dose was taken</source>
        <translation>die Dosis wurde eingenommen</translation>
    </message>
    <message>
        <source>the dose was missed</source>
        <translation>die Dosis wurde nicht eingenommen</translation>
    </message>
    <message>
        <source>when the dose was taken (24 h)</source>
        <translation>Einnahmezeit (24 Stunden)</translation>
    </message>
    <message>
        <source>e.g. vivid_dreams=2 (0 none, 1 mild, 2 moderate, 3 severe); repeat for more</source>
        <translation>z. B. vivid_dreams=2 (0 keine, 1 leicht, 2 mäßig, 3 schwer); für mehrere wiederholen</translation>
    </message>
    <message>
        <source>free text, up to 2,000 characters</source>
        <translation>freier Text, bis zu 2.000 Zeichen</translation>
    </message>
    <message>
        <source>import a diary CSV or JSON export: all rows or none</source>
        <translation>einen CSV- oder JSON-Export eines Tagebuchs importieren: alle Zeilen oder keine</translation>
    </message>
    <message>
        <source>check the file and say what would change; write nothing</source>
        <translation>die Datei prüfen und sagen, was sich ändern würde; nichts speichern</translation>
    </message>
    <message>
        <source>add a column named close to a known one (e.g. &apos;headach&apos;) as a side effect of your own</source>
        <translation>eine Spalte, deren Name einem bekannten ähnelt (z. B. &apos;headach&apos;), als eigene Nebenwirkung hinzufügen</translation>
    </message>
    <message>
        <source>export the whole diary to FILE.csv, FILE.json or FILE.fhir.json (FHIR R4, for a clinic&apos;s records)</source>
        <translation>das ganze Tagebuch nach FILE.csv, FILE.json oder FILE.fhir.json exportieren (FHIR R4, für die Akte einer Klinik)</translation>
    </message>
    <message>
        <source>FHIR: put your name and date of birth in the Patient</source>
        <translation>FHIR: Ihren Namen und Ihr Geburtsdatum in den Patient aufnehmen</translation>
    </message>
    <message>
        <source>is LDN working? the study&apos;s 4- and 12-week response rules</source>
        <translation>wirkt LDN? die Regeln der Studie für das Ansprechen nach 4 und 12 Wochen</translation>
    </message>
    <message>
        <source>judge as of this date (default: the latest recorded day)</source>
        <translation>zu diesem Datum beurteilen (Standard: der letzte erfasste Tag)</translation>
    </message>
    <message>
        <source>print JSON (keys as in the spec) instead of words</source>
        <translation>JSON ausgeben (Schlüssel wie in der Spezifikation) statt Text</translation>
    </message>
    <message>
        <source>every course, oldest first, not just the latest</source>
        <translation>jede Behandlung, die älteste zuerst, nicht nur die letzte</translation>
    </message>
    <message>
        <source>the condition scores: PRO2, HBI, SCCAI, pain NRS</source>
        <translation>die Krankheitsscores: PRO2, HBI, SCCAI, Schmerzskala (NRS)</translation>
    </message>
    <message>
        <source>as of this date (default: the latest recorded day)</source>
        <translation>zu diesem Datum (Standard: der letzte erfasste Tag)</translation>
    </message>
    <message>
        <source>print JSON (keys as in docs/scores.md) instead of words</source>
        <translation>JSON ausgeben (Schlüssel wie in docs/scores.md) statt Text</translation>
    </message>
    <message>
        <source>save the trend chart the window shows</source>
        <translation>das Trenddiagramm des Fensters speichern</translation>
    </message>
    <message>
        <source>first day shown (default: the first recorded)</source>
        <translation>erster gezeigter Tag (Standard: der erste erfasste)</translation>
    </message>
    <message>
        <source>last day shown (default: the last recorded)</source>
        <translation>letzter gezeigter Tag (Standard: der letzte erfasste)</translation>
    </message>
    <message>
        <source>the 1-2 page PDF summary for your clinician</source>
        <translation>die PDF-Zusammenfassung (1-2 Seiten) für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <source>first day (default: a week before this course)</source>
        <translation>erster Tag (Standard: eine Woche vor dieser Behandlung)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>letzter Tag (Standard: heute)</translation>
    </message>
    <message>
        <source>print your notes too</source>
        <translation>auch Ihre Notizen drucken</translation>
    </message>
    <message>
        <source>print your name and date of birth</source>
        <translation>Ihren Namen und Ihr Geburtsdatum drucken</translation>
    </message>
    <message>
        <source>fill an empty data folder with realistic sample data</source>
        <translation>einen leeren Datenordner mit realistischen Beispieldaten füllen</translation>
    </message>
    <message>
        <source>instead, write 47 patients&apos; exports shaped like the study&apos;s cohort to FOLDER (for `cohort`)</source>
        <translation>stattdessen Exporte von 47 Patienten, aufgebaut wie die Kohorte der Studie, in FOLDER schreiben (für `cohort`)</translation>
    </message>
    <message>
        <source>back the diary up now (into the backups folder)</source>
        <translation>jetzt eine Sicherung des Tagebuchs erstellen (im Ordner der Sicherungen)</translation>
    </message>
    <message>
        <source>save the backup as FILE instead (or in the folder FILE)</source>
        <translation>die Sicherung stattdessen als FILE speichern (oder im Ordner FILE)</translation>
    </message>
    <message>
        <source>replace the diary with a backup (the diary as it is now is backed up first)</source>
        <translation>das Tagebuch durch eine Sicherung ersetzen (das jetzige Tagebuch wird vorher gesichert)</translation>
    </message>
    <message>
        <source>a backup file, or the name of one in the backups folder</source>
        <translation>eine Sicherungsdatei oder der Name einer Sicherung im Ordner der Sicherungen</translation>
    </message>
    <message>
        <source>the daily and dose reminders (set them in the window)</source>
        <translation>die tägliche Erinnerung und die Dosiserinnerung (im Fenster einstellen)</translation>
    </message>
    <message>
        <source>what is set, when the next is due, whether notifications and a tray work here (the default)</source>
        <translation>was eingestellt ist, wann die nächste fällig ist, ob Benachrichtigungen und ein Infobereich hier funktionieren (Standard)</translation>
    </message>
</context>
<context>
    <name>cli.argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>Unterbefehle</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (wählen Sie aus %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (Auswahl: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; kann nicht geöffnet werden: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <comment>argparse fills in %s, the count</comment>
        <translation>
            <numerusform>erwartet %s Argument</numerusform>
            <numerusform>erwartet %s Argumente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinic_commands</name>
    <message>
        <source>the study&apos;s table from many patients&apos; JSON exports (for a clinic; writes nothing but --out)</source>
        <translation>die Tabelle der Studie aus den JSON-Exporten vieler Patienten (für eine Klinik; schreibt nur --out)</translation>
    </message>
    <message>
        <source>patients&apos; JSON exports, or folders of them</source>
        <translation>JSON-Exporte von Patienten oder Ordner damit</translation>
    </message>
    <message>
        <source>print JSON (keys as in docs/cohort.md) instead of words</source>
        <translation>JSON ausgeben (Schlüssel wie in docs/cohort.md) statt Text</translation>
    </message>
    <message>
        <source>also print the table to a PDF for a clinic meeting</source>
        <translation>die Tabelle auch als PDF für eine Fallbesprechung ausgeben</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test needs SciPy, from the clinic extra: {install}</source>
        <translation>Der exakte Test nach Fisher braucht SciPy aus dem Clinic-Extra: {install}</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact</source>
        <translation>Fisher exakt</translation>
    </message>
    <message numerus="yes">
        <source>LDN cohort: %n patient(s), the first course of each, judged by the study&apos;s response rules</source>
        <translation>
            <numerusform>LDN-Kohorte: %n Patient, jeweils die erste Behandlung, beurteilt nach den Regeln der Studie für das Ansprechen</numerusform>
            <numerusform>LDN-Kohorte: %n Patienten, jeweils die erste Behandlung, beurteilt nach den Regeln der Studie für das Ansprechen</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} vs {second} (Fisher&apos;s exact test, two-sided): response {response}, 12 weeks or more {long_lasting}</source>
        <translation>{first} vs. {second} (exakter Test nach Fisher, zweiseitig): Ansprechen {response}, 12 Wochen oder länger {long_lasting}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no side effects</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Side effects (patients): {effects}</source>
        <translation>Nebenwirkungen (Patienten): {effects}</translation>
    </message>
    <message>
        <source>Stopped within 28 days: {stopped} ({reasons})</source>
        <translation>Innerhalb von 28 Tagen beendet: {stopped} ({reasons})</translation>
    </message>
    <message>
        <source>Stopped within 28 days: {stopped}</source>
        <translation>Innerhalb von 28 Tagen beendet: {stopped}</translation>
    </message>
    <message>
        <source>Follow-up: {follow_up}</source>
        <translation>Nachbeobachtung: {follow_up}</translation>
    </message>
    <message>
        <source>Not counted: {file}: {reason}</source>
        <translation>Nicht gezählt: {file}: {reason}</translation>
    </message>
    <message>
        <source>Files read {read}, skipped {skipped}</source>
        <translation>Dateien gelesen {read}, übersprungen {skipped}</translation>
    </message>
    <message>
        <source>--out: {name} must end in .pdf</source>
        <translation>--out: {name} muss auf .pdf enden</translation>
    </message>
    <message>
        <source>--out: the folder {folder} does not exist</source>
        <translation>--out: der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>skipped {file}: {reason}</source>
        <translation>{file} übersprungen: {reason}</translation>
    </message>
    <message>
        <source>no patient&apos;s export could be read, so there is no table</source>
        <translation>kein Export eines Patienten konnte gelesen werden, daher gibt es keine Tabelle</translation>
    </message>
    <message>
        <source>no JSON export was found in the folders given</source>
        <translation>in den angegebenen Ordnern wurde kein JSON-Export gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Saved the cohort table (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Die Kohortentabelle (%n Seite) wurde in {path} gespeichert.</numerusform>
            <numerusform>Die Kohortentabelle (%n Seiten) wurde in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a demo cohort, the exports of %n patient(s), to {folder}; see the table with: {command}</source>
        <translation>
            <numerusform>Eine Demo-Kohorte, der Export von %n Patienten, wurde in {folder} geschrieben; die Tabelle zeigt: {command}</numerusform>
            <numerusform>Eine Demo-Kohorte, die Exporte von %n Patienten, wurde in {folder} geschrieben; die Tabelle zeigt: {command}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>{text} is not allowed; use a whole number from 0 to 10</source>
        <translation>{text} ist nicht erlaubt; verwenden Sie eine ganze Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>{text} is not a number of mg (0.1-50)</source>
        <translation>{text} ist keine Angabe in mg (0,1-50)</translation>
    </message>
    <message>
        <source>--side-effect {item}: use NAME=SEVERITY with NAME one of: {known}</source>
        <translation>--side-effect {item}: verwenden Sie NAME=SEVERITY, mit NAME aus: {known}</translation>
    </message>
    <message>
        <source>nothing to save: give at least one of --activity, --dose-mg, --taken or --missed, --dose-time, --side-effect, --note or a condition item such as --pain</source>
        <translation>nichts zu speichern: geben Sie mindestens eines von --activity, --dose-mg, --taken oder --missed, --dose-time, --side-effect, --note oder eine Krankheitsfrage wie --pain an</translation>
    </message>
    <message>
        <source>there is no treatment course yet: record a dose taken (or import a diary) to start one</source>
        <translation>es gibt noch keine Behandlung: erfassen Sie eine eingenommene Dosis (oder importieren Sie ein Tagebuch), um eine zu beginnen</translation>
    </message>
    <message>
        <source>--out: {name} must end in .png or .svg</source>
        <translation>--out: {name} muss auf .png oder .svg enden</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} liegt nach --to {last}</translation>
    </message>
    <message>
        <source>the diary has no entries yet, so there is nothing to chart</source>
        <translation>das Tagebuch hat noch keine Einträge, daher gibt es nichts darzustellen</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Das Diagramm wurde in {path} gespeichert.</translation>
    </message>
    <message>
        <source>--out: {name} must end in .pdf</source>
        <translation>--out: {name} muss auf .pdf enden</translation>
    </message>
    <message>
        <source>--out: the folder {folder} does not exist</source>
        <translation>--out: der Ordner {folder} existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>Saved the summary of {first} to {last} (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Die Zusammenfassung vom {first} bis {last} (%n Seite) wurde in {path} gespeichert.</numerusform>
            <numerusform>Die Zusammenfassung vom {first} bis {last} (%n Seiten) wurde in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>Saved {date}.</source>
        <comment>a day&apos;s entry</comment>
        <translation>{date} wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to {path}.</source>
        <translation>
            <numerusform>%n Tag nach {path} exportiert.</numerusform>
            <numerusform>%n Tage nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled {folder} with a sample diary of %n day(s).</source>
        <translation>
            <numerusform>{folder} wurde mit einem Beispieltagebuch von %n Tag gefüllt.</numerusform>
            <numerusform>{folder} wurde mit einem Beispieltagebuch von %n Tagen gefüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved a backup of the diary ({entries}) to {path}.</source>
        <translation>Eine Sicherung des Tagebuchs ({entries}) wurde in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Backed up the diary ({entries}) to {path}.</source>
        <translation>Das Tagebuch ({entries}) wurde in {path} gesichert.</translation>
    </message>
    <message>
        <source>Restored {file}: the diary now has {entries}, the last on {date}.</source>
        <translation>{file} wurde wiederhergestellt: Das Tagebuch hat jetzt {entries}, den letzten am {date}.</translation>
    </message>
    <message>
        <source>Restored {file}: the diary now has {entries}.</source>
        <translation>{file} wurde wiederhergestellt: Das Tagebuch hat jetzt {entries}.</translation>
    </message>
    <message>
        <source>There was no diary before, so nothing needed to be set aside.</source>
        <translation>Es gab vorher kein Tagebuch, daher musste nichts beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The diary as it was is kept in {path}; to undo, restore that file.</source>
        <translation>Das Tagebuch, wie es war, ist in {path} aufbewahrt; stellen Sie diese Datei wieder her, um dies rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The damaged diary was set aside, byte for byte, as {path}.</source>
        <translation>Das beschädigte Tagebuch wurde Byte für Byte als {path} beiseitegelegt.</translation>
    </message>
    <message>
        <source>There are no backups in {folder} to restore. {advice}</source>
        <translation>In {folder} gibt es keine Sicherungen zum Wiederherstellen. {advice}</translation>
    </message>
    <message>
        <source>Backups you can restore, newest first (in {folder}):</source>
        <translation>Sicherungen, die Sie wiederherstellen können, die neueste zuerst (in {folder}):</translation>
    </message>
    <message>
        <source>To restore the newest: {command}</source>
        <translation>Um die neueste wiederherzustellen: {command}</translation>
    </message>
    <message>
        <source>no backup was made: {reason}; nothing was changed</source>
        <translation>es wurde keine Sicherung erstellt: {reason}; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the diary could not be used ({error}); nothing was changed</source>
        <translation>das Tagebuch konnte nicht verwendet werden ({error}); nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>desktop.notifications</name>
    <message>
        <source>no notification service on this desktop took it</source>
        <translation>kein Benachrichtigungsdienst auf diesem Desktop hat die Benachrichtigung angenommen</translation>
    </message>
    <message>
        <source>the Windows notification centre</source>
        <translation>die Windows-Mitteilungszentrale</translation>
    </message>
    <message>
        <source>the macOS notification centre</source>
        <translation>die macOS-Mitteilungszentrale</translation>
    </message>
</context>
<context>
    <name>domain.categories</name>
    <message>
        <source>Course not started yet</source>
        <translation>Behandlung noch nicht begonnen</translation>
    </message>
    <message>
        <source>No baseline to compare with</source>
        <translation>Kein Ausgangswert zum Vergleich</translation>
    </message>
    <message>
        <source>Too early to tell</source>
        <translation>Noch zu früh für eine Aussage</translation>
    </message>
    <message>
        <source>No response in the first 4 weeks</source>
        <translation>Kein Ansprechen in den ersten 4 Wochen</translation>
    </message>
    <message>
        <source>Improving — not yet 4 weeks</source>
        <translation>Besserung — noch keine 4 Wochen</translation>
    </message>
    <message>
        <source>Improvement not sustained</source>
        <translation>Besserung nicht anhaltend</translation>
    </message>
    <message>
        <source>Clinical response, ongoing</source>
        <translation>Klinisches Ansprechen, andauernd</translation>
    </message>
    <message>
        <source>Short-lived clinical response (4–12 weeks)</source>
        <translation>Kurzzeitiges klinisches Ansprechen (4–12 Wochen)</translation>
    </message>
    <message>
        <source>Long-lasting response (12 weeks or more)</source>
        <translation>Anhaltendes Ansprechen (12 Wochen oder länger)</translation>
    </message>
    <message>
        <source>non-response</source>
        <translation>kein Ansprechen</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>noch nicht entschieden</translation>
    </message>
    <message>
        <source>clinical response</source>
        <translation>klinisches Ansprechen</translation>
    </message>
    <message>
        <source>clinical response, short-lived</source>
        <translation>klinisches Ansprechen, kurzzeitig</translation>
    </message>
    <message>
        <source>clinical response of 12 weeks or more (&quot;remission&quot; in the study)</source>
        <translation>klinisches Ansprechen von 12 Wochen oder länger („Remission“ in der Studie)</translation>
    </message>
</context>
<context>
    <name>domain.choices</name>
    <message>
        <source>Crohn&apos;s disease</source>
        <translation>Morbus Crohn</translation>
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
        <translation>Multiple Sklerose</translation>
    </message>
    <message>
        <source>Lupus</source>
        <translation>Lupus</translation>
    </message>
    <message>
        <source>Side effects</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Not helping</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Hilft nicht</translation>
    </message>
    <message>
        <source>Feeling better</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Mir geht es besser</translation>
    </message>
    <message>
        <source>My prescriber&apos;s advice</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Ärztlicher Rat</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>Surgery or opioid painkillers</source>
        <comment>a reason for stopping LDN</comment>
        <translation>Operation oder Opioid-Schmerzmittel</translation>
    </message>
</context>
<context>
    <name>domain.cohort</name>
    <message>
        <source>Clinical response</source>
        <translation>Klinisches Ansprechen</translation>
    </message>
    <message>
        <source>of 12 weeks or more</source>
        <comment>a row of the cohort table, under Clinical response</comment>
        <translation>von 12 Wochen oder länger</translation>
    </message>
    <message>
        <source>short-lived (4–12 weeks)</source>
        <comment>a row of the cohort table, under Clinical response</comment>
        <translation>kurzzeitig (4–12 Wochen)</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Kein Ansprechen</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>condition not given</source>
        <translation>Erkrankung nicht angegeben</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>the follow-up</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>median {median} days (IQR {q1}–{q3})</source>
        <translation>Median {median} Tage (IQR {q1}–{q3})</translation>
    </message>
</context>
<context>
    <name>domain.condition_items</name>
    <message>
        <source>How many liquid or very soft stools today?</source>
        <translation>Wie viele flüssige oder sehr weiche Stühle hatten Sie heute?</translation>
    </message>
    <message>
        <source>How many bowel movements during the day?</source>
        <translation>Wie viele Stuhlgänge hatten Sie tagsüber?</translation>
    </message>
    <message>
        <source>How many bowel movements at night?</source>
        <translation>Wie viele Stuhlgänge hatten Sie nachts?</translation>
    </message>
    <message>
        <source>Tummy (abdominal) pain today?</source>
        <translation>Bauchschmerzen heute?</translation>
    </message>
    <message>
        <source>How well did you feel today?</source>
        <translation>Wie gut haben Sie sich heute gefühlt?</translation>
    </message>
    <message>
        <source>How urgent were your bowel movements?</source>
        <translation>Wie stark war Ihr Stuhldrang?</translation>
    </message>
    <message>
        <source>Blood in your stools today?</source>
        <translation>Heute Blut im Stuhl?</translation>
    </message>
    <message>
        <source>Your average pain today, from 0 (none) to 10 (worst imaginable)?</source>
        <translation>Ihre durchschnittlichen Schmerzen heute, von 0 (keine) bis 10 (schlimmste vorstellbare)?</translation>
    </message>
    <message>
        <source>none</source>
        <comment>abdominal pain</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>abdominal pain</comment>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>abdominal pain</comment>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>abdominal pain</comment>
        <translation>schwer</translation>
    </message>
    <message>
        <source>very well</source>
        <comment>general well-being</comment>
        <translation>sehr gut</translation>
    </message>
    <message>
        <source>slightly below par</source>
        <comment>general well-being</comment>
        <translation>etwas beeinträchtigt</translation>
    </message>
    <message>
        <source>poor</source>
        <comment>general well-being</comment>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>very poor</source>
        <comment>general well-being</comment>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <source>terrible</source>
        <comment>general well-being</comment>
        <translation>furchtbar</translation>
    </message>
    <message>
        <source>none</source>
        <comment>urgency of bowel movements</comment>
        <translation>kein</translation>
    </message>
    <message>
        <source>hurry</source>
        <comment>urgency of bowel movements</comment>
        <translation>Eile</translation>
    </message>
    <message>
        <source>immediately</source>
        <comment>urgency of bowel movements</comment>
        <translation>sofort</translation>
    </message>
    <message>
        <source>incontinence</source>
        <comment>urgency of bowel movements</comment>
        <translation>Inkontinenz</translation>
    </message>
    <message>
        <source>none</source>
        <comment>blood in stools</comment>
        <translation>kein</translation>
    </message>
    <message>
        <source>trace or streaks</source>
        <comment>blood in stools</comment>
        <translation>Spuren oder Streifen</translation>
    </message>
    <message>
        <source>obvious blood</source>
        <comment>blood in stools</comment>
        <translation>deutlich Blut</translation>
    </message>
    <message>
        <source>mostly blood</source>
        <comment>blood in stools</comment>
        <translation>überwiegend Blut</translation>
    </message>
    <message>
        <source>liquid stools</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>flüssige Stühle</translation>
    </message>
    <message>
        <source>stools</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>Stuhlgänge</translation>
    </message>
    <message>
        <source>night stools</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>nächtliche Stuhlgänge</translation>
    </message>
    <message>
        <source>abdominal pain</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>Bauchschmerzen</translation>
    </message>
    <message>
        <source>wellbeing</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>Allgemeinbefinden</translation>
    </message>
    <message>
        <source>urgency</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>Stuhldrang</translation>
    </message>
    <message>
        <source>rectal bleeding</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>Blut im Stuhl</translation>
    </message>
    <message>
        <source>pain</source>
        <comment>an item&apos;s short name in a chart and table</comment>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>{item} {value} is not allowed; use {allowed}</source>
        <translation>{item} {value} ist nicht zulässig; verwenden Sie {allowed}</translation>
    </message>
    <message>
        <source>{item} {value} is not allowed; use a whole number from {low} to {high}</source>
        <translation>{item} {value} ist nicht zulässig; verwenden Sie eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>joint pain</source>
        <translation>Gelenkschmerzen</translation>
    </message>
    <message>
        <source>eye inflammation (uveitis)</source>
        <translation>Augenentzündung (Uveitis)</translation>
    </message>
    <message>
        <source>tender red skin lumps</source>
        <translation>schmerzhafte rote Hautknoten</translation>
    </message>
    <message>
        <source>mouth ulcers</source>
        <translation>Mundgeschwüre (Aphthen)</translation>
    </message>
    <message>
        <source>skin ulcers (pyoderma)</source>
        <translation>Hautgeschwüre (Pyoderma)</translation>
    </message>
    <message>
        <source>anal fissure</source>
        <translation>Analfissur</translation>
    </message>
    <message>
        <source>a new fistula</source>
        <translation>eine neue Fistel</translation>
    </message>
    <message>
        <source>an abscess</source>
        <translation>ein Abszess</translation>
    </message>
    <message>
        <source>items must be a mapping of item to value</source>
        <translation>items müssen eine Zuordnung von Item zu Wert sein</translation>
    </message>
    <message>
        <source>{key} is not a daily item; use one of {items}</source>
        <translation>{key} ist kein tägliches Item; verwenden Sie eines von {items}</translation>
    </message>
    <message>
        <source>complications: write {none} alone, not beside a complication</source>
        <translation>Komplikationen: schreiben Sie {none} allein, nicht neben einer Komplikation</translation>
    </message>
    <message>
        <source>complication {key} is not known; use {keys} or {none}</source>
        <translation>Komplikation {key} ist unbekannt; verwenden Sie {keys} oder {none}</translation>
    </message>
    <message>
        <source>complications: {names}</source>
        <translation>Komplikationen: {names}</translation>
    </message>
    <message>
        <source>no complications</source>
        <translation>keine Komplikationen</translation>
    </message>
</context>
<context>
    <name>domain.entries</name>
    <message>
        <source>none</source>
        <comment>a side effect&apos;s severity</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>a side effect&apos;s severity</comment>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>a side effect&apos;s severity</comment>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>a side effect&apos;s severity</comment>
        <translation>schwer</translation>
    </message>
    <message>
        <source>none</source>
        <comment>disease activity 0</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>disease activity 1 to 3</comment>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>disease activity 4 to 6</comment>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>disease activity 7 to 10</comment>
        <translation>schwer</translation>
    </message>
    <message>
        <source>date {date} is in the future; entries can be made up to today ({today})</source>
        <translation>Datum {date} liegt in der Zukunft; Einträge sind bis heute ({today}) möglich</translation>
    </message>
    <message>
        <source>date {date} is before {year}; use a date from {first} on</source>
        <translation>Datum {date} liegt vor {year}; verwenden Sie ein Datum ab {first}</translation>
    </message>
    <message>
        <source>activity {value} is not allowed; use a whole number from 0 (no symptoms) to 10 (worst imaginable)</source>
        <translation>Aktivität {value} ist nicht zulässig; verwenden Sie eine ganze Zahl von 0 (keine Beschwerden) bis 10 (schlimmste vorstellbare)</translation>
    </message>
    <message>
        <source>dose {dose} mg is not allowed; use a dose from {low} to {high} mg</source>
        <translation>Dosis {dose} mg ist nicht zulässig; verwenden Sie eine Dosis von {low} bis {high} mg</translation>
    </message>
    <message>
        <source>note is {length} characters long; the most allowed is {limit}</source>
        <translation>Notiz ist {length} Zeichen lang; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>side effect {key} is not in your side-effect list</source>
        <translation>Nebenwirkung {key} ist nicht in Ihrer Liste der Nebenwirkungen</translation>
    </message>
    <message>
        <source>{dose} is above {usual}, beyond the usual low-dose range. Please check the dose with your prescriber.</source>
        <translation>{dose} liegt über {usual}, außerhalb des üblichen niedrigen Dosisbereichs. Bitte prüfen Sie die Dosis mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>severity {value} is not allowed; use 0 none, 1 mild, 2 moderate or 3 severe</source>
        <translation>Schweregrad {value} ist nicht zulässig; verwenden Sie 0 keine, 1 leicht, 2 mäßig oder 3 schwer</translation>
    </message>
    <message>
        <source>time {text} is not allowed; use 24-hour HH:MM, e.g. 22:00</source>
        <translation>Uhrzeit {text} ist nicht zulässig; verwenden Sie das 24-Stunden-Format HH:MM, z. B. 22:00</translation>
    </message>
    <message>
        <source>{what} {date} is not allowed; use a date from {first} to {last}</source>
        <translation>{what} {date} ist nicht zulässig; verwenden Sie ein Datum von {first} bis {last}</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date {text} is not allowed; use YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation>Datum {text} ist nicht zulässig; verwenden Sie JJJJ-MM-TT, z. B. 2026-03-01</translation>
    </message>
</context>
<context>
    <name>domain.errors</name>
    <message numerus="yes">
        <source>… and {count} more problem(s)</source>
        <translation>
            <numerusform>… und {count} weiteres Problem</numerusform>
            <numerusform>… und {count} weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>… and at least {count} more problems: the check stopped at line {line}</source>
        <translation>… und mindestens {count} weitere Probleme: Die Prüfung wurde bei Zeile {line} beendet</translation>
    </message>
    <message>
        <source>column {column}: did you mean {likely}? To add it as a side effect of your own, use --new-side-effects</source>
        <translation>Spalte {column}: Meinten Sie {likely}? Um sie als eigene Nebenwirkung hinzuzufügen, verwenden Sie --new-side-effects</translation>
    </message>
</context>
<context>
    <name>domain.opioids</name>
    <message>
        <source>This medication is an opioid painkiller.</source>
        <translation>Dieses Medikament ist ein opioides Schmerzmittel.</translation>
    </message>
    <message>
        <source>{name} is an opioid painkiller.</source>
        <translation>{name} ist ein opioides Schmerzmittel.</translation>
    </message>
    <message>
        <source>{name} is {generic}, an opioid painkiller.</source>
        <translation>{name} ist {generic}, ein opioides Schmerzmittel.</translation>
    </message>
    <message>
        <source>Naltrexone blocks opioid painkillers, so {names} may not work as expected while you take LDN. Please talk to your prescriber before taking them together.</source>
        <translation>Naltrexon blockiert opioide Schmerzmittel, daher wirkt {names} während der LDN-Einnahme möglicherweise nicht wie erwartet. Bitte sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie beides zusammen einnehmen.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <comment>a list of medications</comment>
        <translation>{names} und {last}</translation>
    </message>
</context>
<context>
    <name>domain.plan_words</name>
    <message>
        <source>From tomorrow your plan goes up to {dose} at {time}.</source>
        <translation>Ab morgen steigt Ihr Plan auf {dose} um {time}.</translation>
    </message>
    <message>
        <source>From {day} your plan goes up to {dose} at {time}.</source>
        <translation>Ab {day} steigt Ihr Plan auf {dose} um {time}.</translation>
    </message>
    <message>
        <source>From tomorrow your plan goes down to {dose} at {time}.</source>
        <translation>Ab morgen sinkt Ihr Plan auf {dose} um {time}.</translation>
    </message>
    <message>
        <source>From {day} your plan goes down to {dose} at {time}.</source>
        <translation>Ab {day} sinkt Ihr Plan auf {dose} um {time}.</translation>
    </message>
    <message>
        <source>From tomorrow your plan stays at {dose} at {time}.</source>
        <translation>Ab morgen bleibt Ihr Plan bei {dose}, um {time}.</translation>
    </message>
    <message>
        <source>From {day} your plan stays at {dose} at {time}.</source>
        <translation>Ab {day} bleibt Ihr Plan bei {dose}, um {time}.</translation>
    </message>
    <message>
        <source>From tomorrow your plan goes up to {dose}.</source>
        <translation>Ab morgen steigt Ihr Plan auf {dose}.</translation>
    </message>
    <message>
        <source>From {day} your plan goes up to {dose}.</source>
        <translation>Ab {day} steigt Ihr Plan auf {dose}.</translation>
    </message>
    <message>
        <source>From tomorrow your plan goes down to {dose}.</source>
        <translation>Ab morgen sinkt Ihr Plan auf {dose}.</translation>
    </message>
    <message>
        <source>From {day} your plan goes down to {dose}.</source>
        <translation>Ab {day} sinkt Ihr Plan auf {dose}.</translation>
    </message>
    <message>
        <source>From tomorrow your plan stays at {dose}.</source>
        <translation>Ab morgen bleibt Ihr Plan bei {dose}.</translation>
    </message>
    <message>
        <source>From {day} your plan stays at {dose}.</source>
        <translation>Ab {day} bleibt Ihr Plan bei {dose}.</translation>
    </message>
    <message>
        <source>No titration plan: the entry page suggests your last recorded dose.</source>
        <translation>Kein Aufdosierungsplan: Die Eintragsseite schlägt Ihre zuletzt erfasste Dosis vor.</translation>
    </message>
    <message>
        <source>Today&apos;s plan: {dose} at {time}.</source>
        <translation>Plan für heute: {dose} um {time}.</translation>
    </message>
    <message>
        <source>Today&apos;s plan: {dose}.</source>
        <translation>Plan für heute: {dose}.</translation>
    </message>
    <message>
        <source>No further steps.</source>
        <translation>Keine weiteren Dosisstufen.</translation>
    </message>
</context>
<context>
    <name>domain.report</name>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>In diesem Zeitraum wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>Nothing is recorded after {date}: the last day of the period has no entry.</source>
        <translation>Nach dem {date} ist nichts erfasst: Für den letzten Tag des Zeitraums gibt es keinen Eintrag.</translation>
    </message>
    <message>
        <source>Nothing is recorded after {date}: the last {days} days of the period have no entry.</source>
        <translation>Nach dem {date} ist nichts erfasst: Für die letzten {days} Tage des Zeitraums gibt es keine Einträge.</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geboren am {date}</translation>
    </message>
    <message>
        <source>the period starts ({first}) after it ends ({last})</source>
        <translation>der Zeitraum beginnt ({first}) nach seinem Ende ({last})</translation>
    </message>
</context>
<context>
    <name>domain.response</name>
    <message>
        <source>relative threshold {value} is not allowed; use {low} to {high}</source>
        <translation>relative Schwelle {value} ist nicht zulässig; verwenden Sie {low} bis {high}</translation>
    </message>
    <message>
        <source>absolute threshold {value} is not allowed; use {low} to {high} points</source>
        <translation>absolute Schwelle {value} ist nicht zulässig; verwenden Sie {low} bis {high} Punkte</translation>
    </message>
</context>
<context>
    <name>domain.response_words</name>
    <message>
        <source>on day 1 of LDN</source>
        <comment>when the baseline was measured</comment>
        <translation>an Tag 1 der LDN-Behandlung</translation>
    </message>
    <message>
        <source>before LDN</source>
        <comment>when the baseline was measured</comment>
        <translation>vor LDN</translation>
    </message>
    <message>
        <source>Your LDN course</source>
        <comment>the patient&apos;s words, starting a sentence</comment>
        <translation>Ihre LDN-Behandlung</translation>
    </message>
    <message>
        <source>your course</source>
        <comment>the patient&apos;s words, in a sentence</comment>
        <translation>Ihrer Behandlung</translation>
    </message>
    <message>
        <source>your diary</source>
        <comment>the patient&apos;s words, in a sentence</comment>
        <translation>Ihr Tagebuch</translation>
    </message>
    <message>
        <source>your activity</source>
        <comment>the patient&apos;s words, in a sentence</comment>
        <translation>Ihre Aktivität</translation>
    </message>
    <message>
        <source>Your average activity</source>
        <comment>the patient&apos;s words, starting a sentence</comment>
        <translation>Ihre durchschnittliche Aktivität</translation>
    </message>
    <message>
        <source>your 7-day average</source>
        <comment>the patient&apos;s words, in a sentence</comment>
        <translation>Ihr 7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>Your 7-day average is now {value}.</source>
        <translation>Ihr 7-Tage-Durchschnitt liegt jetzt bei {value}.</translation>
    </message>
    <message>
        <source>The LDN course</source>
        <comment>the clinician&apos;s PDF, starting a sentence</comment>
        <translation>Die LDN-Behandlung</translation>
    </message>
    <message>
        <source>the course</source>
        <comment>the clinician&apos;s PDF, in a sentence</comment>
        <translation>der Behandlung</translation>
    </message>
    <message>
        <source>the diary</source>
        <comment>the clinician&apos;s PDF, in a sentence</comment>
        <translation>das Tagebuch</translation>
    </message>
    <message>
        <source>activity values</source>
        <comment>the clinician&apos;s PDF, in a sentence</comment>
        <translation>Aktivitätswerte</translation>
    </message>
    <message>
        <source>Mean activity</source>
        <comment>the clinician&apos;s PDF, starting a sentence</comment>
        <translation>Die mittlere Aktivität</translation>
    </message>
    <message>
        <source>the 7-day mean</source>
        <comment>the clinician&apos;s PDF, in a sentence</comment>
        <translation>der 7-Tage-Mittelwert</translation>
    </message>
    <message>
        <source>The 7-day mean is now {value}.</source>
        <translation>Der 7-Tage-Mittelwert liegt jetzt bei {value}.</translation>
    </message>
    <message>
        <source>Nothing is recorded after {date}.</source>
        <translation>Nach dem {date} ist nichts erfasst.</translation>
    </message>
    <message>
        <source>{mean} {when} was {baseline}; the target is {target} or lower.</source>
        <translation>{mean} {when} lag bei {baseline}; das Ziel ist {target} oder weniger.</translation>
    </message>
    <message>
        <source>{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and stayed there for {span}, until {last}; on {end} it was above the target again.</source>
        <translation>{mean} sank von {baseline} {when} bis Tag {day} auf {onset} (Ziel {target} oder weniger) und blieb dort {span} lang, bis zum {last}; am {end} lag der Wert wieder über dem Ziel.</translation>
    </message>
    <message>
        <source>That is less than the 4 weeks needed to count as a response.</source>
        <translation>Das ist kürzer als die 4 Wochen, die für ein Ansprechen nötig sind.</translation>
    </message>
    <message>
        <source>That is a clinical response, but a short-lived one (4 to 12 weeks).</source>
        <translation>Das ist ein klinisches Ansprechen, aber ein kurzzeitiges (4 bis 12 Wochen).</translation>
    </message>
    <message>
        <source>That is a long-lasting response of 12 weeks or more.</source>
        <translation>Das ist ein anhaltendes Ansprechen von 12 Wochen oder länger.</translation>
    </message>
    <message>
        <source>No disease activity has been recorded yet.</source>
        <translation>Es wurde noch keine Krankheitsaktivität erfasst.</translation>
    </message>
    <message>
        <source>Record your activity for a few days to get started.</source>
        <translation>Erfassen Sie einige Tage lang Ihre Aktivität, um zu beginnen.</translation>
    </message>
    <message>
        <source>{course} starts on {start}. The assessment looks at {diary} up to {date}, before the start, so there is nothing to assess yet.</source>
        <translation>{course} beginnt am {start}. Die Beurteilung betrachtet {diary} bis zum {date}, also vor dem Beginn; es gibt daher noch nichts zu beurteilen.</translation>
    </message>
    <message>
        <source>There is no baseline to compare with: the diary needs {activity} on at least 3 of the 7 days before the first dose, or on the first day of the course.</source>
        <translation>Es gibt keinen Ausgangswert zum Vergleich: Das Tagebuch braucht {activity} an mindestens 3 der 7 Tage vor der ersten Dosis oder am ersten Tag der Behandlung.</translation>
    </message>
    <message>
        <source>If you remember those days, fill them in on the entry page (pick the date from the calendar).</source>
        <translation>Wenn Sie sich an diese Tage erinnern, tragen Sie sie auf der Eintragsseite nach (wählen Sie das Datum im Kalender).</translation>
    </message>
    <message>
        <source>There are not enough recent days for a 7-day average (it needs at least 4 of the last 7).</source>
        <translation>Es gibt zu wenige aktuelle Tage für einen 7-Tage-Durchschnitt (dafür sind mindestens 4 der letzten 7 nötig).</translation>
    </message>
    <message numerus="yes">
        <source>The study looks for an improvement within the first 4 weeks: %n day(s) to go.</source>
        <translation>
            <numerusform>Die Studie sucht nach einer Besserung in den ersten 4 Wochen: noch %n Tag.</numerusform>
            <numerusform>Die Studie sucht nach einer Besserung in den ersten 4 Wochen: noch %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record at least 4 days in any week to get a weekly average.</source>
        <translation>Erfassen Sie in einer Woche mindestens 4 Tage, um einen Wochendurchschnitt zu erhalten.</translation>
    </message>
    <message>
        <source>It is day {day} of {course}.</source>
        <translation>Es ist Tag {day} {course}.</translation>
    </message>
    <message>
        <source>In the first 4 weeks {mean} did not reach the target.</source>
        <translation>In den ersten 4 Wochen hat {mean} das Ziel nicht erreicht.</translation>
    </message>
    <message>
        <source>In the study&apos;s terms this is no response to LDN.</source>
        <translation>Nach den Kriterien der Studie ist das kein Ansprechen auf LDN.</translation>
    </message>
    <message>
        <source>Talk to your prescriber about whether to continue, change the dose or stop.</source>
        <translation>Besprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, ob Sie weitermachen, die Dosis ändern oder aufhören.</translation>
    </message>
    <message>
        <source>{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and stayed there for {span}, up to the last day recorded.</source>
        <translation>{mean} sank von {baseline} {when} bis Tag {day} auf {onset} (Ziel {target} oder weniger) und blieb dort {span} lang, bis zum letzten erfassten Tag.</translation>
    </message>
    <message>
        <source>{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and has stayed there for {span} so far.</source>
        <translation>{mean} sank von {baseline} {when} bis Tag {day} auf {onset} (Ziel {target} oder weniger) und ist bisher {span} lang dort geblieben.</translation>
    </message>
    <message>
        <source>It counts as a response once it has lasted 4 weeks.</source>
        <translation>Es zählt als Ansprechen, sobald es 4 Wochen angehalten hat.</translation>
    </message>
    <message>
        <source>{span} more at or below {target} make it a clinical response.</source>
        <translation>Noch {span} bei {target} oder darunter machen daraus ein klinisches Ansprechen.</translation>
    </message>
    <message>
        <source>That is a clinical response.</source>
        <translation>Das ist ein klinisches Ansprechen.</translation>
    </message>
    <message>
        <source>{span} more make it a long-lasting (12-week) response.</source>
        <translation>Noch {span} machen daraus ein anhaltendes Ansprechen (12 Wochen).</translation>
    </message>
    <message>
        <source>That is a long-lasting response: 12 weeks or more (the study calls this remission).</source>
        <translation>Das ist ein anhaltendes Ansprechen: 12 Wochen oder länger (die Studie nennt das Remission).</translation>
    </message>
</context>
<context>
    <name>domain.score_trend</name>
    <message>
        <source>remission &lt; {value}</source>
        <translation>Remission &lt; {value}</translation>
    </message>
    <message>
        <source>response ≤ ½ baseline</source>
        <translation>Ansprechen ≤ ½ Ausgangswert</translation>
    </message>
    <message>
        <source>30% below baseline</source>
        <translation>30 % unter Ausgangswert</translation>
    </message>
</context>
<context>
    <name>domain.scores</name>
    <message>
        <source>PRO2 (Crohn&apos;s disease)</source>
        <translation>PRO2 (Morbus Crohn)</translation>
    </message>
    <message>
        <source>PRO2 (ulcerative colitis)</source>
        <translation>PRO2 (Colitis ulcerosa)</translation>
    </message>
    <message>
        <source>HBI without abdominal mass</source>
        <translation>HBI ohne abdominelle Resistenz</translation>
    </message>
    <message>
        <source>SCCAI</source>
        <translation>SCCAI</translation>
    </message>
    <message>
        <source>Pain NRS</source>
        <translation>Schmerz-NRS</translation>
    </message>
    <message>
        <source>Pain NRS</source>
        <comment>a score&apos;s short name</comment>
        <translation>Schmerz-NRS</translation>
    </message>
    <message>
        <source>Harvey &amp; Bradshaw 1980, without abdominal mass</source>
        <translation>Harvey &amp; Bradshaw 1980, ohne abdominelle Resistenz</translation>
    </message>
    <message>
        <source>Walmsley 1998; thresholds Higgins 2005</source>
        <translation>Walmsley 1998; Grenzwerte Higgins 2005</translation>
    </message>
    <message>
        <source>score {key} is not known; use {keys}</source>
        <translation>Score {key} ist unbekannt; verwenden Sie {keys}</translation>
    </message>
    <message>
        <source>substantial</source>
        <comment>a reduction of pain</comment>
        <translation>deutlich</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>a reduction of pain, or an HBI band</comment>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>minimal</source>
        <comment>a reduction of pain</comment>
        <translation>minimal</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a reduction of pain</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>remission</source>
        <comment>an HBI band</comment>
        <translation>Remission</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>an HBI band</comment>
        <translation>leicht</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>an HBI band</comment>
        <translation>schwer</translation>
    </message>
</context>
<context>
    <name>domain.side_effects</name>
    <message>
        <source>Vivid dreams</source>
        <translation>Lebhafte Träume</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Schläfrigkeit</translation>
    </message>
    <message>
        <source>Trouble sleeping (insomnia)</source>
        <translation>Schlafstörungen (Schlaflosigkeit)</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Abdominal pain or cramps</source>
        <translation>Bauchschmerzen oder -krämpfe</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Durchfall</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Verstopfung</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Angstzustände</translation>
    </message>
    <message>
        <source>Palpitations</source>
        <translation>Herzklopfen</translation>
    </message>
    <message>
        <source>a side effect needs a name</source>
        <translation>eine Nebenwirkung braucht einen Namen</translation>
    </message>
    <message>
        <source>a side-effect name can be at most {limit} characters</source>
        <translation>der Name einer Nebenwirkung darf höchstens {limit} Zeichen lang sein</translation>
    </message>
    <message>
        <source>side-effect name {name} can only use letters, digits, spaces and dashes</source>
        <translation>Nebenwirkung {name}: Der Name darf nur Buchstaben, Ziffern, Leerzeichen und Bindestriche enthalten</translation>
    </message>
    <message>
        <source>{name} is already in your side-effect list</source>
        <translation>{name} ist bereits in Ihrer Liste der Nebenwirkungen</translation>
    </message>
</context>
<context>
    <name>domain.snapshot</name>
    <message>
        <source>side_effects[{i}].key: {key} is not a side-effect key (lower case, words joined by _)</source>
        <translation>side_effects[{i}].key: {key} ist kein Nebenwirkungsschlüssel (Kleinbuchstaben, Wörter mit _ verbunden)</translation>
    </message>
    <message>
        <source>side_effects[{i}].label: a name of 1 to {limit} characters is needed</source>
        <translation>side_effects[{i}].label: Ein Name mit 1 bis {limit} Zeichen ist nötig</translation>
    </message>
    <message>
        <source>entries: a date appears more than once; one entry per day</source>
        <translation>entries: Ein Datum kommt mehrfach vor; ein Eintrag pro Tag</translation>
    </message>
    <message>
        <source>courses: two courses start on the same day</source>
        <translation>courses: Zwei Behandlungen beginnen am selben Tag</translation>
    </message>
</context>
<context>
    <name>domain.summaries</name>
    <message>
        <source>Side effects often fade over the first weeks whatever the dose time, so part of a difference can come from when each dose time was used.</source>
        <translation>Nebenwirkungen klingen in den ersten Wochen oft ab, unabhängig von der Einnahmezeit. Ein Teil eines Unterschieds kann also davon kommen, wann welche Einnahmezeit verwendet wurde.</translation>
    </message>
    <message>
        <source>morning</source>
        <comment>a dose time</comment>
        <translation>morgens</translation>
    </message>
    <message>
        <source>bedtime</source>
        <comment>a dose time</comment>
        <translation>vor dem Schlafengehen</translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>a dose time</comment>
        <translation>nachmittags</translation>
    </message>
    <message>
        <source>No side effect differed clearly (by {points} percentage points or more) between days with a morning dose and days with a bedtime dose (from day {day} of LDN on).</source>
        <translation>Keine Nebenwirkung unterschied sich deutlich (um {points} Prozentpunkte oder mehr) zwischen Tagen mit einer Morgendosis und Tagen mit einer Dosis vor dem Schlafengehen (ab Tag {day} der LDN-Behandlung).</translation>
    </message>
    <message>
        <source>no days</source>
        <comment>treatment days a dose time was used on</comment>
        <translation>keinen Tagen</translation>
    </message>
    <message>
        <source>day {day}</source>
        <comment>a treatment day</comment>
        <translation>Tag {day}</translation>
    </message>
    <message>
        <source>days {first}–{last}</source>
        <comment>treatment days</comment>
        <translation>den Tagen {first}–{last}</translation>
    </message>
    <message>
        <source>No comparison of morning and bedtime doses: they were taken in different weeks of treatment (bedtime doses on {bedtime}, morning doses on {morning} of LDN), so a difference would mostly reflect the time on LDN, not the dose time.</source>
        <translation>Kein Vergleich von Dosen am Morgen und vor dem Schlafengehen: Sie wurden in verschiedenen Behandlungswochen eingenommen (Dosen vor dem Schlafengehen an {bedtime}, Morgendosen an {morning} der LDN-Behandlung), daher spiegelte ein Unterschied vor allem die Zeit unter LDN wider, nicht die Einnahmezeit.</translation>
    </message>
    <message>
        <source>{name} came on {low} of days with a morning dose, against {high} with a bedtime dose (from day {day} of LDN on: {morning} morning and {bedtime} bedtime days recorded).</source>
        <translation>{name} trat an {low} der Tage mit einer Morgendosis auf, gegenüber {high} mit einer Dosis vor dem Schlafengehen (ab Tag {day} der LDN-Behandlung: {morning} Tage mit Morgendosis und {bedtime} mit Dosis vor dem Schlafengehen erfasst).</translation>
    </message>
    <message>
        <source>{name} came on {low} of days with a bedtime dose, against {high} with a morning dose (from day {day} of LDN on: {morning} morning and {bedtime} bedtime days recorded).</source>
        <translation>{name} trat an {low} der Tage mit einer Dosis vor dem Schlafengehen auf, gegenüber {high} mit einer Morgendosis (ab Tag {day} der LDN-Behandlung: {morning} Tage mit Morgendosis und {bedtime} mit Dosis vor dem Schlafengehen erfasst).</translation>
    </message>
    <message>
        <source>at least {days} days of each from day {day} of LDN on are needed, as side effects often settle over the first two weeks whatever the dose time</source>
        <translation>nötig sind je mindestens {days} Tage ab Tag {day} der LDN-Behandlung, da Nebenwirkungen in den ersten zwei Wochen oft abklingen, unabhängig von der Einnahmezeit</translation>
    </message>
    <message>
        <source>Too few doses with a recorded time to compare morning ({morning}) and bedtime ({bedtime}) doses: {need}.</source>
        <translation>Zu wenige Dosen mit erfasster Uhrzeit, um Dosen am Morgen ({morning}) und vor dem Schlafengehen ({bedtime}) zu vergleichen: {need}.</translation>
    </message>
    <message>
        <source>bedtime doses on {days}</source>
        <translation>Dosen vor dem Schlafengehen an {days}</translation>
    </message>
    <message>
        <source>morning doses on {days}</source>
        <translation>Morgendosen an {days}</translation>
    </message>
    <message>
        <source>No comparison of morning and bedtime doses: too few morning and bedtime doses to compare ({used}); {need}.</source>
        <translation>Kein Vergleich von Dosen am Morgen und vor dem Schlafengehen: zu wenige Dosen zu beiden Zeiten für einen Vergleich ({used}); {need}.</translation>
    </message>
    <message>
        <source>No comparison of morning and bedtime doses: too few morning doses to compare ({used}); {need}.</source>
        <translation>Kein Vergleich von Dosen am Morgen und vor dem Schlafengehen: zu wenige Morgendosen für einen Vergleich ({used}); {need}.</translation>
    </message>
    <message>
        <source>No comparison of morning and bedtime doses: too few bedtime doses to compare ({used}); {need}.</source>
        <translation>Kein Vergleich von Dosen am Morgen und vor dem Schlafengehen: zu wenige Dosen vor dem Schlafengehen für einen Vergleich ({used}); {need}.</translation>
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
        <translation>Kortikosteroid</translation>
    </message>
    <message>
        <source>immunosuppressive</source>
        <comment>a kind of medication</comment>
        <translation>Immunsuppressivum</translation>
    </message>
    <message>
        <source>anti-TNF or other biologic</source>
        <comment>a kind of medication</comment>
        <translation>Anti-TNF oder anderes Biologikum</translation>
    </message>
    <message>
        <source>opioid analgesic</source>
        <comment>a kind of medication</comment>
        <translation>Opioid-Schmerzmittel</translation>
    </message>
    <message>
        <source>other</source>
        <comment>a kind of medication</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>{first} mg, up {step} mg every 2 weeks to {top} mg</source>
        <translation>{first} mg, alle 2 Wochen +{step} mg bis {top} mg</translation>
    </message>
    <message>
        <source>{first} mg, up {step} mg every week to {top} mg</source>
        <translation>{first} mg, jede Woche +{step} mg bis {top} mg</translation>
    </message>
    <message>
        <source>{top} mg from day 1 (as in the study)</source>
        <translation>{top} mg ab Tag 1 (wie in der Studie)</translation>
    </message>
    <message>
        <source>two steps start on the same day; give each step its own day</source>
        <translation>zwei Dosisstufen beginnen am selben Tag; geben Sie jeder Stufe einen eigenen Tag</translation>
    </message>
    <message>
        <source>a step starts on day {day}; steps start from day 1 (the first dose) to day {last}</source>
        <translation>eine Dosisstufe beginnt an Tag {day}; Stufen beginnen an Tag 1 (der ersten Dosis) bis Tag {last}</translation>
    </message>
    <message>
        <source>a step&apos;s dose of {dose} mg is not allowed; use {low} to {high} mg</source>
        <translation>eine Dosisstufe von {dose} mg ist nicht zulässig; verwenden Sie {low} bis {high} mg</translation>
    </message>
    <message>
        <source>the plan needs a step from day 1, the first dose</source>
        <translation>der Plan braucht eine Dosisstufe ab Tag 1, der ersten Dosis</translation>
    </message>
    <message>
        <source>{what} is {length} characters long; the most allowed is {limit}</source>
        <translation>{what}: {length} Zeichen lang; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>das Startdatum</translation>
    </message>
    <message>
        <source>the reason for stopping</source>
        <translation>der Grund für das Absetzen</translation>
    </message>
    <message>
        <source>the course cannot stop ({end}) before it starts ({start})</source>
        <translation>die Behandlung kann nicht enden ({end}), bevor sie beginnt ({start})</translation>
    </message>
    <message>
        <source>the stop date {end} is in the future; stop the course on the day of the last dose</source>
        <translation>das Enddatum {end} liegt in der Zukunft; beenden Sie die Behandlung am Tag der letzten Dosis</translation>
    </message>
    <message>
        <source>this course would overlap the course that started on {start}</source>
        <translation>diese Behandlung würde sich mit der Behandlung überschneiden, die am {start} begann</translation>
    </message>
    <message>
        <source>this course would overlap the course that started on {start} and is still going; stop that one first</source>
        <translation>diese Behandlung würde sich mit der Behandlung überschneiden, die am {start} begann und noch läuft; beenden Sie diese zuerst</translation>
    </message>
    <message>
        <source>a medication&apos;s name</source>
        <translation>der Name eines Medikaments</translation>
    </message>
    <message>
        <source>a medication needs a name</source>
        <translation>ein Medikament braucht einen Namen</translation>
    </message>
    <message>
        <source>{name}: choose its kind</source>
        <translation>{name}: Wählen Sie die Art des Medikaments</translation>
    </message>
    <message>
        <source>a medication</source>
        <translation>ein Medikament</translation>
    </message>
    <message>
        <source>{name}: the stop date {stop} is before the start {start}</source>
        <translation>{name}: Das Enddatum {stop} liegt vor dem Beginn {start}</translation>
    </message>
    <message>
        <source>the visit date</source>
        <translation>das Besuchsdatum</translation>
    </message>
    <message>
        <source>the visit&apos;s note</source>
        <translation>die Notiz zum Besuch</translation>
    </message>
    <message>
        <source>the visit date {date} is in the future</source>
        <translation>das Besuchsdatum {date} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>CRP {value} mg/L is not allowed; use 0 to 500</source>
        <translation>CRP {value} mg/l ist nicht zulässig; verwenden Sie 0 bis 500</translation>
    </message>
    <message>
        <source>ALT {value} U/L is not allowed; use 0 to 5000</source>
        <translation>ALT {value} U/l ist nicht zulässig; verwenden Sie 0 bis 5000</translation>
    </message>
    <message>
        <source>the endoscopic score is 0 none, 1 mild, 2 moderate or 3 severe inflammation</source>
        <translation>der endoskopische Score ist 0 keine, 1 leichte, 2 mäßige oder 3 schwere Entzündung</translation>
    </message>
    <message>
        <source>none</source>
        <comment>endoscopic score: inflammation</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>endoscopic score: inflammation</comment>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>endoscopic score: inflammation</comment>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>endoscopic score: inflammation</comment>
        <translation>schwer</translation>
    </message>
    <message>
        <source>the condition</source>
        <translation>die Erkrankung</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>the date of birth is before {year}</source>
        <translation>das Geburtsdatum liegt vor {year}</translation>
    </message>
    <message>
        <source>year of diagnosis {year} is not allowed; use 1900 to {this_year}</source>
        <translation>Diagnosejahr {year} ist nicht zulässig; verwenden Sie 1900 bis {this_year}</translation>
    </message>
    <message>
        <source>the date of birth is in the future</source>
        <translation>das Geburtsdatum liegt in der Zukunft</translation>
    </message>
    <message>
        <source>usual stools {value} is not allowed; use a whole number from {low} to {high} a day</source>
        <translation>übliche Stuhlgänge {value} ist nicht zulässig; verwenden Sie eine ganze Zahl von {low} bis {high} pro Tag</translation>
    </message>
</context>
<context>
    <name>domain.trend</name>
    <message>
        <source>No days recorded from {first} to {last}.</source>
        <translation>Keine Tage erfasst vom {first} bis {last}.</translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last}: {shown} of %n day(s) recorded.</source>
        <translation>
            <numerusform>{first} bis {last}: {shown} von %n Tag erfasst.</numerusform>
            <numerusform>{first} bis {last}: {shown} von %n Tagen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average activity {mean} (lowest {lowest}, highest {highest}).</source>
        <translation>Durchschnittliche Aktivität {mean} (niedrigste {lowest}, höchste {highest}).</translation>
    </message>
    <message>
        <source>Course from {date}: {verdict}</source>
        <translation>Behandlung ab {date}: {verdict}</translation>
    </message>
    <message>
        <source>; baseline {baseline}, target {target} or lower</source>
        <translation>; Ausgangswert {baseline}, Ziel {target} oder weniger</translation>
    </message>
    <message numerus="yes">
        <source>; improved from day {day} for %n day(s)</source>
        <translation>
            <numerusform>; gebessert ab Tag {day}, %n Tag lang</numerusform>
            <numerusform>; gebessert ab Tag {day}, %n Tage lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} on %n day(s)</source>
        <translation>
            <numerusform>{name} an %n Tag</numerusform>
            <numerusform>{name} an %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Side effects: {list}.</source>
        <translation>Nebenwirkungen: {list}.</translation>
    </message>
    <message>
        <source>Side effects: none reported.</source>
        <translation>Nebenwirkungen: keine gemeldet.</translation>
    </message>
</context>
<context>
    <name>remind_command</name>
    <message>
        <source>no (no display here)</source>
        <translation>nein (hier keine Anzeige)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>{count} ({first} to {last})</source>
        <translation>{count} ({first} bis {last})</translation>
    </message>
    <message>
        <source>Daily reminder:</source>
        <translation>Tägliche Erinnerung:</translation>
    </message>
    <message>
        <source>on, at {time}</source>
        <translation>an, um {time}</translation>
    </message>
    <message>
        <source>Dose reminder:</source>
        <translation>Dosiserinnerung:</translation>
    </message>
    <message>
        <source>on, at the planned dose time</source>
        <translation>an, zur geplanten Einnahmezeit</translation>
    </message>
    <message>
        <source>Start at login:</source>
        <translation>Start bei Anmeldung:</translation>
    </message>
    <message>
        <source>on ({where})</source>
        <translation>an ({where})</translation>
    </message>
    <message>
        <source>Next reminder:</source>
        <translation>Nächste Erinnerung:</translation>
    </message>
    <message>
        <source>none (reminders are off)</source>
        <translation>keine (Erinnerungen sind aus)</translation>
    </message>
    <message>
        <source>Missed days:</source>
        <translation>Verpasste Tage:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Symbol im Infobereich:</translation>
    </message>
    <message>
        <source>yes ({server})</source>
        <translation>ja ({server})</translation>
    </message>
    <message>
        <source>no ({reason})</source>
        <translation>nein ({reason})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (reminders come while the window is open)</source>
        <translation>nein (Erinnerungen kommen, solange das Fenster offen ist)</translation>
    </message>
</context>
<context>
    <name>report.cohort_pdf</name>
    <message>
        <source>LDN cohort — patient-reported response to low-dose naltrexone</source>
        <translation>LDN-Kohorte — von Patienten berichtetes Ansprechen auf niedrig dosiertes Naltrexon</translation>
    </message>
    <message>
        <source>LDN Diary · cohort table · page {page} of {pages}</source>
        <translation>LDN Diary · Kohortentabelle · Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Each patient&apos;s first LDN course, judged by the study&apos;s rules (Lie et al., J Transl Med 2018;16:55): a response is a fall of the 7-day mean activity to 30 % (and at least 1 point) below the baseline within the first 4 weeks, lasting at least 4 weeks; short-lived, 4 to 12 weeks; non-response, none in the first 4 weeks or one that did not last 4.</source>
        <translation>Die erste LDN-Behandlung jedes Patienten, beurteilt nach den Regeln der Studie (Lie et al., J Transl Med 2018;16:55): Ansprechen ist ein Abfall der mittleren 7-Tage-Aktivität auf 30 % (und mindestens 1 Punkt) unter den Ausgangswert innerhalb der ersten 4 Wochen, der mindestens 4 Wochen anhält; kurzzeitig: 4 bis 12 Wochen; kein Ansprechen: kein Abfall in den ersten 4 Wochen oder einer, der keine 4 Wochen anhielt.</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>Exakter Test nach Fisher</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) &amp;nbsp;·&amp;nbsp; generated {date} &amp;nbsp;·&amp;nbsp; files read {read}, skipped {skipped}</source>
        <translation>
            <numerusform>%n Patient &amp;nbsp;·&amp;nbsp; erstellt am {date} &amp;nbsp;·&amp;nbsp; Dateien gelesen {read}, übersprungen {skipped}</numerusform>
            <numerusform>%n Patienten &amp;nbsp;·&amp;nbsp; erstellt am {date} &amp;nbsp;·&amp;nbsp; Dateien gelesen {read}, übersprungen {skipped}</numerusform>
        </translation>
    </message>
    <message>
        <source>All values are self-reported in a symptom diary.</source>
        <translation>Alle Werte wurden von den Patienten selbst in einem Symptomtagebuch erfasst.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <source>{first} vs {second}, Fisher&apos;s exact test (two-sided): response {response}, 12 weeks or more {long_lasting}.</source>
        <translation>{first} vs. {second}, exakter Test nach Fisher (zweiseitig): Ansprechen {response}, 12 Wochen oder länger {long_lasting}.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a percentage with one decimal</comment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Neben­wirkung</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Of all patients</source>
        <translation>Anteil aller Patienten</translation>
    </message>
    <message>
        <source>None reported.</source>
        <comment>side effects</comment>
        <translation>Keine gemeldet.</translation>
    </message>
    <message>
        <source>Stopped within 28 days</source>
        <translation>Innerhalb von 28 Tagen beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s): {reasons}.</source>
        <translation>
            <numerusform>%n Patient: {reasons}.</numerusform>
            <numerusform>%n Patienten: {reasons}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n Patient.</numerusform>
            <numerusform>%n Patienten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachbeobachtung</translation>
    </message>
    <message>
        <source>{follow_up} of treatment judged.</source>
        <translation>Beurteilte Behandlungsdauer: {follow_up}.</translation>
    </message>
    <message>
        <source>Each patient&apos;s 7-day mean activity by treatment day (the first {shown} of {n})</source>
        <translation>Mittlere 7-Tage-Aktivität jedes Patienten nach Behandlungstag (die ersten {shown} von {n})</translation>
    </message>
    <message>
        <source>Each patient&apos;s 7-day mean activity by treatment day</source>
        <translation>Mittlere 7-Tage-Aktivität jedes Patienten nach Behandlungstag</translation>
    </message>
    <message>
        <source>0 no symptoms to 10 worst imaginable; dotted lines at day 28 (week 4) and day 84 (week 12).</source>
        <translation>0 keine Beschwerden bis 10 schlimmste vorstellbare; gepunktete Linien an Tag 28 (Woche 4) und Tag 84 (Woche 12).</translation>
    </message>
</context>
<context>
    <name>report.html</name>
    <message>
        <source>LDN Diary — patient-reported summary</source>
        <translation>LDN Diary — Patientenbericht</translation>
    </message>
    <message>
        <source>All values were recorded by the patient in a symptom diary: they are self-reported, not clinical measurements.</source>
        <translation>Alle Werte wurden vom Patienten in einem Symptomtagebuch erfasst: Es sind Selbstangaben, keine klinischen Messungen.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <comment>a percentage: 85%</comment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <comment>e.g. days present: 12 of 30</comment>
        <translation>{part} von {whole}</translation>
    </message>
    <message>
        <source>not given</source>
        <comment>the condition</comment>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>{condition} (diagnosed {year})</source>
        <translation>{condition} (diagnostiziert {year})</translation>
    </message>
    <message>
        <source>Period: &lt;b&gt;{first} – {last}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Generated {generated} &amp;nbsp;·&amp;nbsp; Condition: {condition}</source>
        <translation>Zeitraum: &lt;b&gt;{first} – {last}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Erstellt am {generated} &amp;nbsp;·&amp;nbsp; Erkrankung: {condition}</translation>
    </message>
    <message>
        <source>started {start}, ongoing</source>
        <comment>the LDN course</comment>
        <translation>begonnen am {start}, laufend</translation>
    </message>
    <message>
        <source>started {start}, stopped {end} ({reason})</source>
        <comment>the LDN course</comment>
        <translation>begonnen am {start}, beendet am {end} ({reason})</translation>
    </message>
    <message>
        <source>started {start}, stopped {end}</source>
        <comment>the LDN course</comment>
        <translation>begonnen am {start}, beendet am {end}</translation>
    </message>
    <message>
        <source>Assessed as of {as_of}, day {day} of the course</source>
        <translation>Beurteilt zum {as_of}, Tag {day} der Behandlung</translation>
    </message>
    <message>
        <source>Assessed as of {as_of}</source>
        <translation>Beurteilt zum {as_of}</translation>
    </message>
    <message>
        <source>{assessed} — in the study&apos;s terms: {meaning}</source>
        <translation>{assessed} — in den Begriffen der Studie: {meaning}</translation>
    </message>
    <message>
        <source>LDN course {status}. {assessed}.</source>
        <translation>LDN-Behandlung {status}. {assessed}.</translation>
    </message>
    <message>
        <source>1. Response to LDN</source>
        <translation>1. Ansprechen auf LDN</translation>
    </message>
    <message>
        <source>No LDN course in this period, so there is no response assessment.</source>
        <translation>Keine LDN-Behandlung in diesem Zeitraum, daher keine Beurteilung des Ansprechens.</translation>
    </message>
    <message numerus="yes">
        <source>Onset: &lt;b&gt;day {day}&lt;/b&gt; ({date}); improved for &lt;b&gt;%n day(s)&lt;/b&gt;, ongoing.</source>
        <translation>
            <numerusform>Beginn: &lt;b&gt;Tag {day}&lt;/b&gt; ({date}); &lt;b&gt;%n Tag&lt;/b&gt; gebessert, anhaltend.</numerusform>
            <numerusform>Beginn: &lt;b&gt;Tag {day}&lt;/b&gt; ({date}); &lt;b&gt;%n Tage&lt;/b&gt; gebessert, anhaltend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Onset: &lt;b&gt;day {day}&lt;/b&gt; ({date}); improved for &lt;b&gt;%n day(s)&lt;/b&gt;, ended {end}.</source>
        <translation>
            <numerusform>Beginn: &lt;b&gt;Tag {day}&lt;/b&gt; ({date}); &lt;b&gt;%n Tag&lt;/b&gt; gebessert, endete am {end}.</numerusform>
            <numerusform>Beginn: &lt;b&gt;Tag {day}&lt;/b&gt; ({date}); &lt;b&gt;%n Tage&lt;/b&gt; gebessert, endete am {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{mean}&lt;/b&gt; (4 weeks to {date}, %n day(s) recorded)</source>
        <translation>
            <numerusform>&lt;b&gt;{mean}&lt;/b&gt; (4 Wochen bis {date}, %n Tag erfasst)</numerusform>
            <numerusform>&lt;b&gt;{mean}&lt;/b&gt; (4 Wochen bis {date}, %n Tage erfasst)</numerusform>
        </translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>zu wenige Daten</translation>
    </message>
    <message>
        <source>on day 1 of LDN</source>
        <comment>when the baseline was measured</comment>
        <translation>an Tag 1 von LDN</translation>
    </message>
    <message>
        <source>before LDN</source>
        <comment>when the baseline was measured</comment>
        <translation>vor LDN</translation>
    </message>
    <message>
        <source>Mean activity (0–10): baseline &lt;b&gt;{baseline}&lt;/b&gt; ({when}) vs latest {latest}. Target for improvement: {target} or lower.</source>
        <translation>Mittlere Aktivität (0–10): Ausgangswert &lt;b&gt;{baseline}&lt;/b&gt; ({when}) vs. zuletzt {latest}. Ziel für eine Besserung: {target} oder niedriger.</translation>
    </message>
    <message>
        <source>Week {week}</source>
        <translation>Woche {week}</translation>
    </message>
    <message>
        <source>days −7 to −1</source>
        <translation>Tag −7 bis −1</translation>
    </message>
    <message>
        <source>days {first}–{last}</source>
        <translation>Tag {first}–{last}</translation>
    </message>
    <message>
        <source>baseline</source>
        <comment>a visit&apos;s change from baseline: this is the baseline</comment>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>day 1</source>
        <translation>Tag 1</translation>
    </message>
    <message>
        <source>{mean} (day 1)</source>
        <translation>{mean} (Tag 1)</translation>
    </message>
    <message>
        <source>not enough data ({values} of 7 days)</source>
        <translation>zu wenige Daten ({values} von 7 Tagen)</translation>
    </message>
    <message numerus="yes">
        <source>{mean} (%n day(s))</source>
        <translation>
            <numerusform>{mean} (%n Tag)</numerusform>
            <numerusform>{mean} (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Treatment days</source>
        <translation>Behandlungstage</translation>
    </message>
    <message>
        <source>Mean activity</source>
        <translation>Mittlere Aktivität</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>Änderung zum Ausgangswert</translation>
    </message>
    <message numerus="yes">
        <source>{points} point(s)</source>
        <comment>below baseline; the number may have decimals</comment>
        <translation>
            <numerusform>{points} Punkt</numerusform>
            <numerusform>{points} Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Definitions (Lie et al., J Transl Med 2018;16:55): a day is improved when the 7-day mean activity is at least {relative} and {points} below baseline; onset must come within {onset_days} days; a response lasts at least {response_weeks} weeks, a long-lasting one at least {long_weeks} weeks.</source>
        <translation>Definitionen (Lie et al., J Transl Med 2018;16:55): Ein Tag gilt als gebessert, wenn die mittlere 7-Tage-Aktivität mindestens {relative} und {points} unter dem Ausgangswert liegt; der Beginn muss innerhalb von {onset_days} Tagen liegen; ein Ansprechen dauert mindestens {response_weeks} Wochen, ein anhaltendes mindestens {long_weeks} Wochen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{score}: {source} (band at the latest: {band})</source>
        <translation>{score}: {source} (Kategorie zuletzt: {band})</translation>
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
        <translation>Ausgangs­wert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Remission</source>
        <translation>Remission</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Condition scores&lt;/b&gt; (7-day means; baseline: the week before LDN; latest: to {date})</source>
        <translation>&lt;b&gt;Krankheitsscores&lt;/b&gt; (7-Tage-Mittelwerte; Ausgangswert: die Woche vor LDN; zuletzt: bis {date})</translation>
    </message>
    <message>
        <source>2. Trend</source>
        <translation>2. Verlauf</translation>
    </message>
    <message>
        <source>3. Dose and adherence</source>
        <translation>3. Dosis und Therapietreue</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Days recorded</source>
        <translation>Erfasste Tage</translation>
    </message>
    <message>
        <source>No doses recorded in this period.</source>
        <translation>Keine Dosen in diesem Zeitraum erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n recorded dose(s) taken ({percent})</source>
        <translation>
            <numerusform>{taken} von %n erfassten Dosis eingenommen ({percent})</numerusform>
            <numerusform>{taken} von %n erfassten Dosen eingenommen ({percent})</numerusform>
        </translation>
    </message>
    <message>
        <source>no doses recorded</source>
        <translation>keine Dosen erfasst</translation>
    </message>
    <message>
        <source>usual dose time: &lt;b&gt;{timing}&lt;/b&gt;</source>
        <translation>übliche Einnahmezeit: &lt;b&gt;{timing}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dose times not recorded</source>
        <translation>Einnahmezeiten nicht erfasst</translation>
    </message>
    <message>
        <source>Adherence: {taken}; missed: {missed} ({days}); {timing}.</source>
        <translation>Therapietreue: {taken}; nicht eingenommen: {missed} ({days}); {timing}.</translation>
    </message>
    <message>
        <source>Adherence: {taken}; missed: {missed}; {timing}.</source>
        <translation>Therapietreue: {taken}; nicht eingenommen: {missed}; {timing}.</translation>
    </message>
    <message numerus="yes">
        <source>{effect} on {present} of %n day(s)</source>
        <translation>
            <numerusform>{effect} an {present} von %n Tag</numerusform>
            <numerusform>{effect} an {present} von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before LDN (baseline, %n day(s) recorded; not counted as side effects): {felt}.</source>
        <translation>
            <numerusform>Vor LDN (Ausgangswert, %n Tag erfasst; nicht als Nebenwirkung gezählt): {felt}.</numerusform>
            <numerusform>Vor LDN (Ausgangswert, %n Tage erfasst; nicht als Nebenwirkungen gezählt): {felt}.</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day and month without the year, as a Qt date pattern</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>4. Side effects</source>
        <translation>4. Nebenwirkungen</translation>
    </message>
    <message>
        <source>No side effects reported in this period.</source>
        <translation>Keine Nebenwirkungen in diesem Zeitraum gemeldet.</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Neben­wirkung</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Tage vor­handen</translation>
    </message>
    <message>
        <source>Highest</source>
        <comment>the highest severity</comment>
        <translation>Höchste</translation>
    </message>
    <message>
        <source>First</source>
        <comment>the first day</comment>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <comment>the last day</comment>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Resolved*</source>
        <translation>Abge­klungen*</translation>
    </message>
    <message>
        <source>Morning dose</source>
        <translation>Morgen­dosis</translation>
    </message>
    <message>
        <source>Bedtime dose</source>
        <translation>Dosis zur Nacht</translation>
    </message>
    <message>
        <source>After increase†</source>
        <translation>Nach Erhö­hung†</translation>
    </message>
    <message>
        <source>Days present: of the days the side effect was recorded. * Absent on the last {resolved_days} days it was recorded. † Began within {increase_days} days of a dose increase. Morning / bedtime dose: days present of the days recorded with a dose taken {morning} / {bedtime}.</source>
        <translation>Tage vorhanden: von den Tagen, an denen die Nebenwirkung erfasst wurde. * Nicht vorhanden an den letzten {resolved_days} Tagen, an denen sie erfasst wurde. † Begann innerhalb von {increase_days} Tagen nach einer Dosiserhöhung. Morgendosis / Dosis zur Nacht: Tage vorhanden von den erfassten Tagen mit einer Einnahme {morning} / {bedtime}.</translation>
    </message>
    <message>
        <source>Morning or bedtime dose.</source>
        <translation>Dosis morgens oder vor dem Schlafengehen.</translation>
    </message>
    <message>
        <source>5. Other medications and clinic results</source>
        <translation>5. Andere Medikamente und klinische Befunde</translation>
    </message>
    <message>
        <source>Opioid analgesic during the LDN course: {warning}</source>
        <translation>Opioid-Schmerzmittel während der LDN-Behandlung: {warning}</translation>
    </message>
    <message>
        <source>Other medications</source>
        <translation>Andere Medikamente</translation>
    </message>
    <message>
        <source>ongoing</source>
        <comment>a medication not stopped</comment>
        <translation>laufend</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of medication</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>No other medications recorded.</source>
        <translation>Keine anderen Medikamente erfasst.</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>a clinic visit</comment>
        <translation>Termin</translation>
    </message>
    <message>
        <source>CRP (mg/L)</source>
        <translation>CRP (mg/l)</translation>
    </message>
    <message>
        <source>Endoscopic score</source>
        <translation>Endoskopischer Score</translation>
    </message>
    <message>
        <source>ALT (U/L)</source>
        <translation>ALT (U/l)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Clinic results</source>
        <translation>Klinische Befunde</translation>
    </message>
    <message>
        <source>No clinic results recorded for this period.</source>
        <translation>Keine klinischen Befunde für diesen Zeitraum erfasst.</translation>
    </message>
    <message>
        <source>6. Diary completeness</source>
        <translation>6. Vollständigkeit des Tagebuchs</translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of %n day(s) recorded ({percent}); {missing} without an entry.</source>
        <translation>
            <numerusform>{recorded} von %n Tag erfasst ({percent}); {missing} ohne Eintrag.</numerusform>
            <numerusform>{recorded} von %n Tagen erfasst ({percent}); {missing} ohne Eintrag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient&apos;s notes</source>
        <translation>Notizen des Patienten</translation>
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
        <translation>LDN Diary · Patientenbericht · Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>response_commands</name>
    <message>
        <source>Course started {start}</source>
        <translation>Behandlung begonnen am {start}</translation>
    </message>
    <message>
        <source>Course started {start}, day {day} on {date}</source>
        <translation>Behandlung begonnen am {start}, Tag {day} am {date}</translation>
    </message>
    <message>
        <source>Course started {start}, not started on {date}</source>
        <translation>Behandlung begonnen am {start}, am {date} noch nicht begonnen</translation>
    </message>
    <message>
        <source>Result: {result} (in the study: {meaning})</source>
        <translation>Ergebnis: {result} (in der Studie: {meaning})</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Ergebnis: {result}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Nächster Schritt: {step}</translation>
    </message>
    <message>
        <source>week {week} {mean}</source>
        <translation>Woche {week} {mean}</translation>
    </message>
    <message>
        <source>week {week} not enough data</source>
        <translation>Woche {week} zu wenige Daten</translation>
    </message>
    <message>
        <source>week {week} {mean} ({change})</source>
        <translation>Woche {week} {mean} ({change})</translation>
    </message>
    <message>
        <source>Visits (mean activity): {visits}</source>
        <translation>Visiten (mittlere Aktivität): {visits}</translation>
    </message>
</context>
<context>
    <name>score_commands</name>
    <message>
        <source>{examples}; ... or {none}</source>
        <translation>{examples}; ... oder {none}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>zu wenige Daten</translation>
    </message>
    <message>
        <source>{score} ({source}): {value} on {date}; baseline {baseline}</source>
        <translation>{score} ({source}): {value} am {date}; Ausgangswert {baseline}</translation>
    </message>
    <message>
        <source>{score} ({source}): {value}; baseline {baseline}</source>
        <translation>{score} ({source}): {value}; Ausgangswert {baseline}</translation>
    </message>
    <message>
        <source>remission: {answer}</source>
        <translation>Remission: {answer}</translation>
    </message>
    <message>
        <source>response: {answer}</source>
        <translation>Ansprechen: {answer}</translation>
    </message>
    <message>
        <source>band: {band}</source>
        <translation>Kategorie: {band}</translation>
    </message>
    <message>
        <source>Course started {start}</source>
        <translation>Behandlung begonnen am {start}</translation>
    </message>
    <message>
        <source>No condition score items are recorded yet (see the profile to switch scores on).</source>
        <translation>Es sind noch keine Angaben für Krankheitsscores erfasst (Scores im Profil einschalten).</translation>
    </message>
</context>
<context>
    <name>services.backups</name>
    <message>
        <source>--out: {folder} is not a folder</source>
        <translation>--out: {folder} ist kein Ordner</translation>
    </message>
    <message>
        <source>--out: {path} is the diary itself; choose another file</source>
        <translation>--out: {path} ist das Tagebuch selbst; wählen Sie eine andere Datei</translation>
    </message>
</context>
<context>
    <name>services.demo</name>
    <message>
        <source>Started LDN {dose} mg at bedtime.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Mit LDN {dose} mg vor dem Schlafengehen begonnen.</translation>
    </message>
    <message>
        <source>Very vivid dreams last night, woke up twice.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Letzte Nacht sehr lebhafte Träume, zweimal aufgewacht.</translation>
    </message>
    <message>
        <source>Up to {dose} mg.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Erhöht auf {dose} mg.</translation>
    </message>
    <message>
        <source>Up to {dose} mg. Taking it in the morning now because of the dreams.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Erhöht auf {dose} mg. Nehme es jetzt morgens wegen der Träume.</translation>
    </message>
    <message>
        <source>Good week - walked to the shops and back.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Gute Woche – zu Fuß zum Einkaufen und zurück.</translation>
    </message>
    <message>
        <source>Stomach bug at work, felt worse for a few days.</source>
        <comment>the demo diary&apos;s note</comment>
        <translation>Magen-Darm-Infekt von der Arbeit, ein paar Tage ging es mir schlechter.</translation>
    </message>
    <message>
        <source>Mesalazine {dose} g</source>
        <comment>a medication of the demo diary</comment>
        <translation>Mesalazin {dose} g</translation>
    </message>
</context>
<context>
    <name>services.demo_cohort</name>
    <message>
        <source>{folder}: not a folder</source>
        <translation>{folder}: kein Ordner</translation>
    </message>
    <message>
        <source>{folder} already holds {file}; choose an empty folder for the demo cohort</source>
        <translation>{folder} enthält bereits {file}; wählen Sie einen leeren Ordner für die Demo-Kohorte</translation>
    </message>
</context>
<context>
    <name>services.entries</name>
    <message>
        <source>side effect {key} is not in your list</source>
        <translation>Nebenwirkung {key} ist nicht in Ihrer Liste</translation>
    </message>
</context>
<context>
    <name>services.transfer</name>
    <message numerus="yes">
        <source>%n new day(s) would be added and {updated} updated</source>
        <translation>
            <numerusform>%n neuer Tag würde hinzugefügt und {updated} aktualisiert</numerusform>
            <numerusform>%n neue Tage würden hinzugefügt und {updated} aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>1 new day was added and {updated} updated</source>
        <translation>1 neuer Tag wurde hinzugefügt und {updated} aktualisiert</translation>
    </message>
    <message>
        <source>{count} new days were added and {updated} updated</source>
        <translation>{count} neue Tage wurden hinzugefügt und {updated} aktualisiert</translation>
    </message>
    <message>
        <source>new side effects: {names}</source>
        <translation>neue Nebenwirkungen: {names}</translation>
    </message>
    <message>
        <source>treatment course starting {date}</source>
        <translation>Behandlung ab {date}</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Es wurde nichts gespeichert (Probelauf).</translation>
    </message>
    <message>
        <source>{name}: export to a file ending in .csv or .json (or .fhir.json for a clinic&apos;s FHIR system)</source>
        <translation>{name}: Exportieren Sie in eine Datei mit der Endung .csv oder .json (oder .fhir.json für das FHIR-System einer Klinik)</translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}: Dieser Ordner existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>this diary already has %n day(s) recorded; the demo only fills an empty data folder (use --data-dir to choose another)</source>
        <translation>
            <numerusform>dieses Tagebuch hat bereits %n erfassten Tag; die Demo füllt nur einen leeren Datenordner (wählen Sie mit --data-dir einen anderen)</numerusform>
            <numerusform>dieses Tagebuch hat bereits %n erfasste Tage; die Demo füllt nur einen leeren Datenordner (wählen Sie mit --data-dir einen anderen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.treatment</name>
    <message>
        <source>there is no ongoing LDN course to stop</source>
        <translation>es gibt keine laufende LDN-Behandlung zum Beenden</translation>
    </message>
    <message>
        <source>there is no course starting on {date}</source>
        <translation>es gibt keine Behandlung, die am {date} beginnt</translation>
    </message>
    <message>
        <source>{name} is not in your medication list</source>
        <translation>{name} ist nicht in Ihrer Medikamentenliste</translation>
    </message>
    <message>
        <source>there is no clinic result of {date} like that</source>
        <translation>ein solches Klinikergebnis vom {date} gibt es nicht</translation>
    </message>
</context>
<context>
    <name>store.backups</name>
    <message>
        <source>automatic, while you worked</source>
        <translation>automatisch, während der Arbeit</translation>
    </message>
    <message>
        <source>when the window closed</source>
        <translation>beim Schließen des Fensters</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>auf Wunsch erstellt</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einem Upgrade</translation>
    </message>
    <message>
        <source>the damaged diary, set aside</source>
        <translation>das beschädigte Tagebuch, beiseitegelegt</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <comment>the count is 0 or above 1</comment>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>copied here</source>
        <translation>hierher kopiert</translation>
    </message>
    <message>
        <source>{entries}, last day {date}</source>
        <translation>{entries}, letzter Tag {date}</translation>
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation>beschädigt, kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>the copy of {source} failed its check: {problem}</source>
        <translation>die Kopie von {source} hat die Prüfung nicht bestanden: {problem}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>{source} could not be copied ({reason})</source>
        <translation>{source} konnte nicht kopiert werden ({reason})</translation>
    </message>
</context>
<context>
    <name>store.csv_file</name>
    <message>
        <source>activity {text} is not allowed; use a whole number from 0 to 10, or leave it empty</source>
        <translation>activity {text} ist nicht erlaubt; verwenden Sie eine ganze Zahl von 0 bis 10 oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>dose_taken {text} is not allowed; use yes or no (or y/n, true/false, 1/0, ja/nee, ja/nein), or leave it empty</source>
        <translation>dose_taken {text} ist nicht erlaubt; verwenden Sie yes oder no (oder y/n, true/false, 1/0, ja/nee, ja/nein) oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>line {line}: not a readable CSV row ({error})</source>
        <translation>Zeile {line}: keine lesbare CSV-Zeile ({error})</translation>
    </message>
    <message>
        <source>date {text} could be day or month first; use YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation>Datum {text} könnte mit Tag oder Monat beginnen; verwenden Sie JJJJ-MM-TT, z. B. 2026-03-01</translation>
    </message>
    <message>
        <source>date {text} is not a day of the calendar; use YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation>Datum {text} ist kein Tag des Kalenders; verwenden Sie JJJJ-MM-TT, z. B. 2026-03-01</translation>
    </message>
    <message>
        <source>dose_mg {text} is not allowed; use a number of mg from {low} to {high}, or leave it empty</source>
        <translation>dose_mg {text} ist nicht erlaubt; verwenden Sie eine Angabe in mg von {low} bis {high} oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>line 1: the header has {columns} columns; a diary has at most {most}</source>
        <translation>Zeile 1: die Kopfzeile hat {columns} Spalten; ein Tagebuch hat höchstens {most}</translation>
    </message>
    <message>
        <source>line 1: there is no &apos;date&apos; column; it is required</source>
        <translation>Zeile 1: es gibt keine Spalte &apos;date&apos;; sie ist erforderlich</translation>
    </message>
    <message>
        <source>line 1, column {column}: the header is empty; name every column</source>
        <translation>Zeile 1, Spalte {column}: die Überschrift ist leer; benennen Sie jede Spalte</translation>
    </message>
    <message>
        <source>line 1: column {column} appears twice</source>
        <translation>Zeile 1: Spalte {column} kommt zweimal vor</translation>
    </message>
    <message>
        <source>line 1: column {column} is the same side effect as column {other}</source>
        <translation>Zeile 1: Spalte {column} ist dieselbe Nebenwirkung wie Spalte {other}</translation>
    </message>
    <message>
        <source>date is empty; every row needs a date (YYYY-MM-DD)</source>
        <translation>date ist leer; jede Zeile braucht ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>date {date} is already on line {line}; one row per day</source>
        <translation>Datum {date} steht schon in Zeile {line}; eine Zeile pro Tag</translation>
    </message>
    <message>
        <source>column {column}: {value} is not allowed; use a severity 0 none, 1 mild, 2 moderate or 3 severe, or leave it empty</source>
        <translation>Spalte {column}: {value} ist nicht erlaubt; verwenden Sie einen Schweregrad 0 keine, 1 leicht, 2 mäßig oder 3 schwer oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>column {column}: {problem}</source>
        <translation>Spalte {column}: {problem}</translation>
    </message>
    <message>
        <source>the file is empty; the first row must be a header with a &apos;date&apos; column</source>
        <translation>die Datei ist leer; die erste Zeile muss eine Kopfzeile mit einer Spalte &apos;date&apos; sein</translation>
    </message>
    <message>
        <source>line {line}: {cells} cells but the header has {columns} columns</source>
        <translation>Zeile {line}: {cells} Zellen, aber die Kopfzeile hat {columns} Spalten</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>store.database</name>
    <message>
        <source>This diary was written by a newer version of {app} (schema {schema}). Please update the app; the diary was left untouched.</source>
        <translation>Dieses Tagebuch wurde von einer neueren Version von {app} geschrieben (Schema {schema}). Bitte aktualisieren Sie die App; das Tagebuch blieb unverändert.</translation>
    </message>
    <message>
        <source>The diary could not be backed up before its upgrade ({error}); it was left untouched.</source>
        <translation>Das Tagebuch konnte vor seinem Upgrade nicht gesichert werden ({error}); es blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>store.files</name>
    <message>
        <source>{path} was not written: {reason}</source>
        <translation>{path} wurde nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>der Datenträger ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder or a device); choose a file name</source>
        <translation>es ist keine normale Datei (ein Ordner oder ein Gerät); wählen Sie einen Dateinamen</translation>
    </message>
    <message>
        <source>the file came out shorter than it should be</source>
        <translation>die Datei ist kürzer geworden, als sie sein sollte</translation>
    </message>
</context>
<context>
    <name>store.integrity</name>
    <message>
        <source>{problem} It was left untouched.</source>
        <translation>{problem} Sie blieb unverändert.</translation>
    </message>
    <message>
        <source>If you never kept a diary in this folder, delete {path} and a new diary is started.</source>
        <translation>Wenn Sie in diesem Ordner nie ein Tagebuch geführt haben, löschen Sie {path}; dann wird ein neues Tagebuch begonnen.</translation>
    </message>
    <message>
        <source>Keep the file: a specialist may rescue some of it.</source>
        <translation>Bewahren Sie die Datei auf: Ein Fachmann kann vielleicht einen Teil davon retten.</translation>
    </message>
    <message>
        <source>{path} is not a readable LDN Diary file: it holds text, not a database.</source>
        <translation>{path} ist keine lesbare LDN-Diary-Datei: Sie enthält Text, keine Datenbank.</translation>
    </message>
    <message>
        <source>{path} is not a readable LDN Diary file: it is not a database file.</source>
        <translation>{path} ist keine lesbare LDN-Diary-Datei: Sie ist keine Datenbankdatei.</translation>
    </message>
    <message numerus="yes">
        <source>{path} is cut short: it has only %n byte(s) left.</source>
        <translation>
            <numerusform>{path} ist abgeschnitten: Es ist nur noch %n Byte übrig.</numerusform>
            <numerusform>{path} ist abgeschnitten: Es sind nur noch %n Byte übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is cut short: it has {size} of the {expected} bytes it should have (perhaps a copy or a save was interrupted).</source>
        <translation>{path} ist abgeschnitten: Sie hat {size} der {expected} Byte, die sie haben sollte (vielleicht wurde ein Kopieren oder Speichern unterbrochen).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation>{path} kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>{path} has lost its newest changes: they were kept in {wal}, which is missing or cut short (perhaps a copy or a sync tool left it out). Put that file back beside it; or, to use the diary as the file alone holds it, delete {shm}.</source>
        <translation>{path} hat seine neuesten Änderungen verloren: Sie standen in {wal}, das fehlt oder abgeschnitten ist (vielleicht hat ein Kopier- oder Synchronisierungsprogramm es ausgelassen). Legen Sie diese Datei wieder daneben; oder löschen Sie {shm}, um das Tagebuch so zu verwenden, wie die Datei allein es enthält.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it holds no diary.</source>
        <translation>{path} ist leer (0 Byte): Sie enthält kein Tagebuch.</translation>
    </message>
    <message>
        <source>{path} is damaged: its unfinished last change cannot be undone.</source>
        <translation>{path} ist beschädigt: Die unvollendete letzte Änderung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>{path} is damaged: its unfinished last change cannot be undone ({error}).</source>
        <translation>{path} ist beschädigt: Die unvollendete letzte Änderung kann nicht rückgängig gemacht werden ({error}).</translation>
    </message>
    <message>
        <source>{path} cannot be checked right now ({error}).</source>
        <translation>{path} kann gerade nicht geprüft werden ({error}).</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({error}).</source>
        <translation>{path} kann nicht geöffnet werden ({error}).</translation>
    </message>
    <message>
        <source>{path} is damaged: SQLite&apos;s check found {found}.</source>
        <translation>{path} ist beschädigt: Die Prüfung von SQLite fand {found}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not an LDN Diary.</source>
        <translation>{path} ist eine SQLite-Datei, aber kein LDN Diary.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problem}.</source>
        <translation>{path} ist beschädigt: {problem}.</translation>
    </message>
    <message>
        <source>{path} cannot be read right now ({error}).</source>
        <translation>{path} kann gerade nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}).</source>
        <translation>{path} ist beschädigt ({error}).</translation>
    </message>
    <message>
        <source>{path} is damaged (its table list cannot be read).</source>
        <translation>{path} ist beschädigt (die Liste der Tabellen kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed; check who may read the file, or try again.</source>
        <translation>{problem} Nichts wurde geändert; prüfen Sie, wer die Datei lesen darf, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} holds no diary: it is empty (0 bytes). If the app was stopped suddenly, its companion file {wal} may have been lost.</source>
        <translation>{path} enthält kein Tagebuch: Sie ist leer (0 Byte). Wenn die App plötzlich beendet wurde, ist die zugehörige Datei {wal} vielleicht verloren gegangen.</translation>
    </message>
    <message>
        <source>{path} holds no diary: it is a database with nothing in it. If the app was stopped suddenly, its companion file {wal} may have been lost.</source>
        <translation>{path} enthält kein Tagebuch: Sie ist eine leere Datenbank. Wenn die App plötzlich beendet wurde, ist die zugehörige Datei {wal} vielleicht verloren gegangen.</translation>
    </message>
</context>
<context>
    <name>store.json_file</name>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}: ein Objekt erwartet</translation>
    </message>
    <message>
        <source>{where}: {value} has the wrong type</source>
        <translation>{where}: {value} hat den falschen Typ</translation>
    </message>
    <message>
        <source>{where}: the number is far too large (or not a number)</source>
        <translation>{where}: die Zahl ist viel zu groß (oder keine Zahl)</translation>
    </message>
    <message>
        <source>{where}: expected a list</source>
        <translation>{where}: eine Liste erwartet</translation>
    </message>
    <message>
        <source>line {line}: not valid JSON ({error})</source>
        <translation>Zeile {line}: kein gültiges JSON ({error})</translation>
    </message>
    <message>
        <source>the JSON is nested far too deeply to be a diary export</source>
        <translation>das JSON ist viel zu tief verschachtelt für einen Tagebuch-Export</translation>
    </message>
    <message>
        <source>not a readable diary export ({error})</source>
        <translation>kein lesbarer Tagebuch-Export ({error})</translation>
    </message>
    <message>
        <source>not an LDN Diary export: the JSON has no &apos;format_version&apos;</source>
        <translation>kein Export von LDN Diary: Das JSON hat keine &apos;format_version&apos;</translation>
    </message>
    <message>
        <source>format_version {found} is not supported; this version reads {supported} (the file comes from a newer LDN Diary: update this one to read it)</source>
        <translation>format_version {found} wird nicht unterstützt; diese Version liest {supported} (die Datei stammt von einem neueren LDN Diary: aktualisieren Sie dieses, um sie zu lesen)</translation>
    </message>
    <message>
        <source>format_version {found} is not supported; this version reads {supported}</source>
        <translation>format_version {found} wird nicht unterstützt; diese Version liest {supported}</translation>
    </message>
    <message>
        <source>{where}: required (YYYY-MM-DD)</source>
        <translation>{where}: erforderlich (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{where}: {value} is not allowed; use 0, 1, 2 or 3</source>
        <translation>{where}: {value} ist nicht erlaubt; verwenden Sie 0, 1, 2 oder 3</translation>
    </message>
    <message>
        <source>{where}: use one of {choices}</source>
        <translation>{where}: verwenden Sie eines von {choices}</translation>
    </message>
    <message>
        <source>{where}: a list of complication names is needed</source>
        <translation>{where}: eine Liste mit Namen von Komplikationen ist nötig</translation>
    </message>
    <message>
        <source>{where}: a list of score names is needed</source>
        <translation>{where}: eine Liste mit Namen von Scores ist nötig</translation>
    </message>
</context>
<context>
    <name>store.lock</name>
    <message>
        <source>process {pid} on {host}</source>
        <translation>Prozess {pid} auf {host}</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>Prozess {pid}</translation>
    </message>
    <message>
        <source>another process on {host}</source>
        <translation>ein anderer Prozess auf {host}</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>The diary in {folder} is already open in the {app} window ({holder}). Close the window first; nothing was changed.</source>
        <translation>Das Tagebuch in {folder} ist bereits im Fenster von {app} geöffnet ({holder}). Schließen Sie zuerst das Fenster; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The diary in {folder} is already open in the {app} window. Close the window first; nothing was changed.</source>
        <translation>Das Tagebuch in {folder} ist bereits im Fenster von {app} geöffnet. Schließen Sie zuerst das Fenster; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The diary in {folder} is being changed by another ldn-diary command ({holder}). Try again when it has finished; nothing was changed.</source>
        <translation>Das Tagebuch in {folder} wird von einem anderen ldn-diary-Befehl geändert ({holder}). Versuchen Sie es erneut, wenn er fertig ist; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{path} is a link, not the app&apos;s lock file (someone may have put it there); nothing was changed. Delete it and try again.</source>
        <translation>{path} ist eine Verknüpfung, nicht die Sperrdatei der App (jemand hat sie vielleicht dort abgelegt); nichts wurde geändert. Löschen Sie sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>store.restore</name>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: Datei existiert nicht</translation>
    </message>
    <message>
        <source>it</source>
        <comment>the backup file, in a sentence about it in place of its path</comment>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {problem}</source>
        <translation>{file} kann nicht wiederhergestellt werden: {problem}</translation>
    </message>
    <message>
        <source>{file} cannot be restored: it holds no diary</source>
        <translation>{file} kann nicht wiederhergestellt werden: Die Datei enthält kein Tagebuch</translation>
    </message>
    <message>
        <source>{file} cannot be restored: it was written by a newer version of the app (schema {schema}); update the app first</source>
        <translation>{file} kann nicht wiederhergestellt werden: Die Datei wurde von einer neueren Version der App geschrieben (Schema {schema}); aktualisieren Sie zuerst die App</translation>
    </message>
</context>
<context>
    <name>store.transfer</name>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: Datei existiert nicht</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{file}: the file is larger than {size} MB, far more than a diary (25 years of days are under 5 MB); is it the right file?</source>
        <translation>{file}: die Datei ist größer als {size} MB, weit mehr als ein Tagebuch (25 Jahre an Tagen sind unter 5 MB); ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text (byte {byte}); save it as UTF-8 and try again</source>
        <translation>{file}: kein UTF-8-Text (Byte {byte}); speichern Sie die Datei als UTF-8 und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>store.value_checks</name>
    <message numerus="yes">
        <source>%n date(s) in {column} cannot be read</source>
        <translation>
            <numerusform>%n Datum in {column} kann nicht gelesen werden</numerusform>
            <numerusform>%n Datumsangaben in {column} können nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in {column} cannot be read</source>
        <translation>
            <numerusform>%n Uhrzeit in {column} kann nicht gelesen werden</numerusform>
            <numerusform>%n Uhrzeiten in {column} können nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 medication category cannot be read</source>
        <translation>1 Medikamentenart kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>{count} medication categories cannot be read</source>
        <comment>the count is above 1</comment>
        <translation>{count} Medikamentenarten können nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) cannot be read</source>
        <translation>
            <numerusform>%n Einstellung kann nicht gelesen werden</numerusform>
            <numerusform>%n Einstellungen können nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row of {table} holds a value of the wrong kind</source>
        <translation>1 Zeile von {table} enthält einen Wert der falschen Art</translation>
    </message>
    <message>
        <source>{count} rows of {table} hold a value of the wrong kind</source>
        <comment>the count is above 1</comment>
        <translation>{count} Zeilen von {table} enthalten einen Wert der falschen Art</translation>
    </message>
    <message>
        <source>1 row of {table} breaks the rule {rule}</source>
        <translation>1 Zeile von {table} verletzt die Regel {rule}</translation>
    </message>
    <message>
        <source>{count} rows of {table} break the rule {rule}</source>
        <comment>the count is above 1</comment>
        <translation>{count} Zeilen von {table} verletzen die Regel {rule}</translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <source>{app} needs a desktop session to open its window (DISPLAY is not set).</source>
        <translation>{app} braucht eine Desktop-Sitzung, um sein Fenster zu öffnen (DISPLAY ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>{app} needs some system libraries to open its window. Install them with:
    {command}</source>
        <translation>{app} braucht einige Systembibliotheken, um sein Fenster zu öffnen. Installieren Sie sie mit:
    {command}</translation>
    </message>
    <message>
        <source>{app} could not load Qt ({reason}). Reinstall it with: {command}</source>
        <translation>{app} konnte Qt nicht laden ({reason}). Installieren Sie es neu mit: {command}</translation>
    </message>
    <message>
        <source>Your diary is already open in another {app} window. Switch to that window (it may be minimised or behind other windows).</source>
        <translation>Ihr Tagebuch ist bereits in einem anderen Fenster von {app} geöffnet. Wechseln Sie zu diesem Fenster (es ist vielleicht minimiert oder hinter anderen Fenstern).</translation>
    </message>
    <message>
        <source>The diary folder cannot be used: {reason}</source>
        <translation>Der Ordner des Tagebuchs kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>Your diary could not be opened.

{reason}</source>
        <translation>Ihr Tagebuch konnte nicht geöffnet werden.

{reason}</translation>
    </message>
</context>
<context>
    <name>ui.auto_backup</name>
    <message>
        <source>Your diary is saved, but it could not be backed up: {reason}.</source>
        <translation>Ihr Tagebuch ist gespeichert, aber es konnte keine Sicherung erstellt werden: {reason}.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The app will try again later.</source>
        <translation>Die App versucht es später erneut.</translation>
    </message>
</context>
<context>
    <name>ui.calendar</name>
    <message>
        <source>Calendar: days in bold have an entry</source>
        <translation>Kalender: fett gedruckte Tage haben einen Eintrag</translation>
    </message>
</context>
<context>
    <name>ui.entry.banner</name>
    <message>
        <source>Can&apos;t remember</source>
        <translation>Weiß ich nicht mehr</translation>
    </message>
    <message>
        <source>Leave this day empty; it is not offered again</source>
        <translation>Diesen Tag leer lassen; er wird nicht wieder angeboten</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the catch-up of missed days</comment>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop here; the days left are offered again later</source>
        <translation>Hier aufhören; die übrigen Tage werden später wieder angeboten</translation>
    </message>
    <message>
        <source>Yesterday has no entry yet.</source>
        <translation>Für gestern gibt es noch keinen Eintrag.</translation>
    </message>
    <message>
        <source>Fill in yesterday</source>
        <translation>Gestern ausfüllen</translation>
    </message>
    <message>
        <source>The last {count} days have no entry yet.</source>
        <translation>Für die letzten {count} Tage gibt es noch keinen Eintrag.</translation>
    </message>
    <message>
        <source>The {count} days since {day} have no entry yet.</source>
        <translation>Für die {count} Tage seit {day} gibt es noch keinen Eintrag.</translation>
    </message>
    <message>
        <source>Fill in the {count} missed days</source>
        <translation>Die {count} fehlenden Tage ausfüllen</translation>
    </message>
    <message>
        <source>Neither has today.</source>
        <comment>after: the missed days have no entry yet</comment>
        <translation>Für heute auch nicht.</translation>
    </message>
    <message>
        <source>Today has no entry yet.</source>
        <translation>Für heute gibt es noch keinen Eintrag.</translation>
    </message>
    <message>
        <source>Fill in today</source>
        <translation>Heute ausfüllen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed day {place} of {total}:&lt;/b&gt; {day}. Save it to go on to the next.</source>
        <translation>&lt;b&gt;Fehlender Tag {place} von {total}:&lt;/b&gt; {day}. Speichern Sie ihn, um zum nächsten zu gelangen.</translation>
    </message>
    <message numerus="yes">
        <source>%n missed day(s) filled in, {left} left empty</source>
        <translation>
            <numerusform>%n fehlender Tag ausgefüllt, {left} leer gelassen</numerusform>
            <numerusform>%n fehlende Tage ausgefüllt, {left} leer gelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed day(s) filled in</source>
        <translation>
            <numerusform>%n fehlender Tag ausgefüllt</numerusform>
            <numerusform>%n fehlende Tage ausgefüllt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.entry.choice_frame</name>
    <message>
        <source>{question}: not answered</source>
        <translation>{question}: nicht beantwortet</translation>
    </message>
    <message>
        <source>{question}: {answer}, {place} of {total}</source>
        <comment>a screen reader: Headache: mild, 2 of 4</comment>
        <translation>{question}: {answer}, {place} von {total}</translation>
    </message>
</context>
<context>
    <name>ui.entry.condition_items</name>
    <message>
        <source>Any of these today?</source>
        <comment>complications of Crohn&apos;s or colitis</comment>
        <translation>Heute etwas davon?</translation>
    </message>
    <message>
        <source>How many liquid or very soft stools on {day}?</source>
        <translation>Wie viele flüssige oder sehr weiche Stühle hatten Sie am {day}?</translation>
    </message>
    <message>
        <source>Tummy (abdominal) pain on {day}?</source>
        <translation>Bauchschmerzen am {day}?</translation>
    </message>
    <message>
        <source>How well did you feel on {day}?</source>
        <translation>Wie gut ging es Ihnen am {day}?</translation>
    </message>
    <message>
        <source>Blood in your stools on {day}?</source>
        <translation>Blut im Stuhl am {day}?</translation>
    </message>
    <message>
        <source>Your average pain on {day}, from 0 (none) to 10 (worst imaginable)?</source>
        <translation>Ihre durchschnittlichen Schmerzen am {day}, von 0 (keine) bis 10 (schlimmste vorstellbare)?</translation>
    </message>
    <message>
        <source>Any of these on {day}?</source>
        <comment>complications of Crohn&apos;s or colitis</comment>
        <translation>Etwas davon am {day}?</translation>
    </message>
    <message>
        <source>Click again, or press Backspace, to leave it unanswered</source>
        <translation>Erneut klicken oder die Rücktaste drücken, um die Frage offen zu lassen</translation>
    </message>
    <message>
        <source>A number from {low} to {high}; leave it empty if you did not count</source>
        <translation>Eine Zahl von {low} bis {high}; leer lassen, wenn Sie nicht gezählt haben</translation>
    </message>
    <message>
        <source>none of these</source>
        <comment>complications</comment>
        <translation>nichts davon</translation>
    </message>
    <message>
        <source>Complications: none</source>
        <translation>Komplikationen: keine</translation>
    </message>
    <message>
        <source>Complication: {complication}</source>
        <translation>Komplikation: {complication}</translation>
    </message>
    <message>
        <source>Complications the last time</source>
        <translation>Komplikationen beim letzten Mal</translation>
    </message>
    <message>
        <source>last time: {complications}</source>
        <translation>letztes Mal: {complications}</translation>
    </message>
    <message>
        <source>last time: none</source>
        <comment>complications</comment>
        <translation>letztes Mal: keine</translation>
    </message>
    <message>
        <source>{scores} and {last}</source>
        <comment>a list of scores: HBI and PRO2-CD</comment>
        <translation>{scores} und {last}</translation>
    </message>
    <message>
        <source>Questions for your {scores}   ({keys} jumps here)</source>
        <translation>Fragen zu {scores}   ({keys} springt hierher)</translation>
    </message>
</context>
<context>
    <name>ui.entry.page</name>
    <message>
        <source>How active was your disease today?</source>
        <translation>Wie aktiv war Ihre Erkrankung heute?</translation>
    </message>
    <message>
        <source>Side effects today</source>
        <translation>Nebenwirkungen heute</translation>
    </message>
    <message>
        <source>How active was your disease on {day}?</source>
        <translation>Wie aktiv war Ihre Erkrankung am {day}?</translation>
    </message>
    <message>
        <source>Side effects on {day}</source>
        <translation>Nebenwirkungen am {day}</translation>
    </message>
    <message>
        <source>Unsaved changes — press Save day (Ctrl+S)</source>
        <translation>Ungespeicherte Änderungen — auf Tag speichern klicken (Strg+S)</translation>
    </message>
    <message>
        <source>✓ Saved — {day}</source>
        <translation>✓ Gespeichert — {day}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>This day was not marked</source>
        <translation>Dieser Tag wurde nicht markiert</translation>
    </message>
    <message>
        <source>Stopped: {summary}</source>
        <comment>the catch-up of missed days</comment>
        <translation>Beendet: {summary}</translation>
    </message>
    <message>
        <source>✓ Caught up: {summary}</source>
        <comment>the missed days</comment>
        <translation>✓ Nachgetragen: {summary}</translation>
    </message>
    <message>
        <source>This day was not saved</source>
        <translation>Dieser Tag wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You changed {day} but did not save it. Save it now?</source>
        <translation>Sie haben {day} geändert, aber nicht gespeichert. Jetzt speichern?</translation>
    </message>
</context>
<context>
    <name>ui.entry.parts</name>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Vorheriger Tag</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>the date of the entry with its weekday, as a Qt date pattern</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Date of the entry</source>
        <translation>Datum des Eintrags</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Nächster Tag ▶</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>go to today&apos;s entry</comment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>Zu heute (Alt+Pos1)</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute</translation>
    </message>
    <message>
        <source>How active was your disease</source>
        <comment>a screen reader, before the answer</comment>
        <translation>Wie aktiv war Ihre Erkrankung</translation>
    </message>
    <message>
        <source>Activity {value}, {band}</source>
        <translation>Aktivität {value}, {band}</translation>
    </message>
    <message>
        <source>{value}: {band} (no symptoms)</source>
        <translation>{value}: {band} (keine Beschwerden)</translation>
    </message>
    <message>
        <source>{value}: {band} (worst imaginable)</source>
        <translation>{value}: {band} (schlimmste vorstellbare)</translation>
    </message>
    <message>
        <source>{value}: {band}</source>
        <comment>an activity value and its band: 2: mild</comment>
        <translation>{value}: {band}</translation>
    </message>
    <message>
        <source>0 = no symptoms at all, 10 = worst imaginable. Keys 0–9 choose; 1 then 0, or End, is 10.</source>
        <translation>0 = gar keine Beschwerden, 10 = schlimmste vorstellbare. Tasten 0–9 wählen; 1 und dann 0, oder Ende, ist 10.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Leave the activity empty (Backspace)</source>
        <translation>Aktivität leer lassen (Rücktaste)</translation>
    </message>
    <message>
        <source>Clear activity</source>
        <translation>Aktivität löschen</translation>
    </message>
    <message>
        <source>LDN dose</source>
        <translation>LDN-Dosis</translation>
    </message>
    <message>
        <source> mg</source>
        <comment>the unit after the dose, with its space</comment>
        <translation> mg</translation>
    </message>
    <message>
        <source>no dose recorded</source>
        <translation>keine Dosis erfasst</translation>
    </message>
    <message>
        <source>Dose in milligrams</source>
        <translation>Dosis in Milligramm</translation>
    </message>
    <message>
        <source>Next step of your plan</source>
        <translation>Nächste Stufe Ihres Plans</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>the dose</comment>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>Dose taken</source>
        <translation>Dosis eingenommen</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>the dose</comment>
        <translation>Nicht eingenommen</translation>
    </message>
    <message>
        <source>Dose missed</source>
        <translation>Dosis nicht eingenommen</translation>
    </message>
    <message>
        <source>Time the dose was taken</source>
        <translation>Einnahmezeit</translation>
    </message>
    <message>
        <source>at</source>
        <comment>taken at 22:00</comment>
        <translation>um</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything worth remembering: a flare, a missed night&apos;s sleep, a new medicine…</source>
        <translation>Alles, was Sie festhalten möchten: ein Schub, eine schlaflose Nacht, ein neues Medikament…</translation>
    </message>
    <message>
        <source>{length} / {limit}  — too long</source>
        <comment>characters in the note</comment>
        <translation>{length} / {limit}  — zu lang</translation>
    </message>
    <message>
        <source>{length} / {limit}</source>
        <comment>characters in the note</comment>
        <translation>{length} / {limit}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Save day</source>
        <translation>Tag speichern</translation>
    </message>
    <message>
        <source>Save this day (Ctrl+S)</source>
        <translation>Diesen Tag speichern (Strg+S)</translation>
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
        <translation>Liste bearbeiten…</translation>
    </message>
    <message>
        <source>Add your own side effects or hide ones you never get</source>
        <translation>Eigene Nebenwirkungen hinzufügen oder solche ausblenden, die Sie nie haben</translation>
    </message>
    <message>
        <source>Edit the side-effect list</source>
        <translation>Die Liste der Nebenwirkungen bearbeiten</translation>
    </message>
</context>
<context>
    <name>ui.errors</name>
    <message>
        <source>Something went wrong, and part of the window may not show your latest changes. What you saved is kept in your diary. Restarting {app} shows it again; the details below help to fix this.</source>
        <translation>Etwas ist schiefgegangen, und ein Teil des Fensters zeigt vielleicht nicht Ihre letzten Änderungen. Was Sie gespeichert haben, bleibt in Ihrem Tagebuch erhalten. Nach einem Neustart von {app} ist es wieder zu sehen; die Details unten helfen, den Fehler zu beheben.</translation>
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
        <translation>Tabelle: Ihre Tage, eine Zeile pro Tag</translation>
    </message>
    <message>
        <source>Everything, for a backup or another computer</source>
        <translation>Alles, für eine Sicherung oder einen anderen Computer</translation>
    </message>
    <message>
        <source>FHIR R4, for your clinic&apos;s record system</source>
        <translation>FHIR R4, für das Aktensystem Ihrer Klinik</translation>
    </message>
</context>
<context>
    <name>ui.file_menu</name>
    <message>
        <source>Import a diary file</source>
        <translation>Eine Tagebuchdatei importieren</translation>
    </message>
    <message>
        <source>Diary files (*.csv *.json)</source>
        <translation>Tagebuchdateien (*.csv *.json)</translation>
    </message>
    <message>
        <source>{file} was not imported</source>
        <translation>{file} wurde nicht importiert</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Importing {file}: {changes}

Import it now?</source>
        <translation>{file} importieren: {changes}

Jetzt importieren?</translation>
    </message>
    <message>
        <source>Import?</source>
        <translation>Importieren?</translation>
    </message>
    <message>
        <source>Imported {file}: {changes}</source>
        <translation>{file} importiert: {changes}</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; looks like &apos;{known}&apos;</source>
        <translation>„{column}“ ähnelt „{known}“</translation>
    </message>
    <message>
        <source>Some columns of the file look misspelled:

{columns}

Fix their names in the file and import it again, or add them as side effects of your own.</source>
        <translation>Einige Spalten der Datei scheinen falsch geschrieben:

{columns}

Korrigieren Sie ihre Namen in der Datei und importieren Sie sie erneut, oder fügen Sie sie als eigene Nebenwirkungen hinzu.</translation>
    </message>
    <message>
        <source>Misspelled columns?</source>
        <translation>Falsch geschriebene Spalten?</translation>
    </message>
    <message>
        <source>Add as my own side effects</source>
        <translation>Als eigene Nebenwirkungen hinzufügen</translation>
    </message>
    <message>
        <source>Export the diary</source>
        <translation>Das Tagebuch exportieren</translation>
    </message>
    <message>
        <source>The diary was not exported</source>
        <translation>Das Tagebuch wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to {file}</source>
        <translation>
            <numerusform>%n Tag nach {file} exportiert</numerusform>
            <numerusform>%n Tage nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name in the file?</source>
        <translation>Ihr Name in der Datei?</translation>
    </message>
    <message>
        <source>Put your name and date of birth in the file for your clinic? Without them the file says nothing about who you are.</source>
        <translation>Ihren Namen und Ihr Geburtsdatum in die Datei für Ihre Klinik aufnehmen? Ohne sie sagt die Datei nichts darüber, wer Sie sind.</translation>
    </message>
</context>
<context>
    <name>ui.history_page</name>
    <message>
        <source>Diary history</source>
        <translation>Verlauf des Tagebuchs</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) recorded from {first} to {last}. Double-click a day (or press Enter) to open it.</source>
        <translation>
            <numerusform>%n Tag erfasst vom {first} bis {last}. Doppelklicken Sie auf einen Tag (oder drücken Sie die Eingabetaste), um ihn zu öffnen.</numerusform>
            <numerusform>%n Tage erfasst vom {first} bis {last}. Doppelklicken Sie auf einen Tag (oder drücken Sie die Eingabetaste), um ihn zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No days recorded yet. Your entries will be listed here, newest first.</source>
        <translation>Noch keine Tage erfasst. Ihre Einträge werden hier aufgelistet, die neuesten zuerst.</translation>
    </message>
</context>
<context>
    <name>ui.language_dialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>&amp;Sprache des Fensters</translation>
    </message>
    <message>
        <source>This is the language the window speaks now.</source>
        <translation>Das Fenster verwendet diese Sprache bereits.</translation>
    </message>
    <message>
        <source>LDN Diary speaks {language} from its next start. The clinician summary can be printed in any language: choose it on its page.</source>
        <translation>LDN Diary verwendet {language} ab dem nächsten Start. Die Zusammenfassung für Ihre Ärztin oder Ihren Arzt können Sie in jeder Sprache drucken: Wählen Sie sie auf deren Seite.</translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <source>Your diary is kept on this computer only, in {folder}</source>
        <translation>Ihr Tagebuch wird nur auf diesem Computer gespeichert, in {folder}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <comment>a page of the window and its shortcut</comment>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Medication note</source>
        <translation>Hinweis zu Medikamenten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Side-effect list…</source>
        <translation>Liste der &amp;Nebenwirkungen…</translation>
    </message>
    <message>
        <source>&amp;Response thresholds…</source>
        <translation>Schwellen für das &amp;Ansprechen…</translation>
    </message>
    <message>
        <source>Re&amp;minders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Sprache…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;About your painkillers.&lt;/b&gt; {warning}</source>
        <translation>&lt;b&gt;Zu Ihren Schmerzmitteln.&lt;/b&gt; {warning}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;A symptom diary for people taking low-dose naltrexone. Everything you record stays on this computer.&lt;/p&gt;&lt;p&gt;Your diary folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;Ein Symptomtagebuch für Menschen, die niedrig dosiertes Naltrexon einnehmen. Alles, was Sie erfassen, bleibt auf diesem Computer.&lt;/p&gt;&lt;p&gt;Ihr Tagebuch-Ordner: {folder}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ui.opening</name>
    <message>
        <source>Opening your diary…</source>
        <translation>Ihr Tagebuch wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening your diary</source>
        <translation>Ihr Tagebuch wird geöffnet</translation>
    </message>
</context>
<context>
    <name>ui.page_list</name>
    <message>
        <source>Today&apos;s entry</source>
        <translation>Heutiger Eintrag</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Arztbericht</translation>
    </message>
</context>
<context>
    <name>ui.reminders</name>
    <message>
        <source>Time for your LDN diary</source>
        <translation>Zeit für Ihr LDN-Tagebuch</translation>
    </message>
    <message>
        <source>Today has no entry yet. Click here to fill it in: it takes about 15 seconds.</source>
        <translation>Für heute gibt es noch keinen Eintrag. Klicken Sie hier, um ihn auszufüllen: Es dauert etwa 15 Sekunden.</translation>
    </message>
    <message>
        <source>Time for your LDN dose</source>
        <translation>Zeit für Ihre LDN-Dosis</translation>
    </message>
    <message>
        <source>Your plan has a dose now. Click here to record it once you have taken it.</source>
        <translation>Laut Ihrem Plan ist jetzt eine Dosis fällig. Klicken Sie hier, um sie einzutragen, sobald Sie sie eingenommen haben.</translation>
    </message>
    <message>
        <source>LDN Diary test reminder</source>
        <translation>Test-Erinnerung von LDN Diary</translation>
    </message>
    <message>
        <source>Reminders work on this computer. Click here to open today&apos;s entry.</source>
        <translation>Erinnerungen funktionieren auf diesem Computer. Klicken Sie hier, um den heutigen Eintrag zu öffnen.</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <source>Today&apos;s entry</source>
        <translation>Heutiger Eintrag</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Erinnerungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>On: a reminder at {time} on days without an entry and a reminder at the planned dose time while a course runs.</source>
        <translation>Ein: eine Erinnerung um {time} an Tagen ohne Eintrag und eine Erinnerung zur geplanten Einnahmezeit, solange eine Behandlung läuft.</translation>
    </message>
    <message>
        <source>On: a reminder at {time} on days without an entry.</source>
        <translation>Ein: eine Erinnerung um {time} an Tagen ohne Eintrag.</translation>
    </message>
    <message>
        <source>On: a reminder at the planned dose time while a course runs.</source>
        <translation>Ein: eine Erinnerung zur geplanten Einnahmezeit, solange eine Behandlung läuft.</translation>
    </message>
    <message>
        <source>The app stays in the tray when you close the window.</source>
        <translation>Das Programm bleibt im Infobereich, wenn Sie das Fenster schließen.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come while the window is open (it may be minimised).</source>
        <translation>Dieser Desktop hat keinen Infobereich: Erinnerungen kommen, solange das Fenster offen ist (es darf minimiert sein).</translation>
    </message>
    <message>
        <source>{app} keeps running here to remind you. To quit, choose Quit in this icon&apos;s menu.</source>
        <translation>{app} läuft hier weiter, um Sie zu erinnern. Zum Beenden wählen Sie „Beenden“ im Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>ui.reminders_dialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>The verdict on LDN needs most days filled in. A reminder in the evening helps; it comes only on days that have no entry yet, once.</source>
        <translation>Für ein Urteil über LDN müssen die meisten Tage ausgefüllt sein. Eine Erinnerung am Abend hilft; sie kommt nur an Tagen ohne Eintrag, und nur einmal.</translation>
    </message>
    <message>
        <source>Remind me when a day has no entry, at</source>
        <translation>Mich erinnern, wenn ein Tag keinen Eintrag hat, um</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Remind me at my planned dose time, while a course runs and until the dose is recorded</source>
        <translation>Mich zur geplanten Einnahmezeit erinnern, solange eine Behandlung läuft und bis die Dosis eingetragen ist</translation>
    </message>
    <message>
        <source>Start LDN Diary when I log in, out of sight until a reminder</source>
        <translation>LDN Diary bei der Anmeldung starten, unsichtbar bis zu einer Erinnerung</translation>
    </message>
    <message>
        <source>Writes {place}; turning it off removes it again</source>
        <translation>Schreibt {place}; Ausschalten entfernt es wieder</translation>
    </message>
    <message>
        <source>Looking for the desktop&apos;s notifications…</source>
        <translation>Benachrichtigungen des Desktops werden gesucht…</translation>
    </message>
    <message>
        <source>Send a test reminder</source>
        <translation>Test-Erinnerung senden</translation>
    </message>
    <message>
        <source>Notifications on this desktop are shown by {server}.</source>
        <translation>Benachrichtigungen auf diesem Desktop zeigt {server} an.</translation>
    </message>
    <message>
        <source>No notification service answered on this desktop: a reminder makes the LDN Diary window ask for attention instead.</source>
        <translation>Auf diesem Desktop hat kein Benachrichtigungsdienst geantwortet: Bei einer Erinnerung macht stattdessen das Fenster von LDN Diary auf sich aufmerksam.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent: it should be on your screen now.</source>
        <translation>Gesendet: Die Erinnerung sollte jetzt auf Ihrem Bildschirm zu sehen sein.</translation>
    </message>
    <message>
        <source>no answer</source>
        <comment>from the notification service</comment>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>It could not be shown ({reason}).</source>
        <translation>Die Erinnerung konnte nicht angezeigt werden ({reason}).</translation>
    </message>
    <message>
        <source>The reminders were not saved</source>
        <translation>Die Erinnerungen wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: {error}</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: {error}</translation>
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
        <translation>Erster Tag der Zusammenfassung</translation>
    </message>
    <message>
        <source>Last day of the summary</source>
        <translation>Letzter Tag der Zusammenfassung</translation>
    </message>
    <message>
        <source>This course</source>
        <translation>Diese Behandlung</translation>
    </message>
    <message>
        <source>Summarise the current course</source>
        <translation>Die aktuelle Behandlung zusammenfassen</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Meine Notizen aufnehmen</translation>
    </message>
    <message>
        <source>Include my name and date of birth</source>
        <translation>Meinen Namen und mein Geburtsdatum aufnehmen</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Summary language</source>
        <translation>Sprache der Zusammenfassung</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Wie das Fenster</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation>Die Zusammenfassung als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>Als PDF speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Die Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Summary status</source>
        <translation>Status der Zusammenfassung</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message>
        <source>Pages of the summary</source>
        <translation>Seiten der Zusammenfassung</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a period: From [date] to [date]</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <comment>the last day of a period: From [date] to [date]</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Summary &amp;language</source>
        <translation>&amp;Sprache der Zusammenfassung</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>{verdict}. Nothing personal is printed unless you tick it.</source>
        <translation>{verdict}. Persönliches wird nur gedruckt, wenn Sie es ankreuzen.</translation>
    </message>
    <message>
        <source>No LDN course in this period. Nothing personal is printed unless you tick it.</source>
        <translation>Keine LDN-Behandlung in diesem Zeitraum. Persönliches wird nur gedruckt, wenn Sie es ankreuzen.</translation>
    </message>
    <message>
        <source>LDN summary {date}</source>
        <comment>the PDF&apos;s file name</comment>
        <translation>LDN-Zusammenfassung {date}</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Die Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>The summary could not be saved</source>
        <translation>Die Zusammenfassung konnte nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>%n Seite in {path} gespeichert.</numerusform>
            <numerusform>%n Seiten in {path} gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.response_panel</name>
    <message>
        <source>Is LDN working?</source>
        <translation>Wirkt LDN?</translation>
    </message>
    <message>
        <source>Progress through the first 4 weeks</source>
        <translation>Fortschritt in den ersten 4 Wochen</translation>
    </message>
    <message>
        <source>Weeks of improvement, out of 12</source>
        <translation>Wochen mit Besserung, von 12</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Schwellen…</translation>
    </message>
    <message>
        <source>What counts as an improvement</source>
        <translation>Was als Besserung gilt</translation>
    </message>
    <message>
        <source>Response thresholds</source>
        <translation>Schwellen für das Ansprechen</translation>
    </message>
    <message>
        <source>No LDN course yet</source>
        <translation>Noch keine LDN-Behandlung</translation>
    </message>
    <message>
        <source>Your course starts on the first day you record a dose as taken. Recording your activity for a few days before that gives the baseline to compare with.</source>
        <translation>Ihre Behandlung beginnt am ersten Tag, an dem Sie eine Dosis als eingenommen erfassen. Wenn Sie einige Tage vorher Ihre Aktivität erfassen, ergibt das den Ausgangswert für den Vergleich.</translation>
    </message>
    <message>
        <source>Day {day} of your course (started {start}), judged on your diary up to {as_of}</source>
        <translation>Tag {day} Ihrer Behandlung (begonnen am {start}), beurteilt nach Ihrem Tagebuch bis {as_of}</translation>
    </message>
    <message>
        <source>Day {day} of your course (started {start})</source>
        <translation>Tag {day} Ihrer Behandlung (begonnen am {start})</translation>
    </message>
    <message>
        <source>Course starts {start}</source>
        <translation>Behandlung beginnt am {start}</translation>
    </message>
    <message>
        <source>First 4 weeks: ✓ improved by day {day}</source>
        <translation>Erste 4 Wochen: ✓ gebessert bis Tag {day}</translation>
    </message>
    <message>
        <source>improved</source>
        <comment>on a progress bar: the first 4 weeks brought an improvement</comment>
        <translation>gebessert</translation>
    </message>
    <message>
        <source>First 4 weeks: looking for an improvement</source>
        <translation>Erste 4 Wochen: noch keine Besserung gesehen</translation>
    </message>
    <message>
        <source>day {day} of {days}</source>
        <comment>on a progress bar: day 9 of 28</comment>
        <translation>Tag {day} von {days}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): 12 weeks reached</source>
        <translation>
            <numerusform>%n Tag: 12 Wochen erreicht</numerusform>
            <numerusform>%n Tage: 12 Wochen erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{days} of %n day(s)</source>
        <comment>on a progress bar: 34 of 84 days</comment>
        <translation>
            <numerusform>{days} von %n Tag</numerusform>
            <numerusform>{days} von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Improvement lasting 4 weeks (response) and 12 weeks (long-lasting):</source>
        <translation>Besserung über 4 Wochen (Ansprechen) und 12 Wochen (anhaltend):</translation>
    </message>
</context>
<context>
    <name>ui.restore_dialog</name>
    <message>
        <source>Diary backups (*.sqlite3);;All files (*)</source>
        <translation>Tagebuch-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Last day recorded</source>
        <translation>Letzter erfasster Tag</translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>damaged</source>
        <comment>a backup</comment>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>cannot be restored</source>
        <translation>nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring replaces your diary with the backup you choose. Your diary as it is now is backed up first, so you can undo a restore by restoring that backup.</source>
        <translation>Beim Wiederherstellen wird Ihr Tagebuch durch die gewählte Sicherung ersetzt. Ihr Tagebuch wird vorher so gesichert, wie es jetzt ist; Sie können das Wiederherstellen also rückgängig machen, indem Sie diese Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>There are no backups yet. They are made when you close the window after a change, every 30 minutes while you work, and before an import or a restore.</source>
        <translation>Es gibt noch keine Sicherungen. Sie werden erstellt, wenn Sie das Fenster nach einer Änderung schließen, alle 30 Minuten während der Arbeit und vor einem Import oder einer Wiederherstellung.</translation>
    </message>
    <message>
        <source>Backups are kept in &lt;a href=&apos;{url}&apos;&gt;{folder}&lt;/a&gt;</source>
        <translation>Sicherungen werden in &lt;a href=&apos;{url}&apos;&gt;{folder}&lt;/a&gt; aufbewahrt</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>Restore a backup saved elsewhere, e.g. with &apos;{command}&apos;</source>
        <translation>Eine anderswo gespeicherte Sicherung wiederherstellen, z. B. erstellt mit &apos;{command}&apos;</translation>
    </message>
    <message>
        <source>Restore a diary file</source>
        <translation>Eine Tagebuchdatei wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your diary ({now}) with the backup made on {made}, with {entries}?</source>
        <translation>Ihr Tagebuch ({now}) durch die Sicherung vom {made} mit {entries} ersetzen?</translation>
    </message>
    <message>
        <source>Replace your diary ({now}) with {file}?</source>
        <translation>Ihr Tagebuch ({now}) durch {file} ersetzen?</translation>
    </message>
    <message>
        <source>Your diary as it is now is backed up first, so you can undo this.</source>
        <translation>Ihr Tagebuch wird vorher so gesichert, wie es jetzt ist; Sie können dies also rückgängig machen.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Your diary was not changed.</source>
        <translation>Ihr Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored the backup made on {made}: {entries}.</source>
        <translation>Die Sicherung vom {made} wurde wiederhergestellt: {entries}.</translation>
    </message>
    <message>
        <source>Restored {file}: {entries}.</source>
        <translation>{file} wurde wiederhergestellt: {entries}.</translation>
    </message>
    <message>
        <source>To undo, restore the backup made on {made} ({reason}).</source>
        <translation>Zum Rückgängigmachen stellen Sie die Sicherung vom {made} wieder her ({reason}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your diary could not be opened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Tagebuch konnte nicht geöffnet werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{app}: the diary could not be opened</source>
        <translation>{app}: Das Tagebuch konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The newest good backup, made on {made}, has {entries}, the last on {day}. Restoring it keeps the damaged file in the backups folder, so nothing is lost.</source>
        <translation>Die neueste intakte Sicherung vom {made} enthält {entries}, den letzten vom {day}. Beim Wiederherstellen bleibt die beschädigte Datei im Sicherungsordner erhalten, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>The newest good backup, made on {made}, has {entries}. Restoring it keeps the damaged file in the backups folder, so nothing is lost.</source>
        <translation>Die neueste intakte Sicherung vom {made} enthält {entries}. Beim Wiederherstellen bleibt die beschädigte Datei im Sicherungsordner erhalten, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Eine andere wählen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>There are no backups in {folder} to restore. If you saved a backup elsewhere, you can restore it.</source>
        <translation>In {folder} gibt es keine Sicherungen zum Wiederherstellen. Wenn Sie anderswo eine Sicherung gespeichert haben, können Sie diese wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore a file…</source>
        <translation>Eine Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>Choose the backup to restore in place of the damaged diary.</source>
        <translation>Wählen Sie die Sicherung, die anstelle des beschädigten Tagebuchs wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {error}</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <source>What counts as an improvement</source>
        <translation>Was als Besserung zählt</translation>
    </message>
    <message>
        <source>A day counts as improved when your 7-day average activity is lower than before LDN by at least &lt;b&gt;both&lt;/b&gt; of these. The usual definition of a clinically important change on a 0–10 scale, used by default, is 30% and at least 1 point.</source>
        <translation>Ein Tag zählt als gebessert, wenn Ihr 7-Tage-Durchschnitt der Krankheitsaktivität um &lt;b&gt;beide&lt;/b&gt; dieser Werte niedriger ist als vor LDN. Die übliche Definition einer klinisch bedeutsamen Änderung auf einer Skala von 0–10, standardmäßig verwendet, ist 30% und mindestens 1 Punkt.</translation>
    </message>
    <message>
        <source> % lower</source>
        <translation> % niedriger</translation>
    </message>
    <message>
        <source>Relative threshold in percent</source>
        <translation>Relativer Schwellenwert in Prozent</translation>
    </message>
    <message>
        <source> points lower</source>
        <translation> Punkte niedriger</translation>
    </message>
    <message>
        <source>Absolute threshold in points</source>
        <translation>Absoluter Schwellenwert in Punkten</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source>and at least</source>
        <translation>und mindestens</translation>
    </message>
    <message>
        <source>For example, with an average of {baseline} before LDN, days with a 7-day average of {target} or lower count as improved.</source>
        <translation>Beispiel: Bei einem Durchschnitt von {baseline} vor LDN zählen Tage mit einem 7-Tage-Durchschnitt von {target} oder weniger als gebessert.</translation>
    </message>
    <message>
        <source>The thresholds were not saved</source>
        <translation>Die Schwellenwerte wurden nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ui.side_effects.model</name>
    <message>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>Days felt
of recorded</source>
        <translation>Tage gespürt
von erfasst</translation>
    </message>
    <message>
        <source>Highest</source>
        <comment>the highest severity</comment>
        <translation>Stärkste</translation>
    </message>
    <message>
        <source>First felt</source>
        <translation>Zuerst gespürt</translation>
    </message>
    <message>
        <source>Last felt</source>
        <translation>Zuletzt gespürt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>With a
morning dose</source>
        <translation>Mit einer
Morgendosis</translation>
    </message>
    <message>
        <source>With a
bedtime dose</source>
        <translation>Mit einer Dosis vor
dem Schlafengehen</translation>
    </message>
    <message>
        <source>Began after a
dose increase</source>
        <translation>Begann nach einer
Dosiserhöhung</translation>
    </message>
    <message>
        <source>Days the side effect was felt, out of the days it was recorded (felt or not)</source>
        <translation>Tage, an denen die Nebenwirkung gespürt wurde, von den Tagen, an denen sie erfasst wurde (gespürt oder nicht)</translation>
    </message>
    <message>
        <source>The highest severity recorded: mild, moderate or severe</source>
        <translation>Der höchste erfasste Schweregrad: leicht, mäßig oder schwer</translation>
    </message>
    <message>
        <source>Resolved: not felt on any of the last {days} days it was recorded</source>
        <translation>Abgeklungen: an keinem der letzten {days} erfassten Tage gespürt</translation>
    </message>
    <message>
        <source>Days felt out of the days recorded with a dose taken in the morning ({hours})</source>
        <translation>Tage gespürt, von den erfassten Tagen mit einer Dosis am Morgen ({hours})</translation>
    </message>
    <message>
        <source>Days felt out of the days recorded with a dose taken at bedtime ({hours})</source>
        <translation>Tage gespürt, von den erfassten Tagen mit einer Dosis vor dem Schlafengehen ({hours})</translation>
    </message>
    <message>
        <source>Whether it was first felt within {days} days after the dose went up</source>
        <translation>Ob sie zuerst innerhalb von {days} Tagen nach einer Dosiserhöhung gespürt wurde</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>resolved</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>resolved</comment>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>began after a dose increase</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <comment>began after a dose increase</comment>
        <translation>nein</translation>
    </message>
    <message>
        <source>(day {day} of LDN)</source>
        <translation>({day}. Tag mit LDN)</translation>
    </message>
    <message>
        <source>{part} of {whole} ({percent})</source>
        <comment>days felt of days recorded</comment>
        <translation>{part} von {whole} ({percent})</translation>
    </message>
    <message>
        <source>{side_effect} was felt on {present} of the {recorded} days it was recorded</source>
        <translation>{side_effect} wurde an {present} von {recorded} erfassten Tagen gespürt</translation>
    </message>
    <message>
        <source>Not felt on any of the last {days} days it was recorded</source>
        <translation>An keinem der letzten {days} erfassten Tage gespürt</translation>
    </message>
    <message>
        <source>Resolved once it is not felt on {days} recorded days in a row</source>
        <translation>Abgeklungen, sobald sie an {days} erfassten Tagen in Folge nicht gespürt wurde</translation>
    </message>
    <message>
        <source>No days recorded with a morning dose ({hours})</source>
        <translation>Keine erfassten Tage mit einer Morgendosis ({hours})</translation>
    </message>
    <message>
        <source>Felt on {present} of {recorded} days with a morning dose ({hours})</source>
        <translation>Gespürt an {present} von {recorded} Tagen mit einer Morgendosis ({hours})</translation>
    </message>
    <message>
        <source>No days recorded with a bedtime dose ({hours})</source>
        <translation>Keine erfassten Tage mit einer Dosis vor dem Schlafengehen ({hours})</translation>
    </message>
    <message>
        <source>Felt on {present} of {recorded} days with a bedtime dose ({hours})</source>
        <translation>Gespürt an {present} von {recorded} Tagen mit einer Dosis vor dem Schlafengehen ({hours})</translation>
    </message>
    <message>
        <source>First felt within {days} days after a dose increase</source>
        <translation>Zuerst innerhalb von {days} Tagen nach einer Dosiserhöhung gespürt</translation>
    </message>
    <message>
        <source>First felt not within {days} days after a dose increase, but within {days} days of starting LDN on {day}</source>
        <translation>Zuerst gespürt nicht innerhalb von {days} Tagen nach einer Dosiserhöhung, aber innerhalb von {days} Tagen nach dem Beginn mit LDN am {day}</translation>
    </message>
    <message>
        <source>First felt not within {days} days after a dose increase</source>
        <translation>Zuerst gespürt nicht innerhalb von {days} Tagen nach einer Dosiserhöhung</translation>
    </message>
    <message>
        <source>{side_effect} was first felt on a day without LDN, so LDN may not be the cause</source>
        <translation>{side_effect} wurde zuerst an einem Tag ohne LDN gespürt; LDN ist also möglicherweise nicht die Ursache</translation>
    </message>
</context>
<context>
    <name>ui.side_effects.page</name>
    <message>
        <source>This course</source>
        <translation>Diese Behandlung</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show this course</source>
        <translation>Diese Behandlung zeigen</translation>
    </message>
    <message>
        <source>Show last 4 weeks</source>
        <translation>Letzte 4 Wochen zeigen</translation>
    </message>
    <message>
        <source>Show last 12 weeks</source>
        <translation>Letzte 12 Wochen zeigen</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>No side effects recorded in this period.</source>
        <translation>Keine Nebenwirkungen in diesem Zeitraum erfasst.</translation>
    </message>
    <message>
        <source>No side effects</source>
        <translation>Keine Nebenwirkungen</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Therapietreue</translation>
    </message>
    <message>
        <source>Dose levels</source>
        <translation>Dosisstufen</translation>
    </message>
    <message>
        <source>Side effects felt</source>
        <translation>Gespürte Nebenwirkungen</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Show:</source>
        <comment>before the period buttons</comment>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>There is no LDN course yet</source>
        <translation>Es gibt noch keine LDN-Behandlung</translation>
    </message>
    <message>
        <source>Nothing recorded yet. The side effects you record each day will be summarised here.</source>
        <translation>Noch nichts erfasst. Die Nebenwirkungen, die Sie täglich erfassen, werden hier zusammengefasst.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>In diesem Zeitraum nichts erfasst.</translation>
    </message>
    <message>
        <source>No doses recorded in this period.</source>
        <translation>In diesem Zeitraum keine Dosen erfasst.</translation>
    </message>
    <message>
        <source>{period}: nothing recorded yet.</source>
        <translation>{period}: noch nichts erfasst.</translation>
    </message>
    <message>
        <source>{period}: {dates}.</source>
        <comment>a period and its dates</comment>
        <translation>{period}: {dates}.</translation>
    </message>
    <message>
        <source>{period}: {dates}, from the week before LDN started on {start}.</source>
        <translation>{period}: {dates}, ab der Woche vor dem Beginn mit LDN am {start}.</translation>
    </message>
    <message>
        <source>{period}: {dates}, from the week before LDN started on {start} until it stopped on {end}.</source>
        <translation>{period}: {dates}, ab der Woche vor dem Beginn mit LDN am {start} bis zum Ende am {end}.</translation>
    </message>
</context>
<context>
    <name>ui.side_effects.table</name>
    <message>
        <source>Side effects in this period</source>
        <translation>Nebenwirkungen in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>ui.side_effects.timing</name>
    <message>
        <source>Morning or bedtime dose</source>
        <translation>Dosis morgens oder vor dem Schlafengehen</translation>
    </message>
    <message>
        <source>Morning or bedtime dose?</source>
        <translation>Dosis morgens oder vor dem Schlafengehen?</translation>
    </message>
    <message>
        <source>Morning and bedtime doses compared</source>
        <translation>Morgendosen und Dosen vor dem Schlafengehen verglichen</translation>
    </message>
    <message>
        <source>About this comparison</source>
        <translation>Zu diesem Vergleich</translation>
    </message>
    <message>
        <source>Talk to your prescriber before changing when you take LDN.</source>
        <translation>Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie die Einnahmezeit von LDN ändern.</translation>
    </message>
    <message>
        <source>In the LDN study, vivid dreams improved when the dose was taken in the morning instead of at bedtime. If {side_effects} trouble you, you could ask your prescriber about a morning dose.</source>
        <translation>In der LDN-Studie besserten sich lebhafte Träume, wenn die Dosis morgens statt vor dem Schlafengehen eingenommen wurde. Wenn {side_effects} Sie belasten, können Sie Ihre Ärztin oder Ihren Arzt nach einer Morgendosis fragen.</translation>
    </message>
</context>
<context>
    <name>ui.side_effects.words</name>
    <message>
        <source>d MMM</source>
        <comment>a short date without the year, as a Qt date pattern</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <comment>a percentage: 96%</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>the end of a list: a, b and c</comment>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>In diesem Zeitraum nichts erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>Doses taken: {taken} of %n day(s) with a dose recorded ({percent}).</source>
        <translation>
            <numerusform>Dosen eingenommen: {taken} von %n Tag mit erfasster Dosis ({percent}).</numerusform>
            <numerusform>Dosen eingenommen: {taken} von %n Tagen mit erfasster Dosis ({percent}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No missed doses.</source>
        <translation>Keine Dosis ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>Missed dose(s): {days}.</source>
        <translation>
            <numerusform>Nicht eingenommene Dosis: {days}.</numerusform>
            <numerusform>Nicht eingenommene Dosen: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed doses: {count}, the latest on {day}.</source>
        <translation>Nicht eingenommene Dosen: {count}, zuletzt am {day}.</translation>
    </message>
    <message>
        <source>Usual dose time: {timing} ({hours}).</source>
        <translation>Übliche Einnahmezeit: {timing} ({hours}).</translation>
    </message>
    <message>
        <source>Usual dose time: not known (no dose times recorded).</source>
        <translation>Übliche Einnahmezeit: unbekannt (keine Einnahmezeiten erfasst).</translation>
    </message>
    <message>
        <source>No doses recorded in this period.</source>
        <translation>In diesem Zeitraum keine Dosen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded on {missing} of %n day(s) (diary {percent} complete).</source>
        <translation>
            <numerusform>An {missing} von %n Tag nichts erfasst (Tagebuch zu {percent} vollständig).</numerusform>
            <numerusform>An {missing} von %n Tagen nichts erfasst (Tagebuch zu {percent} vollständig).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %n day(s) has an entry.</source>
        <translation>
            <numerusform>Jeder Tag hat einen Eintrag (%n Tag).</numerusform>
            <numerusform>Jeder Tag hat einen Eintrag (%n Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose}: {dates} (%n day(s) recorded), above the usual low-dose range of up to {limit}</source>
        <translation>
            <numerusform>{dose}: {dates} (%n Tag erfasst), über dem üblichen niedrigen Dosisbereich bis {limit}</numerusform>
            <numerusform>{dose}: {dates} (%n Tage erfasst), über dem üblichen niedrigen Dosisbereich bis {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose}: {dates} (%n day(s) recorded)</source>
        <translation>
            <numerusform>{dose}: {dates} (%n Tag erfasst)</numerusform>
            <numerusform>{dose}: {dates} (%n Tage erfasst)</numerusform>
        </translation>
    </message>
    <message>
        <source>before LDN</source>
        <comment>a day before the first LDN course</comment>
        <translation>vor LDN</translation>
    </message>
    <message>
        <source>off LDN</source>
        <comment>a day between LDN courses or after one</comment>
        <translation>ohne LDN</translation>
    </message>
</context>
<context>
    <name>ui.side_effects_dialog</name>
    <message>
        <source>Your side-effect list</source>
        <translation>Ihre Liste der Nebenwirkungen</translation>
    </message>
    <message>
        <source>Tick the side effects to show on the entry page. Hiding one keeps every day you already recorded.</source>
        <translation>Haken Sie die Nebenwirkungen an, die auf der Eintragsseite erscheinen sollen. Beim Ausblenden bleiben alle bereits erfassten Tage erhalten.</translation>
    </message>
    <message>
        <source>Side effects shown on the entry page</source>
        <translation>Nebenwirkungen auf der Eintragsseite</translation>
    </message>
    <message>
        <source>Add your own, e.g. Brain fog</source>
        <translation>Eigene hinzufügen, z. B. Gehirnnebel</translation>
    </message>
    <message>
        <source>Name of a new side effect</source>
        <translation>Name einer neuen Nebenwirkung</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>add a side effect</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add side effect</source>
        <translation>Nebenwirkung hinzufügen</translation>
    </message>
    <message>
        <source>{side_effect}  (your own)</source>
        <comment>a side effect the user added</comment>
        <translation>{side_effect}  (eigene)</translation>
    </message>
    <message>
        <source>The side-effect list was not changed</source>
        <translation>Die Liste der Nebenwirkungen wurde nicht geändert</translation>
    </message>
    <message>
        <source>The side effect was not added</source>
        <translation>Die Nebenwirkung wurde nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>ui.treatment.boxes</name>
    <message>
        <source>Your LDN course</source>
        <translation>Ihre LDN-Behandlung</translation>
    </message>
    <message>
        <source>Start LDN…</source>
        <translation>LDN beginnen…</translation>
    </message>
    <message>
        <source>Start LDN</source>
        <translation>LDN beginnen</translation>
    </message>
    <message>
        <source>Stop LDN…</source>
        <translation>LDN absetzen…</translation>
    </message>
    <message>
        <source>Stop LDN</source>
        <translation>LDN absetzen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Grund für das Absetzen</translation>
    </message>
    <message>
        <source>Your LDN courses</source>
        <translation>Ihre LDN-Behandlungen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>About you (all optional)</source>
        <translation>Über Sie (alles freiwillig)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Year of diagnosis</source>
        <translation>Diagnosejahr</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Das Profil speichern</translation>
    </message>
    <message>
        <source>Your name and date of birth are printed on the summary only if you ask for them.</source>
        <translation>Ihr Name und Ihr Geburtsdatum erscheinen nur dann im Arztbericht, wenn Sie das wünschen.</translation>
    </message>
    <message>
        <source>Scores to track</source>
        <translation>Erfasste Scores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ui.treatment.page</name>
    <message>
        <source>{kind} ({generic}: an opioid painkiller)</source>
        <translation>{kind} ({generic}: ein opioides Schmerzmittel)</translation>
    </message>
    <message>
        <source>Other medications</source>
        <translation>Andere Medikamente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Ein Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected medication</source>
        <translation>Das gewählte Medikament entfernen</translation>
    </message>
    <message>
        <source>Clinic results</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>CRP (mg/L)</source>
        <translation>CRP (mg/l)</translation>
    </message>
    <message>
        <source>Endoscopy</source>
        <translation>Endoskopie</translation>
    </message>
    <message>
        <source>ALT (U/L)</source>
        <translation>ALT (U/l)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add clinic results</source>
        <translation>Befunde hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected clinic result</source>
        <translation>Den gewählten Befund entfernen</translation>
    </message>
    <message>
        <source>Your LDN course starts on {start}.</source>
        <translation>Ihre LDN-Behandlung beginnt am {start}.</translation>
    </message>
    <message>
        <source>On LDN since {start} — day {day} today.</source>
        <translation>LDN seit {start} — heute ist Tag {day}.</translation>
    </message>
    <message>
        <source>Not taking LDN. Your last course ran from {start} to {end} ({reason}).</source>
        <translation>Sie nehmen kein LDN. Ihre letzte Behandlung lief von {start} bis {end} ({reason}).</translation>
    </message>
    <message>
        <source>Not taking LDN. Your last course ran from {start} to {end}.</source>
        <translation>Sie nehmen kein LDN. Ihre letzte Behandlung lief von {start} bis {end}.</translation>
    </message>
    <message>
        <source>Start LDN again to begin a new course with its own assessment.</source>
        <translation>Beginnen Sie LDN erneut, um eine neue Behandlung mit eigener Beurteilung zu starten.</translation>
    </message>
    <message>
        <source>No LDN course yet.</source>
        <translation>Noch keine LDN-Behandlung.</translation>
    </message>
    <message>
        <source>Start one here, or it starts by itself on the first day you record a dose as taken.</source>
        <translation>Beginnen Sie hier eine, oder sie beginnt von selbst am ersten Tag, an dem Sie eine Dosis als eingenommen eintragen.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <comment>a course not stopped</comment>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>still taking</source>
        <translation>wird noch eingenommen</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>Es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>Start LDN: not saved</source>
        <translation>LDN beginnen: nicht gespeichert</translation>
    </message>
    <message>
        <source>Stop LDN: not saved</source>
        <translation>LDN absetzen: nicht gespeichert</translation>
    </message>
    <message>
        <source>Plan: not saved</source>
        <translation>Plan: nicht gespeichert</translation>
    </message>
    <message>
        <source>Medication: not saved</source>
        <translation>Medikament: nicht gespeichert</translation>
    </message>
    <message>
        <source>Remove medication?</source>
        <translation>Medikament entfernen?</translation>
    </message>
    <message>
        <source>Remove the medication “{name}” from your diary?</source>
        <translation>Das Medikament „{name}“ aus Ihrem Tagebuch entfernen?</translation>
    </message>
    <message>
        <source>Clinic results: not saved</source>
        <translation>Befunde: nicht gespeichert</translation>
    </message>
    <message>
        <source>Remove clinic result?</source>
        <translation>Befund entfernen?</translation>
    </message>
    <message>
        <source>Remove the clinic result of {name} from your diary?</source>
        <translation>Den Befund vom {name} aus Ihrem Tagebuch entfernen?</translation>
    </message>
    <message>
        <source>About you: not saved</source>
        <translation>Über Sie: nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ui.treatment.plan</name>
    <message>
        <source>Titration plan</source>
        <translation>Aufdosierungsplan</translation>
    </message>
    <message>
        <source>Plan preset</source>
        <translation>Planvorlage</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>Diesen Plan verwenden</translation>
    </message>
    <message>
        <source>Fill the steps from the preset</source>
        <translation>Die Stufen aus der Vorlage übernehmen</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Ab Tag</translation>
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
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Stufen des Plans</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Take it in the morning from today</source>
        <translation>Ab heute morgens einnehmen</translation>
    </message>
    <message>
        <source>Adds a step from today at {time} with today&apos;s dose; vivid dreams often settle with a morning dose</source>
        <translation>Fügt ab heute eine Stufe um {time} mit der heutigen Dosis hinzu; lebhafte Träume lassen mit einer Morgendosis oft nach</translation>
    </message>
    <message>
        <source>Titration plan of the course from {day}</source>
        <translation>Aufdosierungsplan der Behandlung ab {day}</translation>
    </message>
    <message>
        <source>Step {step}: from treatment day</source>
        <translation>Stufe {step}: ab Behandlungstag</translation>
    </message>
    <message>
        <source> mg</source>
        <comment>after a dose</comment>
        <translation> mg</translation>
    </message>
    <message>
        <source>Step {step}: dose</source>
        <translation>Stufe {step}: Dosis</translation>
    </message>
    <message>
        <source>Step {step}: usual time</source>
        <translation>Stufe {step}: Uhrzeit</translation>
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
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>Track {score}</source>
        <translation>{score} erfassen</translation>
    </message>
    <message>
        <source>Bowel movements a day when you are well</source>
        <translation>Stuhlgänge pro Tag, wenn es Ihnen gut geht</translation>
    </message>
    <message>
        <source>PRO2 (ulcerative colitis) counts the stools above this number</source>
        <translation>PRO2 (Colitis ulcerosa) zählt die Stuhlgänge über dieser Zahl</translation>
    </message>
    <message>
        <source>Give your condition above, and the scores that fit it are suggested.</source>
        <translation>Geben Sie oben Ihre Erkrankung an, dann werden die passenden Scores vorgeschlagen.</translation>
    </message>
    <message>
        <source>No score is suggested for this condition; tick any you want to track.</source>
        <translation>Für diese Erkrankung wird kein Score vorgeschlagen; kreuzen Sie an, was Sie erfassen möchten.</translation>
    </message>
    <message>
        <source>Suggested for {condition}: {scores}.</source>
        <translation>Vorgeschlagen bei {condition}: {scores}.</translation>
    </message>
</context>
<context>
    <name>ui.treatment.words</name>
    <message>
        <source>0 — no inflammation</source>
        <translation>0 — keine Entzündung</translation>
    </message>
    <message>
        <source>1 — mild inflammation</source>
        <translation>1 — leichte Entzündung</translation>
    </message>
    <message>
        <source>2 — moderate inflammation</source>
        <translation>2 — mäßige Entzündung</translation>
    </message>
    <message>
        <source>3 — severe inflammation</source>
        <translation>3 — schwere Entzündung</translation>
    </message>
</context>
<context>
    <name>ui.treatment_dialogs</name>
    <message>
        <source>Start LDN</source>
        <translation>LDN beginnen</translation>
    </message>
    <message>
        <source>Day of the first dose</source>
        <translation>Tag der ersten Dosis</translation>
    </message>
    <message>
        <source>Titration plan</source>
        <translation>Aufdosierungsplan</translation>
    </message>
    <message>
        <source>No plan: I&apos;ll record each dose as I go</source>
        <translation>Kein Plan: Ich trage jede Dosis ein, wenn ich sie nehme</translation>
    </message>
    <message>
        <source>Usual time of the dose</source>
        <translation>Übliche Einnahmezeit</translation>
    </message>
    <message>
        <source>Bedtime (as in the study) or morning: if vivid dreams trouble you, a morning dose often helps. You can change the plan and the time later.</source>
        <translation>Vor dem Schlafengehen (wie in der Studie) oder morgens: Wenn lebhafte Träume Sie stören, hilft oft eine Morgendosis. Plan und Uhrzeit können Sie später ändern.</translation>
    </message>
    <message>
        <source>First dose (day 1)</source>
        <translation>Erste Dosis (Tag 1)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Stop LDN</source>
        <translation>LDN absetzen</translation>
    </message>
    <message>
        <source>Day of the last dose</source>
        <translation>Tag der letzten Dosis</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Grund für das Absetzen</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Letzte Dosis</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (freiwillig)</translation>
    </message>
    <message>
        <source>The course keeps its days and its response assessment. Starting again later
begins a new course with its own assessment.</source>
        <translation>Die Behandlung behält ihre Tage und die Beurteilung des Ansprechens. Ein späterer Neubeginn
startet eine neue Behandlung mit eigener Beurteilung.</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Ein Medikament hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Mesalazine {mesalazine} g, Tramadol 50 mg</source>
        <translation>z. B. Mesalazin {mesalazine} g, Tramadol 50 mg</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>Kind of medication</source>
        <translation>Art des Medikaments</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginndatum</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Absetzdatum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>{note} Naltrexone blocks opioid painkillers, so it may not work as expected while you take LDN. Please talk to your prescriber before taking them together.</source>
        <translation>{note} Naltrexon blockiert Opioid-Schmerzmittel, daher wirkt es möglicherweise nicht wie erwartet, solange Sie LDN nehmen. Bitte sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie beides zusammen einnehmen.</translation>
    </message>
    <message>
        <source>Add clinic results</source>
        <translation>Befunde hinzufügen</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source> mg/L</source>
        <comment>after a CRP value</comment>
        <translation> mg/l</translation>
    </message>
    <message>
        <source>CRP in milligrams per litre</source>
        <translation>CRP in Milligramm pro Liter</translation>
    </message>
    <message>
        <source> U/L</source>
        <comment>after an ALT value</comment>
        <translation> U/l</translation>
    </message>
    <message>
        <source>ALT in units per litre</source>
        <translation>ALT in Einheiten pro Liter</translation>
    </message>
    <message>
        <source>Endoscopic score</source>
        <translation>Endoskopischer Score</translation>
    </message>
    <message>
        <source>not done</source>
        <comment>an endoscopy</comment>
        <translation>nicht durchgeführt</translation>
    </message>
    <message>
        <source>Note about the visit</source>
        <translation>Notiz zum Termin</translation>
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
        <translation>Endoskopie</translation>
    </message>
    <message>
        <source>ALT (liver)</source>
        <translation>ALT (Leber)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
</context>
<context>
    <name>ui.trends_page</name>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>Show 4 weeks</source>
        <translation>4 Wochen zeigen</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 Wochen</translation>
    </message>
    <message>
        <source>Show 12 weeks</source>
        <translation>12 Wochen zeigen</translation>
    </message>
    <message>
        <source>This course</source>
        <translation>Diese Behandlung</translation>
    </message>
    <message>
        <source>Show this course</source>
        <translation>Diese Behandlung zeigen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Legend of the chart</source>
        <translation>Legende des Diagramms</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Trenddiagramm</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show the chart&apos;s data as a table</source>
        <translation>Die Daten des Diagramms als Tabelle zeigen</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a period: From [date] to [date]</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <comment>the last day of a period: From [date] to [date]</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>a button: show the dates chosen</comment>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the chosen dates</source>
        <translation>Den gewählten Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Point at a day in the chart to see its values.</source>
        <translation>Zeigen Sie auf einen Tag im Diagramm, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <source>Values of the day under the pointer</source>
        <translation>Werte des Tages unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <source>The chart&apos;s data</source>
        <translation>Die Daten des Diagramms</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Als Diagramm zeigen</translation>
    </message>
    <message>
        <source>{day}: nothing recorded</source>
        <translation>{day}: nichts erfasst</translation>
    </message>
    <message>
        <source>activity —</source>
        <translation>Aktivität —</translation>
    </message>
    <message>
        <source>activity {value} ({band})</source>
        <translation>Aktivität {value} ({band})</translation>
    </message>
    <message>
        <source>7-day mean {mean}</source>
        <translation>7-Tage-Mittelwert {mean}</translation>
    </message>
    <message>
        <source>{dose} missed</source>
        <translation>{dose} nicht eingenommen</translation>
    </message>
    <message>
        <source>{dose} taken at {time}</source>
        <translation>{dose} eingenommen um {time}</translation>
    </message>
    <message>
        <source>{dose} taken</source>
        <translation>{dose} eingenommen</translation>
    </message>
</context>
<context>
    <name>ui.welcome_page</name>
    <message>
        <source>LDN Diary is a private diary for people taking low-dose naltrexone (LDN).</source>
        <translation>LDN Diary ist ein privates Tagebuch für Menschen, die niedrig dosiertes Naltrexon (LDN) einnehmen.</translation>
    </message>
    <message>
        <source>Each day you record how active your disease felt, any side effects and your dose.</source>
        <translation>Jeden Tag halten Sie fest, wie aktiv sich Ihre Erkrankung anfühlte, etwaige Nebenwirkungen und Ihre Dosis.</translation>
    </message>
    <message>
        <source>The diary shows whether LDN is working, in the terms of the clinical study, and makes a summary to take to your clinician.</source>
        <translation>Das Tagebuch zeigt nach den Maßstäben der klinischen Studie, ob LDN wirkt, und erstellt eine Zusammenfassung für Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation>Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why the days before LDN matter.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum die Tage vor LDN wichtig sind.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whether LDN works is judged against your average activity in the week before your first dose: your baseline.</source>
        <translation>Ob LDN wirkt, wird an Ihrer durchschnittlichen Aktivität in der Woche vor Ihrer ersten Dosis gemessen: Ihrem Ausgangswert.</translation>
    </message>
    <message>
        <source>Record at least 3 of those 7 days, before you start or afterwards (the entry page lets you pick any past day).</source>
        <translation>Erfassen Sie mindestens 3 dieser 7 Tage, vor dem Beginn oder nachträglich (auf der Eintragsseite können Sie jeden vergangenen Tag wählen).</translation>
    </message>
    <message>
        <source>Without them there is nothing to compare with.</source>
        <translation>Ohne sie gibt es nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LDN Diary&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei LDN Diary&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Tell the diary about you: your condition (and, if you like, your name for the summary).</source>
        <translation>Erzählen Sie dem Tagebuch von sich: Ihre Erkrankung (und, wenn Sie möchten, Ihren Namen für den Bericht).</translation>
    </message>
    <message>
        <source>About you…</source>
        <translation>Über Sie…</translation>
    </message>
    <message>
        <source>Step 1: About you</source>
        <translation>Schritt 1: Über Sie</translation>
    </message>
    <message>
        <source>Enter your LDN plan: the day of your first dose and how the dose goes up.</source>
        <translation>Geben Sie Ihren LDN-Plan ein: den Tag Ihrer ersten Dosis und wie die Dosis gesteigert wird.</translation>
    </message>
    <message>
        <source>Your LDN plan…</source>
        <translation>Ihr LDN-Plan…</translation>
    </message>
    <message>
        <source>Step 2: Your LDN plan</source>
        <translation>Schritt 2: Ihr LDN-Plan</translation>
    </message>
    <message>
        <source>Record today: how active your disease was, side effects and your dose.</source>
        <translation>Erfassen Sie heute: wie aktiv Ihre Erkrankung war, Nebenwirkungen und Ihre Dosis.</translation>
    </message>
    <message>
        <source>Step 3: Today&apos;s entry</source>
        <translation>Schritt 3: Heutiger Eintrag</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}.&lt;/b&gt;</source>
        <comment>the number of a step</comment>
        <translation>&lt;b&gt;{number}.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
</context>
<context>
    <name>ui.widgets</name>
    <message>
        <source>{name} known</source>
        <comment>a tick box: the date named is known</comment>
        <translation>{name} bekannt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Condition items</source>
        <translation>Score-Angaben</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>keine Notiz</translation>
    </message>
    <message>
        <source>{dose} missed</source>
        <translation>{dose} nicht eingenommen</translation>
    </message>
    <message>
        <source>{dose} at {time}</source>
        <translation>{dose} um {time}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no side effects felt</comment>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ui.writes</name>
    <message>
        <source>the diary could not be used ({reason}); nothing was changed</source>
        <translation>das Tagebuch konnte nicht verwendet werden ({reason}); nichts wurde geändert</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
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
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>a short date, as a Qt date pattern</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a short date with its weekday, as a Qt date pattern</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>a weekday and date without the year, as a Qt date pattern</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a date and a time of day</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date in a sentence, as a Qt date pattern</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>{weeks} and {days}</source>
        <comment>a length of time: 9 weeks and 6 days</comment>
        <translation>{weeks} und {days}</translation>
    </message>
</context>
</TS>
