"""Tables from any format: column headings kept with their values; a table of arrangements is a
list of clauses whose topic cells head their rows."""

from __future__ import annotations

from checker.document import Block, Document
from checker.extract.tables import table_blocks
from checker.language import load_language
from checker.segment import segment


def _rows(*rows):
    return [[[Block(cell, in_table=True)] if cell else [] for cell in row] for row in rows]


ARRANGEMENTS = _rows(
    ("Thema", "Afspraak", "Eigenaar"),
    (
        "Werkveld",
        "Het regionale werkveld wordt betrokken bij de invulling van de leerroute.",
        "Kwartiermaker",
    ),
    (
        "Inrichting en locaties",
        "De vo-fase wordt verzorgd op de locatie Veenendaal; de mbo-fase bij de instelling en bij leerbedrijven.",
        "Kernteam",
    ),
)


def test_a_table_of_arrangements_gives_each_row_its_topic_as_a_heading():
    # the topic heads its row and stays in the row's text: the row is said of it
    blocks = table_blocks(ARRANGEMENTS)
    assert [b.text for b in blocks] == [
        "Werkveld",
        "Thema: Werkveld; Afspraak: Het regionale werkveld wordt betrokken bij de invulling van de leerroute; "
        "Eigenaar: Kwartiermaker.",
        "Inrichting en locaties",
        "Thema: Inrichting en locaties; Afspraak: De vo-fase wordt verzorgd op de locatie Veenendaal; de "
        "mbo-fase bij de instelling en bij leerbedrijven; Eigenaar: Kernteam.",
    ]
    clauses = segment(Document(path="t.docx", format="docx", blocks=blocks), load_language())
    titled = {c.title: [p.text for p in c.paragraphs] for c in clauses if c.title}
    assert titled["Werkveld"][0].startswith("Thema: Werkveld; Afspraak: Het regionale werkveld")
    assert titled["Inrichting en locaties"][0].startswith(
        "Thema: Inrichting en locaties; Afspraak: De vo-fase"
    )


def test_a_bold_column_heading_may_be_longer():
    rows = [
        [
            [Block(name, bold=True, in_table=True)]
            for name in ("Taak of bevoegdheid van het routeteam", "Zelf beslissen?")
        ],
        *_rows(("Rooster en verdeling van lesdagen", "ja"), ("Uitgaven boven € 5.000", "nee, besturen")),
    ]
    assert [b.text for b in table_blocks(rows)] == [
        "Taak of bevoegdheid van het routeteam: Rooster en verdeling van lesdagen; Zelf beslissen: ja.",
        "Taak of bevoegdheid van het routeteam: Uitgaven boven € 5.000; Zelf beslissen: nee, besturen.",
    ]


def test_a_data_table_keeps_every_value_with_its_column_heading():
    money = _rows(
        ("Leerjaar", "Bedrag", "Bestemming"),
        ("3", "€ 900 per leerling", "inzet van mbo-docenten"),
        ("4", "€ 1.100 per leerling", "gebruik van het skillslab"),
    )
    assert [b.text for b in table_blocks(money)] == [
        "Leerjaar: 3; Bedrag: € 900 per leerling; Bestemming: inzet van mbo-docenten.",
        "Leerjaar: 4; Bedrag: € 1.100 per leerling; Bestemming: gebruik van het skillslab.",
    ]


def test_a_dotted_fill_in_line_at_the_end_of_a_cell_stays_visible():
    # the row adds its own full stop in place of a cell's, but a template gap must stay a gap
    rows = _rows(
        ("Onderwerp", "Afspraak", "Wie"),
        ("Leiding", "De leiding berust bij een kernteam. Benoeming van de leden: ..........", "Besturen"),
        ("Looptijd", "De overeenkomst geldt voor vier schooljaren en wordt daarna verlengd.", "Besturen"),
    )
    texts = [b.text for b in table_blocks(rows)]
    assert "Afspraak: De leiding berust bij een kernteam. Benoeming van de leden: ..........; Wie" in texts[1]
    assert load_language().strip_placeholders(texts[1])[1]  # read as a gap left open
    assert texts[3].endswith(
        "Afspraak: De overeenkomst geldt voor vier schooljaren en wordt daarna verlengd; Wie: Besturen."
    )


def _note_document(first_line: str) -> Document:
    return Document(
        path="t.docx",
        format="docx",
        blocks=[
            Block("Artikel 11 Looptijd", bold=True),
            Block("Deze overeenkomst geldt voor onbepaalde tijd."),
            Block("Toelichting", bold=True),
            Block(first_line),
            Block("Bij artikel 2", bold=True),
            Block("Leerbedrijven geven gastlessen en bieden stageplaatsen."),
            Block("Artikel 12 Slot", bold=True),
            Block("Partijen ondertekenen in tweevoud."),
        ],
    )


def test_a_note_declared_not_binding_keeps_its_sub_headings_until_the_next_article():
    declared = (
        "Deze toelichting is geschreven door de werkgroep die de overeenkomst voorbereidde. Zij maakt "
        "geen deel uit van de overeenkomst en bindt partijen niet."
    )
    roles = {c.title: c.role for c in segment(_note_document(declared), load_language()) if c.title}
    assert roles["Toelichting"] == roles["Bij artikel 2"] == "note"
    assert roles["Slot"] == "body"
    plain = "Deze toelichting is geschreven door de werkgroep die de overeenkomst voorbereidde."
    roles = {c.title: c.role for c in segment(_note_document(plain), load_language()) if c.title}
    assert roles["Toelichting"] == roles["Bij artikel 2"] == "body"


def test_a_heading_that_says_it_is_no_part_of_the_agreement_makes_a_note_but_not_niet_bindend_alone():
    def roles(title: str) -> dict:
        document = Document(
            path="t.docx",
            format="docx",
            blocks=[Block(title, bold=True), Block("Een geschil wordt voorgelegd aan een deskundige.")],
        )
        return {c.title: c.role for c in segment(document, load_language()) if c.title}

    assert set(roles("Deel B - ter informatie, geen onderdeel van de afspraken").values()) == {"note"}
    assert set(roles("Geschillen: niet bindend advies").values()) == {"body"}
