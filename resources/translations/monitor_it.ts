<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Regulatory Monitor</source>
        <translation>Informazioni su Regulatory Monitor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>Settings folder</source>
        <translation>Cartella delle impostazioni</translation>
    </message>
    <message>
        <source>One alert per fine imposed by a data-protection authority, from its feeds and the news.</source>
        <translation>Un avviso per ogni sanzione inflitta da un’autorità per la protezione dei dati, dai suoi feed e dalle notizie.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>facial recognition</source>
        <translation>riconoscimento facciale</translation>
    </message>
    <message>
        <source>biometrics</source>
        <translation>biometria</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>al giorno</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>a settimana</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>al mese</translation>
    </message>
    <message>
        <source>Recorded in the Fines register without an alert each.</source>
        <translation>Registrate nel registro delle sanzioni, senza un avviso per ciascuna.</translation>
    </message>
    <message>
        <source>An authority</source>
        <translation>Un’autorità</translation>
    </message>
    <message>
        <source>an undisclosed party</source>
        <translation>una parte non nominata</translation>
    </message>
    <message>
        <source>%1 fine against %2 overturned</source>
        <translation>%1: sanzione a %2 annullata</translation>
    </message>
    <message>
        <source>%1 intends to fine %2 %3</source>
        <translation>%1 intende sanzionare %2 per %3</translation>
    </message>
    <message>
        <source>%1 intends to fine %2</source>
        <translation>%1 intende sanzionare %2</translation>
    </message>
    <message>
        <source>%1 fines %2 %3</source>
        <translation>%1 sanziona %2 per %3</translation>
    </message>
    <message>
        <source>%1 fines %2</source>
        <translation>%1 sanziona %2</translation>
    </message>
    <message>
        <source>(overdue penalty payment)</source>
        <translation>(penalità di mora dovuta)</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Aggiornamento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier fine(s) found in %1</source>
        <translation>
            <numerusform>%n sanzione precedente trovata in %1</numerusform>
            <numerusform>%n sanzioni precedenti trovate in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Notification text</source>
        <translation>Testo della notifica</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show the fine in the register</source>
        <translation>Mostra la sanzione nel registro</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Dismiss the notifications</source>
        <translation>Chiudi le notifiche</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(e altre %n)</numerusform>
            <numerusform>(e altre %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>Correct the decision</source>
        <translation>Correggi la decisione</translation>
    </message>
    <message>
        <source>&amp;Edit decision…</source>
        <translation>&amp;Modifica decisione…</translation>
    </message>
    <message>
        <source>&amp;Merge the selected decisions</source>
        <translation>&amp;Unisci le decisioni selezionate</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>&amp;Annulla la correzione</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>&amp;Correzioni…</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (era %2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unione</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Separazione</translation>
    </message>
    <message>
        <source>Correct the report</source>
        <translation>Correggi l&apos;articolo</translation>
    </message>
    <message>
        <source>&amp;Split this report off into its own decision</source>
        <translation>&amp;Separa questo articolo in una decisione a sé</translation>
    </message>
    <message>
        <source>&amp;Not a fine</source>
        <translation>&amp;Non è una sanzione</translation>
    </message>
    <message>
        <source>Correction not made</source>
        <translation>Correzione non eseguita</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>data protection</source>
        <translation>protezione dei dati</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>concorrenza</translation>
    </message>
    <message>
        <source>consumer protection</source>
        <translation>tutela dei consumatori</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Corrected by you on %1. The analysis had read: %2</source>
        <translation>Corretto da te il %1. L&apos;analisi aveva letto: %2</translation>
    </message>
    <message>
        <source>%1 corrected: %2 → %3</source>
        <translation>%1 corretto: %2 → %3</translation>
    </message>
    <message>
        <source>Merged by you from two decisions</source>
        <translation>Unita da te a partire da due decisioni</translation>
    </message>
    <message>
        <source>Split off by you into a decision of its own</source>
        <translation>Separata da te in una decisione a sé</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Your corrections</source>
        <translation>Le tue correzioni</translation>
    </message>
    <message>
        <source>Corrections of the register</source>
        <translation>Correzioni del registro</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correzione</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>&amp;Annulla la correzione</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Decisions %1 and %2 merged</source>
        <translation>Decisioni %1 e %2 unite</translation>
    </message>
    <message>
        <source>Split off: %1</source>
        <translation>Separato: %1</translation>
    </message>
    <message>
        <source>Not a fine: %1</source>
        <translation>Non è una sanzione: %1</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Regulatory Monitor keeps running in the tray and will tell you about new fines. Quit it from the tray menu.</source>
        <translation>Regulatory Monitor resta attivo nell’area di notifica e ti avviserà delle nuove sanzioni. Chiudilo dal suo menu.</translation>
    </message>
    <message>
        <source>The desktop has no system tray: alerts will appear in this window instead.</source>
        <translation>Il desktop non ha un’area di notifica: gli avvisi compariranno in questa finestra.</translation>
    </message>
    <message>
        <source>The desktop has no system tray: alerts will appear as desktop notifications and in this window.</source>
        <translation>Il desktop non ha un’area di notifica: gli avvisi compariranno come notifiche del desktop e in questa finestra.</translation>
    </message>
    <message>
        <source>Regulatory Monitor</source>
        <translation>Regulatory Monitor</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Non scritto</translation>
    </message>
    <message>
        <source>Stopping the poll…</source>
        <translation>Interruzione dell’aggiornamento…</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Aggiornamento in corso…</translation>
    </message>
    <message>
        <source>%1/%2 feeds</source>
        <translation>%1/%2 feed</translation>
    </message>
    <message numerus="yes">
        <source>Last poll %1: %n new item(s)</source>
        <translation>
            <numerusform>Ultimo aggiornamento %1: %n nuovo articolo</numerusform>
            <numerusform>Ultimo aggiornamento %1: %n nuovi articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer appears to be offline; the feeds are tried again at the next poll.</source>
        <translation>Questo computer sembra non in linea; i feed verranno ritentati al prossimo aggiornamento.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed:</source>
        <translation>
            <numerusform>%n feed non riuscito:</numerusform>
            <numerusform>%n feed non riusciti:</numerusform>
        </translation>
    </message>
    <message>
        <source>The poll failed:</source>
        <translation>L’aggiornamento non è riuscito:</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Aggiornamento in pausa</translation>
    </message>
    <message>
        <source>next poll %1</source>
        <translation>prossimo aggiornamento %1</translation>
    </message>
    <message>
        <source>next poll: now</source>
        <translation>prossimo aggiornamento: ora</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message numerus="yes">
        <source>%n unread decision(s)</source>
        <translation>
            <numerusform>%n decisione non letta</numerusform>
            <numerusform>%n decisioni non lette</numerusform>
        </translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Ancora attivo</translation>
    </message>
    <message>
        <source>The new language applies at the next start.</source>
        <translation>La nuova lingua sarà usata al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Correct decision %1</source>
        <translation>Correggi la decisione %1</translation>
    </message>
    <message>
        <source>e.g. 20000000 or 20 million</source>
        <translation>ad es. 20000000 o 20 million</translation>
    </message>
    <message>
        <source>Why (optional): where the right value is stated</source>
        <translation>Perché (facoltativo): dove è indicato il valore giusto</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <source>Fined party</source>
        <translation>Parte sanzionata</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <source>Amount of the fine</source>
        <translation>Importo della sanzione</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Currency of the amount</source>
        <translation>Valuta dell&apos;importo</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>Status of the decision</source>
        <translation>Stato della decisione</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Ambito:</translation>
    </message>
    <message>
        <source>Domain of law</source>
        <translation>Ambito del diritto</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Note on the correction</source>
        <translation>Nota sulla correzione</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>Aggiungi un feed…</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Aggiungi un feed</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Importa OPML…</translation>
    </message>
    <message>
        <source>Import feeds from an OPML file</source>
        <translation>Importa feed da un file OPML</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Aggiorna ora</translation>
    </message>
    <message>
        <source>Poll all feeds now</source>
        <translation>Aggiorna ora tutti i feed</translation>
    </message>
    <message>
        <source>No feeds yet</source>
        <translation>Ancora nessun feed</translation>
    </message>
    <message>
        <source>Add the feed of an authority or a news site, or import an OPML file from another reader.</source>
        <translation>Aggiungi il feed di un’autorità o di un sito di notizie, oppure importa un file OPML da un altro lettore.</translation>
    </message>
    <message>
        <source>This computer appears to be offline</source>
        <translation>Questo computer sembra non in linea</translation>
    </message>
    <message>
        <source>No feed could be reached. The app tries again at the next poll.</source>
        <translation>Nessun feed è raggiungibile. L’app riproverà al prossimo aggiornamento.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s) for the first time…</source>
        <translation>
            <numerusform>Primo scaricamento di %n feed…</numerusform>
            <numerusform>Primo scaricamento di %n feed…</numerusform>
        </translation>
    </message>
    <message>
        <source>News and fines appear here as they arrive. You can keep working meanwhile.</source>
        <translation>Notizie e sanzioni compariranno qui man mano che arrivano. Nel frattempo puoi continuare a lavorare.</translation>
    </message>
    <message>
        <source>Nothing fetched yet</source>
        <translation>Ancora nulla di scaricato</translation>
    </message>
    <message>
        <source>The first poll starts shortly. You can also poll now, add a feed or import an OPML file.</source>
        <translation>Il primo aggiornamento inizierà a breve. Puoi anche aggiornare ora, aggiungere un feed o importare un file OPML.</translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message>
        <source>Feeds file</source>
        <translation>File dei feed</translation>
    </message>
    <message>
        <source>The feeds file was not changed:</source>
        <translation>Il file dei feed non è stato modificato:</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Rimuovi il feed</translation>
    </message>
    <message>
        <source>Remove “%1” from the feeds file? Its stored items stay in the database.</source>
        <translation>Rimuovere «%1» dal file dei feed? I suoi articoli salvati restano nel database.</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importa OPML</translation>
    </message>
    <message>
        <source>OPML files</source>
        <translation>File OPML</translation>
    </message>
    <message>
        <source>Could not import %1:</source>
        <translation>Impossibile importare %1:</translation>
    </message>
    <message>
        <source>already in the feeds file</source>
        <translation>già nel file dei feed</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>%n feed importato</numerusform>
            <numerusform>%n feed importati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n</source>
        <translation>
            <numerusform>%n saltato</numerusform>
            <numerusform>%n saltati</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Esporta OPML</translation>
    </message>
    <message>
        <source>Could not write %1:</source>
        <translation>Impossibile scrivere %1:</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>%n feed esportato in %1</numerusform>
            <numerusform>%n feed esportati in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Edit feed</source>
        <translation>Modifica feed</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Aggiungi feed</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <source>Fetch the address once to find the feed&apos;s title</source>
        <translation>Scarica l’indirizzo una volta per trovare il titolo del feed</translation>
    </message>
    <message>
        <source>news</source>
        <translation>notizie</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autorità</translation>
    </message>
    <message>
        <source>en, fr, de…</source>
        <translation>it, en, fr…</translation>
    </message>
    <message>
        <source>CNIL, ICO… (authorities only)</source>
        <translation>CNIL, ICO… (solo autorità)</translation>
    </message>
    <message>
        <source>default (e.g. 30m, 2h)</source>
        <translation>predefinito (ad es. 30m, 2h)</translation>
    </message>
    <message>
        <source>Poll this feed</source>
        <translation>Aggiorna questo feed</translation>
    </message>
    <message>
        <source>Watch this page (it has no feed: its list of news becomes the items)</source>
        <translation>Segui questa pagina (non ha un feed: il suo elenco di notizie diventa gli articoli)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervallo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Scaricamento…</translation>
    </message>
    <message numerus="yes">
        <source>No feed on this page; watching it would give %n item(s) (first ones above).</source>
        <translation>
            <numerusform>Nessun feed in questa pagina; seguirla darebbe %n articolo (i primi qui sopra).</numerusform>
            <numerusform>Nessun feed in questa pagina; seguirla darebbe %n articoli (i primi qui sopra).</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled feed</source>
        <translation>feed senza titolo</translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s) (linked from %2).</source>
        <translation>
            <numerusform>Trovato «%1» con %n articolo (collegato da %2).</numerusform>
            <numerusform>Trovato «%1» con %n articoli (collegato da %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s).</source>
        <translation>
            <numerusform>Trovato «%1» con %n articolo.</numerusform>
            <numerusform>Trovato «%1» con %n articoli.</numerusform>
        </translation>
    </message>
    <message>
        <source>This address is in the feeds file already.</source>
        <translation>Questo indirizzo è già nel file dei feed.</translation>
    </message>
    <message>
        <source>A feed named “%1” exists already: choose another name.</source>
        <translation>Esiste già un feed chiamato «%1»: scegli un altro nome.</translation>
    </message>
    <message>
        <source>Give the feed a name (Fetch finds its title).</source>
        <translation>Dai un nome al feed (Scarica ne trova il titolo).</translation>
    </message>
    <message>
        <source>An authority&apos;s feed needs the authority&apos;s short code (e.g. CNIL).</source>
        <translation>Il feed di un’autorità richiede la sua sigla (ad es. CNIL).</translation>
    </message>
</context>
<context>
    <name>FinesChart</name>
    <message>
        <source>number of decisions</source>
        <translation>numero di decisioni</translation>
    </message>
    <message>
        <source>total in euros (log scale)</source>
        <translation>totale in euro (scala logaritmica)</translation>
    </message>
    <message>
        <source>Imposed fines per year, by authority: %1</source>
        <translation>Sanzioni inflitte per anno e per autorità: %1</translation>
    </message>
    <message>
        <source>Other authorities</source>
        <translation>Altre autorità</translation>
    </message>
    <message>
        <source>No imposed fines yet</source>
        <translation>Ancora nessuna sanzione inflitta</translation>
    </message>
    <message>
        <source>Decisions per year</source>
        <translation>Decisioni per anno</translation>
    </message>
    <message>
        <source>Euros per year (log scale)</source>
        <translation>Euro per anno (scala logaritmica)</translation>
    </message>
</context>
<context>
    <name>FinesExport</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Foglio CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Atom feed (*.atom)</source>
        <translation>Feed Atom (*.atom)</translation>
    </message>
    <message>
        <source>Export the shown decisions</source>
        <translation>Esporta le decisioni mostrate</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>FinesFilters</name>
    <message>
        <source>Data protection</source>
        <translation>Protezione dei dati</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Concorrenza</translation>
    </message>
    <message>
        <source>Consumer protection</source>
        <translation>Tutela dei consumatori</translation>
    </message>
    <message>
        <source>Other domains</source>
        <translation>Altri ambiti</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tutti gli ambiti</translation>
    </message>
    <message>
        <source>Filter by party, authority, tag…</source>
        <translation>Filtra per parte, autorità, tema…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>Show every party again</source>
        <translation>Mostra di nuovo tutte le parti</translation>
    </message>
    <message>
        <source>min €</source>
        <translation>min €</translation>
    </message>
    <message>
        <source>max €</source>
        <translation>max €</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>Domain of law</source>
        <translation>Ambito del diritto</translation>
    </message>
    <message>
        <source>Decided on or after</source>
        <translation>Decisa il o dopo il</translation>
    </message>
    <message>
        <source>Decided on or before</source>
        <translation>Decisa il o prima del</translation>
    </message>
    <message>
        <source>Smallest amount in euros</source>
        <translation>Importo minimo in euro</translation>
    </message>
    <message>
        <source>Largest amount in euros</source>
        <translation>Importo massimo in euro</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Qualsiasi autorità</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Qualsiasi paese</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Qualsiasi tema</translation>
    </message>
    <message>
        <source>Party: %1 ✕</source>
        <translation>Parte: %1 ✕</translation>
    </message>
</context>
<context>
    <name>FinesModel</name>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Importo (EUR)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation>Inflitte</translation>
    </message>
    <message>
        <source>Total imposed (EUR)</source>
        <translation>Totale inflitto (EUR)</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ultima</translation>
    </message>
    <message>
        <source>(undisclosed)</source>
        <translation>(non nominata)</translation>
    </message>
</context>
<context>
    <name>FinesView</name>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Export the decisions shown, as CSV, JSON or Atom</source>
        <translation>Esporta le decisioni mostrate in CSV, JSON o Atom</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Riporta</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show this party&apos;s decisions</source>
        <translation>Fai doppio clic o premi Invio per vedere le decisioni contro questa parte</translation>
    </message>
    <message>
        <source>Number of decisions</source>
        <translation>Numero di decisioni</translation>
    </message>
    <message>
        <source>Total in euros (log scale)</source>
        <translation>Totale in euro (scala logaritmica)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Totals by party</source>
        <translation>Totali per parte</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Nel tempo</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) · %1 imposed</source>
        <translation>
            <numerusform>%n decisione · %1 inflitti</numerusform>
            <numerusform>%n decisioni · %1 inflitti</numerusform>
        </translation>
    </message>
    <message>
        <source>Status history: %1</source>
        <translation>Cronologia dello stato: %1</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>fonte ufficiale</translation>
    </message>
    <message>
        <source>Carried by the deciding authority&apos;s own feed</source>
        <translation>Pubblicata dal feed dell&apos;autorità che ha deciso</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Periodic penalty</source>
        <translation>Penalità di mora</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Sanzione</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>week</source>
        <translation>settimana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>The fine&apos;s facts above were read from the linked article, not from the feed:</source>
        <translation>I dati della sanzione qui sopra provengono dall’articolo collegato, non dal feed:</translation>
    </message>
    <message>
        <source>From the linked article:</source>
        <translation>Dall’articolo collegato:</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Apri l’originale</translation>
    </message>
    <message>
        <source>Open the article in your browser (Enter)</source>
        <translation>Apri l’articolo nel browser (Invio)</translation>
    </message>
    <message>
        <source>Show in Fines register</source>
        <translation>Mostra nel registro delle sanzioni</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Fine (EUR)</source>
        <translation>Sanzione (EUR)</translation>
    </message>
    <message>
        <source>face</source>
        <translation>volto</translation>
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
        <translation>Cerca nei titoli e nei riassunti  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Solo non letti</translation>
    </message>
    <message>
        <source>Show unmatched</source>
        <translation>Mostra il resto</translation>
    </message>
    <message>
        <source>Also list news that matched none of the watched topics (kept for a limited time; see Settings)</source>
        <translation>Elenca anche le notizie che non riguardano i temi seguiti (conservate per un tempo limitato; vedi Impostazioni)</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Notizie</translation>
    </message>
    <message>
        <source>Fines register</source>
        <translation>Registro delle sanzioni</translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation>Non ancora aggiornato</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>&amp;Aggiorna ora</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Imposta&amp;zioni…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Esporta &amp;rapporto…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Chiudi finestra</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>F&amp;eed</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Aggiungi feed…</translation>
    </message>
    <message>
        <source>&amp;Edit feed…</source>
        <translation>&amp;Modifica feed…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable feed</source>
        <translation>&amp;Disattiva / attiva feed</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>&amp;Rimuovi feed</translation>
    </message>
    <message>
        <source>Poll this &amp;feed now</source>
        <translation>Aggiorna questo &amp;feed ora</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importa OPML…</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>E&amp;sporta OPML…</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Articoli</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Articolo &amp;successivo</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Articolo &amp;precedente</translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation>Segna come &amp;letto / non letto</translation>
    </message>
    <message>
        <source>&amp;Open original</source>
        <translation>Apri l’&amp;originale</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Segna &amp;tutti come letti</translation>
    </message>
    <message>
        <source>Not a &amp;fine</source>
        <translation>Non è una &amp;sanzione</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;Notizie</translation>
    </message>
    <message>
        <source>&amp;Fines register</source>
        <translation>&amp;Registro delle sanzioni</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Regulatory Monitor</source>
        <translation>&amp;Informazioni su Regulatory Monitor</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Saved views and feeds; choose one to list its items</source>
        <translation>Viste salvate e feed; scegline uno per elencarne gli articoli</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Search titles and summaries</source>
        <translation>Cerca nei titoli e nei riassunti</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Show only items with this topic</source>
        <translation>Mostra solo gli articoli di questo tema</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>News items, newest first; Enter opens the original</source>
        <translation>Articoli, dal più recente; Invio apre l’originale</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Riquadro di lettura</translation>
    </message>
    <message>
        <source>The selected item</source>
        <translation>L’articolo selezionato</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>News and the Fines register</source>
        <translation>Notizie e registro delle sanzioni</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Numero di articoli</translation>
    </message>
    <message>
        <source>Poll progress</source>
        <translation>Avanzamento dell’aggiornamento</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Ultimo aggiornamento</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Prossimo aggiornamento</translation>
    </message>
    <message>
        <source>Feed errors</source>
        <translation>Errori dei feed</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Cerca nel registro</translation>
    </message>
    <message>
        <source>Status of the decision</source>
        <translation>Stato della decisione</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>One row per decision</source>
        <translation>Una riga per decisione</translation>
    </message>
    <message>
        <source>Sources of the decision</source>
        <translation>Fonti della decisione</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Totals by party</source>
        <translation>Totali per parte</translation>
    </message>
    <message>
        <source>Chart measure</source>
        <translation>Misura del grafico</translation>
    </message>
    <message>
        <source>Sources, totals and chart</source>
        <translation>Fonti, totali e grafico</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>j/k or ↓/↑: next/previous · Space: page, then next · Enter: open · m: toggle read · F5: poll · Ctrl+F: search · Ctrl+1/2: News/Fines · F6: next pane · Tab: next control</source>
        <translation>j/k o ↓/↑: successivo/precedente · Spazio: pagina, poi successivo · Invio: apri · m: letto/non letto · F5: aggiorna · Ctrl+F: cerca · Ctrl+1/2: Notizie/Sanzioni · F6: riquadro successivo · Tab: controllo successivo</translation>
    </message>
    <message>
        <source>Select a feed in the list first.</source>
        <translation>Seleziona prima un feed nell’elenco.</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tutti i temi</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched hidden</source>
        <translation>
            <numerusform>%n altro nascosto</numerusform>
            <numerusform>%n altri nascosti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) or more, counting…</source>
        <translation>
            <numerusform>%n articolo o più, conteggio in corso…</numerusform>
            <numerusform>%n articoli o più, conteggio in corso…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>From a date</source>
        <translation>Da una data</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un unico file autonomo)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A manual proxy needs a URL</source>
        <translation>Un proxy manuale richiede un URL</translation>
    </message>
    <message>
        <source>System settings (https_proxy, no_proxy…)</source>
        <translation>Impostazioni di sistema (https_proxy, no_proxy…)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Nessun proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL del proxy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Read the linked article when an item lacks the fine&apos;s facts</source>
        <translation>Leggi l’articolo collegato quando a un elemento mancano i dati della sanzione</translation>
    </message>
    <message>
        <source>A few articles per poll, only for matching items without an amount, a party or a summary</source>
        <translation>Pochi articoli per aggiornamento, solo per gli elementi pertinenti senza importo, parte o riassunto</translation>
    </message>
    <message>
        <source>The desktop&apos;s language</source>
        <translation>Lingua del desktop</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Avvia ridotto nell’area di notifica</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all’accesso</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>News items that matched no topic are deleted after this many days. Matching items, fines and authorities&apos; own items are kept.</source>
        <translation>Le notizie senza temi seguiti vengono eliminate dopo questo numero di giorni. Gli articoli pertinenti, le sanzioni e le pubblicazioni delle autorità restano.</translation>
    </message>
    <message>
        <source>any topic (e.g. facial_recognition biometrics)</source>
        <translation>qualsiasi tema (ad es. facial_recognition biometrics)</translation>
    </message>
    <message>
        <source>any authority (e.g. CNIL ICO)</source>
        <translation>qualsiasi autorità (ad es. CNIL ICO)</translation>
    </message>
    <message>
        <source>any domain (e.g. data_protection competition)</source>
        <translation>qualsiasi ambito (ad es. data_protection competition)</translation>
    </message>
    <message>
        <source>Known topics:</source>
        <translation>Temi noti:</translation>
    </message>
    <message>
        <source>Known authorities:</source>
        <translation>Autorità note:</translation>
    </message>
    <message>
        <source>Known domains:</source>
        <translation>Ambiti noti:</translation>
    </message>
    <message>
        <source>Also alert on proposed fines</source>
        <translation>Avvisa anche per le sanzioni proposte</translation>
    </message>
    <message>
        <source>Only domains</source>
        <translation>Solo ambiti</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Non salvato:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>Aggiorna ogni</translation>
    </message>
    <message>
        <source>Keep unmatched news</source>
        <translation>Conserva le altre notizie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Importo minimo</translation>
    </message>
    <message>
        <source>Only topics</source>
        <translation>Solo i temi</translation>
    </message>
    <message>
        <source>Only authorities</source>
        <translation>Solo le autorità</translation>
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
        <translation>non scritto (ad es. /srv/www/fines.atom)</translation>
    </message>
    <message>
        <source>The register&apos;s data-protection decisions, written after every poll</source>
        <translation>Le decisioni del registro in materia di protezione dei dati, scritte dopo ogni controllo</translation>
    </message>
    <message>
        <source>no weekly report</source>
        <translation>nessun rapporto settimanale</translation>
    </message>
    <message>
        <source>A report of the week&apos;s decisions is written here once a week</source>
        <translation>Una volta a settimana qui viene scritto un rapporto sulle decisioni della settimana</translation>
    </message>
    <message>
        <source>Atom feed file</source>
        <translation>File del feed Atom</translation>
    </message>
    <message>
        <source>Weekly report folder</source>
        <translation>Cartella del rapporto settimanale</translation>
    </message>
    <message>
        <source>Weekly report format</source>
        <translation>Formato del rapporto settimanale</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <source>Fines</source>
        <translation>Sanzioni</translation>
    </message>
    <message>
        <source>Facial recognition</source>
        <translation>Riconoscimento facciale</translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation>Biometria</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tutti gli articoli</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Viste salvate</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feed</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>imposed</source>
        <translation>inflitta</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>mention of past</source>
        <translation>richiamo a una decisione passata</translation>
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
        <translation>Apri</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Aggiorna ora</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Sospendi l’aggiornamento</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
        <source>%n unread fine(s)</source>
        <translation>
            <numerusform>%n sanzione non letta</numerusform>
            <numerusform>%n sanzioni non lette</numerusform>
        </translation>
    </message>
    <message>
        <source>no unread fines</source>
        <translation>nessuna sanzione non letta</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Export report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <source>HTML files</source>
        <translation>File HTML</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>File PDF</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapporto scritto in %1</translation>
    </message>
</context>
</TS>
