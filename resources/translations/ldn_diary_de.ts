<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
