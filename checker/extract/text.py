"""Plain text and Markdown reader.

Hard-wrapped lines are joined into paragraphs; a line that starts a new numbered item or looks
like a heading starts a new block. Markdown headings (`#`) become heading hints, `**bold**` lines
bold hints, and inline Markdown markup is removed.
"""

from __future__ import annotations

import re
from pathlib import Path

from checker.document import MAX_RUN_IN_TITLE_WORDS, Block, Document, ExtractionError
from checker.extract.tables import table_blocks

_ITEM_START = re.compile(
    r"^\s*(?:artikel\s+\d|art\.\s*\d|hoofdstuk\s+\d|§\s*\d|paragraaf\s+\d|bijlage\b"
    r"|\d{1,2}(?:\.\d{1,2})*[.)]?\s|[a-z][.)]\s|\([a-z0-9]{1,3}\)\s|[-*•–]\s|[ivx]{1,5}[.)]\s)",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
# "**Medezeggenschap.** Voor leerlingen ...": a bold run-in title opening a paragraph
_MD_BOLD_RUN_IN = re.compile(r"^\s*(\*\*|__)([^*_]{2,80}?[.:]|[^*_]{2,80}?\1[.:])(?:\1)?\s+(?=\S)")
_MD_INLINE = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_UNDERLINE = re.compile(r"^\s*([=-])\1{2,}\s*$")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def decode_text(data: bytes) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def extract_text(path: Path, markdown: bool | None = None) -> Document:
    """Read a .txt or .md file into blocks.

    In plain text, lines that start with ">" are quoted from an earlier e-mail (a reply quotes
    the message it answers): they are someone's earlier words, not the document's, and are left
    out with a warning. In Markdown ">" marks a block quote that belongs to the text.
    """
    data = path.read_bytes()
    text = decode_text(data)
    if markdown is None:
        markdown = path.suffix.lower() in (".md", ".markdown")
    warnings = []
    if not markdown:
        text, quoted = _without_quoted_lines(text)
        if quoted:
            warnings.append(MSG_QUOTED.format(count=quoted))
    blocks = text_to_blocks(text, markdown=markdown)
    if not blocks:
        raise ExtractionError("empty", "Het bestand bevat geen tekst.")
    return Document(path=str(path), format="md" if markdown else "txt", blocks=blocks, warnings=warnings)


MSG_QUOTED = (
    "{count} regel(s) die met '>' beginnen (aangehaalde tekst uit een eerdere e-mail) zijn niet "
    "als tekst van het document gelezen."
)
_QUOTED = re.compile(r"^\s*>")


def _without_quoted_lines(text: str) -> tuple[str, int]:
    """The text with e-mail quoted lines blanked (so paragraphs around them stay apart)."""
    lines = text.split("\n")
    kept = ["" if _QUOTED.match(line) else line for line in lines]
    return "\n".join(kept), sum(1 for line in lines if _QUOTED.match(line))


def text_to_blocks(text: str, markdown: bool = False) -> list[Block]:
    """Split text into paragraph blocks, joining hard-wrapped lines."""
    blocks: list[Block] = []
    current: list[str] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    width = _wrap_width(lines)
    headings = _plain_headings(lines)

    table: list[list[list[Block]]] = []  # rows of a Markdown table being read

    def flush_table() -> None:
        if table:
            blocks.extend(table_blocks(table))
            table.clear()

    def flush() -> None:
        if current:
            joined = _join_lines(current)
            if joined:
                blocks.append(Block(text=joined))
            current.clear()

    for number, raw in enumerate(lines):
        line = raw.rstrip()
        if table and not (line.lstrip().startswith("|") or _TABLE_SEP.match(line)):
            flush_table()
        if not line.strip():
            flush()
            continue
        if number in headings and not (markdown and _MD_HEADING.match(line)):
            flush()
            blocks.append(Block(text=_strip_markdown(line) if markdown else line.strip(), heading_level=2))
            continue
        underline = _UNDERLINE.match(line)
        if underline:
            # A setext heading: "De route" underlined with "====" or "----".
            level = 1 if underline.group(1) == "=" else 2
            if len(current) == 1 and _underlines(line, current[0]):
                title = _strip_markdown(current[0]) if markdown else current[0].strip()
                current.clear()
                blocks.append(Block(text=title, heading_level=level))
                continue
            if not current and blocks and blocks[-1].heading_level is None and len(blocks[-1].text) <= 80:
                blocks[-1] = Block(text=blocks[-1].text, heading_level=level)
                continue
        if markdown:
            if _TABLE_SEP.match(line) and table:
                continue  # the line under a table's column headings
            if _MD_RULE.match(line) or _TABLE_SEP.match(line):
                flush()
                continue
            heading = _MD_HEADING.match(line)
            if heading:
                flush()
                title = _strip_markdown(heading.group(2))
                if title:
                    blocks.append(Block(text=title, heading_level=len(heading.group(1))))
                continue
            bold = _MD_BOLD_LINE.match(line)
            if bold:
                flush()
                blocks.append(Block(text=_strip_markdown(bold.group(2)), bold=True))
                continue
            run_in = _MD_BOLD_RUN_IN.match(line) if not current else None
            if run_in and len(run_in.group(2).split()) <= MAX_RUN_IN_TITLE_WORDS:
                # the title heads the paragraph it opens, as a bold line of its own would
                title = run_in.group(2).replace(run_in.group(1), "")
                # below the "##" heading it stands under, if any
                level = next(
                    (b.heading_level + 1 for b in reversed(blocks) if b.heading_level and not b.bold), None
                )
                blocks.append(
                    Block(text=_strip_markdown(title).strip(), bold=True, heading_level=level, run_in=True)
                )
                line = line[run_in.end() :]
            if line.lstrip().startswith("|"):
                flush()
                cells = [_strip_markdown(c.strip()) for c in line.strip().strip("|").split("|")]
                table.append([[Block(text=c, in_table=True)] if c else [] for c in cells])
                continue
            line = _strip_markdown(line)
            if line.lstrip().startswith(">"):
                line = line.lstrip()[1:]
        if current and (_ITEM_START.match(line) or _looks_like_heading(line)):
            flush()
        current.append(line)
        # A line clearly shorter than the wrap width ends its paragraph (or is a heading).
        short = len(line.strip()) < 0.6 * width and not line.rstrip().endswith(("-", ","))
        if _looks_like_heading(line) or short:
            flush()
    flush()
    flush_table()
    return blocks


_HEADING_WORD = re.compile(r"^[A-ZÀ-Þ0-9§]")


MIN_RUNNING_LINE = 50  # characters: a line of running text, not another short line


_NUMBERED_LABEL = re.compile(r"[A-Z][a-z]{2,14} \d{1,2}[a-z]?\s*[.:\-–—]\s+\S")
MAX_LABELLED_CHARS = 100
MAX_LABELLED_WORDS = 16


_RUN_IN = re.compile(r"\S[.:]\s+[A-Z]")  # "Stap 1 - Signaal. De mentor ...": a title run into its text


def _runs_on(line: str, next_line: str) -> bool:
    """Whether a labelled line is the start of a paragraph rather than a heading: its short title
    runs into a sentence ("Stap 1 - Signaal. De mentor, de leerling ..."), or the line wraps into
    a next line that goes on in lower case."""
    after_label = _NUMBERED_LABEL.match(line).end() - 1
    next_line = next_line.strip()
    return bool(_RUN_IN.search(line, after_label)) or (bool(next_line) and next_line[0].islower())


def _plain_headings(lines: list[str]) -> set[int]:
    """Lines of a plain text that are headings: short, no closing punctuation, starting with a
    capital, after a blank line (or at the top) and followed directly by text, or by one blank
    line and then a paragraph of running text (a long line); after a numbered label ("Vraag 5.",
    "Agendapunt 1 -") a longer title, followed by any text."""
    out = set()
    for i, raw in enumerate(lines):
        line = raw.strip()
        # "Vraag 5. Hoe horen de besturen wat er gebeurt?", "Agendapunt 1 - Welke route we samen
        # aanbieden": a numbered label says heading, and leaves room for a longer title
        labelled = _NUMBERED_LABEL.match(line)
        max_chars, max_words = (MAX_LABELLED_CHARS, MAX_LABELLED_WORDS) if labelled else (60, 7)
        if (
            not line
            or len(line) > max_chars
            or len(line.split()) > max_words
            or not _HEADING_WORD.match(line)
        ):
            continue
        if line.endswith((".", ",", ";", ":", "!", "?")) and not line.endswith("?"):
            continue
        if line.endswith("?") and len(line.split()) < 3:
            continue
        if labelled and _runs_on(line, lines[i + 1] if i + 1 < len(lines) else ""):
            continue
        before_blank = i == 0 or not lines[i - 1].strip()
        after_text = i + 1 < len(lines) and lines[i + 1].strip() and not _UNDERLINE.match(lines[i + 1])
        following = lines[i + 2].strip() if i + 2 < len(lines) and not lines[i + 1].strip() else ""
        after_paragraph = bool(following) and (
            labelled or (len(following) >= MIN_RUNNING_LINE and len(following) > 2 * len(line))
        )
        if before_blank and (after_text or after_paragraph):
            out.add(i)
    return out


def _wrap_width(lines: list[str]) -> int:
    """The width at which the text was hard-wrapped (90th percentile of line lengths)."""
    lengths = sorted(len(x.strip()) for x in lines if x.strip())
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))]


def _looks_like_heading(line: str) -> bool:
    """A short line in capitals, or 'Artikel N ...' with a short title, stands alone."""
    s = line.strip()
    letters = [c for c in s if c.isalpha()]
    if 3 <= len(letters) and len(s) <= 80 and s.upper() == s and sum(c.isupper() for c in letters) >= 3:
        return True
    return bool(
        re.match(r"^(?:artikel|hoofdstuk|§)\s*\d+[a-z]?\b.{0,70}$", s, re.IGNORECASE)
    ) and not s.endswith((".", ";", ","))


MAX_SETEXT_TITLE = 80  # a longer line over "----" is a paragraph above a rule ...
MAX_MATCHED_TITLE = 200  # ... unless the rule is as long as the line: a long question as heading


def _underlines(rule: str, title: str) -> bool:
    """Whether a line of "====" or "----" underlines `title` as a setext heading: a short title, or
    a longer one whose rule was drawn to its length ("Kan er een school bij komen, ...?")."""
    title, rule = title.strip(), rule.strip()
    if len(title) <= MAX_SETEXT_TITLE:
        return True
    return len(title) <= MAX_MATCHED_TITLE and abs(len(rule) - len(title)) <= 2


def _join_lines(lines: list[str]) -> str:
    out = ""
    for line in lines:
        part = line.strip()
        if not out:
            out = part
        elif out.endswith("-") and not out.endswith(" -"):
            # A word broken at the line end: drop the hyphen unless it belongs ("vmbo-mbo").
            out = out + part if _keeps_hyphen(out) or not part[:1].islower() else out[:-1] + part
        else:
            out = f"{out} {part}"
    return re.sub(r"\s+", " ", out).strip()


_HYPHEN_PREFIXES = ("vmbo-", "mbo-", "vo-", "havo-", "vwo-", "bpv-", "ict-", "pta-", "oer-", "hbo-")


def _keeps_hyphen(text: str) -> bool:
    last = text.rsplit(" ", 1)[-1].lower()
    return (
        last.endswith(_HYPHEN_PREFIXES)
        or any(c.isupper() for c in last[1:])
        or any(c.isdigit() for c in last)
    )


def _strip_markdown(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    for _ in range(2):
        text = _MD_INLINE.sub(r"\2", text)
    return text.strip()
