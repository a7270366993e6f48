<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../ui/screens/admin_panel.py" line="+261"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories read</source>
        <translation>Histoires lues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources opened</source>
        <translation>Ressources ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Films played</source>
        <translation>Films lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages chosen</source>
        <translation>Langues choisies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick exits</source>
        <translation>Sorties rapides</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick found. Insert one, then tap Look again.</source>
        <translation>Aucune clé USB trouvée. Insérez-en une, puis touchez « Chercher à nouveau ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Export usage counts</source>
        <translation>Exporter les statistiques d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save to %1.</source>
        <translation>Impossible d&apos;enregistrer dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: line %1 of the settings file is not valid TOML. Fix it first.</source>
        <translation>Non enregistré : la ligne %1 du fichier de réglages n’est pas du TOML valide. Corrigez-la d’abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: the settings file cannot be read. Fix it first.</source>
        <translation>Non enregistré : le fichier de réglages est illisible. Corrigez-le d’abord.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit the program</source>
        <translation>Quitter le programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits per day, last 14 days</source>
        <translation>Visites par jour, 14 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visits counted in the last 14 days.</source>
        <translation>Aucune visite comptée ces 14 derniers jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting is off: the data folder cannot be written. See the log.</source>
        <translation>Le comptage est désactivé : impossible d&apos;écrire dans le dossier de données. Consultez le journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export counts (CSV)…</source>
        <translation>Exporter les statistiques (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Idle time before reset</source>
        <translation>Délai d&apos;inactivité avant réinitialisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems in the settings file (defaults used):</source>
        <translation>Problèmes dans le fichier de réglages (valeurs par défaut utilisées) :</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+160"/>
        <source>Earlier choices</source>
        <translation>Choix précédents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More choices</source>
        <translation>Plus de choix</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../ui/pages/content_note.py" line="+78"/>
        <source>Before you read</source>
        <translation>Avant de lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This story may be upsetting. It contains no images, and you can stop reading at any time.</source>
        <translation>Cette histoire peut être éprouvante. Elle ne contient aucune image, et vous pouvez arrêter la lecture à tout moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Continue to the story</source>
        <translation>Lire l&apos;histoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to the stories</source>
        <translation>Retour aux histoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content note</source>
        <translation>Avertissement sur le contenu</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../ui/screens/admin_content.py" line="+116"/>
        <source>Content: bundled content</source>
        <translation>Contenu : contenu d&apos;origine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content: pack %1, version %2, created %3</source>
        <translation>Contenu : paquet %1, version %2, créé le %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Install a content pack</source>
        <translation>Installer un paquet de contenu</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1, version %2, created %3</source>
        <translation>%1, version %2, créé le %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a readable content pack (file of %1)</source>
        <translation>Pas un paquet de contenu lisible (fichier du %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by a trusted key</source>
        <translation>signé par une clé de confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by a trusted key; allowed by the settings</source>
        <translation>non signé par une clé de confiance ; autorisé par les réglages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by a trusted key: it will be refused</source>
        <translation>non signé par une clé de confiance : il sera refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it will be refused</source>
        <translation>il sera refusé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No content pack (.kpack file) was found. Put one in the watch folder or on a USB stick, insert it, then tap Look again. Looked in: %1</source>
        <translation>Aucun paquet de contenu (fichier .kpack) trouvé. Placez-en un dans le dossier surveillé ou sur une clé USB, insérez-la, puis touchez « Chercher à nouveau ». Emplacements consultés : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no watch folder set, no removable media)</source>
        <translation>(aucun dossier surveillé, aucun support amovible)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content packs (*.kpack)</source>
        <translation>Paquets de contenu (*.kpack)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Pack %1 installed; the kiosk now shows it.</source>
        <translation>Paquet %1 installé ; la borne l&apos;affiche maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack was refused; the content is unchanged:
%1</source>
        <translation>Le paquet a été refusé ; le contenu n&apos;a pas changé :
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled back to the previous content.</source>
        <translation>Retour au contenu précédent effectué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not roll back:
%1</source>
        <translation>Impossible de revenir en arrière :
%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the pack…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpacking and checking every file…</source>
        <translation>Décompression et vérification de chaque fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the content database…</source>
        <translation>Construction de la base de contenu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new content…</source>
        <translation>Passage au nouveau contenu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing a content pack</source>
        <translation>Installation d&apos;un paquet de contenu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install a pack…</source>
        <translation>Installer un paquet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
</context>
<context>
    <name>DesktopMenu</name>
    <message>
        <location filename="../../ui/desktop_menu.py" line="+134"/>
        <source>Content studio</source>
        <translation>Studio de contenu</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+30"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration…</source>
        <translation>Administration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content studio…</source>
        <translation>Studio de contenu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal text</source>
        <translation>Texte normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>Texte le plus grand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>Plus petit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <location filename="../../ui/pages/document_page.py" line="+495"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to page</source>
        <translation>Aller à la page</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This document is not installed on this kiosk. Please ask the staff.</source>
        <translation>Ce document n&apos;est pas installé sur cette borne. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This document cannot be opened: the file is damaged. Please ask the staff.</source>
        <translation>Ce document ne peut pas être ouvert : le fichier est endommagé. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the screen</source>
        <translation>Ajuster la page à l’écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Page width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of pages</source>
        <translation>Afficher la liste des pages</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
        <translation>Zoom : %1</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <location filename="../../ui/screens/error_screen.py" line="+101"/>
        <source>The stories cannot be shown right now</source>
        <translation>Les histoires ne peuvent pas être affichées pour le moment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The content of this kiosk is missing or damaged. Please ask a member of staff to reinstall it.</source>
        <translation>Le contenu de cette borne est manquant ou endommagé. Veuillez demander à un membre du personnel de le réinstaller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awareness kiosk</source>
        <translation>Borne de sensibilisation</translation>
    </message>
</context>
<context>
    <name>FilmPage</name>
    <message>
        <location filename="../../ui/pages/film_page.py" line="+664"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Film language</source>
        <translation>Langue du film</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles:</source>
        <translation>Sous-titres :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location line="-313"/>
        <location line="+314"/>
        <source>Off</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Film in %1</source>
        <extracomment>Over, beside or under a film whose version in the interface language does not exist. %1: the language the film speaks, as said in a sentence (&quot;English&quot;).</extracomment>
        <translation>Film en %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position in the film</source>
        <translation>Position dans le film</translation>
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
        <translation>Reculer de 10 secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward 10 seconds</source>
        <translation>Avancer de 10 secondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound on</source>
        <translation>Activer le son</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This film is not installed on this kiosk. Please ask the staff.</source>
        <translation>Ce film n&apos;est pas installé sur cette borne. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This film cannot be played on this kiosk. Please ask the staff.</source>
        <translation>Ce film ne peut pas être lu sur cette borne. Veuillez vous adresser au personnel.</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+144"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>All stories</source>
        <translation>Toutes les histoires</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <location filename="../../ui/screens/idle_warning.py" line="+73"/>
        <source>The screen will go back to the start in %n second(s).</source>
        <translation>
            <numerusform>L&apos;écran reviendra au début dans %n seconde.</numerusform>
            <numerusform>L&apos;écran reviendra au début dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../studio/item_list.py" line="+120"/>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Search titles in every language</source>
        <translation>Chercher dans les titres, toutes langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <location filename="../../studio/publish.py" line="+130"/>
        <source>Packs are signed with your key. A kiosk accepts them once this public key is in its settings (trusted_keys):</source>
        <translation>Les paquets sont signés avec votre clé. Un kiosque les accepte dès que cette clé publique figure dans ses réglages (trusted_keys) :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have no signing key yet: one is made for you when you publish the first time. If you already have one on another computer, import it.</source>
        <translation>Vous n’avez pas encore de clé de signature : elle est créée lors de votre première publication. Si vous en avez déjà une sur un autre ordinateur, importez-la.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key copied.</source>
        <translation>Clé publique copiée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key saved to %1. Keep it secret: whoever has it can sign packs.</source>
        <translation>Clé enregistrée dans %1. Gardez-la secrète : qui la détient peut signer des paquets.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key imported: packs are now signed with it.</source>
        <translation>Clé importée : les paquets sont désormais signés avec elle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the signing key</source>
        <translation>Exporter la clé de signature</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a signing key</source>
        <translation>Importer une clé de signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the key…</source>
        <translation>Exporter la clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a key…</source>
        <translation>Importer une clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../../ui/widgets/language_bar.py" line="+75"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the kiosk in this language</source>
        <translation>Afficher la borne dans cette langue</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../../studio/text_pane.py" line="+254"/>
        <source>There is no %1 version. Visitors who choose %1 read another language, and the kiosk tells them so.</source>
        <translation>Il n’existe pas de version en %1. Les visiteurs qui choisissent le %1 lisent une autre langue, et le kiosque le leur signale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a version in %1</source>
        <translation>Rédiger une version en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of this side</source>
        <translation>Langue de ce côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (Markdown: a blank line starts a paragraph)</source>
        <translation>Texte (Markdown : une ligne vide commence un paragraphe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our translation, by:</source>
        <translation>Notre traduction, par :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors then read &quot;Translated by&quot; and this name under the title.</source>
        <translation>Les visiteurs lisent alors « Traduit par » et ce nom sous le titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of your organisation</source>
        <translation>Nom de votre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this language version</source>
        <translation>Supprimer cette version linguistique</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <location filename="../../ui/pages/link_page.py" line="+156"/>
        <source>Scan the code or type this address:</source>
        <translation>Scannez le code ou saisissez cette adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the address</source>
        <translation>Code QR de l&apos;adresse</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <location filename="../../ui/widgets/listen_button.py" line="+92"/>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads the title and the text aloud</source>
        <translation>Lit le titre et le texte à voix haute</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+841"/>
        <location line="+1"/>
        <source>Together against human trafficking</source>
        <translation>Ensemble contre la traite des êtres humains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True stories, guides and films, available offline</source>
        <translation>Histoires vraies, guides et films, disponibles hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Guides, films and support</source>
        <translation>Guides, films et soutien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you or someone you know needs help, ask a member of staff.</source>
        <translation>Si vous ou l&apos;un de vos proches avez besoin d&apos;aide, adressez-vous à un membre du personnel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave this page at once for a neutral screen</source>
        <translation>Quitter immédiatement cette page pour un écran neutre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the stories</source>
        <translation>Filtrer les histoires</translation>
    </message>
</context>
<context>
    <name>MediaPicker</name>
    <message>
        <location filename="../../studio/fields.py" line="+135"/>
        <source>No file</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (file not found)</source>
        <translation>%1 (fichier introuvable)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../../ui/screens/neutral_screen.py" line="+47"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch the screen to continue.</source>
        <translation>Touchez l&apos;écran pour continuer.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../studio/window.py" line="+119"/>
        <source>New story</source>
        <translation>Nouvelle histoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/screens/pin_pad.py" line="+180"/>
        <source>PIN: no digits entered</source>
        <translation>PIN : aucun chiffre saisi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>PIN: %n digit(s) entered</source>
        <translation>
            <numerusform>PIN : %n chiffre saisi</numerusform>
            <numerusform>PIN : %n chiffres saisis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>Code PIN incorrect. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No admin PIN is set. Staff can set one on this computer with: kiosk admin set-pin</source>
        <translation>Aucun code PIN d&apos;administration n&apos;est défini. Le personnel peut en définir un sur cet ordinateur avec : kiosk admin set-pin</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>PositionDots</name>
    <message>
        <location filename="../../ui/widgets/story_carousel.py" line="+203"/>
        <source>Story %1 of %2</source>
        <translation>Histoire %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../studio/preview.py" line="+151"/>
        <source>Preview in the kiosk</source>
        <translation>Aperçu dans le kiosque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landscape kiosk, 1920 × 1080</source>
        <translation>Kiosque paysage, 1920 × 1080</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait stand, 1080 × 1920</source>
        <translation>Borne portrait, 1080 × 1920</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop or projector, 1366 × 768</source>
        <translation>Ordinateur portable ou projecteur, 1366 × 768</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small laptop, 1280 × 800</source>
        <translation>Petit portable, 1280 × 800</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kiosk</source>
        <translation>Kiosque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk opens on your edited content, as visitors will see it. Close its window to come back.</source>
        <translation>Le kiosque s’ouvre sur votre contenu modifié, tel que les visiteurs le verront. Fermez sa fenêtre pour revenir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the preview</source>
        <translation>Ouvrir l’aperçu</translation>
    </message>
</context>
<context>
    <name>PrivacyNote</name>
    <message>
        <location filename="../../ui/screens/privacy_note.py" line="+21"/>
        <source>This kiosk counts only how often pages are opened, per hour. It stores nothing about you.</source>
        <translation>Cette borne compte seulement combien de fois les pages sont ouvertes, par heure. Elle n&apos;enregistre rien sur vous.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../studio/publish.py" line="+70"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No pack was written:</source>
        <translation>Aucun paquet n’a été écrit :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Published %1 (%2). Copy it to the kiosks&apos; watched folder or install it there.</source>
        <translation>%1 publié (%2). Copiez-le dans le dossier surveillé des kiosques ou installez-le sur place.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where to save the pack</source>
        <translation>Où enregistrer le paquet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish a content pack</source>
        <translation>Publier un paquet de contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed, for the people who install it</source>
        <translation>Ce qui a changé, pour les personnes qui l’installent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <location filename="../../studio/resource_editor.py" line="+31"/>
        <source>Document (PDF)</source>
        <translation>Document (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fund (address as QR code)</source>
        <translation>Fonds (adresse en code QR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link (address as QR code)</source>
        <translation>Lien (adresse en code QR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (QR code)</source>
        <translation>Adresse (code QR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Font Awesome 5 name, e.g. fa5s.first-aid</source>
        <translation>Un nom Font Awesome 5, par ex. fa5s.first-aid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File, %1</source>
        <translation>Fichier, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitles, %1</source>
        <translation>Sous-titres, %1</translation>
    </message>
</context>
<context>
    <name>ResourceHeader</name>
    <message>
        <location filename="../../ui/pages/resource_header.py" line="+141"/>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language versions of the original named in the sources: %1</source>
        <translation>Versions linguistiques de l’original citées par les sources : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sources name no language version of the original.</source>
        <translation>Les sources ne citent aucune version linguistique de l’original.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/widgets/search_field.py" line="+84"/>
        <location line="+2"/>
        <source>Search stories</source>
        <translation>Rechercher des histoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <location filename="../../ui/pages/search_results.py" line="+449"/>
        <source>Results for “%1”</source>
        <translation>Résultats pour « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stories found for “%1”. Try another word, or browse the topics.</source>
        <translation>Aucune histoire trouvée pour « %1 ». Essayez un autre mot ou parcourez les thèmes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../ui/widgets/stepper.py" line="+89"/>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
</context>
<context>
    <name>StoryCardView</name>
    <message>
        <location filename="../../ui/widgets/story_card.py" line="+213"/>
        <source>Story. Press Enter to read it.</source>
        <translation>Histoire. Appuyez sur Entrée pour la lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Read the story</source>
        <translation>Lire l&apos;histoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stories to show.</source>
        <translation>Aucune histoire à afficher.</translation>
    </message>
</context>
<context>
    <name>StoryCarousel</name>
    <message>
        <location filename="../../ui/widgets/story_carousel.py" line="+350"/>
        <location line="+2"/>
        <source>Previous story</source>
        <translation>Histoire précédente</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Next story</source>
        <translation>Histoire suivante</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../../studio/story_editor.py" line="+278"/>
        <source>No single country</source>
        <translation>Pas un seul pays</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The general note</source>
        <translation>L’avertissement général</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worded for this story (in story.toml)</source>
        <translation>Rédigé pour cette histoire (dans story.toml)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>How visitors see it (%1)</source>
        <translation>Ce que voient les visiteurs (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source address</source>
        <translation>Adresse de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content note</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A personal account: visitors see a content note first</source>
        <translation>Un témoignage personnel : les visiteurs voient d’abord un avertissement</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <location filename="../../ui/pages/story_page.py" line="+810"/>
        <source>Translated by %1</source>
        <translation>Traduit par %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excerpt: only the opening of the news item</source>
        <translation>Extrait : seulement le début de l’article</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Source: %1, news item of %2</source>
        <translation>Source : %1, article d’actualité du %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original: %1</source>
        <translation>Original : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published on %1</source>
        <translation>Publié le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More stories: %1</source>
        <translation>Autres histoires : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map: %1</source>
        <translation>Carte : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the stories</source>
        <translation>Retour aux histoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous story</source>
        <translation>Histoire précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next story</source>
        <translation>Histoire suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related stories</source>
        <translation>Histoires liées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related help</source>
        <translation>Aide liée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story text</source>
        <translation>Texte de l&apos;histoire</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../../studio/window.py" line="+169"/>
        <source>Open a content folder</source>
        <translation>Ouvrir un dossier de contenu</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>duplicate %1</source>
        <translation>dupliquer %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the %1 version</source>
        <translation>supprimer la version %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New order saved.</source>
        <translation>Nouvel ordre enregistré.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Problems to fix before publishing: %1</source>
        <translation>Problèmes à corriger avant de publier : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems: ready to publish</source>
        <translation>Aucun problème : prêt à publier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings: %1</source>
        <translation>Avertissements : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>Fix the problems listed below first</source>
        <translation>Corrigez d’abord les problèmes listés ci-dessous</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The preview needs content without problems:</source>
        <translation>L’aperçu demande un contenu sans problème :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published %1</source>
        <translation>%1 publié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Content studio — %1</source>
        <translation>Studio de contenu — %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a content folder…</source>
        <translation>Ouvrir un dossier de contenu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New story</source>
        <translation>Nouvelle histoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview in the kiosk…</source>
        <translation>Aperçu dans le kiosque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything again</source>
        <translation>Tout revérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key…</source>
        <translation>Clé de signature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the studio</source>
        <translation>Fermer le studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a story or a resource on the left, or make a new one. Every change is saved at once in the content folder and checked as you type.</source>
        <translation>Choisissez une histoire ou une ressource à gauche, ou créez-en une. Chaque modification est enregistrée aussitôt dans le dossier de contenu et vérifiée pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>TextSizeChoice</name>
    <message>
        <location filename="../../ui/widgets/text_size.py" line="+60"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal text</source>
        <translation>Texte normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>Texte le plus grand</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/wording.py" line="+15"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format: d day, M month number, MMMM the month&apos;s name, yyyy the year. Write it in your language&apos;s order, e.g. French &quot;d MMMM yyyy&quot;, Chinese &quot;yyyy年M月d日&quot;.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Published in %1</source>
        <translation>Publié en %1</translation>
    </message>
</context>
</TS>
