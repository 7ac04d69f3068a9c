<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Regulatory Monitor</source>
        <translation>À propos de Regulatory Monitor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Settings folder</source>
        <translation>Dossier des réglages</translation>
    </message>
    <message>
        <source>One alert per fine imposed by a data-protection authority, from its feeds and the news.</source>
        <translation>Une alerte par amende infligée par une autorité de protection des données, d’après ses flux et la presse.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>facial recognition</source>
        <translation>reconnaissance faciale</translation>
    </message>
    <message>
        <source>biometrics</source>
        <translation>biométrie</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>Recorded in the Fines register without an alert each.</source>
        <translation>Inscrites au registre des amendes, sans alerte pour chacune.</translation>
    </message>
    <message>
        <source>An authority</source>
        <translation>Une autorité</translation>
    </message>
    <message>
        <source>an undisclosed party</source>
        <translation>une partie non nommée</translation>
    </message>
    <message>
        <source>%1 fine against %2 overturned</source>
        <translation>%1 : amende contre %2 annulée</translation>
    </message>
    <message>
        <source>%1 intends to fine %2 %3</source>
        <translation>%1 envisage une amende de %3 contre %2</translation>
    </message>
    <message>
        <source>%1 intends to fine %2</source>
        <translation>%1 envisage une amende contre %2</translation>
    </message>
    <message>
        <source>%1 fines %2 %3</source>
        <translation>%1 inflige une amende de %3 à %2</translation>
    </message>
    <message>
        <source>%1 fines %2</source>
        <translation>%1 inflige une amende à %2</translation>
    </message>
    <message>
        <source>(overdue penalty payment)</source>
        <translation>(liquidation d’astreinte)</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Mise à jour : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier fine(s) found in %1</source>
        <translation>
            <numerusform>%n amende antérieure trouvée dans %1</numerusform>
            <numerusform>%n amendes antérieures trouvées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Notification text</source>
        <translation>Texte de la notification</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the fine in the register</source>
        <translation>Afficher l’amende dans le registre</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notifications</source>
        <translation>Fermer les notifications</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>Correct the decision</source>
        <translation>Corriger la décision</translation>
    </message>
    <message>
        <source>&amp;Edit decision…</source>
        <translation>&amp;Modifier la décision…</translation>
    </message>
    <message>
        <source>&amp;Merge the selected decisions</source>
        <translation>&amp;Fusionner les décisions sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>&amp;Annuler la correction</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>&amp;Corrections…</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (était %2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Séparation</translation>
    </message>
    <message>
        <source>Correct the report</source>
        <translation>Corriger l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Split this report off into its own decision</source>
        <translation>&amp;Séparer cet article en une décision distincte</translation>
    </message>
    <message>
        <source>&amp;Not a fine</source>
        <translation>&amp;Pas une amende</translation>
    </message>
    <message>
        <source>Correction not made</source>
        <translation>Correction non effectuée</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>data protection</source>
        <translation>protection des données</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>concurrence</translation>
    </message>
    <message>
        <source>consumer protection</source>
        <translation>protection des consommateurs</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Corrected by you on %1. The analysis had read: %2</source>
        <translation>Corrigé par vous le %1. L&apos;analyse avait lu : %2</translation>
    </message>
    <message>
        <source>%1 corrected: %2 → %3</source>
        <translation>%1 corrigé : %2 → %3</translation>
    </message>
    <message>
        <source>Merged by you from two decisions</source>
        <translation>Fusionnée par vous à partir de deux décisions</translation>
    </message>
    <message>
        <source>Split off by you into a decision of its own</source>
        <translation>Séparée par vous en une décision distincte</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Your corrections</source>
        <translation>Vos corrections</translation>
    </message>
    <message>
        <source>Corrections of the register</source>
        <translation>Corrections du registre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>&amp;Annuler la correction</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Decisions %1 and %2 merged</source>
        <translation>Décisions %1 et %2 fusionnées</translation>
    </message>
    <message>
        <source>Split off: %1</source>
        <translation>Séparé : %1</translation>
    </message>
    <message>
        <source>Not a fine: %1</source>
        <translation>Pas une amende : %1</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Regulatory Monitor keeps running in the tray and will tell you about new fines. Quit it from the tray menu.</source>
        <translation>Regulatory Monitor reste actif dans la zone de notification et vous signalera les nouvelles amendes. Quittez-le depuis son menu.</translation>
    </message>
    <message>
        <source>The desktop has no system tray: alerts will appear in this window instead.</source>
        <translation>Le bureau n’a pas de zone de notification : les alertes s’afficheront dans cette fenêtre.</translation>
    </message>
    <message>
        <source>The desktop has no system tray: alerts will appear as desktop notifications and in this window.</source>
        <translation>Le bureau n’a pas de zone de notification : les alertes s’afficheront en notifications du bureau et dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Regulatory Monitor</source>
        <translation>Regulatory Monitor</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Non écrit</translation>
    </message>
    <message>
        <source>Stopping the poll…</source>
        <translation>Arrêt de l’actualisation…</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>%1/%2 feeds</source>
        <translation>%1/%2 flux</translation>
    </message>
    <message numerus="yes">
        <source>Last poll %1: %n new item(s)</source>
        <translation>
            <numerusform>Dernière actualisation %1 : %n nouvel article</numerusform>
            <numerusform>Dernière actualisation %1 : %n nouveaux articles</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer appears to be offline; the feeds are tried again at the next poll.</source>
        <translation>Cet ordinateur semble hors ligne ; les flux seront réessayés à la prochaine actualisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed:</source>
        <translation>
            <numerusform>%n flux en échec :</numerusform>
            <numerusform>%n flux en échec :</numerusform>
        </translation>
    </message>
    <message>
        <source>The poll failed:</source>
        <translation>L’actualisation a échoué :</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Actualisation en pause</translation>
    </message>
    <message>
        <source>next poll %1</source>
        <translation>prochaine actualisation %1</translation>
    </message>
    <message>
        <source>next poll: now</source>
        <translation>prochaine actualisation : maintenant</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message numerus="yes">
        <source>%n unread decision(s)</source>
        <translation>
            <numerusform>%n décision non lue</numerusform>
            <numerusform>%n décisions non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Toujours actif</translation>
    </message>
    <message>
        <source>The new language applies at the next start.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Correct decision %1</source>
        <translation>Corriger la décision %1</translation>
    </message>
    <message>
        <source>e.g. 20000000 or 20 million</source>
        <translation>p. ex. 20000000 ou 20 million</translation>
    </message>
    <message>
        <source>Why (optional): where the right value is stated</source>
        <translation>Pourquoi (facultatif) : où la bonne valeur est indiquée</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partie :</translation>
    </message>
    <message>
        <source>Fined party</source>
        <translation>Partie sanctionnée</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Amount of the fine</source>
        <translation>Montant de l&apos;amende</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Currency of the amount</source>
        <translation>Devise du montant</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Status of the decision</source>
        <translation>État de la décision</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>Domain of law</source>
        <translation>Domaine du droit</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Note on the correction</source>
        <translation>Note sur la correction</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>Ajouter un flux…</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Importer un OPML…</translation>
    </message>
    <message>
        <source>Import feeds from an OPML file</source>
        <translation>Importer des flux depuis un fichier OPML</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Poll all feeds now</source>
        <translation>Actualiser tous les flux maintenant</translation>
    </message>
    <message>
        <source>No feeds yet</source>
        <translation>Aucun flux pour l’instant</translation>
    </message>
    <message>
        <source>Add the feed of an authority or a news site, or import an OPML file from another reader.</source>
        <translation>Ajoutez le flux d’une autorité ou d’un site d’actualité, ou importez le fichier OPML d’un autre lecteur.</translation>
    </message>
    <message>
        <source>This computer appears to be offline</source>
        <translation>Cet ordinateur semble hors ligne</translation>
    </message>
    <message>
        <source>No feed could be reached. The app tries again at the next poll.</source>
        <translation>Aucun flux n’a pu être joint. L’application réessaiera à la prochaine actualisation.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s) for the first time…</source>
        <translation>
            <numerusform>Première récupération de %n flux…</numerusform>
            <numerusform>Première récupération de %n flux…</numerusform>
        </translation>
    </message>
    <message>
        <source>News and fines appear here as they arrive. You can keep working meanwhile.</source>
        <translation>Les actualités et les amendes s’afficheront ici à leur arrivée. Vous pouvez continuer à travailler en attendant.</translation>
    </message>
    <message>
        <source>Nothing fetched yet</source>
        <translation>Rien n’a encore été récupéré</translation>
    </message>
    <message>
        <source>The first poll starts shortly. You can also poll now, add a feed or import an OPML file.</source>
        <translation>La première actualisation commence bientôt. Vous pouvez aussi actualiser maintenant, ajouter un flux ou importer un fichier OPML.</translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message>
        <source>Feeds file</source>
        <translation>Fichier des flux</translation>
    </message>
    <message>
        <source>The feeds file was not changed:</source>
        <translation>Le fichier des flux n’a pas été modifié :</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Supprimer le flux</translation>
    </message>
    <message>
        <source>Remove “%1” from the feeds file? Its stored items stay in the database.</source>
        <translation>Retirer « %1 » du fichier des flux ? Ses articles enregistrés restent dans la base de données.</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importer un OPML</translation>
    </message>
    <message>
        <source>OPML files</source>
        <translation>Fichiers OPML</translation>
    </message>
    <message>
        <source>Could not import %1:</source>
        <translation>Impossible d’importer %1 :</translation>
    </message>
    <message>
        <source>already in the feeds file</source>
        <translation>déjà dans le fichier des flux</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>%n flux importé</numerusform>
            <numerusform>%n flux importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Exporter en OPML</translation>
    </message>
    <message>
        <source>Could not write %1:</source>
        <translation>Impossible d’écrire %1 :</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>%n flux exporté vers %1</numerusform>
            <numerusform>%n flux exportés vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Edit feed</source>
        <translation>Modifier le flux</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Fetch the address once to find the feed&apos;s title</source>
        <translation>Récupérer l’adresse une fois pour trouver le titre du flux</translation>
    </message>
    <message>
        <source>news</source>
        <translation>actualité</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autorité</translation>
    </message>
    <message>
        <source>en, fr, de…</source>
        <translation>fr, en, de…</translation>
    </message>
    <message>
        <source>CNIL, ICO… (authorities only)</source>
        <translation>CNIL, ICO… (autorités seulement)</translation>
    </message>
    <message>
        <source>default (e.g. 30m, 2h)</source>
        <translation>par défaut (p. ex. 30m, 2h)</translation>
    </message>
    <message>
        <source>Poll this feed</source>
        <translation>Actualiser ce flux</translation>
    </message>
    <message>
        <source>Watch this page (it has no feed: its list of news becomes the items)</source>
        <translation>Suivre cette page (elle n’a pas de flux : sa liste d’actualités devient les articles)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Récupération…</translation>
    </message>
    <message numerus="yes">
        <source>No feed on this page; watching it would give %n item(s) (first ones above).</source>
        <translation>
            <numerusform>Pas de flux sur cette page ; la suivre donnerait %n article (les premiers ci-dessus).</numerusform>
            <numerusform>Pas de flux sur cette page ; la suivre donnerait %n articles (les premiers ci-dessus).</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled feed</source>
        <translation>flux sans titre</translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s) (linked from %2).</source>
        <translation>
            <numerusform>« %1 » trouvé, avec %n article (lien depuis %2).</numerusform>
            <numerusform>« %1 » trouvé, avec %n articles (lien depuis %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s).</source>
        <translation>
            <numerusform>« %1 » trouvé, avec %n article.</numerusform>
            <numerusform>« %1 » trouvé, avec %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>This address is in the feeds file already.</source>
        <translation>Cette adresse figure déjà dans le fichier des flux.</translation>
    </message>
    <message>
        <source>A feed named “%1” exists already: choose another name.</source>
        <translation>Un flux nommé « %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Give the feed a name (Fetch finds its title).</source>
        <translation>Donnez un nom au flux (Récupérer trouve son titre).</translation>
    </message>
    <message>
        <source>An authority&apos;s feed needs the authority&apos;s short code (e.g. CNIL).</source>
        <translation>Le flux d’une autorité demande son sigle (p. ex. CNIL).</translation>
    </message>
</context>
<context>
    <name>FinesChart</name>
    <message>
        <source>number of decisions</source>
        <translation>nombre de décisions</translation>
    </message>
    <message>
        <source>total in euros (log scale)</source>
        <translation>total en euros (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Imposed fines per year, by authority: %1</source>
        <translation>Amendes infligées par an et par autorité : %1</translation>
    </message>
    <message>
        <source>Other authorities</source>
        <translation>Autres autorités</translation>
    </message>
    <message>
        <source>No imposed fines yet</source>
        <translation>Aucune amende infligée pour l’instant</translation>
    </message>
    <message>
        <source>Decisions per year</source>
        <translation>Décisions par an</translation>
    </message>
    <message>
        <source>Euros per year (log scale)</source>
        <translation>Euros par an (échelle logarithmique)</translation>
    </message>
</context>
<context>
    <name>FinesExport</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Atom feed (*.atom)</source>
        <translation>Flux Atom (*.atom)</translation>
    </message>
    <message>
        <source>Export the shown decisions</source>
        <translation>Exporter les décisions affichées</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>FinesFilters</name>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Concurrence</translation>
    </message>
    <message>
        <source>Consumer protection</source>
        <translation>Protection des consommateurs</translation>
    </message>
    <message>
        <source>Other domains</source>
        <translation>Autres domaines</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Filter by party, authority, tag…</source>
        <translation>Filtrer par partie, autorité, thème…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Show every party again</source>
        <translation>Afficher de nouveau toutes les parties</translation>
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
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Domain of law</source>
        <translation>Domaine du droit</translation>
    </message>
    <message>
        <source>Decided on or after</source>
        <translation>Décidé le ou après le</translation>
    </message>
    <message>
        <source>Decided on or before</source>
        <translation>Décidé le ou avant le</translation>
    </message>
    <message>
        <source>Smallest amount in euros</source>
        <translation>Montant minimal en euros</translation>
    </message>
    <message>
        <source>Largest amount in euros</source>
        <translation>Montant maximal en euros</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toute</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Toute autorité</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tout pays</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Tout sujet</translation>
    </message>
    <message>
        <source>Party: %1 ✕</source>
        <translation>Partie : %1 ✕</translation>
    </message>
</context>
<context>
    <name>FinesModel</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Montant (EUR)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation>Infligées</translation>
    </message>
    <message>
        <source>Total imposed (EUR)</source>
        <translation>Total infligé (EUR)</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>(undisclosed)</source>
        <translation>(non nommée)</translation>
    </message>
</context>
<context>
    <name>FinesView</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the decisions shown, as CSV, JSON or Atom</source>
        <translation>Exporter les décisions affichées en CSV, JSON ou Atom</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Indique</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show this party&apos;s decisions</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour voir les décisions visant cette partie</translation>
    </message>
    <message>
        <source>Number of decisions</source>
        <translation>Nombre de décisions</translation>
    </message>
    <message>
        <source>Total in euros (log scale)</source>
        <translation>Total en euros (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Totals by party</source>
        <translation>Totaux par partie</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) · %1 imposed</source>
        <translation>
            <numerusform>%n décision · %1 infligés</numerusform>
            <numerusform>%n décisions · %1 infligés</numerusform>
        </translation>
    </message>
    <message>
        <source>Status history: %1</source>
        <translation>Historique de l’état : %1</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>source officielle</translation>
    </message>
    <message>
        <source>Carried by the deciding authority&apos;s own feed</source>
        <translation>Publiée par le flux de l&apos;autorité qui a décidé</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Periodic penalty</source>
        <translation>Astreinte</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Amende</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>The fine&apos;s facts above were read from the linked article, not from the feed:</source>
        <translation>Les faits de l’amende ci-dessus proviennent de l’article lié, pas du flux :</translation>
    </message>
    <message>
        <source>From the linked article:</source>
        <translation>D’après l’article lié :</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Ouvrir l’original</translation>
    </message>
    <message>
        <source>Open the article in your browser (Enter)</source>
        <translation>Ouvrir l’article dans le navigateur (Entrée)</translation>
    </message>
    <message>
        <source>Show in Fines register</source>
        <translation>Voir dans le registre des amendes</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Fine (EUR)</source>
        <translation>Amende (EUR)</translation>
    </message>
    <message>
        <source>face</source>
        <translation>visage</translation>
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
        <translation>Rechercher dans les titres et résumés  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Non lus seulement</translation>
    </message>
    <message>
        <source>Show unmatched</source>
        <translation>Afficher le reste</translation>
    </message>
    <message>
        <source>Also list news that matched none of the watched topics (kept for a limited time; see Settings)</source>
        <translation>Lister aussi les actualités sans rapport avec les thèmes suivis (conservées pour une durée limitée ; voir Paramètres)</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>Fines register</source>
        <translation>Registre des amendes</translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter un &amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fermer la &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>F&amp;lux</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Ajouter un flux…</translation>
    </message>
    <message>
        <source>&amp;Edit feed…</source>
        <translation>&amp;Modifier le flux…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable feed</source>
        <translation>&amp;Désactiver / activer le flux</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>&amp;Supprimer le flux</translation>
    </message>
    <message>
        <source>Poll this &amp;feed now</source>
        <translation>Actualiser ce &amp;flux maintenant</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importer un OPML…</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>E&amp;xporter en OPML…</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation>Marquer &amp;lu / non lu</translation>
    </message>
    <message>
        <source>&amp;Open original</source>
        <translation>&amp;Ouvrir l’original</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Tout marquer comme l&amp;u</translation>
    </message>
    <message>
        <source>Not a &amp;fine</source>
        <translation>Pas une &amp;amende</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;Actualités</translation>
    </message>
    <message>
        <source>&amp;Fines register</source>
        <translation>&amp;Registre des amendes</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Regulatory Monitor</source>
        <translation>À &amp;propos de Regulatory Monitor</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Saved views and feeds; choose one to list its items</source>
        <translation>Vues enregistrées et flux ; choisissez-en un pour lister ses articles</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search titles and summaries</source>
        <translation>Rechercher dans les titres et résumés</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Show only items with this topic</source>
        <translation>N’afficher que les articles de ce thème</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>News items, newest first; Enter opens the original</source>
        <translation>Articles, les plus récents d’abord ; Entrée ouvre l’original</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Volet de lecture</translation>
    </message>
    <message>
        <source>The selected item</source>
        <translation>L’article sélectionné</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>News and the Fines register</source>
        <translation>Actualités et registre des amendes</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Nombre d’articles</translation>
    </message>
    <message>
        <source>Poll progress</source>
        <translation>Progression de l’actualisation</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Prochaine actualisation</translation>
    </message>
    <message>
        <source>Feed errors</source>
        <translation>Erreurs des flux</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <source>Status of the decision</source>
        <translation>État de la décision</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>One row per decision</source>
        <translation>Une ligne par décision</translation>
    </message>
    <message>
        <source>Sources of the decision</source>
        <translation>Sources de la décision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Totals by party</source>
        <translation>Totaux par partie</translation>
    </message>
    <message>
        <source>Chart measure</source>
        <translation>Mesure du graphique</translation>
    </message>
    <message>
        <source>Sources, totals and chart</source>
        <translation>Sources, totaux et graphique</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>j/k or ↓/↑: next/previous · Space: page, then next · Enter: open · m: toggle read · F5: poll · Ctrl+F: search · Ctrl+1/2: News/Fines · F6: next pane · Tab: next control</source>
        <translation>j/k ou ↓/↑ : suivant/précédent · Espace : page, puis suivant · Entrée : ouvrir · m : lu/non lu · F5 : actualiser · Ctrl+F : rechercher · Ctrl+1/2 : Actualités/Amendes · F6 : volet suivant · Tab : contrôle suivant</translation>
    </message>
    <message>
        <source>Select a feed in the list first.</source>
        <translation>Sélectionnez d’abord un flux dans la liste.</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched hidden</source>
        <translation>
            <numerusform>%n autre masqué</numerusform>
            <numerusform>%n autres masqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) or more, counting…</source>
        <translation>
            <numerusform>%n article ou plus, décompte en cours…</numerusform>
            <numerusform>%n articles ou plus, décompte en cours…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>From a date</source>
        <translation>À partir d&apos;une date</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un seul fichier autonome)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
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
        <translation>Un proxy manuel demande une URL</translation>
    </message>
    <message>
        <source>System settings (https_proxy, no_proxy…)</source>
        <translation>Réglages du système (https_proxy, no_proxy…)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL du proxy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Read the linked article when an item lacks the fine&apos;s facts</source>
        <translation>Lire l’article lié quand un élément n’indique pas les faits de l’amende</translation>
    </message>
    <message>
        <source>A few articles per poll, only for matching items without an amount, a party or a summary</source>
        <translation>Quelques articles par actualisation, seulement pour les éléments suivis sans montant, sans partie ou sans résumé</translation>
    </message>
    <message>
        <source>The desktop&apos;s language</source>
        <translation>Langue du bureau</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l’ouverture de session</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>News items that matched no topic are deleted after this many days. Matching items, fines and authorities&apos; own items are kept.</source>
        <translation>Les actualités sans thème suivi sont supprimées après ce nombre de jours. Les articles suivis, les amendes et les publications des autorités sont conservés.</translation>
    </message>
    <message>
        <source>any topic (e.g. facial_recognition biometrics)</source>
        <translation>tous les thèmes (p. ex. facial_recognition biometrics)</translation>
    </message>
    <message>
        <source>any authority (e.g. CNIL ICO)</source>
        <translation>toutes les autorités (p. ex. CNIL ICO)</translation>
    </message>
    <message>
        <source>any domain (e.g. data_protection competition)</source>
        <translation>tous les domaines (p. ex. data_protection competition)</translation>
    </message>
    <message>
        <source>Known topics:</source>
        <translation>Thèmes connus :</translation>
    </message>
    <message>
        <source>Known authorities:</source>
        <translation>Autorités connues :</translation>
    </message>
    <message>
        <source>Known domains:</source>
        <translation>Domaines connus :</translation>
    </message>
    <message>
        <source>Also alert on proposed fines</source>
        <translation>Alerter aussi sur les amendes envisagées</translation>
    </message>
    <message>
        <source>Only domains</source>
        <translation>Seulement les domaines</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Non enregistré :</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>Actualiser toutes les</translation>
    </message>
    <message>
        <source>Keep unmatched news</source>
        <translation>Conserver les autres actualités</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Montant minimum</translation>
    </message>
    <message>
        <source>Only topics</source>
        <translation>Thèmes seulement</translation>
    </message>
    <message>
        <source>Only authorities</source>
        <translation>Autorités seulement</translation>
    </message>
</context>
<context>
    <name>SharingGroup</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>not written (e.g. /srv/www/fines.atom)</source>
        <translation>non écrit (p. ex. /srv/www/fines.atom)</translation>
    </message>
    <message>
        <source>The register&apos;s data-protection decisions, written after every poll</source>
        <translation>Les décisions du registre en protection des données, écrites après chaque relève</translation>
    </message>
    <message>
        <source>no weekly report</source>
        <translation>pas de rapport hebdomadaire</translation>
    </message>
    <message>
        <source>A report of the week&apos;s decisions is written here once a week</source>
        <translation>Un rapport des décisions de la semaine est écrit ici une fois par semaine</translation>
    </message>
    <message>
        <source>Atom feed file</source>
        <translation>Fichier du flux Atom</translation>
    </message>
    <message>
        <source>Weekly report folder</source>
        <translation>Dossier du rapport hebdomadaire</translation>
    </message>
    <message>
        <source>Weekly report format</source>
        <translation>Format du rapport hebdomadaire</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <source>Fines</source>
        <translation>Amendes</translation>
    </message>
    <message>
        <source>Facial recognition</source>
        <translation>Reconnaissance faciale</translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation>Biométrie</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>imposed</source>
        <translation>infligée</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>envisagée</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>mention of past</source>
        <translation>rappel d’une décision passée</translation>
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
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Suspendre l’actualisation</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n unread fine(s)</source>
        <translation>
            <numerusform>%n amende non lue</numerusform>
            <numerusform>%n amendes non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>no unread fines</source>
        <translation>aucune amende non lue</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>HTML files</source>
        <translation>Fichiers HTML</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Fichiers PDF</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
</context>
</TS>
