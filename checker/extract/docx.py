"""Read a Word file (.docx) into a `Document`.

The package is opened with `zipfile` and its XML parts are parsed with a locked-down lxml parser,
so that nothing unsafe is expanded and we decide exactly what counts as visible text:

- body paragraphs and tables in reading order (merged cells once), content controls, text boxes
  (as separate blocks after their anchor paragraph);
- tracked insertions but not deletions, field results but not field codes, no comments, no hidden
  text, no headers or footers;
- the automatic number Word renders from `numbering.xml` ("Artikel 3", "2.1", "a."), which
  python-docx's `paragraph.text` leaves out (reference §3.5), prefixed to the paragraph text;
- footnotes and endnotes into `Document.notes`, and each also at the end of the paragraph that
  refers to it, in parentheses (an amount or a step given only in a footnote is part of the text).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from checker.document import Block, Document, ExtractionError
from checker.extract.tables import table_blocks

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
# Strict Open XML uses other namespace names for the same vocabulary.
_STRICT_NAMESPACES = {
    b"http://purl.oclc.org/ooxml/wordprocessingml/main": W_NS.encode(),
    b"http://purl.oclc.org/ooxml/officeDocument/relationships": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ),
}


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


P, R, T, TBL, TR, TC = _w("p"), _w("r"), _w("t"), _w("tbl"), _w("tr"), _w("tc")
PPR, RPR, TCPR, TRPR = _w("pPr"), _w("rPr"), _w("tcPr"), _w("trPr")
SDT, SDT_CONTENT, CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
TXBX, FLD_CHAR, ALT_CHUNK = _w("txbxContent"), _w("fldChar"), _w("altChunk")
INS, DEL, MOVE_FROM, MOVE_TO = _w("ins"), _w("del"), _w("moveFrom"), _w("moveTo")
VAL = _w("val")
MC_ALT = f"{{{MC_NS}}}AlternateContent"
MC_CHOICE, MC_FALLBACK = f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
M_OMATH, M_T = f"{{{M_NS}}}oMath", f"{{{M_NS}}}t"

# Run children that render as characters; everything else in a run renders nothing we keep.
_RUN_CHARS = {
    _w("tab"): "\t",
    _w("ptab"): "\t",
    _w("br"): "\n",
    _w("cr"): "\n",
    _w("noBreakHyphen"): "-",
    _w("softHyphen"): "",
}
# Run children that may hold a text box.
_RUN_OBJECTS = {_w("drawing"), _w("pict"), _w("object")}
# Never descended into: deletions, property blocks, comments, ruby guide text.
_SKIP = {
    DEL, MOVE_FROM, PPR, RPR, TCPR, TRPR, _w("sectPr"), _w("tblPr"), _w("tblGrid"),
    _w("tblPrEx"), _w("sdtPr"), _w("sdtEndPr"), _w("customXmlPr"), _w("smartTagPr"), _w("rt"),
    MC_FALLBACK, _w("commentReference"), _w("footnoteReference"), _w("endnoteReference"),
}  # fmt: skip

_NOTE_REFERENCES = {_w("footnoteReference"): "footnote", _w("endnoteReference"): "endnote"}

MAX_TOTAL_SIZE = 200 * 1024 * 1024
MAX_RATIO = 200
RATIO_MIN_SIZE = 10 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

MSG_CORRUPT = "Het Word-bestand is beschadigd en kan niet worden gelezen."
MSG_UNREADABLE = "Het Word-bestand kan niet worden geopend."
MSG_NOT_FOUND = "Het bestand bestaat niet of is geen gewoon bestand."
MSG_EMPTY_FILE = "Het bestand is leeg (0 bytes)."
MSG_NO_TEXT = "Het Word-bestand bevat geen tekst."
MSG_NOT_DOCX = "Het bestand is geen Word-document (.docx) en kan niet worden gelezen."
MSG_OLD_DOC = "Het bestand is een oud Word-formaat (.doc); sla het op als .docx en probeer opnieuw."
MSG_ZIP_BOMB = (
    "Het Word-bestand pakt uit tot een onredelijk grote omvang (mogelijk een zip-bom) en is niet gelezen."
)
MSG_ENCRYPTED = (
    "Het Word-bestand is met een wachtwoord beveiligd; sla het zonder wachtwoord op en probeer opnieuw."
)
MSG_ENTITIES = "Het Word-bestand bevat XML-entiteiten (DOCTYPE) die niet worden verwerkt."
WARN_TRACKED = (
    "Het document bevat bijgehouden wijzigingen; de tekst is gelezen alsof alle wijzigingen "
    "zijn geaccepteerd."
)
WARN_ALT_CHUNK = "Het document bevat ingevoegde inhoud (altChunk) die niet is gelezen."
WARN_NUMBERING = (
    "De automatische nummering van enkele alinea's kon niet worden bepaald; "
    "die nummers ontbreken in de tekst."
)

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    huge_tree=False,
    load_dtd=False,
    dtd_validation=False,
    remove_comments=True,
    remove_pis=True,
)
_DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)
_HEADING_NAME = re.compile(r"(?:heading|kop)\s*([1-9])", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"%([1-9])")
_WHITESPACE = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def extract_docx(path: Path) -> Document:
    """Read the body text, numbering, text boxes and notes of a .docx file.

    Raises `ExtractionError` (codes as in `checker.extract`: not_found, empty, legacy_doc,
    unsupported_type, encrypted, corrupt, zip_bomb, xml_entities) for anything that cannot be
    read safely or holds no text; no other exception escapes.
    """
    path = Path(path)
    try:
        return _extract(path)
    except ExtractionError:
        raise
    except Exception as exc:  # any parser or zip failure means the file is damaged
        raise ExtractionError("corrupt", MSG_CORRUPT) from exc


def _extract(path: Path) -> Document:
    with _open_zip(path) as archive:
        package = _Package(archive)
        main = package.main_document()
        related = package.related_parts(main.name)
        styles = _Styles(package.xml(related.get("styles")))
        numbering = _Numbering(package.xml(related.get("numbering")), styles)
        warnings: list[str] = []
        if next(main.root.iter(INS, DEL, MOVE_FROM, MOVE_TO), None) is not None:
            warnings.append(WARN_TRACKED)
        notes: list[Block] = []
        note_texts: dict[tuple[str, str], str] = {}
        for kind in ("footnote", "endnote"):
            notes_root = package.xml(related.get(kind + "s"))
            reader = _StoryReader(styles, numbering, warnings)
            for note in notes_root.iterchildren(_w(kind)) if notes_root is not None else ():
                if note.get(_w("type"), "normal") == "normal":
                    note_blocks = reader.read(note)
                    notes.extend(note_blocks)
                    note_texts[(kind, note.get(_w("id"), ""))] = " ".join(b.text for b in note_blocks)
        body = main.root.find(_w("body"))
        blocks = _StoryReader(styles, numbering, warnings, note_texts).read(body)
    if not blocks:
        raise ExtractionError("empty", MSG_NO_TEXT)
    return Document(
        path=str(path),
        format="docx",
        blocks=blocks,
        page_count=None,
        notes=notes,
        warnings=list(dict.fromkeys(warnings)),
    )


# --- the package: zip safety checks and XML parts ------------------------------------------


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(OLE_MAGIC))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise ExtractionError("not_found", MSG_NOT_FOUND) from exc
    except OSError as exc:
        raise ExtractionError("corrupt", MSG_UNREADABLE) from exc
    if not head:
        raise ExtractionError("empty", MSG_EMPTY_FILE)
    if head == OLE_MAGIC:
        # An encrypted .docx is an OLE container with an EncryptedPackage stream; any other OLE
        # file is a legacy binary format such as .doc.
        if _file_contains(path, ENCRYPTED_PACKAGE):
            raise ExtractionError("encrypted", MSG_ENCRYPTED)
        raise ExtractionError("legacy_doc", MSG_OLD_DOC)
    try:
        archive = zipfile.ZipFile(path)
    except Exception as exc:
        raise ExtractionError("corrupt", MSG_CORRUPT) from exc
    # Declared sizes are binding: zipfile never returns more than a member's declared size.
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio_too_high = info.file_size > MAX_RATIO * max(info.compress_size, 1)
        if total > MAX_TOTAL_SIZE or (info.file_size > RATIO_MIN_SIZE and ratio_too_high):
            archive.close()
            raise ExtractionError("zip_bomb", MSG_ZIP_BOMB)
    return archive


def _file_contains(path: Path, needle: bytes) -> bool:
    tail = b""
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            window = tail + chunk
            if needle in window:
                return True
            tail = window[-len(needle) :]
    return False


@dataclass
class _Part:
    name: str
    root: etree._Element


class _Package:
    """XML parts of an opened .docx zip, looked up case-insensitively as OPC requires."""

    def __init__(self, archive: zipfile.ZipFile):
        self._archive = archive
        self._names = {name.replace("\\", "/").lower(): name for name in archive.namelist()}

    def xml(self, name: str | None) -> etree._Element | None:
        member = self._names.get(name.lower()) if name else None
        if member is None:
            return None
        if self._archive.getinfo(member).flag_bits & 0x1:
            raise ExtractionError("encrypted", MSG_ENCRYPTED)
        data = self._archive.read(member)
        if any(marker in data for marker in _DTD_MARKERS):
            raise ExtractionError("xml_entities", MSG_ENTITIES)
        if b"purl.oclc.org/ooxml" in data:
            for strict, transitional in _STRICT_NAMESPACES.items():
                data = data.replace(strict, transitional)
        root = etree.fromstring(data, _PARSER)
        if root.getroottree().docinfo.doctype:
            raise ExtractionError("xml_entities", MSG_ENTITIES)
        return root

    def relationships(self, part_name: str) -> Iterator[tuple[str, str]]:
        """(type, resolved target) of a part's internal relationships."""
        folder, base = posixpath.split(part_name)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        for rel in root if root is not None else ():
            target = rel.get("Target")
            if not target or rel.get("TargetMode") == "External":
                continue
            if target.startswith("/"):
                resolved = target.lstrip("/")
            else:
                resolved = posixpath.normpath(posixpath.join(folder, target))
            yield rel.get("Type", ""), resolved

    def main_document(self) -> _Part:
        candidates = [t for kind, t in self.relationships("") if kind.endswith("/officeDocument")]
        for name in [*candidates, "word/document.xml"]:
            if name.lower() in self._names:
                root = self.xml(name)
                if root is None or root.tag != _w("document"):
                    break
                return _Part(name, root)
        raise ExtractionError("unsupported_type", MSG_NOT_DOCX)

    def related_parts(self, part_name: str) -> dict[str, str]:
        """Target of the styles, numbering, footnotes and endnotes relationships."""
        folder = posixpath.dirname(part_name)
        found = {kind: posixpath.join(folder, kind + ".xml") for kind in _RELATED}
        for rel_type, target in self.relationships(part_name):
            kind = rel_type.rsplit("/", 1)[-1]
            if kind in _RELATED:
                found[kind] = target
        return found


_RELATED = ("styles", "numbering", "footnotes", "endnotes")


# --- small XML helpers ---------------------------------------------------------------------


def _val(parent: etree._Element | None, tag: str) -> str | None:
    if parent is None:
        return None
    child = parent.find(_w(tag))
    return None if child is None else child.get(VAL)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _is_on(element: etree._Element | None) -> bool | None:
    """A toggle property such as `<w:b/>`: None when absent."""
    if element is None:
        return None
    return element.get(VAL, "true").lower() not in ("0", "false", "off", "none")


def _choose_branch(alternate: etree._Element) -> etree._Element | None:
    """mc:AlternateContent renders one branch: the first Choice, else the Fallback."""
    choice = alternate.find(MC_CHOICE)
    return choice if choice is not None else alternate.find(MC_FALLBACK)


def _normalise(text: str) -> str:
    return _WHITESPACE.sub(" ", text.translate(_INVISIBLE)).strip()


# --- styles --------------------------------------------------------------------------------


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline_level: int | None = None
    run_props: etree._Element | None = None


class _Styles:
    """Style lookups along `w:basedOn` chains (paragraph and character styles)."""

    def __init__(self, root: etree._Element | None):
        self._styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self._default_run: etree._Element | None = None
        self._cache: dict[tuple, object] = {}
        if root is None:
            return
        defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{RPR}")
        self._default_run = defaults
        for style in root.iterchildren(_w("style")):
            style_id = style.get(_w("styleId"))
            if not style_id:
                continue
            ppr = style.find(PPR)
            numpr = ppr.find(_w("numPr")) if ppr is not None else None
            self._styles[style_id] = _Style(
                name=(_val(style, "name") or style_id).strip(),
                based_on=_val(style, "basedOn"),
                num_id=_val(numpr, "numId"),
                ilvl=_int(_val(numpr, "ilvl")),
                outline_level=_int(_val(ppr, "outlineLvl")),
                run_props=style.find(RPR),
            )
            if style.get(_w("type")) == "paragraph" and _is_on_attr(style.get(_w("default"))):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> list[tuple[str, _Style]]:
        chain: list[tuple[str, _Style]] = []
        while style_id in self._styles and len(chain) < 20:
            if any(seen == style_id for seen, _ in chain):
                break
            chain.append((style_id, self._styles[style_id]))
            style_id = self._styles[style_id].based_on
        return chain

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None, int | None]:
        """(numId, ilvl, outline level) a paragraph style gives, each None when not set."""
        num_id = ilvl = outline = None
        for _, style in self.chain(style_id):
            num_id = num_id if num_id is not None else style.num_id
            ilvl = ilvl if ilvl is not None else style.ilvl
            outline = outline if outline is not None else style.outline_level
        return num_id, ilvl, outline

    def heading_level(self, style_id: str | None) -> int | None:
        for _, style in self.chain(style_id):
            match = _HEADING_NAME.fullmatch(style.name)
            if match:
                return int(match.group(1))
            if style.name.lower() in ("title", "titel"):
                return 1
            if style.outline_level is not None:
                return style.outline_level + 1 if 0 <= style.outline_level < 9 else None
        return None

    def run_flag(self, rpr: etree._Element | None, para_style: str | None, tag: str) -> bool:
        """Bold/hidden for a run: direct, then character style, paragraph style, defaults."""
        if rpr is not None:
            direct = _is_on(rpr.find(_w(tag)))
            if direct is not None:
                return direct
            char_style = _val(rpr, "rStyle")
            if char_style:
                inherited = self._style_flag(char_style, tag)
                if inherited is not None:
                    return inherited
        inherited = self._style_flag(para_style, tag)
        if inherited is not None:
            return inherited
        if self._default_run is None:
            return False
        return bool(_is_on(self._default_run.find(_w(tag))))

    def _style_flag(self, style_id: str | None, tag: str) -> bool | None:
        key = (style_id, tag)
        if key not in self._cache:
            value = None
            for _, style in self.chain(style_id):
                if style.run_props is not None:
                    value = _is_on(style.run_props.find(_w(tag)))
                    if value is not None:
                        break
            self._cache[key] = value
        return self._cache[key]  # type: ignore[return-value]


def _is_on_attr(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "on")


# --- numbering definitions and counters ----------------------------------------------------


@dataclass
class _Level:
    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    legal: bool = False
    restart_after: int | None = None  # w:lvlRestart (1-based); None: after any higher level
    para_style: str | None = None


@dataclass
class _Num:
    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    levels: dict[int, _Level] = field(default_factory=dict)  # w:lvlOverride/w:lvl


def _parse_level(lvl: etree._Element) -> _Level:
    return _Level(
        start=_int(_val(lvl, "start")) or 0,
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        legal=bool(_is_on(lvl.find(_w("isLgl")))),
        restart_after=_int(_val(lvl, "lvlRestart")),
        para_style=_val(lvl, "pStyle"),
    )


def _levels(parent: etree._Element) -> dict[int, _Level]:
    levels = {}
    for lvl in parent.iterchildren(_w("lvl")):
        ilvl = _int(lvl.get(_w("ilvl")))
        if ilvl is not None and 0 <= ilvl < 9:
            levels[ilvl] = _parse_level(lvl)
    return levels


class _Numbering:
    """The definitions in numbering.xml: w:num instances pointing at w:abstractNum levels."""

    def __init__(self, root: etree._Element | None, styles: _Styles):
        self._styles = styles
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._style_link: dict[str, str] = {}  # abstractNum -> numbering style it defers to
        self.nums: dict[str, _Num] = {}
        if root is None:
            return
        for abstract in root.iterchildren(_w("abstractNum")):
            abstract_id = (abstract.get(_w("abstractNumId")) or "").strip()
            if not abstract_id:
                continue
            self._abstract[abstract_id] = _levels(abstract)
            link = _val(abstract, "numStyleLink")
            if link:
                self._style_link[abstract_id] = link
        for num in root.iterchildren(_w("num")):
            num_id, abstract_id = num.get(_w("numId")), _val(num, "abstractNumId")
            if num_id is None or abstract_id is None:
                continue
            instance = _Num(abstract_id.strip())
            for override in num.iterchildren(_w("lvlOverride")):
                ilvl = _int(override.get(_w("ilvl")))
                if ilvl is None or not 0 <= ilvl < 9:
                    continue
                start = _int(_val(override, "startOverride"))
                if start is not None:
                    instance.start_overrides[ilvl] = start
                replacement = override.find(_w("lvl"))
                if replacement is not None:
                    instance.levels[ilvl] = _parse_level(replacement)
            self.nums[num_id.strip()] = instance
        for instance in self.nums.values():
            instance.abstract_id = self._resolve_link(instance.abstract_id)

    def _resolve_link(self, abstract_id: str) -> str:
        """Follow w:numStyleLink to the abstractNum that defines the numbering style's levels."""
        for _ in range(10):
            style_name = self._style_link.get(abstract_id)
            if style_name is None:
                break
            num_id, _, _ = self._styles.numbering(style_name)
            target = self.nums.get(num_id.strip()) if num_id else None
            if target is None or target.abstract_id == abstract_id:
                break
            abstract_id = target.abstract_id
        return abstract_id

    def level(self, num: _Num, ilvl: int) -> _Level | None:
        return num.levels.get(ilvl) or self._abstract.get(num.abstract_id, {}).get(ilvl)

    def level_for_style(self, num_id: str, style_ids: list[str]) -> int | None:
        """The level of a num whose w:pStyle names one of the given styles."""
        num = self.nums.get(num_id)
        if num is None:
            return None
        levels = {**self._abstract.get(num.abstract_id, {}), **num.levels}
        for style_id in style_ids:
            for ilvl, level in sorted(levels.items()):
                if level.para_style == style_id:
                    return ilvl
        return None


class _Counters:
    """Word's list counters for one story (body, footnotes or endnotes).

    Counts are shared by every w:num that points at the same abstractNum, except that a level
    with a w:startOverride is counted per w:num. Using a level resets the levels below it
    (subject to w:lvlRestart) in every count of that abstractNum.
    """

    def __init__(self, numbering: _Numbering):
        self._numbering = numbering
        self._shared: dict[str, list[int | None]] = {}
        self._own: dict[tuple[str, str], list[int | None]] = {}

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        num = self._numbering.nums.get(num_id)
        if num is None or not 0 <= ilvl < 9:
            return None
        level = self._numbering.level(num, ilvl)
        if level is None:
            return None
        counts = self._counts_for(num_id, num, ilvl)
        current = counts[ilvl]
        counts[ilvl] = self._start(num, ilvl) if current is None else current + 1
        self._reset_below(num, ilvl)
        if level.fmt == "bullet":
            return None

        def render(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            if k > ilvl:
                return ""
            value = self._counts_for(num_id, num, k)[k]
            shown_level = self._numbering.level(num, k)
            fmt = shown_level.fmt if shown_level else "decimal"
            if level.legal and fmt not in ("none", "bullet"):
                fmt = "decimal"
            return _format_number(self._start(num, k) if value is None else value, fmt)

        return _normalise(_PLACEHOLDER.sub(render, level.text)) or None

    def _counts_for(self, num_id: str, num: _Num, ilvl: int) -> list[int | None]:
        if ilvl in num.start_overrides:
            return self._own.setdefault((num.abstract_id, num_id), [None] * 9)
        return self._shared.setdefault(num.abstract_id, [None] * 9)

    def _start(self, num: _Num, ilvl: int) -> int:
        if ilvl in num.start_overrides:
            return num.start_overrides[ilvl]
        level = self._numbering.level(num, ilvl)
        return level.start if level else 0

    def _reset_below(self, num: _Num, used: int) -> None:
        counts = [self._shared.get(num.abstract_id)]
        counts += [c for (abstract_id, _), c in self._own.items() if abstract_id == num.abstract_id]
        for deeper in range(used + 1, 9):
            level = self._numbering.level(num, deeper)
            after = level.restart_after if level and level.restart_after is not None else deeper
            if used < after:
                for count in counts:
                    if count is not None:
                        count[deeper] = None


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("none", "bullet"):
        return ""
    if fmt == "decimalZero":
        return f"{value:02d}" if 0 <= value < 10 else str(value)
    if fmt in ("lowerLetter", "upperLetter") and 0 < value <= 26 * 40:  # "aaa…" stays short
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman, rest = "", value
        for amount, numeral in _ROMAN:
            count, rest = divmod(rest, amount)
            roman += numeral * count
        return roman if fmt == "lowerRoman" else roman.upper()
    return str(value)  # decimal, and the fallback for ordinal, text and East Asian formats


# --- reading a story: paragraphs, tables, text boxes ---------------------------------------


@dataclass
class _ParagraphText:
    parts: list[str] = field(default_factory=list)
    bold_runs: list[bool] = field(default_factory=list)
    text_boxes: list[etree._Element] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # texts of the footnotes and endnotes referenced


class _StoryReader:
    """Turns one story (the body, or one footnote after another) into blocks.

    `notes` maps ("footnote" | "endnote", id) to a note's text: a paragraph that refers to a note
    carries its text at the end, in parentheses, as a reader of the agreement reads it there."""

    def __init__(
        self,
        styles: _Styles,
        numbering: _Numbering,
        warnings: list[str],
        notes: dict[tuple[str, str], str] | None = None,
    ):
        self._styles = styles
        self._numbering = numbering
        self._counters = _Counters(numbering)
        self._warnings = warnings
        self._fields: list[bool] = []  # per open complex field: is its result showing yet
        self._notes = notes or {}

    def read(self, container: etree._Element | None) -> list[Block]:
        blocks: list[Block] = []
        if container is not None:
            self._container(container, blocks, in_table=False)
        return blocks

    def _container(self, element: etree._Element, out: list[Block], in_table: bool) -> None:
        for child in element:
            tag = child.tag
            if tag == P:
                self._paragraph(child, out, in_table)
            elif tag == TBL:
                self._table(child, out)
            elif tag == ALT_CHUNK:
                self._warnings.append(WARN_ALT_CHUNK)
            elif tag == MC_ALT:
                branch = _choose_branch(child)
                if branch is not None:
                    self._container(branch, out, in_table)
            elif isinstance(tag, str) and tag not in _SKIP:
                self._container(child, out, in_table)  # sdt, sdtContent, customXml, ...

    def _table(self, table: etree._Element, out: list[Block]) -> None:
        rows: list[list[list[Block]]] = []
        for row in _wrapped_children(table, TR):
            if row.find(f"{TRPR}/{DEL}") is not None:
                continue  # a deleted row (tracked change)
            cells: list[list[Block]] = []
            for cell in _wrapped_children(row, TC):
                props = cell.find(TCPR)
                merge = None if props is None else props.find(_w("vMerge"))
                if merge is None and props is not None:
                    merge = props.find(_w("hMerge"))
                if merge is not None and merge.get(VAL, "continue") != "restart":
                    continue  # covered by the merged cell above or to the left
                cell_blocks: list[Block] = []
                self._container(cell, cell_blocks, in_table=True)
                cells.append(cell_blocks)
            rows.append(cells)
        out.extend(table_blocks(rows))

    def _paragraph(self, paragraph: etree._Element, out: list[Block], in_table: bool) -> None:
        ppr = paragraph.find(PPR)
        style_id = _val(ppr, "pStyle") or self._styles.default_paragraph
        collected = _ParagraphText()
        self._inline(paragraph, collected, style_id)
        # A field code never spans paragraphs in valid files; an unclosed one must not hide the
        # rest of the document, so from here on its (missing) result is treated as showing.
        self._fields = [True] * len(self._fields)
        text = _normalise("".join(collected.parts))
        if text and collected.notes:
            text += "".join(f" ({note})" for note in collected.notes)
        mark = ppr.find(RPR) if ppr is not None else None
        gone = mark is not None and (mark.find(DEL) is not None or _is_on(mark.find(_w("vanish"))))
        label = None if gone and not text else self._label(ppr, style_id)
        if text:
            out.append(
                Block(
                    text=f"{label} {text}" if label else text,
                    bold=bool(collected.bold_runs) and all(collected.bold_runs),
                    heading_level=self._heading_level(ppr, style_id),
                    in_table=in_table,
                )
            )
        for box in collected.text_boxes:
            self._container(box, out, in_table)

    def _heading_level(self, ppr: etree._Element | None, style_id: str | None) -> int | None:
        direct = _int(_val(ppr, "outlineLvl"))
        if direct is not None:
            return direct + 1 if 0 <= direct < 9 else None
        return self._styles.heading_level(style_id)

    def _label(self, ppr: etree._Element | None, style_id: str | None) -> str | None:
        try:
            reference = self._numbering_reference(ppr, style_id)
            return self._counters.next_label(*reference) if reference else None
        except Exception:  # noqa: BLE001 - a broken definition costs the label, not the document
            self._warnings.append(WARN_NUMBERING)
            return None

    def _numbering_reference(
        self, ppr: etree._Element | None, style_id: str | None
    ) -> tuple[str, int] | None:
        numpr = ppr.find(_w("numPr")) if ppr is not None else None
        num_id, ilvl = _val(numpr, "numId"), _int(_val(numpr, "ilvl"))
        if num_id is None or ilvl is None:
            style_num, style_ilvl, outline = self._styles.numbering(style_id)
            num_id = num_id if num_id is not None else style_num
            if num_id is None or num_id.strip() == "0":
                return None
            num_id = num_id.strip()
            if ilvl is None:
                ilvl = style_ilvl
            if ilvl is None:
                linked = [s for s, _ in self._styles.chain(style_id)]
                ilvl = self._numbering.level_for_style(num_id, linked)
            if ilvl is None:
                ilvl = outline if outline is not None and 0 <= outline < 9 else 0
        num_id = num_id.strip()
        return None if num_id == "0" else (num_id, ilvl)

    def _inline(self, element: etree._Element, collected: _ParagraphText, style: str | None):
        for child in element:
            tag = child.tag
            if tag == R:
                self._run(child, collected, style)
            elif tag == TXBX:
                collected.text_boxes.append(child)
            elif tag == MC_ALT:
                branch = _choose_branch(child)
                if branch is not None:
                    self._inline(branch, collected, style)
            elif tag == M_OMATH:
                if self._showing():
                    collected.parts.append("".join(t.text or "" for t in child.iter(M_T)))
            elif isinstance(tag, str) and tag not in _SKIP:
                self._inline(child, collected, style)  # ins, hyperlink, smartTag, fldSimple, ...

    def _run(self, run: etree._Element, collected: _ParagraphText, style: str | None) -> None:
        rpr = run.find(RPR)
        hidden = self._styles.run_flag(rpr, style, "vanish")
        parts: list[str] = []
        for child in run:
            tag = child.tag
            if tag == FLD_CHAR:
                self._field_char(child.get(_w("fldCharType")))
            elif hidden or not self._showing():
                continue
            elif tag == T:
                parts.append(child.text or "")
            elif tag in _RUN_CHARS:
                parts.append(_RUN_CHARS[tag])
            elif tag == MC_ALT:
                branch = _choose_branch(child)
                if branch is not None:
                    self._inline(branch, collected, style)
            elif tag in _RUN_OBJECTS:
                self._inline(child, collected, style)
            elif tag in _NOTE_REFERENCES:
                note = self._notes.get((_NOTE_REFERENCES[tag], child.get(_w("id"), "")))
                if note:
                    collected.notes.append(note)
            elif tag == _w("ruby"):
                base = child.find(_w("rubyBase"))
                if base is not None:
                    self._inline(base, collected, style)
        text = "".join(parts)
        collected.parts.append(text)
        if text.strip():
            collected.bold_runs.append(self._styles.run_flag(rpr, style, "b"))

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(False)
        elif kind == "separate" and self._fields:
            self._fields[-1] = True
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _showing(self) -> bool:
        """Outside field codes: every open field has reached its result."""
        return all(self._fields)


def _wrapped_children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with `tag`, also when wrapped in content controls or custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (SDT, SDT_CONTENT, CUSTOM_XML):
            yield from _wrapped_children(child, tag)
