"""Tables, whatever format they come from: a table with column headings is read row by row as
"Heading: value; Heading: value.", so a value keeps the heading that gives it its meaning
("Bestemming: inzet van mbo-docenten"); any other table is read cell by cell.

A table of arrangements ("Thema | Afspraak | Eigenaar": a short topic in the first column, text
in another) is a list of clauses: each row's topic cell comes first, as a block of its own that
heads the row (as a short cell does when the table has no column headings), and the rest of the
row follows as "Heading: value; ...".
"""

from __future__ import annotations

from checker.document import Block


def table_blocks(rows: list[list[list[Block]]]) -> list[Block]:
    """Blocks for a table given as rows of cells, each cell the blocks it holds."""
    header = header_row(rows)
    topics = header is not None and _topic_column(rows[1:])
    out: list[Block] = []
    for n, cells in enumerate(rows):
        if header and n == 0:
            continue  # the column headings are repeated in every row below
        if header and len(cells) == len(header):
            page = next((b.page for cell in cells for b in cell), None)
            named = list(zip(header, cells, strict=True))
            if topics:
                # the topic heads the row as a block of its own, and stays in the row's text: what
                # the row says is said of it ("Wat ze zelf mogen beslissen: rooster, ...")
                out.append(Block(text=cell_text(cells[0]), page=page, in_table=True))
            parts = [f"{name.rstrip('?')}: {cell_text(cell)}" for name, cell in named if cell_text(cell)]
            if parts:
                out.append(Block(text="; ".join(parts) + ".", page=page, in_table=True))
            continue
        for cell in cells:
            out.extend(cell)
    return out


def row_values(text: str) -> list[str]:
    """The values of a row read as "Heading: value; Heading: value." (what `table_blocks` writes),
    in order; a part without a heading is kept whole."""
    return [part.partition(":")[2].strip() or part.strip() for part in text.split(";")]


MAX_TOPIC_WORDS = 6  # a longer first cell is text, not a topic
MAX_HEADING_WORDS = 5  # a column heading; a longer first-row cell is data
MAX_BOLD_HEADING_WORDS = 8
MIN_ARRANGEMENT_WORDS = 8  # average length of the cells that hold the arrangements


def _topic_column(body: list[list[list[Block]]]) -> bool:
    """Whether the first column names each row's topic: every first cell a short title (letters,
    no closing punctuation) and some other column holding sentences."""
    firsts = [cell_text(row[0]) for row in body if row]
    if not firsts or not all(
        text
        and len(text.split()) <= MAX_TOPIC_WORDS
        and any(c.isalpha() for c in text)
        and not text.endswith((".", ";", ",", ":"))
        for text in firsts
    ):
        return False
    columns = max(len(row) for row in body)
    for column in range(1, columns):
        lengths = [len(cell_text(row[column]).split()) for row in body if len(row) > column]
        if lengths and sum(lengths) / len(lengths) >= MIN_ARRANGEMENT_WORDS:
            return True
    return False


def cell_text(blocks: list[Block]) -> str:
    """A cell's text without its closing full stop or semicolon (the row adds its own); a dotted
    fill-in line at the end ("Benoeming van de leden: ........") stays, so the gap is seen."""
    text = " ".join(b.text for b in blocks).strip()
    if text.endswith((".", ";")) and not text.endswith(("..", "…")):
        text = text[:-1].rstrip()
    return text


def header_row(rows: list[list[list[Block]]]) -> list[str] | None:
    """The column headings, when the first row of a table holds only short labels and the rows
    below have the same number of cells."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    names = [cell_text(cell) for cell in rows[0]]
    # set apart in bold, a heading may be longer ("Taak of bevoegdheid van het routeteam")
    bold = all(b.bold for cell in rows[0] for b in cell)
    longest = MAX_BOLD_HEADING_WORDS if bold else MAX_HEADING_WORDS
    if not all(name and len(name.split()) <= longest and not name.endswith((".", ":")) for name in names):
        return None
    if any(len(cell) > 1 for cell in rows[0]):
        return None
    body = rows[1:]
    if not all(len(row) == len(names) for row in body):
        return None
    # A two-column "topic | arrangement" table is a list of clauses, not data: it has column
    # headings only when they are set apart (bold), as headings are.
    if len(names) == 2 and not bold:
        return None
    return names
