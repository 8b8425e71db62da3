"""Segmentation: headings, bodies, list items and the roles of front matter."""

from __future__ import annotations

from checker.document import Block, Document
from checker.extract.text import text_to_blocks
from checker.language import load_language
from checker.segment import annex_key, outline, segment


def _clauses(text: str, **hints):
    doc = Document(path="x", format="txt", blocks=text_to_blocks(text))
    return segment(doc, load_language())


def _headings(clauses):
    return [c.heading for c in clauses if c.heading]


def test_article_headings_and_bodies():
    clauses = _clauses(
        "Artikel 1 Doel\nDe route verbindt vmbo en mbo.\n\nArtikel 2 – Geschillen\n"
        "1. Partijen overleggen eerst.\n2. Daarna beslist de rechter.\n"
    )
    assert _headings(clauses) == ["Artikel 1 Doel", "Artikel 2 – Geschillen"]
    geschillen = clauses[-1]
    assert geschillen.title == "Geschillen"
    assert [p.text for p in geschillen.paragraphs] == [
        "1. Partijen overleggen eerst.",
        "2. Daarna beslist de rechter.",
    ]


def test_label_and_title_on_separate_lines_are_one_heading():
    clauses = _clauses("Artikel 7\nOverstapoptie\nDe leerling kan overstappen.\n")
    assert _headings(clauses) == ["Artikel 7 Overstapoptie"]
    assert clauses[1].title == "Overstapoptie"


def test_numbered_heading_versus_numbered_sentence():
    clauses = _clauses("5. Overstapoptie\n\n1. Een leerling die stopt, krijgt een passend alternatief.\n")
    assert _headings(clauses) == ["5. Overstapoptie"]
    assert clauses[1].paragraphs[0].text.startswith("1. Een leerling")


def test_capitals_and_section_sign_are_headings():
    clauses = _clauses("§ 3 Leiding\nDe stuurgroep leidt de route.\n\nGESCHILLEN\nDe rechter beslist.\n")
    assert _headings(clauses) == ["§ 3 Leiding", "GESCHILLEN"]


def test_bold_and_large_blocks_are_headings():
    blocks = [
        Block("Leiding en verantwoording", bold=True),
        Block("De stuurgroep bestaat uit twee leden."),
        Block("Overstap", font_size=14),
        Block("Wie stopt, kiest een andere opleiding.", font_size=10),
    ]
    clauses = segment(Document("x", "pdf", blocks, body_font_size=10), load_language())
    assert _headings(clauses) == ["Leiding en verantwoording", "Overstap"]


def test_table_of_contents_preamble_and_definitions_arrange_nothing():
    text = (
        "Samenwerkingsovereenkomst\n\nInhoudsopgave\nArtikel 1 Begripsbepalingen ........ 2\n"
        "Artikel 2 Geschillen ........ 3\n\nDe ondergetekenden: Stichting A en Stichting B.\n\n"
        "Overwegende dat geschillen snel moeten worden opgelost;\n\nkomen als volgt overeen:\n\n"
        "Artikel 1 Begripsbepalingen\nGeschil: een verschil van mening tussen partijen.\n\n"
        "Artikel 2 Geschillen\nDe rechter beslist.\n"
    )
    clauses = _clauses(text)
    roles = {p.text: p.role for c in clauses for p in c.paragraphs}
    assert roles["Artikel 2 Geschillen ........ 3"] == "toc"
    assert roles["Overwegende dat geschillen snel moeten worden opgelost;"] in ("front", "preamble")
    assert roles["Geschil: een verschil van mening tussen partijen."] == "definitions"
    assert roles["De rechter beslist."] == "body"


def test_preamble_without_operative_marker():
    clauses = _clauses("Overwegende dat partijen samenwerken;\n\nDe rechter beslist over geschillen.\n")
    roles = [p.role for c in clauses for p in c.paragraphs]
    assert roles == ["preamble", "body"]


def test_tick_boxes_keep_the_ticked_options_only():
    from checker.segment import ticked_only

    assert ticked_only("Niveau ☒ 2 ☐ 3 ☐ 4") == "Niveau 2"
    assert ticked_only("Wordt bekostiging overgedragen? ☐ ja ☒ nee") == "Wordt bekostiging overgedragen? nee"
    assert ticked_only("■ een opsomming met blokjes") == "■ een opsomming met blokjes"


def test_bold_unnumbered_lines_are_sub_headings_of_the_numbered_article():
    blocks = [
        Block("Artikel 3 Leiding", bold=True, heading_level=1),
        Block("Doel", bold=True),
        Block("Korte lijnen."),
        Block("Afspraak", bold=True),
        Block("De leiding berust bij het routeduo."),
        Block("Artikel 4 Verantwoording", bold=True, heading_level=1),
    ]
    clauses = segment(Document(path="x", format="docx", blocks=blocks), load_language())
    by_heading = {c.heading: c for c in clauses}
    article = by_heading["Artikel 3 Leiding"]
    assert by_heading["Doel"].parent == article.index
    assert by_heading["Afspraak"].parent == article.index
    assert by_heading["Artikel 4 Verantwoording"].parent == article.parent


def test_covering_letter_before_the_title_and_signature_lines_arrange_nothing():
    clauses = _clauses(
        "Beste Wubbo,\n\nHierbij de tekst; de mediator nemen we niet op.\n\n"
        "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE\n\n"
        "1. Route\nDe route leidt naar Kok niveau 2.\n\n"
        "Voor de school: ____________ G. Scholtens\n\nGroet, Marieke"
    )
    roles = {p.text: p.role for c in clauses for p in c.paragraphs}
    assert roles["Hierbij de tekst; de mediator nemen we niet op."] == "front"
    assert roles["De route leidt naar Kok niveau 2."] == "body"
    assert roles["Groet, Marieke"] == "signature"


def test_contents_with_page_numbers_apart_is_a_table_of_contents():
    # A PDF whose page numbers stand at the right margin: each entry and its number are two blocks.
    entries = [
        "Inhoud", "Artikel 1 Begripsbepalingen", "2", "Artikel 2 Werkveld en leerbedrijven", "3",
        "Artikel 3 Geschillen", "4", "Artikel 1 Begripsbepalingen", "Routeleiding: de leiding van de route.",
        "Artikel 3 Geschillen", "De rechter beslist.",
    ]  # fmt: skip
    blocks = [Block(text, page=1 if n < 7 else 2, bold=n == 0 or n >= 7) for n, text in enumerate(entries)]
    clauses = segment(Document(path="x.pdf", format="pdf", blocks=blocks), load_language())
    assert "Artikel 2 Werkveld en leerbedrijven" not in _headings(clauses)  # listed, never written
    assert "2" not in _headings(clauses)
    roles = {p.text: p.role for c in clauses for p in c.paragraphs}
    assert roles["Artikel 2 Werkveld en leerbedrijven"] == "toc"
    assert roles["De rechter beslist."] == "body"


def test_unnumbered_entries_with_page_numbers_stay_in_the_contents():
    # "Leeswijzer 2", "Ondertekening 12" between numbered entries: the run goes on to the annexes
    entries = [
        "Inhoud", "Leeswijzer 2", "1 Partijen 3", "2 De route 3", "3 Leiding 4", "Ondertekening 12",
        "Bijlage 1 Rekenvoorbeeld verrekening 13", "Bijlage 2 Overlegkalender 13",
        "Leeswijzer", "Hoofdstuk 1 zegt wat de route is.", "1 De route", "De route leidt naar niveau 3.",
    ]  # fmt: skip
    blocks = [Block(text, page=1, bold=text in ("Inhoud", "Leeswijzer")) for text in entries]
    clauses = segment(Document(path="x.docx", format="docx", blocks=blocks), load_language())
    headings = _headings(clauses)
    assert not any(h.startswith("Bijlage") for h in headings), headings
    roles = {p.text: p.role for c in clauses for p in c.paragraphs}
    assert roles["Bijlage 2 Overlegkalender 13"] == "toc" and roles["Ondertekening 12"] == "toc"
    assert roles["De route leidt naar niveau 3."] == "body"


def test_a_commitment_that_opens_the_operative_part_is_itself_an_arrangement():
    later = "".join(
        f"Onderwerp {n}\nWij spreken af dat de routeregie dit onderwerp {n} regelt.\n\n" for n in range(1, 9)
    )
    clauses = _clauses(
        "Samen de weg op\n\nWaarom dit stuk\nJongeren uit de regio moesten na het vmbo opnieuw beginnen.\n\n"
        "Welke route het is\nWij spreken af dat wij samen een route verzorgen van het profiel Zorg en welzijn "
        "naar de opleiding Verzorgende-IG, niveau 3.\n\n" + later
    )
    roles = {p.text[:20]: p.role for c in clauses for p in c.paragraphs}
    assert roles["Jongeren uit de regi"] == "front"
    assert roles["Wij spreken af dat w"] == "body"


def test_a_run_in_title_set_apart_is_a_heading():
    blocks = [
        Block("Geld.", page=1, bold=True, run_in=True),
        Block("De school draagt geen bekostiging over.", page=1),
        Block("De rechter beslist.", page=1, bold=True),  # a short sentence in bold is no title
    ]
    clauses = segment(Document(path="x.md", format="md", blocks=blocks), load_language())
    assert _headings(clauses) == ["Geld."]


def test_a_table_below_contents_is_a_table_of_contents():
    blocks = [
        Block("Inhoud", page=1, bold=True),
        Block("Nr: 1; Onderwerp: De route.", page=1, in_table=True),
        Block("Nr: 9; Onderwerp: Geschillen en bemiddeling.", page=1, in_table=True),
        Block("Partijen spreken het volgende af.", page=1),
        Block("Geschillen", page=2, bold=True),
        Block("Nr: 1; Afspraak: De rechter beslist.", page=2, in_table=True),
    ]
    clauses = segment(Document(path="x.pdf", format="pdf", blocks=blocks), load_language())
    roles = {p.text: p.role for c in clauses for p in c.paragraphs}
    assert roles["Nr: 9; Onderwerp: Geschillen en bemiddeling."] == "toc"
    assert roles["Partijen spreken het volgende af."] != "toc"
    assert roles["Nr: 1; Afspraak: De rechter beslist."] == "body"  # a table elsewhere is no contents


def test_lettered_bold_headings_after_the_parties_are_sections():
    blocks = [
        Block("Ondergetekenden", page=1, bold=True, font_size=10.5),
        Block("1. Stichting A te Ede;", page=1, font_size=10.5),
        Block("verklaren het volgende te zijn overeengekomen.", page=1, font_size=10.5),
        Block("a. Route, profiel en opleiding", page=1, bold=True, font_size=12.5),
        Block("Partijen bieden samen de route aan.", page=1, font_size=10.5),
        Block("b. Geldstroom", page=1, bold=True, font_size=12.5),
        Block("De school draagt 18 procent over.", page=1, font_size=10.5),
    ]
    clauses = segment(
        Document(path="x.pdf", format="pdf", blocks=blocks, body_font_size=10.5), load_language()
    )
    by_heading = {c.heading: c for c in clauses if c.heading}
    assert {"a. Route, profiel en opleiding", "b. Geldstroom"} <= set(by_heading)
    route = by_heading["a. Route, profiel en opleiding"]
    assert route.role == "body" and route.parent == 0  # not nested below "Ondergetekenden"
    assert [p.role for p in by_heading["b. Geldstroom"].paragraphs] == ["body"]


def test_a_table_of_arrangements_right_below_the_parties_arranges():
    blocks = [
        Block("Partijen", page=1, bold=True),
        Block("Stichting A en Stichting B leggen hun afspraken vast in de matrix hieronder.", page=1),
        Block("Onderwerp: Onenigheid; Samen: eerst het routeteam, dan een mediator.", page=1, in_table=True),
    ]
    clauses = segment(Document(path="x.docx", format="docx", blocks=blocks), load_language())
    roles = {p.text: p.role for c in clauses for p in c.paragraphs}
    assert roles["Onderwerp: Onenigheid; Samen: eerst het routeteam, dan een mediator."] == "body"


def test_contents_without_page_numbers_keeps_its_annex_entry():
    # Contents as plain lines; its last entry looks like an annex heading and is written later.
    blocks = [
        Block("Regeling doorlopende leerroute", heading_level=1),
        Block("Inhoud", bold=True),
        Block("Welke route"),
        Block("Routeleiding"),
        Block("Bijlage - Model overstapverslag (geen onderdeel van de regeling)"),
        Block("Welke route", heading_level=2),
        Block("De route verbindt het profiel Bouwen, wonen en interieur met de opleiding Timmerman."),
        Block("Routeleiding", heading_level=2),
        Block("De leiding berust bij het routeteam."),
        Block("Bijlage - Model overstapverslag (geen onderdeel van de regeling)", heading_level=2),
        Block("Dit model is een hulpmiddel voor mentoren."),
    ]
    clauses = segment(Document(path="x.docx", format="docx", blocks=blocks), load_language())
    roles = {c.heading: c.role for c in clauses if c.heading}
    assert roles["Welke route"] == "body"
    assert roles["Routeleiding"] == "body"
    assert roles["Bijlage - Model overstapverslag (geen onderdeel van de regeling)"] == "note"
    assert sum(1 for c in clauses if c.heading and c.heading.startswith("Bijlage")) == 1


def test_annexes_are_known_however_they_are_numbered():
    blocks = [
        Block("Artikel 1 Route", bold=True),
        Block("De route staat in bijlage 2."),
        Block("Bijlage II Routeplan", bold=True),
        Block("Leerjaar 1: school."),
        Block("BIJLAGE B - Begroting", bold=True),
        Block("Per leerling 900 euro."),
    ]
    held = outline(segment(Document(path="x.docx", format="docx", blocks=blocks), load_language()))
    assert held.annexes == {"2", "b"}
    assert annex_key("II") == "2" and annex_key("IV") == "4" and annex_key("B") == "b"


def test_a_styled_heading_after_a_bold_parties_line_is_the_next_section():
    text = (
        "# Samenwerkingsovereenkomst doorlopende leerroute\n\n**Partijen**\n\n"
        "1. Stichting A, bevoegd gezag van het A College;\n2. Stichting B, vakinstelling.\n\n"
        "Wij leggen hieronder in vragen en antwoorden vast wat we samen afspreken.\n\n"
        "## Welke route bieden we samen aan?\n\nDe route leidt naar de opleiding Allround bakker, niveau 3.\n"
    )
    doc = Document(path="x.md", format="md", blocks=text_to_blocks(text, markdown=True))
    by_heading = {c.heading: c for c in segment(doc, load_language()) if c.heading}
    route = by_heading["Welke route bieden we samen aan?"]
    assert route.parent != by_heading["Partijen"].index
    assert route.role == "body"
    assert [p.role for p in route.paragraphs] == ["body"]


def test_longer_run_in_titles_in_a_document_that_uses_them():
    text = (
        "1. Wat we aanbieden. Leerlingen van het profiel Zorg en welzijn gaan naar de opleiding Kapper.\n\n"
        "2. Met wie uit het vak. Drie kapsalons nemen iedere student op voor de stage.\n\n"
        "3. Geld. Er gaat geen geld tussen ons over en weer.\n\n"
        "4. Als we het oneens zijn. Eerst praten de bestuurders, daarna beslist de rechter.\n\n"
        "5. Erbij komen, stoppen en veranderen. Een andere school kan meedoen.\n"
    )
    assert _headings(_clauses(text)) == [
        "1. Wat we aanbieden.",
        "2. Met wie uit het vak.",
        "3. Geld.",
        "4. Als we het oneens zijn.",
        "5. Erbij komen, stoppen en veranderen.",
    ]
    # without the style (one strict run-in title in the document) a longer one stays text
    assert "1. Met wie uit het vak." not in _headings(
        _clauses("1. Met wie uit het vak. Drie kapsalons nemen studenten op.\n\n2. De rest volgt.\n")
    )
