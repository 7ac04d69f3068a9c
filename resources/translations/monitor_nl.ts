<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Regulatory Monitor</source>
        <translation>Over Regulatory Monitor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Settings folder</source>
        <translation>Map met instellingen</translation>
    </message>
    <message>
        <source>One alert per fine imposed by a data-protection authority, from its feeds and the news.</source>
        <translation>Eén melding per boete van een toezichthouder voor gegevensbescherming, uit haar feeds en het nieuws.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>facial recognition</source>
        <translation>gezichtsherkenning</translation>
    </message>
    <message>
        <source>biometrics</source>
        <translation>biometrie</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <source>Recorded in the Fines register without an alert each.</source>
        <translation>Opgenomen in het boeteregister, zonder melding per boete.</translation>
    </message>
    <message>
        <source>An authority</source>
        <translation>Een toezichthouder</translation>
    </message>
    <message>
        <source>an undisclosed party</source>
        <translation>een niet-genoemde partij</translation>
    </message>
    <message>
        <source>%1 fine against %2 overturned</source>
        <translation>%1: boete voor %2 vernietigd</translation>
    </message>
    <message>
        <source>%1 intends to fine %2 %3</source>
        <translation>%1 wil %2 een boete van %3 opleggen</translation>
    </message>
    <message>
        <source>%1 intends to fine %2</source>
        <translation>%1 wil %2 een boete opleggen</translation>
    </message>
    <message>
        <source>%1 fines %2 %3</source>
        <translation>%1 legt %2 een boete van %3 op</translation>
    </message>
    <message>
        <source>%1 fines %2</source>
        <translation>%1 legt %2 een boete op</translation>
    </message>
    <message>
        <source>(overdue penalty payment)</source>
        <translation>(verbeurde dwangsom)</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Update: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier fine(s) found in %1</source>
        <translation>
            <numerusform>%n eerdere boete gevonden in %1</numerusform>
            <numerusform>%n eerdere boetes gevonden in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Notification text</source>
        <translation>Tekst van de melding</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show the fine in the register</source>
        <translation>De boete in het register tonen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss the notifications</source>
        <translation>Meldingen sluiten</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(en nog %n)</numerusform>
            <numerusform>(en nog %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>Correct the decision</source>
        <translation>Besluit corrigeren</translation>
    </message>
    <message>
        <source>&amp;Edit decision…</source>
        <translation>Besluit &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Merge the selected decisions</source>
        <translation>Geselecteerde besluiten &amp;samenvoegen</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>Correctie &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>&amp;Correcties…</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (was %2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoeging</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Afsplitsing</translation>
    </message>
    <message>
        <source>Correct the report</source>
        <translation>Bericht corrigeren</translation>
    </message>
    <message>
        <source>&amp;Split this report off into its own decision</source>
        <translation>Dit bericht &amp;afsplitsen als eigen besluit</translation>
    </message>
    <message>
        <source>&amp;Not a fine</source>
        <translation>&amp;Geen boete</translation>
    </message>
    <message>
        <source>Correction not made</source>
        <translation>Correctie niet uitgevoerd</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>data protection</source>
        <translation>gegevensbescherming</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>mededinging</translation>
    </message>
    <message>
        <source>consumer protection</source>
        <translation>consumentenbescherming</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Corrected by you on %1. The analysis had read: %2</source>
        <translation>Door u gecorrigeerd op %1. De analyse had gelezen: %2</translation>
    </message>
    <message>
        <source>%1 corrected: %2 → %3</source>
        <translation>%1 gecorrigeerd: %2 → %3</translation>
    </message>
    <message>
        <source>Merged by you from two decisions</source>
        <translation>Door u samengevoegd uit twee besluiten</translation>
    </message>
    <message>
        <source>Split off by you into a decision of its own</source>
        <translation>Door u afgesplitst als eigen besluit</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Your corrections</source>
        <translation>Uw correcties</translation>
    </message>
    <message>
        <source>Corrections of the register</source>
        <translation>Correcties van het register</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>Correctie &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Decisions %1 and %2 merged</source>
        <translation>Besluiten %1 en %2 samengevoegd</translation>
    </message>
    <message>
        <source>Split off: %1</source>
        <translation>Afgesplitst: %1</translation>
    </message>
    <message>
        <source>Not a fine: %1</source>
        <translation>Geen boete: %1</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Regulatory Monitor keeps running in the tray and will tell you about new fines. Quit it from the tray menu.</source>
        <translation>Regulatory Monitor blijft actief in het systeemvak en meldt nieuwe boetes. Sluit het af via het menu daar.</translation>
    </message>
    <message>
        <source>The desktop has no system tray: alerts will appear in this window instead.</source>
        <translation>Het bureaublad heeft geen systeemvak: meldingen verschijnen in dit venster.</translation>
    </message>
    <message>
        <source>The desktop has no system tray: alerts will appear as desktop notifications and in this window.</source>
        <translation>Het bureaublad heeft geen systeemvak: meldingen verschijnen als bureaubladmeldingen en in dit venster.</translation>
    </message>
    <message>
        <source>Regulatory Monitor</source>
        <translation>Regulatory Monitor</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Niet geschreven</translation>
    </message>
    <message>
        <source>Stopping the poll…</source>
        <translation>Ophalen wordt gestopt…</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Bezig met ophalen…</translation>
    </message>
    <message>
        <source>%1/%2 feeds</source>
        <translation>%1/%2 feeds</translation>
    </message>
    <message numerus="yes">
        <source>Last poll %1: %n new item(s)</source>
        <translation>
            <numerusform>Laatst opgehaald %1: %n nieuw bericht</numerusform>
            <numerusform>Laatst opgehaald %1: %n nieuwe berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer appears to be offline; the feeds are tried again at the next poll.</source>
        <translation>Deze computer lijkt offline te zijn; de feeds worden bij de volgende ronde opnieuw geprobeerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed:</source>
        <translation>
            <numerusform>%n feed mislukt:</numerusform>
            <numerusform>%n feeds mislukt:</numerusform>
        </translation>
    </message>
    <message>
        <source>The poll failed:</source>
        <translation>Het ophalen is mislukt:</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Ophalen gepauzeerd</translation>
    </message>
    <message>
        <source>next poll %1</source>
        <translation>volgende ronde %1</translation>
    </message>
    <message>
        <source>next poll: now</source>
        <translation>volgende ronde: nu</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message numerus="yes">
        <source>%n unread decision(s)</source>
        <translation>
            <numerusform>%n ongelezen besluit</numerusform>
            <numerusform>%n ongelezen besluiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Nog actief</translation>
    </message>
    <message>
        <source>The new language applies at the next start.</source>
        <translation>De nieuwe taal geldt vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Correct decision %1</source>
        <translation>Besluit %1 corrigeren</translation>
    </message>
    <message>
        <source>e.g. 20000000 or 20 million</source>
        <translation>bijv. 20000000 of 20 million</translation>
    </message>
    <message>
        <source>Why (optional): where the right value is stated</source>
        <translation>Waarom (optioneel): waar de juiste waarde staat</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partij:</translation>
    </message>
    <message>
        <source>Fined party</source>
        <translation>Beboete partij</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>Amount of the fine</source>
        <translation>Bedrag van de boete</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Currency of the amount</source>
        <translation>Valuta van het bedrag</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status of the decision</source>
        <translation>Status van het besluit</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domein:</translation>
    </message>
    <message>
        <source>Domain of law</source>
        <translation>Rechtsgebied</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Note on the correction</source>
        <translation>Notitie bij de correctie</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
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
        <translation>Wat te doen</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>Feed toevoegen…</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Feed toevoegen</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML importeren…</translation>
    </message>
    <message>
        <source>Import feeds from an OPML file</source>
        <translation>Feeds uit een OPML-bestand importeren</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Nu ophalen</translation>
    </message>
    <message>
        <source>Poll all feeds now</source>
        <translation>Alle feeds nu ophalen</translation>
    </message>
    <message>
        <source>No feeds yet</source>
        <translation>Nog geen feeds</translation>
    </message>
    <message>
        <source>Add the feed of an authority or a news site, or import an OPML file from another reader.</source>
        <translation>Voeg de feed van een toezichthouder of nieuwssite toe, of importeer een OPML-bestand uit een andere lezer.</translation>
    </message>
    <message>
        <source>This computer appears to be offline</source>
        <translation>Deze computer lijkt offline te zijn</translation>
    </message>
    <message>
        <source>No feed could be reached. The app tries again at the next poll.</source>
        <translation>Geen enkele feed was bereikbaar. De app probeert het bij de volgende ronde opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s) for the first time…</source>
        <translation>
            <numerusform>%n feed wordt voor het eerst opgehaald…</numerusform>
            <numerusform>%n feeds worden voor het eerst opgehaald…</numerusform>
        </translation>
    </message>
    <message>
        <source>News and fines appear here as they arrive. You can keep working meanwhile.</source>
        <translation>Nieuws en boetes verschijnen hier zodra ze binnenkomen. U kunt intussen gewoon doorwerken.</translation>
    </message>
    <message>
        <source>Nothing fetched yet</source>
        <translation>Nog niets opgehaald</translation>
    </message>
    <message>
        <source>The first poll starts shortly. You can also poll now, add a feed or import an OPML file.</source>
        <translation>De eerste ronde begint zo. U kunt ook nu ophalen, een feed toevoegen of een OPML-bestand importeren.</translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message>
        <source>Feeds file</source>
        <translation>Feedbestand</translation>
    </message>
    <message>
        <source>The feeds file was not changed:</source>
        <translation>Het feedbestand is niet gewijzigd:</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Feed verwijderen</translation>
    </message>
    <message>
        <source>Remove “%1” from the feeds file? Its stored items stay in the database.</source>
        <translation>„%1” uit het feedbestand verwijderen? De opgeslagen berichten blijven in de database.</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importeren</translation>
    </message>
    <message>
        <source>OPML files</source>
        <translation>OPML-bestanden</translation>
    </message>
    <message>
        <source>Could not import %1:</source>
        <translation>Kon %1 niet importeren:</translation>
    </message>
    <message>
        <source>already in the feeds file</source>
        <translation>staat al in het feedbestand</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>%n feed geïmporteerd</numerusform>
            <numerusform>%n feeds geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML exporteren</translation>
    </message>
    <message>
        <source>Could not write %1:</source>
        <translation>Kon %1 niet schrijven:</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>%n feed geëxporteerd naar %1</numerusform>
            <numerusform>%n feeds geëxporteerd naar %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Edit feed</source>
        <translation>Feed bewerken</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Feed toevoegen</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Ophalen</translation>
    </message>
    <message>
        <source>Fetch the address once to find the feed&apos;s title</source>
        <translation>Het adres één keer ophalen om de titel van de feed te vinden</translation>
    </message>
    <message>
        <source>news</source>
        <translation>nieuws</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>toezichthouder</translation>
    </message>
    <message>
        <source>en, fr, de…</source>
        <translation>nl, en, fr…</translation>
    </message>
    <message>
        <source>CNIL, ICO… (authorities only)</source>
        <translation>CNIL, ICO… (alleen toezichthouders)</translation>
    </message>
    <message>
        <source>default (e.g. 30m, 2h)</source>
        <translation>standaard (bijv. 30m, 2h)</translation>
    </message>
    <message>
        <source>Poll this feed</source>
        <translation>Deze feed ophalen</translation>
    </message>
    <message>
        <source>Watch this page (it has no feed: its list of news becomes the items)</source>
        <translation>Deze pagina volgen (ze heeft geen feed: haar nieuwslijst wordt de berichten)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
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
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Toezichthouder</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Bezig met ophalen…</translation>
    </message>
    <message numerus="yes">
        <source>No feed on this page; watching it would give %n item(s) (first ones above).</source>
        <translation>
            <numerusform>Geen feed op deze pagina; volgen zou %n bericht opleveren (de eerste hierboven).</numerusform>
            <numerusform>Geen feed op deze pagina; volgen zou %n berichten opleveren (de eerste hierboven).</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled feed</source>
        <translation>feed zonder titel</translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s) (linked from %2).</source>
        <translation>
            <numerusform>„%1” gevonden, met %n bericht (gelinkt vanaf %2).</numerusform>
            <numerusform>„%1” gevonden, met %n berichten (gelinkt vanaf %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s).</source>
        <translation>
            <numerusform>„%1” gevonden, met %n bericht.</numerusform>
            <numerusform>„%1” gevonden, met %n berichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This address is in the feeds file already.</source>
        <translation>Dit adres staat al in het feedbestand.</translation>
    </message>
    <message>
        <source>A feed named “%1” exists already: choose another name.</source>
        <translation>Er bestaat al een feed met de naam „%1”: kies een andere naam.</translation>
    </message>
    <message>
        <source>Give the feed a name (Fetch finds its title).</source>
        <translation>Geef de feed een naam (Ophalen vindt de titel).</translation>
    </message>
    <message>
        <source>An authority&apos;s feed needs the authority&apos;s short code (e.g. CNIL).</source>
        <translation>De feed van een toezichthouder heeft haar afkorting nodig (bijv. CNIL).</translation>
    </message>
</context>
<context>
    <name>FinesChart</name>
    <message>
        <source>number of decisions</source>
        <translation>aantal besluiten</translation>
    </message>
    <message>
        <source>total in euros (log scale)</source>
        <translation>totaal in euro (logaritmische schaal)</translation>
    </message>
    <message>
        <source>Imposed fines per year, by authority: %1</source>
        <translation>Opgelegde boetes per jaar, per toezichthouder: %1</translation>
    </message>
    <message>
        <source>Other authorities</source>
        <translation>Andere autoriteiten</translation>
    </message>
    <message>
        <source>No imposed fines yet</source>
        <translation>Nog geen opgelegde boetes</translation>
    </message>
    <message>
        <source>Decisions per year</source>
        <translation>Besluiten per jaar</translation>
    </message>
    <message>
        <source>Euros per year (log scale)</source>
        <translation>Euro per jaar (logaritmische schaal)</translation>
    </message>
</context>
<context>
    <name>FinesExport</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Atom feed (*.atom)</source>
        <translation>Atom-feed (*.atom)</translation>
    </message>
    <message>
        <source>Export the shown decisions</source>
        <translation>Getoonde besluiten exporteren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>FinesFilters</name>
    <message>
        <source>Data protection</source>
        <translation>Gegevensbescherming</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Mededinging</translation>
    </message>
    <message>
        <source>Consumer protection</source>
        <translation>Consumentenbescherming</translation>
    </message>
    <message>
        <source>Other domains</source>
        <translation>Andere domeinen</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle domeinen</translation>
    </message>
    <message>
        <source>Filter by party, authority, tag…</source>
        <translation>Filteren op partij, toezichthouder, onderwerp…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Show every party again</source>
        <translation>Weer alle partijen tonen</translation>
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
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Domain of law</source>
        <translation>Rechtsgebied</translation>
    </message>
    <message>
        <source>Decided on or after</source>
        <translation>Besloten op of na</translation>
    </message>
    <message>
        <source>Decided on or before</source>
        <translation>Besloten op of voor</translation>
    </message>
    <message>
        <source>Smallest amount in euros</source>
        <translation>Kleinste bedrag in euro</translation>
    </message>
    <message>
        <source>Largest amount in euros</source>
        <translation>Grootste bedrag in euro</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Toezichthouder</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>any</source>
        <translation>elke</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Elke autoriteit</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Elk land</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Elk onderwerp</translation>
    </message>
    <message>
        <source>Party: %1 ✕</source>
        <translation>Partij: %1 ✕</translation>
    </message>
</context>
<context>
    <name>FinesModel</name>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Toezichthouder</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Bedrag (EUR)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Origineel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation>Opgelegd</translation>
    </message>
    <message>
        <source>Total imposed (EUR)</source>
        <translation>Totaal opgelegd (EUR)</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Toezichthouders</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>(undisclosed)</source>
        <translation>(niet genoemd)</translation>
    </message>
</context>
<context>
    <name>FinesView</name>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Export the decisions shown, as CSV, JSON or Atom</source>
        <translation>De getoonde besluiten exporteren als CSV, JSON of Atom</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Meldt</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show this party&apos;s decisions</source>
        <translation>Dubbelklik of druk op Enter om de besluiten tegen deze partij te tonen</translation>
    </message>
    <message>
        <source>Number of decisions</source>
        <translation>Aantal besluiten</translation>
    </message>
    <message>
        <source>Total in euros (log scale)</source>
        <translation>Totaal in euro (logaritmische schaal)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Totals by party</source>
        <translation>Totalen per partij</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>In de tijd</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) · %1 imposed</source>
        <translation>
            <numerusform>%n besluit · %1 opgelegd</numerusform>
            <numerusform>%n besluiten · %1 opgelegd</numerusform>
        </translation>
    </message>
    <message>
        <source>Status history: %1</source>
        <translation>Statusgeschiedenis: %1</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>officiële bron</translation>
    </message>
    <message>
        <source>Carried by the deciding authority&apos;s own feed</source>
        <translation>Gepubliceerd door de eigen feed van de beslissende autoriteit</translation>
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
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Periodic penalty</source>
        <translation>Dwangsom</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Toezichthouder</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Boete</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>The fine&apos;s facts above were read from the linked article, not from the feed:</source>
        <translation>De feiten van de boete hierboven komen uit het gelinkte artikel, niet uit de feed:</translation>
    </message>
    <message>
        <source>From the linked article:</source>
        <translation>Uit het gelinkte artikel:</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Origineel openen</translation>
    </message>
    <message>
        <source>Open the article in your browser (Enter)</source>
        <translation>Het artikel in de browser openen (Enter)</translation>
    </message>
    <message>
        <source>Show in Fines register</source>
        <translation>Tonen in het boeteregister</translation>
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
        <translation>Bron</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Fine (EUR)</source>
        <translation>Boete (EUR)</translation>
    </message>
    <message>
        <source>face</source>
        <translation>gezicht</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>bio</translation>
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
        <translation>Zoeken in titels en samenvattingen  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Alleen ongelezen</translation>
    </message>
    <message>
        <source>Show unmatched</source>
        <translation>Overige tonen</translation>
    </message>
    <message>
        <source>Also list news that matched none of the watched topics (kept for a limited time; see Settings)</source>
        <translation>Ook nieuws tonen dat bij geen enkel gevolgd onderwerp past (beperkt bewaard; zie Instellingen)</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nieuws</translation>
    </message>
    <message>
        <source>Fines register</source>
        <translation>Boeteregister</translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation>Nog niet opgehaald</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>Nu &amp;ophalen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Rapport exporteren…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Venster &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>F&amp;eeds</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>Feed &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit feed…</source>
        <translation>Feed &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable feed</source>
        <translation>Feed &amp;uit- / inschakelen</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>Feed &amp;verwijderen</translation>
    </message>
    <message>
        <source>Poll this &amp;feed now</source>
        <translation>Deze &amp;feed nu ophalen</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>OPML e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>Be&amp;richten</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Volgend bericht</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>V&amp;orig bericht</translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation>&amp;Gelezen aan/uit</translation>
    </message>
    <message>
        <source>&amp;Open original</source>
        <translation>&amp;Origineel openen</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>&amp;Alles als gelezen markeren</translation>
    </message>
    <message>
        <source>Not a &amp;fine</source>
        <translation>Geen &amp;boete</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;Nieuws</translation>
    </message>
    <message>
        <source>&amp;Fines register</source>
        <translation>&amp;Boeteregister</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Regulatory Monitor</source>
        <translation>&amp;Over Regulatory Monitor</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Saved views and feeds; choose one to list its items</source>
        <translation>Opgeslagen weergaven en feeds; kies er een om de berichten te tonen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search titles and summaries</source>
        <translation>Zoeken in titels en samenvattingen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Show only items with this topic</source>
        <translation>Alleen berichten over dit onderwerp tonen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>News items, newest first; Enter opens the original</source>
        <translation>Berichten, nieuwste eerst; Enter opent het origineel</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Leesvenster</translation>
    </message>
    <message>
        <source>The selected item</source>
        <translation>Het gekozen bericht</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <source>News and the Fines register</source>
        <translation>Nieuws en het boeteregister</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Aantal berichten</translation>
    </message>
    <message>
        <source>Poll progress</source>
        <translation>Voortgang van het ophalen</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Laatst opgehaald</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Volgende ronde</translation>
    </message>
    <message>
        <source>Feed errors</source>
        <translation>Feedfouten</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Zoeken in het register</translation>
    </message>
    <message>
        <source>Status of the decision</source>
        <translation>Status van het besluit</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>One row per decision</source>
        <translation>Eén rij per besluit</translation>
    </message>
    <message>
        <source>Sources of the decision</source>
        <translation>Bronnen van het besluit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Totals by party</source>
        <translation>Totalen per partij</translation>
    </message>
    <message>
        <source>Chart measure</source>
        <translation>Maat van de grafiek</translation>
    </message>
    <message>
        <source>Sources, totals and chart</source>
        <translation>Bronnen, totalen en grafiek</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>j/k or ↓/↑: next/previous · Space: page, then next · Enter: open · m: toggle read · F5: poll · Ctrl+F: search · Ctrl+1/2: News/Fines · F6: next pane · Tab: next control</source>
        <translation>j/k of ↓/↑: volgende/vorige · Spatie: pagina, dan volgende · Enter: openen · m: gelezen aan/uit · F5: ophalen · Ctrl+F: zoeken · Ctrl+1/2: Nieuws/Boetes · F6: volgend deelvenster · Tab: volgend element</translation>
    </message>
    <message>
        <source>Select a feed in the list first.</source>
        <translation>Kies eerst een feed in de lijst.</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched hidden</source>
        <translation>
            <numerusform>%n overig verborgen</numerusform>
            <numerusform>%n overige verborgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) or more, counting…</source>
        <translation>
            <numerusform>%n bericht of meer, wordt geteld…</numerusform>
            <numerusform>%n berichten of meer, wordt geteld…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>From a date</source>
        <translation>Vanaf een datum</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (één zelfstandig bestand)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A manual proxy needs a URL</source>
        <translation>Een handmatige proxy heeft een URL nodig</translation>
    </message>
    <message>
        <source>System settings (https_proxy, no_proxy…)</source>
        <translation>Systeeminstellingen (https_proxy, no_proxy…)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Geen proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
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
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Read the linked article when an item lacks the fine&apos;s facts</source>
        <translation>Het gelinkte artikel lezen als een bericht de feiten van de boete mist</translation>
    </message>
    <message>
        <source>A few articles per poll, only for matching items without an amount, a party or a summary</source>
        <translation>Enkele artikelen per ronde, alleen voor passende berichten zonder bedrag, partij of samenvatting</translation>
    </message>
    <message>
        <source>The desktop&apos;s language</source>
        <translation>Taal van het bureaublad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Geminimaliseerd in het systeemvak starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Starten bij aanmelden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>News items that matched no topic are deleted after this many days. Matching items, fines and authorities&apos; own items are kept.</source>
        <translation>Nieuws zonder gevolgd onderwerp wordt na dit aantal dagen verwijderd. Passende berichten, boetes en berichten van toezichthouders blijven bewaard.</translation>
    </message>
    <message>
        <source>any topic (e.g. facial_recognition biometrics)</source>
        <translation>elk onderwerp (bijv. facial_recognition biometrics)</translation>
    </message>
    <message>
        <source>any authority (e.g. CNIL ICO)</source>
        <translation>elke toezichthouder (bijv. CNIL ICO)</translation>
    </message>
    <message>
        <source>any domain (e.g. data_protection competition)</source>
        <translation>elk rechtsgebied (bv. data_protection competition)</translation>
    </message>
    <message>
        <source>Known topics:</source>
        <translation>Bekende onderwerpen:</translation>
    </message>
    <message>
        <source>Known authorities:</source>
        <translation>Bekende toezichthouders:</translation>
    </message>
    <message>
        <source>Known domains:</source>
        <translation>Bekende rechtsgebieden:</translation>
    </message>
    <message>
        <source>Also alert on proposed fines</source>
        <translation>Ook melden bij voorgestelde boetes</translation>
    </message>
    <message>
        <source>Only domains</source>
        <translation>Alleen rechtsgebieden</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Niet opgeslagen:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>Ophalen elke</translation>
    </message>
    <message>
        <source>Keep unmatched news</source>
        <translation>Overig nieuws bewaren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Minimumbedrag</translation>
    </message>
    <message>
        <source>Only topics</source>
        <translation>Alleen onderwerpen</translation>
    </message>
    <message>
        <source>Only authorities</source>
        <translation>Alleen toezichthouders</translation>
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
        <translation>niet geschreven (bijv. /srv/www/fines.atom)</translation>
    </message>
    <message>
        <source>The register&apos;s data-protection decisions, written after every poll</source>
        <translation>De beslissingen over gegevensbescherming in het register, na elke ophaalronde geschreven</translation>
    </message>
    <message>
        <source>no weekly report</source>
        <translation>geen weekrapport</translation>
    </message>
    <message>
        <source>A report of the week&apos;s decisions is written here once a week</source>
        <translation>Eens per week wordt hier een rapport van de beslissingen van die week geschreven</translation>
    </message>
    <message>
        <source>Atom feed file</source>
        <translation>Bestand van de Atom-feed</translation>
    </message>
    <message>
        <source>Weekly report folder</source>
        <translation>Map van het weekrapport</translation>
    </message>
    <message>
        <source>Weekly report format</source>
        <translation>Formaat van het weekrapport</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <source>Fines</source>
        <translation>Boetes</translation>
    </message>
    <message>
        <source>Facial recognition</source>
        <translation>Gezichtsherkenning</translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation>Biometrie</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Opgeslagen weergaven</translation>
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
        <translation>opgelegd</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>vernietigd</translation>
    </message>
    <message>
        <source>mention of past</source>
        <translation>vermelding van een eerder besluit</translation>
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
        <translation>Openen</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Nu ophalen</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Ophalen pauzeren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n unread fine(s)</source>
        <translation>
            <numerusform>%n ongelezen boete</numerusform>
            <numerusform>%n ongelezen boetes</numerusform>
        </translation>
    </message>
    <message>
        <source>no unread fines</source>
        <translation>geen ongelezen boetes</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>HTML files</source>
        <translation>HTML-bestanden</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF-bestanden</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport geschreven naar %1</translation>
    </message>
</context>
</TS>
