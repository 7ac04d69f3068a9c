<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Alerts</name>
    <message numerus="yes">
        <source>%n earlier fine(s) found in %1</source>
        <translation>
            <numerusform>%n earlier fine found in %1</numerusform>
            <numerusform>%n earlier fines found in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <source>Last poll %1: %n new item(s)</source>
        <translation>
            <numerusform>Last poll %1: %n new item</numerusform>
            <numerusform>Last poll %1: %n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed:</source>
        <translation>
            <numerusform>%n feed failed:</numerusform>
            <numerusform>%n feeds failed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread decision(s)</source>
        <translation>
            <numerusform>%n unread decision</numerusform>
            <numerusform>%n unread decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message numerus="yes">
        <source>Fetching %n feed(s) for the first time…</source>
        <translation>
            <numerusform>Fetching %n feed for the first time…</numerusform>
            <numerusform>Fetching %n feeds for the first time…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>Imported %n feed</numerusform>
            <numerusform>Imported %n feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n</source>
        <translation>
            <numerusform>skipped %n</numerusform>
            <numerusform>skipped %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>Exported %n feed to %1</numerusform>
            <numerusform>Exported %n feeds to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message numerus="yes">
        <source>No feed on this page; watching it would give %n item(s) (first ones above).</source>
        <translation>
            <numerusform>No feed on this page; watching it would give %n item (first ones above).</numerusform>
            <numerusform>No feed on this page; watching it would give %n items (first ones above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s) (linked from %2).</source>
        <translation>
            <numerusform>Found “%1” with %n item (linked from %2).</numerusform>
            <numerusform>Found “%1” with %n items (linked from %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s).</source>
        <translation>
            <numerusform>Found “%1” with %n item.</numerusform>
            <numerusform>Found “%1” with %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinesView</name>
    <message numerus="yes">
        <source>%n decision(s) · %1 imposed</source>
        <translation>
            <numerusform>%n decision · %1 imposed</numerusform>
            <numerusform>%n decisions · %1 imposed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched hidden</source>
        <translation>
            <numerusform>%n unmatched hidden</numerusform>
            <numerusform>%n unmatched hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) or more, counting…</source>
        <translation>
            <numerusform>%n item or more, counting…</numerusform>
            <numerusform>%n items or more, counting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n unread fine(s)</source>
        <translation>
            <numerusform>%n unread fine</numerusform>
            <numerusform>%n unread fines</numerusform>
        </translation>
    </message>
</context>
</TS>
