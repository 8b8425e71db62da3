"""Plain data types passed between the pipeline stages.

Every extractor (PDF, DOCX, text) returns a `Document`: an ordered list of `Block`s with the
layout hints the segmenter may use. Nothing downstream knows which format a block came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_RUN_IN_TITLE_WORDS = 8  # a longer run of words set apart from a paragraph's start is no title


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit of text in reading order.

    `text` is the visible text, including any list or heading number that the source rendered
    (a Word auto-number such as "Artikel 3" or "a." is prefixed here by the DOCX extractor).
    Layout hints are optional: `None`/`False` means "unknown", not "no".
    """

    text: str
    page: int | None = None  # 1-based page number (PDF), None for formats without pages
    bold: bool = False  # the whole block is set in bold type
    font_size: float | None = None  # dominant font size in points (PDF)
    heading_level: int | None = None  # outline level from a heading style (DOCX "Heading 2" -> 2)
    in_table: bool = False  # the block comes from a table cell
    ocr: bool = False  # the text was recognised by OCR
    run_in: bool = False  # a title set apart from the start of its paragraph ("**Geld.** Het ...")


@dataclass
class Document:
    """The extracted text of one file, ready for segmentation."""

    path: str
    format: str  # "pdf", "docx", "txt", "md"
    blocks: list[Block]
    page_count: int | None = None
    body_font_size: float | None = None  # most common font size of body text (PDF)
    notes: list[Block] = field(default_factory=list)  # footnotes/endnotes, kept apart from clauses
    warnings: list[str] = field(default_factory=list)  # extraction remarks (Dutch, user-facing)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


class ExtractionError(Exception):
    """A file could not be read. `code` is stable (see README); `message` is one Dutch line."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message
