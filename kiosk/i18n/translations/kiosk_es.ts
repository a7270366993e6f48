<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdminPanel</name>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Stories read</source>
        <translation>Historias leídas</translation>
    </message>
    <message>
        <source>Resources opened</source>
        <translation>Recursos abiertos</translation>
    </message>
    <message>
        <source>Films played</source>
        <translation>Películas reproducidas</translation>
    </message>
    <message>
        <source>Languages chosen</source>
        <translation>Idiomas elegidos</translation>
    </message>
    <message>
        <source>Quick exits</source>
        <translation>Salidas rápidas</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No USB stick found. Insert one, then tap Look again.</source>
        <translation>No se encontró ninguna memoria USB. Inserte una y toque «Buscar de nuevo».</translation>
    </message>
    <message>
        <source>Export usage counts</source>
        <translation>Exportar las estadísticas de uso</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n fila en %1.</numerusform>
            <numerusform>Se guardaron %n filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save to %1.</source>
        <translation>No se pudo guardar en %1.</translation>
    </message>
    <message>
        <source>Not saved: line %1 of the settings file is not valid TOML. Fix it first.</source>
        <translation>No se guardó: la línea %1 del archivo de ajustes no es TOML válido. Corríjala primero.</translation>
    </message>
    <message>
        <source>Not saved: the settings file cannot be read. Fix it first.</source>
        <translation>No se guardó: no se puede leer el archivo de ajustes. Corríjalo primero.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>Salir del programa</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Visits per day, last 14 days</source>
        <translation>Visitas por día, últimos 14 días</translation>
    </message>
    <message>
        <source>Counting is off: the data folder cannot be written. See the log.</source>
        <translation>El recuento está desactivado: no se puede escribir en la carpeta de datos. Consulte el registro.</translation>
    </message>
    <message>
        <source>Export counts (CSV)…</source>
        <translation>Exportar estadísticas (CSV)…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>Tiempo de inactividad antes de reiniciar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Problems in the settings file (defaults used):</source>
        <translation>Problemas en el archivo de configuración (se usan los valores predeterminados):</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <source>Earlier choices</source>
        <translation>Opciones anteriores</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation>Más opciones</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <source>Before you read</source>
        <translation>Antes de leer</translation>
    </message>
    <message>
        <source>This story may be upsetting. It contains no images, and you can stop reading at any time.</source>
        <translation>Esta historia puede resultar perturbadora. No contiene imágenes y puede dejar de leer en cualquier momento.</translation>
    </message>
    <message>
        <source>Continue to the story</source>
        <translation>Seguir con la historia</translation>
    </message>
    <message>
        <source>Back to the stories</source>
        <translation>Volver a las historias</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Aviso sobre el contenido</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <source>Content: bundled content</source>
        <translation>Contenido: contenido original</translation>
    </message>
    <message>
        <source>Content: pack %1, version %2, created %3</source>
        <translation>Contenido: paquete %1, versión %2, creado el %3</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Install a content pack</source>
        <translation>Instalar un paquete de contenido</translation>
    </message>
    <message>
        <source>%1, version %2, created %3</source>
        <translation>%1, versión %2, creado el %3</translation>
    </message>
    <message>
        <source>Not a readable content pack (file of %1)</source>
        <translation>No es un paquete de contenido legible (archivo del %1)</translation>
    </message>
    <message>
        <source>signed by a trusted key</source>
        <translation>firmado con una clave de confianza</translation>
    </message>
    <message>
        <source>not signed by a trusted key; allowed by the settings</source>
        <translation>no firmado con una clave de confianza; permitido por la configuración</translation>
    </message>
    <message>
        <source>not signed by a trusted key: it will be refused</source>
        <translation>no firmado con una clave de confianza: será rechazado</translation>
    </message>
    <message>
        <source>it will be refused</source>
        <translation>será rechazado</translation>
    </message>
    <message>
        <source>No content pack (.kpack file) was found. Put one in the watch folder or on a USB stick, insert it, then tap Look again. Looked in: %1</source>
        <translation>No se encontró ningún paquete de contenido (archivo .kpack). Póngalo en la carpeta vigilada o en una memoria USB, insértela y toque «Buscar de nuevo». Se buscó en: %1</translation>
    </message>
    <message>
        <source>(no watch folder set, no removable media)</source>
        <translation>(sin carpeta vigilada ni medios extraíbles)</translation>
    </message>
    <message>
        <source>Content packs (*.kpack)</source>
        <translation>Paquetes de contenido (*.kpack)</translation>
    </message>
    <message>
        <source>Pack %1 installed; the kiosk now shows it.</source>
        <translation>Paquete %1 instalado; el quiosco ya lo muestra.</translation>
    </message>
    <message>
        <source>The pack was refused; the content is unchanged:
%1</source>
        <translation>El paquete fue rechazado; el contenido no ha cambiado:
%1</translation>
    </message>
    <message>
        <source>Rolled back to the previous content.</source>
        <translation>Se volvió al contenido anterior.</translation>
    </message>
    <message>
        <source>Could not roll back:
%1</source>
        <translation>No se pudo volver atrás:
%1</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>Unpacking and checking every file…</source>
        <translation>Descomprimiendo y comprobando cada archivo…</translation>
    </message>
    <message>
        <source>Building the content database…</source>
        <translation>Creando la base de datos de contenido…</translation>
    </message>
    <message>
        <source>Switching to the new content…</source>
        <translation>Cambiando al nuevo contenido…</translation>
    </message>
    <message>
        <source>Installing a content pack</source>
        <translation>Instalación de un paquete de contenido</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Install a pack…</source>
        <translation>Instalar un paquete…</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Volver atrás</translation>
    </message>
</context>
<context>
    <name>DesktopMenu</name>
    <message>
        <source>Content studio</source>
        <translation>Estudio de contenidos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>Administración…</translation>
    </message>
    <message>
        <source>Content studio…</source>
        <translation>Estudio de contenidos…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Ir a la página</translation>
    </message>
    <message>
        <source>This document is not installed on this kiosk. Please ask the staff.</source>
        <translation>Este documento no está instalado en este quiosco. Pregunte al personal.</translation>
    </message>
    <message>
        <source>This document cannot be opened: the file is damaged. Please ask the staff.</source>
        <translation>No se puede abrir este documento: el archivo está dañado. Pregunte al personal.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Ancho de página</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Show the list of pages</source>
        <translation>Mostrar la lista de páginas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>The stories cannot be shown right now</source>
        <translation>Las historias no se pueden mostrar en este momento</translation>
    </message>
    <message>
        <source>The content of this kiosk is missing or damaged. Please ask a member of staff to reinstall it.</source>
        <translation>El contenido de este quiosco falta o está dañado. Pida a un miembro del personal que lo vuelva a instalar.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Awareness kiosk</source>
        <translation>Quiosco de sensibilización</translation>
    </message>
</context>
<context>
    <name>FilmPage</name>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Film language</source>
        <translation>Idioma de la película</translation>
    </message>
    <message>
        <source>Subtitles:</source>
        <translation>Subtítulos:</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivados</translation>
    </message>
    <message>
        <source>Position in the film</source>
        <translation>Posición en la película</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Retroceder 10 segundos</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Avanzar 10 segundos</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Activar el sonido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>This film is not installed on this kiosk. Please ask the staff.</source>
        <translation>Esta película no está instalada en este quiosco. Pregunte al personal.</translation>
    </message>
    <message>
        <source>This film cannot be played on this kiosk. Please ask the staff.</source>
        <translation>Esta película no se puede reproducir en este quiosco. Pregunte al personal.</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>All stories</source>
        <translation>Todas las historias</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>The screen will go back to the start in %n second(s).</source>
        <translation>
            <numerusform>La pantalla volverá al inicio en %n segundo.</numerusform>
            <numerusform>La pantalla volverá al inicio en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>present</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Search titles in every language</source>
        <translation>Buscar en los títulos, en todos los idiomas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <source>Packs are signed with your key. A kiosk accepts them once this public key is in its settings (trusted_keys):</source>
        <translation>Los paquetes se firman con su clave. Un quiosco los acepta cuando esta clave pública figura en su configuración (trusted_keys):</translation>
    </message>
    <message>
        <source>You have no signing key yet: one is made for you when you publish the first time. If you already have one on another computer, import it.</source>
        <translation>Aún no tiene clave de firma: se crea la primera vez que publique. Si ya tiene una en otro ordenador, impórtela.</translation>
    </message>
    <message>
        <source>Public key copied.</source>
        <translation>Clave pública copiada.</translation>
    </message>
    <message>
        <source>Key saved to %1. Keep it secret: whoever has it can sign packs.</source>
        <translation>Clave guardada en %1. Manténgala en secreto: quien la tenga puede firmar paquetes.</translation>
    </message>
    <message>
        <source>Key imported: packs are now signed with it.</source>
        <translation>Clave importada: los paquetes se firman ahora con ella.</translation>
    </message>
    <message>
        <source>Export the signing key</source>
        <translation>Exportar la clave de firma</translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation>Importar una clave de firma</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Export the key…</source>
        <translation>Exportar la clave…</translation>
    </message>
    <message>
        <source>Import a key…</source>
        <translation>Importar una clave…</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show the kiosk in this language</source>
        <translation>Mostrar el quiosco en este idioma</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <source>There is no %1 version. Visitors who choose %1 read another language, and the kiosk tells them so.</source>
        <translation>No hay versión en %1. Quienes eligen %1 leen otro idioma, y el quiosco se lo indica.</translation>
    </message>
    <message>
        <source>Write a version in %1</source>
        <translation>Escribir una versión en %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Language of this side</source>
        <translation>Idioma de este lado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text (Markdown: a blank line starts a paragraph)</source>
        <translation>Texto (Markdown: una línea en blanco inicia un párrafo)</translation>
    </message>
    <message>
        <source>Our translation, by:</source>
        <translation>Traducción nuestra, por:</translation>
    </message>
    <message>
        <source>Visitors then read &quot;Translated by&quot; and this name under the title.</source>
        <translation>Los visitantes leen entonces «Traducido por» y este nombre bajo el título.</translation>
    </message>
    <message>
        <source>Name of your organisation</source>
        <translation>Nombre de su organización</translation>
    </message>
    <message>
        <source>Delete this language version</source>
        <translation>Eliminar esta versión lingüística</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Scan the code or type this address:</source>
        <translation>Escanee el código o escriba esta dirección:</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>Código QR de la dirección</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Together against human trafficking</source>
        <extracomment>A closed resource page&apos;s memory goes back to the system this long after it closed. Pause between two languages warmed after the first frame (the visitor comes first).</extracomment>
        <translation>Juntos contra la trata de personas</translation>
    </message>
    <message>
        <source>True stories, guides and films, available offline</source>
        <translation>Historias reales, guías y películas, disponibles sin conexión</translation>
    </message>
    <message>
        <source>Guides, films and support</source>
        <translation>Guías, películas y apoyo</translation>
    </message>
    <message>
        <source>If you or someone you know needs help, ask a member of staff.</source>
        <translation>Si usted o alguien que conoce necesita ayuda, hable con un miembro del personal.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Leave this page at once for a neutral screen</source>
        <translation>Salir de inmediato de esta página a una pantalla neutra</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Filter the stories</source>
        <translation>Filtrar las historias</translation>
    </message>
</context>
<context>
    <name>MediaPicker</name>
    <message>
        <source>No file</source>
        <translation>Ningún archivo</translation>
    </message>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1 (archivo no encontrado)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>Touch the screen to continue.</source>
        <translation>Toque la pantalla para continuar.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>New story</source>
        <translation>Nueva historia</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nuevo recurso</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No admin PIN is set. Staff can set one on this computer with: kiosk admin set-pin</source>
        <translation>No hay un PIN de administración. El personal puede definirlo en este equipo con: kiosk admin set-pin</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>PositionDots</name>
    <message>
        <source>Story %1 of %2</source>
        <extracomment>Rows loaded together around a requested row (the next slides come from the cache). The row the carousel shows after a reset (the story the visitor was on). How many loader calls ran (for tests of the lazy loading).</extracomment>
        <translation>Historia %1 de %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview in the kiosk</source>
        <translation>Vista previa en el quiosco</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Landscape kiosk, 1920 × 1080</source>
        <translation>Quiosco horizontal, 1920 × 1080</translation>
    </message>
    <message>
        <source>Portrait stand, 1080 × 1920</source>
        <translation>Tótem vertical, 1080 × 1920</translation>
    </message>
    <message>
        <source>Laptop or projector, 1366 × 768</source>
        <translation>Portátil o proyector, 1366 × 768</translation>
    </message>
    <message>
        <source>Small laptop, 1280 × 800</source>
        <translation>Portátil pequeño, 1280 × 800</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>The kiosk opens on your edited content, as visitors will see it. Close its window to come back.</source>
        <translation>El quiosco se abre con su contenido editado, tal como lo verán los visitantes. Cierre su ventana para volver.</translation>
    </message>
    <message>
        <source>Open the preview</source>
        <translation>Abrir la vista previa</translation>
    </message>
</context>
<context>
    <name>PrivacyNote</name>
    <message>
        <source>This kiosk counts only how often pages are opened, per hour. It stores nothing about you.</source>
        <translation>Este quiosco solo cuenta cuántas veces se abren las páginas, por hora. No guarda nada sobre usted.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>No pack was written:</source>
        <translation>No se escribió ningún paquete:</translation>
    </message>
    <message>
        <source>Published %1 (%2). Copy it to the kiosks&apos; watched folder or install it there.</source>
        <translation>%1 publicado (%2). Cópielo en la carpeta vigilada de los quioscos o instálelo allí.</translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation>Dónde guardar el paquete</translation>
    </message>
    <message>
        <source>Publish a content pack</source>
        <translation>Publicar un paquete de contenidos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>What changed, for the people who install it</source>
        <translation>Qué cambió, para quienes lo instalen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>Document (PDF)</source>
        <translation>Documento (PDF)</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Película</translation>
    </message>
    <message>
        <source>Fund (address as QR code)</source>
        <translation>Fondo (dirección como código QR)</translation>
    </message>
    <message>
        <source>Link (address as QR code)</source>
        <translation>Enlace (dirección como código QR)</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>Short names for the resource list&apos;s column.</extracomment>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Address (QR code)</source>
        <translation>Dirección (código QR)</translation>
    </message>
    <message>
        <source>A Font Awesome 5 name, e.g. fa5s.first-aid</source>
        <translation>Un nombre de Font Awesome 5, p. ej. fa5s.first-aid</translation>
    </message>
    <message>
        <source>File, %1</source>
        <translation>Archivo, %1</translation>
    </message>
    <message>
        <source>Subtitles, %1</source>
        <translation>Subtítulos, %1</translation>
    </message>
</context>
<context>
    <name>ResourceHeader</name>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Language versions of the original named in the sources: %1</source>
        <translation>Versiones lingüísticas del original que citan las fuentes: %1</translation>
    </message>
    <message>
        <source>The sources name no language version of the original.</source>
        <translation>Las fuentes no citan ninguna versión lingüística del original.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search stories</source>
        <translation>Buscar historias</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <source>Results for “%1”</source>
        <translation>Resultados de «%1»</translation>
    </message>
    <message>
        <source>No stories found for “%1”. Try another word, or browse the topics.</source>
        <translation>No se encontraron historias para «%1». Pruebe con otra palabra o explore los temas.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>StoryCardView</name>
    <message>
        <source>Story. Press Enter to read it.</source>
        <translation>Historia. Pulse Intro para leerla.</translation>
    </message>
    <message>
        <source>Read the story</source>
        <translation>Leer la historia</translation>
    </message>
    <message>
        <source>No stories to show.</source>
        <translation>No hay historias que mostrar.</translation>
    </message>
</context>
<context>
    <name>StoryCarousel</name>
    <message>
        <source>Previous story</source>
        <translation>Historia anterior</translation>
    </message>
    <message>
        <source>Next story</source>
        <translation>Historia siguiente</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>No single country</source>
        <translation>Ningún país concreto</translation>
    </message>
    <message>
        <source>The general note</source>
        <translation>El aviso general</translation>
    </message>
    <message>
        <source>Worded for this story (in story.toml)</source>
        <translation>Redactado para esta historia (en story.toml)</translation>
    </message>
    <message>
        <source>How visitors see it (%1)</source>
        <translation>Lo que ven los visitantes (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Dirección de la fuente</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Delicada</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Aviso de contenido</translation>
    </message>
    <message>
        <source>A personal account: visitors see a content note first</source>
        <translation>Un testimonio personal: los visitantes ven primero un aviso de contenido</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Translated by %1</source>
        <extracomment>Story text laid out per step: about 30 ms of work, so that a very long story (which a content editor was warned about) never freezes the interface while it opens. Tags whose stories offer a resource page as related help (tag -&gt; resource id). The reading column holds about this many characters a line (45-75 is comfortable).</extracomment>
        <translation>Traducido por %1</translation>
    </message>
    <message>
        <source>Excerpt: only the opening of the original news item is available here.</source>
        <translation>Extracto: aquí solo está disponible el comienzo de la noticia original.</translation>
    </message>
    <message>
        <source>Source: %1, news item of %2</source>
        <translation>Fuente: %1, noticia del %2</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>Publicado el %1</translation>
    </message>
    <message>
        <source>More stories: %1</source>
        <translation>Más historias: %1</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Mapa: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to the stories</source>
        <translation>Volver a las historias</translation>
    </message>
    <message>
        <source>Previous story</source>
        <translation>Historia anterior</translation>
    </message>
    <message>
        <source>Next story</source>
        <translation>Historia siguiente</translation>
    </message>
    <message>
        <source>Related stories</source>
        <translation>Historias relacionadas</translation>
    </message>
    <message>
        <source>Related help</source>
        <translation>Ayuda relacionada</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>Texto de la historia</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <source>Open a content folder</source>
        <translation>Abrir una carpeta de contenidos</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>añadir %1</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>duplicar %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>eliminar %1</translation>
    </message>
    <message>
        <source>delete the %1 version</source>
        <translation>eliminar la versión %1</translation>
    </message>
    <message>
        <source>New order saved.</source>
        <translation>Nuevo orden guardado.</translation>
    </message>
    <message>
        <source>Problems to fix before publishing: %1</source>
        <translation>Problemas que corregir antes de publicar: %1</translation>
    </message>
    <message>
        <source>No problems: ready to publish</source>
        <translation>Ningún problema: listo para publicar</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Advertencias: %1</translation>
    </message>
    <message>
        <source>Fix the problems listed below first</source>
        <translation>Corrija primero los problemas indicados abajo</translation>
    </message>
    <message>
        <source>The preview needs content without problems:</source>
        <translation>La vista previa necesita contenido sin problemas:</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>%1 publicado</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Content studio — %1</source>
        <translation>Estudio de contenidos — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Open a content folder…</source>
        <translation>Abrir una carpeta de contenidos…</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nueva historia</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nuevo recurso</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Preview in the kiosk…</source>
        <translation>Vista previa en el quiosco…</translation>
    </message>
    <message>
        <source>Check everything again</source>
        <translation>Volver a comprobarlo todo</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <source>Signing key…</source>
        <translation>Clave de firma…</translation>
    </message>
    <message>
        <source>Close the studio</source>
        <translation>Cerrar el estudio</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Choose a story or a resource on the left, or make a new one. Every change is saved at once in the content folder and checked as you type.</source>
        <translation>Elija una historia o un recurso a la izquierda, o cree uno nuevo. Cada cambio se guarda al instante en la carpeta de contenidos y se comprueba mientras escribe.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>English</source>
        <extracomment>Language names as they are said inside a sentence of the interface language.</extracomment>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Published in %1</source>
        <translation>Publicado en %1</translation>
    </message>
</context>
</TS>
