<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../ui/screens/admin_panel.py" line="+261"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories read</source>
        <translation>Historias leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources opened</source>
        <translation>Recursos abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Films played</source>
        <translation>Películas reproducidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages chosen</source>
        <translation>Idiomas elegidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick exits</source>
        <translation>Salidas rápidas</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick found. Insert one, then tap Look again.</source>
        <translation>No se encontró ninguna memoria USB. Inserte una y toque «Buscar de nuevo».</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Export usage counts</source>
        <translation>Exportar las estadísticas de uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n fila en %1.</numerusform>
            <numerusform>Se guardaron %n filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save to %1.</source>
        <translation>No se pudo guardar en %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: line %1 of the settings file is not valid TOML. Fix it first.</source>
        <translation>No se guardó: la línea %1 del archivo de ajustes no es TOML válido. Corríjala primero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: the settings file cannot be read. Fix it first.</source>
        <translation>No se guardó: no se puede leer el archivo de ajustes. Corríjalo primero.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit the program</source>
        <translation>Salir del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits per day, last 14 days</source>
        <translation>Visitas por día, últimos 14 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visits counted in the last 14 days.</source>
        <translation>No se ha contado ninguna visita en los últimos 14 días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting is off: the data folder cannot be written. See the log.</source>
        <translation>El recuento está desactivado: no se puede escribir en la carpeta de datos. Consulte el registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export counts (CSV)…</source>
        <translation>Exportar estadísticas (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Idle time before reset</source>
        <translation>Tiempo de inactividad antes de reiniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems in the settings file (defaults used):</source>
        <translation>Problemas en el archivo de configuración (se usan los valores predeterminados):</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+160"/>
        <source>Earlier choices</source>
        <translation>Opciones anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More choices</source>
        <translation>Más opciones</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../ui/pages/content_note.py" line="+78"/>
        <source>Before you read</source>
        <translation>Antes de leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This story may be upsetting. It contains no images, and you can stop reading at any time.</source>
        <translation>Esta historia puede resultar perturbadora. No contiene imágenes y puede dejar de leer en cualquier momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Continue to the story</source>
        <translation>Seguir con la historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to the stories</source>
        <translation>Volver a las historias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content note</source>
        <translation>Aviso sobre el contenido</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../ui/screens/admin_content.py" line="+116"/>
        <source>Content: bundled content</source>
        <translation>Contenido: contenido original</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content: pack %1, version %2, created %3</source>
        <translation>Contenido: paquete %1, versión %2, creado el %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Install a content pack</source>
        <translation>Instalar un paquete de contenido</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1, version %2, created %3</source>
        <translation>%1, versión %2, creado el %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a readable content pack (file of %1)</source>
        <translation>No es un paquete de contenido legible (archivo del %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by a trusted key</source>
        <translation>firmado con una clave de confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by a trusted key; allowed by the settings</source>
        <translation>no firmado con una clave de confianza; permitido por la configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by a trusted key: it will be refused</source>
        <translation>no firmado con una clave de confianza: será rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it will be refused</source>
        <translation>será rechazado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No content pack (.kpack file) was found. Put one in the watch folder or on a USB stick, insert it, then tap Look again. Looked in: %1</source>
        <translation>No se encontró ningún paquete de contenido (archivo .kpack). Póngalo en la carpeta vigilada o en una memoria USB, insértela y toque «Buscar de nuevo». Se buscó en: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no watch folder set, no removable media)</source>
        <translation>(sin carpeta vigilada ni medios extraíbles)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content packs (*.kpack)</source>
        <translation>Paquetes de contenido (*.kpack)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Pack %1 installed; the kiosk now shows it.</source>
        <translation>Paquete %1 instalado; el quiosco ya lo muestra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack was refused; the content is unchanged:
%1</source>
        <translation>El paquete fue rechazado; el contenido no ha cambiado:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled back to the previous content.</source>
        <translation>Se volvió al contenido anterior.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not roll back:
%1</source>
        <translation>No se pudo volver atrás:
%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the pack…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpacking and checking every file…</source>
        <translation>Descomprimiendo y comprobando cada archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the content database…</source>
        <translation>Creando la base de datos de contenido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new content…</source>
        <translation>Cambiando al nuevo contenido…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing a content pack</source>
        <translation>Instalación de un paquete de contenido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install a pack…</source>
        <translation>Instalar un paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation>Volver atrás</translation>
    </message>
</context>
<context>
    <name>DesktopMenu</name>
    <message>
        <location filename="../../ui/desktop_menu.py" line="+134"/>
        <source>Content studio</source>
        <translation>Estudio de contenidos</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+30"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration…</source>
        <translation>Administración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content studio…</source>
        <translation>Estudio de contenidos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>Texto más grande aún</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>Más pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <location filename="../../ui/pages/document_page.py" line="+495"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to page</source>
        <translation>Ir a la página</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This document is not installed on this kiosk. Please ask the staff.</source>
        <translation>Este documento no está instalado en este quiosco. Pregunte al personal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This document cannot be opened: the file is damaged. Please ask the staff.</source>
        <translation>No se puede abrir este documento: el archivo está dañado. Pregunte al personal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the screen</source>
        <translation>Ajustar la página a la pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Page width</source>
        <translation>Ancho de página</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of pages</source>
        <translation>Mostrar la lista de páginas</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+19"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Zoom: %1</source>
        <translation>Zoom: %1</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <location filename="../../ui/screens/error_screen.py" line="+101"/>
        <source>The stories cannot be shown right now</source>
        <translation>Las historias no se pueden mostrar en este momento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The content of this kiosk is missing or damaged. Please ask a member of staff to reinstall it.</source>
        <translation>El contenido de este quiosco falta o está dañado. Pida a un miembro del personal que lo vuelva a instalar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awareness kiosk</source>
        <translation>Quiosco de sensibilización</translation>
    </message>
</context>
<context>
    <name>FilmPage</name>
    <message>
        <location filename="../../ui/pages/film_page.py" line="+664"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Film language</source>
        <translation>Idioma de la película</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles:</source>
        <translation>Subtítulos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <location line="-313"/>
        <location line="+314"/>
        <source>Off</source>
        <translation>Desactivados</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Film in %1</source>
        <extracomment>Over, beside or under a film whose version in the interface language does not exist. %1: the language the film speaks, as said in a sentence (&quot;English&quot;).</extracomment>
        <translation>Película en %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position in the film</source>
        <translation>Posición en la película</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back 10 seconds</source>
        <translation>Retroceder 10 segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward 10 seconds</source>
        <translation>Avanzar 10 segundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound on</source>
        <translation>Activar el sonido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This film is not installed on this kiosk. Please ask the staff.</source>
        <translation>Esta película no está instalada en este quiosco. Pregunte al personal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This film cannot be played on this kiosk. Please ask the staff.</source>
        <translation>Esta película no se puede reproducir en este quiosco. Pregunte al personal.</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+144"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>All stories</source>
        <translation>Todas las historias</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <location filename="../../ui/screens/idle_warning.py" line="+73"/>
        <source>The screen will go back to the start in %n second(s).</source>
        <translation>
            <numerusform>La pantalla volverá al inicio en %n segundo.</numerusform>
            <numerusform>La pantalla volverá al inicio en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../studio/item_list.py" line="+120"/>
        <source>present</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Search titles in every language</source>
        <translation>Buscar en los títulos, en todos los idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <location filename="../../studio/publish.py" line="+130"/>
        <source>Packs are signed with your key. A kiosk accepts them once this public key is in its settings (trusted_keys):</source>
        <translation>Los paquetes se firman con su clave. Un quiosco los acepta cuando esta clave pública figura en su configuración (trusted_keys):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have no signing key yet: one is made for you when you publish the first time. If you already have one on another computer, import it.</source>
        <translation>Aún no tiene clave de firma: se crea la primera vez que publique. Si ya tiene una en otro ordenador, impórtela.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key copied.</source>
        <translation>Clave pública copiada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key saved to %1. Keep it secret: whoever has it can sign packs.</source>
        <translation>Clave guardada en %1. Manténgala en secreto: quien la tenga puede firmar paquetes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key imported: packs are now signed with it.</source>
        <translation>Clave importada: los paquetes se firman ahora con ella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the signing key</source>
        <translation>Exportar la clave de firma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a signing key</source>
        <translation>Importar una clave de firma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the key…</source>
        <translation>Exportar la clave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a key…</source>
        <translation>Importar una clave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../../ui/widgets/language_bar.py" line="+75"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the kiosk in this language</source>
        <translation>Mostrar el quiosco en este idioma</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../../studio/text_pane.py" line="+254"/>
        <source>There is no %1 version. Visitors who choose %1 read another language, and the kiosk tells them so.</source>
        <translation>No hay versión en %1. Quienes eligen %1 leen otro idioma, y el quiosco se lo indica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a version in %1</source>
        <translation>Escribir una versión en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of this side</source>
        <translation>Idioma de este lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (Markdown: a blank line starts a paragraph)</source>
        <translation>Texto (Markdown: una línea en blanco inicia un párrafo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our translation, by:</source>
        <translation>Traducción nuestra, por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors then read &quot;Translated by&quot; and this name under the title.</source>
        <translation>Los visitantes leen entonces «Traducido por» y este nombre bajo el título.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of your organisation</source>
        <translation>Nombre de su organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this language version</source>
        <translation>Eliminar esta versión lingüística</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <location filename="../../ui/pages/link_page.py" line="+156"/>
        <source>Scan the code or type this address:</source>
        <translation>Escanee el código o escriba esta dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the address</source>
        <translation>Código QR de la dirección</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <location filename="../../ui/widgets/listen_button.py" line="+92"/>
        <source>Stop reading</source>
        <translation>Detener la lectura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads the title and the text aloud</source>
        <translation>Lee en voz alta el título y el texto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+841"/>
        <location line="+1"/>
        <source>Together against human trafficking</source>
        <translation>Juntos contra la trata de personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True stories, guides and films, available offline</source>
        <translation>Historias reales, guías y películas, disponibles sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Guides, films and support</source>
        <translation>Guías, películas y apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you or someone you know needs help, ask a member of staff.</source>
        <translation>Si usted o alguien que conoce necesita ayuda, hable con un miembro del personal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave this page at once for a neutral screen</source>
        <translation>Salir de inmediato de esta página a una pantalla neutra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the stories</source>
        <translation>Filtrar las historias</translation>
    </message>
</context>
<context>
    <name>MediaPicker</name>
    <message>
        <location filename="../../studio/fields.py" line="+135"/>
        <source>No file</source>
        <translation>Ningún archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (file not found)</source>
        <translation>%1 (archivo no encontrado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../../ui/screens/neutral_screen.py" line="+47"/>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch the screen to continue.</source>
        <translation>Toque la pantalla para continuar.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../studio/window.py" line="+119"/>
        <source>New story</source>
        <translation>Nueva historia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New resource</source>
        <translation>Nuevo recurso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/screens/pin_pad.py" line="+180"/>
        <source>PIN: no digits entered</source>
        <translation>PIN: ningún dígito introducido</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>PIN: %n digit(s) entered</source>
        <translation>
            <numerusform>PIN: %n dígito introducido</numerusform>
            <numerusform>PIN: %n dígitos introducidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No admin PIN is set. Staff can set one on this computer with: kiosk admin set-pin</source>
        <translation>No hay un PIN de administración. El personal puede definirlo en este equipo con: kiosk admin set-pin</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>PositionDots</name>
    <message>
        <location filename="../../ui/widgets/story_carousel.py" line="+203"/>
        <source>Story %1 of %2</source>
        <translation>Historia %1 de %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../studio/preview.py" line="+151"/>
        <source>Preview in the kiosk</source>
        <translation>Vista previa en el quiosco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landscape kiosk, 1920 × 1080</source>
        <translation>Quiosco horizontal, 1920 × 1080</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait stand, 1080 × 1920</source>
        <translation>Tótem vertical, 1080 × 1920</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop or projector, 1366 × 768</source>
        <translation>Portátil o proyector, 1366 × 768</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small laptop, 1280 × 800</source>
        <translation>Portátil pequeño, 1280 × 800</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk opens on your edited content, as visitors will see it. Close its window to come back.</source>
        <translation>El quiosco se abre con su contenido editado, tal como lo verán los visitantes. Cierre su ventana para volver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the preview</source>
        <translation>Abrir la vista previa</translation>
    </message>
</context>
<context>
    <name>PrivacyNote</name>
    <message>
        <location filename="../../ui/screens/privacy_note.py" line="+21"/>
        <source>This kiosk counts only how often pages are opened, per hour. It stores nothing about you.</source>
        <translation>Este quiosco solo cuenta cuántas veces se abren las páginas, por hora. No guarda nada sobre usted.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../studio/publish.py" line="+70"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No pack was written:</source>
        <translation>No se escribió ningún paquete:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Published %1 (%2). Copy it to the kiosks&apos; watched folder or install it there.</source>
        <translation>%1 publicado (%2). Cópielo en la carpeta vigilada de los quioscos o instálelo allí.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where to save the pack</source>
        <translation>Dónde guardar el paquete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish a content pack</source>
        <translation>Publicar un paquete de contenidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save in</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed, for the people who install it</source>
        <translation>Qué cambió, para quienes lo instalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <location filename="../../studio/resource_editor.py" line="+31"/>
        <source>Document (PDF)</source>
        <translation>Documento (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Film</source>
        <translation>Película</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fund (address as QR code)</source>
        <translation>Fondo (dirección como código QR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link (address as QR code)</source>
        <translation>Enlace (dirección como código QR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (QR code)</source>
        <translation>Dirección (código QR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Font Awesome 5 name, e.g. fa5s.first-aid</source>
        <translation>Un nombre de Font Awesome 5, p. ej. fa5s.first-aid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File, %1</source>
        <translation>Archivo, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitles, %1</source>
        <translation>Subtítulos, %1</translation>
    </message>
</context>
<context>
    <name>ResourceHeader</name>
    <message>
        <location filename="../../ui/pages/resource_header.py" line="+141"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language versions of the original named in the sources: %1</source>
        <translation>Versiones lingüísticas del original que citan las fuentes: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sources name no language version of the original.</source>
        <translation>Las fuentes no citan ninguna versión lingüística del original.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/widgets/search_field.py" line="+84"/>
        <location line="+2"/>
        <source>Search stories</source>
        <translation>Buscar historias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <location filename="../../ui/pages/search_results.py" line="+449"/>
        <source>Results for “%1”</source>
        <translation>Resultados de «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stories found for “%1”. Try another word, or browse the topics.</source>
        <translation>No se encontraron historias para «%1». Pruebe con otra palabra o explore los temas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../ui/widgets/stepper.py" line="+89"/>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>StoryCardView</name>
    <message>
        <location filename="../../ui/widgets/story_card.py" line="+213"/>
        <source>Story. Press Enter to read it.</source>
        <translation>Historia. Pulse Intro para leerla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Read the story</source>
        <translation>Leer la historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stories to show.</source>
        <translation>No hay historias que mostrar.</translation>
    </message>
</context>
<context>
    <name>StoryCarousel</name>
    <message>
        <location filename="../../ui/widgets/story_carousel.py" line="+350"/>
        <location line="+2"/>
        <source>Previous story</source>
        <translation>Historia anterior</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Next story</source>
        <translation>Historia siguiente</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../../studio/story_editor.py" line="+278"/>
        <source>No single country</source>
        <translation>Ningún país concreto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The general note</source>
        <translation>El aviso general</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worded for this story (in story.toml)</source>
        <translation>Redactado para esta historia (en story.toml)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>How visitors see it (%1)</source>
        <translation>Lo que ven los visitantes (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source address</source>
        <translation>Dirección de la fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Delicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content note</source>
        <translation>Aviso de contenido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A personal account: visitors see a content note first</source>
        <translation>Un testimonio personal: los visitantes ven primero un aviso de contenido</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <location filename="../../ui/pages/story_page.py" line="+810"/>
        <source>Translated by %1</source>
        <translation>Traducido por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excerpt: only the opening of the news item</source>
        <translation>Extracto: solo el comienzo de la noticia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Source: %1, news item of %2</source>
        <translation>Fuente: %1, noticia del %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published on %1</source>
        <translation>Publicado el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More stories: %1</source>
        <translation>Más historias: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map: %1</source>
        <translation>Mapa: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the stories</source>
        <translation>Volver a las historias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous story</source>
        <translation>Historia anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next story</source>
        <translation>Historia siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related stories</source>
        <translation>Historias relacionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related help</source>
        <translation>Ayuda relacionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story text</source>
        <translation>Texto de la historia</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../../studio/window.py" line="+169"/>
        <source>Open a content folder</source>
        <translation>Abrir una carpeta de contenidos</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>add %1</source>
        <translation>añadir %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>duplicate %1</source>
        <translation>duplicar %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete %1</source>
        <translation>eliminar %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the %1 version</source>
        <translation>eliminar la versión %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New order saved.</source>
        <translation>Nuevo orden guardado.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Problems to fix before publishing: %1</source>
        <translation>Problemas que corregir antes de publicar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems: ready to publish</source>
        <translation>Ningún problema: listo para publicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings: %1</source>
        <translation>Advertencias: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>Fix the problems listed below first</source>
        <translation>Corrija primero los problemas indicados abajo</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The preview needs content without problems:</source>
        <translation>La vista previa necesita contenido sin problemas:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published %1</source>
        <translation>%1 publicado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Content studio — %1</source>
        <translation>Estudio de contenidos — %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a content folder…</source>
        <translation>Abrir una carpeta de contenidos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New story</source>
        <translation>Nueva historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New resource</source>
        <translation>Nuevo recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview in the kiosk…</source>
        <translation>Vista previa en el quiosco…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything again</source>
        <translation>Volver a comprobarlo todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key…</source>
        <translation>Clave de firma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the studio</source>
        <translation>Cerrar el estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a story or a resource on the left, or make a new one. Every change is saved at once in the content folder and checked as you type.</source>
        <translation>Elija una historia o un recurso a la izquierda, o cree uno nuevo. Cada cambio se guarda al instante en la carpeta de contenidos y se comprueba mientras escribe.</translation>
    </message>
</context>
<context>
    <name>TextSizeChoice</name>
    <message>
        <location filename="../../ui/widgets/text_size.py" line="+60"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>Texto más grande aún</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/wording.py" line="+15"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format: d day, M month number, MMMM the month&apos;s name, yyyy the year. Write it in your language&apos;s order, e.g. French &quot;d MMMM yyyy&quot;, Chinese &quot;yyyy年M月d日&quot;.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Published in %1</source>
        <translation>Publicado en %1</translation>
    </message>
</context>
</TS>
