<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../briefer/ui/actions.py" line="55"/>
        <source>Passage aan thema toevoegen</source>
        <translation>Add passage to theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="58"/>
        <source>Passage uitsluiten van thema</source>
        <translation>Exclude passage from theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="61"/>
        <source>Keuze terugzetten naar de regels</source>
        <translation>Leave the choice to the rules again</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="78"/>
        <source>Spreekpunt toevoegen</source>
        <translation>Add talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="87"/>
        <source>Spreekpunt wijzigen</source>
        <translation>Edit talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="94"/>
        <source>Soort spreekpunt wijzigen</source>
        <translation>Change kind of talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="113"/>
        <source>Spreekpunt verwijderen</source>
        <translation>Delete talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="122"/>
        <source>Spreekpunten ordenen</source>
        <translation>Reorder talking points</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/actions.py" line="130"/>
        <source>Bronnen van spreekpunt</source>
        <translation>Sources of talking point</translation>
    </message>
</context>
<context>
    <name>Briefer</name>
    <message>
        <location filename="../../briefer/ui/application.py" line="23"/>
        <source>Briefer kan niet starten</source>
        <translation>Briefer cannot start</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/undo.py" line="125"/>
        <source>Dit spreekpunt is intussen gewijzigd door %1; uw wijziging is niet opgeslagen. De nieuwe tekst staat nu in de lijst.</source>
        <translation>This talking point was changed meanwhile by %1; your change was not saved. The new text is now in the list.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/undo.py" line="127"/>
        <source>een ander</source>
        <translation>someone else</translation>
    </message>
</context>
<context>
    <name>BriefingItems</name>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="88"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="90"/>
        <source>Passage eerder in de briefing (Ctrl+↑)</source>
        <translation>Move passage up in the briefing (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="92"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="94"/>
        <source>Passage later in de briefing (Ctrl+↓)</source>
        <translation>Move passage down in the briefing (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="97"/>
        <source>Vink uit wat niet in de briefing hoort. %1 = door u toegevoegd.</source>
        <translation>Untick what does not belong in the briefing. %1 = added by you.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="199"/>
        <source>Spreekpunten (%1)</source>
        <translation>Talking points (%1)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="204"/>
        <source>Nog geen spreekpunten.</source>
        <translation>No talking points yet.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="212"/>
        <source>Passages (%1)</source>
        <translation>Passages (%1)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="225"/>
        <source>Door u toegevoegd vanuit de lezer.</source>
        <translation>Added by you from the reader.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="233"/>
        <source>Kies eerst een thema op het tabblad Opbouw.</source>
        <translation>First choose a theme on the Structure tab.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="288"/>
        <source>Spreekpunt opnemen</source>
        <translation>Include talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="288"/>
        <source>Spreekpunt weglaten</source>
        <translation>Leave out talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="293"/>
        <source>Passage opnemen</source>
        <translation>Include passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="293"/>
        <source>Passage weglaten</source>
        <translation>Leave out passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="320"/>
        <source>Passage verplaatsen</source>
        <translation>Move passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="336"/>
        <source>%1 %2 (%3) staat niet bij een gekozen thema.</source>
        <translation>%1 %2 (%3) is not in a chosen theme.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="348"/>
        <source>Opnemen in %1</source>
        <translation>Include in %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_items.py" line="351"/>
        <source>Opnemen in thema</source>
        <translation>Include in theme</translation>
    </message>
</context>
<context>
    <name>BriefingPreview</name>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="83"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="84"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="86"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="86"/>
        <source>Onderwerpen</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="175"/>
        <source>Geen voorbeeld</source>
        <translation>No preview</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="220"/>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="239"/>
        <source>Kies een thema voor de briefing.</source>
        <translation>Choose a theme for the briefing.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/briefing_preview.py" line="243"/>
        <source>Briefing zonder titel</source>
        <translation>Untitled briefing</translation>
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
        <location filename="../../briefer/ui/panels/composer_setup.py" line="99"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="109"/>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="118"/>
        <source>Vink aan wat erin moet; dubbelklik om een onderdeel te hernoemen.</source>
        <translation>Tick what goes in; double-click a part to rename it.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="125"/>
        <source>Onderdelen</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="133"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="134"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="138"/>
        <source>Taal van de briefing</source>
        <translation>Language of the briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="144"/>
        <source> pagina's per onderwerp</source>
        <translation> pages per topic</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="147"/>
        <source>Doellengte wijzigen</source>
        <translation>Change target length</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="150"/>
        <source>Bijlage met de volledige brontekst</source>
        <translation>Annex with the full source text</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="152"/>
        <source>Bijlage</source>
        <translation>Annex</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="156"/>
        <source>Taal van de export</source>
        <translation>Export language</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="157"/>
        <source>Doellengte</source>
        <translation>Target length</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="159"/>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="161"/>
        <source>Voorblad</source>
        <translation>Cover page</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="163"/>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="166"/>
        <source>Inhoudsopgave</source>
        <translation>Table of contents</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="243"/>
        <source>Kies een of meer thema's: één thema geeft een briefing.</source>
        <translation>Choose one or more themes: one theme makes a briefing.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="245"/>
        <source>Eén thema: een briefing.</source>
        <translation>One theme: a briefing.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="248"/>
        <source>%1 thema's: een briefingpakket met één voorblad en één inhoudsopgave.</source>
        <translation>%1 themes: a briefing pack with one cover page and one table of contents.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="300"/>
        <source>leeg: %1</source>
        <translation>empty: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="301"/>
        <source>Leeg, dus weggelaten: %1</source>
        <translation>Empty, so left out: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="304"/>
        <source>leeg bij %1</source>
        <translation>empty for %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="305"/>
        <source>Weggelaten bij %1: daar is niets voor</source>
        <translation>Left out for %1: nothing there for it</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="338"/>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="339"/>
        <source>Aanleiding wijzigen</source>
        <translation>Change occasion</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="340"/>
        <source>Auteur wijzigen</source>
        <translation>Change author</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="341"/>
        <source>Rubricering wijzigen</source>
        <translation>Change classification</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="348"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="355"/>
        <source>Thema toevoegen</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="363"/>
        <source>Thema weghalen</source>
        <translation>Remove theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="370"/>
        <source>Thema's ordenen</source>
        <translation>Reorder themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="381"/>
        <source>Onderdelen ordenen</source>
        <translation>Reorder parts</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="401"/>
        <source>Onderdeel hernoemen</source>
        <translation>Rename part</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="418"/>
        <source>Onderdelen kiezen</source>
        <translation>Choose parts</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="421"/>
        <source>Vergelijken met</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="431"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="433"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_setup.py" line="438"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ChangeBar</name>
    <message>
        <location filename="../../briefer/ui/panels/change_bar.py" line="27"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/change_bar.py" line="32"/>
        <source>Melding sluiten</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="56"/>
        <source>Eerdere brief</source>
        <translation>Earlier letter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="58"/>
        <source>Latere brief</source>
        <translation>Later letter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="60"/>
        <location filename="../../briefer/ui/panels/changes_view.py" line="66"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="62"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="64"/>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="68"/>
        <source>Lezen…</source>
        <translation>Read…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="69"/>
        <source>De oudere versie lezen (alleen lezen)</source>
        <translation>Read the older version (read-only)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="96"/>
        <source>Eerder</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="96"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="131"/>
        <source>%1 (versie %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="141"/>
        <source>Hele brief</source>
        <translation>Whole letter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="210"/>
        <source>Wijzigingen vergelijkt twee brieven, of twee versies van één brief. De bibliotheek heeft er nog maar één: importeer een tweede brief, of een nieuwe versie van deze (dezelfde kamerstuk, een andere tekst).</source>
        <translation>Changes compares two letters, or two versions of one letter. The library has only one so far: import a second letter, or a new version of this one (the same kamerstuk, another text).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="217"/>
        <source>Kies twee verschillende brieven of versies om te vergelijken.</source>
        <translation>Choose two different letters or versions to compare.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="228"/>
        <source>%1 nieuw, %2 vervallen, %3 gewijzigd</source>
        <translation>%1 new, %2 removed, %3 changed</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="234"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="235"/>
        <source>Vervallen</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="236"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="253"/>
        <source>Geen verschillen.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/changes_view.py" line="276"/>
        <source>(niet in deze brief)</source>
        <translation>(not in this letter)</translation>
    </message>
</context>
<context>
    <name>CheckItemsList</name>
    <message>
        <location filename="../../briefer/ui/dialogs/check_items.py" line="50"/>
        <source>Hoofdstuk</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/check_items.py" line="50"/>
        <source>Sectie</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/check_items.py" line="81"/>
        <source>kolom</source>
        <translation>column</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/check_items.py" line="83"/>
        <location filename="../../briefer/ui/dialogs/check_items.py" line="86"/>
        <source>paginarand</source>
        <translation>page margin</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/check_items.py" line="88"/>
        <source>voetnoot</source>
        <translation>footnote</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/check_items.py" line="90"/>
        <source>gegevens</source>
        <translation>details</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/check_items.py" line="103"/>
        <source>Voetnoot bij de passage erboven</source>
        <translation>Footnote of the passage above</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/check_items.py" line="110"/>
        <source>Weggelaten: geen tekst van de brief</source>
        <translation>Left out: not text of the letter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/check_items.py" line="119"/>
        <source>Weggelaten als kop- of voetregel of paginanummer; is het tekst van de brief, kies dan 'Tekst van de brief'</source>
        <translation>Left out as a running header or footer or page number; if it is text of the letter, choose 'Text of the letter'</translation>
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
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="64"/>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="67"/>
        <source>bijv. Q3 2022, 2022-06-01, voor de zomer, eind 2022</source>
        <translation>e.g. Q3 2022, 2022-06-01, voor de zomer, eind 2022</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="71"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="72"/>
        <source>Termijn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="73"/>
        <source>In de brief</source>
        <translation>In the letter</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="38"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="39"/>
        <source>Termijn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="41"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="42"/>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="45"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="46"/>
        <source>afgedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="47"/>
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="48"/>
        <source>voldaan</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="50"/>
        <source>Verzoek van de Kamer: %1</source>
        <translation>Request of the House: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="51"/>
        <source>Elders toegezegd: %1</source>
        <translation>Promised elsewhere: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="52"/>
        <source>niet genoemd</source>
        <translation>not named</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_model.py" line="53"/>
        <source>geen termijn</source>
        <translation>no due date</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="96"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="98"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="102"/>
        <source>Elke status</source>
        <translation>Any state</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="103"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="104"/>
        <source>Verlopen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="105"/>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="180"/>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="379"/>
        <source>Afgedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="106"/>
        <source>Voldaan</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="110"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="112"/>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="113"/>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="114"/>
        <source>Verzoeken van de Kamer</source>
        <translation>Requests of the House</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="115"/>
        <source>Elders toegezegd, voldaan</source>
        <translation>Promised elsewhere, met</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="119"/>
        <source>Termijn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="121"/>
        <source>Elke termijn</source>
        <translation>Any due date</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="122"/>
        <source>Binnen 3 maanden</source>
        <translation>Within 3 months</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="123"/>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="124"/>
        <source>Zonder termijn</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="182"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="184"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="186"/>
        <source>Toon in brief</source>
        <translation>Show in letter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="188"/>
        <source>Toon wat voldoet</source>
        <translation>Show what meets it</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="189"/>
        <source>De zin van de brief die zegt dat dit is voldaan</source>
        <translation>The letter's sentence saying this is met</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="191"/>
        <source>Niet voldaan</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="194"/>
        <source>Deze brief voldoet er niet aan: de toezegging is weer open (ongedaan te maken)</source>
        <translation>This letter does not meet it: the commitment is open again (can be undone)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="198"/>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="200"/>
        <source>Een toezegging in de passage die in de lezer is gekozen</source>
        <translation>A commitment in the passage chosen in the reader</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="241"/>
        <source>Alle thema's</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="245"/>
        <source>Alle brieven</source>
        <translation>All letters</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="295"/>
        <source>1 toezegging</source>
        <translation>1 commitment</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="297"/>
        <source>%1 toezeggingen</source>
        <translation>%1 commitments</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="300"/>
        <source>%1 verlopen</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="303"/>
        <source>%1 voldaan</source>
        <translation>%1 met</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="375"/>
        <source>Kies een toezegging om de zin uit de brief te zien.</source>
        <translation>Choose a commitment to see its sentence in the letter.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="379"/>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="385"/>
        <source>Voldaan door %1: “%2”</source>
        <translation>Met by %1: “%2”</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="391"/>
        <source>Voldoet aan: %1 (%2, p. %3)</source>
        <translation>Meets: %1 (%2, p. %3)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="409"/>
        <source>Toezegging verwijderd: %1</source>
        <translation>Commitment deleted: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="421"/>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="429"/>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="440"/>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="430"/>
        <source>Kies eerst in de lezer de passage waarin de toezegging staat.</source>
        <translation>First choose, in the reader, the passage that holds the commitment.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/commitments_view.py" line="450"/>
        <source>Niet voldaan: %1 (Ctrl+Z maakt het ongedaan)</source>
        <translation>Not met: %1 (Ctrl+Z undoes it)</translation>
    </message>
</context>
<context>
    <name>ComparisonPicker</name>
    <message>
        <location filename="../../briefer/ui/panels/composer_changes.py" line="67"/>
        <source>Vergelijken met</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_changes.py" line="73"/>
        <source>'Wat is er veranderd' zet de nieuwste brief naast deze brief of versie.</source>
        <translation>'What has changed' sets the newest letter beside this letter or version.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_changes.py" line="75"/>
        <source>&amp;Vergelijken met</source>
        <translation>&amp;Compare with</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_changes.py" line="106"/>
        <source>%1 (versie %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_changes.py" line="110"/>
        <source>Automatisch</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer_changes.py" line="125"/>
        <source>(brief niet meer in de bibliotheek)</source>
        <translation>(letter no longer in the library)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="68"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="70"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="72"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="73"/>
        <source>Een opgeslagen briefing openen, of een nieuwe beginnen</source>
        <translation>Open a saved briefing, or start a new one</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="82"/>
        <source>Opbouw</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="85"/>
        <source>Passages en spreekpunten</source>
        <translation>Passages and talking points</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="88"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="95"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="142"/>
        <source>Wijzigingen worden meteen bewaard.</source>
        <translation>Changes are saved at once.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="144"/>
        <source>Nog niet opgeslagen.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="164"/>
        <source>Nieuwe briefing</source>
        <translation>New briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="185"/>
        <source>Geschatte lengte: %1 pagina (doel: %2).</source>
        <translation>Estimated length: %1 page (target: %2).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="187"/>
        <source>Geschatte lengte: %1 pagina's (doel: %2).</source>
        <translation>Estimated length: %1 pages (target: %2).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="191"/>
        <source>Langer dan het doel: kort in of laat onderdelen weg.</source>
        <translation>Longer than the target: shorten it or leave parts out.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="196"/>
        <source>Let op bij PDF: %1</source>
        <translation>Note for PDF: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="213"/>
        <source>Briefing wijzigen</source>
        <translation>Change briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="234"/>
        <source>Briefing openen</source>
        <translation>Open briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="251"/>
        <source>Briefing opslaan</source>
        <translation>Save briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="260"/>
        <source>Briefing opgeslagen.</source>
        <translation>Briefing saved.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="267"/>
        <location filename="../../briefer/ui/panels/composer.py" line="277"/>
        <source>Briefing verwijderen</source>
        <translation>Delete briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="268"/>
        <source>De briefing „%1” verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete the briefing “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="317"/>
        <source>Iemand anders heeft deze briefing verwijderd; wat u ziet is niet opgeslagen.</source>
        <translation>Someone else deleted this briefing; what you see is not saved.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="330"/>
        <source>Iemand anders</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="333"/>
        <source>%1 heeft deze briefing gewijzigd.</source>
        <translation>%1 changed this briefing.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="339"/>
        <source>%1 heeft deze briefing gewijzigd; de nieuwe stand wordt getoond.</source>
        <translation>%1 changed this briefing; it is shown as it is now.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/composer.py" line="374"/>
        <location filename="../../briefer/ui/panels/composer.py" line="377"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="39"/>
        <source>De bibliotheek ontbreekt</source>
        <translation>The library is missing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="40"/>
        <source>Het bibliotheekbestand is er niet meer, maar er zijn reservekopieën van.</source>
        <translation>The library file is gone, but there are backups of it.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="42"/>
        <source>De bibliotheek is beschadigd</source>
        <translation>The library is damaged</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="43"/>
        <source>Briefer kan de bibliotheek niet openen: %1.</source>
        <translation>Briefer cannot open the library: %1.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="46"/>
        <source>Er is geen reservekopie van deze bibliotheek.</source>
        <translation>There is no backup of this library.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="52"/>
        <source>Reservekopie van %1 terugzetten</source>
        <translation>Restore the backup of %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="57"/>
        <source>Nieuwe, lege bibliotheek</source>
        <translation>New, empty library</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="58"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="60"/>
        <source>De reservekopieën blijven bewaard.</source>
        <translation>The backups are kept.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="63"/>
        <source>Het beschadigde bestand wordt niet verwijderd, maar opzij gezet naast de database.</source>
        <translation>The damaged file is not deleted but set aside next to the database.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="75"/>
        <source>Terugzetten mislukt</source>
        <translation>Restoring failed</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="87"/>
        <source>Eén notitieversie van na de reservekopie is teruggezet.</source>
        <translation>One note version saved after the backup was put back.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="89"/>
        <source>%1 notitieversies van na de reservekopie zijn teruggezet (%2 notities).</source>
        <translation>%1 note versions saved after the backup were put back (%2 notes).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="95"/>
        <source>Eén notitie hoorde bij een brief die na de reservekopie kwam; de tekst staat in %2.</source>
        <translation>One note belonged to a letter that came after the backup; its text is in %2.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="100"/>
        <source>%1 notities hoorden bij een brief die na de reservekopie kwam; hun tekst staat in %2.</source>
        <translation>%1 notes belonged to a letter that came after the backup; their text is in %2.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/damaged_database.py" line="107"/>
        <source>Bibliotheek teruggezet</source>
        <translation>Library restored</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="61"/>
        <source>Briefing exporteren</source>
        <translation>Export briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="66"/>
        <source>Briefing „%1”</source>
        <translation>Briefing “%1”</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="66"/>
        <source>Briefingpakket „%1”</source>
        <translation>Briefing pack “%1”</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="72"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="73"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="83"/>
        <source>Eén document</source>
        <translation>One document</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="84"/>
        <source>Een bestand per thema</source>
        <translation>One file per theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="96"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="103"/>
        <source>Formaat</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="105"/>
        <source>Pakket</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="110"/>
        <source>Elk thema krijgt een eigen bestand in deze map.</source>
        <translation>Each theme gets its own file in this folder.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="121"/>
        <source>Bestand openen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="123"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="130"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="133"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="135"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="177"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="177"/>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="204"/>
        <source>Map voor de bestanden</source>
        <translation>Folder for the files</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="207"/>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="209"/>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="211"/>
        <source>Briefing opslaan als</source>
        <translation>Save briefing as</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="236"/>
        <source>Kies eerst waar de briefing moet komen.</source>
        <translation>First choose where the briefing should go.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="241"/>
        <source>Bestand bestaat al</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="242"/>
        <source>%1 bestaat al. Vervangen?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="250"/>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="274"/>
        <source>Bezig met annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="288"/>
        <source>Klaar: %1 bestanden in %2</source>
        <translation>Done: %1 files in %2</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="291"/>
        <source>Klaar. De briefing staat in %1</source>
        <translation>Done. The briefing is in %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="316"/>
        <source>De export was al klaar: %1</source>
        <translation>The export had already finished: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="320"/>
        <source>Export geannuleerd; er is geen bestand geschreven.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/export_dialog.py" line="353"/>
        <source>%1 kan niet worden geopend.</source>
        <translation>%1 cannot be opened.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="50"/>
        <source>&lt;b&gt;Lezen.&lt;/b&gt; Links staan de brieven van de bibliotheek; kies er een en lees hem in het midden. Elke passage draagt de merktekens van haar thema's.</source>
        <translation>&lt;b&gt;Reading.&lt;/b&gt; On the left are the letters of the library; choose one and read it in the middle. Every passage carries the marks of its themes.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="54"/>
        <source>&lt;b&gt;Een thema.&lt;/b&gt; Kies links onder Thema's een thema: rechts staan dan alle passages erover uit alle brieven, uw notities en uw spreekpunten.</source>
        <translation>&lt;b&gt;A theme.&lt;/b&gt; Choose a theme under Themes on the left: on the right you then see every passage on it from all letters, your notes and your talking points.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="58"/>
        <source>&lt;b&gt;Een passage.&lt;/b&gt; Klik een passage in de lezer: eronder ziet u waarom ze bij elk thema hoort, vinkt u zelf thema's aan of uit en schrijft u er een notitie bij.</source>
        <translation>&lt;b&gt;A passage.&lt;/b&gt; Click a passage in the reader: beneath it you see why it belongs to each theme, tick themes on or off yourself and write a note on it.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="62"/>
        <source>&lt;b&gt;Een briefing.&lt;/b&gt; Kies rechts Briefing, voeg een of meer thema's toe en kies de onderdelen; het voorbeeld toont de briefing zoals hij wordt. Ctrl+E exporteert naar Word of PDF, Ctrl+P drukt af.</source>
        <translation>&lt;b&gt;A briefing.&lt;/b&gt; Choose Briefing on the right, add one or more themes and choose the parts; the preview shows the briefing as it will be. Ctrl+E exports to Word or PDF, Ctrl+P prints.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="67"/>
        <source>&lt;b&gt;Een nieuwe brief.&lt;/b&gt; Ctrl+O importeert PDF-, Word- en tekstbestanden (of sleep ze op het venster). Bestand › Inlezing controleren toont wat Briefer ervan las, en daar verbetert u het.</source>
        <translation>&lt;b&gt;A new letter.&lt;/b&gt; Ctrl+O imports PDF, Word and text files (or drop them on the window). File › Check reading shows what Briefer read, and there you correct it.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="90"/>
        <source>&amp;Snel aan de slag</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="93"/>
        <source>Snel aan de slag</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="95"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="97"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="99"/>
        <source>&amp;Over Briefer</source>
        <translation>&amp;About Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="104"/>
        <source>Over Briefer</source>
        <translation>About Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/help_menu.py" line="106"/>
        <source>&lt;b&gt;Briefer %1&lt;/b&gt;&lt;p&gt;Briefings voorbereiden uit beleidsbrieven, volledig offline.&lt;/p&gt;&lt;p&gt;Bibliotheek: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Briefer %1&lt;/b&gt;&lt;p&gt;Preparing briefings from policy letters, entirely offline.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportCheckDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="80"/>
        <source>◀ Vorige pagina</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="81"/>
        <source>Volgende pagina ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="91"/>
        <source>Origineel</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="99"/>
        <source>Hoofdstuk</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="100"/>
        <source>Sectie</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="101"/>
        <source>Geen kop</source>
        <translation>Not a heading</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="102"/>
        <source>Samenvoegen met volgende</source>
        <translation>Merge with next</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="103"/>
        <source>Splitsen…</source>
        <translation>Split…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="104"/>
        <source>Tekst van de brief</source>
        <translation>Text of the letter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="106"/>
        <source>Deze grijze regel is geen kop- of voetregel maar tekst van de brief</source>
        <translation>This greyed line is no running header or footer but text of the letter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="129"/>
        <source>Gegevens opslaan</source>
        <translation>Save details</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="131"/>
        <source>Opnieuw inlezen</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="132"/>
        <source>Het bestand opnieuw lezen; uw correcties blijven</source>
        <translation>Read the file again; your fixes stay</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="134"/>
        <source>Correcties wissen…</source>
        <translation>Clear fixes…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="136"/>
        <source>Alle correcties van deze brief wissen en het bestand opnieuw lezen</source>
        <translation>Clear all fixes of this letter and read the file again</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="158"/>
        <source>Zoals Briefer het las</source>
        <translation>As Briefer read it</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="159"/>
        <source>Gegevens van de brief</source>
        <translation>Letter details</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="187"/>
        <source>Inlezing controleren: %1</source>
        <translation>Check reading: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="189"/>
        <source>%1 correcties bewaard</source>
        <translation>%1 fixes kept</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="193"/>
        <source>Links het origineel, rechts wat Briefer ervan maakte. Grijs is weggelaten (briefhoofd, kolom, kop- en voetregels, aanhef, ondertekening).</source>
        <translation>On the left the original, on the right what Briefer made of it. Grey was left out (letterhead, side column, running headers and footers, salutation, signature).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="222"/>
        <source>Van een tekstbestand bewaart Briefer geen kopie; rechts staat wat is ingelezen.</source>
        <translation>Briefer keeps no copy of a text file; on the right is what was read.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="235"/>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="292"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="310"/>
        <source>Kop gemaakt.</source>
        <translation>Heading made.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="315"/>
        <source>De kop is nu een passage.</source>
        <translation>The heading is now a passage.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="322"/>
        <source>De regel hoort nu bij de tekst van de brief.</source>
        <translation>The line is now part of the letter's text.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="327"/>
        <source>Passages samengevoegd.</source>
        <translation>Passages merged.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="336"/>
        <source>Deze passage heeft maar één zin.</source>
        <translation>This passage has only one sentence.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="340"/>
        <source>Passage splitsen</source>
        <translation>Split passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="340"/>
        <source>Splitsen na de zin:</source>
        <translation>Split after the sentence:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="344"/>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="355"/>
        <source>Passage gesplitst.</source>
        <translation>Passage split.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="362"/>
        <source>Geen gewijzigde gegevens.</source>
        <translation>No details changed.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="368"/>
        <source>Gegevens opgeslagen.</source>
        <translation>Details saved.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="377"/>
        <source>Opnieuw ingelezen; uw correcties zijn weer toegepast.</source>
        <translation>Read again; your fixes were applied again.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="385"/>
        <source>Correcties wissen</source>
        <translation>Clear fixes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="387"/>
        <source>Alle correcties van deze brief wissen en het bestand lezen zoals Briefer het zelf leest? Uw notities en thema-keuzes blijven.</source>
        <translation>Clear all fixes of this letter and read the file as Briefer reads it itself? Your notes and theme choices stay.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_check.py" line="399"/>
        <source>Correcties gewist; de brief is opnieuw ingelezen.</source>
        <translation>Fixes cleared; the letter was read again.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="42"/>
        <source>Brieven importeren</source>
        <translation>Import letters</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="55"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="55"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="64"/>
        <source>wacht…</source>
        <translation>waiting…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="73"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="89"/>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="109"/>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="166"/>
        <source>bezig…</source>
        <translation>working…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="120"/>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="121"/>
        <source>nieuwe versie</source>
        <translation>new version</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="122"/>
        <source>stond er al</source>
        <translation>already there</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="123"/>
        <source>al eerder geïmporteerd</source>
        <translation>imported before</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="125"/>
        <source>%1: %2 pagina's, %3 passages (%4)</source>
        <translation>%1: %2 pages, %3 passages (%4)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="150"/>
        <source>%1 van %2 brieven · %3 brieven per seconde</source>
        <translation>%1 of %2 letters · %3 letters per second</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="157"/>
        <source>nog %1 s</source>
        <translation>%1 s left</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="159"/>
        <source>nog %1 min</source>
        <translation>%1 min left</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="173"/>
        <source>geannuleerd, niet opgeslagen</source>
        <translation>cancelled, not stored</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="179"/>
        <source>niet opgeslagen</source>
        <translation>not stored</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="189"/>
        <source>%1 van %2 bestanden geïmporteerd.</source>
        <translation>%1 of %2 files imported.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="192"/>
        <source>%1 niet: zie de reden per bestand.</source>
        <translation>%1 not: see the reason for each file.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="200"/>
        <source>Inlezing controleren…</source>
        <translation>Check reading…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="206"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/import_dialog.py" line="222"/>
        <source>Annuleren…</source>
        <translation>Cancel…</translation>
    </message>
</context>
<context>
    <name>IntelligenceActions</name>
    <message>
        <location filename="../../briefer/ui/intelligence_actions.py" line="107"/>
        <source>Toezegging toevoegen</source>
        <translation>Add commitment</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/intelligence_actions.py" line="111"/>
        <source>Toezegging afdoen</source>
        <translation>Mark commitment done</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/intelligence_actions.py" line="111"/>
        <source>Toezegging heropenen</source>
        <translation>Reopen commitment</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/intelligence_actions.py" line="116"/>
        <source>Toezegging verwijderen</source>
        <translation>Delete commitment</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/intelligence_actions.py" line="124"/>
        <source>Toezegging wijzigen</source>
        <translation>Edit commitment</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/intelligence_actions.py" line="133"/>
        <source>Niet voldaan door deze brief</source>
        <translation>Not met by this letter</translation>
    </message>
</context>
<context>
    <name>KindTexts</name>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="29"/>
        <source>Kamerbrief</source>
        <translation>Letter to parliament</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="30"/>
        <source>Motie</source>
        <translation>Motion</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="31"/>
        <source>Kamervragen</source>
        <translation>Parliamentary questions</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="32"/>
        <source>BNC-fiche</source>
        <translation>BNC fact sheet</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="33"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="41"/>
        <source>Een brief van de regering aan de Tweede Kamer</source>
        <translation>A letter from the government to the House of Representatives</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="42"/>
        <source>Een motie: overwegingen, een verzoek aan de regering en de indieners</source>
        <translation>A motion: its considerations, a request to the government and its sponsors</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="43"/>
        <source>Schriftelijke vragen van Kamerleden met de antwoorden van de regering</source>
        <translation>Written questions of members of parliament with the government's answers</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="44"/>
        <source>Een BNC-fiche: het oordeel van het kabinet over een nieuw EU-voorstel</source>
        <translation>A BNC fact sheet: the cabinet's assessment of a new EU proposal</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="45"/>
        <source>Een document van een andere soort, gelezen als gewone tekst</source>
        <translation>A document of another kind, read as plain text</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="53"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="53"/>
        <source>Vraag %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="55"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="55"/>
        <source>Antwoord %1</source>
        <translation>Answer %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="57"/>
        <source>Overweging</source>
        <translation>Consideration</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="59"/>
        <source>Verzoek (dictum)</source>
        <translation>Request (operative part)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/kind_texts.py" line="61"/>
        <source>Nederlandse positie</source>
        <translation>Netherlands position</translation>
    </message>
</context>
<context>
    <name>LetterDetailsBox</name>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="17"/>
        <source>Gegevens van de brief</source>
        <translation>Letter details</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="34"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="35"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="36"/>
        <source>Kamerstuk</source>
        <translation>Parliamentary paper</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="37"/>
        <source>Vergaderjaar</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="38"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="39"/>
        <source>Ministerie</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="40"/>
        <source>Directie</source>
        <translation>Directorate</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="41"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="42"/>
        <source>Ondertekenaar</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="43"/>
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/letter_details.py" line="51"/>
        <source>bijv. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="110"/>
        <source>Briefer</source>
        <translation>Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="132"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="137"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="138"/>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="139"/>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="260"/>
        <location filename="../../briefer/ui/main_window.py" line="261"/>
        <source>Bibliotheek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="268"/>
        <location filename="../../briefer/ui/main_window.py" line="281"/>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="269"/>
        <source>Nieuw thema…</source>
        <translation>New theme…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="271"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="284"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="373"/>
        <source>De geopende brief is verwijderd.</source>
        <translation>The open letter was deleted.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="398"/>
        <source>1 brief in de bibliotheek</source>
        <translation>1 letter in the library</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="400"/>
        <source>%1 brieven in de bibliotheek</source>
        <translation>%1 letters in the library</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="422"/>
        <source>Kies eerst een brief in de bibliotheek.</source>
        <translation>First choose a letter in the library.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="476"/>
        <source>Import loopt nog</source>
        <translation>Import still running</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="477"/>
        <source>Er worden nog brieven geïmporteerd. Afbreken en afsluiten?</source>
        <translation>Letters are still being imported. Stop and quit?</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="64"/>
        <source>Brief &amp;importeren…</source>
        <translation>&amp;Import letter…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="67"/>
        <source>Inlezing &amp;controleren…</source>
        <translation>&amp;Check reading…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="70"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="72"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="74"/>
        <source>Afdruk&amp;voorbeeld…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="77"/>
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="81"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="88"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="88"/>
        <source>&amp;Ongedaan maken: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="92"/>
        <source>&amp;Opnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="92"/>
        <source>&amp;Opnieuw: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="95"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="96"/>
        <source>&amp;Nieuw thema…</source>
        <translation>&amp;New theme…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="98"/>
        <source>Thema &amp;bewerken…</source>
        <translation>&amp;Edit theme…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="101"/>
        <source>&amp;Standaardthema's herstellen…</source>
        <translation>&amp;Restore default themes…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="103"/>
        <source>&amp;Nieuwe briefing</source>
        <translation>&amp;New briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="118"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="132"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="136"/>
        <source>&amp;Thema's</source>
        <translation>&amp;Themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="140"/>
        <source>B&amp;riefing</source>
        <translation>&amp;Briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="155"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="163"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="164"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="172"/>
        <source>Brieven importeren</source>
        <translation>Import letters</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="218"/>
        <source>De passage staat in de briefing (gemarkeerd met ★).</source>
        <translation>The passage is in the briefing (marked with ★).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="221"/>
        <source>De passage hoort bij geen van de thema's van de briefing: kies er een.</source>
        <translation>The passage belongs to none of the briefing's themes: choose one.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="224"/>
        <source>Kies eerst de thema's van de briefing; de passage staat klaar.</source>
        <translation>First choose the briefing's themes; the passage is ready.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/window_commands.py" line="249"/>
        <source>Brieven (%1);;Alle bestanden (*)</source>
        <translation>Letters (%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="92"/>
        <source>Schrijf hier uw notities bij dit thema. Ze worden vanzelf opgeslagen.

Opmaak mag: # kop, - opsomming, **vet**, *cursief*.</source>
        <translation>Write your notes on this theme here. They are saved automatically.

Formatting is allowed: # heading, - list, **bold**, *italic*.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="102"/>
        <source>Versies…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="103"/>
        <source>Eerdere versies van deze notitie bekijken</source>
        <translation>Look at earlier versions of this note</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="171"/>
        <location filename="../../briefer/ui/panels/note_editor.py" line="270"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="190"/>
        <location filename="../../briefer/ui/panels/note_editor.py" line="251"/>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="232"/>
        <source>Deze tekst is nog niet opgeslagen; Briefer probeert het opnieuw.</source>
        <translation>This text has not been saved yet; Briefer will try again.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="312"/>
        <source>Eerdere versie teruggezet om %1</source>
        <translation>Earlier version restored at %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="322"/>
        <source>Notitie van %1, %2</source>
        <translation>Note by %1, %2</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="327"/>
        <source>Opgeslagen om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/note_editor.py" line="330"/>
        <source>Opgeslagen op %1 om %2</source>
        <translation>Saved on %1 at %2</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="58"/>
        <source>Eerdere versies van de notitie</source>
        <translation>Earlier versions of the note</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="71"/>
        <source>1 woord</source>
        <translation>1 word</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="73"/>
        <source>%1 woorden</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="76"/>
        <source>door %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="78"/>
        <source>huidige tekst</source>
        <translation>current text</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="79"/>
        <source>(lege notitie)</source>
        <translation>(empty note)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="81"/>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="101"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="102"/>
        <source>Deze versie terugzetten</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="110"/>
        <source>Elke opgeslagen tekst blijft bewaard. Terugzetten maakt van de gekozen versie de nieuwste; de huidige tekst blijft in deze lijst staan.</source>
        <translation>Every saved text is kept. Restoring makes the chosen version the newest; the current text stays in this list.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="129"/>
        <source>Nog geen versies.</source>
        <translation>No versions yet.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="135"/>
        <source>Versie %1, opgeslagen op %2</source>
        <translation>Version %1, saved on %2</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="141"/>
        <source>Dit is de huidige tekst.</source>
        <translation>This is the current text.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_history.py" line="157"/>
        <source>Terugzetten mislukt</source>
        <translation>Restoring failed</translation>
    </message>
</context>
<context>
    <name>NoteMergeDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="42"/>
        <source>Notitie samenvoegen</source>
        <translation>Merge note</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="44"/>
        <source>een ander</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="47"/>
        <source>%1 heeft deze notitie om %2 ook gewijzigd. Beide teksten staan in de geschiedenis; er is niets verloren. Maak hieronder één tekst van beide.</source>
        <translation>%1 also changed this note at %2. Both texts are in the history; nothing is lost. Make one text of both below.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="59"/>
        <source>Tekst van %1</source>
        <translation>Text by %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="60"/>
        <source>Uw tekst</source>
        <translation>Your text</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="63"/>
        <source>Samengevoegd (dit wordt de notitie):</source>
        <translation>Merged (this becomes the note):</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="69"/>
        <source>Samengevoegde tekst opslaan</source>
        <translation>Save the merged text</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/note_merge.py" line="72"/>
        <source>Mijn tekst houden</source>
        <translation>Keep my text</translation>
    </message>
</context>
<context>
    <name>PassageDelegate</name>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="291"/>
        <source>(buiten een sectie)</source>
        <translation>(outside a section)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="317"/>
        <source>uitgesloten</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="319"/>
        <source>handmatig</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="324"/>
        <source>Uitgesloten — vink aan om weer op te nemen</source>
        <translation>Excluded — tick to include again</translation>
    </message>
</context>
<context>
    <name>PassageInspector</name>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="69"/>
        <source>Kies een passage in de lezer om te zien bij welke thema's ze hoort. U vinkt daarna zelf thema's aan of uit, schrijft er een notitie bij of neemt de passage op in een briefing.</source>
        <translation>Choose a passage in the reader to see which themes it belongs to. Then tick themes on or off yourself, write a note on it or add the passage to a briefing.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="74"/>
        <source>Geen passage gekozen</source>
        <translation>No passage chosen</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="75"/>
        <source>Eerste passage tonen</source>
        <translation>Show the first passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="84"/>
        <source>Toevoegen aan briefing</source>
        <translation>Add to briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="85"/>
        <source>Neem deze passage op in de briefing die u samenstelt</source>
        <translation>Include this passage in the briefing you are composing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="103"/>
        <source>Voetnoten van de passage</source>
        <translation>The passage's footnotes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="105"/>
        <source>Gebruik in briefing</source>
        <translation>Use in briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="108"/>
        <source>De geselecteerde zinnen tonen in de korte achtergrond van de briefing</source>
        <translation>Show the selected sentences in the briefing's short background</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="111"/>
        <source>Eerste zinnen</source>
        <translation>First sentences</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="112"/>
        <source>De briefing toont weer de eerste zinnen</source>
        <translation>The briefing shows the first sentences again</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="125"/>
        <source>Thema's van de passage</source>
        <translation>Themes of the passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="132"/>
        <source>Vink een thema aan of uit om zelf te kiezen:</source>
        <translation>Tick a theme on or off to choose yourself:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="142"/>
        <source>Eigen notitie bij deze passage…</source>
        <translation>Own note on this passage…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="164"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="165"/>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="166"/>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="378"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="266"/>
        <source>Notitie van %1, %2</source>
        <translation>Note by %1, %2</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="290"/>
        <source>Geen van de regels van dit thema</source>
        <translation>None of this theme's rules</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="299"/>
        <source>Thema's (%1)</source>
        <translation>Themes (%1)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="306"/>
        <source>Voetnoten:</source>
        <translation>Footnotes:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="308"/>
        <source>p.</source>
        <translation>p.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="325"/>
        <source>Passage hoort nu bij %1 (Ctrl+Z maakt dit ongedaan)</source>
        <translation>The passage now belongs to %1 (Ctrl+Z undoes this)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="335"/>
        <source>Passage uitgesloten van %1 (Ctrl+Z maakt dit ongedaan)</source>
        <translation>Passage excluded from %1 (Ctrl+Z undoes this)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="348"/>
        <source>In de briefing: „%1”</source>
        <translation>In the briefing: “%1”</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="350"/>
        <source>In de briefing: de eerste zinnen.</source>
        <translation>In the briefing: the first sentences.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="378"/>
        <source>Notitie ●</source>
        <translation>Note ●</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="384"/>
        <source>Wijzigingen…</source>
        <translation>Changes…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="391"/>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="399"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="415"/>
        <source>Ook gewijzigd door %1: beide teksten zijn bewaard.</source>
        <translation>Also changed by %1: both texts are kept.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="416"/>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="455"/>
        <source>iemand anders</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="428"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="454"/>
        <source>Notitie ook gewijzigd door %1: beide teksten staan in de geschiedenis.</source>
        <translation>Note also changed by %1: both texts are in the history.</translation>
    </message>
</context>
<context>
    <name>PointDelegate</name>
    <message>
        <location filename="../../briefer/ui/models/points_model.py" line="205"/>
        <source>Reactief: alleen op vraag</source>
        <translation>Reactive: only when asked</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/points_model.py" line="207"/>
        <source>Nog geen bron gekoppeld</source>
        <translation>No source linked yet</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/points_model.py" line="209"/>
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
        <location filename="../../briefer/ui/dialogs/preferences.py" line="48"/>
        <source>De map Documenten (%1)</source>
        <translation>The Documents folder (%1)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="50"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="57"/>
        <source>De taal wordt bij de volgende start gewijzigd.</source>
        <translation>The language changes the next time Briefer starts.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="63"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="64"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="70"/>
        <source>De sjabloon van Briefer</source>
        <translation>Briefer's own template</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="73"/>
        <source>Een Word-sjabloon van uw ministerie (.dotx of .docx) met stijlen, logo en colofon: Word-exports gebruiken die als basis.</source>
        <translation>A Word template of your ministry (.dotx or .docx) with styles, logo and colophon: Word exports use it as their base.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="77"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="85"/>
        <source>Het standaardbestand briefer.sqlite</source>
        <translation>The default file briefer.sqlite</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="88"/>
        <source>Een databasebestand, of een teambibliotheek op een PostgreSQL-server: postgresql+psycopg://gebruiker@server/database. Geldt vanaf de volgende start.</source>
        <translation>A database file, or a team library on a PostgreSQL server: postgresql+psycopg://user@server/database. Takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="98"/>
        <source>&amp;Auteur:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="100"/>
        <source>Standaard&amp;rubricering:</source>
        <translation>Default &amp;classification:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="103"/>
        <source>&amp;Exportmap:</source>
        <translation>&amp;Export folder:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="104"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="106"/>
        <source>Export&amp;formaat:</source>
        <translation>Export &amp;format:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="107"/>
        <source>&amp;Word-sjabloon:</source>
        <translation>&amp;Word template:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="108"/>
        <source>&amp;Bibliotheek:</source>
        <translation>&amp;Library:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="113"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="114"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="133"/>
        <source>Exportmap kiezen</source>
        <translation>Choose export folder</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="141"/>
        <source>Word-sjabloon kiezen</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="143"/>
        <source>Word-sjablonen (*.dotx *.docx)</source>
        <translation>Word templates (*.dotx *.docx)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="153"/>
        <source>Word-sjabloon</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="154"/>
        <source>%1 bestaat niet; kies een .dotx- of .docx-bestand.</source>
        <translation>%1 does not exist; choose a .dotx or .docx file.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="174"/>
        <source>Voorkeuren niet opgeslagen</source>
        <translation>Preferences not saved</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/preferences.py" line="175"/>
        <source>De voorkeuren konden niet worden opgeslagen: {reason}</source>
        <translation>The preferences could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../briefer/ui/printing.py" line="42"/>
        <source>Briefing afdrukken</source>
        <translation>Print briefing</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/printing.py" line="68"/>
        <source>de printer kan niet worden gebruikt</source>
        <translation>the printer cannot be used</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/printing.py" line="91"/>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/printing.py" line="109"/>
        <source>Afdrukvoorbeeld: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/printing.py" line="122"/>
        <location filename="../../briefer/ui/printing.py" line="134"/>
        <location filename="../../briefer/ui/printing.py" line="142"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/printing.py" line="164"/>
        <source>Briefing afgedrukt (1 pagina).</source>
        <translation>Briefing printed (1 page).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/printing.py" line="166"/>
        <source>Briefing afgedrukt (%1 pagina's).</source>
        <translation>Briefing printed (%1 pages).</translation>
    </message>
</context>
<context>
    <name>ReaderDelegate</name>
    <message>
        <location filename="../../briefer/ui/panels/reading_pane.py" line="135"/>
        <source>Let op:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/reading_pane.py" line="144"/>
        <source>p.</source>
        <translation>p.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/reading_pane.py" line="152"/>
        <source>Aangehaald in:</source>
        <translation>Cited in:</translation>
    </message>
</context>
<context>
    <name>ReaderModel</name>
    <message>
        <location filename="../../briefer/ui/models/reader_model.py" line="167"/>
        <source>vragen van %1</source>
        <translation>questions by %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/reader_model.py" line="173"/>
        <source>antwoord van %1</source>
        <translation>answered by %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/reader_model.py" line="181"/>
        <source>ingediend door %1</source>
        <translation>submitted by %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/reader_model.py" line="187"/>
        <source>nr. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/reader_model.py" line="203"/>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/reader_model.py" line="204"/>
        <source>%1 pagina's</source>
        <translation>%1 pages</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../briefer/ui/panels/reader_legend.py" line="148"/>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/reader_legend.py" line="149"/>
        <source>De thema's met hun kleur en afkorting tonen of verbergen</source>
        <translation>Show or hide the themes with their colour and abbreviation</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/reader_legend.py" line="152"/>
        <source>Legenda van de thema's</source>
        <translation>Legend of the themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/reader_legend.py" line="153"/>
        <source>Klik op een thema om het te openen</source>
        <translation>Click a theme to open it</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/reader_legend.py" line="176"/>
        <source>Geen thema's in deze brief.</source>
        <translation>No themes in this letter.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../briefer/ui/panels/reading_pane.py" line="294"/>
        <source>Lezer</source>
        <translation>Reader</translation>
    </message>
</context>
<context>
    <name>RecentExportsMenu</name>
    <message>
        <location filename="../../briefer/ui/recent_exports_menu.py" line="48"/>
        <source>Re&amp;cente exports</source>
        <translation>Re&amp;cent exports</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/recent_exports_menu.py" line="57"/>
        <source>Nog geen exports</source>
        <translation>No exports yet</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/recent_exports_menu.py" line="66"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/recent_exports_menu.py" line="71"/>
        <source>Lijst wissen</source>
        <translation>Clear the list</translation>
    </message>
</context>
<context>
    <name>SaveProgressRow</name>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_save_progress.py" line="18"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_save_progress.py" line="20"/>
        <source>Stoppen: het thema en de tags blijven zoals ze waren</source>
        <translation>Stop: the theme and the tags stay as they were</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_save_progress.py" line="34"/>
        <source>Thema opslaan…</source>
        <translation>Saving the theme…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_save_progress.py" line="42"/>
        <source>Stoppen…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_save_progress.py" line="52"/>
        <source>Bibliotheek opnieuw taggen: {done} van {total} brieven</source>
        <translation>Re-tagging the library: {done} of {total} letters</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="93"/>
        <source>Zoeken in brieven en notities (Ctrl+F)</source>
        <translation>Search letters and notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="97"/>
        <source>Woorden: alle moeten voorkomen. sanctie* zoekt op begin van een woord, "Westelijke Balkan" op een zinsdeel; OF en NIET combineren.</source>
        <translation>Words: all must occur. sanction* searches for the start of a word, "Western Balkans" for a phrase; OR and NOT combine.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="102"/>
        <source>Filter op thema</source>
        <translation>Filter by theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="104"/>
        <source>Filter op brief</source>
        <translation>Filter by letter</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="148"/>
        <source>Alle thema's</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="151"/>
        <source>Alle brieven</source>
        <translation>All letters</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="192"/>
        <source>Niets gevonden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="196"/>
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="198"/>
        <source>%1 resultaten</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="202"/>
        <source>Notitie bij %1</source>
        <translation>Note on %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/search_panel.py" line="209"/>
        <source>Notitie bij passage: %1</source>
        <translation>Note on passage: %1</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../briefer/ui/startup.py" line="120"/>
        <source>Bibliotheek openen…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/startup.py" line="239"/>
        <source>Onverwachte fout: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../briefer/ui/panels/suggestions_panel.py" line="40"/>
        <source>Standpunten van het kabinet in de passages over dit thema. Maak er met één klik een spreekpunt van, met de passage als bron.</source>
        <translation>The government's positions in the passages on this theme. One click makes one a talking point, with the passage as its source.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/suggestions_panel.py" line="51"/>
        <source>Als spreekpunt toevoegen</source>
        <translation>Add as talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/suggestions_panel.py" line="89"/>
        <source>Reactief, antwoord op: “%1”</source>
        <translation>Reactive, answering: “%1”</translation>
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
        <source>Reactief</source>
        <translation>Reactive</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="165"/>
        <source>Alleen op vraag (Reactief / Q&amp;A in de briefing), niet actief uitdragen</source>
        <translation>Only when asked (Reactive lines / Q&amp;A in the briefing), not said unprompted</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="170"/>
        <source>Het gekozen spreekpunt verwijderen (Del)</source>
        <translation>Delete the chosen talking point (Del)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="173"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="176"/>
        <source>Nieuw spreekpunt…</source>
        <translation>New talking point…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="178"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="291"/>
        <source>Kies boven een passage en hier een spreekpunt om ze te koppelen</source>
        <translation>Choose a passage above and a talking point here to link them</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="293"/>
        <source>Dit spreekpunt noemt %1 al als bron</source>
        <translation>This talking point already cites %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="295"/>
        <source>%1 als bron van dit spreekpunt koppelen</source>
        <translation>Link %1 as a source of this talking point</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="319"/>
        <source>Spreekpunt toegevoegd</source>
        <translation>Talking point added</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="339"/>
        <source>Uw tekst was: %1</source>
        <translation>Your text was: %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="354"/>
        <source>Spreekpunt %1 verwijderd (Ctrl+Z maakt dit ongedaan)</source>
        <translation>Talking point %1 deleted (Ctrl+Z undoes this)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/talking_points.py" line="389"/>
        <source>Spreekpunt %1 verwijst nu naar %2</source>
        <translation>Talking point %1 now cites %2</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="461"/>
        <source>uitgesloten</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/passage_inspector.py" line="463"/>
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
    <message>
        <location filename="../../briefer/ui/texts.py" line="48"/>
        <source>geen notitie onder '%1'</source>
        <translation>no note under '%1'</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="50"/>
        <source>nog geen actieve spreekpunten</source>
        <translation>no active talking points yet</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="52"/>
        <source>geen reactieve spreekpunten en geen notitie onder 'Reactief' of 'Q&amp;A'</source>
        <translation>no reactive talking points and no note under 'Reactief' or 'Q&amp;A'</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="54"/>
        <source>geen passages over dit thema</source>
        <translation>no passages on this theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="55"/>
        <source>geen brieven gebruikt</source>
        <translation>no letters used</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="56"/>
        <source>geen eigen notities</source>
        <translation>no notes of your own</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="58"/>
        <source>geen toezeggingen over dit thema en geen notitie onder 'Toezeggingen'</source>
        <translation>no commitments on this theme and no note under 'Toezeggingen'</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="61"/>
        <source>er is nog geen tweede brief of versie om mee te vergelijken</source>
        <translation>there is no second letter or version to compare with yet</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="63"/>
        <source>op dit thema is niets veranderd</source>
        <translation>nothing has changed on this theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="65"/>
        <source>de gekozen brief om mee te vergelijken staat niet meer in de bibliotheek</source>
        <translation>the letter chosen to compare with is no longer in the library</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="68"/>
        <source>de gekozen versie om mee te vergelijken bestaat niet meer</source>
        <translation>the version chosen to compare with no longer exists</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="70"/>
        <source>geen bibliotheek om te vergelijken</source>
        <translation>no library to compare</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/texts.py" line="71"/>
        <source>dit onderdeel heeft hier nog geen inhoud</source>
        <translation>this part has no content here yet</translation>
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
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="86"/>
        <source>Nieuw thema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="86"/>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="446"/>
        <source>Thema bewerken</source>
        <translation>Edit theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="107"/>
        <source>Kleur kiezen…</source>
        <translation>Choose colour…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="121"/>
        <source>Eén term per regel</source>
        <translation>One term per line</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="125"/>
        <source>Eén term per regel; een term wordt alleen als heel woord gevonden. Een gewoon woord vindt ook de Nederlandse vormen (&lt;i&gt;Rusland&lt;/i&gt; → Ruslands). Een * aan het eind vindt elk woord dat zo begint (&lt;i&gt;Russisch*&lt;/i&gt; → Russische). Meer woorden vormen een woordgroep (&lt;i&gt;Westelijke Balkan&lt;/i&gt;). Tussen aanhalingstekens telt alleen precies die vorm, ook in hoofdletters (&lt;i&gt;"EU"&lt;/i&gt;).</source>
        <translation>One term per line; a term is only found as a whole word. A plain word also finds its Dutch forms (&lt;i&gt;Rusland&lt;/i&gt; → Ruslands). A * at the end finds every word that starts like that (&lt;i&gt;Russisch*&lt;/i&gt; → Russische). Several words make a phrase (&lt;i&gt;Westelijke Balkan&lt;/i&gt;). Between quotation marks only exactly that form counts, capitals included (&lt;i&gt;"EU"&lt;/i&gt;).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="142"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="144"/>
        <source>&amp;Kleur:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="147"/>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="148"/>
        <source>&amp;Regels:</source>
        <translation>&amp;Rules:</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="157"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="171"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="173"/>
        <source>Toepassen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="174"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="175"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="237"/>
        <source>Regel {n}: {message}</source>
        <translation>Line {n}: {message}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="258"/>
        <source>Een thema heeft een naam nodig.</source>
        <translation>A theme needs a name.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="260"/>
        <source>Er is al een thema ‘{name}’.</source>
        <translation>There is already a theme ‘{name}’.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="268"/>
        <source>Gebruik een kleur als #RRGGBB.</source>
        <translation>Use a colour such as #RRGGBB.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="281"/>
        <source>Lijkt op de kleur van ‘%1’: in de lezer zijn ze lastig uit elkaar te houden.</source>
        <translation>Looks like the colour of ‘%1’: the two are hard to tell apart in the reader.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="309"/>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="331"/>
        <source>Voorbeeld wordt berekend…</source>
        <translation>Working out the preview…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="314"/>
        <source>Geen voorbeeld: verbeter eerst de regels.</source>
        <translation>No preview: correct the rules first.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="319"/>
        <source>Kleur van het thema</source>
        <translation>Colour of the theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="339"/>
        <source>Geen voorbeeld: {message}</source>
        <translation>No preview: {message}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="349"/>
        <source>Nog geen termen.</source>
        <translation>No terms yet.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="351"/>
        <source>Met deze regels: {passages}.</source>
        <translation>With these rules: {passages}.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="354"/>
        <source>Met deze regels: {passages} (nu {current}); {new} nieuw, {dropped} vervallen.</source>
        <translation>With these rules: {passages} (now {current}); {new} new, {dropped} dropped.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="357"/>
        <source>Met deze regels: {passages}, dezelfde als nu.</source>
        <translation>With these rules: {passages}, as now.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="420"/>
        <source>Thema niet opgeslagen</source>
        <translation>Theme not saved</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="424"/>
        <source>Toepassen gestopt: het thema en de tags zijn gebleven zoals ze waren.</source>
        <translation>Apply stopped: the theme and the tags stayed as they were.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="435"/>
        <source>Thema ‘{name}’ opgeslagen: {passages}.</source>
        <translation>Theme ‘{name}’ saved: {passages}.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="464"/>
        <source>Thema verwijderen</source>
        <translation>Delete theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="475"/>
        <source>Thema niet verwijderd</source>
        <translation>Theme not deleted</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/dialogs/theme_editor.py" line="477"/>
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
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="114"/>
        <source>opgenomen</source>
        <translation>included</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="114"/>
        <source>uitgesloten</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="141"/>
        <source>Uitgesloten van dit thema.</source>
        <translation>Excluded from this theme.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/theme_passages_model.py" line="143"/>
        <source>Waarom: %1</source>
        <translation>Why: %1</translation>
    </message>
</context>
<context>
    <name>ThemeWorkspace</name>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="149"/>
        <source>Kies links een thema. Hier verschijnen dan alle passages over dat thema, uw notities en uw spreekpunten.</source>
        <translation>Choose a theme on the left. All passages on that theme, your notes and your talking points then appear here.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="154"/>
        <source>Nog geen thema gekozen</source>
        <translation>No theme chosen yet</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="216"/>
        <source>Filteren op tekst…</source>
        <translation>Filter by text…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="219"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="237"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="238"/>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="460"/>
        <source>Spreekpunten</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="240"/>
        <source>Suggesties</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="273"/>
        <source>%1 openen (%2 passages)</source>
        <translation>Open %1 (%2 passages)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="279"/>
        <source>Brief importeren…</source>
        <translation>Import a letter…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="281"/>
        <source>Een Kamerbrief (PDF, Word of tekst) aan de bibliotheek toevoegen</source>
        <translation>Add a parliamentary letter (PDF, Word or text) to the library</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="376"/>
        <source>Passage uitgesloten van %1 (Ctrl+Z maakt dit ongedaan)</source>
        <translation>Passage excluded from %1 (Ctrl+Z undoes this)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="379"/>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="382"/>
        <source>Passage weer opgenomen in %1</source>
        <translation>Passage included in %1 again</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="400"/>
        <source>Openen in de lezer</source>
        <translation>Open in the reader</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="403"/>
        <source>Weer opnemen in dit thema</source>
        <translation>Include in this theme again</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="405"/>
        <source>Uitsluiten van dit thema</source>
        <translation>Exclude from this theme</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="413"/>
        <source>Koppelen aan spreekpunt %1</source>
        <translation>Link to talking point %1</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="434"/>
        <source>1 passage</source>
        <translation>1 passage</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="436"/>
        <source>%1 passages</source>
        <translation>%1 passages</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="439"/>
        <source>%1 uitgesloten</source>
        <translation>%1 excluded</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="445"/>
        <source>Geen passage bevat “%1”.</source>
        <translation>No passage contains “%1”.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/panels/theme_workspace.py" line="448"/>
        <source>Nog geen passages over dit thema. Pas de termen van het thema aan of neem passages op vanuit de lezer.</source>
        <translation>No passages on this theme yet. Change the theme's terms or include passages from the reader.</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../briefer/ui/dialogs/version_dialog.py" line="36"/>
        <source>Oudere versie (alleen lezen)</source>
        <translation>Older version (read-only)</translation>
    </message>
</context>
</TS>
