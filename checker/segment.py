"""Split a `Document` into clauses: headings, each heading's body, and list items.

A clause is a heading (numbered "Artikel 5", "5.", "5.1", "§ 2", "Hoofdstuk 1", or unnumbered but
set in bold, larger type, capitals or a heading style) together with the paragraphs up to the next
heading. Clauses nest by level, so a section is a clause plus its descendants. Each clause also
gets a role: the title and parties block, the preamble ("Overwegende dat ..."), a table of
contents, a definitions article, the signature block, or the operative body. Only the body
arranges anything.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from checker.document import MAX_RUN_IN_TITLE_WORDS, Block, Document
from checker.language import Language

# Level of each kind of heading; a section runs until the next heading at the same or a higher
# (smaller) level.
LEVEL_CHAPTER = 1
LEVEL_ARTICLE = 2
LEVEL_NUMBERED = 3  # "5." / "5" ; deeper decimals add one per dot
LEVEL_ALPHA = 6
LEVEL_TABLE_CELL = 7

_ARTICLE = re.compile(
    r"^(?P<label>(?:artikel|art\.|article|§|paragraaf)\s*(?P<num>\d+[a-z]?(?:\.\d+)*))\s*[.:\-–—)]?\s*(?P<title>.*)$",
    re.IGNORECASE,
)
_CHAPTER = re.compile(
    r"^(?P<label>(?:hoofdstuk|deel|titel|afdeling)\s+(?P<num>\d+|[ivxlc]+))\s*[.:\-–—]?\s*(?P<title>.*)$",
    re.IGNORECASE,
)
_ANNEX = re.compile(
    r"^(?P<label>bijlage\s*(?P<num>\d+|[a-z]|[ivx]+)?)\s*[.:\-–—]?\s*(?P<title>.*)$", re.IGNORECASE
)
_DECIMAL = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|\)|\s)\s*[·•|]?\s*(?P<title>.*)$")
_ROMAN = re.compile(r"^(?P<num>[IVX]{1,5})[.)]\s+(?P<title>.*)$")
_ALPHA = re.compile(r"^(?P<num>[a-z])[.)]\s+(?P<title>.*)$")
_PAREN = re.compile(r"^\((?P<num>[a-z0-9]{1,3})\)\s+(?P<title>.*)$")
_STATUTE_REF = re.compile(
    r"^(?:WEB|WVO|WMS|WOR|BW|Awb|WEC|Wet\b|van de [Ww]et|lid\s+\d|onder\s+[a-z]\b|sub\s)", re.UNICODE
)
_RUN_IN = re.compile(r"^([A-ZÀ-Þ][\w'’-]*(?: [\w'’-]+){0,2})\. +(?=[A-ZÀ-Þ0-9])")
# "1. Welke route wij samen aanbieden. Wij ..." — a question-word title may be longer.
_QUESTION_RUN_IN = re.compile(
    r"^((?:Welke|Wie|Wat|Hoe|Waar|Wanneer|Waarom|Waarvoor)(?: [\w'’-]+){1,8})\. +(?=[A-ZÀ-Þ0-9])"
)
_NOT_A_TITLE = frozenset("de het een deze dit die dat wij zij hij er ook elke iedere partijen".split())
# In a document that titles its numbered paragraphs this way ("1. Wat we aanbieden. ..."), a longer
# title is one too: "2. Met wie uit het vak. ...", "9. Erbij komen, stoppen en veranderen. ..."
# It must open with a word no main clause opens with ("Beide scholen verzorgen de routes." stays text).
_LONG_RUN_IN = re.compile(
    r"^((?:Als|Wanneer|Indien|Zodra|Met|Zonder|Naar|Tijdens|Erbij|Eruit|Ermee|Erin)(?:,? [\w'’-]+){1,5})"
    r"\. +(?=[A-ZÀ-Þ0-9])"
)
MIN_RUN_INS = 2  # strict run-in titles that show the document uses the style
_BULLET = re.compile(r"^[-•*–·▪]\s+(?P<title>.*)$")


@dataclass(frozen=True)
class Paragraph:
    text: str
    page: int | None
    role: str = "body"  # body | front | preamble | toc | definitions | signature | note
    row: bool = False  # a table row read as one paragraph ("Onderwerp: ...; Afspraak: ...")


@dataclass
class Clause:
    """A heading and its own paragraphs (not those of nested clauses)."""

    index: int
    heading: str | None  # as the reader sees it: "Artikel 7 Geschillen", "5. Overstapoptie"
    title: str | None  # the heading without its number: "Geschillen"
    number: str | None
    level: int
    page: int | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    parent: int | None = None
    role: str = "body"  # role of the heading itself

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True)
class _Line:
    kind: str  # heading | item | para | row (a table row) | toc
    text: str
    page: int | None
    level: int = 0
    number: str | None = None
    title: str | None = None
    minor: bool = False  # an unnumbered heading marked only by type (bold, larger, capitals)


def segment(document: Document, language: Language) -> list[Clause]:
    """Split the document's blocks into clauses with levels, parents and roles."""
    lines = _mark_listed_headings(
        _mark_toc_runs(_classify(document.blocks, document.body_font_size, language)), language
    )
    clauses: list[Clause] = [Clause(index=0, heading=None, title=None, number=None, level=0, page=None)]
    stack: list[Clause] = [clauses[0]]
    raw: dict[int, list[tuple[str, int | None, str]]] = {0: []}
    operative = False  # "verklaren ... te zijn overeengekomen" said under "Ondergetekenden"
    minor: set[int] = set()  # clauses whose heading is marked only by type (bold, larger, capitals)
    for line in lines:
        if line.kind == "heading":
            level = _effective_level(line, stack)
            if operative:
                # What follows the words that open the agreement does not nest below the
                # parties' or recitals' heading, however deep its own numbering ("a. Route").
                del stack[1:]
                operative = False
            # An unnumbered heading set in a heading style never nests below one marked only by
            # type: "## Welke route?" after a bold "Partijen" is the next section, not part of it.
            styled = not line.minor and line.number is None and line.level < LEVEL_TABLE_CELL
            while len(stack) > 1 and (stack[-1].level >= level or (styled and stack[-1].index in minor)):
                stack.pop()
            clause = Clause(
                index=len(clauses),
                heading=line.text,
                title=line.title,
                number=line.number,
                level=level,
                page=line.page,
                parent=stack[-1].index,
            )
            clauses.append(clause)
            stack.append(clause)
            raw[clause.index] = []
            if line.minor:
                minor.add(clause.index)
        else:
            raw[stack[-1].index].append((line.text, line.page, line.kind))
            if (
                len(stack) > 1
                and language.is_operative_start(line.text)
                and any(c.title and language.is_preamble_heading(c.title.lower()) for c in stack[1:])
            ):
                operative = True
            if stack[-1].page is None:
                stack[-1].page = line.page
    _assign_roles(clauses, raw, language)
    return clauses


# Ballot-box glyphs only: "□" and "■" also serve as list bullets, so they are left alone.
_UNTICKED = "☐"
_TICKED = "☒☑⊠"
_BOX_OPTION = re.compile(f"([{_UNTICKED}{_TICKED}])\\s*([^{_UNTICKED}{_TICKED}]*)")


def ticked_only(text: str) -> str:
    """A form's tick boxes as the reader takes them: the options ticked, without the others
    ("Niveau ☒ 2 ☐ 3 ☐ 4" -> "Niveau 2"; "☐ ja ☒ nee" -> "nee")."""
    if not any(c in text for c in _UNTICKED + _TICKED):
        return text
    start = min(i for i, c in enumerate(text) if c in _UNTICKED + _TICKED)
    kept = [text[:start].rstrip()]
    for box, option in _BOX_OPTION.findall(text[start:]):
        if box in _TICKED:
            kept.append(option.strip())
    return " ".join(k for k in kept if k)


def _effective_level(line: _Line, stack: list[Clause]) -> int:
    """A bold or larger unnumbered line inside a numbered section ("Doel", "Afspraak" under
    "Artikel 3 Leiding", "Vorm" under "E. Verantwoording") is a sub-heading of that section, not
    the next section."""
    if not line.minor:
        return line.level
    numbered = next((c for c in reversed(stack) if c.number), None)
    return max(line.level, numbered.level + 1) if numbered else line.level


def _classify(blocks: list[Block], body_size: float | None, language: Language) -> list[_Line]:
    """Decide for each block whether it is a heading, a numbered item, a ToC line or a paragraph."""
    out: list[_Line] = []
    pending: _Line | None = None  # "Artikel 5" alone, its title on the next line
    toc_table = False  # in a table right below "Inhoud": its rows are contents entries
    run_in_style = sum(1 for block in blocks if _strict_run_in(block.text)) >= MIN_RUN_INS
    for block in blocks:
        text = ticked_only(re.sub(r"\s+", " ", block.text).strip())
        if not text:
            continue
        toc_table = toc_table and block.in_table
        if language.is_toc_line(text) or toc_table:
            if pending is not None:
                out.append(pending)
                pending = None
            out.append(_Line("toc", text, block.page))
            continue
        if pending is not None:
            if _short_title(text) and not _numbered(text):
                out.append(
                    _Line(
                        "heading",
                        f"{pending.text} {text}",
                        pending.page,
                        pending.level,
                        pending.number,
                        _clean_title(text),
                    )
                )
                pending = None
                continue
            out.append(pending)
            pending = None
        for line in _classify_block(block, text, body_size, run_in_style):
            if line.kind == "heading" and language.is_toc_heading(
                (line.title or line.text).lower().strip(" :")
            ):
                toc_table = True
            if line.kind == "heading" and not line.title and line.level <= LEVEL_ARTICLE:
                pending = line
            else:
                if pending is not None:
                    out.append(pending)
                    pending = None
                out.append(line)
    if pending is not None:
        out.append(pending)
    return out


def _run_in(title: str, long: bool = False) -> re.Match[str] | None:
    """The run-in title that opens a numbered paragraph's text ("Onderwijs. Leerjaar 3 ...", "Welke
    route wij aanbieden. Wij ..."; with `long`, also "Als het niet lukt. ..."), unless its first word
    shows it is a sentence ("De school ...")."""
    m = _RUN_IN.match(title) or _QUESTION_RUN_IN.match(title) or (_LONG_RUN_IN.match(title) if long else None)
    return m if m and m.group(1).split()[0].lower() not in _NOT_A_TITLE else None


def _strict_run_in(text: str) -> bool:
    """ "5. Onderwijs. Leerjaar 3 ...": a numbered paragraph with a run-in title of the usual kind."""
    m = _DECIMAL.match(text.strip())
    return bool(m and _run_in(m.group("title")))


def _classify_block(
    block: Block, text: str, body_size: float | None, run_in_style: bool = False
) -> list[_Line]:
    page = block.page
    styled = _styled_heading(block, text, body_size)
    for pattern, level in ((_CHAPTER, LEVEL_CHAPTER), (_ARTICLE, LEVEL_ARTICLE), (_ANNEX, LEVEL_CHAPTER)):
        m = pattern.match(text)
        if m:
            title = m.group("title").strip()
            num = m.group("num")
            if (title and title[0].islower()) or _STATUTE_REF.match(title):
                # "Artikel 5 van deze overeenkomst ..." is a sentence and "Artikel 9.1.3 WEB." a
                # reference to the law, not a heading.
                return [_Line("para", text, page)]
            if not title or _short_title(title) or styled:
                return [_Line("heading", text, page, level, num, _clean_title(title))]
            # "Artikel 5. De leerling ..." or "Artikel 5 Overstap. De leerling ...": split the label
            # (and a short title) from the body text.
            head, _, rest = title.partition(". ")
            label = m.group("label")
            if rest and _short_title(head):
                return [
                    _Line("heading", f"{label} {head}", page, level, num, _clean_title(head)),
                    _Line("para", rest, page),
                ]
            return [_Line("heading", label, page, level, num, None), _Line("para", title, page)]
    for pattern in (_DECIMAL, _ROMAN):
        m = pattern.match(text)
        if m:
            num = m.group("num")
            title = m.group("title").strip()
            level = LEVEL_NUMBERED + num.count(".") if pattern is _DECIMAL else LEVEL_CHAPTER
            # "1. Partijen verzorgen de volgende routes:" introduces a list; it is no heading.
            if title and (styled or (_short_title(title) and not title.endswith(":"))):
                return [_Line("heading", text, page, level, num, _clean_title(title))]
            run_in = _run_in(title, long=run_in_style) if pattern is _DECIMAL else None
            if run_in:
                # A run-in heading: "5. Onderwijs. Leerjaar 3 en 4 zijn op school."
                head = run_in.group(1)
                shown = text[: len(text) - len(title) + run_in.end()].strip()
                return [
                    _Line("heading", shown, page, level, num, head),
                    _Line("para", title[run_in.end() :].strip(), page),
                ]
            return [_Line("item", text, page, level, num, None)]
    for pattern in (_ALPHA, _PAREN, _BULLET):
        m = pattern.match(text)
        if m:
            title = m.group("title").strip()
            num = m.groupdict().get("num")
            if styled and _short_title(title) and (block.bold or block.heading_level):
                return [_Line("heading", text, page, LEVEL_ALPHA, num, _clean_title(title))]
            return [_Line("item", text, page, LEVEL_ALPHA, num, None)]
    if styled:
        level = LEVEL_ARTICLE + max(0, (block.heading_level or 1) - 1)
        if block.in_table and not block.heading_level:
            level = LEVEL_TABLE_CELL  # a topic cell heads its row, inside the enclosing article
        minor = not block.heading_level and not block.in_table
        return [_Line("heading", text, page, level, None, _clean_title(text), minor)]
    return [_Line("row" if block.in_table else "para", text, page)]


_PAGE_NUMBER = re.compile(r"\d{1,3}")


def _mark_listed_headings(lines: list[_Line], language: Language) -> list[_Line]:
    """In a contents list without page numbers (short lines under "Inhoud"), a line set like a
    heading ("Bijlage 2 - Model overstapverslag") that comes back later as the heading it lists is
    an entry of the list. The list ends at running text or at the first entry seen again; that
    heading stands beside "Inhoud", not below it, even when "Inhoud" is set in a larger type."""
    out = list(lines)
    occurrences = Counter(line.text for line in lines)
    entries: set[str] | None = None
    contents = 0  # the index of the "Inhoud" heading
    for i, line in enumerate(lines):
        if line.kind == "heading" and language.is_toc_heading((line.title or line.text).lower().strip(" :")):
            entries, contents = set(), i
            continue
        if entries is None:
            continue
        if line.text in entries or not _short_title(line.text):
            if line.text in entries and line.kind == "heading" and line.level > out[contents].level:
                out[contents] = replace(out[contents], level=line.level)
            entries = None
            continue
        entries.add(line.text)
        if line.kind == "heading" and occurrences[line.text] > 1:
            out[i] = _Line("toc", line.text, line.page)
    return out


def _mark_toc_runs(lines: list[_Line]) -> list[_Line]:
    """Three or more headings in a row that end in a page number are a table of contents, with
    the short unnumbered titles ending in a page number among them ("Leeswijzer 2", "Ondertekening
    12"); so are three or more titles each followed by a line holding only a page number (a PDF
    whose page numbers stand apart at the right margin)."""
    out = list(lines)
    run: list[int] = []  # the lines of the entries so far
    entries = paras = 0  # paras: the unnumbered titles among the entries
    i = 0
    while i <= len(lines):
        line = lines[i] if i < len(lines) else _Line("para", "", None)
        paged = bool(re.search(r"\s\d{1,3}$", line.text))
        if paged and (
            (line.kind == "heading" and line.title) or (line.kind == "para" and _short_title(line.text))
        ):
            run.append(i)
            entries += 1
            paras += line.kind == "para"
            i += 1
            continue
        if (
            line.kind in ("heading", "para", "row")
            and i + 1 < len(lines)
            and not _PAGE_NUMBER.fullmatch(line.text)
            and _PAGE_NUMBER.fullmatch(lines[i + 1].text)
            and _short_title(line.text)
        ):
            run += [i, i + 1]
            entries += 1
            i += 2
            continue
        if entries - paras >= 3:
            for j in run:
                out[j] = _Line("toc", lines[j].text, lines[j].page)
        run, entries, paras = [], 0, 0
        i += 1
    return out


_LETTER_LABEL = re.compile(r"^\(?[a-z]{1,2}[.)]\s+(?=\S)")


def _styled_heading(block: Block, text: str, body_size: float | None) -> bool:
    """Unnumbered heading: heading style, bold, larger type, capitals, or a short table cell."""
    if block.heading_level and len(text.split()) <= 25 and not text.endswith((".", ";", ",")):
        return True  # an explicit heading style may carry a whole sentence
    if block.run_in and _run_in_title(text):
        return True  # "Medezeggenschap." set apart from the start of its paragraph
    if not _short_title(_LETTER_LABEL.sub("", text, count=1)):  # "a. Route en opleiding" too
        return False
    if block.bold:
        return True
    if block.font_size and body_size and block.font_size >= body_size * 1.12:
        return True
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    if block.in_table and len(text.split()) <= 6 and not text.endswith((".", ";", ",")):
        return True
    return False


def _run_in_title(text: str) -> bool:
    """A few words closed by a full stop or colon and nothing after it ("Geld.", "Als het
    schuurt."): the title of the paragraph it was set apart from, not a sentence."""
    title = text[:-1]
    return (
        text.endswith((".", ":"))
        and ". " not in title
        and len(title.split()) <= MAX_RUN_IN_TITLE_WORDS
        and _short_title(title)
    )


def _short_title(text: str) -> bool:
    """Short enough for a heading and not a sentence."""
    words = text.split()
    if not words or len(words) > 12 or len(text) > 90:
        return False
    if text.endswith((".", ";", ",")):
        return False
    if text.endswith(":") and len(words) > 6:
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "§(\"'‘“"


def _numbered(text: str) -> bool:
    return any(p.match(text) for p in (_ARTICLE, _CHAPTER, _DECIMAL, _ALPHA, _PAREN))


def _clean_title(title: str) -> str:
    return title.strip().rstrip(":").strip(" -–—·•|").strip()


_SPECIAL = ("toc", "definitions", "preamble", "signature", "note")
FRONT_SHARE = 0.5  # without numbered articles, an opening formula stands in the first half


def _opens_with_front_matter(clauses, raw, language: Language) -> bool:
    """Whether the document opens with front matter closed by a formula ("komen als volgt
    overeen"): the formula stands before the first numbered article, or, without numbered
    articles, in the first half of the text. "Zo spreken wij het af" near the end opens nothing."""
    texts: list[tuple[str, bool]] = []  # (text, is a numbered article heading)
    for clause in clauses:
        if clause.heading:
            texts.append((clause.heading, bool(clause.number) and clause.level <= LEVEL_NUMBERED))
        texts.extend((text, False) for text, _, kind in raw[clause.index] if kind != "toc")
    first_article = next((i for i, (_, numbered) in enumerate(texts) if numbered), None)
    for i, (text, _) in enumerate(texts):
        if language.is_operative_start(text):
            if first_article is not None:
                return i < first_article
            return i <= max(3, FRONT_SHARE * len(texts))
    return False


def _cover_text(clauses: list[Clause], language: Language) -> Clause | None:
    """Untitled text before a first heading that names the agreement ("Samenwerkingsovereenkomst
    ..."): a covering e-mail or letter, not part of the agreement."""
    if len(clauses) < 2 or clauses[0].heading is not None or not clauses[1].heading:
        return None
    return clauses[0] if language.agreement_marker.search(clauses[1].heading.lower()) else None


def _assign_roles(
    clauses: list[Clause], raw: dict[int, list[tuple[str, int | None, str]]], language: Language
) -> None:
    """Give every heading and paragraph a role, in document order.

    Before the operative part opens ("komen als volgt overeen", or the first numbered article)
    everything is front matter. Preamble sentences ("Overwegende dat ...") and the lettered list
    they introduce stay preamble wherever they stand. Headings such as "Inhoudsopgave",
    "Begripsbepalingen" or "Ondertekening" give their whole section that role.
    """
    by_index = {c.index: c for c in clauses}
    front = _opens_with_front_matter(clauses, raw, language)
    cover = _cover_text(clauses, language)
    note: tuple[int | None, int] | None = None  # (parent, level) of a reader's note being read
    for clause in clauses:
        title = (clause.title or clause.heading or "").lower().strip(" :")
        parent = by_index.get(clause.parent) if clause.parent is not None else None
        if (
            parent is not None
            and parent.role in _SPECIAL
            and not (parent.role == "preamble" and (clause.number or clause.level >= LEVEL_TABLE_CELL))
            and not (parent.role == "toc" and clause.heading)
        ):
            # A numbered article or a table of arrangements after "Overwegingen" is not part of it,
            # though it nests below it; nor is a heading after "Inhoud" set in a larger type part of
            # the contents (its entries are contents lines, not headings).
            role = parent.role
        elif clause.heading is None:
            role = "front" if front or clause is cover else "body"
        elif language.is_toc_heading(title):
            role = "toc"
        elif language.is_definitions_heading(title):
            role = "definitions"
        elif language.is_note(title, raw[clause.index][0][0] if raw[clause.index] else ""):
            role = "note"
        elif note == (clause.parent, clause.level) and not clause.number:
            # The note's own unnumbered sub-headings ("Bij § 4", "Medezeggenschap") stand beside
            # its heading, not below it: they are the note too, until a numbered section.
            role = "note"
        elif language.is_signature_start(clause.heading):
            role = "signature"
        elif language.is_preamble_heading(title):
            role = "preamble"
        elif front and not (clause.number and clause.level <= LEVEL_NUMBERED):
            role = "front"
        else:
            role = "body"
            front = False  # a numbered article opens the operative part
        clause.role = role
        if role == "note" and (parent is None or parent.role != "note"):
            note = (clause.parent, clause.level)
        elif clause.heading and (clause.number or clause.level < (note[1] if note else 0)):
            note = None
        if front and clause.heading and language.is_operative_start(clause.heading):
            front = False  # "KOMEN ALS VOLGT OVEREEN:" set as a heading
        in_preamble = False
        for text, page, kind in raw[clause.index]:
            opens = front and language.is_operative_start(text)
            if kind == "toc":
                p_role = "toc"
            elif (
                role == "preamble"
                and kind == "row"
                and not (language.is_preamble_start(text) or language.is_preamble_item(text))
            ):
                p_role = "body"  # a table of arrangements right below "Partijen" arranges
            elif role in _SPECIAL and role != "toc":
                p_role = role
            elif (front and not (opens and _COMMITS.search(text))) or clause is cover:
                # (a sentence that opens the operative part by committing to something, "Wij
                # spreken af dat wij samen één route verzorgen ...", is itself an arrangement)
                p_role = "front"
            elif language.is_preamble_start(text):
                p_role, in_preamble = "preamble", True
            elif in_preamble and (kind == "item" or language.is_preamble_item(text)):
                p_role = "preamble"
            elif language.is_signature_start(text):
                p_role, role = "signature", "signature"
            else:
                p_role, in_preamble = "body", False
            clause.paragraphs.append(Paragraph(text, page, p_role, kind == "row"))
            if opens:
                front = False


_COMMITS = re.compile(
    r"\b(?:spreken|spreekt|komen|komt)\b[^.:;]{0,40}\b(?:af|overeen)\s+dat\b", re.IGNORECASE
)


@dataclass
class Outline:
    """What the document holds that its sentences may point at: annexes and numbered articles."""

    annexes: frozenset[str] = frozenset()  # "b", "3"
    articles: dict[str, str] = field(default_factory=dict)  # number -> lower-cased text, sub-clauses included

    def lacks(self, number: str, noun: str) -> bool:
        """Whether article `number` (for "6.3" also article 6) is there and never names `noun`: a
        reference to it ("de in artikel 9 genoemde geschillencommissie") points at nothing. An
        article the outline does not know is not held against the text."""
        for key in dict.fromkeys((number, number.split(".")[0])):
            text = self.articles.get(key)
            if text is not None:
                return noun not in text
        return False


_ANNEX_ID = re.compile(r"^bijlage\s+(\d+|[a-z]|[ivx]+)\b", re.IGNORECASE)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def annex_key(name: str) -> str:
    """One name for an annex however it is numbered: "II" and "2" are the same annex, "B" is "b"."""
    name = name.lower()
    if name and all(c in _ROMAN_VALUES for c in name):
        values = [_ROMAN_VALUES[c] for c in name]
        number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
        return str(number)
    return name


def outline(clauses: list[Clause]) -> Outline:
    """The annexes (headings, or short lines, that open with "Bijlage X" outside the table of
    contents) and the numbered articles of the document."""
    annexes = set()
    by_index = {c.index: c for c in clauses}
    texts: dict[int, list[str]] = {}
    for clause in clauses:
        if clause.role == "toc":
            continue
        lines = [clause.heading or ""] + [p.text for p in clause.paragraphs if _short_title(p.text)]
        for line in lines:
            m = _ANNEX_ID.match(line.strip())
            if m:
                annexes.add(annex_key(m.group(1)))
        own = "\n".join([clause.heading or "", clause.text]).lower()
        index: int | None = clause.index
        while index is not None:  # a clause's text counts for every clause above it
            texts.setdefault(index, []).append(own)
            index = by_index[index].parent
    # "9" is the outermost clause numbered 9 (the article, not item 9 of a list inside another one)
    articles = {}
    numbered = sorted((c for c in clauses if c.number and c.index in texts), key=lambda c: c.level)
    for clause in numbered:
        articles.setdefault(clause.number.rstrip("."), "\n".join(texts[clause.index]))
    return Outline(frozenset(annexes), articles)
