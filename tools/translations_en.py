"""English for every Dutch interface string: source text (Dutch) -> English.

Read by tools/update_translations.py, which fills briefer_en.ts from it. Keep
the placeholders of the source ({name}, %1) and exactly one & where the source
has one (the keyboard accelerator). British English, the users' words:
brief = letter, spreekpunt = talking point, rubricering = classification.
"""

ENGLISH: dict[str, str] = {
    # --- general -------------------------------------------------------------------------
    "Briefer": "Briefer",
    "Briefer kan niet starten": "Briefer cannot start",
    "OK": "OK",
    "Annuleren": "Cancel",
    "Annuleren…": "Cancel…",
    "Opslaan": "Save",
    "Opslaan…": "Saving…",
    "Opgeslagen": "Saved",
    "Verwijderen": "Delete",
    "Verwijderen…": "Delete…",
    "Toevoegen": "Add",
    "Weghalen": "Remove",
    "Sluiten": "Close",
    "Kiezen…": "Choose…",
    "Bladeren…": "Browse…",
    "Toepassen": "Apply",
    "Omhoog": "Up",
    "Omlaag": "Down",
    "Zoeken": "Search",
    "Thema": "Theme",
    "Thema's": "Themes",
    "Briefing": "Briefing",
    "Bibliotheek": "Library",
    "Lezer": "Reader",
    "Werkbalk": "Toolbar",
    "Datum": "Date",
    "Auteur": "Author",
    "Titel": "Title",
    "Onderwerp": "Subject",
    "Onderwerpen": "Subjects",
    "Aanleiding": "Occasion",
    "Rubricering": "Classification",
    "geen rubricering": "no classification",
    "geen datum": "no date",
    "Bestand": "File",
    "Map": "Folder",
    "Resultaat": "Result",
    "Formaat": "Format",
    "Pakket": "Pack",
    "PDF": "PDF",
    "Word (.docx)": "Word (.docx)",
    # --- actions and undo ------------------------------------------------------------------
    "Passage aan thema toevoegen": "Add passage to theme",
    "Passage uitsluiten van thema": "Exclude passage from theme",
    "Keuze terugzetten naar de regels": "Leave the choice to the rules again",
    "Spreekpunt toevoegen": "Add talking point",
    "Spreekpunt wijzigen": "Edit talking point",
    "Spreekpunt verwijderen": "Delete talking point",
    "Spreekpunten ordenen": "Reorder talking points",
    "Bronnen van spreekpunt": "Sources of talking point",
    # --- main window -----------------------------------------------------------------------
    "Nieuw thema…": "New theme…",
    "Bewerken…": "Edit…",
    "Brief &importeren…": "&Import letter…",
    "&Exporteren…": "&Export…",
    "&Voorkeuren…": "&Preferences…",
    "&Afsluiten": "&Quit",
    "&Ongedaan maken": "&Undo",
    "&Opnieuw": "&Redo",
    "&Zoeken": "&Search",
    "&Nieuw thema…": "&New theme…",
    "Thema &bewerken…": "&Edit theme…",
    "&Standaardthema's herstellen…": "&Restore default themes…",
    "&Nieuwe briefing": "&New briefing",
    "&Over Briefer": "&About Briefer",
    "&Bestand": "&File",
    "Be&werken": "&Edit",
    "&Thema's": "&Themes",
    "B&riefing": "&Briefing",
    "&Help": "&Help",
    "1 brief in de bibliotheek": "1 letter in the library",
    "%1 brieven in de bibliotheek": "%1 letters in the library",
    "Brieven (%1);;Alle bestanden (*)": "Letters (%1);;All files (*)",
    "Over Briefer": "About Briefer",
    "<b>Briefer %1</b><p>Briefings voorbereiden uit beleidsbrieven, volledig offline.</p>"
    "<p>Bibliotheek: %2</p>": (
        "<b>Briefer %1</b><p>Preparing briefings from policy letters, entirely offline.</p>"
        "<p>Library: %2</p>"
    ),
    "Import loopt nog": "Import still running",
    "Er worden nog brieven geïmporteerd. Afbreken en afsluiten?": (
        "Letters are still being imported. Stop and quit?"
    ),
    # --- composer and briefing items --------------------------------------------------------
    "Passage eerder in de briefing (Ctrl+↑)": "Move passage up in the briefing (Ctrl+↑)",
    "Passage later in de briefing (Ctrl+↓)": "Move passage down in the briefing (Ctrl+↓)",
    "Vink uit wat niet in de briefing hoort. %1 = door u toegevoegd.": (
        "Untick what does not belong in the briefing. %1 = added by you."
    ),
    "Spreekpunten (%1)": "Talking points (%1)",
    "Nog geen spreekpunten.": "No talking points yet.",
    "Passages (%1)": "Passages (%1)",
    "Door u toegevoegd vanuit de lezer.": "Added by you from the reader.",
    "Spreekpunt opnemen": "Include talking point",
    "Spreekpunt weglaten": "Leave out talking point",
    "Passage opnemen": "Include passage",
    "Passage weglaten": "Leave out passage",
    "Passage verplaatsen": "Move passage",
    "%1 %2 (%3) staat niet bij een gekozen thema.": "%1 %2 (%3) is not in a chosen theme.",
    "Opnemen in %1": "Include in %1",
    "Opnemen in thema": "Include in theme",
    "Geen voorbeeld": "No preview",
    "Kies een thema voor de briefing.": "Choose a theme for the briefing.",
    "Opbouw": "Structure",
    "Passages en spreekpunten": "Passages and talking points",
    "Voorbeeld": "Preview",
    "Exporteren…": "Export…",
    "Exporteren": "Export",
    "Bijvoorbeeld: Bezoek minister aan Beijing": "For example: Minister's visit to Beijing",
    "Waarvoor is de briefing?": "What is the briefing for?",
    "Voorblad": "Cover page",
    "Inhoudsopgave": "Table of contents",
    "Onderdelen": "Parts",
    "Wijzigingen worden meteen bewaard.": "Changes are saved at once.",
    "Nog niet opgeslagen.": "Not saved yet.",
    "Kies een of meer thema's: één thema geeft een briefing.": (
        "Choose one or more themes: one theme makes a briefing."
    ),
    "Eén thema: een briefing.": "One theme: a briefing.",
    "%1 thema's: een briefingpakket met één voorblad en één inhoudsopgave.": (
        "%1 themes: a briefing pack with one cover page and one table of contents."
    ),
    "Nieuwe briefing": "New briefing",
    "Briefing wijzigen": "Change briefing",
    "Titel wijzigen": "Change title",
    "Aanleiding wijzigen": "Change occasion",
    "Auteur wijzigen": "Change author",
    "Rubricering wijzigen": "Change classification",
    "Datum wijzigen": "Change date",
    "Thema toevoegen": "Add theme",
    "Thema weghalen": "Remove theme",
    "Thema's ordenen": "Reorder themes",
    "Onderdelen ordenen": "Reorder parts",
    "Onderdelen kiezen": "Choose parts",
    "Briefing openen": "Open briefing",
    "Briefing opslaan": "Save briefing",
    "Briefing opgeslagen.": "Briefing saved.",
    "Briefing verwijderen": "Delete briefing",
    "De briefing „%1” verwijderen? Dit kan niet ongedaan worden gemaakt.": (
        "Delete the briefing “%1”? This cannot be undone."
    ),
    "Bronnen van spreekpunt %1": "Sources of talking point %1",
    "Vink de passages aan waarop dit spreekpunt steunt:": (
        "Tick the passages this talking point rests on:"
    ),
    # --- export dialog -----------------------------------------------------------------------
    "Briefing exporteren": "Export briefing",
    "Briefing „%1”": "Briefing “%1”",
    "Briefingpakket „%1”": "Briefing pack “%1”",
    "Eén document": "One document",
    "Een bestand per thema": "One file per theme",
    "Bestand openen": "Open file",
    "Map openen": "Open folder",
    "Map voor de bestanden": "Folder for the files",
    "PDF-document (*.pdf)": "PDF document (*.pdf)",
    "Word-document (*.docx)": "Word document (*.docx)",
    "Briefing opslaan als": "Save briefing as",
    "Kies eerst waar de briefing moet komen.": "First choose where the briefing should go.",
    "Bestand bestaat al": "File already exists",
    "%1 bestaat al. Vervangen?": "%1 already exists. Replace it?",
    "Bezig met exporteren…": "Exporting…",
    "Bezig met annuleren…": "Cancelling…",
    "Klaar: %1 bestanden in %2": "Done: %1 files in %2",
    "Klaar. De briefing staat in %1": "Done. The briefing is in %1",
    "De export was al klaar: %1": "The export had already finished: %1",
    "Export geannuleerd; er is geen bestand geschreven.": (
        "Export cancelled; no file was written."
    ),
    "%1 kan niet worden geopend.": "%1 cannot be opened.",
    # --- import dialog -----------------------------------------------------------------------
    "Brieven importeren": "Import letters",
    "wacht…": "waiting…",
    "Bezig met importeren…": "Importing…",
    "bezig…": "working…",
    "geïmporteerd": "imported",
    "nieuwe versie": "new version",
    "stond er al": "already there",
    "al eerder geïmporteerd": "imported before",
    "%1: %2 pagina's, %3 passages (%4)": "%1: %2 pages, %3 passages (%4)",
    "%1 van %2 bestanden geïmporteerd.": "%1 of %2 files imported.",
    "%1 niet: zie de reden per bestand.": "%1 not: see the reason for each file.",
    # --- notes -----------------------------------------------------------------------------
    "Schrijf hier uw notities bij dit thema. Ze worden vanzelf opgeslagen.\n\n"
    "Opmaak mag: # kop, - opsomming, **vet**, *cursief*.": (
        "Write your notes on this theme here. They are saved automatically.\n\n"
        "Formatting is allowed: # heading, - list, **bold**, *italic*."
    ),
    "Versies…": "Versions…",
    "Eerdere versies van deze notitie bekijken": "Look at earlier versions of this note",
    "Niet opgeslagen: %1": "Not saved: %1",
    "Deze tekst is nog niet opgeslagen; Briefer probeert het opnieuw.": (
        "This text has not been saved yet; Briefer will try again."
    ),
    "Eerdere versie teruggezet om %1": "Earlier version restored at %1",
    "Opgeslagen om %1": "Saved at %1",
    "Opgeslagen op %1 om %2": "Saved on %1 at %2",
    "Eerdere versies van de notitie": "Earlier versions of the note",
    "(lege notitie)": "(empty note)",
    "Versie %1": "Version %1",
    "Deze versie terugzetten": "Restore this version",
    "Elke opgeslagen tekst blijft bewaard. Terugzetten maakt van de gekozen versie de "
    "nieuwste; de huidige tekst blijft in deze lijst staan.": (
        "Every saved text is kept. Restoring makes the chosen version the newest; "
        "the current text stays in this list."
    ),
    "Nog geen versies.": "No versions yet.",
    "Versie %1, opgeslagen op %2": "Version %1, saved on %2",
    "Dit is de huidige tekst.": "This is the current text.",
    "Terugzetten mislukt": "Restoring failed",
    "1 woord": "1 word",
    "%1 woorden": "%1 words",
    "huidige tekst": "current text",
    # --- passages, inspector, reader -----------------------------------------------------------
    "(buiten een sectie)": "(outside a section)",
    "uitgesloten": "excluded",
    "handmatig": "by hand",
    "opgenomen": "included",
    "Uitgesloten — vink aan om weer op te nemen": "Excluded — tick to include again",
    "Uitgesloten van dit thema.": "Excluded from this theme.",
    "Waarom: %1": "Why: %1",
    "Toevoegen aan briefing": "Add to briefing",
    "Neem deze passage op in de briefing die u samenstelt": (
        "Include this passage in the briefing you are composing"
    ),
    "Thema's van de passage": "Themes of the passage",
    "Eigen notitie bij deze passage…": "Own note on this passage…",
    "Geen van de regels van dit thema": "None of this theme's rules",
    "Wijzigingen…": "Changes…",
    "noemt “%1”": "mentions “%1”",
    "onder de kop “%1” (“%2”)": "under the heading “%1” (“%2”)",
    "handmatig toegevoegd": "added by hand",
    "handmatig uitgesloten": "excluded by hand",
    # --- talking points ----------------------------------------------------------------------
    "Nog geen bron gekoppeld": "No source linked yet",
    "(vervallen)": "(superseded)",
    "Bron: %1": "Source: %1",
    "Nog geen spreekpunten. Typ hieronder het eerste en druk op Enter.": (
        "No talking points yet. Type the first one below and press Enter."
    ),
    "Bron koppelen": "Link source",
    "Bronnen…": "Sources…",
    "Kies de passages waarop dit spreekpunt steunt": (
        "Choose the passages this talking point rests on"
    ),
    "Omhoog (Ctrl+Pijl omhoog)": "Up (Ctrl+Up arrow)",
    "Omlaag (Ctrl+Pijl omlaag)": "Down (Ctrl+Down arrow)",
    "Het gekozen spreekpunt verwijderen (Del)": "Delete the chosen talking point (Del)",
    "Nieuw spreekpunt…": "New talking point…",
    "Kies boven een passage en hier een spreekpunt om ze te koppelen": (
        "Choose a passage above and a talking point here to link them"
    ),
    "Dit spreekpunt noemt %1 al als bron": "This talking point already cites %1",
    "%1 als bron van dit spreekpunt koppelen": "Link %1 as a source of this talking point",
    "Spreekpunt toegevoegd": "Talking point added",
    "Spreekpunt %1 verwijderd (Ctrl+Z maakt dit ongedaan)": (
        "Talking point %1 deleted (Ctrl+Z undoes this)"
    ),
    "Spreekpunt %1 verwijst nu naar %2": "Talking point %1 now cites %2",
    # --- theme workspace ----------------------------------------------------------------------
    "Kies links een thema. Hier verschijnen dan alle passages over dat thema, uw notities en "
    "uw spreekpunten.": (
        "Choose a theme on the left. All passages on that theme, your notes and your talking "
        "points then appear here."
    ),
    "Filteren op tekst…": "Filter by text…",
    "Notities": "Notes",
    "Spreekpunten": "Talking points",
    "Passage uitgesloten van %1 (Ctrl+Z maakt dit ongedaan)": (
        "Passage excluded from %1 (Ctrl+Z undoes this)"
    ),
    "Passage weer opgenomen in %1": "Passage included in %1 again",
    "Openen in de lezer": "Open in the reader",
    "Weer opnemen in dit thema": "Include in this theme again",
    "Uitsluiten van dit thema": "Exclude from this theme",
    "Koppelen aan spreekpunt %1": "Link to talking point %1",
    "%1 passages": "%1 passages",
    "%1 uitgesloten": "%1 excluded",
    "Geen passage bevat “%1”.": "No passage contains “%1”.",
    "Nog geen passages over dit thema. Pas de termen van het thema aan of neem passages op "
    "vanuit de lezer.": (
        "No passages on this theme yet. Change the theme's terms or include passages from "
        "the reader."
    ),
    # --- search ------------------------------------------------------------------------------
    "Zoeken in brieven en notities (Ctrl+F)": "Search letters and notes (Ctrl+F)",
    "Woorden: alle moeten voorkomen. sanctie* zoekt op begin van een woord, "
    '"Westelijke Balkan" op een zinsdeel; OF en NIET combineren.': (
        "Words: all must occur. sanction* searches for the start of a word, "
        '"Western Balkans" for a phrase; OR and NOT combine.'
    ),
    "Filter op thema": "Filter by theme",
    "Filter op brief": "Filter by letter",
    "Alle thema's": "All themes",
    "Alle brieven": "All letters",
    "Niets gevonden.": "Nothing found.",
    "1 resultaat": "1 result",
    "%1 resultaten": "%1 results",
    "Notitie bij %1": "Note on %1",
    "Notitie bij passage: %1": "Note on passage: %1",
    # --- preferences -------------------------------------------------------------------------
    "Voorkeuren": "Preferences",
    "Uw naam, zoals op het voorblad": "Your name, as on the cover page",
    "De taal wordt bij de volgende start gewijzigd.": (
        "The language changes the next time Briefer starts."
    ),
    "&Auteur:": "&Author:",
    "Standaard&rubricering:": "Default &classification:",
    "&Exportmap:": "&Export folder:",
    "&Taal:": "&Language:",
    "Exportmap kiezen": "Choose export folder",
    "Voorkeuren niet opgeslagen": "Preferences not saved",
    "De voorkeuren konden niet worden opgeslagen: {reason}": (
        "The preferences could not be saved: {reason}"
    ),
    # --- theme editor ------------------------------------------------------------------------
    "Nieuw thema": "New theme",
    "Thema bewerken": "Edit theme",
    "Kleur kiezen…": "Choose colour…",
    "Eén term per regel": "One term per line",
    "Eén term per regel; een term wordt alleen als heel woord gevonden. Een gewoon woord "
    "vindt ook de Nederlandse vormen (<i>Rusland</i> → Ruslands). Een * aan het eind vindt "
    "elk woord dat zo begint (<i>Russisch*</i> → Russische). Meer woorden vormen een "
    "woordgroep (<i>Westelijke Balkan</i>). Tussen aanhalingstekens telt alleen precies die "
    'vorm, ook in hoofdletters (<i>"EU"</i>).': (
        "One term per line; a term is only found as a whole word. A plain word also finds "
        "its Dutch forms (<i>Rusland</i> → Ruslands). A * at the end finds every word that "
        "starts like that (<i>Russisch*</i> → Russische). Several words make a phrase "
        "(<i>Westelijke Balkan</i>). Between quotation marks only exactly that form counts, "
        'capitals included (<i>"EU"</i>).'
    ),
    "&Naam:": "&Name:",
    "&Kleur:": "&Colour:",
    "&Beschrijving:": "&Description:",
    "&Regels:": "&Rules:",
    "Regel {n}: {message}": "Line {n}: {message}",
    "Een thema heeft een naam nodig.": "A theme needs a name.",
    "Er is al een thema ‘{name}’.": "There is already a theme ‘{name}’.",
    "Gebruik een kleur als #RRGGBB.": "Use a colour such as #RRGGBB.",
    "Voorbeeld wordt berekend…": "Working out the preview…",
    "Geen voorbeeld: verbeter eerst de regels.": "No preview: correct the rules first.",
    "Kleur van het thema": "Colour of the theme",
    "Geen voorbeeld: {message}": "No preview: {message}",
    "Met deze regels: {passages}.": "With these rules: {passages}.",
    "Met deze regels: {passages} (nu {current}); {new} nieuw, {dropped} vervallen.": (
        "With these rules: {passages} (now {current}); {new} new, {dropped} dropped."
    ),
    "Met deze regels: {passages}, dezelfde als nu.": "With these rules: {passages}, as now.",
    "Thema niet opgeslagen": "Theme not saved",
    "Thema ‘{name}’ opgeslagen: {passages}.": "Theme ‘{name}’ saved: {passages}.",
    "Thema verwijderen": "Delete theme",
    "Thema niet verwijderd": "Theme not deleted",
    "Thema ‘{name}’ verwijderd.": "Theme ‘{name}’ deleted.",
    "Het thema ‘{name}’ verwijderen? Er staan geen notities, spreekpunten of handmatige "
    "keuzes op; de passages zelf blijven in de bibliotheek.": (
        "Delete the theme ‘{name}’? It has no notes, talking points or choices made by "
        "hand; the passages themselves stay in the library."
    ),
    "de notitie bij dit thema (‘{opening}’)": "the note on this theme (‘{opening}’)",
    "1 spreekpunt": "1 talking point",
    "{n} spreekpunten": "{n} talking points",
    "1 handmatige keuze voor een passage": "1 choice made by hand for a passage",
    "{n} handmatige keuzes voor passages": "{n} choices made by hand for passages",
    "Het thema ‘{name}’ verwijderen? Daarmee gaat verloren:\n\n{lost}\n\n"
    "Briefer maakt eerst een reservekopie van de bibliotheek.": (
        "Delete the theme ‘{name}’? This loses:\n\n{lost}\n\n"
        "Briefer first makes a backup of the library."
    ),
    "Standaardthema's herstellen": "Restore default themes",
    "De meegeleverde thema's krijgen hun oorspronkelijke naam, kleur, beschrijving en regels "
    "terug; verwijderde standaardthema's komen terug. De bibliotheek wordt opnieuw getagd."
    "\n\nUw eigen thema's, notities, spreekpunten en handmatige keuzes blijven staan.": (
        "The themes that come with Briefer get back their original name, colour, "
        "description and rules; deleted default themes come back. The library is tagged "
        "again.\n\nYour own themes, notes, talking points and choices made by hand stay."
    ),
    "Standaardthema's niet hersteld": "Default themes not restored",
    "Hersteld: {names}.": "Restored: {names}.",
    "De standaardthema's waren al zoals meegeleverd.": (
        "The default themes were already as they came with Briefer."
    ),
    "1 passage": "1 passage",
    "{n} passages": "{n} passages",
    "Nieuw": "New",
    "Passages": "Passages",
    "Vervalt": "Dropped",
    "Blijft": "Kept",
    "… en nog {n}.": "… and {n} more.",
    "Deze regels vinden geen passages.": "These rules find no passages.",
    "Nog geen termen.": "No terms yet.",
    "Voer termen in om te zien welke passages het thema krijgt.": (
        "Enter terms to see which passages the theme gets."
    ),
    "Kies eerst een thema op het tabblad Opbouw.": "First choose a theme on the Structure tab.",
    "Elk thema krijgt een eigen bestand in deze map.": (
        "Each theme gets its own file in this folder."
    ),
    "De bibliotheek is beschadigd": "The library is damaged",
    "Briefer kan de bibliotheek niet openen: %1.": "Briefer cannot open the library: %1.",
    "Er is geen reservekopie van deze bibliotheek.": "There is no backup of this library.",
    "Reservekopie van %1 terugzetten": "Restore the backup of %1",
    "Afsluiten": "Quit",
    "Het beschadigde bestand wordt niet verwijderd, maar opzij gezet naast de database.": (
        "The damaged file is not deleted but set aside next to the database."
    ),
    "Passage hoort nu bij %1 (Ctrl+Z maakt dit ongedaan)": (
        "The passage now belongs to %1 (Ctrl+Z undoes this)"
    ),
    "De passage staat in de briefing (gemarkeerd met ★).": (
        "The passage is in the briefing (marked with ★)."
    ),
    "De passage hoort bij geen van de thema's van de briefing: kies er een.": (
        "The passage belongs to none of the briefing's themes: choose one."
    ),
    "Kies eerst de thema's van de briefing; de passage staat klaar.": (
        "First choose the briefing's themes; the passage is ready."
    ),
    "Ongedaan maken": "Undo",
    "Opnieuw": "Redo",
    # issue 13
    "&Afdrukken…": "&Print…",
    "1 pagina": "1 page",
    "%1 pagina's": "%1 pages",
    "Kies een passage in de lezer om te zien bij welke thema's ze hoort. U vinkt daarna zelf "
    "thema's aan of uit, schrijft er een notitie bij of neemt de passage op in een briefing.": (
        "Choose a passage in the reader to see which themes it belongs to. Then tick themes "
        "on or off yourself, write a note on it or add the passage to a briefing."
    ),
    "Geen passage gekozen": "No passage chosen",
    "Eerste passage tonen": "Show the first passage",
    "Legenda": "Legend",
    "De thema's met hun kleur en afkorting tonen of verbergen": (
        "Show or hide the themes with their colour and abbreviation"
    ),
    "Legenda van de thema's": "Legend of the themes",
    "Geen thema's in deze brief.": "No themes in this letter.",
    "Nog geen thema gekozen": "No theme chosen yet",
    "%1 openen (%2 passages)": "Open %1 (%2 passages)",
    "Brief importeren…": "Import a letter…",
    "Een Kamerbrief (PDF, Word of tekst) aan de bibliotheek toevoegen": (
        "Add a parliamentary letter (PDF, Word or text) to the library"
    ),
    "Briefing afdrukken": "Print briefing",
    "de printer kan niet worden gebruikt": "the printer cannot be used",
    "Pagina %1 van %2": "Page %1 of %2",
    "Afdrukken": "Print",
    "Briefing afgedrukt (1 pagina).": "Briefing printed (1 page).",
    "Briefing afgedrukt (%1 pagina's).": "Briefing printed (%1 pages).",
    "Re&cente exports": "Re&cent exports",
    "Nog geen exports": "No exports yet",
    "Lijst wissen": "Clear the list",
    "Klik op een thema om het te openen": "Click a theme to open it",
    "Lijkt op de kleur van ‘%1’: in de lezer zijn ze lastig uit elkaar te houden.": (
        "Looks like the colour of ‘%1’: the two are hard to tell apart in the reader."
    ),
    # issue 9 ----------------------------------------------------------------------------
    "Inlezing &controleren…": "&Check reading…",
    "Inlezing controleren…": "Check reading…",
    "Kies eerst een brief in de bibliotheek.": "First choose a letter in the library.",
    "Inlezing controleren: %1": "Check reading: %1",
    "Links het origineel, rechts wat Briefer ervan maakte. Grijs is weggelaten "
    "(briefhoofd, kolom, kop- en voetregels, aanhef, ondertekening).": (
        "On the left the original, on the right what Briefer made of it. Grey was left out "
        "(letterhead, side column, running headers and footers, salutation, signature)."
    ),
    "%1 correcties bewaard": "%1 fixes kept",
    "Origineel": "Original",
    "Zoals Briefer het las": "As Briefer read it",
    "Gegevens van de brief": "Letter details",
    "◀ Vorige pagina": "◀ Previous page",
    "Volgende pagina ▶": "Next page ▶",
    "Hoofdstuk": "Chapter",
    "Sectie": "Section",
    "Geen kop": "Not a heading",
    "Samenvoegen met volgende": "Merge with next",
    "Splitsen…": "Split…",
    "Passage splitsen": "Split passage",
    "Splitsen na de zin:": "Split after the sentence:",
    "Deze passage heeft maar één zin.": "This passage has only one sentence.",
    "Gegevens opslaan": "Save details",
    "Opnieuw inlezen": "Read again",
    "Het bestand opnieuw lezen; uw correcties blijven": "Read the file again; your fixes stay",
    "Opnieuw ingelezen; uw correcties zijn weer toegepast.": (
        "Read again; your fixes were applied again."
    ),
    "Van een tekstbestand bewaart Briefer geen kopie; rechts staat wat is ingelezen.": (
        "Briefer keeps no copy of a text file; on the right is what was read."
    ),
    "Bezig…": "Working…",
    "Kop gemaakt.": "Heading made.",
    "De kop is nu een passage.": "The heading is now a passage.",
    "Passages samengevoegd.": "Passages merged.",
    "Passage gesplitst.": "Passage split.",
    "Geen gewijzigde gegevens.": "No details changed.",
    "Gegevens opgeslagen.": "Details saved.",
    "Weggelaten: geen tekst van de brief": "Left out: not text of the letter",
    "kolom": "column",
    "paginarand": "page margin",
    "gegevens": "details",
    "Kamerstuk": "Parliamentary paper",
    "Vergaderjaar": "Session",
    "Kenmerk": "Reference",
    "Ministerie": "Ministry",
    "Directie": "Directorate",
    "Dossier": "Dossier",
    "Ondertekenaar": "Signatory",
    "Functie": "Function",
    "Correcties wissen…": "Clear fixes…",
    "Correcties wissen": "Clear fixes",
    "Alle correcties van deze brief wissen en het bestand opnieuw lezen": (
        "Clear all fixes of this letter and read the file again"
    ),
    "Alle correcties van deze brief wissen en het bestand lezen zoals Briefer het zelf leest? "
    "Uw notities en thema-keuzes blijven.": (
        "Clear all fixes of this letter and read the file as Briefer reads it itself? "
        "Your notes and theme choices stay."
    ),
    "Correcties gewist; de brief is opnieuw ingelezen.": (
        "Fixes cleared; the letter was read again."
    ),
    # issue 14
    "Vink aan wat erin moet; dubbelklik om een onderdeel te hernoemen.": (
        "Tick what goes in; double-click a part to rename it."
    ),
    "Nederlands": "Dutch",
    "Engels": "English",
    "Taal van de briefing": "Language of the briefing",
    " pagina's per onderwerp": " pages per topic",
    "Doellengte wijzigen": "Change target length",
    "Bijlage met de volledige brontekst": "Annex with the full source text",
    "Bijlage": "Annex",
    "Taal van de export": "Export language",
    "Doellengte": "Target length",
    "Leeg, dus weggelaten: %1": "Empty, so left out: %1",
    "Onderdeel hernoemen": "Rename part",
    "Geschatte lengte: %1 pagina's (doel: %2).": "Estimated length: %1 pages (target: %2).",
    "Geschatte lengte: %1 pagina (doel: %2).": "Estimated length: %1 page (target: %2).",
    "Langer dan het doel: kort in of laat onderdelen weg.": (
        "Longer than the target: shorten it or leave parts out."
    ),
    "Let op bij PDF: %1": "Note for PDF: %1",
    "Reactief": "Reactive",
    "Alleen op vraag (Reactief / Q&A in de briefing), niet actief uitdragen": (
        "Only when asked (Reactive lines / Q&A in the briefing), not said unprompted"
    ),
    "Reactief: alleen op vraag": "Reactive: only when asked",
    "Soort spreekpunt wijzigen": "Change kind of talking point",
    "Gebruik in briefing": "Use in briefing",
    "De geselecteerde zinnen tonen in de korte achtergrond van de briefing": (
        "Show the selected sentences in the briefing's short background"
    ),
    "Eerste zinnen": "First sentences",
    "De briefing toont weer de eerste zinnen": "The briefing shows the first sentences again",
    "In de briefing: „%1”": "In the briefing: “%1”",
    "In de briefing: de eerste zinnen.": "In the briefing: the first sentences.",
    "De sjabloon van Briefer": "Briefer's own template",
    "Een Word-sjabloon van uw ministerie (.dotx of .docx) met stijlen, logo en "
    "colofon: Word-exports gebruiken die als basis.": (
        "A Word template of your ministry (.dotx or .docx) with styles, logo and "
        "colophon: Word exports use it as their base."
    ),
    "Export&formaat:": "Export &format:",
    "&Word-sjabloon:": "&Word template:",
    "Word-sjabloon kiezen": "Choose a Word template",
    "Word-sjablonen (*.dotx *.docx)": "Word templates (*.dotx *.docx)",
    "Word-sjabloon": "Word template",
    "%1 bestaat niet; kies een .dotx- of .docx-bestand.": (
        "%1 does not exist; choose a .dotx or .docx file."
    ),
    # issue 10 -------------------------------------------------------------------------
    "Toezeggingen": "Commitments",
    "Wijzigingen": "Changes",
    "Eerdere brief": "Earlier letter",
    "Latere brief": "Later letter",
    "Van": "From",
    "Naar": "To",
    "Eerder": "Before",
    "Nu": "Now",
    "%1 (versie %2)": "%1 (version %2)",
    "Hele brief": "Whole letter",
    "Kies twee verschillende brieven of versies om te vergelijken.": (
        "Choose two different letters or versions to compare."
    ),
    "%1 nieuw, %2 vervallen, %3 gewijzigd": "%1 new, %2 removed, %3 changed",
    "Vervallen": "Removed",
    "Gewijzigd": "Changed",
    "Geen verschillen.": "No differences.",
    "(niet in deze brief)": "(not in this letter)",
    "bijv. Q3 2022, 2022-06-01, voor de zomer, eind 2022": (
        "e.g. Q3 2022, 2022-06-01, voor de zomer, eind 2022"
    ),
    "Termijn": "Due",
    "In de brief": "In the letter",
    "Toevoegen…": "Add…",
    "Een toezegging in de passage die in de lezer is gekozen": (
        "A commitment in the passage chosen in the reader"
    ),
    "Kies eerst in de lezer de passage waarin de toezegging staat.": (
        "First choose, in the reader, the passage that holds the commitment."
    ),
    "Brief": "Letter",
    "Status": "Status",
    "Open": "Open",
    "Verlopen": "Overdue",
    "Afgedaan": "Done",
    "Elke termijn": "Any due date",
    "Binnen 3 maanden": "Within 3 months",
    "Dit jaar": "This year",
    "Zonder termijn": "No due date",
    "Bron": "Source",
    "Toon in brief": "Show in letter",
    "1 toezegging": "1 commitment",
    "%1 toezeggingen": "%1 commitments",
    "%1 verlopen": "%1 overdue",
    "open": "open",
    "afgedaan": "done",
    "verlopen": "overdue",
    "geen termijn": "no due date",
    "Kies een toezegging om de zin uit de brief te zien.": (
        "Choose a commitment to see its sentence in the letter."
    ),
    "Heropenen": "Reopen",
    "Toezegging verwijderd: %1": "Commitment deleted: %1",
    "Toezegging": "Commitment",
    "Aangehaald in:": "Cited in:",
    "Standpunten van het kabinet in de passages over dit thema. Maak er met één klik een "
    "spreekpunt van, met de passage als bron.": (
        "The government's positions in the passages on this theme. One click makes one a "
        "talking point, with the passage as its source."
    ),
    "Als spreekpunt toevoegen": "Add as talking point",
    "Suggesties": "Suggestions",
    "Lezen…": "Read…",
    "De oudere versie lezen (alleen lezen)": "Read the older version (read-only)",
    "Oudere versie (alleen lezen)": "Older version (read-only)",
    "Toezegging toevoegen": "Add commitment",
    "Toezegging afdoen": "Mark commitment done",
    "Toezegging heropenen": "Reopen commitment",
    "Toezegging verwijderen": "Delete commitment",
    "Toezegging wijzigen": "Edit commitment",
    # issue 19: fulfilment and requests of the Kamer
    "Voldaan": "Met",
    "voldaan": "met",
    "Soort": "Kind",
    "Alle soorten": "All kinds",
    "Verzoeken van de Kamer": "Requests of the House",
    "Elders toegezegd, voldaan": "Promised elsewhere, met",
    "Verzoek van de Kamer: %1": "Request of the House: %1",
    "Elders toegezegd: %1": "Promised elsewhere: %1",
    "niet genoemd": "not named",
    "%1 voldaan": "%1 met",
    "Toon wat voldoet": "Show what meets it",
    "De zin van de brief die zegt dat dit is voldaan": "The letter's sentence saying this is met",
    "Niet voldaan": "Not met",
    "Deze brief voldoet er niet aan: de toezegging is weer open (ongedaan te maken)": (
        "This letter does not meet it: the commitment is open again (can be undone)"
    ),
    "Voldaan door %1: “%2”": "Met by %1: “%2”",
    "Voldoet aan: %1 (%2, p. %3)": "Meets: %1 (%2, p. %3)",
    "Niet voldaan: %1 (Ctrl+Z maakt het ongedaan)": "Not met: %1 (Ctrl+Z undoes it)",
    "Niet voldaan door deze brief": "Not met by this letter",
    "Reactief, antwoord op: “%1”": "Reactive, answering: “%1”",
    # issue 12
    "Thema opslaan…": "Saving the theme…",
    "Stoppen…": "Stopping…",
    "Stoppen": "Stop",
    "Stoppen: het thema en de tags blijven zoals ze waren": (
        "Stop: the theme and the tags stay as they were"
    ),
    "Bibliotheek opnieuw taggen: {done} van {total} brieven": (
        "Re-tagging the library: {done} of {total} letters"
    ),
    "Toepassen gestopt: het thema en de tags zijn gebleven zoals ze waren.": (
        "Apply stopped: the theme and the tags stayed as they were."
    ),
    "Bibliotheek openen…": "Opening the library…",
    "Onverwachte fout: %1": "Unexpected error: %1",
    "%1 van %2 brieven · %3 brieven per seconde": "%1 of %2 letters · %3 letters per second",
    "nog %1 s": "%1 s left",
    "nog %1 min": "%1 min left",
    # issue 11
    "Dit spreekpunt is intussen gewijzigd door %1; uw wijziging is niet opgeslagen. "
    "De nieuwe tekst staat nu in de lijst.": (
        "This talking point was changed meanwhile by %1; your change was not saved. "
        "The new text is now in the list."
    ),
    "een ander": "someone else",
    "Uw tekst was: %1": "Your text was: %1",
    "door %1": "by %1",
    "Notitie van %1, %2": "Note by %1, %2",
    "Het standaardbestand briefer.sqlite": "The default file briefer.sqlite",
    "Een databasebestand, of een teambibliotheek op een PostgreSQL-server: "
    "postgresql+psycopg://gebruiker@server/database. Geldt vanaf de volgende start.": (
        "A database file, or a team library on a PostgreSQL server: "
        "postgresql+psycopg://user@server/database. Takes effect at the next start."
    ),
    "&Bibliotheek:": "&Library:",
    "Notitie samenvoegen": "Merge note",
    "%1 heeft deze notitie om %2 ook gewijzigd. Beide teksten staan in de "
    "geschiedenis; er is niets verloren. Maak hieronder één tekst van beide.": (
        "%1 also changed this note at %2. Both texts are in the history; nothing is "
        "lost. Make one text of both below."
    ),
    "Tekst van %1": "Text by %1",
    "Uw tekst": "Your text",
    "Samengevoegd (dit wordt de notitie):": "Merged (this becomes the note):",
    "Samengevoegde tekst opslaan": "Save the merged text",
    "Mijn tekst houden": "Keep my text",
    # polish
    "Vergelijken met": "Compare with",
    "&Vergelijken met": "&Compare with",
    "'Wat is er veranderd' zet de nieuwste brief naast deze brief of versie.": (
        "'What has changed' sets the newest letter beside this letter or version."
    ),
    "Automatisch": "Automatic",
    "(brief niet meer in de bibliotheek)": "(letter no longer in the library)",
    "Tekst van de brief": "Text of the letter",
    "Deze grijze regel is geen kop- of voetregel maar tekst van de brief": (
        "This greyed line is no running header or footer but text of the letter"
    ),
    "De regel hoort nu bij de tekst van de brief.": "The line is now part of the letter's text.",
    "Weggelaten als kop- of voetregel of paginanummer; is het tekst van de brief, kies dan "
    "'Tekst van de brief'": (
        "Left out as a running header or footer or page number; if it is text of the "
        "letter, choose 'Text of the letter'"
    ),
    # team-ux
    "Vernieuwen": "Refresh",
    "Melding sluiten": "Close this message",
    "Iemand anders heeft deze briefing verwijderd; wat u ziet is niet opgeslagen.": (
        "Someone else deleted this briefing; what you see is not saved."
    ),
    "Iemand anders": "Someone else",
    "%1 heeft deze briefing gewijzigd.": "%1 changed this briefing.",
    "%1 heeft deze briefing gewijzigd; de nieuwe stand wordt getoond.": (
        "%1 changed this briefing; it is shown as it is now."
    ),
    "De geopende brief is verwijderd.": "The open letter was deleted.",
    "Ook gewijzigd door %1: beide teksten zijn bewaard.": (
        "Also changed by %1: both texts are kept."
    ),
    "iemand anders": "someone else",
    "Notitie ook gewijzigd door %1: beide teksten staan in de geschiedenis.": (
        "Note also changed by %1: both texts are in the history."
    ),
    # --- issue 21: the window and the pack as a newcomer finds them ---------------------
    "bijv. %1": "e.g. %1",
    "De map Documenten (%1)": "The Documents folder (%1)",
    "<b>Lezen.</b> Links staan de brieven van de bibliotheek; kies er een en lees hem in het "
    "midden. Elke passage draagt de merktekens van haar thema's.": (
        "<b>Reading.</b> On the left are the letters of the library; choose one and read it "
        "in the middle. Every passage carries the marks of its themes."
    ),
    "<b>Een thema.</b> Kies links onder Thema's een thema: rechts staan dan alle passages "
    "erover uit alle brieven, uw notities en uw spreekpunten.": (
        "<b>A theme.</b> Choose a theme under Themes on the left: on the right you then see "
        "every passage on it from all letters, your notes and your talking points."
    ),
    "<b>Een passage.</b> Klik een passage in de lezer: eronder ziet u waarom ze bij elk thema "
    "hoort, vinkt u zelf thema's aan of uit en schrijft u er een notitie bij.": (
        "<b>A passage.</b> Click a passage in the reader: beneath it you see why it belongs "
        "to each theme, tick themes on or off yourself and write a note on it."
    ),
    "<b>Een briefing.</b> Kies rechts Briefing, voeg een of meer thema's toe en kies de "
    "onderdelen; het voorbeeld toont de briefing zoals hij wordt. Ctrl+E exporteert naar "
    "Word of PDF, Ctrl+P drukt af.": (
        "<b>A briefing.</b> Choose Briefing on the right, add one or more themes and choose "
        "the parts; the preview shows the briefing as it will be. Ctrl+E exports to Word or "
        "PDF, Ctrl+P prints."
    ),
    "<b>Een nieuwe brief.</b> Ctrl+O importeert PDF-, Word- en tekstbestanden (of sleep ze op "
    "het venster). Bestand › Inlezing controleren toont wat Briefer ervan las, en daar "
    "verbetert u het.": (
        "<b>A new letter.</b> Ctrl+O imports PDF, Word and text files (or drop them on the "
        "window). File › Check reading shows what Briefer read, and there you correct it."
    ),
    "&Snel aan de slag": "&Getting started",
    "Snel aan de slag": "Getting started",
    "&Sneltoetsen": "&Keyboard shortcuts",
    "Sneltoetsen": "Keyboard shortcuts",
    "Afdruk&voorbeeld…": "Print pre&view…",
    "&Ongedaan maken: %1": "&Undo: %1",
    "&Opnieuw: %1": "&Redo: %1",
    "Briefing zonder titel": "Untitled briefing",
    "Wijzigingen vergelijkt twee brieven, of twee versies van één brief. De bibliotheek heeft "
    "er nog maar één: importeer een tweede brief, of een nieuwe versie van deze (dezelfde "
    "kamerstuk, een andere tekst).": (
        "Changes compares two letters, or two versions of one letter. The library has only "
        "one so far: import a second letter, or a new version of this one (the same "
        "kamerstuk, another text)."
    ),
    "Elke status": "Any state",
    "Een opgeslagen briefing openen, of een nieuwe beginnen": (
        "Open a saved briefing, or start a new one"
    ),
    "leeg: %1": "empty: %1",
    "leeg bij %1": "empty for %1",
    "Weggelaten bij %1: daar is niets voor": "Left out for %1: nothing there for it",
    "Vink een thema aan of uit om zelf te kiezen:": "Tick a theme on or off to choose yourself:",
    "Tekst": "Text",
    "Notitie": "Note",
    "Thema's (%1)": "Themes (%1)",
    "Notitie ●": "Note ●",
    "Afdrukvoorbeeld: %1": "Print preview: %1",
    "geen notitie onder '%1'": "no note under '%1'",
    "nog geen actieve spreekpunten": "no active talking points yet",
    "geen reactieve spreekpunten en geen notitie onder 'Reactief' of 'Q&A'": (
        "no reactive talking points and no note under 'Reactief' or 'Q&A'"
    ),
    "geen passages over dit thema": "no passages on this theme",
    "geen brieven gebruikt": "no letters used",
    "geen eigen notities": "no notes of your own",
    "geen toezeggingen over dit thema en geen notitie onder 'Toezeggingen'": (
        "no commitments on this theme and no note under 'Toezeggingen'"
    ),
    "er is nog geen tweede brief of versie om mee te vergelijken": (
        "there is no second letter or version to compare with yet"
    ),
    "op dit thema is niets veranderd": "nothing has changed on this theme",
    "de gekozen brief om mee te vergelijken staat niet meer in de bibliotheek": (
        "the letter chosen to compare with is no longer in the library"
    ),
    "de gekozen versie om mee te vergelijken bestaat niet meer": (
        "the version chosen to compare with no longer exists"
    ),
    "geen bibliotheek om te vergelijken": "no library to compare",
    "dit onderdeel heeft hier nog geen inhoud": "this part has no content here yet",
    "De bibliotheek ontbreekt": "The library is missing",
    "Het bibliotheekbestand is er niet meer, maar er zijn reservekopieën van.": (
        "The library file is gone, but there are backups of it."
    ),
    "Nieuwe, lege bibliotheek": "New, empty library",
    "De reservekopieën blijven bewaard.": "The backups are kept.",
    "Eén notitieversie van na de reservekopie is teruggezet.": (
        "One note version saved after the backup was put back."
    ),
    "%1 notitieversies van na de reservekopie zijn teruggezet (%2 notities).": (
        "%1 note versions saved after the backup were put back (%2 notes)."
    ),
    "Eén notitie hoorde bij een brief die na de reservekopie kwam; de tekst staat in %2.": (
        "One note belonged to a letter that came after the backup; its text is in %2."
    ),
    "%1 notities hoorden bij een brief die na de reservekopie kwam; hun tekst staat in %2.": (
        "%1 notes belonged to a letter that came after the backup; their text is in %2."
    ),
    "Bibliotheek teruggezet": "Library restored",
    "geannuleerd, niet opgeslagen": "cancelled, not stored",
    "niet opgeslagen": "not stored",
    # --- kinds of document, roles of passages, footnotes (issue 18) ----------------------
    "Kamerbrief": "Letter to parliament",
    "Motie": "Motion",
    "Kamervragen": "Parliamentary questions",
    "BNC-fiche": "BNC fact sheet",
    "Document": "Document",
    "Een brief van de regering aan de Tweede Kamer": (
        "A letter from the government to the House of Representatives"
    ),
    "Een motie: overwegingen, een verzoek aan de regering en de indieners": (
        "A motion: its considerations, a request to the government and its sponsors"
    ),
    "Schriftelijke vragen van Kamerleden met de antwoorden van de regering": (
        "Written questions of members of parliament with the government's answers"
    ),
    "Een BNC-fiche: het oordeel van het kabinet over een nieuw EU-voorstel": (
        "A BNC fact sheet: the cabinet's assessment of a new EU proposal"
    ),
    "Een document van een andere soort, gelezen als gewone tekst": (
        "A document of another kind, read as plain text"
    ),
    "Vraag %1": "Question %1",
    "Vraag": "Question",
    "Antwoord %1": "Answer %1",
    "Antwoord": "Answer",
    "Overweging": "Consideration",
    "Verzoek (dictum)": "Request (operative part)",
    "Nederlandse positie": "Netherlands position",
    "vragen van %1": "questions by %1",
    "antwoord van %1": "answered by %1",
    "ingediend door %1": "submitted by %1",
    "nr. %1": "no. %1",
    "Let op:": "Note:",
    "p.": "p.",
    "Voetnoten:": "Footnotes:",
    "Voetnoten van de passage": "The passage's footnotes",
    "voetnoot": "footnote",
    "Voetnoot bij de passage erboven": "Footnote of the passage above",
}
