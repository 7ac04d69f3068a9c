<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Regulatory Monitor</source>
        <translation>Acerca de Regulatory Monitor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Settings folder</source>
        <translation>Carpeta de ajustes</translation>
    </message>
    <message>
        <source>One alert per fine imposed by a data-protection authority, from its feeds and the news.</source>
        <translation>Un aviso por cada multa impuesta por una autoridad de protección de datos, a partir de sus fuentes y de la prensa.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>facial recognition</source>
        <translation>reconocimiento facial</translation>
    </message>
    <message>
        <source>biometrics</source>
        <translation>biometría</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>a la semana</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>al mes</translation>
    </message>
    <message>
        <source>Recorded in the Fines register without an alert each.</source>
        <translation>Anotadas en el registro de multas, sin un aviso para cada una.</translation>
    </message>
    <message>
        <source>An authority</source>
        <translation>Una autoridad</translation>
    </message>
    <message>
        <source>an undisclosed party</source>
        <translation>una parte no identificada</translation>
    </message>
    <message>
        <source>%1 fine against %2 overturned</source>
        <translation>%1: anulada la multa a %2</translation>
    </message>
    <message>
        <source>%1 intends to fine %2 %3</source>
        <translation>%1 propone multar a %2 con %3</translation>
    </message>
    <message>
        <source>%1 intends to fine %2</source>
        <translation>%1 propone multar a %2</translation>
    </message>
    <message>
        <source>%1 fines %2 %3</source>
        <translation>%1 multa a %2 con %3</translation>
    </message>
    <message>
        <source>%1 fines %2</source>
        <translation>%1 multa a %2</translation>
    </message>
    <message>
        <source>(overdue penalty payment)</source>
        <translation>(multa coercitiva vencida)</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Actualización: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier fine(s) found in %1</source>
        <translation>
            <numerusform>%n multa anterior encontrada en %1</numerusform>
            <numerusform>%n multas anteriores encontradas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notification text</source>
        <translation>Texto de la notificación</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the fine in the register</source>
        <translation>Mostrar la multa en el registro</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the notifications</source>
        <translation>Descartar las notificaciones</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>Correct the decision</source>
        <translation>Corregir la decisión</translation>
    </message>
    <message>
        <source>&amp;Edit decision…</source>
        <translation>&amp;Editar decisión…</translation>
    </message>
    <message>
        <source>&amp;Merge the selected decisions</source>
        <translation>&amp;Fusionar las decisiones seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>&amp;Deshacer la corrección</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>&amp;Correcciones…</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (era %2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Separación</translation>
    </message>
    <message>
        <source>Correct the report</source>
        <translation>Corregir la noticia</translation>
    </message>
    <message>
        <source>&amp;Split this report off into its own decision</source>
        <translation>&amp;Separar esta noticia en una decisión propia</translation>
    </message>
    <message>
        <source>&amp;Not a fine</source>
        <translation>&amp;No es una multa</translation>
    </message>
    <message>
        <source>Correction not made</source>
        <translation>Corrección no realizada</translation>
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
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>data protection</source>
        <translation>protección de datos</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>competencia</translation>
    </message>
    <message>
        <source>consumer protection</source>
        <translation>protección de los consumidores</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Corrected by you on %1. The analysis had read: %2</source>
        <translation>Corregido por usted el %1. El análisis había leído: %2</translation>
    </message>
    <message>
        <source>%1 corrected: %2 → %3</source>
        <translation>%1 corregido: %2 → %3</translation>
    </message>
    <message>
        <source>Merged by you from two decisions</source>
        <translation>Fusionada por usted a partir de dos decisiones</translation>
    </message>
    <message>
        <source>Split off by you into a decision of its own</source>
        <translation>Separada por usted en una decisión propia</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Your corrections</source>
        <translation>Sus correcciones</translation>
    </message>
    <message>
        <source>Corrections of the register</source>
        <translation>Correcciones del registro</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>&amp;Deshacer la corrección</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Decisions %1 and %2 merged</source>
        <translation>Decisiones %1 y %2 fusionadas</translation>
    </message>
    <message>
        <source>Split off: %1</source>
        <translation>Separada: %1</translation>
    </message>
    <message>
        <source>Not a fine: %1</source>
        <translation>No es una multa: %1</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Regulatory Monitor keeps running in the tray and will tell you about new fines. Quit it from the tray menu.</source>
        <translation>Regulatory Monitor sigue en la bandeja del sistema y le avisará de las multas nuevas. Ciérrelo desde su menú.</translation>
    </message>
    <message>
        <source>The desktop has no system tray: alerts will appear in this window instead.</source>
        <translation>El escritorio no tiene bandeja del sistema: los avisos aparecerán en esta ventana.</translation>
    </message>
    <message>
        <source>The desktop has no system tray: alerts will appear as desktop notifications and in this window.</source>
        <translation>El escritorio no tiene bandeja del sistema: los avisos aparecerán como notificaciones del escritorio y en esta ventana.</translation>
    </message>
    <message>
        <source>Regulatory Monitor</source>
        <translation>Regulatory Monitor</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>No escrito</translation>
    </message>
    <message>
        <source>Stopping the poll…</source>
        <translation>Deteniendo la actualización…</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>%1/%2 feeds</source>
        <translation>%1/%2 fuentes</translation>
    </message>
    <message numerus="yes">
        <source>Last poll %1: %n new item(s)</source>
        <translation>
            <numerusform>Última actualización %1: %n noticia nueva</numerusform>
            <numerusform>Última actualización %1: %n noticias nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer appears to be offline; the feeds are tried again at the next poll.</source>
        <translation>Este equipo parece estar sin conexión; las fuentes se reintentarán en la próxima actualización.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed:</source>
        <translation>
            <numerusform>%n fuente falló:</numerusform>
            <numerusform>%n fuentes fallaron:</numerusform>
        </translation>
    </message>
    <message>
        <source>The poll failed:</source>
        <translation>La actualización falló:</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Actualización en pausa</translation>
    </message>
    <message>
        <source>next poll %1</source>
        <translation>próxima actualización %1</translation>
    </message>
    <message>
        <source>next poll: now</source>
        <translation>próxima actualización: ahora</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message numerus="yes">
        <source>%n unread decision(s)</source>
        <translation>
            <numerusform>%n decisión sin leer</numerusform>
            <numerusform>%n decisiones sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Sigue en marcha</translation>
    </message>
    <message>
        <source>The new language applies at the next start.</source>
        <translation>El nuevo idioma se aplicará en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Correct decision %1</source>
        <translation>Corregir la decisión %1</translation>
    </message>
    <message>
        <source>e.g. 20000000 or 20 million</source>
        <translation>p. ej. 20000000 o 20 million</translation>
    </message>
    <message>
        <source>Why (optional): where the right value is stated</source>
        <translation>Por qué (opcional): dónde consta el valor correcto</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <source>Fined party</source>
        <translation>Parte sancionada</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>Amount of the fine</source>
        <translation>Importe de la multa</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Currency of the amount</source>
        <translation>Moneda del importe</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status of the decision</source>
        <translation>Estado de la decisión</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>Domain of law</source>
        <translation>Ámbito del derecho</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Note on the correction</source>
        <translation>Nota sobre la corrección</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>Añadir una fuente…</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Importar OPML…</translation>
    </message>
    <message>
        <source>Import feeds from an OPML file</source>
        <translation>Importar fuentes desde un archivo OPML</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Poll all feeds now</source>
        <translation>Actualizar ahora todas las fuentes</translation>
    </message>
    <message>
        <source>No feeds yet</source>
        <translation>Aún no hay fuentes</translation>
    </message>
    <message>
        <source>Add the feed of an authority or a news site, or import an OPML file from another reader.</source>
        <translation>Añada la fuente de una autoridad o de un sitio de noticias, o importe un archivo OPML de otro lector.</translation>
    </message>
    <message>
        <source>This computer appears to be offline</source>
        <translation>Este equipo parece estar sin conexión</translation>
    </message>
    <message>
        <source>No feed could be reached. The app tries again at the next poll.</source>
        <translation>No se pudo acceder a ninguna fuente. La aplicación lo reintentará en la próxima actualización.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s) for the first time…</source>
        <translation>
            <numerusform>Descargando %n fuente por primera vez…</numerusform>
            <numerusform>Descargando %n fuentes por primera vez…</numerusform>
        </translation>
    </message>
    <message>
        <source>News and fines appear here as they arrive. You can keep working meanwhile.</source>
        <translation>Las noticias y las multas aparecerán aquí a medida que lleguen. Mientras tanto puede seguir trabajando.</translation>
    </message>
    <message>
        <source>Nothing fetched yet</source>
        <translation>Aún no se ha descargado nada</translation>
    </message>
    <message>
        <source>The first poll starts shortly. You can also poll now, add a feed or import an OPML file.</source>
        <translation>La primera actualización empezará en breve. También puede actualizar ahora, añadir una fuente o importar un archivo OPML.</translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message>
        <source>Feeds file</source>
        <translation>Archivo de fuentes</translation>
    </message>
    <message>
        <source>The feeds file was not changed:</source>
        <translation>El archivo de fuentes no se ha modificado:</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Quitar la fuente</translation>
    </message>
    <message>
        <source>Remove “%1” from the feeds file? Its stored items stay in the database.</source>
        <translation>¿Quitar «%1» del archivo de fuentes? Sus noticias guardadas permanecen en la base de datos.</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importar OPML</translation>
    </message>
    <message>
        <source>OPML files</source>
        <translation>Archivos OPML</translation>
    </message>
    <message>
        <source>Could not import %1:</source>
        <translation>No se pudo importar %1:</translation>
    </message>
    <message>
        <source>already in the feeds file</source>
        <translation>ya está en el archivo de fuentes</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>%n fuente importada</numerusform>
            <numerusform>%n fuentes importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Exportar OPML</translation>
    </message>
    <message>
        <source>Could not write %1:</source>
        <translation>No se pudo escribir %1:</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>%n fuente exportada a %1</numerusform>
            <numerusform>%n fuentes exportadas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Edit feed</source>
        <translation>Editar fuente</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Fetch the address once to find the feed&apos;s title</source>
        <translation>Descargar la dirección una vez para encontrar el título de la fuente</translation>
    </message>
    <message>
        <source>news</source>
        <translation>noticias</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autoridad</translation>
    </message>
    <message>
        <source>en, fr, de…</source>
        <translation>es, en, fr…</translation>
    </message>
    <message>
        <source>CNIL, ICO… (authorities only)</source>
        <translation>CNIL, ICO… (solo autoridades)</translation>
    </message>
    <message>
        <source>default (e.g. 30m, 2h)</source>
        <translation>predeterminado (p. ej. 30m, 2h)</translation>
    </message>
    <message>
        <source>Poll this feed</source>
        <translation>Actualizar esta fuente</translation>
    </message>
    <message>
        <source>Watch this page (it has no feed: its list of news becomes the items)</source>
        <translation>Seguir esta página (no tiene fuente: su lista de noticias pasa a ser las noticias)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Descargando…</translation>
    </message>
    <message numerus="yes">
        <source>No feed on this page; watching it would give %n item(s) (first ones above).</source>
        <translation>
            <numerusform>No hay fuente en esta página; seguirla daría %n noticia (las primeras, arriba).</numerusform>
            <numerusform>No hay fuente en esta página; seguirla daría %n noticias (las primeras, arriba).</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled feed</source>
        <translation>fuente sin título</translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s) (linked from %2).</source>
        <translation>
            <numerusform>Encontrada «%1» con %n noticia (enlazada desde %2).</numerusform>
            <numerusform>Encontrada «%1» con %n noticias (enlazada desde %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found “%1” with %n item(s).</source>
        <translation>
            <numerusform>Encontrada «%1» con %n noticia.</numerusform>
            <numerusform>Encontrada «%1» con %n noticias.</numerusform>
        </translation>
    </message>
    <message>
        <source>This address is in the feeds file already.</source>
        <translation>Esta dirección ya está en el archivo de fuentes.</translation>
    </message>
    <message>
        <source>A feed named “%1” exists already: choose another name.</source>
        <translation>Ya existe una fuente llamada «%1»: elija otro nombre.</translation>
    </message>
    <message>
        <source>Give the feed a name (Fetch finds its title).</source>
        <translation>Dé un nombre a la fuente (Descargar encuentra su título).</translation>
    </message>
    <message>
        <source>An authority&apos;s feed needs the authority&apos;s short code (e.g. CNIL).</source>
        <translation>La fuente de una autoridad necesita su sigla (p. ej. CNIL).</translation>
    </message>
</context>
<context>
    <name>FinesChart</name>
    <message>
        <source>number of decisions</source>
        <translation>número de decisiones</translation>
    </message>
    <message>
        <source>total in euros (log scale)</source>
        <translation>total en euros (escala logarítmica)</translation>
    </message>
    <message>
        <source>Imposed fines per year, by authority: %1</source>
        <translation>Multas impuestas por año y autoridad: %1</translation>
    </message>
    <message>
        <source>Other authorities</source>
        <translation>Otras autoridades</translation>
    </message>
    <message>
        <source>No imposed fines yet</source>
        <translation>Aún no hay multas impuestas</translation>
    </message>
    <message>
        <source>Decisions per year</source>
        <translation>Decisiones por año</translation>
    </message>
    <message>
        <source>Euros per year (log scale)</source>
        <translation>Euros por año (escala logarítmica)</translation>
    </message>
</context>
<context>
    <name>FinesExport</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Atom feed (*.atom)</source>
        <translation>Canal Atom (*.atom)</translation>
    </message>
    <message>
        <source>Export the shown decisions</source>
        <translation>Exportar las decisiones mostradas</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>FinesFilters</name>
    <message>
        <source>Data protection</source>
        <translation>Protección de datos</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Consumer protection</source>
        <translation>Protección de los consumidores</translation>
    </message>
    <message>
        <source>Other domains</source>
        <translation>Otros ámbitos</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Todos los ámbitos</translation>
    </message>
    <message>
        <source>Filter by party, authority, tag…</source>
        <translation>Filtrar por parte, autoridad, tema…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Show every party again</source>
        <translation>Mostrar de nuevo todas las partes</translation>
    </message>
    <message>
        <source>min €</source>
        <translation>mín. €</translation>
    </message>
    <message>
        <source>max €</source>
        <translation>máx. €</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Domain of law</source>
        <translation>Ámbito del derecho</translation>
    </message>
    <message>
        <source>Decided on or after</source>
        <translation>Decidida el o después del</translation>
    </message>
    <message>
        <source>Decided on or before</source>
        <translation>Decidida el o antes del</translation>
    </message>
    <message>
        <source>Smallest amount in euros</source>
        <translation>Importe mínimo en euros</translation>
    </message>
    <message>
        <source>Largest amount in euros</source>
        <translation>Importe máximo en euros</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Cualquier autoridad</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Cualquier tema</translation>
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
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Importe (EUR)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation>Impuestas</translation>
    </message>
    <message>
        <source>Total imposed (EUR)</source>
        <translation>Total impuesto (EUR)</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autoridades</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>(undisclosed)</source>
        <translation>(sin identificar)</translation>
    </message>
</context>
<context>
    <name>FinesView</name>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the decisions shown, as CSV, JSON or Atom</source>
        <translation>Exportar las decisiones mostradas en CSV, JSON o Atom</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Indica</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show this party&apos;s decisions</source>
        <translation>Haga doble clic o pulse Intro para ver las decisiones contra esta parte</translation>
    </message>
    <message>
        <source>Number of decisions</source>
        <translation>Número de decisiones</translation>
    </message>
    <message>
        <source>Total in euros (log scale)</source>
        <translation>Total en euros (escala logarítmica)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Totals by party</source>
        <translation>Totales por parte</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>En el tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) · %1 imposed</source>
        <translation>
            <numerusform>%n decisión · %1 impuestos</numerusform>
            <numerusform>%n decisiones · %1 impuestos</numerusform>
        </translation>
    </message>
    <message>
        <source>Status history: %1</source>
        <translation>Historial del estado: %1</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>fuente oficial</translation>
    </message>
    <message>
        <source>Carried by the deciding authority&apos;s own feed</source>
        <translation>Publicada por el canal de la autoridad que decidió</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Periodic penalty</source>
        <translation>Multa coercitiva</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Multa</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>The fine&apos;s facts above were read from the linked article, not from the feed:</source>
        <translation>Los datos de la multa de arriba proceden del artículo enlazado, no de la fuente:</translation>
    </message>
    <message>
        <source>From the linked article:</source>
        <translation>Del artículo enlazado:</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Abrir el original</translation>
    </message>
    <message>
        <source>Open the article in your browser (Enter)</source>
        <translation>Abrir el artículo en el navegador (Intro)</translation>
    </message>
    <message>
        <source>Show in Fines register</source>
        <translation>Ver en el registro de multas</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Fine (EUR)</source>
        <translation>Multa (EUR)</translation>
    </message>
    <message>
        <source>face</source>
        <translation>rostro</translation>
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
        <translation>Buscar en títulos y resúmenes  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Solo sin leer</translation>
    </message>
    <message>
        <source>Show unmatched</source>
        <translation>Mostrar el resto</translation>
    </message>
    <message>
        <source>Also list news that matched none of the watched topics (kept for a limited time; see Settings)</source>
        <translation>Mostrar también las noticias que no coinciden con ningún tema seguido (se guardan un tiempo limitado; ver Ajustes)</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Fines register</source>
        <translation>Registro de multas</translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation>Aún sin actualizar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Cerrar ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>F&amp;uentes</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Añadir fuente…</translation>
    </message>
    <message>
        <source>&amp;Edit feed…</source>
        <translation>&amp;Editar fuente…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable feed</source>
        <translation>&amp;Desactivar / activar fuente</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>&amp;Quitar fuente</translation>
    </message>
    <message>
        <source>Poll this &amp;feed now</source>
        <translation>Actualizar esta &amp;fuente ahora</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importar OPML…</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>E&amp;xportar OPML…</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Noticias</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Noticia &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Noticia &amp;anterior</translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation>Marcar como &amp;leída / sin leer</translation>
    </message>
    <message>
        <source>&amp;Open original</source>
        <translation>Abrir el &amp;original</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Marcar &amp;todas como leídas</translation>
    </message>
    <message>
        <source>Not a &amp;fine</source>
        <translation>No es una &amp;multa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;Noticias</translation>
    </message>
    <message>
        <source>&amp;Fines register</source>
        <translation>&amp;Registro de multas</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Regulatory Monitor</source>
        <translation>Acerca &amp;de Regulatory Monitor</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Saved views and feeds; choose one to list its items</source>
        <translation>Vistas guardadas y fuentes; elija una para ver sus noticias</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Search titles and summaries</source>
        <translation>Buscar en títulos y resúmenes</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Show only items with this topic</source>
        <translation>Mostrar solo las noticias de este tema</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>News items, newest first; Enter opens the original</source>
        <translation>Noticias, las más recientes primero; Intro abre el original</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Panel de lectura</translation>
    </message>
    <message>
        <source>The selected item</source>
        <translation>La noticia seleccionada</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>News and the Fines register</source>
        <translation>Noticias y registro de multas</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Número de noticias</translation>
    </message>
    <message>
        <source>Poll progress</source>
        <translation>Progreso de la actualización</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Próxima actualización</translation>
    </message>
    <message>
        <source>Feed errors</source>
        <translation>Errores de las fuentes</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Status of the decision</source>
        <translation>Estado de la decisión</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>One row per decision</source>
        <translation>Una fila por decisión</translation>
    </message>
    <message>
        <source>Sources of the decision</source>
        <translation>Fuentes de la decisión</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Totals by party</source>
        <translation>Totales por parte</translation>
    </message>
    <message>
        <source>Chart measure</source>
        <translation>Medida del gráfico</translation>
    </message>
    <message>
        <source>Sources, totals and chart</source>
        <translation>Fuentes, totales y gráfico</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>j/k or ↓/↑: next/previous · Space: page, then next · Enter: open · m: toggle read · F5: poll · Ctrl+F: search · Ctrl+1/2: News/Fines · F6: next pane · Tab: next control</source>
        <translation>j/k o ↓/↑: siguiente/anterior · Espacio: página, luego siguiente · Intro: abrir · m: leída/sin leer · F5: actualizar · Ctrl+F: buscar · Ctrl+1/2: Noticias/Multas · F6: panel siguiente · Tab: control siguiente</translation>
    </message>
    <message>
        <source>Select a feed in the list first.</source>
        <translation>Seleccione primero una fuente de la lista.</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n noticia</numerusform>
            <numerusform>%n noticias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched hidden</source>
        <translation>
            <numerusform>%n otra oculta</numerusform>
            <numerusform>%n otras ocultas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) or more, counting…</source>
        <translation>
            <numerusform>%n noticia o más, contando…</numerusform>
            <numerusform>%n noticias o más, contando…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>From a date</source>
        <translation>Desde una fecha</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un único archivo autónomo)</translation>
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
        <translation>Desde</translation>
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
        <translation>Un proxy manual necesita una URL</translation>
    </message>
    <message>
        <source>System settings (https_proxy, no_proxy…)</source>
        <translation>Configuración del sistema (https_proxy, no_proxy…)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Read the linked article when an item lacks the fine&apos;s facts</source>
        <translation>Leer el artículo enlazado cuando a una noticia le faltan los datos de la multa</translation>
    </message>
    <message>
        <source>A few articles per poll, only for matching items without an amount, a party or a summary</source>
        <translation>Unos pocos artículos por actualización, solo para noticias pertinentes sin importe, parte o resumen</translation>
    </message>
    <message>
        <source>The desktop&apos;s language</source>
        <translation>Idioma del escritorio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado en la bandeja</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al abrir la sesión</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>News items that matched no topic are deleted after this many days. Matching items, fines and authorities&apos; own items are kept.</source>
        <translation>Las noticias sin ningún tema seguido se borran pasados estos días. Se conservan las pertinentes, las multas y las publicaciones de las autoridades.</translation>
    </message>
    <message>
        <source>any topic (e.g. facial_recognition biometrics)</source>
        <translation>cualquier tema (p. ej. facial_recognition biometrics)</translation>
    </message>
    <message>
        <source>any authority (e.g. CNIL ICO)</source>
        <translation>cualquier autoridad (p. ej. CNIL ICO)</translation>
    </message>
    <message>
        <source>any domain (e.g. data_protection competition)</source>
        <translation>cualquier ámbito (p. ej. data_protection competition)</translation>
    </message>
    <message>
        <source>Known topics:</source>
        <translation>Temas conocidos:</translation>
    </message>
    <message>
        <source>Known authorities:</source>
        <translation>Autoridades conocidas:</translation>
    </message>
    <message>
        <source>Known domains:</source>
        <translation>Ámbitos conocidos:</translation>
    </message>
    <message>
        <source>Also alert on proposed fines</source>
        <translation>Avisar también de las multas propuestas</translation>
    </message>
    <message>
        <source>Only domains</source>
        <translation>Solo ámbitos</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>No guardado:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>Actualizar cada</translation>
    </message>
    <message>
        <source>Keep unmatched news</source>
        <translation>Conservar las demás noticias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Importe mínimo</translation>
    </message>
    <message>
        <source>Only topics</source>
        <translation>Solo los temas</translation>
    </message>
    <message>
        <source>Only authorities</source>
        <translation>Solo las autoridades</translation>
    </message>
</context>
<context>
    <name>SharingGroup</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>not written (e.g. /srv/www/fines.atom)</source>
        <translation>no se escribe (p. ej. /srv/www/fines.atom)</translation>
    </message>
    <message>
        <source>The register&apos;s data-protection decisions, written after every poll</source>
        <translation>Las decisiones del registro sobre protección de datos, escritas tras cada consulta</translation>
    </message>
    <message>
        <source>no weekly report</source>
        <translation>sin informe semanal</translation>
    </message>
    <message>
        <source>A report of the week&apos;s decisions is written here once a week</source>
        <translation>Una vez por semana se escribe aquí un informe de las decisiones de la semana</translation>
    </message>
    <message>
        <source>Atom feed file</source>
        <translation>Archivo del feed Atom</translation>
    </message>
    <message>
        <source>Weekly report folder</source>
        <translation>Carpeta del informe semanal</translation>
    </message>
    <message>
        <source>Weekly report format</source>
        <translation>Formato del informe semanal</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <source>Fines</source>
        <translation>Multas</translation>
    </message>
    <message>
        <source>Facial recognition</source>
        <translation>Reconocimiento facial</translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation>Biometría</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todas las noticias</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>imposed</source>
        <translation>impuesta</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>mention of past</source>
        <translation>mención de una decisión pasada</translation>
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
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Pausar la actualización</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n unread fine(s)</source>
        <translation>
            <numerusform>%n multa sin leer</numerusform>
            <numerusform>%n multas sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>no unread fines</source>
        <translation>ninguna multa sin leer</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>HTML files</source>
        <translation>Archivos HTML</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Archivos PDF</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
</context>
</TS>
