"""checker.extract.pdf_tables finds the same ruled tables as pdfplumber's own `find_tables`."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from checker.extract import pdf_tables

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDFS = sorted((ROOT / "sample_agreements").rglob("*.pdf"))


def rounded(tables) -> list:
    def box(b):
        return tuple(round(v, 1) for v in b) if b else None

    return [(box(bbox), [[box(c) for c in row] for row in rows]) for bbox, rows in tables]


def both(path: Path) -> list[tuple[list, list]]:
    """Per page: (tables from pdfium paths, tables from pdfplumber), both rounded."""
    out = []
    doc = pdfium.PdfDocument(path)
    with pdfplumber.open(path) as plumber:
        for index in range(len(doc)):
            page = doc[index]
            top = page.get_mediabox()[3]
            ours = pdf_tables.find_tables(page, top)
            theirs = [(t.bbox, [list(r.cells) for r in t.rows]) for t in plumber.pages[index].find_tables()]
            theirs = [t for t in theirs if sum(c is not None for row in t[1] for c in row) >= 2]
            out.append((rounded(ours), rounded(theirs)))
            page.close()
    doc.close()
    return out


def grid(c: canvas.Canvas, x: float, y: float, cols: int, rows: int, w: float = 120, h: float = 30) -> None:
    for i in range(cols + 1):
        c.line(x + i * w, y, x + i * w, y - rows * h)
    for j in range(rows + 1):
        c.line(x, y - j * h, x + cols * w, y - j * h)


@pytest.mark.parametrize("path", [p for p in SAMPLE_PDFS if "tabel" in p.name or "bijlage" in p.name],
                         ids=lambda p: p.name)  # fmt: skip
def test_sample_tables_equal_pdfplumber(path):
    for ours, theirs in both(path):
        assert ours == theirs


def test_grid_of_lines_is_one_table_with_its_cells(tmp_path):
    path = tmp_path / "grid.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    grid(c, 72, 700, cols=3, rows=4)
    c.drawString(80, 680, "Leerjaar")
    c.save()
    ((ours, theirs),) = both(path)
    assert ours == theirs
    ((bbox, rows),) = ours
    assert bbox == rounded([((72, A4[1] - 700, 432, A4[1] - 580), [])])[0][0]
    assert len(rows) == 4 and all(len(row) == 3 for row in rows)


def test_table_of_thin_filled_rectangles_as_word_draws_borders(tmp_path):
    path = tmp_path / "rects.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for i in range(3):
        c.rect(72 + i * 150, 500, 0.5, 90, stroke=0, fill=1)  # vertical rules
    for j in range(4):
        c.rect(72, 500 + j * 30, 300.5, 0.5, stroke=0, fill=1)  # horizontal rules
    c.save()
    ((ours, theirs),) = both(path)
    assert ours == theirs
    assert len(ours) == 1 and len(ours[0][1]) == 3


def test_table_inside_a_form_xobject_is_placed_on_the_page(tmp_path):
    path = tmp_path / "form.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.beginForm("tabel")
    grid(c, 0, 0, cols=2, rows=2)
    c.endForm()
    c.saveState()
    c.translate(100, 600)
    c.doForm("tabel")
    c.restoreState()
    c.save()
    ((ours, theirs),) = both(path)
    assert ours == theirs
    ((bbox, _rows),) = ours
    assert bbox == rounded([((100, A4[1] - 600, 340, A4[1] - 540), [])])[0][0]


def test_lone_frame_and_underlines_are_no_table(tmp_path):
    path = tmp_path / "frame.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(72, 600, 300, 100)  # a box around a text
    c.line(72, 500, 300, 500)  # a signature line
    c.save()
    ((ours, theirs),) = both(path)
    assert ours == theirs == []
