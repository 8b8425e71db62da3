"""OCR of PDF pages without a text layer (checker.extract.ocr, through extract_pdf).

The end-to-end tests turn sample agreements into scans: every page is rendered to a 300 dpi
grey image, turned by up to 1 degree, blurred, given noise and a grey paper tone, and the images
are put into an image-only PDF. The checker must then give the same status for all ten items as
for the digital original. They need Tesseract with the Dutch model (`apt-get install
tesseract-ocr tesseract-ocr-nld`; .ci/run installs it) and are skipped without it.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from conftest import SAMPLES
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from checker.api import check_document
from checker.document import ExtractionError
from checker.extract import ocr
from checker.extract.pdf import extract_pdf

needs_tesseract = pytest.mark.skipif(
    ocr.unavailable() is not None, reason="Tesseract with the Dutch model is not installed"
)


def scan_pdf(source: Path, target: Path, dpi: int = 300, seed: int = 0) -> Path:
    """An image-only PDF of `source`, degraded like a mediocre office scan."""
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(source)
    images = []
    for index in range(len(doc)):
        page = doc[index]
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        page.close()
        image = image.rotate(float(rng.uniform(-1, 1)), resample=Image.BICUBIC, fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(0.7))
        pixels = np.asarray(image).astype(np.int16) - 10  # grey paper
        pixels += rng.normal(0, 20, pixels.shape).astype(np.int16)
        images.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)))
    doc.close()
    images[0].save(target, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return target


def text_pdf(path: Path, *pages: list[str]) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        c.setFont("Helvetica", 11)
        for i, line in enumerate(lines):
            c.drawString(72, 760 - 16 * i, line)
        c.showPage()
    c.save()
    return path


def image_page_pdf(path: Path, *pages: list[str] | None) -> Path:
    """A PDF whose pages are images of text (a list of lines) or text pages (None: a text page
    saying "Artikel 1 Partijen")."""
    tmp = path.with_suffix(".parts")
    tmp.mkdir(exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    for number, lines in enumerate(pages, 1):
        if lines is None:
            c.setFont("Helvetica", 11)
            c.drawString(72, 760, f"Artikel {number} Partijen")
            c.drawString(72, 744, "De school en het ROC werken samen in de doorlopende leerroute.")
        else:
            single = text_pdf(tmp / f"p{number}.pdf", lines)
            doc = pdfium.PdfDocument(single)
            image = doc[0].render(scale=300 / 72, grayscale=True).to_pil()
            doc.close()
            image_path = tmp / f"p{number}.png"
            image.save(image_path)
            c.drawImage(str(image_path), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return path


SCAN_LINES = [
    "Artikel 2 Overstapoptie",
    "Een leerling die de route niet afmaakt, kan overstappen naar een andere opleiding.",
    "De school en het ROC bepalen samen met de leerling en zijn ouders welke opleiding past.",
]


# --- end to end on the sample agreements ------------------------------------------------------

SCANNED_SAMPLES = [
    "01_format_ingevuld",  # official format, bold same-size headings "1. ..."
    "06_twee_kolommen",  # two columns, running header and footer, hyphenation
    "10_zwak_uitgesteld",  # "Artikel N" headings
    "11_inhoudsopgave_en_considerans",  # contents with dotted leaders and page numbers
    "16_hoofdletterkoppen",  # ALL-CAPS headings without numbers
]


@needs_tesseract
@pytest.mark.slow
@pytest.mark.parametrize("name", SCANNED_SAMPLES)
def test_scanned_sample_gets_the_same_statuses(tmp_path, name):
    expected = json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))["statuses"]
    scan = scan_pdf(SAMPLES / f"{name}.pdf", tmp_path / f"{name}.pdf", seed=len(name))
    started = time.perf_counter()
    report = check_document(scan)
    seconds = time.perf_counter() - started
    assert report.status == "checked", report.error
    got = {r.id: r.status for r in report.requirements}
    diff = {k: (expected[k], got[k]) for k in expected if expected[k] != got[k]}
    assert diff == {}, f"(expected, got) per item: {diff}"
    evidence = [e for r in report.requirements for e in r.evidence]
    assert evidence and all(e.ocr for e in evidence)
    assert any("tekstherkenning (OCR)" in f.message for f in report.findings)
    print(f"{name}: {report.document.pages} pages in {seconds:.1f} s")


# --- modes, mixed documents, missing Tesseract --------------------------------------------------


@needs_tesseract
def test_scanned_page_between_text_pages_is_read_and_marked(tmp_path):
    path = image_page_pdf(tmp_path / "deels.pdf", None, SCAN_LINES, None)
    doc = extract_pdf(path)
    by_page = {}
    for block in doc.blocks:
        by_page.setdefault(block.page, []).append(block)
    assert set(by_page) == {1, 2, 3}
    assert all(b.ocr for b in by_page[2]) and not any(b.ocr for b in by_page[1] + by_page[3])
    texts = [b.text for b in by_page[2]]
    assert texts[0] == "Artikel 2 Overstapoptie"
    assert any("andere opleiding" in t for t in texts)
    assert doc.warnings == [
        "Pagina 2 is gelezen met tekstherkenning (OCR); controleer geciteerde tekst op leesfouten."
    ]
    # the same body size as the text pages: the scanned body text is no heading
    assert by_page[2][1].font_size == by_page[1][1].font_size


@needs_tesseract
def test_evidence_from_an_ocr_page_is_marked(tmp_path):
    # sample 10 with its second page replaced by a scan of it
    source = SAMPLES / "10_zwak_uitgesteld.pdf"
    scanned = scan_pdf(source, tmp_path / "scan.pdf")
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(source), [0])
    mixed.import_pages(pdfium.PdfDocument(scanned), [1])
    mixed.save(tmp_path / "gemengd.pdf")
    report = check_document(tmp_path / "gemengd.pdf")
    assert report.status == "checked", report.error
    evidence = {(e.page, e.ocr) for r in report.requirements for e in r.evidence}
    assert (2, True) in evidence and (1, False) in evidence
    assert all(ocr_flag == (page == 2) for page, ocr_flag in evidence)
    assert any(f.message.startswith("Pagina 2 is gelezen met tekstherkenning") for f in report.findings)


def test_never_warns_about_pages_without_text_layer(tmp_path):
    path = image_page_pdf(tmp_path / "deels.pdf", None, SCAN_LINES)
    doc = extract_pdf(path, ocr="never")
    assert {b.page for b in doc.blocks} == {1}
    assert doc.warnings == [
        "Pagina 2 heeft geen tekstlaag (waarschijnlijk een scan); die inhoud is niet gelezen."
    ]
    report = check_document(path, ocr="never")
    assert any("geen tekstlaag" in f.message and f.severity == "warning" for f in report.findings)


def test_never_keeps_no_text_layer_error_for_a_scan(tmp_path):
    path = image_page_pdf(tmp_path / "scan.pdf", SCAN_LINES)
    with pytest.raises(ExtractionError) as err:
        extract_pdf(path, ocr="never")
    assert err.value.code == "no_text_layer"


@needs_tesseract
def test_always_reads_every_page_by_ocr(tmp_path):
    path = text_pdf(tmp_path / "tekst.pdf", SCAN_LINES)
    doc = extract_pdf(path, ocr="always")
    assert doc.blocks and all(b.ocr for b in doc.blocks)
    assert doc.blocks[0].text == "Artikel 2 Overstapoptie"


def test_unknown_mode_is_refused(tmp_path):
    with pytest.raises(ValueError):
        extract_pdf(text_pdf(tmp_path / "t.pdf", ["x"]), ocr="sometimes")


@pytest.fixture
def no_tesseract(monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_command", lambda: None)
    ocr._problem.cache_clear()
    yield
    ocr._problem.cache_clear()


def test_missing_tesseract_says_how_to_install_it(tmp_path, no_tesseract):
    report = check_document(image_page_pdf(tmp_path / "scan.pdf", SCAN_LINES))
    assert report.status == "error"
    assert report.error["code"] == "ocr_unavailable"
    message = report.error["message"]
    assert "apt-get install tesseract-ocr tesseract-ocr-nld" in message
    assert "\n" not in message and message.endswith(".")

    doc = extract_pdf(image_page_pdf(tmp_path / "deels.pdf", None, SCAN_LINES))
    assert len(doc.warnings) == 1
    assert doc.warnings[0].startswith("Pagina 2 heeft geen tekstlaag en is niet gelezen: tekstherkenning")
    assert "apt-get install tesseract-ocr tesseract-ocr-nld" in doc.warnings[0]


def test_missing_dutch_model_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "LANGUAGE", "xx-geen-taal")
    ocr._problem.cache_clear()
    try:
        if ocr.tesseract_command() is None:
            pytest.skip("no tesseract binary to ask for its languages")
        with pytest.raises(ExtractionError) as err:
            extract_pdf(image_page_pdf(tmp_path / "scan.pdf", SCAN_LINES))
        assert err.value.code == "ocr_unavailable"
        assert "taalmodel" in err.value.message and "tesseract-ocr-nld" in err.value.message
    finally:
        ocr._problem.cache_clear()


def _fake_tesseract(tmp_path: Path, body: str) -> str:
    script = tmp_path / "tesseract"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def test_failing_tesseract_gives_ocr_failed(tmp_path, monkeypatch):
    fake = _fake_tesseract(tmp_path, 'case "$1" in --list-langs) echo nld;; *) echo kapot >&2; exit 3;; esac')
    monkeypatch.setattr(ocr, "tesseract_command", lambda: fake)
    ocr._problem.cache_clear()
    try:
        with pytest.raises(ExtractionError) as err:
            extract_pdf(image_page_pdf(tmp_path / "scan.pdf", SCAN_LINES))
        assert err.value.code == "ocr_failed"
        assert "kapot" in err.value.message and "\n" not in err.value.message
    finally:
        ocr._problem.cache_clear()


def test_hanging_tesseract_is_killed_after_the_page_time_limit(tmp_path, monkeypatch):
    marker = tmp_path / "pid"
    fake = _fake_tesseract(
        tmp_path, f'case "$1" in --list-langs) echo nld;; *) echo $$ > {marker}; exec sleep 60;; esac'
    )
    monkeypatch.setattr(ocr, "tesseract_command", lambda: fake)
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 1.0)
    ocr._problem.cache_clear()
    try:
        started = time.perf_counter()
        results = ocr.ocr_pdf_pages(image_page_pdf(tmp_path / "scan.pdf", SCAN_LINES), [1], page_timeout=1.0)
        assert time.perf_counter() - started < 15
        assert "duurde langer" in results[1].error
        pid = int(marker.read_text())
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # killed and reaped
    finally:
        ocr._problem.cache_clear()


# --- pieces -------------------------------------------------------------------------------------


def test_size_map_snaps_body_and_heading_sizes():
    sizes = {9.8: 400, 10.0: 900, 10.3: 500, 11.9: 40, 12.2: 60, 16.1: 30}
    snapped = ocr.size_map(sizes, text_body=None)
    assert snapped[9.8] == snapped[10.0] == snapped[10.3] == 10.0
    assert snapped[11.9] == snapped[12.2] == 12.0
    assert snapped[16.1] == 16.0
    to_text = ocr.size_map(sizes, text_body=11.0)
    assert to_text[10.0] == 11.0 and to_text[12.2] == 13.0


def test_hocr_words_are_deskewed_and_sized():
    # three lines of a page turned by about 1 degree (baseline slope 0.0175)
    hocr = b"""<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class="ocr_page" title="bbox 0 0 2480 3508">
<span class="ocr_line" title="bbox 300 1000 2200 1080; baseline 0.0175 -10; x_size 42">
 <span class="ocrx_word" title="bbox 300 1000 700 1048; x_wconf 95">Leiding</span>
 <span class="ocrx_word" title="bbox 1000 1012 1400 1064; x_wconf 95">bijgestaan</span>
 <span class="ocrx_word" title="bbox 1800 1026 2200 1080; x_wconf 93">gebied</span></span>
<span class="ocr_line" title="bbox 300 1100 2200 1180; baseline 0.0175 -10; x_size 42">
 <span class="ocrx_word" title="bbox 300 1100 700 1148; x_wconf 95">bijdrage</span>
 <span class="ocrx_word" title="bbox 1800 1126 2200 1180; x_wconf 90">gelden</span>
 <span class="ocrx_word" title="bbox 1000 1112 1100 1150; x_wconf 20">~</span></span>
<span class="ocr_line" title="bbox 300 1200 2200 1280; baseline 0.0175 -10; x_size 42">
 <span class="ocrx_word" title="bbox 300 1200 700 1248; x_wconf 95">Hoofdlijnen</span>
 <span class="ocrx_word" title="bbox 1000 1212 1400 1264; x_wconf 95">geldig</span>
 <span class="ocrx_word" title="bbox 1800 1226 2200 1280; x_wconf 90">bepalingen</span></span>
</div></body></html>"""
    words, skew = ocr.parse_hocr(hocr, None, scale=300 / 72)
    assert 0.9 < skew < 1.1
    for line in (0, 2):
        tops = [w.top for w in words if w.line == line]
        assert max(tops) - min(tops) < 1.0  # straightened: one line
    assert all(9 < w.size < 12 for w in words)


def test_dotted_leaders_are_found_and_erased():
    image = Image.new("L", (1200, 200), 255)
    pixels = np.asarray(image).copy()
    for x in range(300, 1000, 12):  # a leader: 4 px dots every 12 px
        pixels[100:104, x : x + 4] = 0
    pixels[60:110, 100:140] = 0  # a big blob (a letter) stays
    cleaned, leaders, _ = ocr._without_leaders(Image.fromarray(pixels), 300)
    assert len(leaders) == 1 and leaders[0].dots == len(range(300, 1000, 12))
    out = np.asarray(cleaned)
    assert out[100:104, 300:1000].min() == 255 and out[60:110, 100:140].max() == 0


def test_tesseract_version_is_recent_enough():
    command = ocr.tesseract_command()
    if command is None:
        pytest.skip("no tesseract")
    out = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=30)
    version = (out.stdout + out.stderr).split()[1]
    assert int(version.split(".")[0]) >= 4  # the LSTM engine, hOCR x_size and --dpi
