<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cli.argparse</name>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <comment>argparse fills in %s, the count</comment>
        <translation>
            <numerusform>expected %s argument</numerusform>
            <numerusform>expected %s arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinic_commands</name>
    <message numerus="yes">
        <source>LDN cohort: %n patient(s), the first course of each, judged by the study&apos;s response rules</source>
        <translation>
            <numerusform>LDN cohort: %n patient, the first course of each, judged by the study&apos;s response rules</numerusform>
            <numerusform>LDN cohort: %n patients, the first course of each, judged by the study&apos;s response rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the cohort table (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Saved the cohort table (%n page) to {path}.</numerusform>
            <numerusform>Saved the cohort table (%n pages) to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a demo cohort, the exports of %n patient(s), to {folder}; see the table with: {command}</source>
        <translation>
            <numerusform>Wrote a demo cohort, the exports of %n patient, to {folder}; see the table with: {command}</numerusform>
            <numerusform>Wrote a demo cohort, the exports of %n patients, to {folder}; see the table with: {command}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message numerus="yes">
        <source>Saved the summary of {first} to {last} (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Saved the summary of {first} to {last} (%n page) to {path}.</numerusform>
            <numerusform>Saved the summary of {first} to {last} (%n pages) to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n day to {path}.</numerusform>
            <numerusform>Exported %n days to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled {folder} with a sample diary of %n day(s).</source>
        <translation>
            <numerusform>Filled {folder} with a sample diary of %n day.</numerusform>
            <numerusform>Filled {folder} with a sample diary of %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.errors</name>
    <message numerus="yes">
        <source>… and {count} more problem(s)</source>
        <translation>
            <numerusform>… and {count} more problem</numerusform>
            <numerusform>… and {count} more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.response_words</name>
    <message numerus="yes">
        <source>The study looks for an improvement within the first 4 weeks: %n day(s) to go.</source>
        <translation>
            <numerusform>The study looks for an improvement within the first 4 weeks: %n day to go.</numerusform>
            <numerusform>The study looks for an improvement within the first 4 weeks: %n days to go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.trend</name>
    <message numerus="yes">
        <source>{first} to {last}: {shown} of %n day(s) recorded.</source>
        <translation>
            <numerusform>{first} to {last}: {shown} of %n day recorded.</numerusform>
            <numerusform>{first} to {last}: {shown} of %n days recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; improved from day {day} for %n day(s)</source>
        <translation>
            <numerusform>; improved from day {day} for %n day</numerusform>
            <numerusform>; improved from day {day} for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} on %n day(s)</source>
        <translation>
            <numerusform>{name} on %n day</numerusform>
            <numerusform>{name} on %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report.cohort_pdf</name>
    <message numerus="yes">
        <source>%n patient(s) &amp;nbsp;·&amp;nbsp; generated {date} &amp;nbsp;·&amp;nbsp; files read {read}, skipped {skipped}</source>
        <translation>
            <numerusform>%n patient &amp;nbsp;·&amp;nbsp; generated {date} &amp;nbsp;·&amp;nbsp; files read {read}, skipped {skipped}</numerusform>
            <numerusform>%n patients &amp;nbsp;·&amp;nbsp; generated {date} &amp;nbsp;·&amp;nbsp; files read {read}, skipped {skipped}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s): {reasons}.</source>
        <translation>
            <numerusform>%n patient: {reasons}.</numerusform>
            <numerusform>%n patients: {reasons}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n patient.</numerusform>
            <numerusform>%n patients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report.html</name>
    <message numerus="yes">
        <source>Onset: &lt;b&gt;day {day}&lt;/b&gt; ({date}); improved for &lt;b&gt;%n day(s)&lt;/b&gt;, ongoing.</source>
        <translation>
            <numerusform>Onset: &lt;b&gt;day {day}&lt;/b&gt; ({date}); improved for &lt;b&gt;%n day&lt;/b&gt;, ongoing.</numerusform>
            <numerusform>Onset: &lt;b&gt;day {day}&lt;/b&gt; ({date}); improved for &lt;b&gt;%n days&lt;/b&gt;, ongoing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Onset: &lt;b&gt;day {day}&lt;/b&gt; ({date}); improved for &lt;b&gt;%n day(s)&lt;/b&gt;, ended {end}.</source>
        <translation>
            <numerusform>Onset: &lt;b&gt;day {day}&lt;/b&gt; ({date}); improved for &lt;b&gt;%n day&lt;/b&gt;, ended {end}.</numerusform>
            <numerusform>Onset: &lt;b&gt;day {day}&lt;/b&gt; ({date}); improved for &lt;b&gt;%n days&lt;/b&gt;, ended {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{mean}&lt;/b&gt; (4 weeks to {date}, %n day(s) recorded)</source>
        <translation>
            <numerusform>&lt;b&gt;{mean}&lt;/b&gt; (4 weeks to {date}, %n day recorded)</numerusform>
            <numerusform>&lt;b&gt;{mean}&lt;/b&gt; (4 weeks to {date}, %n days recorded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} (%n day(s))</source>
        <translation>
            <numerusform>{mean} (%n day)</numerusform>
            <numerusform>{mean} (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{points} point(s)</source>
        <comment>below baseline; the number may have decimals</comment>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n recorded dose(s) taken ({percent})</source>
        <translation>
            <numerusform>{taken} of %n recorded dose taken ({percent})</numerusform>
            <numerusform>{taken} of %n recorded doses taken ({percent})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{effect} on {present} of %n day(s)</source>
        <translation>
            <numerusform>{effect} on {present} of %n day</numerusform>
            <numerusform>{effect} on {present} of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before LDN (baseline, %n day(s) recorded; not counted as side effects): {felt}.</source>
        <translation>
            <numerusform>Before LDN (baseline, %n day recorded; not counted as side effects): {felt}.</numerusform>
            <numerusform>Before LDN (baseline, %n days recorded; not counted as side effects): {felt}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of %n day(s) recorded ({percent}); {missing} without an entry.</source>
        <translation>
            <numerusform>{recorded} of %n day recorded ({percent}); {missing} without an entry.</numerusform>
            <numerusform>{recorded} of %n days recorded ({percent}); {missing} without an entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.transfer</name>
    <message numerus="yes">
        <source>%n new day(s) would be added and {updated} updated</source>
        <translation>
            <numerusform>%n new day would be added and {updated} updated</numerusform>
            <numerusform>%n new days would be added and {updated} updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this diary already has %n day(s) recorded; the demo only fills an empty data folder (use --data-dir to choose another)</source>
        <translation>
            <numerusform>this diary already has %n day recorded; the demo only fills an empty data folder (use --data-dir to choose another)</numerusform>
            <numerusform>this diary already has %n days recorded; the demo only fills an empty data folder (use --data-dir to choose another)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store.integrity</name>
    <message numerus="yes">
        <source>{path} is cut short: it has only %n byte(s) left.</source>
        <translation>
            <numerusform>{path} is cut short: it has only %n byte left.</numerusform>
            <numerusform>{path} is cut short: it has only %n bytes left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store.value_checks</name>
    <message numerus="yes">
        <source>%n date(s) in {column} cannot be read</source>
        <translation>
            <numerusform>%n date in {column} cannot be read</numerusform>
            <numerusform>%n dates in {column} cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in {column} cannot be read</source>
        <translation>
            <numerusform>%n time in {column} cannot be read</numerusform>
            <numerusform>%n times in {column} cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) cannot be read</source>
        <translation>
            <numerusform>%n setting cannot be read</numerusform>
            <numerusform>%n settings cannot be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.entry.banner</name>
    <message numerus="yes">
        <source>%n missed day(s) filled in, {left} left empty</source>
        <translation>
            <numerusform>%n missed day filled in, {left} left empty</numerusform>
            <numerusform>%n missed days filled in, {left} left empty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed day(s) filled in</source>
        <translation>
            <numerusform>%n missed day filled in</numerusform>
            <numerusform>%n missed days filled in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.file_menu</name>
    <message numerus="yes">
        <source>Exported %n day(s) to {file}</source>
        <translation>
            <numerusform>Exported %n day to {file}</numerusform>
            <numerusform>Exported %n days to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.history_page</name>
    <message numerus="yes">
        <source>%n day(s) recorded from {first} to {last}. Double-click a day (or press Enter) to open it.</source>
        <translation>
            <numerusform>%n day recorded from {first} to {last}. Double-click a day (or press Enter) to open it.</numerusform>
            <numerusform>%n days recorded from {first} to {last}. Double-click a day (or press Enter) to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.report_page</name>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n page to {path}.</numerusform>
            <numerusform>Saved %n pages to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.response_panel</name>
    <message numerus="yes">
        <source>%n day(s): 12 weeks reached</source>
        <translation>
            <numerusform>%n day: 12 weeks reached</numerusform>
            <numerusform>%n days: 12 weeks reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{days} of %n day(s)</source>
        <comment>on a progress bar: 34 of 84 days</comment>
        <translation>
            <numerusform>{days} of %n day</numerusform>
            <numerusform>{days} of %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.side_effects.words</name>
    <message numerus="yes">
        <source>Doses taken: {taken} of %n day(s) with a dose recorded ({percent}).</source>
        <translation>
            <numerusform>Doses taken: {taken} of %n day with a dose recorded ({percent}).</numerusform>
            <numerusform>Doses taken: {taken} of %n days with a dose recorded ({percent}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed dose(s): {days}.</source>
        <translation>
            <numerusform>Missed dose: {days}.</numerusform>
            <numerusform>Missed doses: {days}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded on {missing} of %n day(s) (diary {percent} complete).</source>
        <translation>
            <numerusform>Nothing recorded on {missing} of %n day (diary {percent} complete).</numerusform>
            <numerusform>Nothing recorded on {missing} of %n days (diary {percent} complete).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %n day(s) has an entry.</source>
        <translation>
            <numerusform>Every one of the %n day has an entry.</numerusform>
            <numerusform>Every one of the %n days has an entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose}: {dates} (%n day(s) recorded), above the usual low-dose range of up to {limit}</source>
        <translation>
            <numerusform>{dose}: {dates} (%n day recorded), above the usual low-dose range of up to {limit}</numerusform>
            <numerusform>{dose}: {dates} (%n days recorded), above the usual low-dose range of up to {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose}: {dates} (%n day(s) recorded)</source>
        <translation>
            <numerusform>{dose}: {dates} (%n day recorded)</numerusform>
            <numerusform>{dose}: {dates} (%n days recorded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.writes</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
</TS>
