"""Read an OpenDocument text file (.odt, LibreOffice/OpenOffice) into a `Document`.

The package is a zip like .docx; its `content.xml` (and `styles.xml` for named styles, list
styles and the outline numbering) are parsed with the same locked-down lxml parser as the Word
reader, after the same zip-bomb and DOCTYPE checks. odfpy was considered and not used: on a
parse error it prints the whole XML part to standard output and carries on with an empty
document (that would corrupt `--format json` and hide damage), and it loads every embedded
picture into memory; it adds nothing we need over reading the XML.

What is read, in reading order:

- paragraphs (`text:p`) and headings (`text:h`, with `text:outline-level` as heading level and
  the outline numbering of styles.xml rendered as "Artikel 3" / "2.1" when the heading is
  numbered);
- lists (`text:list`) with their numbers rendered from the list style ("1.", "a)", "2.3", start
  values, `text:continue-numbering`, `text:continue-list`), bullets without a label;
- tables row by row, cell by cell (covered cells once), nested tables inside their cell;
- sections, text boxes (`draw:text-box`, after their paragraph), the table of contents;
- tracked changes as accepted: insertions are read, deletions (kept apart in
  `text:tracked-changes`) are not; comments (`office:annotation`) are not read;
- footnotes and endnotes (`text:note`) into `Document.notes`.

Bold: a paragraph is bold when its style (following `style:parent-style-name`) or all its text
spans set `fo:font-weight` bold (or 600+).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from checker.document import Block, Document, ExtractionError
from checker.extract.docx import (
    _DTD_MARKERS,
    _PARSER,
    MAX_RATIO,
    MAX_TOTAL_SIZE,
    RATIO_MIN_SIZE,
    _format_number,
    _normalise,
)

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _t(tag: str) -> str:
    return f"{{{TEXT_NS}}}{tag}"


def _tb(tag: str) -> str:
    return f"{{{TABLE_NS}}}{tag}"


def _st(tag: str) -> str:
    return f"{{{STYLE_NS}}}{tag}"


P, H, SPAN, LIST, LIST_ITEM, LIST_HEADER = (
    _t(x) for x in ("p", "h", "span", "list", "list-item", "list-header")
)
NOTE, NOTE_BODY, NOTE_CITATION = _t("note"), _t("note-body"), _t("note-citation")
TABLE, ROW, CELL, COVERED = _tb("table"), _tb("table-row"), _tb("table-cell"), _tb("covered-table-cell")
FRAME, TEXT_BOX = f"{{{DRAW_NS}}}frame", f"{{{DRAW_NS}}}text-box"
ANNOTATION, ANNOTATION_END = f"{{{OFFICE_NS}}}annotation", f"{{{OFFICE_NS}}}annotation-end"
# never read: deletions, hidden text, comments, bookkeeping
_SKIP = {
    _t("tracked-changes"), _t("hidden-text"), _t("hidden-paragraph"), ANNOTATION, ANNOTATION_END,
    _t("sequence-decls"), _t("variable-decls"), _t("user-field-decls"), _t("soft-page-break"),
    _t("bookmark"), _t("bookmark-start"), _t("bookmark-end"), _t("reference-mark"),
    _t("change"), _t("change-start"), _t("change-end"), _tb("table-columns"), _tb("table-column"),
    _t("index-title-template"), _t("table-of-content-source"), _t("number"),
    f"{{{OFFICE_NS}}}forms",
}  # fmt: skip
_INLINE_CHARS = {_t("tab"): "\t", _t("line-break"): "\n"}
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}

MSG_CORRUPT = "Het OpenDocument-bestand (.odt) is beschadigd en kan niet worden gelezen."
MSG_NOT_FOUND = "Het bestand bestaat niet of is geen gewoon bestand."
MSG_NO_TEXT = "Het OpenDocument-bestand (.odt) bevat geen tekst."
MSG_NOT_ODT = (
    "Het bestand is een ander OpenDocument-type dan tekst (.odt), bijvoorbeeld een rekenblad; "
    "lever een tekstdocument aan."
)
MSG_ZIP_BOMB = (
    "Het OpenDocument-bestand pakt uit tot een onredelijk grote omvang (mogelijk een zip-bom) "
    "en is niet gelezen."
)
MSG_ENCRYPTED = (
    "Het OpenDocument-bestand is met een wachtwoord beveiligd; sla het zonder wachtwoord op en "
    "probeer opnieuw."
)
MSG_ENTITIES = "Het OpenDocument-bestand bevat XML-entiteiten (DOCTYPE) die niet worden verwerkt."
WARN_TRACKED = (
    "Het document bevat bijgehouden wijzigingen; de tekst is gelezen alsof alle wijzigingen "
    "zijn geaccepteerd."
)


def odf_kind(head: bytes) -> str | None:
    """The OpenDocument type ("text", "spreadsheet", "text-template", ...) named by the
    uncompressed `mimetype` member an ODF package starts with, or None."""
    marker = b"mimetypeapplication/vnd.oasis.opendocument."
    at = head.find(marker, 0, 300)
    if at < 0:
        return None
    kind = bytearray()
    for byte in head[at + len(marker) : at + len(marker) + 40]:
        if not (97 <= byte <= 122 or byte == 45):  # a-z and "-"
            break
        kind.append(byte)
    return kind.decode("ascii") or None


def extract_odt(path: Path) -> Document:
    """Read the text of an .odt file; raise `ExtractionError` (never anything else)."""
    path = Path(path)
    try:
        return _extract(path)
    except ExtractionError:
        raise
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise ExtractionError("not_found", MSG_NOT_FOUND) from exc
    except Exception as exc:  # any zip or XML failure means the file is damaged
        raise ExtractionError("corrupt", MSG_CORRUPT) from exc


def _extract(path: Path) -> Document:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ExtractionError("corrupt", MSG_CORRUPT) from exc
    with archive:
        total = 0
        for info in archive.infolist():
            total += info.file_size
            ratio_too_high = info.file_size > MAX_RATIO * max(info.compress_size, 1)
            if total > MAX_TOTAL_SIZE or (info.file_size > RATIO_MIN_SIZE and ratio_too_high):
                raise ExtractionError("zip_bomb", MSG_ZIP_BOMB)
        names = set(archive.namelist())
        if "mimetype" in names:
            mimetype = archive.read("mimetype").strip()
            if mimetype != ODT_MIMETYPE:
                raise ExtractionError("unsupported_type", MSG_NOT_ODT)
        manifest = _xml(archive, "META-INF/manifest.xml", names)
        if (
            manifest is not None
            and next(manifest.iter(f"{{{MANIFEST_NS}}}encryption-data"), None) is not None
        ):
            raise ExtractionError("encrypted", MSG_ENCRYPTED)
        content = _xml(archive, "content.xml", names)
        if content is None:
            raise ExtractionError("corrupt", MSG_CORRUPT)
        styles_root = _xml(archive, "styles.xml", names)
    styles = _Styles(styles_root, content)
    body = content.find(f"{{{OFFICE_NS}}}body/{{{OFFICE_NS}}}text")
    if body is None:
        if content.find(f"{{{OFFICE_NS}}}body") is not None:
            raise ExtractionError("unsupported_type", MSG_NOT_ODT)
        raise ExtractionError("corrupt", MSG_CORRUPT)
    warnings = []
    if body.find(_t("tracked-changes")) is not None:
        warnings.append(WARN_TRACKED)
    reader = _Reader(styles)
    reader.container(body, reader.blocks, in_table=False)
    if not reader.blocks:
        raise ExtractionError("empty", MSG_NO_TEXT)
    return Document(path=str(path), format="odt", blocks=reader.blocks, notes=reader.notes, warnings=warnings)


def _xml(archive: zipfile.ZipFile, name: str, names: set[str]) -> etree._Element | None:
    if name not in names:
        return None
    data = archive.read(name)
    if any(marker in data for marker in _DTD_MARKERS):
        raise ExtractionError("xml_entities", MSG_ENTITIES)
    root = etree.fromstring(data, _PARSER)
    if root.getroottree().docinfo.doctype:
        raise ExtractionError("xml_entities", MSG_ENTITIES)
    return root


# --- styles --------------------------------------------------------------------------------


@dataclass
class _ListLevel:
    fmt: str | None  # "decimal", "lowerLetter", ... ; None: bullet or no number
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    display: int = 1  # how many levels the label shows ("2.3" has 2)


@dataclass
class _Style:
    parent: str | None = None
    bold: bool | None = None
    outline: int | None = None  # style:default-outline-level
    list_style: str | None = None


class _Styles:
    def __init__(self, styles_root: etree._Element | None, content: etree._Element):
        self.styles: dict[tuple[str, str], _Style] = {}
        self.lists: dict[str, dict[int, _ListLevel]] = {}
        self.outline: dict[int, _ListLevel] = {}
        for root in (styles_root, content):
            if root is None:
                continue
            for style in root.iter(_st("style")):
                name, family = style.get(_st("name")), style.get(_st("family"))
                if not name or not family:
                    continue
                props = style.find(_st("text-properties"))
                weight = props.get(f"{{{FO_NS}}}font-weight") if props is not None else None
                self.styles[(family, name)] = _Style(
                    parent=style.get(_st("parent-style-name")),
                    bold=_is_bold(weight) if weight else None,
                    outline=_int(style.get(_st("default-outline-level"))),
                    list_style=style.get(_st("list-style-name")),
                )
            for list_style in root.iter(_t("list-style")):
                name = list_style.get(_st("name"))
                if name:
                    self.lists[name] = _levels(list_style)
            outline = next(root.iter(_t("outline-style")), None)
            if outline is not None:
                self.outline = _levels(outline)

    def _chain(self, family: str, name: str | None) -> list[_Style]:
        chain = []
        while name and (family, name) in self.styles and len(chain) < 20:
            style = self.styles[(family, name)]
            if style in chain:
                break
            chain.append(style)
            name = style.parent
        return chain

    def bold(self, family: str, name: str | None) -> bool | None:
        return next((s.bold for s in self._chain(family, name) if s.bold is not None), None)

    def outline_level(self, name: str | None) -> int | None:
        return next((s.outline for s in self._chain("paragraph", name) if s.outline), None)

    def list_style(self, name: str | None) -> str | None:
        return next((s.list_style for s in self._chain("paragraph", name) if s.list_style), None)


def _is_bold(weight: str) -> bool:
    weight = weight.strip().lower()
    return weight == "bold" or (weight.isdigit() and int(weight) >= 600)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _levels(element: etree._Element) -> dict[int, _ListLevel]:
    levels: dict[int, _ListLevel] = {}
    for child in element:
        level = _int(child.get(_t("level")))
        if level is None or not 1 <= level <= 10:
            continue
        if child.tag in (_t("list-level-style-number"), _t("outline-level-style")):
            fmt = _FORMATS.get(child.get(_st("num-format")) or "")
            levels[level] = _ListLevel(
                fmt=fmt,
                prefix=child.get(_st("num-prefix")) or "",
                suffix=child.get(_st("num-suffix")) or "",
                start=_int(child.get(_t("start-value"))) or 1,
                display=max(1, min(level, _int(child.get(_t("display-levels"))) or 1)),
            )
        else:  # bullet or image: no label
            levels[level] = _ListLevel(fmt=None)
    return levels


# --- reading -------------------------------------------------------------------------------


@dataclass
class _Counter:
    """The counts of one list (or of the outline numbering): one per level."""

    levels: dict[int, _ListLevel]
    counts: list[int | None] = field(default_factory=lambda: [None] * 11)

    def next(self, level: int, start: int | None = None) -> str | None:
        definition = self.levels.get(level)
        if definition is None or definition.fmt is None:
            return None
        current = self.counts[level]
        self.counts[level] = (
            start if start is not None else (definition.start if current is None else current + 1)
        )
        for deeper in range(level + 1, 11):
            self.counts[deeper] = None
        numbers = []
        for shown in range(level - definition.display + 1, level + 1):
            outer = self.levels.get(shown)
            value = self.counts[shown] if self.counts[shown] is not None else (outer.start if outer else 1)
            numbers.append(_format_number(value, outer.fmt if outer and outer.fmt else "decimal"))
        label = f"{definition.prefix}{'.'.join(numbers)}{definition.suffix}"
        return _normalise(label) or None


class _Reader:
    def __init__(self, styles: _Styles):
        self.styles = styles
        self.blocks: list[Block] = []
        self.notes: list[Block] = []
        self.outline = _Counter(styles.outline)
        self.lists_by_id: dict[str, _Counter] = {}
        self.last_list: dict[str | None, _Counter] = {}  # list style -> its last counter

    def container(self, element: etree._Element, out: list[Block], in_table: bool) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag in (P, H):
                self.paragraph(child, out, in_table)
            elif tag == LIST:
                self.list(child, out, in_table, depth=1, counter=None, style=None)
            elif tag == TABLE:
                self.table(child, out)
            else:  # section, index body, table of contents, ...
                self.container(child, out, in_table)

    def list(self, element, out, in_table, depth: int, counter: _Counter | None, style: str | None) -> None:
        style = element.get(_t("style-name")) or style
        if counter is None:
            counter = self._top_counter(element, style)
        for item in element:
            if item.tag not in (LIST_ITEM, LIST_HEADER):
                continue
            label = None
            if item.tag == LIST_ITEM:
                label = counter.next(depth, _int(item.get(_t("start-value"))))
            first = True
            for child in item:
                if child.tag in (P, H):
                    self.paragraph(child, out, in_table, label if first else None, in_list=True)
                    first = False
                elif child.tag == LIST:
                    self.list(child, out, in_table, depth + 1, counter, style)
                elif isinstance(child.tag, str) and child.tag not in _SKIP:
                    self.container(child, out, in_table)

    def _top_counter(self, element, style: str | None) -> _Counter:
        levels = self.styles.lists.get(style or "", {})
        previous = None
        continue_id = element.get(_t("continue-list"))
        if continue_id:
            previous = self.lists_by_id.get(continue_id)
        elif (element.get(_t("continue-numbering")) or "").lower() == "true":
            previous = self.last_list.get(style)
        counter = previous or _Counter(levels)
        identifier = element.get("{http://www.w3.org/XML/1998/namespace}id") or element.get(_t("id"))
        if identifier:
            self.lists_by_id[identifier] = counter
        self.last_list[style] = counter
        return counter

    def table(self, table: etree._Element, out: list[Block]) -> None:
        for row in table.iter(ROW):
            if _nearest_table(row) is not table:
                continue  # a row of a nested table: read inside its cell
            for cell in row:
                if cell.tag == CELL:
                    self.container(cell, out, in_table=True)

    def paragraph(self, element, out, in_table, label: str | None = None, in_list: bool = False) -> None:
        parts: list[str] = []
        bold_runs: list[bool] = []
        boxes: list[etree._Element] = []
        style = element.get(_t("style-name"))
        para_bold = bool(self.styles.bold("paragraph", style))
        self.inline(element, parts, bold_runs, boxes, para_bold)
        text = _normalise("".join(parts))
        heading_level = None
        if element.tag == H:
            heading_level = _int(element.get(_t("outline-level"))) or 1
        elif not in_list:
            heading_level = self.styles.outline_level(style)
        if heading_level is not None:
            heading_level = max(1, min(heading_level, 10))
            numbered = not in_list and (element.get(_t("is-list-header")) or "").lower() != "true"
            if numbered and label is None and self.styles.outline:
                label = self.outline.next(heading_level)
            shown = element.find(_t("number"))  # the number as the writing program showed it
            if numbered and shown is not None and _normalise("".join(shown.itertext())):
                label = _normalise("".join(shown.itertext()))
        if text:
            out.append(
                Block(
                    text=f"{label} {text}" if label else text,
                    bold=bool(bold_runs) and all(bold_runs),
                    heading_level=heading_level,
                    in_table=in_table,
                )
            )
        for box in boxes:
            self.container(box, out, in_table)

    def inline(self, element, parts, bold_runs, boxes, bold: bool) -> None:
        if element.text:
            parts.append(element.text)
            if element.text.strip():
                bold_runs.append(bold)
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                pass
            elif tag in _INLINE_CHARS:
                parts.append(_INLINE_CHARS[tag])
            elif tag == _t("s"):
                parts.append(" " * max(1, min(_int(child.get(_t("c"))) or 1, 100)))
            elif tag == NOTE:
                self.note(child)
            elif tag == FRAME:
                boxes.extend(child.iter(TEXT_BOX))
            elif tag == SPAN:
                own = self.styles.bold("text", child.get(_t("style-name")))
                self.inline(child, parts, bold_runs, boxes, bold if own is None else own)
            elif tag not in _SKIP:
                self.inline(child, parts, bold_runs, boxes, bold)  # a, ruby, meta, ...
            if child.tail:
                parts.append(child.tail)
                if child.tail.strip():
                    bold_runs.append(bold)

    def note(self, note: etree._Element) -> None:
        body = note.find(NOTE_BODY)
        if body is not None:
            self.container(body, self.notes, in_table=False)


def _nearest_table(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != TABLE:
        parent = parent.getparent()
    return parent
