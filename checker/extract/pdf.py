"""Read a PDF into a `Document`: paragraph blocks in reading order, with page and font hints.

Backend decision. Measured with benchmarks/pdf_backends.py (best of 3, own process each) on this
2-core machine, on reportlab agreements in Helvetica with a running header and page footer:

    file (pages)                  pdfplumber     pypdfium2   extract_pdf  extract_pdf   pdftotext
                                  extract_words  plain text  "pdfium"     "pdfplumber"
    generated (5)                 0.81 s         0.010 s     0.050 s      0.85 s        0.014 s
    generated (32)                5.7 s          0.050 s     0.27 s       3.9-6.1 s     0.033 s
    sample_agreements (2-4 each)  0.17-0.61 s    0.006 s     0.022-0.033  0.18-0.45 s   0.013 s
    peak RSS, 32 pages            47.6 MB (274 MB without page.close())   47.7 MB      10.6 MB
    (the Python floor, imports only, is 39 MB)

pdfplumber is bound by pdfminer's page parsing (110-180 ms a page here), so "10 pages well under
1 s" cannot be met with it. pypdfium2's raw API gives the same facts (text, glyph box, font size,
font name and flags, weight) about 20x faster when it is asked per word rather than per character:
the text comes from one `get_text_range` call, and only the first and last glyph of a word are
measured; font facts are cached per text object (8-12 ms a page in total, layout included). So
the default backend is "pdfium"; "pdfplumber" stays selectable with `extract_pdf(path,
backend="pdfplumber")` or the module-level `DEFAULT_BACKEND`, and gives the same blocks on all
sample agreements (except glyphs pdfminer cannot map, which it renders as "(cid:127)"). Both
backends feed the same layout code. Ruled tables are looked for only on pages that draw both
horizontal and vertical strokes: with the pdfium backend from pdfium's own paths through
pdfplumber's table algorithm (`checker.extract.pdf_tables`, about 3 ms a page; the same tables as
`Page.find_tables()` on every sample, which spends 0.1-0.5 s a page parsing it with pdfminer),
with the pdfplumber backend from `find_tables`.

Layout, per page: words -> lines (grouped by vertical centre, ordered by x) -> running headers,
footers and page numbers removed (top/bottom 10% of the page; text repeated on half the pages
with digits normalised, or a page-number pattern) -> two-column pages read column by column
within bands between full-width lines -> lines merged into paragraphs -> tables inserted at
their vertical position.

A paragraph continues while the next line is in the same column, at most 1.3x the document's
usual line pitch below, in the same size and weight, and does not start an item ("Artikel 5",
"5.1", "a)", "§ 2", a bullet). A short line ending a sentence, an "Artikel 5" line, a table of
contents entry and any bold or larger line (a heading; it continues only when it visibly wrapped)
end a paragraph. Across a page or column break a paragraph continues only when the sentence
visibly runs on (no closing punctuation, and the next line lowercase or, across a page, the last
line filling its column); the block keeps its first page.
Line-end hyphens are joined ("samenwerkings-" + "overeenkomst") unless the fragment is a
prefix such as "vmbo-" or an abbreviation, or the hyphen is a suspended one ("zorg- en").

Scans. A page that has no text left after running lines are removed but draws an image or paths
(or whose text layer is mostly unmapped glyphs) is read by OCR when `ocr="auto"` (the default):
`checker.extract.ocr` renders it and runs Tesseract, and its words (in points, deskewed, with
estimated size and weight) take the place of the page's own words, so the same layout code below
builds its lines, columns and paragraphs; its blocks have `ocr=True`. `ocr="always"` does this
for every page, `ocr="never"` only warns ("Pagina 3 heeft geen tekstlaag ..."). Small lines at
the foot of a page that start with a note number ("1 Zie ...") go to `Document.notes`.

A table becomes one block per non-empty cell, row by row, left to right, with `in_table=True`:
a label cell ("Looptijd") and its value cell stay separate blocks, so the segmenter can treat
the label like a heading. A lone frame (one cell) is not a table: its text is read as lines.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from checker.document import Block, Document, ExtractionError
from checker.extract import pdf_tables
from checker.extract.tables import table_blocks

DEFAULT_BACKEND = "pdfium"  # or "pdfplumber"

MSG_ENCRYPTED = "Het PDF-bestand is met een wachtwoord beveiligd en kan niet worden gelezen."
MSG_CORRUPT = "Het PDF-bestand is beschadigd en kan niet worden gelezen."
MSG_EMPTY = "Het PDF-bestand bevat geen pagina's."
MSG_BLANK = "Het PDF-bestand bevat alleen lege pagina's."
MSG_NO_TEXT = (
    "Het PDF-bestand heeft geen tekstlaag (waarschijnlijk een scan); tekstherkenning (OCR) is nodig."
)
MSG_NO_TEXT_SHORT = "Het PDF-bestand heeft geen tekstlaag (waarschijnlijk een scan)"
MSG_OCR_NOTHING = (
    "Het PDF-bestand heeft geen tekstlaag en tekstherkenning (OCR) vond er geen leesbare tekst in."
)
MSG_OCR_FAILED = "Het PDF-bestand heeft geen tekstlaag en tekstherkenning (OCR) is mislukt"
MSG_UNREADABLE = "Het PDF-bestand kan niet worden geopend."
OCR_MODES = ("auto", "never", "always")
LOW_CONFIDENCE = 60.0  # mean Tesseract word confidence below which a page counts as hard to read
MSG_NOT_FOUND = "Het bestand bestaat niet of is geen gewoon bestand."

ZONE = 0.10  # top and bottom share of the page height searched for running lines
BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
FORCE_BOLD_FLAG = 1 << 18  # PDF font descriptor flag "ForceBold"
PAGE_NUMBER = re.compile(
    r"^[\[(]?\s*(?:[-–—]\s*)?"
    r"(?:(?:pagina|blz\.?|bladzijde|page|p\.)\s*)?"
    r"(?:\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?|[ivxlc]{1,7})"
    r"(?:\s*[-–—])?\s*[\])]?$",
    re.IGNORECASE,
)
# "Artikel 5" starts an item, "artikel 5.42a WVO" at the start of a wrapped line does not
HEADING_WORD = re.compile(
    r"^(?:Artikel|ARTIKEL|Art\.|ART\.|Hoofdstuk|HOOFDSTUK|Bijlage|BIJLAGE|Paragraaf|PARAGRAAF)"
    r"\s+\d"
)
NEW_ITEM = re.compile(
    r"^(?:\d{1,3}\.(?:\d{1,2}\.)*\d{0,2}\s"  # 5. / 5.1 / 5.1. / 5.1.2 (not 15.000)
    r"|\(?\d{1,2}\)\s"  # 1) (1)
    r"|\(?(?P<letter>[a-z])(?P=letter)?[.)]\s"  # a. a) (a) aa.
    r"|\(?(?:ii|iii|iv|vi|vii|viii|ix)[.)]\s"  # ii. iv)
    r"|§\s*\d"
    r"|[-•–—·▪◦*\uf0b7\uf0a7\uf076\uf0d8]\s)",  # bullets, incl. Word's Symbol-font ones
    re.IGNORECASE,
)
SENTENCE_END = (".", ":", ";", "!", "?")
TOC_ENTRY = re.compile(r"(?:\.{4,}|…{2,}|_{4,})\s*\d{1,3}$")  # "Artikel 7 Overstap ....... 4"
# A heading line ending in a word no heading ends with wrapped, however short it looks: "Artikel 3.
# Betrokkenheid van de" | "binnenvaartsector" in a narrow column.
DANGLING_END = re.compile(
    r"\b(?:de|het|een|van|en|of|voor|met|in|op|aan|over|tot|bij|door|naar|om|te|uit|als|tussen|binnen)$",
    re.IGNORECASE,
)
# Line-end hyphens that belong to the word ("vmbo-mbo", "oud-leerling"), not to hyphenation.
KEEP_HYPHEN_AFTER = frozenset(
    {"vmbo", "mbo", "vo", "havo", "vwo", "hbo", "wo", "po", "so", "vso", "pro", "vavo", "mavo"}
    | {"ict", "avg", "cao", "mr", "gmr", "oud", "ex", "niet", "zij", "anti", "non", "vice"}
)
ELLIPSIS_HYPHEN_NEXT = frozenset({"en", "of", "als", "tot", "t/m", "noch"})  # "zorg- en ..."
PDFIUM_HYPHEN = "\x02\ufffe"  # how pdfium marks a hyphen it recognised at a line end
# pdfium's hyphen marks become "-"; other control characters (never visible text) are dropped
_CLEAN_PDFIUM = str.maketrans({chr(c): None for c in range(32)} | {c: "-" for c in PDFIUM_HYPHEN})


@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    upright: bool = True
    ocr: bool = False  # recognised from the page image


@dataclass(slots=True)
class _Line:
    page: int
    words: list[_Word]
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # dominant font size, by characters
    bold: bool  # (nearly) every character bold
    column: int = 0  # 0 single column or full width, 1 left, 2 right


@dataclass(slots=True)
class _Table:
    page: int
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    rows: list[list[tuple[float, float, float, float] | None]]
    words: list[_Word] = field(default_factory=list)
    column: int = 0

    @property
    def top(self) -> float:
        return self.bbox[1]


@dataclass(slots=True)
class _Page:
    number: int  # 1-based
    height: float
    words: list[_Word]
    tables: list[_Table]
    has_graphics: bool  # images or vector paths: tells a scanned page from a blank one


# ---------------------------------------------------------------------------------------------
# Public entry point


MSG_PAGE_TREE_LOOP = (
    "De paginastructuur van het PDF-bestand verwijst naar zichzelf (een lus); het bestand is "
    "beschadigd of opzettelijk misvormd en is niet gelezen."
)
MAX_PAGE_TREE_NODES = 200_000


_KIDS = re.compile(rb"/Kids\s*\[([^\]]*)\]")
_OBJECT_START = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_REFERENCE = re.compile(rb"(\d+)\s+\d+\s+R\b")


def _page_tree_loops(path: Path) -> bool:
    """Whether the page tree's /Kids lead back to an ancestor (a hostile or broken file).

    pdfium silently skips such a loop and pdfminer recurses into it; the check walks the tree
    without recursion, with a bound on the nodes it visits. A file pdfminer cannot parse is left
    to the readers, which report it as damaged. Most files have a single /Kids array outside any
    compressed object stream, which can only loop by naming its own object: that is seen in the
    bytes, without importing pdfminer (0.15 s of a start).
    """
    try:
        if _single_flat_page_tree(path.read_bytes()):
            return False
    except OSError:
        return False  # the readers report a file that cannot be read
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfparser import PDFParser
        from pdfminer.pdftypes import PDFObjRef, resolve1

        with path.open("rb") as fh:
            document = PDFDocument(PDFParser(fh))
            root = document.catalog.get("Pages")
            stack: list[tuple[object, frozenset[int]]] = [(root, frozenset())]
            visited = 0
            while stack and visited < MAX_PAGE_TREE_NODES:
                ref, ancestors = stack.pop()
                visited += 1
                objid = ref.objid if isinstance(ref, PDFObjRef) else None
                if objid is not None and objid in ancestors:
                    return True
                node = resolve1(ref)
                if not isinstance(node, dict):
                    continue
                kids = resolve1(node.get("Kids"))
                if isinstance(kids, list):
                    below = ancestors | {objid} if objid is not None else ancestors
                    stack.extend((kid, below) for kid in kids)
    except Exception:  # noqa: BLE001 - encrypted or damaged: the readers decide
        return False
    return False


def _single_flat_page_tree(data: bytes) -> bool:
    """Whether the file's only page-tree node is in plain sight and does not list itself."""
    if b"/ObjStm" in data or data.count(b"/Kids") != 1:
        return False
    kids = _KIDS.search(data)
    if kids is None:
        return False
    holders = list(_OBJECT_START.finditer(data, 0, kids.start()))
    if not holders:
        return False
    own = holders[-1].group(1)
    return all(ref.group(1) != own for ref in _REFERENCE.finditer(kids.group(1)))


def extract_pdf(
    path: Path, backend: str | None = None, *, ocr: str = "auto", dpi: int | None = None
) -> Document:
    """Read `path` into a `Document`; raise `ExtractionError` (never anything else) on failure.

    `backend` is "pdfium" (fast, default) or "pdfplumber"; both give the same block structure.
    `ocr`: "auto" recognises the text of pages without a text layer with Tesseract (see
    `checker.extract.ocr`), "never" only warns about them, "always" recognises every page and
    ignores the text layer. OCR'd blocks have `ocr=True`. `dpi` is the OCR resolution.
    """
    backend = backend or DEFAULT_BACKEND
    reader = {"pdfium": _read_pdfium, "pdfplumber": _read_pdfplumber}.get(backend)
    if reader is None:
        raise ValueError(f"unknown PDF backend {backend!r}")
    if ocr not in OCR_MODES:
        raise ValueError(f"unknown OCR mode {ocr!r}; choose one of {', '.join(OCR_MODES)}")
    if _page_tree_loops(Path(path)):
        raise ExtractionError("page_tree_loop", MSG_PAGE_TREE_LOOP)
    try:
        pages = list(reader(Path(path)))
    except ExtractionError:
        raise
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise ExtractionError("not_found", MSG_NOT_FOUND) from exc
    except OSError as exc:  # e.g. no permission: no code of its own in the README table
        raise ExtractionError("corrupt", MSG_UNREADABLE) from exc
    except RecursionError as exc:  # a page tree that refers to itself, in pdfminer
        raise ExtractionError("corrupt", MSG_CORRUPT) from exc
    except Exception as exc:  # any parser failure on a damaged file
        raise ExtractionError("corrupt", MSG_CORRUPT) from exc
    if not pages:
        raise ExtractionError("empty", MSG_EMPTY)
    warnings: list[str] = []
    notes: list[Block] = []
    blocks, body_size = _layout(pages, notes)
    # a scanned page may still carry a digital page number or header: judge after removing those
    with_text = {block.page for block in blocks}
    if ocr == "always":
        scans = [p.number for p in pages]
    else:
        scans = [
            p.number for p in pages
            if (p.number not in with_text and p.has_graphics) or _unusable_text(p)
        ]  # fmt: skip
    unread: list[int] = scans
    ocr_problem: str | None = None
    if scans and ocr != "never":
        unread, ocr_problem = _recognise(Path(path), pages, scans, dpi, warnings)
        notes = []  # the recognised pages change the layout: lay the pages out again
        blocks, body_size = _layout(pages, notes)
        with_text = {block.page for block in blocks}
    if not blocks:
        if ocr_problem and unread:
            raise ExtractionError(ocr_problem[0], ocr_problem[1])
        if ocr != "never" and scans:
            raise ExtractionError("no_text_layer", MSG_OCR_NOTHING)
        if any(p.has_graphics for p in pages):
            raise ExtractionError("no_text_layer", MSG_NO_TEXT)
        raise ExtractionError("empty", MSG_BLANK)
    unread = [n for n in unread if n not in with_text]
    if ocr == "never" or not ocr_problem:
        warnings[:0] = _textless_warning(unread, recognised=ocr != "never")
    elif unread:
        verb = "is" if len(unread) == 1 else "zijn"
        warnings[:0] = [
            _pages(unread, "heeft", "hebben") + f" geen tekstlaag en {verb} niet gelezen: {ocr_problem[2]}."
        ]
    return Document(
        path=str(path),
        format="pdf",
        blocks=blocks,
        page_count=len(pages),
        body_font_size=body_size,
        notes=notes,
        warnings=warnings,
    )


def _pages(numbers: list[int], one: str, more: str) -> str:
    if len(numbers) == 1:
        return f"Pagina {numbers[0]} {one}"
    return "Pagina's " + ", ".join(str(n) for n in numbers[:-1]) + f" en {numbers[-1]} {more}"


def _textless_warning(numbers: list[int], recognised: bool = False) -> list[str]:
    if not numbers:
        return []
    if recognised:
        return [
            _pages(numbers, "heeft", "hebben")
            + " geen tekstlaag en tekstherkenning (OCR) vond er geen tekst; die inhoud is niet gelezen."
        ]
    return [
        _pages(numbers, "heeft", "hebben")
        + " geen tekstlaag (waarschijnlijk een scan); die inhoud is niet gelezen."
    ]


_UNMAPPED = re.compile("[\ufffd\ue000-\uf8ff\x00-\x1f]")


def _unusable_text(page: _Page) -> bool:
    """A text layer of mostly unmapped glyphs (no ToUnicode map): no better than none."""
    chars = "".join(w.text for w in page.words)
    if len(chars) < 20:
        return False
    good = len(_UNMAPPED.sub("", chars))  # counted in C: a per-character loop costs a batch 5%
    return len(chars) - good >= 0.5 * len(chars)


def _recognise(
    path: Path,
    pages: list[_Page],
    numbers: list[int],
    dpi: int | None,
    warnings: list[str],
) -> tuple[list[int], tuple[str, str, str] | None]:
    """OCR the pages `numbers` and put their words in place of the text layer's.

    Returns the pages that stay unread, and (code, error message, reason) when OCR could not
    run or failed on every page.
    """
    from checker.extract import ocr as ocr_mod

    try:
        results = ocr_mod.ocr_pdf_pages(path, numbers, dpi=dpi or ocr_mod.DEFAULT_DPI)
    except ocr_mod.OcrUnavailable as exc:
        return numbers, ("ocr_unavailable", f"{MSG_NO_TEXT_SHORT}; {exc.message}.", exc.message)
    by_number = {page.number: page for page in pages}
    # body size of the digital pages, to which the OCR'd body text is snapped
    digital = [line for p in pages if p.number not in results for line in _group_lines(p.words, p.number)]
    sizes: Counter[float] = Counter()
    for result in results.values():
        for word in result.words:
            sizes[word.size] += len(word.text)
    snap = ocr_mod.size_map(sizes, _dominant_size(digital) if digital else None)
    failed, done, shaky = [], [], []
    for number, result in sorted(results.items()):
        if result.error:
            failed.append((number, result.error))
            continue
        page = by_number[number]
        page.words = [
            _Word(w.text, w.x0, w.x1, w.top, w.bottom, snap.get(w.size, w.size), w.bold, True, True)
            for w in result.words
        ]
        page.tables = []
        page.height = result.height or page.height
        page.has_graphics = True
        done.append(number)
        if result.confidence is not None and result.confidence < LOW_CONFIDENCE:
            shaky.append(number)
    if done:
        if len(done) == len(pages):
            warnings.append(
                "Het document is gelezen met tekstherkenning (OCR); controleer geciteerde tekst op "
                "leesfouten."
            )
        else:
            warnings.append(
                _pages(done, "is", "zijn")
                + " gelezen met tekstherkenning (OCR); controleer geciteerde tekst op leesfouten."
            )
    if shaky:
        warnings.append(
            _pages(shaky, "is", "zijn")
            + " slecht leesbaar (tekstherkenning is onzeker); de uitslag kan onderdelen missen."
        )
    if failed:
        reason = failed[0][1]
        if not done:
            return [n for n, _ in failed], ("ocr_failed", f"{MSG_OCR_FAILED} ({reason}).", reason)
        warnings.append(
            _pages([n for n, _ in failed], "is", "zijn")
            + f" niet gelezen: tekstherkenning mislukte ({reason})."
        )
    return [n for n, _ in failed], None


# ---------------------------------------------------------------------------------------------
# Backends: each yields one _Page per page, closing every page as soon as it is read.


def _read_pdfium(path: Path) -> Iterator[_Page]:
    try:
        doc = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        # pdfium refuses documents without pages, and its error code can be left over from an
        # earlier file: let pdfminer decide, and read the file if it can.
        locked = exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)
        try:
            yield from _read_pdfplumber(path)
        except ExtractionError as err:
            if locked:
                raise ExtractionError("encrypted", MSG_ENCRYPTED) from err
            raise
        return
    try:
        for index in range(len(doc)):
            page = doc[index]
            try:
                _, page_bottom, _, page_top = page.get_mediabox()
                height = page_top - page_bottom
                textpage = page.get_textpage()
                try:
                    words = _pdfium_words(textpage, page_top)
                finally:
                    textpage.close()
                has_graphics, ruled = _pdfium_graphics(page)
                tables = _pdfium_tables(page, page_top, index + 1) if ruled else []
            finally:
                page.close()
            yield _Page(index + 1, height, _without_rotated(words), tables, has_graphics)
    finally:
        doc.close()


def _pdfium_tables(page: pdfium.PdfPage, page_top: float, number: int) -> list[_Table]:
    """Ruled tables from the page's paths; a page whose paths cannot be read has none. A "table"
    that spans the whole page is its frame or a scanned sheet's edges, not a table."""
    try:
        found = pdf_tables.find_tables(page, page_top)
    except Exception:  # noqa: BLE001 - a damaged path: read the page as lines
        return []
    width, height = page.get_width(), page.get_height()
    return [
        _Table(number, bbox, rows)
        for bbox, rows in found
        if not (bbox[2] - bbox[0] >= PAGE_FILLING * width and bbox[3] - bbox[1] >= PAGE_FILLING * height)
    ]


PAGE_FILLING = 0.9  # share of the page's width and height a frame covers


_WORD_RUN = re.compile(rf"[^\s{PDFIUM_HYPHEN}]+[{PDFIUM_HYPHEN}]?|[{PDFIUM_HYPHEN}]")


def _pdfium_words(textpage: pdfium.PdfTextPage, page_top: float) -> list[_Word]:
    """Words of one page. The text comes from one call; only the ends of a word are measured."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return []
    text = textpage.get_text_range()
    if len(text) != count:  # rare: pdfium's text view differs from its char list
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    measure = _PdfiumMeasure(raw, page_top)
    words: list[_Word] = []
    for match in _WORD_RUN.finditer(text):
        words.extend(measure.words(match.group(), match.start()))
    words = [word for word in words if word.text]
    _deskew(words, _page_skew(raw, count))
    return words


MIN_SKEW = math.radians(0.1)  # below this a tilt moves a line end by less than a point
MAX_SKEW = math.radians(5.0)  # beyond this the text is set at an angle on purpose


def _page_skew(raw, count: int) -> float:
    """The angle (radians, counter-clockwise) at which the page's text runs: a page scanned a
    little askew keeps the tilt in its text layer. 0 for text that runs straight or at an angle
    too large for a tilted scan."""
    step = max(1, count // 200)
    angles = [pdfium_c.FPDFText_GetCharAngle(raw, i) for i in range(0, count, step)]
    angles = [a - 2 * math.pi if a > math.pi else a for a in angles if a >= 0]
    if not angles:
        return 0.0
    skew = statistics.median(angles)
    return skew if MIN_SKEW <= abs(skew) <= MAX_SKEW else 0.0


def _deskew(words: list[_Word], skew: float) -> None:
    """Move each word up or down by what the tilt moved it, so a line's words share a height again."""
    if not skew or not words:
        return
    middle = statistics.median((w.x0 + w.x1) / 2 for w in words)
    slope = math.tan(skew)
    for word in words:
        # counter-clockwise, the text climbs to the right: lower the words right of the middle
        shift = ((word.x0 + word.x1) / 2 - middle) * slope
        word.top -= shift
        word.bottom -= shift


class _PdfiumMeasure:
    """Glyph boxes and font facts for char indices of one pdfium text page."""

    def __init__(self, raw, page_top: float):
        self.raw = raw
        self.page_top = page_top
        self.rect = pdfium_c.FS_RECTF()
        self.name = ctypes.create_string_buffer(128)
        self.flags = ctypes.c_int()
        self.fonts: dict[int | None, tuple[float, bool, bool]] = {}

    def box(self, index: int) -> tuple[float, float, float, float]:
        """x0, top, x1, bottom of a glyph, top measured from the top of the page."""
        r = self.rect
        pdfium_c.FPDFText_GetLooseCharBox(self.raw, index, r)
        return r.left, self.page_top - r.top, r.right, self.page_top - r.bottom

    def words(self, text: str, start: int) -> list[_Word]:
        first, last = self.box(start), self.box(start + len(text) - 1)
        if _same_line(first, last) and last[2] >= first[0]:
            return [self.word(text, start, (first[0], first[1], last[2], first[3]))]
        # pdfium ran two lines together (it does after a recognised hyphen): split per glyph
        pieces, piece_start = [], 0
        boxes = [self.box(start + i) for i in range(len(text))]
        for i in range(1, len(text) + 1):
            if i == len(text) or not _same_line(boxes[i - 1], boxes[i]):
                b0, b1 = boxes[piece_start], boxes[i - 1]
                bbox = (b0[0], b0[1], max(b1[2], b0[0]), b0[3])
                pieces.append(self.word(text[piece_start:i], start + piece_start, bbox))
                piece_start = i
        return pieces

    def word(self, text: str, index: int, bbox: tuple[float, float, float, float]) -> _Word:
        size, bold, upright = self.font(index)
        text = text.translate(_CLEAN_PDFIUM)
        return _Word(text, bbox[0], bbox[2], bbox[1], bbox[3], size, bold, upright)

    def font(self, index: int) -> tuple[float, bool, bool]:
        """(size, bold, upright) of a glyph, cached per text object (one font, one matrix)."""
        raw = self.raw
        obj = pdfium_c.FPDFText_GetTextObject(raw, index)
        key = ctypes.addressof(obj.contents) if obj else None  # 8x cheaper than a cast
        known = self.fonts.get(key) if key else None
        if known is None:
            size = round(pdfium_c.FPDFText_GetFontSize(raw, index), 2)
            pdfium_c.FPDFText_GetFontInfo(raw, index, self.name, len(self.name), self.flags)
            bold = (
                bool(BOLD_NAME.search(self.name.value.decode("latin-1")))
                or bool(self.flags.value & FORCE_BOLD_FLAG)
                or pdfium_c.FPDFText_GetFontWeight(raw, index) >= 600
            )
            angle = pdfium_c.FPDFText_GetCharAngle(raw, index)  # radians, -1 if unknown
            upright = angle < 0 or min(angle, 2 * math.pi - angle) < 0.02
            known = self.fonts[key] = (size, bold, upright)
        return known


def _same_line(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return abs((a[1] + a[3]) - (b[1] + b[3])) / 2 <= max(a[3] - a[1], 1.0) / 2


def _pdfium_graphics(page: pdfium.PdfPage) -> tuple[bool, bool]:
    """(page draws images or paths, page draws horizontal and vertical strokes: maybe a table)."""
    has_graphics = horizontal = vertical = False
    kinds = (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE)
    for obj in page.get_objects(filter=kinds):
        has_graphics = True
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            left, bottom, right, top = obj.get_bounds()
            horizontal = horizontal or right - left >= 20
            vertical = vertical or top - bottom >= 10
            if horizontal and vertical:
                return True, True
    return has_graphics, False


def _read_pdfplumber(path: Path) -> Iterator[_Page]:
    import pdfplumber  # the slower backend, imported only when chosen

    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:
        if _is_password_error(exc):
            raise ExtractionError("encrypted", MSG_ENCRYPTED) from exc
        if isinstance(exc, OSError):
            raise
        raise ExtractionError("corrupt", MSG_CORRUPT) from exc
    with pdf:
        for index, page in enumerate(pdf.pages):
            try:
                words = _plumber_words(page)
                ruled = bool(page.lines or page.rects)
                has_graphics = ruled or bool(page.images or page.curves)
                tables = _find_tables(page, index + 1, close=False) if ruled else []
                yield _Page(index + 1, float(page.height), words, tables, has_graphics)
            finally:
                page.close()


def _plumber_words(page) -> list[_Word]:
    # pdfminer calls a 45-degree glyph "upright", so judge rotation from the text matrix
    chars = page.chars
    rotated = sum(1 for ch in chars if _is_rotated(ch["matrix"]))
    if rotated and 2 * rotated <= len(chars):  # see _without_rotated
        page = page.filter(lambda o: o["object_type"] != "char" or not _is_rotated(o["matrix"]))
    raw_words = page.extract_words(
        extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False
    )
    return [
        _Word(
            w["text"],
            w["x0"],
            w["x1"],
            w["top"],
            w["bottom"],
            round(w["size"], 2),
            bool(BOLD_NAME.search(w["fontname"])),
        )
        for w in raw_words
    ]


def _is_rotated(matrix: tuple[float, ...]) -> bool:
    a, b = matrix[0], matrix[1]
    return abs(math.atan2(b, a)) > 0.02


def _without_rotated(words: list[_Word]) -> list[_Word]:
    """Drop rotated words (margin notes, a diagonal "CONCEPT") when most text is upright.

    On a page whose text is mostly rotated (a landscape page drawn sideways) keep everything:
    the reading order is then approximate, but no text is lost.
    """
    upright = [w for w in words if w.upright]
    return upright if len(upright) >= len(words) - len(upright) else words


def _is_password_error(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's errors; look through the chain for a password failure."""
    todo: list[BaseException] = [exc]
    seen: set[int] = set()
    while todo:
        error = todo.pop()
        if id(error) in seen:
            continue
        seen.add(id(error))
        if type(error).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
            return True
        todo += [a for a in error.args if isinstance(a, BaseException)]
        todo += [e for e in (error.__cause__, error.__context__) if e is not None]
    return False


def _find_tables(page, number: int, close: bool = True) -> list[_Table]:
    """Ruled tables of a pdfplumber page with at least two cells (a lone frame is no table)."""
    try:
        found = page.find_tables()
        return [
            _Table(number, tuple(t.bbox), [list(row.cells) for row in t.rows])
            for t in found
            if len(t.cells) >= 2
        ]
    finally:
        if close:
            page.close()


# ---------------------------------------------------------------------------------------------
# Layout: lines, running lines, columns, paragraphs


def _layout(pages: list[_Page], notes: list[Block] | None = None) -> tuple[list[Block], float | None]:
    """Blocks in reading order and the body font size; footnotes go to `notes` when given."""
    page_lines: dict[int, list[_Line]] = {}
    for page in pages:
        free = _claim_table_words(page)
        page_lines[page.number] = _group_lines(free, page.number)
    _drop_running_lines(pages, page_lines)
    all_lines = [line for lines in page_lines.values() for line in lines]
    body_size = _dominant_size(all_lines)
    for page in pages:
        footnotes = _footnotes(page_lines[page.number], body_size, page.height)
        if footnotes:
            ids = {id(line) for line in footnotes}
            page_lines[page.number] = [line for line in page_lines[page.number] if id(line) not in ids]
            if notes is not None:
                notes.extend(_note_blocks(footnotes))
    ordered: list[_Line | _Table] = []
    for page in pages:
        ordered.extend(_reading_order(page_lines[page.number], page.tables))
    flow = _Flow(ordered, body_size)
    return flow.blocks(), body_size


# "1 Zie artikel 2.107b WVO." / "* ..." / "¹ ..."; not "1." or "1)", which number list items. The
# number may stand on a line of its own when it is set as a superscript above the note's text.
FOOTNOTE_START = re.compile(r"^(?:\d{1,3}(?![.)\d])|[*†‡]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?:\s*\S|$)")


def _footnotes(lines: list[_Line], body_size: float | None, height: float) -> list[_Line]:
    """The footnotes at the foot of a page: the lowest lines, set smaller than the body text
    (at most 85%), in the bottom 40% of the page, the first starting with a note number."""
    if not body_size or not lines:
        return []
    ordered = sorted(lines, key=lambda line: line.top)
    small: list[_Line] = []
    for line in reversed(ordered):
        if line.size > 0.85 * body_size or line.top < 0.6 * height:
            break
        small.append(line)
    small.reverse()
    while small and not FOOTNOTE_START.match(small[0].text):
        small.pop(0)  # a small line above the first note (a source line, a caption) stays text
    if not small or len(small) == len(lines):
        return []
    return small


def _note_blocks(lines: list[_Line]) -> list[Block]:
    """One block per note: a line that starts with a note number starts a new note."""
    groups: list[list[_Line]] = []
    for line in lines:
        if not groups or FOOTNOTE_START.match(line.text):
            groups.append([line])
        else:
            groups[-1].append(line)
    return [_paragraph_block(group) for group in groups]


def _claim_table_words(page: _Page) -> list[_Word]:
    """Give each table the words whose centre lies inside it; return the other words."""
    for table in page.tables:
        table.words = []  # the layout may run twice (before and after OCR)
    if not page.tables:
        return page.words
    free = []
    for word in page.words:
        cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        for table in page.tables:
            x0, top, x1, bottom = table.bbox
            if x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1:
                table.words.append(word)
                break
        else:
            free.append(word)
    return free


def _group_lines(words: list[_Word], page: int, column: int = 0) -> list[_Line]:
    """Words with (nearly) the same vertical centre form a line, ordered by x."""
    lines: list[_Line] = []
    current: list[_Word] = []
    anchor = tolerance = 0.0
    for word in sorted(words, key=lambda w: (w.top + w.bottom, w.x0)):
        mid = (word.top + word.bottom) / 2
        if current and mid - anchor <= tolerance:
            current.append(word)
            continue
        if current:
            lines.append(_make_line(current, page, column))
        current = [word]
        anchor, tolerance = mid, max(2.0, 0.3 * (word.bottom - word.top))
    if current:
        lines.append(_make_line(current, page, column))
    return lines


def _make_line(words: list[_Word], page: int, column: int = 0) -> _Line:
    words = sorted(words, key=lambda w: w.x0)
    parts = [words[0].text]
    for prev, word in itertools.pairwise(words):
        # pdfplumber splits a word where the font changes; such pieces touch and get no space
        touching = word.x0 - prev.x1 < 0.1 * min(prev.size, word.size)
        parts.append(word.text if touching else " " + word.text)
    sizes: Counter[float] = Counter()
    bold_chars = 0
    for word in words:
        sizes[round(word.size, 1)] += len(word.text)
        bold_chars += len(word.text) if word.bold else 0
    chars = sum(sizes.values())
    return _Line(
        page=page,
        words=words,
        text="".join(parts),
        x0=words[0].x0,
        x1=max(w.x1 for w in words),
        top=min(w.top for w in words),
        bottom=max(w.bottom for w in words),
        size=sizes.most_common(1)[0][0],
        bold=bold_chars >= 0.8 * chars,
        column=column,
    )


def _dominant_size(lines: list[_Line]) -> float | None:
    sizes: Counter[float] = Counter()
    for line in lines:
        for word in line.words:
            sizes[round(word.size, 1)] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _running_key(text: str) -> str:
    """Text with digits normalised, so "Pagina 3" and "Pagina 4" repeat. An article heading
    keeps its number: articles that each start a page are not a running header."""
    key = re.sub(r"\s+", " ", text.lower()).strip()
    return key if HEADING_WORD.match(text.strip()) else re.sub(r"\d+", "#", key)


def _drop_running_lines(pages: list[_Page], page_lines: dict[int, list[_Line]]) -> None:
    """Remove page numbers and lines repeated at the top or bottom of at least half the pages."""
    candidates: list[tuple[_Line, tuple[str, str]]] = []
    seen: dict[tuple[str, str], set[int]] = {}
    for page in pages:
        for line in page_lines[page.number]:
            mid = (line.top + line.bottom) / 2
            zone = "top" if mid <= ZONE * page.height else "bottom"
            if ZONE * page.height < mid < (1 - ZONE) * page.height:
                continue
            key = (zone, _running_key(line.text))
            candidates.append((line, key))
            seen.setdefault(key, set()).add(page.number)
    needed = max(2, math.ceil(len(pages) / 2))
    drop = {
        id(line)
        for line, key in candidates
        if PAGE_NUMBER.match(line.text.strip()) or len(seen[key]) >= needed
    }
    for number, lines in page_lines.items():
        page_lines[number] = [line for line in lines if id(line) not in drop]


def _reading_order(lines: list[_Line], tables: list[_Table]) -> list[_Line | _Table]:
    """Items of one page in reading order: columns top to bottom within full-width bands."""
    gutter = _find_gutter(lines)
    if gutter is None:
        return sorted([*lines, *tables], key=lambda item: item.top)
    items: list[_Line | _Table] = []
    for line in lines:
        sides = gutter.split(line)
        if sides is None:
            items.append(line)  # spans the gutter: full width
            continue
        left, right = sides
        if left:
            items.append(_make_line(left, line.page, column=1))
        if right:
            items.append(_make_line(right, line.page, column=2))
    for table in tables:
        x0, _, x1, _ = table.bbox
        if x0 < gutter.x0 and x1 > gutter.x1:
            table.column = 0  # spans both columns
        else:
            table.column = 1 if (x0 + x1) / 2 < gutter.middle else 2
        items.append(table)
    ordered: list[_Line | _Table] = []
    band: dict[int, list[_Line | _Table]] = {1: [], 2: []}
    for item in sorted(items, key=lambda item: item.top):
        if item.column == 0:
            ordered += band[1] + band[2] + [item]
            band = {1: [], 2: []}
        else:
            band[item.column].append(item)
    return ordered + band[1] + band[2]


@dataclass(frozen=True)
class _Gutter:
    """The empty strip between two columns: x0..x1, widened by ragged line ends."""

    x0: float
    x1: float
    middle: float  # where fewest words cross: the split between the columns

    def split(self, line: _Line) -> tuple[list[_Word], list[_Word]] | None:
        """(left words, right words) of a line, or None when the line spans the gutter: a word
        crosses its middle, or the words on either side are only a word space apart."""
        left = [w for w in line.words if w.x1 <= self.middle]
        right = [w for w in line.words if w.x0 >= self.middle]
        if len(left) + len(right) < len(line.words):
            return None
        if left and right:
            gap = min(w.x0 for w in right) - max(w.x1 for w in left)
            if gap < min(1.5 * line.size, 0.5 * (self.x1 - self.x0)):
                return None
        return left, right


def _emptiest(cover: list[int], run: tuple[int, int]) -> float:
    """Centre of the longest stretch of least cover inside `run` (ragged line ends widen the
    run on the left; the middle of the whole run could cut through left-column words)."""
    least = min(cover[run[0] : run[1] + 1])
    best: tuple[int, int] | None = None
    start = None
    for i in range(run[0], run[1] + 2):
        if i <= run[1] and cover[i] == least:
            start = i if start is None else start
        elif start is not None:
            if best is None or i - 1 - start > best[1] - best[0]:
                best = (start, i - 1)
            start = None
    assert best is not None  # the least value occurs in the run
    return (best[0] + best[1] + 1) / 2


def _find_gutter(lines: list[_Line]) -> _Gutter | None:
    """A vertical strip near the middle of the text that most lines leave empty, or None.

    The strip must be at least 8 pt wide; the lines on either side must fill their column up to
    it (so a form with short labels and values further right is not taken for two columns).
    """
    if len(lines) < 6:
        return None
    xmin = min(line.x0 for line in lines)
    xmax = max(line.x1 for line in lines)
    width = xmax - xmin
    if width < 200:
        return None
    lo, hi = int(xmin + 0.35 * width), int(xmin + 0.65 * width)
    cover = [0] * (hi - lo + 1)
    for line in lines:
        for word in line.words:
            for x in range(max(lo, int(word.x0)), min(hi, math.ceil(word.x1)) + 1):
                cover[x - lo] += 1
    least = min(cover)
    if least > 0.5 * len(lines):
        return None
    # full-width lines cross the gutter, and their word gaps make the cover dip: allow slack
    limit = least + max(1, len(lines) // 10)
    best = (0, -1)  # longest run of x with (nearly) the least cover
    start = None
    for i, count in enumerate([*cover, math.inf]):
        if count <= limit and start is None:
            start = i
        elif count > limit and start is not None:
            if i - start > best[1] - best[0] + 1:
                best = (start, i - 1)
            start = None
    if best[1] - best[0] + 1 < 8:
        return None
    gutter = _Gutter(float(lo + best[0]), float(lo + best[1] + 1), lo + _emptiest(cover, best))
    sides = [gutter.split(line) for line in lines]
    left_ends = [max(w.x1 for w in s[0]) for s in sides if s and s[0]]
    right_starts = [min(w.x0 for w in s[1]) for s in sides if s and s[1]]
    if len(left_ends) < 3 or len(right_starts) < 3:
        return None
    left_full = sum(end >= gutter.x0 - 0.25 * (gutter.x0 - xmin) for end in left_ends)
    right_full = sum(start <= gutter.x1 + 0.25 * (xmax - gutter.x1) for start in right_starts)
    if left_full < 0.5 * len(left_ends) or right_full < 0.5 * len(right_starts):
        return None
    return gutter


def _starts_item(text: str) -> bool:
    return bool(HEADING_WORD.match(text) or NEW_ITEM.match(text))


class _Flow:
    """Turns ordered lines and tables into paragraph blocks."""

    def __init__(self, items: list[_Line | _Table], body_size: float | None):
        self.items = items
        self.body_size = body_size
        self.pitch = self._typical_pitch()
        # left and right edge of the text per column (0, 1, 2): on the page when the column has
        # enough lines there to tell, else over the whole document
        self.extent: dict[tuple[int, int], tuple[float, float]] = {}
        counts: Counter[tuple[int, int]] = Counter()
        for item in items:
            if isinstance(item, _Line):
                for key in ((item.page, item.column), (0, item.column)):
                    x0, x1 = self.extent.get(key, (item.x0, item.x1))
                    self.extent[key] = (min(x0, item.x0), max(x1, item.x1))
                    counts[key] += 1
        for key, count in counts.items():
            if key[0] and count < 5:
                self.extent[key] = self.extent[(0, key[1])]

    def _typical_pitch(self) -> float | None:
        """Most common distance between consecutive body lines in one column (in 0.5 pt)."""
        pitches: Counter[float] = Counter()
        lines = [item for item in self.items if isinstance(item, _Line)]
        for prev, line in itertools.pairwise(lines):
            if (prev.page, prev.column) != (line.page, line.column) or prev.size != line.size:
                continue
            if line.size != self.body_size:
                continue
            pitch = line.top - prev.top
            if 0.9 * line.size <= pitch <= 2.5 * line.size:
                pitches[round(pitch * 2) / 2] += 1
        return pitches.most_common(1)[0][0] if pitches else None

    def blocks(self) -> list[Block]:
        blocks: list[Block] = []
        paragraph: list[_Line] = []
        for item in self.items:
            if isinstance(item, _Table):
                if paragraph:
                    blocks.append(_paragraph_block(paragraph))
                    paragraph = []
                blocks.extend(_table_blocks(item))
            elif paragraph and self._continues(paragraph[-1], item):
                paragraph.append(item)
            else:
                if paragraph:
                    blocks.append(_paragraph_block(paragraph))
                paragraph = [item]
        if paragraph:
            blocks.append(_paragraph_block(paragraph))
        return blocks

    def _is_heading(self, line: _Line) -> bool:
        return line.bold or (self.body_size is not None and line.size >= self.body_size + 1.0)

    def _is_short(self, line: _Line) -> bool:
        x0, x1 = self.extent[(line.page, line.column)]
        return line.x1 < x1 - 0.25 * (x1 - x0)

    def _continues(self, prev: _Line, line: _Line) -> bool:
        """Does `line` belong to the same paragraph as `prev`, the line before it?"""
        if _starts_item(line.text) or prev.bold != line.bold or abs(prev.size - line.size) > 0.6:
            return False
        if TOC_ENTRY.search(prev.text):
            return False
        heading = self._is_heading(prev)
        if (prev.page, prev.column) == (line.page, line.column):
            pitch = self.pitch * prev.size / self.body_size if self.pitch else 1.2 * prev.size
            if not 0 < line.top - prev.top <= 1.3 * pitch:
                return False
            if heading:  # a heading continues only when it visibly wrapped
                return not self._is_short(prev) or bool(
                    line.text[:1].islower() and DANGLING_END.search(prev.text)
                )
            # a short line ends its paragraph if it ends a sentence or is an "Artikel 4" heading
            ends = prev.text.endswith(SENTENCE_END) or HEADING_WORD.match(prev.text)
            return not (self._is_short(prev) and ends)
        # across a page or column break: only a sentence that visibly runs on (no closing
        # punctuation, and the next line lowercase or, across a page, the last line filling its
        # column: "... naar de opleiding" | "Allround medewerker houtbewerking, ...")
        if heading or prev.text.endswith(SENTENCE_END):
            return False
        return line.text[:1].islower() or (prev.page != line.page and not self._is_short(prev))


def _paragraph_block(lines: list[_Line], in_table: bool = False) -> Block:
    text = lines[0].text
    for line in lines[1:]:
        text = _join_lines(text, line.text)
    sizes: Counter[float] = Counter()
    bold_chars = chars = 0
    ocr = False
    for line in lines:
        for word in line.words:
            sizes[round(word.size, 1)] += len(word.text)
            chars += len(word.text)
            bold_chars += len(word.text) if word.bold else 0
            ocr = ocr or word.ocr
    return Block(
        text=text,
        page=lines[0].page,
        bold=bold_chars >= 0.8 * chars,
        font_size=sizes.most_common(1)[0][0],
        in_table=in_table,
        ocr=ocr,
    )


def _join_lines(text: str, following: str) -> str:
    """Join two lines of one paragraph, undoing hyphenation at the line end."""
    if text.endswith("\xad"):  # soft hyphen
        return text[:-1] + following
    if len(text) < 2 or text[-1] != "-" or not text[-2].isalnum():
        return f"{text} {following}"
    fragment = re.split(r"[\s/(]", text[:-1])[-1]
    first_word = following.split(" ", 1)[0].rstrip(",.;:")
    if first_word.lower() in ELLIPSIS_HYPHEN_NEXT:
        return f"{text} {following}"  # "zorg- en ondersteuningsplan"
    if not following[:1].islower():
        return text + following  # "Noord-" + "Brabant"
    keep = (
        fragment.lower() in KEEP_HYPHEN_AFTER
        or len(fragment) == 1
        or fragment.isupper()
        or any(c.isdigit() for c in fragment)
    )
    return text + following if keep else text[:-1] + following


def _table_blocks(table: _Table) -> list[Block]:
    """The table's cells, row by row, left to right (see `checker.extract.tables`)."""
    rows: list[list[list[Block]]] = []
    remaining = table.words
    for row in table.rows:
        cells: list[list[Block]] = []
        rows.append(cells)
        for cell in row:
            if cell is None:
                continue
            x0, top, x1, bottom = cell
            inside, rest = [], []
            for word in remaining:
                cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
                fits = x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1
                (inside if fits else rest).append(word)
            remaining = rest
            cells.append(
                [_paragraph_block(_group_lines(inside, table.page), in_table=True)] if inside else []
            )
    return table_blocks(rows)
