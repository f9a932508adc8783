"""What a careful reader finds in the bundled letter (35 925 V, nr. 84), written by hand.

Commitments: (page, a few words of the sentence, due as normalised or None,
a word the subject must contain). References: (page, display form).
"""

from __future__ import annotations

COMMITMENTS: list[tuple[int, str, str | None, str]] = [
    (4, "gerichte Afrikastrategie formuleren", None, "Afrikastrategie"),
    (9, "geïnformeerd door de Minister van Defensie", None, ""),
    (9, "later dit jaar uitvoeriger te informeren", "2022", "missies"),
    (10, "begin 2023 een internationale ministeriële conferentie", "begin 2023", "conferentie"),
    (10, "Rijksbrede Veiligheidsstrategie, die eind 2022", "eind 2022", "Veiligheidsstrategie"),
    (11, "cyberstrategie zal in Q2/Q3 worden afgerond", "Q3 2022", "cyberstrategie"),
    (14, "in de loop van dit jaar een notitie te sturen", "2022", "notitie"),
    (14, "derde kwartaal van 2022 een nieuwe mensenrechtennota", "Q3 2022", "mensenrechtennota"),
    (15, "eerste suppletoire begroting 2022", "Voorjaarsnota 2022", ""),
    (16, "Europees Hof van de Rechten van de Mens separaat geïnformeerd", None, "Europees Hof"),
    (17, "uiterlijk 1 juni een hoofdlijnennotitie over de Europawet", "2022-06-01", "Europawet"),
    (17, "blijven informeren over de uitkomsten van de burgerconsultaties", None, "burger"),
    (
        17,
        "Staat van de Unie die uw Kamer dit voorjaar ontvangt",
        "voorjaar 2022",
        "Staat van de Unie",
    ),
    (
        17,
        "derde kwartaal kunt u een Internationale Klimaatstrategie",
        "Q3 2022",
        "Klimaatstrategie",
    ),
    (18, "reguliere begrotingsmomenten geïnformeerd", None, "plannen"),
    (18, "voor de zomer van 2022 aan de Kamer verslag uitbrengen", "zomer 2022", "voortgang"),
]

# Sentences a careless reader might count, but that promise nothing to the Kamer.
NOT_COMMITMENTS = [
    "Via deze brief informeer ik uw Kamer graag",
    "Hierover zal het kabinet de komende periode met uw Kamer",
    "Deze bijdrage wordt in de loop van dit jaar volgens plan uitgebreid",
    "Deze inzet zal in de nieuwe nota worden uitgewerkt",
    "zal het kabinet blijven inzetten op succesvolle",
    "is uw Kamer per brief van 29 september 2021",
]

REFERENCES: list[tuple[int, str]] = [
    (1, "36 045, nr. 3"),
    (3, "36 045, nr. 4"),
    (9, "36 045, nr. 4"),
    (11, "amendement-Mulder"),  # named only, no number
    (16, "33 997, nr. 145"),
    (16, "33 997, nr. 168"),
    (16, "21 501-20, nr. 1795"),
    (17, "35 788, nr. 77"),
    (18, "27 925, nr. 882"),
]
