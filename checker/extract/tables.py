"""Tables, whatever format they come from: a table with column headings is read row by row as
"Heading: value; Heading: value.", so a value keeps the heading that gives it its meaning
("Bestemming: inzet van mbo-docenten"); any other table is read cell by cell."""

from __future__ import annotations

from checker.document import Block


def table_blocks(rows: list[list[list[Block]]]) -> list[Block]:
    """Blocks for a table given as rows of cells, each cell the blocks it holds."""
    header = header_row(rows)
    out: list[Block] = []
    for n, cells in enumerate(rows):
        if header and n == 0:
            continue  # the column headings are repeated in every row below
        if header and len(cells) == len(header):
            parts = [
                f"{name.rstrip('?')}: {cell_text(cell)}"
                for name, cell in zip(header, cells, strict=True)
                if cell_text(cell)
            ]
            if parts:
                page = next((b.page for cell in cells for b in cell), None)
                out.append(Block(text="; ".join(parts) + ".", page=page, in_table=True))
            continue
        for cell in cells:
            out.extend(cell)
    return out


def cell_text(blocks: list[Block]) -> str:
    return " ".join(b.text for b in blocks).strip().rstrip(".;")


def header_row(rows: list[list[list[Block]]]) -> list[str] | None:
    """The column headings, when the first row of a table holds only short labels and the rows
    below have the same number of cells."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    names = [cell_text(cell) for cell in rows[0]]
    if not all(name and len(name.split()) <= 5 and not name.endswith((".", ":")) for name in names):
        return None
    if any(len(cell) > 1 for cell in rows[0]):
        return None
    body = rows[1:]
    if not all(len(row) == len(names) for row in body):
        return None
    # A two-column "topic | arrangement" table is a list of clauses, not data: it has column
    # headings only when they are set apart (bold), as headings are.
    if len(names) == 2 and not all(b.bold for cell in rows[0] for b in cell):
        return None
    return names
