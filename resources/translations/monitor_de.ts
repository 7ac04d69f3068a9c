<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Regulatory Monitor</source>
        <translation>Über Regulatory Monitor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Settings folder</source>
        <translation>Einstellungsordner</translation>
    </message>
    <message>
        <source>One alert per fine imposed by a data-protection authority, from its feeds and the news.</source>
        <translation>Eine Benachrichtigung je Bußgeld einer Datenschutzbehörde, aus ihren Feeds und den Nachrichten.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>facial recognition</source>
        <translation>Gesichtserkennung</translation>
    </message>
    <message>
        <source>biometrics</source>
        <translation>Biometrie</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>Recorded in the Fines register without an alert each.</source>
        <translation>Im Bußgeldregister erfasst, ohne einzelne Benachrichtigung.</translation>
    </message>
    <message>
        <source>An authority</source>
        <translation>Eine Behörde</translation>
    </message>
    <message>
        <source>an undisclosed party</source>
        <translation>eine nicht genannte Partei</translation>
    </message>
    <message>
        <source>%1 fine against %2 overturned</source>
        <translation>%1: Bußgeld gegen %2 aufgehoben</translation>
    </message>
    <message>
        <source>%1 intends to fine %2 %3</source>
        <translation>%1 plant ein Bußgeld von %3 gegen %2</translation>
    </message>
    <message>
        <source>%1 intends to fine %2</source>
        <translation>%1 plant ein Bußgeld gegen %2</translation>
    </message>
    <message>
        <source>%1 fines %2 %3</source>
        <translation>%1 verhängt ein Bußgeld von %3 gegen %2</translation>
    </message>
    <message>
        <source>%1 fines %2</source>
        <translation>%1 verhängt ein Bußgeld gegen %2</translation>
    </message>
    <message>
        <source>(overdue penalty payment)</source>
        <translation>(fälliges Zwangsgeld)</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Aktualisierung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier fine(s) found in %1</source>
        <translation>
            <numerusform>%n früheres Bußgeld in %1 gefunden</numerusform>
            <numerusform>%n frühere Bußgelder in %1 gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notification text</source>
        <translation>Text der Benachrichtigung</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the fine in the register</source>
        <translation>Bußgeld im Register anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the notifications</source>
        <translation>Benachrichtigungen schließen</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weitere)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>Correct the decision</source>
        <translation>Entscheidung korrigieren</translation>
    </message>
    <message>
        <source>&amp;Edit decision…</source>
        <translation>Entscheidung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Merge the selected decisions</source>
        <translation>Ausgewählte Entscheidungen &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>Korrektur &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>&amp;Korrekturen…</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (war %2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Abtrennung</translation>
    </message>
    <message>
        <source>Correct the report</source>
        <translation>Bericht korrigieren</translation>
    </message>
    <message>
        <source>&amp;Split this report off into its own decision</source>
        <translation>Diesen Bericht als eigene Entscheidung &amp;abtrennen</translation>
    </message>
    <message>
        <source>&amp;Not a fine</source>
        <translation>&amp;Keine Geldbuße</translation>
    </message>
    <message>
        <source>Correction not made</source>
        <translation>Korrektur nicht vorgenommen</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>Wettbewerb</translation>
    </message>
    <message>
        <source>consumer protection</source>
        <translation>Verbraucherschutz</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Corrected by you on %1. The analysis had read: %2</source>
        <translation>Von Ihnen am %1 korrigiert. Die Analyse hatte gelesen: %2</translation>
    </message>
    <message>
        <source>%1 corrected: %2 → %3</source>
        <translation>%1 korrigiert: %2 → %3</translation>
    </message>
    <message>
        <source>Merged by you from two decisions</source>
        <translation>Von Ihnen aus zwei Entscheidungen zusammengeführt</translation>
    </message>
    <message>
        <source>Split off by you into a decision of its own</source>
        <translation>Von Ihnen als eigene Entscheidung abgetrennt</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Your corrections</source>
        <translation>Ihre Korrekturen</translation>
    </message>
    <message>
        <source>Corrections of the register</source>
        <translation>Korrekturen des Registers</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>Korrektur &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Decisions %1 and %2 merged</source>
        <translation>Entscheidungen %1 und %2 zusammengeführt</translation>
    </message>
    <message>
        <source>Split off: %1</source>
        <translation>Abgetrennt: %1</translation>
    </message>
    <message>
        <source>Not a fine: %1</source>
        <translation>Keine Geldbuße: %1</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Regulatory Monitor keeps running in the tray and will tell you about new fines. Quit it from the tray menu.</source>
        <translation>Regulatory Monitor läuft im Infobereich weiter und meldet neue Bußgelder. Beenden Sie es über sein Menü dort.</translation>
    </message>
    <message>
        <source>The desktop has no system tray: alerts will appear in this window instead.</source>
        <translation>Die Arbeitsumgebung hat keinen Infobereich: Benachrichtigungen erscheinen stattdessen in diesem Fenster.</translation>
    </message>
    <message>
        <source>The desktop has no system tray: alerts will appear as desktop notifications and in this window.</source>
        <translation>Die Arbeitsumgebung hat keinen Infobereich: Benachrichtigungen erscheinen als Desktop-Benachrichtigungen und in diesem Fenster.</translation>
    </message>
    <message>
        <source>Regulatory Monitor</source>
        <translation>Regulatory Monitor</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Nicht geschrieben</translation>
    </message>
    <message>
        <source>Stopping the poll…</source>
        <translation>Abruf wird beendet…</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Abruf läuft…</translation>
    </message>
    <message>
        <source>%1/%2 feeds</source>
        <translation>%1/%2 Feeds</translation>
    </message>
    <message numerus="yes">
        <source>Last poll %1: %n new item(s)</source>
        <translation>
            <numerusform>Letzter Abruf %1: %n neue Meldung</numerusform>
            <numerusform>Letzter Abruf %1: %n neue Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer appears to be offline; the feeds are tried again at the next poll.</source>
        <translation>Dieser Computer scheint offline zu sein; die Feeds werden beim nächsten Abruf erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed:</source>
        <translation>
            <numerusform>%n Feed fehlgeschlagen:</numerusform>
            <numerusform>%n Feeds fehlgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>The poll failed:</source>
        <translation>Der Abruf ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Abruf pausiert</translation>
    </message>
    <message>
        <source>next poll %1</source>
        <translation>nächster Abruf %1</translation>
    </message>
    <message>
        <source>next poll: now</source>
        <translation>nächster Abruf: jetzt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n unread decision(s)</source>
        <translation>
            <numerusform>%n ungelesene Entscheidung</numerusform>
            <numerusform>%n ungelesene Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Läuft weiter</translation>
    </message>
    <message>
        <source>The new language applies at the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Correct decision %1</source>
        <translation>Entscheidung %1 korrigieren</translation>
    </message>
    <message>
        <source>e.g. 20000000 or 20 million</source>
        <translation>z. B. 20000000 oder 20 million</translation>
    </message>
    <message>
        <source>Why (optional): where the right value is stated</source>
        <translation>Warum (optional): wo der richtige Wert steht</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partei:</translation>
    </message>
    <message>
        <source>Fined party</source>
        <translation>Sanktionierte Partei</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Amount of the fine</source>
        <translation>Höhe der Geldbuße</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Currency of the amount</source>
        <translation>Währung des Betrags</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status of the decision</source>
        <translation>Status der Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Domain of law</source>
        <translation>Rechtsgebiet</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Note on the correction</source>
        <translation>Notiz zur Korrektur</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>Feed hinzufügen…</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML importieren…</translation>
    </message>
    <message>
        <source>Import feeds from an OPML file</source>
        <translation>Feeds aus einer OPML-Datei importieren</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Jetzt abrufen</translation>
    </message>
    <message>
        <source>Poll all feeds now</source>
        <translation>Alle Feeds jetzt abrufen</translation>
    </message>
    <message>
        <source>No feeds yet</source>
        <translation>Noch keine Feeds</translation>
    </message>
    <message>
        <source>Add the feed of an authority or a news site, or import an OPML file from another reader.</source>
        <translation>Fügen Sie den Feed einer Behörde oder Nachrichtenseite hinzu oder importieren Sie eine OPML-Datei aus einem anderen Feedreader.</translation>
    </message>
    <message>
        <source>This computer appears to be offline</source>
        <translation>Dieser Computer scheint offline zu sein</translation>
    </message>
    <message>
        <source>No feed could be reached. The app tries again at the next poll.</source>
        <translation>Kein Feed war erreichbar. Die App versucht es beim nächsten Abruf erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s) for the first time…</source>
        <translation>
            <numerusform>%n Feed wird zum ersten Mal abgerufen…</numerusform>
            <numerusform>%n Feeds werden zum ersten Mal abgerufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>News and fines appear here as they arrive. You can keep working meanwhile.</source>
        <translation>Nachrichten und Bußgelder erscheinen hier, sobald sie eintreffen. Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <source>Nothing fetched yet</source>
        <translation>Noch nichts abgerufen</translation>
    </message>
    <message>
        <source>The first poll starts shortly. You can also poll now, add a feed or import an OPML file.</source>
        <translation>Der erste Abruf beginnt in Kürze. Sie können auch jetzt abrufen, einen Feed hinzufügen oder eine OPML-Datei importieren.</translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message>
        <source>Feeds file</source>
        <translation>Feed-Datei</translation>
    </message>
    <message>
        <source>The feeds file was not changed:</source>
        <translation>Die Feed-Datei wurde nicht geändert:</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Feed entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the feeds file? Its stored items stay in the database.</source>
        <translation>„%1“ aus der Feed-Datei entfernen? Seine gespeicherten Meldungen bleiben in der Datenbank.</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importieren</translation>
    </message>
    <message>
        <source>OPML files</source>
        <translation>OPML-Dateien</translation>
    </message>
    <message>
        <source>Could not import %1:</source>
        <translation>%1 konnte nicht importiert werden:</translation>
    </message>
    <message>
        <source>already in the feeds file</source>
        <translation>bereits in der Feed-Datei</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>%n Feed importiert</numerusform>
            <numerusform>%n Feeds importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML exportieren</translation>
    </message>
    <message>
        <source>Could not write %1:</source>
        <translation>%1 konnte nicht geschrieben werden:</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>%n Feed nach %1 exportiert</numerusform>
            <numerusform>%n Feeds nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Edit feed</source>
        <translation>Feed bearbeiten</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Fetch the address once to find the feed&apos;s title</source>
        <translation>Die Adresse einmal abrufen, um den Titel des Feeds zu finden</translation>
    </message>
    <message>
        <source>news</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>en, fr, de…</source>
        <translation>de, en, fr…</translation>
    </message>
    <message>
        <source>CNIL, ICO… (authorities only)</source>
        <translation>CNIL, ICO… (nur Behörden)</translation>
    </message>
    <message>
        <source>default (e.g. 30m, 2h)</source>
        <translation>Standard (z. B. 30m, 2h)</translation>
    </message>
    <message>
        <source>Poll this feed</source>
        <translation>Diesen Feed abrufen</translation>
    </message>
    <message>
        <source>Watch this page (it has no feed: its list of news becomes the items)</source>
        <translation>Diese Seite beobachten (sie hat keinen Feed: ihre Nachrichtenliste wird zu den Meldungen)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>No feed on this page; watching it would give %n item(s) (first ones above).</source>
        <translation>
            <numerusform>Kein Feed auf dieser Seite; sie zu beobachten ergäbe %n Meldung (die ersten oben).</numerusform>
            <numerusform>Kein Feed auf dieser Seite; sie zu beobachten ergäbe %n Meldungen (die ersten oben).</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled feed</source>
        <translation>Feed ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s) (linked from %2).</source>
        <translation>
            <numerusform>„%1“ gefunden, mit %n Meldung (verlinkt von %2).</numerusform>
            <numerusform>„%1“ gefunden, mit %n Meldungen (verlinkt von %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s).</source>
        <translation>
            <numerusform>„%1“ gefunden, mit %n Meldung.</numerusform>
            <numerusform>„%1“ gefunden, mit %n Meldungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This address is in the feeds file already.</source>
        <translation>Diese Adresse steht bereits in der Feed-Datei.</translation>
    </message>
    <message>
        <source>A feed named “%1” exists already: choose another name.</source>
        <translation>Ein Feed namens „%1“ existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Give the feed a name (Fetch finds its title).</source>
        <translation>Geben Sie dem Feed einen Namen (Abrufen findet seinen Titel).</translation>
    </message>
    <message>
        <source>An authority&apos;s feed needs the authority&apos;s short code (e.g. CNIL).</source>
        <translation>Der Feed einer Behörde braucht ihr Kürzel (z. B. CNIL).</translation>
    </message>
</context>
<context>
    <name>FinesChart</name>
    <message>
        <source>number of decisions</source>
        <translation>Anzahl der Entscheidungen</translation>
    </message>
    <message>
        <source>total in euros (log scale)</source>
        <translation>Summe in Euro (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Imposed fines per year, by authority: %1</source>
        <translation>Verhängte Bußgelder pro Jahr nach Behörde: %1</translation>
    </message>
    <message>
        <source>Other authorities</source>
        <translation>Andere Behörden</translation>
    </message>
    <message>
        <source>No imposed fines yet</source>
        <translation>Noch keine verhängten Bußgelder</translation>
    </message>
    <message>
        <source>Decisions per year</source>
        <translation>Entscheidungen pro Jahr</translation>
    </message>
    <message>
        <source>Euros per year (log scale)</source>
        <translation>Euro pro Jahr (logarithmische Skala)</translation>
    </message>
</context>
<context>
    <name>FinesExport</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Atom feed (*.atom)</source>
        <translation>Atom-Feed (*.atom)</translation>
    </message>
    <message>
        <source>Export the shown decisions</source>
        <translation>Angezeigte Entscheidungen exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FinesFilters</name>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Wettbewerb</translation>
    </message>
    <message>
        <source>Consumer protection</source>
        <translation>Verbraucherschutz</translation>
    </message>
    <message>
        <source>Other domains</source>
        <translation>Andere Bereiche</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Filter by party, authority, tag…</source>
        <translation>Nach Partei, Behörde, Thema filtern…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Stand</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show every party again</source>
        <translation>Wieder alle Parteien zeigen</translation>
    </message>
    <message>
        <source>min €</source>
        <translation>min. €</translation>
    </message>
    <message>
        <source>max €</source>
        <translation>max. €</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Domain of law</source>
        <translation>Rechtsgebiet</translation>
    </message>
    <message>
        <source>Decided on or after</source>
        <translation>Entschieden am oder nach dem</translation>
    </message>
    <message>
        <source>Decided on or before</source>
        <translation>Entschieden am oder vor dem</translation>
    </message>
    <message>
        <source>Smallest amount in euros</source>
        <translation>Kleinster Betrag in Euro</translation>
    </message>
    <message>
        <source>Largest amount in euros</source>
        <translation>Größter Betrag in Euro</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Jede Behörde</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Jedes Land</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Jedes Thema</translation>
    </message>
    <message>
        <source>Party: %1 ✕</source>
        <translation>Partei: %1 ✕</translation>
    </message>
</context>
<context>
    <name>FinesModel</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Betrag (EUR)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation>Verhängt</translation>
    </message>
    <message>
        <source>Total imposed (EUR)</source>
        <translation>Summe verhängt (EUR)</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>(undisclosed)</source>
        <translation>(nicht genannt)</translation>
    </message>
</context>
<context>
    <name>FinesView</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the decisions shown, as CSV, JSON or Atom</source>
        <translation>Die angezeigten Entscheidungen als CSV, JSON oder Atom exportieren</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Meldet</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show this party&apos;s decisions</source>
        <translation>Doppelklicken oder Eingabe drücken, um die Entscheidungen gegen diese Partei zu zeigen</translation>
    </message>
    <message>
        <source>Number of decisions</source>
        <translation>Anzahl der Entscheidungen</translation>
    </message>
    <message>
        <source>Total in euros (log scale)</source>
        <translation>Summe in Euro (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Totals by party</source>
        <translation>Summen je Partei</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) · %1 imposed</source>
        <translation>
            <numerusform>%n Entscheidung · %1 verhängt</numerusform>
            <numerusform>%n Entscheidungen · %1 verhängt</numerusform>
        </translation>
    </message>
    <message>
        <source>Status history: %1</source>
        <translation>Verlauf des Stands: %1</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>amtliche Quelle</translation>
    </message>
    <message>
        <source>Carried by the deciding authority&apos;s own feed</source>
        <translation>Aus dem eigenen Feed der entscheidenden Behörde</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Periodic penalty</source>
        <translation>Zwangsgeld</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Bußgeld</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>The fine&apos;s facts above were read from the linked article, not from the feed:</source>
        <translation>Die Fakten des Bußgelds oben stammen aus dem verlinkten Artikel, nicht aus dem Feed:</translation>
    </message>
    <message>
        <source>From the linked article:</source>
        <translation>Aus dem verlinkten Artikel:</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <source>Open the article in your browser (Enter)</source>
        <translation>Artikel im Browser öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Show in Fines register</source>
        <translation>Im Bußgeldregister zeigen</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Fine (EUR)</source>
        <translation>Bußgeld (EUR)</translation>
    </message>
    <message>
        <source>face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>Bio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regulatory Monitor</source>
        <translation>Regulatory Monitor</translation>
    </message>
    <message>
        <source>Search titles and summaries  (Ctrl+F)</source>
        <translation>Titel und Zusammenfassungen durchsuchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Nur ungelesene</translation>
    </message>
    <message>
        <source>Show unmatched</source>
        <translation>Übrige anzeigen</translation>
    </message>
    <message>
        <source>Also list news that matched none of the watched topics (kept for a limited time; see Settings)</source>
        <translation>Auch Nachrichten zeigen, die zu keinem beobachteten Thema passen (begrenzt aufbewahrt; siehe Einstellungen)</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Fines register</source>
        <translation>Bußgeldregister</translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>Jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>F&amp;eeds</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>Feed &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit feed…</source>
        <translation>Feed &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable feed</source>
        <translation>Feed &amp;deaktivieren / aktivieren</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>Feed &amp;entfernen</translation>
    </message>
    <message>
        <source>Poll this &amp;feed now</source>
        <translation>Diesen &amp;Feed jetzt abrufen</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>OPML e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Meldungen</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Nächste Meldung</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Vorherige Meldung</translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation>&amp;Gelesen umschalten</translation>
    </message>
    <message>
        <source>&amp;Open original</source>
        <translation>&amp;Original öffnen</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Not a &amp;fine</source>
        <translation>Keine &amp;Geldbuße</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Fines register</source>
        <translation>&amp;Bußgeldregister</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Regulatory Monitor</source>
        <translation>Ü&amp;ber Regulatory Monitor</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Saved views and feeds; choose one to list its items</source>
        <translation>Gespeicherte Ansichten und Feeds; einen wählen, um seine Meldungen zu zeigen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search titles and summaries</source>
        <translation>Titel und Zusammenfassungen durchsuchen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Show only items with this topic</source>
        <translation>Nur Meldungen zu diesem Thema zeigen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>News items, newest first; Enter opens the original</source>
        <translation>Meldungen, neueste zuerst; Eingabe öffnet das Original</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Lesebereich</translation>
    </message>
    <message>
        <source>The selected item</source>
        <translation>Die gewählte Meldung</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>News and the Fines register</source>
        <translation>Nachrichten und Bußgeldregister</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Anzahl der Meldungen</translation>
    </message>
    <message>
        <source>Poll progress</source>
        <translation>Fortschritt des Abrufs</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Nächster Abruf</translation>
    </message>
    <message>
        <source>Feed errors</source>
        <translation>Feed-Fehler</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Register durchsuchen</translation>
    </message>
    <message>
        <source>Status of the decision</source>
        <translation>Stand der Entscheidung</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>One row per decision</source>
        <translation>Eine Zeile je Entscheidung</translation>
    </message>
    <message>
        <source>Sources of the decision</source>
        <translation>Quellen der Entscheidung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Totals by party</source>
        <translation>Summen je Partei</translation>
    </message>
    <message>
        <source>Chart measure</source>
        <translation>Maß des Diagramms</translation>
    </message>
    <message>
        <source>Sources, totals and chart</source>
        <translation>Quellen, Summen und Diagramm</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>j/k or ↓/↑: next/previous · Space: page, then next · Enter: open · m: toggle read · F5: poll · Ctrl+F: search · Ctrl+1/2: News/Fines · F6: next pane · Tab: next control</source>
        <translation>j/k oder ↓/↑: nächste/vorherige · Leertaste: blättern, dann nächste · Eingabe: öffnen · m: gelesen umschalten · F5: abrufen · Strg+F: suchen · Strg+1/2: Nachrichten/Bußgelder · F6: nächster Bereich · Tab: nächstes Element</translation>
    </message>
    <message>
        <source>Select a feed in the list first.</source>
        <translation>Wählen Sie zuerst einen Feed in der Liste.</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched hidden</source>
        <translation>
            <numerusform>%n übrige ausgeblendet</numerusform>
            <numerusform>%n übrige ausgeblendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) or more, counting…</source>
        <translation>
            <numerusform>%n Meldung oder mehr, wird gezählt…</numerusform>
            <numerusform>%n Meldungen oder mehr, wird gezählt…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>From a date</source>
        <translation>Ab einem Datum</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A manual proxy needs a URL</source>
        <translation>Ein manueller Proxy braucht eine URL</translation>
    </message>
    <message>
        <source>System settings (https_proxy, no_proxy…)</source>
        <translation>Systemeinstellungen (https_proxy, no_proxy…)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Read the linked article when an item lacks the fine&apos;s facts</source>
        <translation>Den verlinkten Artikel lesen, wenn einer Meldung die Fakten des Bußgelds fehlen</translation>
    </message>
    <message>
        <source>A few articles per poll, only for matching items without an amount, a party or a summary</source>
        <translation>Wenige Artikel pro Abruf, nur für passende Meldungen ohne Betrag, Partei oder Zusammenfassung</translation>
    </message>
    <message>
        <source>The desktop&apos;s language</source>
        <translation>Sprache der Arbeitsumgebung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>News items that matched no topic are deleted after this many days. Matching items, fines and authorities&apos; own items are kept.</source>
        <translation>Nachrichten ohne beobachtetes Thema werden nach so vielen Tagen gelöscht. Passende Meldungen, Bußgelder und Meldungen der Behörden bleiben erhalten.</translation>
    </message>
    <message>
        <source>any topic (e.g. facial_recognition biometrics)</source>
        <translation>alle Themen (z. B. facial_recognition biometrics)</translation>
    </message>
    <message>
        <source>any authority (e.g. CNIL ICO)</source>
        <translation>alle Behörden (z. B. CNIL ICO)</translation>
    </message>
    <message>
        <source>any domain (e.g. data_protection competition)</source>
        <translation>alle Rechtsgebiete (z. B. data_protection competition)</translation>
    </message>
    <message>
        <source>Known topics:</source>
        <translation>Bekannte Themen:</translation>
    </message>
    <message>
        <source>Known authorities:</source>
        <translation>Bekannte Behörden:</translation>
    </message>
    <message>
        <source>Known domains:</source>
        <translation>Bekannte Rechtsgebiete:</translation>
    </message>
    <message>
        <source>Also alert on proposed fines</source>
        <translation>Auch bei geplanten Bußgeldern benachrichtigen</translation>
    </message>
    <message>
        <source>Only domains</source>
        <translation>Nur Rechtsgebiete</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Nicht gespeichert:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>Abrufen alle</translation>
    </message>
    <message>
        <source>Keep unmatched news</source>
        <translation>Übrige Nachrichten aufbewahren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Only topics</source>
        <translation>Nur Themen</translation>
    </message>
    <message>
        <source>Only authorities</source>
        <translation>Nur Behörden</translation>
    </message>
</context>
<context>
    <name>SharingGroup</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>not written (e.g. /srv/www/fines.atom)</source>
        <translation>nicht geschrieben (z. B. /srv/www/fines.atom)</translation>
    </message>
    <message>
        <source>The register&apos;s data-protection decisions, written after every poll</source>
        <translation>Die Datenschutzentscheidungen des Registers, nach jedem Abruf geschrieben</translation>
    </message>
    <message>
        <source>no weekly report</source>
        <translation>kein Wochenbericht</translation>
    </message>
    <message>
        <source>A report of the week&apos;s decisions is written here once a week</source>
        <translation>Einmal pro Woche wird hier ein Bericht über die Entscheidungen der Woche gespeichert</translation>
    </message>
    <message>
        <source>Atom feed file</source>
        <translation>Datei des Atom-Feeds</translation>
    </message>
    <message>
        <source>Weekly report folder</source>
        <translation>Ordner des Wochenberichts</translation>
    </message>
    <message>
        <source>Weekly report format</source>
        <translation>Format des Wochenberichts</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <source>Fines</source>
        <translation>Bußgelder</translation>
    </message>
    <message>
        <source>Facial recognition</source>
        <translation>Gesichtserkennung</translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation>Biometrie</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Meldungen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>imposed</source>
        <translation>verhängt</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>mention of past</source>
        <translation>Erwähnung einer früheren Entscheidung</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Regulatory Monitor</source>
        <translation>Regulatory Monitor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Jetzt abrufen</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Abruf pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n unread fine(s)</source>
        <translation>
            <numerusform>%n ungelesenes Bußgeld</numerusform>
            <numerusform>%n ungelesene Bußgelder</numerusform>
        </translation>
    </message>
    <message>
        <source>no unread fines</source>
        <translation>keine ungelesenen Bußgelder</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML files</source>
        <translation>HTML-Dateien</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF-Dateien</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
</context>
</TS>
