<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../briefer/ui/actions.py" line="53"/>
        <source>Passage aan thema toevoegen</source>
        <translation>Add passage to theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="56"/>
        <source>Passage uitsluiten van thema</source>
        <translation>Exclude passage from theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="59"/>
        <source>Keuze terugzetten naar de regels</source>
        <translation>Leave the choice to the rules again</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="67"/>
        <source>Spreekpunt toevoegen</source>
        <translation>Add talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="74"/>
        <source>Spreekpunt wijzigen</source>
        <translation>Edit talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="79"/>
        <source>Spreekpunt verwijderen</source>
        <translation>Delete talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="86"/>
        <source>Spreekpunten ordenen</source>
        <translation>Reorder talking points</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="92"/>
        <source>Bronnen van spreekpunt</source>
        <translation>Sources of talking point</translation>
    </message>
</context>
<context>
    <name>Briefer</name>
    <message>
        <location filename="../../briefer/ui/application.py" line="32"/>
        <source>Briefer kan niet starten</source>
        <translation>Briefer cannot start</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/undo.py" line="113"/>
        <source>Dit spreekpunt is intussen gewijzigd door %1; uw wijziging is niet opgeslagen. De nieuwe tekst staat nu in de lijst.</source>
        <translation>This talking point was changed meanwhile by %1; your change was not saved. The new text is now in the list.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/undo.py" line="115"/>
        <source>een ander</source>
        <translation>someone else</translation>
    </message>
</context>
<context>
    <name>BriefingItems</name>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="86"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="88"/>
        <source>Passage eerder in de briefing (Ctrl+↑)</source>
        <translation>Move passage up in the briefing (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="90"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="92"/>
        <source>Passage later in de briefing (Ctrl+↓)</source>
        <translation>Move passage down in the briefing (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="95"/>
        <source>Vink uit wat niet in de briefing hoort. %1 = door u toegevoegd.</source>
        <translation>Untick what does not belong in the briefing. %1 = added by you.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="197"/>
        <source>Spreekpunten (%1)</source>
        <translation>Talking points (%1)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="202"/>
        <source>Nog geen spreekpunten.</source>
        <translation>No talking points yet.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="210"/>
        <source>Passages (%1)</source>
        <translation>Passages (%1)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="223"/>
        <source>Door u toegevoegd vanuit de lezer.</source>
        <translation>Added by you from the reader.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="231"/>
        <source>Kies eerst een thema op het tabblad Opbouw.</source>
        <translation>First choose a theme on the Structure tab.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="282"/>
        <source>Spreekpunt opnemen</source>
        <translation>Include talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="282"/>
        <source>Spreekpunt weglaten</source>
        <translation>Leave out talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="287"/>
        <source>Passage opnemen</source>
        <translation>Include passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="287"/>
        <source>Passage weglaten</source>
        <translation>Leave out passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="314"/>
        <source>Passage verplaatsen</source>
        <translation>Move passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="330"/>
        <source>%1 %2 (%3) staat niet bij een gekozen thema.</source>
        <translation>%1 %2 (%3) is not in a chosen theme.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="342"/>
        <source>Opnemen in %1</source>
        <translation>Include in %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="345"/>
        <source>Opnemen in thema</source>
        <translation>Include in theme</translation>
    </message>
</context>
<context>
    <name>BriefingPreview</name>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="69"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="70"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="72"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="72"/>
        <source>Onderwerpen</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="156"/>
        <source>Geen voorbeeld</source>
        <translation>No preview</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="193"/>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="212"/>
        <source>Kies een thema voor de briefing.</source>
        <translation>Choose a theme for the briefing.</translation>
    </message>
</context>
<context>
    <name>BriefingSetup</name>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="67"/>
        <source>Bijvoorbeeld: Bezoek minister aan Beijing</source>
        <translation>For example: Minister's visit to Beijing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="69"/>
        <source>Waarvoor is de briefing?</source>
        <translation>What is the briefing for?</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="75"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="81"/>
        <source>geen rubricering</source>
        <translation>no classification</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="87"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="88"/>
        <source>Aanleiding</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="89"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="90"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="91"/>
        <source>Rubricering</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="95"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="105"/>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="114"/>
        <source>Onderdelen</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="117"/>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="119"/>
        <source>Voorblad</source>
        <translation>Cover page</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="121"/>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="124"/>
        <source>Inhoudsopgave</source>
        <translation>Table of contents</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="188"/>
        <source>Kies een of meer thema's: één thema geeft een briefing.</source>
        <translation>Choose one or more themes: one theme makes a briefing.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="190"/>
        <source>Eén thema: een briefing.</source>
        <translation>One theme: a briefing.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="193"/>
        <source>%1 thema's: een briefingpakket met één voorblad en één inhoudsopgave.</source>
        <translation>%1 themes: a briefing pack with one cover page and one table of contents.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="199"/>
        <source>Kernpunten</source>
        <translation>Key points</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="200"/>
        <source>Achtergrond</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="201"/>
        <source>Eigen notities</source>
        <translation>Own notes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="202"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="237"/>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="238"/>
        <source>Aanleiding wijzigen</source>
        <translation>Change occasion</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="239"/>
        <source>Auteur wijzigen</source>
        <translation>Change author</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="240"/>
        <source>Rubricering wijzigen</source>
        <translation>Change classification</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="247"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="254"/>
        <source>Thema toevoegen</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="262"/>
        <source>Thema weghalen</source>
        <translation>Remove theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="269"/>
        <source>Thema's ordenen</source>
        <translation>Reorder themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="280"/>
        <source>Onderdelen ordenen</source>
        <translation>Reorder parts</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="287"/>
        <source>Onderdelen kiezen</source>
        <translation>Choose parts</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="297"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="299"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="304"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>CitationPicker</name>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="68"/>
        <source>Bronnen van spreekpunt %1</source>
        <translation>Sources of talking point %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="91"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="92"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="96"/>
        <source>Vink de passages aan waarop dit spreekpunt steunt:</source>
        <translation>Tick the passages this talking point rests on:</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="60"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="62"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="65"/>
        <source>Briefing:</source>
        <translation>Briefing:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="73"/>
        <source>Opbouw</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="76"/>
        <source>Passages en spreekpunten</source>
        <translation>Passages and talking points</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="78"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="82"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="122"/>
        <source>Wijzigingen worden meteen bewaard.</source>
        <translation>Changes are saved at once.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="124"/>
        <source>Nog niet opgeslagen.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="135"/>
        <source>Nieuwe briefing</source>
        <translation>New briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="155"/>
        <source>Briefing wijzigen</source>
        <translation>Change briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="172"/>
        <source>Briefing openen</source>
        <translation>Open briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="182"/>
        <source>Briefing opslaan</source>
        <translation>Save briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="186"/>
        <source>Briefing opgeslagen.</source>
        <translation>Briefing saved.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="193"/>
        <location filename="../../briefer/ui/panels/composer.py" line="203"/>
        <source>Briefing verwijderen</source>
        <translation>Delete briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="194"/>
        <source>De briefing „%1” verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete the briefing “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="235"/>
        <location filename="../../briefer/ui/panels/composer.py" line="238"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="24"/>
        <source>De bibliotheek is beschadigd</source>
        <translation>The library is damaged</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="25"/>
        <source>Briefer kan de bibliotheek niet openen: %1.</source>
        <translation>Briefer cannot open the library: %1.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="28"/>
        <source>Er is geen reservekopie van deze bibliotheek.</source>
        <translation>There is no backup of this library.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="34"/>
        <source>Reservekopie van %1 terugzetten</source>
        <translation>Restore the backup of %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="37"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="39"/>
        <source>Het beschadigde bestand wordt niet verwijderd, maar opzij gezet naast de database.</source>
        <translation>The damaged file is not deleted but set aside next to the database.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="47"/>
        <source>Terugzetten mislukt</source>
        <translation>Restoring failed</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="59"/>
        <source>Briefing exporteren</source>
        <translation>Export briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="64"/>
        <source>Briefing „%1”</source>
        <translation>Briefing “%1”</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="64"/>
        <source>Briefingpakket „%1”</source>
        <translation>Briefing pack “%1”</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="70"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="71"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="80"/>
        <source>Eén document</source>
        <translation>One document</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="81"/>
        <source>Een bestand per thema</source>
        <translation>One file per theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="93"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="100"/>
        <source>Formaat</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="102"/>
        <source>Pakket</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="107"/>
        <source>Elk thema krijgt een eigen bestand in deze map.</source>
        <translation>Each theme gets its own file in this folder.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="118"/>
        <source>Bestand openen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="120"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="127"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="130"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="132"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="174"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="174"/>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="200"/>
        <source>Map voor de bestanden</source>
        <translation>Folder for the files</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="204"/>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="206"/>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="209"/>
        <source>Briefing opslaan als</source>
        <translation>Save briefing as</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="235"/>
        <source>Kies eerst waar de briefing moet komen.</source>
        <translation>First choose where the briefing should go.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="240"/>
        <source>Bestand bestaat al</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="241"/>
        <source>%1 bestaat al. Vervangen?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="249"/>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="273"/>
        <source>Bezig met annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="286"/>
        <source>Klaar: %1 bestanden in %2</source>
        <translation>Done: %1 files in %2</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="289"/>
        <source>Klaar. De briefing staat in %1</source>
        <translation>Done. The briefing is in %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="314"/>
        <source>De export was al klaar: %1</source>
        <translation>The export had already finished: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="318"/>
        <source>Export geannuleerd; er is geen bestand geschreven.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="344"/>
        <source>%1 kan niet worden geopend.</source>
        <translation>%1 cannot be opened.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="38"/>
        <source>Brieven importeren</source>
        <translation>Import letters</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="49"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="49"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="58"/>
        <source>wacht…</source>
        <translation>waiting…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="67"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="82"/>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="97"/>
        <source>bezig…</source>
        <translation>working…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="105"/>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="106"/>
        <source>nieuwe versie</source>
        <translation>new version</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="107"/>
        <source>stond er al</source>
        <translation>already there</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="108"/>
        <source>al eerder geïmporteerd</source>
        <translation>imported before</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="110"/>
        <source>%1: %2 pagina's, %3 passages (%4)</source>
        <translation>%1: %2 pages, %3 passages (%4)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="124"/>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="133"/>
        <source>%1 van %2 bestanden geïmporteerd.</source>
        <translation>%1 of %2 files imported.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="136"/>
        <source>%1 niet: zie de reden per bestand.</source>
        <translation>%1 not: see the reason for each file.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="141"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="147"/>
        <source>Annuleren…</source>
        <translation>Cancel…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="73"/>
        <source>Briefer</source>
        <translation>Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="91"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="92"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="124"/>
        <location filename="../../briefer/ui/main_window.py" line="125"/>
        <source>Bibliotheek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="132"/>
        <location filename="../../briefer/ui/main_window.py" line="145"/>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="133"/>
        <source>Nieuw thema…</source>
        <translation>New theme…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="135"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="148"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="165"/>
        <source>Brief &amp;importeren…</source>
        <translation>&amp;Import letter…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="168"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="171"/>
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="175"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="178"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="180"/>
        <source>&amp;Opnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="182"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="184"/>
        <source>&amp;Nieuw thema…</source>
        <translation>&amp;New theme…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="187"/>
        <source>Thema &amp;bewerken…</source>
        <translation>&amp;Edit theme…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="190"/>
        <source>&amp;Standaardthema's herstellen…</source>
        <translation>&amp;Restore default themes…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="192"/>
        <source>&amp;Nieuwe briefing</source>
        <translation>&amp;New briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="193"/>
        <source>&amp;Over Briefer</source>
        <translation>&amp;About Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="196"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="202"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="206"/>
        <source>&amp;Thema's</source>
        <translation>&amp;Themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="210"/>
        <source>B&amp;riefing</source>
        <translation>&amp;Briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="212"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="215"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="223"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="224"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="305"/>
        <source>1 brief in de bibliotheek</source>
        <translation>1 letter in the library</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="307"/>
        <source>%1 brieven in de bibliotheek</source>
        <translation>%1 letters in the library</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="315"/>
        <source>Brieven importeren</source>
        <translation>Import letters</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="317"/>
        <source>Brieven (*.txt *.md *.pdf *.docx);;Alle bestanden (*)</source>
        <translation>Letters (*.txt *.md *.pdf *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="349"/>
        <source>De passage staat in de briefing (gemarkeerd met ★).</source>
        <translation>The passage is in the briefing (marked with ★).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="352"/>
        <source>De passage hoort bij geen van de thema's van de briefing: kies er een.</source>
        <translation>The passage belongs to none of the briefing's themes: choose one.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="356"/>
        <source>Kies eerst de thema's van de briefing; de passage staat klaar.</source>
        <translation>First choose the briefing's themes; the passage is ready.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="378"/>
        <source>Over Briefer</source>
        <translation>About Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="380"/>
        <source>&lt;b&gt;Briefer %1&lt;/b&gt;&lt;p&gt;Briefings voorbereiden uit beleidsbrieven, volledig offline.&lt;/p&gt;&lt;p&gt;Bibliotheek: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Briefer %1&lt;/b&gt;&lt;p&gt;Preparing briefings from policy letters, entirely offline.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="411"/>
        <source>Import loopt nog</source>
        <translation>Import still running</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="412"/>
        <source>Er worden nog brieven geïmporteerd. Afbreken en afsluiten?</source>
        <translation>Letters are still being imported. Stop and quit?</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="91"/>
        <source>Schrijf hier uw notities bij dit thema. Ze worden vanzelf opgeslagen.

Opmaak mag: # kop, - opsomming, **vet**, *cursief*.</source>
        <translation>Write your notes on this theme here. They are saved automatically.

Formatting is allowed: # heading, - list, **bold**, *italic*.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="101"/>
        <source>Versies…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="102"/>
        <source>Eerdere versies van deze notitie bekijken</source>
        <translation>Look at earlier versions of this note</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="170"/>
        <location filename="../../briefer/ui/panels/note_editor.py" line="269"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="189"/>
        <location filename="../../briefer/ui/panels/note_editor.py" line="250"/>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="231"/>
        <source>Deze tekst is nog niet opgeslagen; Briefer probeert het opnieuw.</source>
        <translation>This text has not been saved yet; Briefer will try again.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="316"/>
        <source>Eerdere versie teruggezet om %1</source>
        <translation>Earlier version restored at %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="326"/>
        <source>Notitie van %1, %2</source>
        <translation>Note by %1, %2</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="331"/>
        <source>Opgeslagen om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="334"/>
        <source>Opgeslagen op %1 om %2</source>
        <translation>Saved on %1 at %2</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="56"/>
        <source>Eerdere versies van de notitie</source>
        <translation>Earlier versions of the note</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="69"/>
        <source>1 woord</source>
        <translation>1 word</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="71"/>
        <source>%1 woorden</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="74"/>
        <source>door %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="76"/>
        <source>huidige tekst</source>
        <translation>current text</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="77"/>
        <source>(lege notitie)</source>
        <translation>(empty note)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="79"/>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="99"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="100"/>
        <source>Deze versie terugzetten</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="108"/>
        <source>Elke opgeslagen tekst blijft bewaard. Terugzetten maakt van de gekozen versie de nieuwste; de huidige tekst blijft in deze lijst staan.</source>
        <translation>Every saved text is kept. Restoring makes the chosen version the newest; the current text stays in this list.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="127"/>
        <source>Nog geen versies.</source>
        <translation>No versions yet.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="133"/>
        <source>Versie %1, opgeslagen op %2</source>
        <translation>Version %1, saved on %2</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="139"/>
        <source>Dit is de huidige tekst.</source>
        <translation>This is the current text.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="155"/>
        <source>Terugzetten mislukt</source>
        <translation>Restoring failed</translation>
    </message>
</context>
<context>
    <name>NoteMergeDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="39"/>
        <source>Notitie samenvoegen</source>
        <translation>Merge note</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="41"/>
        <source>een ander</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="44"/>
        <source>%1 heeft deze notitie om %2 ook gewijzigd. Beide teksten staan in de geschiedenis; er is niets verloren. Maak hieronder één tekst van beide.</source>
        <translation>%1 also changed this note at %2. Both texts are in the history; nothing is lost. Make one text of both below.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="56"/>
        <source>Tekst van %1</source>
        <translation>Text by %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="57"/>
        <source>Uw tekst</source>
        <translation>Your text</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="60"/>
        <source>Samengevoegd (dit wordt de notitie):</source>
        <translation>Merged (this becomes the note):</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="66"/>
        <source>Samengevoegde tekst opslaan</source>
        <translation>Save the merged text</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="69"/>
        <source>Mijn tekst houden</source>
        <translation>Keep my text</translation>
    </message>
</context>
<context>
    <name>PassageDelegate</name>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="288"/>
        <source>(buiten een sectie)</source>
        <translation>(outside a section)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="314"/>
        <source>uitgesloten</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="316"/>
        <source>handmatig</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="321"/>
        <source>Uitgesloten — vink aan om weer op te nemen</source>
        <translation>Excluded — tick to include again</translation>
    </message>
</context>
<context>
    <name>PassageInspector</name>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="45"/>
        <source>Kies een passage in de lezer om te zien bij welke thema's ze hoort.</source>
        <translation>Choose a passage in the reader to see which themes it belongs to.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="58"/>
        <source>Toevoegen aan briefing</source>
        <translation>Add to briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="59"/>
        <source>Neem deze passage op in de briefing die u samenstelt</source>
        <translation>Include this passage in the briefing you are composing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="67"/>
        <source>Thema's van de passage</source>
        <translation>Themes of the passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="71"/>
        <source>Thema's (vink aan of uit om zelf te kiezen):</source>
        <translation>Themes (tick or untick to choose yourself):</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="79"/>
        <source>Eigen notitie bij deze passage…</source>
        <translation>Own note on this passage…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="84"/>
        <source>Notitie bij de passage:</source>
        <translation>Note on the passage:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="151"/>
        <source>Geen van de regels van dit thema</source>
        <translation>None of this theme's rules</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="169"/>
        <source>Passage hoort nu bij %1 (Ctrl+Z maakt dit ongedaan)</source>
        <translation>The passage now belongs to %1 (Ctrl+Z undoes this)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="179"/>
        <source>Passage uitgesloten van %1 (Ctrl+Z maakt dit ongedaan)</source>
        <translation>Passage excluded from %1 (Ctrl+Z undoes this)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="197"/>
        <source>Wijzigingen…</source>
        <translation>Changes…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="204"/>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="210"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="215"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>PointDelegate</name>
    <message>
        <location filename="../../briefer/ui/models/points_model.py" line="206"/>
        <source>Nog geen bron gekoppeld</source>
        <translation>No source linked yet</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/points_model.py" line="207"/>
        <source>Bron: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>PointsModel</name>
    <message>
        <location filename="../../briefer/ui/models/points_model.py" line="164"/>
        <source>(vervallen)</source>
        <translation>(superseded)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="36"/>
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="40"/>
        <source>Uw naam, zoals op het voorblad</source>
        <translation>Your name, as on the cover page</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="44"/>
        <source>geen rubricering</source>
        <translation>no classification</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="47"/>
        <source>De map Documenten</source>
        <translation>The Documents folder</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="48"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="55"/>
        <source>De taal wordt bij de volgende start gewijzigd.</source>
        <translation>The language changes the next time Briefer starts.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="61"/>
        <source>Het standaardbestand briefer.sqlite</source>
        <translation>The default file briefer.sqlite</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="64"/>
        <source>Een databasebestand, of een teambibliotheek op een PostgreSQL-server: postgresql+psycopg://gebruiker@server/database. Geldt vanaf de volgende start.</source>
        <translation>A database file, or a team library on a PostgreSQL server: postgresql+psycopg://user@server/database. Takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="74"/>
        <source>&amp;Auteur:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="76"/>
        <source>Standaard&amp;rubricering:</source>
        <translation>Default &amp;classification:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="79"/>
        <source>&amp;Exportmap:</source>
        <translation>&amp;Export folder:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="80"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="82"/>
        <source>&amp;Bibliotheek:</source>
        <translation>&amp;Library:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="87"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="88"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="107"/>
        <source>Exportmap kiezen</source>
        <translation>Choose export folder</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="125"/>
        <source>Voorkeuren niet opgeslagen</source>
        <translation>Preferences not saved</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="126"/>
        <source>De voorkeuren konden niet worden opgeslagen: {reason}</source>
        <translation>The preferences could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../briefer/ui/panels/reader.py" line="124"/>
        <source>Lezer</source>
        <translation>Reader</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="91"/>
        <source>Zoeken in brieven en notities (Ctrl+F)</source>
        <translation>Search letters and notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="95"/>
        <source>Woorden: alle moeten voorkomen. sanctie* zoekt op begin van een woord, "Westelijke Balkan" op een zinsdeel; OF en NIET combineren.</source>
        <translation>Words: all must occur. sanction* searches for the start of a word, "Western Balkans" for a phrase; OR and NOT combine.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="100"/>
        <source>Filter op thema</source>
        <translation>Filter by theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="102"/>
        <source>Filter op brief</source>
        <translation>Filter by letter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="145"/>
        <source>Alle thema's</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="148"/>
        <source>Alle brieven</source>
        <translation>All letters</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="189"/>
        <source>Niets gevonden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="193"/>
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="195"/>
        <source>%1 resultaten</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="199"/>
        <source>Notitie bij %1</source>
        <translation>Note on %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="206"/>
        <source>Notitie bij passage: %1</source>
        <translation>Note on passage: %1</translation>
    </message>
</context>
<context>
    <name>TalkingPointsView</name>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="139"/>
        <source>Nog geen spreekpunten. Typ hieronder het eerste en druk op Enter.</source>
        <translation>No talking points yet. Type the first one below and press Enter.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="145"/>
        <source>Bron koppelen</source>
        <translation>Link source</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="147"/>
        <source>Bronnen…</source>
        <translation>Sources…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="148"/>
        <source>Kies de passages waarop dit spreekpunt steunt</source>
        <translation>Choose the passages this talking point rests on</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="153"/>
        <source>Omhoog (Ctrl+Pijl omhoog)</source>
        <translation>Up (Ctrl+Up arrow)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="158"/>
        <source>Omlaag (Ctrl+Pijl omlaag)</source>
        <translation>Down (Ctrl+Down arrow)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="161"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="162"/>
        <source>Het gekozen spreekpunt verwijderen (Del)</source>
        <translation>Delete the chosen talking point (Del)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="166"/>
        <source>Nieuw spreekpunt…</source>
        <translation>New talking point…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="168"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="280"/>
        <source>Kies boven een passage en hier een spreekpunt om ze te koppelen</source>
        <translation>Choose a passage above and a talking point here to link them</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="282"/>
        <source>Dit spreekpunt noemt %1 al als bron</source>
        <translation>This talking point already cites %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="284"/>
        <source>%1 als bron van dit spreekpunt koppelen</source>
        <translation>Link %1 as a source of this talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="300"/>
        <source>Spreekpunt toegevoegd</source>
        <translation>Talking point added</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="320"/>
        <source>Uw tekst was: %1</source>
        <translation>Your text was: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="335"/>
        <source>Spreekpunt %1 verwijderd (Ctrl+Z maakt dit ongedaan)</source>
        <translation>Talking point %1 deleted (Ctrl+Z undoes this)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="370"/>
        <source>Spreekpunt %1 verwijst nu naar %2</source>
        <translation>Talking point %1 now cites %2</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="234"/>
        <source>uitgesloten</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="236"/>
        <source>handmatig</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="22"/>
        <source>noemt “%1”</source>
        <translation>mentions “%1”</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="26"/>
        <source>onder de kop “%1” (“%2”)</source>
        <translation>under the heading “%1” (“%2”)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="31"/>
        <source>handmatig toegevoegd</source>
        <translation>added by hand</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="33"/>
        <source>handmatig uitgesloten</source>
        <translation>excluded by hand</translation>
    </message>
</context>
<context>
    <name>ThemeEditorDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="39"/>
        <source>Het thema ‘{name}’ verwijderen? Er staan geen notities, spreekpunten of handmatige keuzes op; de passages zelf blijven in de bibliotheek.</source>
        <translation>Delete the theme ‘{name}’? It has no notes, talking points or choices made by hand; the passages themselves stay in the library.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="45"/>
        <source>de notitie bij dit thema (‘{opening}’)</source>
        <translation>the note on this theme (‘{opening}’)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="48"/>
        <source>1 spreekpunt</source>
        <translation>1 talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="50"/>
        <source>{n} spreekpunten</source>
        <translation>{n} talking points</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="54"/>
        <source>1 handmatige keuze voor een passage</source>
        <translation>1 choice made by hand for a passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="56"/>
        <source>{n} handmatige keuzes voor passages</source>
        <translation>{n} choices made by hand for passages</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="60"/>
        <source>Het thema ‘{name}’ verwijderen? Daarmee gaat verloren:

{lost}

Briefer maakt eerst een reservekopie van de bibliotheek.</source>
        <translation>Delete the theme ‘{name}’? This loses:

{lost}

Briefer first makes a backup of the library.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="71"/>
        <source>Standaardthema's herstellen</source>
        <translation>Restore default themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="73"/>
        <source>De meegeleverde thema's krijgen hun oorspronkelijke naam, kleur, beschrijving en regels terug; verwijderde standaardthema's komen terug. De bibliotheek wordt opnieuw getagd.

Uw eigen thema's, notities, spreekpunten en handmatige keuzes blijven staan.</source>
        <translation>The themes that come with Briefer get back their original name, colour, description and rules; deleted default themes come back. The library is tagged again.

Your own themes, notes, talking points and choices made by hand stay.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="88"/>
        <source>Standaardthema's niet hersteld</source>
        <translation>Default themes not restored</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="92"/>
        <source>Hersteld: {names}.</source>
        <translation>Restored: {names}.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_confirm.py" line="94"/>
        <source>De standaardthema's waren al zoals meegeleverd.</source>
        <translation>The default themes were already as they came with Briefer.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="78"/>
        <source>Nieuw thema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="78"/>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="365"/>
        <source>Thema bewerken</source>
        <translation>Edit theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="99"/>
        <source>Kleur kiezen…</source>
        <translation>Choose colour…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="109"/>
        <source>Eén term per regel</source>
        <translation>One term per line</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="113"/>
        <source>Eén term per regel; een term wordt alleen als heel woord gevonden. Een gewoon woord vindt ook de Nederlandse vormen (&lt;i&gt;Rusland&lt;/i&gt; → Ruslands). Een * aan het eind vindt elk woord dat zo begint (&lt;i&gt;Russisch*&lt;/i&gt; → Russische). Meer woorden vormen een woordgroep (&lt;i&gt;Westelijke Balkan&lt;/i&gt;). Tussen aanhalingstekens telt alleen precies die vorm, ook in hoofdletters (&lt;i&gt;"EU"&lt;/i&gt;).</source>
        <translation>One term per line; a term is only found as a whole word. A plain word also finds its Dutch forms (&lt;i&gt;Rusland&lt;/i&gt; → Ruslands). A * at the end finds every word that starts like that (&lt;i&gt;Russisch*&lt;/i&gt; → Russische). Several words make a phrase (&lt;i&gt;Westelijke Balkan&lt;/i&gt;). Between quotation marks only exactly that form counts, capitals included (&lt;i&gt;"EU"&lt;/i&gt;).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="130"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="132"/>
        <source>&amp;Kleur:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="134"/>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="135"/>
        <source>&amp;Regels:</source>
        <translation>&amp;Rules:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="144"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="158"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="160"/>
        <source>Toepassen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="161"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="162"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="216"/>
        <source>Regel {n}: {message}</source>
        <translation>Line {n}: {message}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="237"/>
        <source>Een thema heeft een naam nodig.</source>
        <translation>A theme needs a name.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="239"/>
        <source>Er is al een thema ‘{name}’.</source>
        <translation>There is already a theme ‘{name}’.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="247"/>
        <source>Gebruik een kleur als #RRGGBB.</source>
        <translation>Use a colour such as #RRGGBB.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="280"/>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="302"/>
        <source>Voorbeeld wordt berekend…</source>
        <translation>Working out the preview…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="285"/>
        <source>Geen voorbeeld: verbeter eerst de regels.</source>
        <translation>No preview: correct the rules first.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="290"/>
        <source>Kleur van het thema</source>
        <translation>Colour of the theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="310"/>
        <source>Geen voorbeeld: {message}</source>
        <translation>No preview: {message}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="320"/>
        <source>Nog geen termen.</source>
        <translation>No terms yet.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="322"/>
        <source>Met deze regels: {passages}.</source>
        <translation>With these rules: {passages}.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="325"/>
        <source>Met deze regels: {passages} (nu {current}); {new} nieuw, {dropped} vervallen.</source>
        <translation>With these rules: {passages} (now {current}); {new} new, {dropped} dropped.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="328"/>
        <source>Met deze regels: {passages}, dezelfde als nu.</source>
        <translation>With these rules: {passages}, as now.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="362"/>
        <source>Thema niet opgeslagen</source>
        <translation>Theme not saved</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="368"/>
        <source>Thema ‘{name}’ opgeslagen: {passages}.</source>
        <translation>Theme ‘{name}’ saved: {passages}.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="388"/>
        <source>Thema verwijderen</source>
        <translation>Delete theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="399"/>
        <source>Thema niet verwijderd</source>
        <translation>Theme not deleted</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="401"/>
        <source>Thema ‘{name}’ verwijderd.</source>
        <translation>Theme ‘{name}’ deleted.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_preview.py" line="132"/>
        <source>1 passage</source>
        <translation>1 passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_preview.py" line="132"/>
        <source>{n} passages</source>
        <translation>{n} passages</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_preview.py" line="138"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_preview.py" line="138"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_preview.py" line="139"/>
        <source>Vervalt</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_preview.py" line="140"/>
        <source>Blijft</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_preview.py" line="157"/>
        <source>… en nog {n}.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_preview.py" line="161"/>
        <source>Deze regels vinden geen passages.</source>
        <translation>These rules find no passages.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_preview.py" line="163"/>
        <source>Voer termen in om te zien welke passages het thema krijgt.</source>
        <translation>Enter terms to see which passages the theme gets.</translation>
    </message>
</context>
<context>
    <name>ThemePassagesModel</name>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="111"/>
        <source>opgenomen</source>
        <translation>included</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="111"/>
        <source>uitgesloten</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="138"/>
        <source>Uitgesloten van dit thema.</source>
        <translation>Excluded from this theme.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="140"/>
        <source>Waarom: %1</source>
        <translation>Why: %1</translation>
    </message>
</context>
<context>
    <name>ThemeWorkspace</name>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="108"/>
        <source>Kies links een thema. Hier verschijnen dan alle passages over dat thema, uw notities en uw spreekpunten.</source>
        <translation>Choose a theme on the left. All passages on that theme, your notes and your talking points then appear here.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="152"/>
        <source>Filteren op tekst…</source>
        <translation>Filter by text…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="155"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="173"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="174"/>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="359"/>
        <source>Spreekpunten</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="275"/>
        <source>Passage uitgesloten van %1 (Ctrl+Z maakt dit ongedaan)</source>
        <translation>Passage excluded from %1 (Ctrl+Z undoes this)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="278"/>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="281"/>
        <source>Passage weer opgenomen in %1</source>
        <translation>Passage included in %1 again</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="299"/>
        <source>Openen in de lezer</source>
        <translation>Open in the reader</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="302"/>
        <source>Weer opnemen in dit thema</source>
        <translation>Include in this theme again</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="304"/>
        <source>Uitsluiten van dit thema</source>
        <translation>Exclude from this theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="312"/>
        <source>Koppelen aan spreekpunt %1</source>
        <translation>Link to talking point %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="333"/>
        <source>1 passage</source>
        <translation>1 passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="335"/>
        <source>%1 passages</source>
        <translation>%1 passages</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="338"/>
        <source>%1 uitgesloten</source>
        <translation>%1 excluded</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="344"/>
        <source>Geen passage bevat “%1”.</source>
        <translation>No passage contains “%1”.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="347"/>
        <source>Nog geen passages over dit thema. Pas de termen van het thema aan of neem passages op vanuit de lezer.</source>
        <translation>No passages on this theme yet. Change the theme's terms or include passages from the reader.</translation>
    </message>
</context>
</TS>
