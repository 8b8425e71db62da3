"""Tests for checker.extract.pdf. Every PDF is drawn with reportlab in tmp_path."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from checker.document import Document, ExtractionError
from checker.extract.pdf import _join_lines, extract_pdf

WIDTH, HEIGHT = A4
FILLER = (
    "de scholen maken afspraken over de doorstroom van leerlingen in de leerroute en over de "
    "begeleiding zorg examinering gegevensuitwisseling en de evaluatie van het programma"
).split()


@pytest.fixture(params=["pdfium", "pdfplumber"])
def backend(request) -> str:
    return request.param


def draw_pdf(path: Path, *pages: Callable[[canvas.Canvas], None], **kwargs) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, **kwargs)
    for draw in pages:
        draw(c)
        c.showPage()
    c.save()
    return path


def fill(prefix: str, width: float, font: str = "Helvetica", size: float = 10) -> str:
    """`prefix` followed by filler words up to about `width` points."""
    text, i = prefix, 0
    while stringWidth(f"{text} {FILLER[i % len(FILLER)]}", font, size) < width:
        text += " " + FILLER[i % len(FILLER)]
        i += 1
    return text


def lines_at(c: canvas.Canvas, x: float, y: float, texts: list[str], pitch: float = 14, size=10):
    c.setFont("Helvetica", size)
    for i, text in enumerate(texts):
        c.drawString(x, y - i * pitch, text)


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def position(doc: Document, needle: str) -> int:
    return doc.text.index(needle)


# --- reading order -----------------------------------------------------------------------------


def test_two_column_page_is_read_column_by_column(tmp_path, backend):
    def page(c):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 760, "Samenwerkingsovereenkomst twee kolommen")
        lines_at(c, 72, 720, [fill(f"links{i}", 210) for i in range(20)])
        lines_at(c, 310, 720, [fill(f"Rechts{i}", 210) for i in range(20)])
        lines_at(c, 72, 420, [fill("slotregel over de volle breedte", 440) + "."])

    doc = extract_pdf(draw_pdf(tmp_path / "kolommen.pdf", page), backend=backend)
    text = doc.text
    last_left = max(text.index(f"links{i} ") for i in range(20))
    first_right = min(text.index(f"Rechts{i} ") for i in range(20))
    assert last_left < first_right
    assert [text.index(f"links{i} ") for i in range(20)] == sorted(
        text.index(f"links{i} ") for i in range(20)
    )
    assert text.index("twee kolommen") < text.index("links0 ")
    assert text.index("slotregel") > max(text.index(f"Rechts{i} ") for i in range(20))
    # the left column is one paragraph: it never swallows right-column words
    left_block = next(b for b in doc.blocks if b.text.startswith("links0"))
    assert "Rechts" not in left_block.text


TITLE = "Samenwerkingsovereenkomst doorlopende leerroute Eemland"


def test_ragged_columns_with_centred_title_and_running_lines(tmp_path, backend):
    # modelled on sample 06: ragged right edges, a 25 pt gutter, a centred full-width title
    def page(c):
        c.setFont("Helvetica", 8)
        c.drawString(51, HEIGHT - 37, "Samenwerkingsovereenkomst Media & ICT")
        c.drawCentredString(WIDTH / 2, 31, "Pagina 1 van 1")
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(WIDTH / 2, 740, TITLE)
        left = [fill(f"links{i}", 170 + (i * 29) % 64) for i in range(30)]
        right = [fill(f"Rechts{i}", 170 + (i * 31) % 64) for i in range(30)]
        lines_at(c, 51, 712, left, pitch=13.2)
        lines_at(c, 310, 709, right, pitch=13.2)

    doc = extract_pdf(draw_pdf(tmp_path / "rafelig.pdf", page, page), backend=backend)
    text = doc.text[: doc.text.index(TITLE, 1)]  # page 1
    assert doc.blocks[0].text == TITLE
    assert max(text.index(f"links{i} ") for i in range(30)) < text.index("Rechts0 ")
    assert "Pagina" not in text and "Media & ICT" not in text


def test_table_in_the_left_column_stays_there(tmp_path, backend):
    def page(c):
        lines_at(c, 72, 760, [fill(f"Links{i}", 210) for i in range(8)])
        lines_at(c, 310, 760, [fill(f"Rechts{i}", 210) for i in range(25)])
        for row, cells in enumerate([("Looptijd", "4 jaar"), ("Opzegging", "6 maanden")]):
            y = 620 - 20 * row
            c.rect(72, y, 100, 20)
            c.rect(172, y, 110, 20)
            c.drawString(76, y + 6, cells[0])
            c.drawString(176, y + 6, cells[1])
        lines_at(c, 72, 560, [fill(f"Onder{i}", 210) for i in range(8)])

    doc = extract_pdf(draw_pdf(tmp_path / "kolomtabel.pdf", page), backend=backend)
    order = [b.text.split()[0] for b in doc.blocks]
    assert order == ["Links0", "Looptijd", "4", "Opzegging", "6", "Onder0", "Rechts0"]


def test_single_column_page_keeps_line_order(tmp_path, backend):
    ragged = [fill(f"regel{i}", 300 + (i * 37) % 140) for i in range(25)]
    doc = extract_pdf(draw_pdf(tmp_path / "een.pdf", lambda c: lines_at(c, 72, 760, ragged)), backend=backend)
    positions = [doc.text.index(f"regel{i} ") for i in range(25)]
    assert positions == sorted(positions)


def test_form_with_labels_and_values_is_not_taken_for_columns(tmp_path, backend):
    def page(c):
        c.setFont("Helvetica", 10)
        for i, label in enumerate(["Naam:", "Functie:", "Plaats:", "Datum:", "School:", "Brin:"]):
            c.drawString(72, 700 - 20 * i, label)
            c.drawString(300, 700 - 20 * i, f"waarde{i} ....................................")

    doc = extract_pdf(draw_pdf(tmp_path / "formulier.pdf", page), backend=backend)
    assert "Naam: waarde0" in doc.text
    assert "Datum: waarde3" in doc.text


# --- running headers, footers, page numbers ---------------------------------------------------


def test_running_header_and_page_footer_are_removed(tmp_path, backend):
    def page(n):
        def draw(c):
            c.setFont("Helvetica", 8)
            c.drawString(72, HEIGHT - 40, "Samenwerkingsovereenkomst leerroute vmbo-mbo 2025")
            c.drawCentredString(WIDTH / 2, 30, f"Pagina {n} van 3")
            lines_at(c, 72, 740, [fill(f"Inhoud van pagina {n}", 400) + "."])

        return draw

    doc = extract_pdf(draw_pdf(tmp_path / "koppen.pdf", page(1), page(2), page(3)), backend=backend)
    assert texts(doc) == [b for b in texts(doc) if "Samenwerkingsovereenkomst" not in b and "Pagina" not in b]
    for n in (1, 2, 3):
        assert f"Inhoud van pagina {n}" in doc.text
    assert doc.page_count == 3


@pytest.mark.parametrize(
    "footer",
    ["4", "- 4 -", "Pagina 4", "Pagina 4 van 7", "blz. 4", "4/7", "Page 4 of 7", "(4)", "iv"],
)
@pytest.mark.parametrize("y", [28, HEIGHT - 30])
def test_page_number_lines_are_removed(tmp_path, footer, y):
    def draw(c):
        c.setFont("Helvetica", 9)
        c.drawRightString(WIDTH - 72, y, footer)
        lines_at(c, 72, 700, ["Artikel 4 Looptijd", "Deze overeenkomst geldt vier jaar."])

    doc = extract_pdf(draw_pdf(tmp_path / "nummer.pdf", draw))
    assert texts(doc) == ["Artikel 4 Looptijd", "Deze overeenkomst geldt vier jaar."]


def test_number_in_the_body_is_kept(tmp_path):
    draw = lambda c: lines_at(c, 72, 500, ["Het aantal scholen is:", "4"])  # noqa: E731
    doc = extract_pdf(draw_pdf(tmp_path / "body.pdf", draw))
    assert doc.text.replace("\n", " ") == "Het aantal scholen is: 4"


def test_article_heading_at_the_top_of_every_page_stays(tmp_path, backend):
    pages = [
        lambda c, n=n: lines_at(c, 72, HEIGHT - 60, [f"Artikel {n}", f"Inhoud {n}."], pitch=30)
        for n in (1, 2, 3)
    ]
    doc = extract_pdf(draw_pdf(tmp_path / "artikelen.pdf", *pages), backend=backend)
    assert texts(doc) == [text for n in (1, 2, 3) for text in (f"Artikel {n}", f"Inhoud {n}.")]


def test_unique_title_at_top_of_first_page_stays(tmp_path):
    def first(c):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, HEIGHT - 50, "Samenwerkingsovereenkomst Leerroute Oost")
        lines_at(c, 72, 720, ["Partijen komen het volgende overeen."])

    def second(c):
        lines_at(c, 72, 720, ["Artikel 2 Looptijd"])

    doc = extract_pdf(draw_pdf(tmp_path / "titel.pdf", first, second))
    assert doc.blocks[0].text == "Samenwerkingsovereenkomst Leerroute Oost"


# --- paragraphs, hyphenation, headings ----------------------------------------------------------


def test_hyphenated_word_is_joined_but_vmbo_mbo_kept(tmp_path, backend):
    lines = [
        "Partijen sluiten deze samenwerkings-",
        "overeenkomst voor de doorlopende leerroute vmbo-",
        "mbo en leggen het zorg-",
        "en ondersteuningsplan vast in Noord-",
        "Brabant.",
    ]
    doc = extract_pdf(
        draw_pdf(tmp_path / "afbreken.pdf", lambda c: lines_at(c, 72, 700, lines)), backend=backend
    )
    assert texts(doc) == [
        "Partijen sluiten deze samenwerkingsovereenkomst voor de doorlopende leerroute vmbo-mbo "
        "en leggen het zorg- en ondersteuningsplan vast in Noord-Brabant."
    ]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("de samenwerkings-", "overeenkomst", "de samenwerkingsovereenkomst"),
        ("leerroute vmbo-", "mbo", "leerroute vmbo-mbo"),
        ("de AVG-", "verwerking", "de AVG-verwerking"),
        ("het zorg-", "en ondersteuningsplan", "het zorg- en ondersteuningsplan"),
        ("in Noord-", "Brabant", "in Noord-Brabant"),
        ("periode 1 -", "3", "periode 1 - 3"),
        ("schooljaar 2025-", "2026", "schooljaar 2025-2026"),
        ("een e-", "mailadres", "een e-mailadres"),
        ("de oud-", "leerling", "de oud-leerling"),
        ("zie ……", "[naam school]", "zie …… [naam school]"),
    ],
)
def test_join_lines(first, second, joined):
    assert _join_lines(first, second) == joined


def test_bold_larger_heading_is_its_own_block(tmp_path, backend):
    def page(c):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 760, "Artikel 3 Toelating tot de leerroute")
        lines_at(c, 72, 738, [fill("Een leerling wordt toegelaten", 440), fill("als", 440) + "."])

    doc = extract_pdf(draw_pdf(tmp_path / "kop.pdf", page), backend=backend)
    heading, body = doc.blocks
    assert heading.text == "Artikel 3 Toelating tot de leerroute"
    assert heading.bold and not body.bold
    assert heading.font_size == 14 and body.font_size == 10
    assert doc.body_font_size == 10
    assert body.text.startswith("Een leerling wordt toegelaten")


def test_heading_wrapped_after_a_short_line_ending_in_an_article_is_one_block(tmp_path, backend):
    def page(c):
        lines_at(c, 72, 780, [fill("De route loopt", 440), "tot het einde."])
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, 740, "Artikel 3 Betrokkenheid van de")
        c.drawString(72, 726, "binnenvaartsector")
        c.drawString(72, 690, "Artikel 4 Leiding")
        c.drawString(72, 676, "Routeleiding")
        lines_at(c, 72, 650, [fill("De leiding berust bij", 440), "de routeleiding."])

    doc = extract_pdf(draw_pdf(tmp_path / "kop.pdf", page), backend=backend)
    assert "Artikel 3 Betrokkenheid van de binnenvaartsector" in texts(doc)
    # a short heading not ending in a function word stays apart from the line after it
    assert "Artikel 4 Leiding" in texts(doc) and "Routeleiding" in texts(doc)


def test_paragraphs_split_on_gaps_and_list_items(tmp_path, backend):
    def page(c):
        lines_at(c, 72, 760, [fill("Eerste alinea", 440), "loopt hier door."])
        lines_at(c, 72, 720, [fill("Tweede alinea begint na witruimte", 440), "en eindigt."])
        lines_at(c, 72, 680, ["a. eerste punt", "b. tweede punt", "- opsomming", "5.1 lid een"])

    doc = extract_pdf(draw_pdf(tmp_path / "alinea.pdf", page), backend=backend)
    assert texts(doc)[0].startswith("Eerste alinea") and texts(doc)[0].endswith("loopt hier door.")
    assert texts(doc)[1].startswith("Tweede alinea") and texts(doc)[1].endswith("en eindigt.")
    assert texts(doc)[2:] == ["a. eerste punt", "b. tweede punt", "- opsomming", "5.1 lid een"]


def test_sentence_running_over_a_page_break_is_one_block(tmp_path, backend):
    first = lambda c: lines_at(c, 72, 120, [fill("De scholen stemmen de", 440)])  # noqa: E731
    second = lambda c: lines_at(c, 72, 780, ["examenprogramma's af.", "Nieuwe alinea."])  # noqa: E731
    doc = extract_pdf(draw_pdf(tmp_path / "doorloop.pdf", first, second), backend=backend)
    assert doc.blocks[0].text.endswith("examenprogramma's af.")
    assert doc.blocks[0].page == 1
    assert doc.blocks[1].text == "Nieuwe alinea."
    assert doc.blocks[1].page == 2


def test_full_last_line_runs_on_to_a_capitalised_word_on_the_next_page(tmp_path, backend):
    # "... naar de opleiding" | "Allround medewerker, ...": a name after the break, mid-sentence
    first = lambda c: lines_at(c, 72, 120, ["Kort.", fill("Wie stopt, gaat naar de opleiding", 440)])  # noqa: E731
    second = lambda c: lines_at(c, 72, 780, ["Allround medewerker hout.", fill("Nieuwe alinea", 440) + "."])  # noqa: E731
    doc = extract_pdf(draw_pdf(tmp_path / "hoofdletter.pdf", first, second), backend=backend)
    assert any(
        b.text.endswith("Allround medewerker hout.") and b.text.startswith("Wie stopt") for b in doc.blocks
    )
    # a short last line that ends its sentence does not run on
    first = lambda c: lines_at(c, 72, 120, ["Wie stopt, krijgt een plek."])  # noqa: E731
    doc = extract_pdf(draw_pdf(tmp_path / "kort.pdf", first, second), backend=backend)
    assert [b.text for b in doc.blocks][:2] == ["Wie stopt, krijgt een plek.", "Allround medewerker hout."]


def test_blocks_carry_their_page_number(tmp_path, backend):
    pages = [lambda c, n=n: lines_at(c, 72, 700, [f"Tekst op pagina {n}."]) for n in (1, 2, 3)]
    doc = extract_pdf(draw_pdf(tmp_path / "paginas.pdf", *pages), backend=backend)
    assert [(b.page, b.text) for b in doc.blocks] == [(n, f"Tekst op pagina {n}.") for n in (1, 2, 3)]


def test_dotted_leaders_and_brackets_are_kept(tmp_path, backend):
    lines = ["Naam school: ……………………", "Contactpersoon: .................", "[in te vullen]"]
    doc = extract_pdf(
        draw_pdf(tmp_path / "stippel.pdf", lambda c: lines_at(c, 72, 700, lines)), backend=backend
    )
    assert "……………………" in doc.text
    assert "................." in doc.text
    assert "[in te vullen]" in doc.text


def test_diagonal_watermark_is_ignored(tmp_path, backend):
    def page(c):
        lines_at(c, 72, 500, [fill("De looptijd is vier jaar", 440), "en wordt verlengd."])
        c.saveState()
        c.translate(WIDTH / 2, HEIGHT / 2)
        c.rotate(45)
        c.setFont("Helvetica-Bold", 60)
        c.drawCentredString(0, 0, "CONCEPT")
        c.restoreState()

    doc = extract_pdf(draw_pdf(tmp_path / "concept.pdf", page), backend=backend)
    assert len(doc.blocks) == 1
    assert "CONCEPT" not in doc.text and not any(ch in doc.text for ch in "CNPT")


def test_table_of_contents_entries_stay_apart(tmp_path, backend):
    entries = [f"{title} {'.' * 60} {n}" for n, title in enumerate(["Partijen", "Looptijd"], 2)]
    draw = lambda c: lines_at(c, 72, 700, entries)  # noqa: E731
    doc = extract_pdf(draw_pdf(tmp_path / "inhoud.pdf", draw), backend=backend)
    assert texts(doc) == entries


# --- tables ---------------------------------------------------------------------------------


def test_ruled_table_is_read_row_by_row(tmp_path, backend):
    path = tmp_path / "tabel.pdf"
    styles = getSampleStyleSheet()
    table = Table(
        [["Onderwerp", "Afspraak"], ["Looptijd", "Vier schooljaren"], ["Opzegging", "Zes maanden"]],
        colWidths=[150, 250],
    )
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    story = [
        Paragraph("Partijen spreken het volgende af.", styles["Normal"]),
        Spacer(1, 12),
        table,
        Spacer(1, 12),
        Paragraph("Aldus overeengekomen.", styles["Normal"]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    doc = extract_pdf(path, backend=backend)
    assert texts(doc) == [
        "Partijen spreken het volgende af.",
        "Onderwerp",
        "Afspraak",
        "Looptijd",
        "Vier schooljaren",
        "Opzegging",
        "Zes maanden",
        "Aldus overeengekomen.",
    ]
    assert [b.in_table for b in doc.blocks] == [False] + [True] * 6 + [False]


def test_single_frame_is_not_a_table(tmp_path, backend):
    def page(c):
        c.rect(60, 640, 460, 80)
        lines_at(c, 72, 700, [fill("Let op: deze tekst staat in een kader", 430), "en loopt door."])

    doc = extract_pdf(draw_pdf(tmp_path / "kader.pdf", page), backend=backend)
    assert len(doc.blocks) == 1 and not doc.blocks[0].in_table


# --- errors ---------------------------------------------------------------------------------


def test_encrypted_pdf(tmp_path, backend):
    path = draw_pdf(tmp_path / "slot.pdf", lambda c: lines_at(c, 72, 700, ["Geheim."]), encrypt="geheim")
    with pytest.raises(ExtractionError) as err:
        extract_pdf(path, backend=backend)
    assert err.value.code == "encrypted"
    assert err.value.message == (
        "Het PDF-bestand is met een wachtwoord beveiligd en kan niet worden gelezen."
    )


def test_owner_password_only_is_readable(tmp_path, backend):
    lock = StandardEncryption("", ownerPassword="eigenaar", canPrint=0, canCopy=0)
    path = draw_pdf(tmp_path / "eigenaar.pdf", lambda c: lines_at(c, 72, 700, ["Leesbaar."]), encrypt=lock)
    assert texts(extract_pdf(path, backend=backend)) == ["Leesbaar."]


def test_truncated_pdf_gives_only_extraction_error(tmp_path, backend):
    good = draw_pdf(tmp_path / "heel.pdf", *[lambda c: lines_at(c, 72, 700, ["Tekst."])] * 3)
    data = good.read_bytes()
    cut = tmp_path / "half.pdf"
    cut.write_bytes(data[: len(data) // 2])
    try:
        doc = extract_pdf(cut, backend=backend)
    except ExtractionError as err:
        assert err.code in ("corrupt", "empty", "no_text_layer")
    else:
        assert isinstance(doc, Document)


@pytest.mark.parametrize("content", [os.urandom(4096), b"", b"%PDF-1.7\n garbage"])
def test_not_a_pdf_is_corrupt(tmp_path, backend, content):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(content)
    with pytest.raises(ExtractionError) as err:
        extract_pdf(path, backend=backend)
    assert err.value.code == "corrupt"
    assert err.value.message == "Het PDF-bestand is beschadigd en kan niet worden gelezen."


def test_pdf_without_pages_is_empty(tmp_path, backend):
    path = tmp_path / "leeg.pdf"
    pdfium.PdfDocument.new().save(path)
    with pytest.raises(ExtractionError) as err:
        extract_pdf(path, backend=backend)
    assert err.value.code == "empty"


def test_image_only_pdf_has_no_text_layer(tmp_path, backend):
    def scan(c):
        c.setFillGray(0.8)
        c.rect(50, 50, 495, 740, fill=1)

    with pytest.raises(ExtractionError) as err:
        extract_pdf(draw_pdf(tmp_path / "scan.pdf", scan, scan), backend=backend, ocr="never")
    assert err.value.code == "no_text_layer"
    assert "OCR" in err.value.message


def test_some_pages_without_text_give_a_warning(tmp_path, backend):
    text = lambda c: lines_at(c, 72, 700, ["Artikel 1 Partijen"])  # noqa: E731

    def scan(c):
        c.rect(50, 50, 495, 740, fill=1)
        c.drawString(WIDTH / 2, 30, "Pagina 2 van 4")  # a digital page number on a scan

    doc = extract_pdf(draw_pdf(tmp_path / "deels.pdf", text, scan, text, scan), backend=backend, ocr="never")
    assert doc.warnings == [
        "Pagina's 2 en 4 hebben geen tekstlaag (waarschijnlijk een scan); die inhoud is niet gelezen."
    ]
    assert doc.page_count == 4


def test_blank_pages_only_is_empty(tmp_path, backend):
    """Blank pages draw nothing: no OCR is tried."""
    with pytest.raises(ExtractionError) as err:
        extract_pdf(draw_pdf(tmp_path / "blanco.pdf", lambda c: None), backend=backend)
    assert err.value.code == "empty"


def test_missing_file_is_an_extraction_error(tmp_path, backend):
    with pytest.raises(ExtractionError) as err:
        extract_pdf(tmp_path / "bestaat-niet.pdf", backend=backend)
    assert err.value.code == "not_found"


# --- speed ----------------------------------------------------------------------------------


def test_ten_full_pages_are_read(tmp_path):
    # Speed is measured by benchmarks/pdf_backends.py, not asserted by a timed test.
    page = lambda c: lines_at(c, 72, 780, [fill(f"r{i}", 440) for i in range(50)])  # noqa: E731
    path = draw_pdf(tmp_path / "tien.pdf", *[page] * 10)
    doc = extract_pdf(path)
    assert doc.page_count == 10


# --- footnotes -------------------------------------------------------------------------------


def test_footnotes_at_the_foot_of_the_page_go_to_notes(tmp_path, backend):
    def page(c):
        lines_at(
            c,
            72,
            760,
            [
                "Artikel 1 Partijen",
                fill("De school en het ROC1 werken samen", 440),
                fill("en maken afspraken", 440),
            ],
        )
        c.line(72, 110, 200, 110)
        c.setFont("Helvetica", 8)
        c.drawString(72, 96, "1 Regionaal opleidingencentrum, zie artikel 1.3.1 WEB.")
        c.drawString(72, 86, "2 Zie ook de bijlage bij deze overeenkomst, die de routes")
        c.drawString(72, 76, "beschrijft.")

    doc = extract_pdf(draw_pdf(tmp_path / "voetnoot.pdf", page), backend=backend)
    assert not any("Regionaal opleidingencentrum" in t for t in texts(doc))
    assert [n.text for n in doc.notes] == [
        "1 Regionaal opleidingencentrum, zie artikel 1.3.1 WEB.",
        "2 Zie ook de bijlage bij deze overeenkomst, die de routes beschrijft.",
    ]
    assert all(n.page == 1 for n in doc.notes)


def test_footnotes_with_superscript_numbers_on_their_own_line_go_to_notes(tmp_path, backend):
    def page(c):
        lines_at(
            c, 72, 760, ["Artikel 12 Medezeggenschap", fill("Op de school is de WMS van toepassing", 440)]
        )
        c.setFont("Helvetica", 6)
        c.drawString(72, 100, "7")
        c.setFont("Helvetica", 8)
        c.drawString(78, 96, "Artikel 8.2.1, zesde lid, WEB.")
        c.setFont("Helvetica", 6)
        c.drawString(72, 88, "8")
        c.setFont("Helvetica", 8)
        c.drawString(78, 84, "Wet medezeggenschap op scholen; hoofdstuk 8a WEB.")

    doc = extract_pdf(draw_pdf(tmp_path / "voetnoot.pdf", page), backend=backend)
    assert not any("zesde lid" in t or "hoofdstuk 8a" in t for t in texts(doc))
    assert [n.text for n in doc.notes] == [
        "7 Artikel 8.2.1, zesde lid, WEB.",
        "8 Wet medezeggenschap op scholen; hoofdstuk 8a WEB.",
    ]


def test_small_list_at_the_foot_of_the_page_stays_text(tmp_path):
    def page(c):
        lines_at(c, 72, 760, ["Artikel 1 Partijen", fill("De school en het ROC werken samen", 440)])
        c.setFont("Helvetica", 8)
        c.drawString(72, 96, "1. De school stelt lokalen beschikbaar.")
        c.drawString(72, 86, "2. Het ROC stelt docenten beschikbaar.")

    doc = extract_pdf(draw_pdf(tmp_path / "klein.pdf", page))
    assert doc.notes == []
    assert "1. De school stelt lokalen beschikbaar." in texts(doc)


def test_page_scanned_askew_reads_line_by_line(tmp_path):
    # A scan's text layer keeps the tilt of the sheet: each line climbs a few points to the right.
    def page(c):
        c.rect(2, 2, WIDTH - 4, HEIGHT - 4)  # the sheet's edge and a margin rule: no table
        c.line(40, 2, 40, HEIGHT - 2)
        c.translate(WIDTH / 2, HEIGHT / 2)
        c.rotate(0.6)
        c.translate(-WIDTH / 2, -HEIGHT / 2)
        lines_at(c, 72, 760, ["ARTIKEL 4 - LEIDING"])
        lines_at(c, 72, 735, [fill("De leiding berust bij een stuurgroep", 440), "van drie leden."])
        lines_at(c, 72, 690, ["ARTIKEL 5 - VERSLAG"])
        lines_at(
            c,
            72,
            665,
            [fill("De stuurgroep rapporteert jaarlijks aan beide besturen", 440), "vóór 1 november."],
        )

    doc = extract_pdf(draw_pdf(tmp_path / "scheef.pdf", page))
    got = texts(doc)
    assert got[0] == "ARTIKEL 4 - LEIDING"
    assert got[1].startswith("De leiding berust bij een stuurgroep") and got[1].endswith("van drie leden.")
    assert got[2] == "ARTIKEL 5 - VERSLAG"
    assert got[3].startswith("De stuurgroep rapporteert") and got[3].endswith("vóór 1 november.")
