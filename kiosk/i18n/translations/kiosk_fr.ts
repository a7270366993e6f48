<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdminPanel</name>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Stories read</source>
        <translation>Histoires lues</translation>
    </message>
    <message>
        <source>Resources opened</source>
        <translation>Ressources ouvertes</translation>
    </message>
    <message>
        <source>Films played</source>
        <translation>Films lus</translation>
    </message>
    <message>
        <source>Languages chosen</source>
        <translation>Langues choisies</translation>
    </message>
    <message>
        <source>Quick exits</source>
        <translation>Sorties rapides</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No USB stick found. Insert one, then tap Look again.</source>
        <translation>Aucune clé USB trouvée. Insérez-en une, puis touchez « Chercher à nouveau ».</translation>
    </message>
    <message>
        <source>Export usage counts</source>
        <translation>Exporter les statistiques d&apos;utilisation</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save to %1.</source>
        <translation>Impossible d&apos;enregistrer dans %1.</translation>
    </message>
    <message>
        <source>Not saved: line %1 of the settings file is not valid TOML. Fix it first.</source>
        <translation>Non enregistré : la ligne %1 du fichier de réglages n’est pas du TOML valide. Corrigez-la d’abord.</translation>
    </message>
    <message>
        <source>Not saved: the settings file cannot be read. Fix it first.</source>
        <translation>Non enregistré : le fichier de réglages est illisible. Corrigez-le d’abord.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>Quitter le programme</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Visits per day, last 14 days</source>
        <translation>Visites par jour, 14 derniers jours</translation>
    </message>
    <message>
        <source>Counting is off: the data folder cannot be written. See the log.</source>
        <translation>Le comptage est désactivé : impossible d&apos;écrire dans le dossier de données. Consultez le journal.</translation>
    </message>
    <message>
        <source>Export counts (CSV)…</source>
        <translation>Exporter les statistiques (CSV)…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>Délai d&apos;inactivité avant réinitialisation</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Problems in the settings file (defaults used):</source>
        <translation>Problèmes dans le fichier de réglages (valeurs par défaut utilisées) :</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <source>Earlier choices</source>
        <translation>Choix précédents</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation>Plus de choix</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <source>Before you read</source>
        <translation>Avant de lire</translation>
    </message>
    <message>
        <source>This story may be upsetting. It contains no images, and you can stop reading at any time.</source>
        <translation>Cette histoire peut être éprouvante. Elle ne contient aucune image, et vous pouvez arrêter la lecture à tout moment.</translation>
    </message>
    <message>
        <source>Continue to the story</source>
        <translation>Lire l&apos;histoire</translation>
    </message>
    <message>
        <source>Back to the stories</source>
        <translation>Retour aux histoires</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Avertissement sur le contenu</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <source>Content: bundled content</source>
        <translation>Contenu : contenu d&apos;origine</translation>
    </message>
    <message>
        <source>Content: pack %1, version %2, created %3</source>
        <translation>Contenu : paquet %1, version %2, créé le %3</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Install a content pack</source>
        <translation>Installer un paquet de contenu</translation>
    </message>
    <message>
        <source>%1, version %2, created %3</source>
        <translation>%1, version %2, créé le %3</translation>
    </message>
    <message>
        <source>Not a readable content pack (file of %1)</source>
        <translation>Pas un paquet de contenu lisible (fichier du %1)</translation>
    </message>
    <message>
        <source>signed by a trusted key</source>
        <translation>signé par une clé de confiance</translation>
    </message>
    <message>
        <source>not signed by a trusted key; allowed by the settings</source>
        <translation>non signé par une clé de confiance ; autorisé par les réglages</translation>
    </message>
    <message>
        <source>not signed by a trusted key: it will be refused</source>
        <translation>non signé par une clé de confiance : il sera refusé</translation>
    </message>
    <message>
        <source>it will be refused</source>
        <translation>il sera refusé</translation>
    </message>
    <message>
        <source>No content pack (.kpack file) was found. Put one in the watch folder or on a USB stick, insert it, then tap Look again. Looked in: %1</source>
        <translation>Aucun paquet de contenu (fichier .kpack) trouvé. Placez-en un dans le dossier surveillé ou sur une clé USB, insérez-la, puis touchez « Chercher à nouveau ». Emplacements consultés : %1</translation>
    </message>
    <message>
        <source>(no watch folder set, no removable media)</source>
        <translation>(aucun dossier surveillé, aucun support amovible)</translation>
    </message>
    <message>
        <source>Content packs (*.kpack)</source>
        <translation>Paquets de contenu (*.kpack)</translation>
    </message>
    <message>
        <source>Pack %1 installed; the kiosk now shows it.</source>
        <translation>Paquet %1 installé ; la borne l&apos;affiche maintenant.</translation>
    </message>
    <message>
        <source>The pack was refused; the content is unchanged:
%1</source>
        <translation>Le paquet a été refusé ; le contenu n&apos;a pas changé :
%1</translation>
    </message>
    <message>
        <source>Rolled back to the previous content.</source>
        <translation>Retour au contenu précédent effectué.</translation>
    </message>
    <message>
        <source>Could not roll back:
%1</source>
        <translation>Impossible de revenir en arrière :
%1</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <source>Unpacking and checking every file…</source>
        <translation>Décompression et vérification de chaque fichier…</translation>
    </message>
    <message>
        <source>Building the content database…</source>
        <translation>Construction de la base de contenu…</translation>
    </message>
    <message>
        <source>Switching to the new content…</source>
        <translation>Passage au nouveau contenu…</translation>
    </message>
    <message>
        <source>Installing a content pack</source>
        <translation>Installation d&apos;un paquet de contenu</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Install a pack…</source>
        <translation>Installer un paquet…</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
</context>
<context>
    <name>DesktopMenu</name>
    <message>
        <source>Content studio</source>
        <translation>Studio de contenu</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>Administration…</translation>
    </message>
    <message>
        <source>Content studio…</source>
        <translation>Studio de contenu…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Aller à la page</translation>
    </message>
    <message>
        <source>This document is not installed on this kiosk. Please ask the staff.</source>
        <translation>Ce document n&apos;est pas installé sur cette borne. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <source>This document cannot be opened: the file is damaged. Please ask the staff.</source>
        <translation>Ce document ne peut pas être ouvert : le fichier est endommagé. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Show the list of pages</source>
        <translation>Afficher la liste des pages</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>The stories cannot be shown right now</source>
        <translation>Les histoires ne peuvent pas être affichées pour le moment</translation>
    </message>
    <message>
        <source>The content of this kiosk is missing or damaged. Please ask a member of staff to reinstall it.</source>
        <translation>Le contenu de cette borne est manquant ou endommagé. Veuillez demander à un membre du personnel de le réinstaller.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Awareness kiosk</source>
        <translation>Borne de sensibilisation</translation>
    </message>
</context>
<context>
    <name>FilmPage</name>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Film language</source>
        <translation>Langue du film</translation>
    </message>
    <message>
        <source>Subtitles:</source>
        <translation>Sous-titres :</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <source>Position in the film</source>
        <translation>Position dans le film</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Reculer de 10 secondes</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Avancer de 10 secondes</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Activer le son</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>This film is not installed on this kiosk. Please ask the staff.</source>
        <translation>Ce film n&apos;est pas installé sur cette borne. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <source>This film cannot be played on this kiosk. Please ask the staff.</source>
        <translation>Ce film ne peut pas être lu sur cette borne. Veuillez vous adresser au personnel.</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>All stories</source>
        <translation>Toutes les histoires</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>The screen will go back to the start in %n second(s).</source>
        <translation>
            <numerusform>L&apos;écran reviendra au début dans %n seconde.</numerusform>
            <numerusform>L&apos;écran reviendra au début dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>Search titles in every language</source>
        <translation>Chercher dans les titres, toutes langues</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <source>Packs are signed with your key. A kiosk accepts them once this public key is in its settings (trusted_keys):</source>
        <translation>Les paquets sont signés avec votre clé. Un kiosque les accepte dès que cette clé publique figure dans ses réglages (trusted_keys) :</translation>
    </message>
    <message>
        <source>You have no signing key yet: one is made for you when you publish the first time. If you already have one on another computer, import it.</source>
        <translation>Vous n’avez pas encore de clé de signature : elle est créée lors de votre première publication. Si vous en avez déjà une sur un autre ordinateur, importez-la.</translation>
    </message>
    <message>
        <source>Public key copied.</source>
        <translation>Clé publique copiée.</translation>
    </message>
    <message>
        <source>Key saved to %1. Keep it secret: whoever has it can sign packs.</source>
        <translation>Clé enregistrée dans %1. Gardez-la secrète : qui la détient peut signer des paquets.</translation>
    </message>
    <message>
        <source>Key imported: packs are now signed with it.</source>
        <translation>Clé importée : les paquets sont désormais signés avec elle.</translation>
    </message>
    <message>
        <source>Export the signing key</source>
        <translation>Exporter la clé de signature</translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation>Importer une clé de signature</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export the key…</source>
        <translation>Exporter la clé…</translation>
    </message>
    <message>
        <source>Import a key…</source>
        <translation>Importer une clé…</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show the kiosk in this language</source>
        <translation>Afficher la borne dans cette langue</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <source>There is no %1 version. Visitors who choose %1 read another language, and the kiosk tells them so.</source>
        <translation>Il n’existe pas de version en %1. Les visiteurs qui choisissent le %1 lisent une autre langue, et le kiosque le leur signale.</translation>
    </message>
    <message>
        <source>Write a version in %1</source>
        <translation>Rédiger une version en %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>Language of this side</source>
        <translation>Langue de ce côté</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text (Markdown: a blank line starts a paragraph)</source>
        <translation>Texte (Markdown : une ligne vide commence un paragraphe)</translation>
    </message>
    <message>
        <source>Our translation, by:</source>
        <translation>Notre traduction, par :</translation>
    </message>
    <message>
        <source>Visitors then read &quot;Translated by&quot; and this name under the title.</source>
        <translation>Les visiteurs lisent alors « Traduit par » et ce nom sous le titre.</translation>
    </message>
    <message>
        <source>Name of your organisation</source>
        <translation>Nom de votre organisation</translation>
    </message>
    <message>
        <source>Delete this language version</source>
        <translation>Supprimer cette version linguistique</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Scan the code or type this address:</source>
        <translation>Scannez le code ou saisissez cette adresse :</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>Code QR de l&apos;adresse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Together against human trafficking</source>
        <extracomment>A closed resource page&apos;s memory goes back to the system this long after it closed. Pause between two languages warmed after the first frame (the visitor comes first).</extracomment>
        <translation>Ensemble contre la traite des êtres humains</translation>
    </message>
    <message>
        <source>True stories, guides and films, available offline</source>
        <translation>Histoires vraies, guides et films, disponibles hors ligne</translation>
    </message>
    <message>
        <source>Guides, films and support</source>
        <translation>Guides, films et soutien</translation>
    </message>
    <message>
        <source>If you or someone you know needs help, ask a member of staff.</source>
        <translation>Si vous ou l&apos;un de vos proches avez besoin d&apos;aide, adressez-vous à un membre du personnel.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Leave this page at once for a neutral screen</source>
        <translation>Quitter immédiatement cette page pour un écran neutre</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <source>Filter the stories</source>
        <translation>Filtrer les histoires</translation>
    </message>
</context>
<context>
    <name>MediaPicker</name>
    <message>
        <source>No file</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1 (fichier introuvable)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Touch the screen to continue.</source>
        <translation>Touchez l&apos;écran pour continuer.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>New story</source>
        <translation>Nouvelle histoire</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Code PIN incorrect. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No admin PIN is set. Staff can set one on this computer with: kiosk admin set-pin</source>
        <translation>Aucun code PIN d&apos;administration n&apos;est défini. Le personnel peut en définir un sur cet ordinateur avec : kiosk admin set-pin</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>PositionDots</name>
    <message>
        <source>Story %1 of %2</source>
        <extracomment>Rows loaded together around a requested row (the next slides come from the cache). The row the carousel shows after a reset (the story the visitor was on). How many loader calls ran (for tests of the lazy loading).</extracomment>
        <translation>Histoire %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview in the kiosk</source>
        <translation>Aperçu dans le kiosque</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Landscape kiosk, 1920 × 1080</source>
        <translation>Kiosque paysage, 1920 × 1080</translation>
    </message>
    <message>
        <source>Portrait stand, 1080 × 1920</source>
        <translation>Borne portrait, 1080 × 1920</translation>
    </message>
    <message>
        <source>Laptop or projector, 1366 × 768</source>
        <translation>Ordinateur portable ou projecteur, 1366 × 768</translation>
    </message>
    <message>
        <source>Small laptop, 1280 × 800</source>
        <translation>Petit portable, 1280 × 800</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosque</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>The kiosk opens on your edited content, as visitors will see it. Close its window to come back.</source>
        <translation>Le kiosque s’ouvre sur votre contenu modifié, tel que les visiteurs le verront. Fermez sa fenêtre pour revenir.</translation>
    </message>
    <message>
        <source>Open the preview</source>
        <translation>Ouvrir l’aperçu</translation>
    </message>
</context>
<context>
    <name>PrivacyNote</name>
    <message>
        <source>This kiosk counts only how often pages are opened, per hour. It stores nothing about you.</source>
        <translation>Cette borne compte seulement combien de fois les pages sont ouvertes, par heure. Elle n&apos;enregistre rien sur vous.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>No pack was written:</source>
        <translation>Aucun paquet n’a été écrit :</translation>
    </message>
    <message>
        <source>Published %1 (%2). Copy it to the kiosks&apos; watched folder or install it there.</source>
        <translation>%1 publié (%2). Copiez-le dans le dossier surveillé des kiosques ou installez-le sur place.</translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation>Où enregistrer le paquet</translation>
    </message>
    <message>
        <source>Publish a content pack</source>
        <translation>Publier un paquet de contenu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>What changed, for the people who install it</source>
        <translation>Ce qui a changé, pour les personnes qui l’installent</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>Document (PDF)</source>
        <translation>Document (PDF)</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Fund (address as QR code)</source>
        <translation>Fonds (adresse en code QR)</translation>
    </message>
    <message>
        <source>Link (address as QR code)</source>
        <translation>Lien (adresse en code QR)</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>Short names for the resource list&apos;s column.</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <source>Address (QR code)</source>
        <translation>Adresse (code QR)</translation>
    </message>
    <message>
        <source>A Font Awesome 5 name, e.g. fa5s.first-aid</source>
        <translation>Un nom Font Awesome 5, par ex. fa5s.first-aid</translation>
    </message>
    <message>
        <source>File, %1</source>
        <translation>Fichier, %1</translation>
    </message>
    <message>
        <source>Subtitles, %1</source>
        <translation>Sous-titres, %1</translation>
    </message>
</context>
<context>
    <name>ResourceHeader</name>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <source>Language versions of the original named in the sources: %1</source>
        <translation>Versions linguistiques de l’original citées par les sources : %1</translation>
    </message>
    <message>
        <source>The sources name no language version of the original.</source>
        <translation>Les sources ne citent aucune version linguistique de l’original.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search stories</source>
        <translation>Rechercher des histoires</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <source>Results for “%1”</source>
        <translation>Résultats pour « %1 »</translation>
    </message>
    <message>
        <source>No stories found for “%1”. Try another word, or browse the topics.</source>
        <translation>Aucune histoire trouvée pour « %1 ». Essayez un autre mot ou parcourez les thèmes.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
</context>
<context>
    <name>StoryCardView</name>
    <message>
        <source>Story. Press Enter to read it.</source>
        <translation>Histoire. Appuyez sur Entrée pour la lire.</translation>
    </message>
    <message>
        <source>Read the story</source>
        <translation>Lire l&apos;histoire</translation>
    </message>
    <message>
        <source>No stories to show.</source>
        <translation>Aucune histoire à afficher.</translation>
    </message>
</context>
<context>
    <name>StoryCarousel</name>
    <message>
        <source>Previous story</source>
        <translation>Histoire précédente</translation>
    </message>
    <message>
        <source>Next story</source>
        <translation>Histoire suivante</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>No single country</source>
        <translation>Pas un seul pays</translation>
    </message>
    <message>
        <source>The general note</source>
        <translation>L’avertissement général</translation>
    </message>
    <message>
        <source>Worded for this story (in story.toml)</source>
        <translation>Rédigé pour cette histoire (dans story.toml)</translation>
    </message>
    <message>
        <source>How visitors see it (%1)</source>
        <translation>Ce que voient les visiteurs (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Adresse de la source</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>A personal account: visitors see a content note first</source>
        <translation>Un témoignage personnel : les visiteurs voient d’abord un avertissement</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Translated by %1</source>
        <extracomment>Story text laid out per step: about 30 ms of work, so that a very long story (which a content editor was warned about) never freezes the interface while it opens. Tags whose stories offer a resource page as related help (tag -&gt; resource id). The reading column holds about this many characters a line (45-75 is comfortable).</extracomment>
        <translation>Traduit par %1</translation>
    </message>
    <message>
        <source>Excerpt: only the opening of the original news item is available here.</source>
        <translation>Extrait : seul le début de l’article d’origine est disponible ici.</translation>
    </message>
    <message>
        <source>Source: %1, news item of %2</source>
        <translation>Source : %1, article d’actualité du %2</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original : %1</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>Publié le %1</translation>
    </message>
    <message>
        <source>More stories: %1</source>
        <translation>Autres histoires : %1</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Carte : %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the stories</source>
        <translation>Retour aux histoires</translation>
    </message>
    <message>
        <source>Previous story</source>
        <translation>Histoire précédente</translation>
    </message>
    <message>
        <source>Next story</source>
        <translation>Histoire suivante</translation>
    </message>
    <message>
        <source>Related stories</source>
        <translation>Histoires liées</translation>
    </message>
    <message>
        <source>Related help</source>
        <translation>Aide liée</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>Texte de l&apos;histoire</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <source>Open a content folder</source>
        <translation>Ouvrir un dossier de contenu</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>dupliquer %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <source>delete the %1 version</source>
        <translation>supprimer la version %1</translation>
    </message>
    <message>
        <source>New order saved.</source>
        <translation>Nouvel ordre enregistré.</translation>
    </message>
    <message>
        <source>Problems to fix before publishing: %1</source>
        <translation>Problèmes à corriger avant de publier : %1</translation>
    </message>
    <message>
        <source>No problems: ready to publish</source>
        <translation>Aucun problème : prêt à publier</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avertissements : %1</translation>
    </message>
    <message>
        <source>Fix the problems listed below first</source>
        <translation>Corrigez d’abord les problèmes listés ci-dessous</translation>
    </message>
    <message>
        <source>The preview needs content without problems:</source>
        <translation>L’aperçu demande un contenu sans problème :</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>%1 publié</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Content studio — %1</source>
        <translation>Studio de contenu — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Open a content folder…</source>
        <translation>Ouvrir un dossier de contenu…</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nouvelle histoire</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Preview in the kiosk…</source>
        <translation>Aperçu dans le kiosque…</translation>
    </message>
    <message>
        <source>Check everything again</source>
        <translation>Tout revérifier</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Signing key…</source>
        <translation>Clé de signature…</translation>
    </message>
    <message>
        <source>Close the studio</source>
        <translation>Fermer le studio</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Choose a story or a resource on the left, or make a new one. Every change is saved at once in the content folder and checked as you type.</source>
        <translation>Choisissez une histoire ou une ressource à gauche, ou créez-en une. Chaque modification est enregistrée aussitôt dans le dossier de contenu et vérifiée pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>English</source>
        <extracomment>Language names as they are said inside a sentence of the interface language.</extracomment>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Published in %1</source>
        <translation>Publié en %1</translation>
    </message>
</context>
</TS>
