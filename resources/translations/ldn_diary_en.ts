<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>ui.main_window</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to {file}</source>
        <translation>
            <numerusform>Exported %n day to {file}</numerusform>
            <numerusform>Exported %n days to {file}</numerusform>
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
